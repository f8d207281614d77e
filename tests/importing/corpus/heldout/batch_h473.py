"""Held-out batch h473–h482: the first half of the fifth ordinary sample, written by helper
h13author44. Ten documents of a provincial Department of Health, a Department of Justice, a
Department of Construction, a Department of Ethnic Minorities and Religion, a provincial People's
Committee Office, a centre under a provincial Department of Finance, a ward People's Committee in Hồ
Chí Minh City, a Mekong-delta commune People's Committee, a special-zone (đặc khu) People's
Committee and the standing committee of a provincial People's Council — typed as their clerks type
them: two programme tables, two plans (an appendix table, numbered prose), a notice of conclusions,
two weekly calendars, an indicator sheet and two dispatches assigning tasks. Names, units, places,
numbers and dates are invented."""

import tempfile
from pathlib import Path

from batch_common import (
    a4,
    bold_header,
    convert_each,
    document,
    grid,
    head_block,
    landscape,
    out_path,
    para,
    sign_table,
    wrap,
    writers,
)

_MOVED: set[str] = {
    "h478_chi_tieu_ttxtdt_so_tai_chinh",  # h13fixVC (its failing row read to set a limit)
    "h474_kh_pbgdpl_stp_phu_luc",  # h13fixVC (its failing row read to set a limit)
    "h480_kh_xa_han_man_van_xuoi",  # h13fixRO
    "h482_cv_tt_hdnd_chuan_bi_ky_hop",  # h13fixRO
    "h476_tbkl_so_dttg_giao_ban",  # h13fixTE
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def _body(doc, text: str) -> None:
    """A block of body text: one paragraph per line (a line indented by two spaces continues the one
    above); `#` before a line makes it a bold heading, `^` a centred bold title."""
    lines: list[str] = []
    for line in text.strip("\n").split("\n"):
        if line.startswith("  ") and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    for line in lines:
        if line.startswith("^"):
            para(doc, line[1:], bold=True, center=True)
        elif line.startswith("#"):
            para(doc, line[1:], bold=True)
        else:
            para(doc, line)


# --------------------------------------------------------------------------------------------- h473
def h473(path: Path) -> None:
    """Sở Y tế Nghệ An: the quarter's work programme, a table with section rows and a leaders column."""
    doc = document(13)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH NGHỆ AN\nSỞ Y TẾ\n───────",
        left2="Số: 06/CTr-SYT",
        right2="Nghệ An, ngày 28 tháng 12 năm 2026",
    )
    _body(
        doc,
        """
^CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027
^của Sở Y tế tỉnh Nghệ An
Căn cứ Chương trình công tác năm 2027 của Ủy ban nhân dân tỉnh; căn cứ Kế hoạch công tác năm 2027
  của ngành Y tế, Giám đốc Sở Y tế ban hành Chương trình công tác quý I năm 2027 như sau:
""",
    )
    rows = [
        ("§", "I", "CÔNG TÁC THAM MƯU, XÂY DỰNG VĂN BẢN"),
        [
            "1",
            "Tham mưu UBND tỉnh ban hành Kế hoạch thực hiện công tác y tế dự phòng năm 2027",
            "Phòng Nghiệp vụ Y",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
            "PGĐ Nguyễn Văn Thành",
            "Tháng 01/2027",
            "Nhiệm vụ trọng tâm",
        ],
        [
            "2",
            "Xây dựng dự thảo Quyết định phân cấp quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh",
            "Chi cục An toàn vệ sinh thực phẩm",
            "Văn phòng Sở (bộ phận pháp chế)",
            "PGĐ Hồ Thị Mai",
            "Trước ngày 15/02/2027",
            "",
        ],
        [
            "3",
            "Tổ chức Hội nghị tổng kết công tác y tế năm 2026, triển khai nhiệm vụ năm 2027",
            "Văn phòng Sở",
            "Các phòng, đơn vị trực thuộc",
            "Giám đốc Sở",
            "08/01/2027",
            "",
        ],
        ("§", "II", "CÔNG TÁC CHUYÊN MÔN, NGHIỆP VỤ"),
        [
            "4",
            "Bảo đảm công tác khám bệnh, chữa bệnh, thường trực cấp cứu dịp Tết Nguyên đán Đinh Mùi 2027",
            "Phòng Nghiệp vụ Y",
            "Các bệnh viện tuyến tỉnh; Trung tâm Y tế khu vực",
            "PGĐ Nguyễn Văn Thành",
            "Tháng 01 - 02/2027",
            "",
        ],
        [
            "5",
            "Triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
            "Phòng Nghiệp vụ Y; Trạm Y tế các xã, phường",
            "PGĐ Nguyễn Văn Thành",
            "Tháng 3/2027",
            "Theo hướng dẫn của Bộ Y tế",
        ],
        [
            "6",
            "Tổ chức lựa chọn nhà thầu cung cấp thuốc tập trung cấp địa phương năm 2027 - 2028",
            "Phòng Nghiệp vụ Dược",
            "Phòng Kế hoạch - Tài chính",
            "PGĐ Hồ Thị Mai",
            "Quý I/2027",
            "",
        ],
        [
            "7",
            "Rà soát, kiện toàn nhân lực Trạm Y tế xã, phường sau sắp xếp đơn vị hành chính",
            "Phòng Tổ chức cán bộ",
            "Trung tâm Y tế các khu vực",
            "Giám đốc Sở",
            "Tháng 3/2027",
            "",
        ],
        [
            "8",
            "Cập nhật, làm sạch dữ liệu hồ sơ sức khỏe điện tử của người dân trên địa bàn tỉnh",
            "Phòng Kế hoạch - Tài chính",
            "Các cơ sở khám bệnh, chữa bệnh",
            "PGĐ Hồ Thị Mai",
            "Thường xuyên",
            "",
        ],
        ("§", "III", "CÔNG TÁC THANH TRA, KIỂM TRA"),
        [
            "9",
            "Kiểm tra liên ngành an toàn thực phẩm dịp Tết Nguyên đán và mùa Lễ hội Xuân 2027",
            "Chi cục An toàn vệ sinh thực phẩm",
            "Thanh tra Sở; Công an tỉnh",
            "PGĐ Hồ Thị Mai",
            "Từ 15/01 đến 15/3/2027",
            "",
        ],
        [
            "10",
            "Thanh tra việc chấp hành quy định về hành nghề khám bệnh, chữa bệnh tư nhân",
            "Thanh tra Sở",
            "Phòng Nghiệp vụ Y",
            "Giám đốc Sở",
            "Tháng 02 - 3/2027",
            "",
        ],
        [
            "11",
            "Kiểm tra công tác phòng cháy, chữa cháy tại các bệnh viện tuyến tỉnh",
            "Văn phòng Sở",
            "Phòng Cảnh sát PCCC và CNCH - Công an tỉnh",
            "PGĐ Nguyễn Văn Thành",
            "Tháng 3/2027",
            "",
        ],
    ]
    grid(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Lãnh đạo Sở phụ trách",
            "Thời gian hoàn thành",
            "Ghi chú",
        ],
        rows,
        widths=[1.0, 8.5, 3.6, 4.2, 3.0, 3.0, 2.7],
    )
    _body(
        doc,
        """
#TỔ CHỨC THỰC HIỆN
1. Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ Chương trình này chủ động xây dựng kế hoạch cụ
  thể, bố trí nhân lực triển khai bảo đảm chất lượng, đúng tiến độ.
2. Các phòng, đơn vị báo cáo kết quả thực hiện nhiệm vụ quý I năm 2027 về Văn phòng Sở trước ngày
  20/3/2027 để tổng hợp, báo cáo Giám đốc Sở.
3. Văn phòng Sở theo dõi, đôn đốc các phòng, đơn vị thực hiện Chương trình; kịp thời báo cáo Giám
  đốc Sở những vướng mắc phát sinh.
""",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n"
        "- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
        "GIÁM ĐỐC\n\n\n\nPhan Đức Long",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h474
def h474(path: Path) -> None:
    """Sở Tư pháp Đồng Nai: a plan in prose whose tasks sit in an appendix table (a lead merged down)."""
    h = writers()
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "UBND TỈNH ĐỒNG NAI\nSỞ TƯ PHÁP\n───────",
        left2="Số: 215/KH-STP",
        right2="Đồng Nai, ngày 22 tháng 12 năm 2026",
    )
    _body(
        doc,
        """
^KẾ HOẠCH
^Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng cấp xã tiếp cận pháp luật năm
  2027
Thực hiện Kế hoạch số 188/KH-UBND ngày 10/12/2026 của Ủy ban nhân dân tỉnh về công tác phổ biến,
  giáo dục pháp luật năm 2027, Sở Tư pháp xây dựng Kế hoạch thực hiện như sau:
#I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai kịp thời, hiệu quả các văn bản pháp luật mới; nâng cao ý thức chấp hành pháp luật
  của cán bộ, công chức và Nhân dân.
2. Xác định cụ thể nội dung, thời gian, đơn vị chủ trì; bảo đảm thiết thực, tránh hình thức, phù
  hợp với tổ chức chính quyền địa phương hai cấp.
#II. NỘI DUNG NHIỆM VỤ
Nội dung, đơn vị chủ trì và thời gian thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.
#III. TỔ CHỨC THỰC HIỆN
1. Phòng Phổ biến, giáo dục pháp luật là đơn vị thường trực, tham mưu Giám đốc Sở theo dõi, đôn
  đốc, kiểm tra việc thực hiện Kế hoạch.
2. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; báo cáo kết
  quả về Sở (qua Phòng Phổ biến, giáo dục pháp luật) định kỳ 6 tháng, hằng năm để tổng hợp báo cáo
  Ủy ban nhân dân tỉnh, Bộ Tư pháp.
3. Kinh phí thực hiện Kế hoạch được bố trí từ dự toán ngân sách năm 2027 đã giao cho Sở Tư pháp.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh về Phòng Phổ
  biến, giáo dục pháp luật để tổng hợp, báo cáo Giám đốc Sở xem xét, giải quyết./.
""",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Bộ Tư pháp (b/c);\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n"
        "- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, PBGDPL.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nTrương Thị Bích Ngọc",
    )
    doc.add_page_break()
    _body(
        doc,
        """
^Phụ lục
^NHIỆM VỤ CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT, HÒA GIẢI Ở CƠ SỞ VÀ XÂY DỰNG CẤP XÃ TIẾP CẬN PHÁP
  LUẬT NĂM 2027
(Kèm theo Kế hoạch số 215/KH-STP ngày 22/12/2026 của Sở Tư pháp)
""",
    )
    pb = "Phòng Phổ biến, giáo dục pháp luật"
    rows = [
        ("§", "I", "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"),
        [
            "1",
            "Tổ chức Hội nghị phổ biến các luật mới được Quốc hội thông qua tại Kỳ họp cuối năm 2026",
            pb,
            "Các sở, ban, ngành tỉnh",
            "Quý I/2027",
            "Hội nghị trực tiếp và trực tuyến",
        ],
        [
            "2",
            "Biên soạn, phát hành tờ gấp pháp luật song ngữ cho đồng bào dân tộc thiểu số",
            "",
            "Sở Dân tộc và Tôn giáo",
            "Quý II/2027",
            "5.000 tờ gấp",
        ],
        [
            "3",
            "Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về phòng, chống ma túy",
            "",
            "Công an tỉnh; Tỉnh đoàn",
            "Tháng 8 - 10/2027",
            "Cuộc thi",
        ],
        [
            "4",
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)",
            "",
            "Văn phòng Sở",
            "Tháng 11/2027",
            "",
        ],
        ("§", "II", "HÒA GIẢI Ở CƠ SỞ"),
        [
            "5",
            "Tập huấn kỹ năng, nghiệp vụ hòa giải cho hòa giải viên ở cơ sở",
            pb,
            "Ủy ban nhân dân các xã, phường",
            "Tháng 4 - 5/2027",
            "04 lớp",
        ],
        [
            "6",
            "Rà soát, thống kê số lượng tổ hòa giải, hòa giải viên sau sắp xếp ấp, khu phố",
            pb,
            "Ủy ban nhân dân các xã, phường",
            "Trước ngày 30/6/2027",
            "Báo cáo rà soát",
        ],
        [
            "7",
            "Trợ giúp pháp lý lưu động kết hợp phổ biến pháp luật tại các xã có điều kiện "
            "kinh tế - xã hội khó khăn",
            "Trung tâm Trợ giúp pháp lý nhà nước",
            pb,
            "Hằng quý",
            "",
        ],
        ("§", "III", "XÂY DỰNG CẤP XÃ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT"),
        [
            "8",
            "Hướng dẫn đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2026",
            pb,
            "Sở Nội vụ",
            "Quý I/2027",
            "Văn bản hướng dẫn",
        ],
        [
            "9",
            "Kiểm tra công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở tại một số xã, phường",
            "Thanh tra Sở",
            pb,
            "Quý III/2027",
            "Kết luận kiểm tra",
        ],
        [
            "10",
            "Cập nhật văn bản pháp luật mới, tài liệu phổ biến lên Trang thông tin điện tử của Sở",
            "Văn phòng Sở",
            pb,
            "Thường xuyên",
            "",
        ],
    ]
    t = grid(
        doc,
        ["STT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"],
        rows,
        widths=[1.0, 6.0, 3.0, 3.0, 2.4, 2.6],
    )
    h.merge_down(t, 2, 2, 5, pb)
    doc.save(path)


# --------------------------------------------------------------------------------------------- h475
def h475_docx(_h, path: Path) -> None:
    """Sở Xây dựng Thái Nguyên: a dispatch giving tasks unit by unit, dashes under each unit's label."""
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "UBND TỈNH THÁI NGUYÊN\nSỞ XÂY DỰNG\n───────",
        left2="Số: 1432/SXD-QLHĐXD\nV/v triển khai các nhiệm vụ bảo đảm an toàn công trình "
        "xây dựng trong mùa mưa, bão năm 2027",
        right2="Thái Nguyên, ngày 12 tháng 4 năm 2027",
    )
    _body(
        doc,
        """
Kính gửi:
- Các phòng, đơn vị thuộc Sở;
- Ủy ban nhân dân các xã, phường.
Thực hiện Chỉ thị số 07/CT-UBND ngày 02/4/2027 của Chủ tịch Ủy ban nhân dân tỉnh về chủ động
  phòng, chống thiên tai, tìm kiếm cứu nạn năm 2027, để bảo đảm an toàn cho công trình xây dựng, hạ
  tầng đô thị trong mùa mưa, bão, Sở Xây dựng yêu cầu các phòng, đơn vị thuộc Sở và đề nghị Ủy ban
  nhân dân các xã, phường thực hiện một số nội dung sau:
#1. Phòng Quản lý hoạt động xây dựng
- Rà soát các công trình đang thi công có nguy cơ mất an toàn (hố đào sâu, giàn giáo, cần trục
  tháp), lập danh sách, hoàn thành trước ngày 15/5/2027.
- Chủ trì kiểm tra công tác bảo đảm an toàn lao động tại các công trình do Sở cấp phép xây dựng,
  định kỳ hằng tháng trong mùa mưa, bão.
#2. Phòng Hạ tầng kỹ thuật và Phát triển đô thị
- Hướng dẫn Ủy ban nhân dân các xã, phường rà soát, nạo vét hệ thống thoát nước đô thị, hoàn thành
  trước ngày 30/4/2027.
- Xây dựng phương án cắt tỉa, gia cố cây xanh đô thị có nguy cơ gãy đổ, trình Giám đốc Sở trước
  ngày 20/5/2027.
#3. Thanh tra Sở
Tổ chức thanh tra chuyên đề công tác quản lý trật tự xây dựng tại các dự án khu đô thị, khu dân cư
  trên địa bàn tỉnh trong Quý III/2027.
#4. Trung tâm Giám định chất lượng xây dựng
- Kiểm định chất lượng các nhà chung cư cũ, nhà công sở xuống cấp, hoàn thành trong tháng 6/2027.
- Tổ chức kiểm định đột xuất các công trình bị ảnh hưởng sau mưa lũ khi có yêu cầu của Sở.
#5. Đề nghị Ủy ban nhân dân các xã, phường
- Tăng cường kiểm tra, xử lý vi phạm trật tự xây dựng, nhất là công trình xây dựng lấn chiếm hành
  lang thoát lũ, thường xuyên trong mùa mưa, bão.
- Báo cáo tình hình trật tự xây dựng, sự cố công trình (nếu có) trên địa bàn về Sở Xây dựng trước
  ngày 25 hằng tháng.
#6. Văn phòng Sở
Theo dõi, đôn đốc các phòng, đơn vị thực hiện; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày
  15/10/2027.
Sở Xây dựng đề nghị các đơn vị khẩn trương triển khai thực hiện./.
""",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, QLHĐXD.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nĐinh Quốc Tuấn",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h476
def h476_docx(_h, path: Path) -> None:
    """Sở Dân tộc và Tôn giáo Gia Lai: a notice of the director's conclusions, tasks under numbered units."""
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "UBND TỈNH GIA LAI\nSỞ DÂN TỘC VÀ TÔN GIÁO\n───────",
        left2="Số: 389/TB-SDTTG",
        right2="Gia Lai, ngày 07 tháng 12 năm 2026",
    )
    _body(
        doc,
        """
^THÔNG BÁO
^Kết luận của Giám đốc Sở tại cuộc họp giao ban công tác tháng 11 năm 2026
Ngày 04/12/2026, đồng chí Rơ Châm Hlin, Giám đốc Sở chủ trì cuộc họp giao ban công tác tháng 11
  năm 2026. Tham dự có các đồng chí Phó Giám đốc Sở, Trưởng các phòng, Chánh Văn phòng, Chánh Thanh
  tra Sở.
Sau khi nghe Văn phòng Sở báo cáo kết quả thực hiện nhiệm vụ tháng 11, ý kiến của các phòng, Giám
  đốc Sở kết luận như sau:
#1. Đánh giá chung
Trong tháng 11, các phòng, đơn vị đã chủ động triển khai nhiệm vụ; công tác nắm tình hình vùng
  đồng bào dân tộc thiểu số, hoạt động tôn giáo được thực hiện kịp thời. Tuy nhiên, tiến độ giải
  ngân vốn Chương trình mục tiêu quốc gia còn chậm; một số báo cáo gửi chưa đúng hạn.
#2. Nhiệm vụ trọng tâm tháng 12 năm 2026 và thời gian tới
2.1. Phòng Chính sách dân tộc
- Tham mưu tổng kết thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng
  bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2025 trên địa bàn tỉnh, hoàn thành trước ngày
  20/12/2026.
- Phối hợp với Sở Tài chính rà soát, đề xuất phân bổ vốn sự nghiệp năm 2027 cho các xã vùng đồng
  bào dân tộc thiểu số, trước ngày 25/12/2026.
- Cập nhật danh sách người có uy tín trong đồng bào dân tộc thiểu số sau sắp xếp thôn, làng, hoàn
  thành trong tháng 12/2026.
2.2. Phòng Tôn giáo
- Nắm tình hình hoạt động tôn giáo dịp Lễ Giáng sinh năm 2026 và Tết Dương lịch 2027; báo cáo
  nhanh Giám đốc Sở trước ngày 28/12/2026.
- Hướng dẫn các điểm nhóm đăng ký sinh hoạt tôn giáo tập trung hoàn thiện hồ sơ theo quy định;
  thực hiện thường xuyên.
2.3. Văn phòng Sở
- Chuẩn bị nội dung, điều kiện tổ chức Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ
  năm 2027 của Sở, tổ chức trong tháng 01/2027.
- Tham mưu tổ chức thăm, tặng quà Tết Nguyên đán Đinh Mùi 2027 cho người có uy tín, hoàn thành
  trước ngày 30/01/2027.
2.4. Phòng Kế hoạch - Tổng hợp
Xây dựng dự thảo Chương trình công tác năm 2027 của Sở, trình Giám đốc Sở trước ngày 25/12/2026.
2.5. Thanh tra Sở
Hoàn thành dự thảo Kết luận thanh tra việc thực hiện chính sách hỗ trợ đất ở, nhà ở, nước sinh
  hoạt tại xã Ia Krêl, trình Giám đốc Sở trước ngày 31/12/2026.
#3. Tổ chức thực hiện
Các phòng, đơn vị báo cáo kết quả thực hiện các nội dung kết luận trên về Văn phòng Sở trước ngày
  28/12/2026 để tổng hợp, báo cáo tại cuộc họp giao ban tháng 12.
Văn phòng Sở thông báo ý kiến kết luận của Giám đốc Sở để các phòng, đơn vị biết, thực hiện./.
""",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nNguyễn Thị Hồng Vân",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h477
def h477(path: Path) -> None:
    """Văn phòng UBND tỉnh Quảng Ninh: the leaders' weekly calendar, each day merged down over its rows."""
    h = writers()
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH QUẢNG NINH\nVĂN PHÒNG\n───────",
        left2="Số: 02/LCT-VP",
        right2="Quảng Ninh, ngày 08 tháng 01 năm 2027",
    )
    _body(
        doc,
        """
^LỊCH CÔNG TÁC TUẦN
^của Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh
^(Từ ngày 11/01/2027 đến ngày 15/01/2027)
""",
    )
    ct = "Chủ tịch UBND tỉnh Vũ Đức Hải"
    ha = "PCT Lê Thị Thu Hà"
    khoi = "PCT Nguyễn Minh Khôi"
    days = [
        (
            "Thứ Hai\n11/01",
            [
                [
                    "Sáng\n08h00",
                    "Họp giao ban Chủ tịch, các Phó Chủ tịch UBND tỉnh",
                    ct,
                    "Văn phòng UBND tỉnh",
                    "Phòng họp số 1",
                ],
                [
                    "Chiều\n14h00",
                    "Nghe báo cáo phương án phân bổ chi tiết kế hoạch vốn đầu tư công năm 2027",
                    khoi,
                    "Sở Tài chính",
                    "Phòng họp số 2",
                ],
                [
                    "Chiều\n15h30",
                    "Họp Hội đồng thẩm định điều chỉnh bảng giá đất năm 2027",
                    ha,
                    "Sở Nông nghiệp và Môi trường",
                    "Phòng họp số 3",
                ],
            ],
        ),
        (
            "Thứ Ba\n12/01",
            [
                [
                    "Sáng\n07h30",
                    "Kiểm tra công tác chuẩn bị hàng hóa phục vụ Tết Nguyên đán Đinh Mùi 2027 tại xã Hải Sơn",
                    ha,
                    "Sở Công Thương",
                    "Xã Hải Sơn",
                ],
                ["Chiều", "Chủ tịch UBND tỉnh làm việc tại cơ quan", "", "", ""],
            ],
        ),
        (
            "Thứ Tư\n13/01",
            [
                [
                    "Sáng\n07h30",
                    "Tiếp công dân định kỳ tháng 01/2027",
                    ct,
                    "Ban Tiếp công dân tỉnh",
                    "Trụ sở Tiếp công dân tỉnh",
                ],
                [
                    "Chiều\n14h00",
                    "Họp Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh",
                    khoi,
                    "Sở Khoa học và Công nghệ",
                    "Phòng họp số 1",
                ],
            ],
        ),
        (
            "Thứ Năm\n14/01",
            [
                [
                    "Sáng\n08h00",
                    "Phiên họp Ủy ban nhân dân tỉnh thường kỳ tháng 01/2027",
                    ct,
                    "Văn phòng UBND tỉnh",
                    "Hội trường tầng 3",
                ],
                [
                    "Chiều\n14h00",
                    "Gặp mặt, đối thoại với doanh nghiệp có vốn đầu tư nước ngoài đầu năm 2027",
                    khoi,
                    "Ban Quản lý Khu kinh tế tỉnh",
                    "Trung tâm Hội nghị tỉnh",
                ],
                [
                    "Chiều\n15h30",
                    "Nghe báo cáo tiến độ giải phóng mặt bằng Dự án đường ven biển "
                    "đoạn qua xã Tiên Lãng Đông",
                    ha,
                    "Sở Xây dựng; Sở Nông nghiệp và Môi trường",
                    "Phòng họp số 2",
                ],
            ],
        ),
        (
            "Thứ Sáu\n15/01",
            [
                [
                    "Sáng\n08h00",
                    "Dự Hội nghị tổng kết công tác tư pháp năm 2026",
                    ha,
                    "Sở Tư pháp",
                    "Hội trường Sở Tư pháp",
                ],
                [
                    "Sáng\n09h30",
                    "Làm việc với Đoàn công tác Bộ Y tế về đầu tư Bệnh viện Đa khoa vùng (dự kiến)",
                    ct,
                    "Sở Y tế",
                    "Phòng họp số 1",
                ],
                [
                    "Chiều",
                    "Lãnh đạo UBND tỉnh làm việc tại cơ quan, giải quyết công việc thường xuyên",
                    "",
                    "",
                    "",
                ],
            ],
        ),
    ]
    rows = []
    spans = []
    for day, entries in days:
        first = len(rows) + 1
        for index, entry in enumerate(entries):
            rows.append([day if index == 0 else "", *entry])
        spans.append((first, len(rows), day))
    t = grid(
        doc,
        ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị", "Địa điểm"],
        rows,
        widths=[2.0, 2.0, 9.5, 4.2, 4.5, 4.5],
    )
    for first, last, day in spans:
        if last > first:
            h.merge_down(t, 0, first, last, day)
    _body(
        doc,
        """
Trực lãnh đạo thứ Bảy, Chủ nhật (16 - 17/01/2027): đồng chí Lê Thị Thu Hà, Phó Chủ tịch UBND tỉnh.
Ghi chú: Lịch công tác có thể thay đổi; Văn phòng UBND tỉnh sẽ thông báo bổ sung trên Hệ thống
  quản lý văn bản và điều hành.
""",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Các sở, ban, ngành;\n- Lãnh đạo VP;\n- Lưu: VT, TH.",
        "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\n\nTrần Văn Luân",
    )
    doc.save(path)


def _sheet_head(ws, left: list[str], right: list[str], title: list[str], width: int) -> int:
    """The title block of a sheet: the body at the left, the motto at the right, then the title
    lines merged across `width` columns; returns the next free row."""
    from openpyxl.styles import Alignment, Font

    half = width // 2
    for index, (a, b) in enumerate(zip(left, right, strict=True), start=1):
        ws.cell(index, 1, a).font = Font(bold=index < len(left))
        ws.merge_cells(start_row=index, start_column=1, end_row=index, end_column=half)
        ws.cell(index, half + 1, b).font = Font(bold=index < len(right), italic=index == len(right))
        ws.merge_cells(start_row=index, start_column=half + 1, end_row=index, end_column=width)
    row = len(left) + 2
    for line in title:
        cell = ws.cell(row, 1, line)
        cell.font = Font(bold=True, size=13)
        cell.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
    return row + 1


# --------------------------------------------------------------------------------------------- h478
def h478(path: Path) -> None:
    """A centre under Sở Tài chính Hưng Yên: the year's indicators, section rows, one lead merged down."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu 2027"
    header_row = _sheet_head(
        ws,
        ["SỞ TÀI CHÍNH TỈNH HƯNG YÊN", "TRUNG TÂM XÚC TIẾN ĐẦU TƯ VÀ HỖ TRỢ DOANH NGHIỆP"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        [
            "BẢNG GIAO CHỈ TIÊU NHIỆM VỤ NĂM 2027",
            "(Kèm theo Quyết định số 04/QĐ-TTXTĐT ngày 06/01/2027 của Giám đốc Trung tâm)",
        ],
        8,
    )
    ws.append([])
    header = [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Thực hiện năm 2026",
        "Kế hoạch năm 2027",
        "Phòng chủ trì",
        "Thời gian hoàn thành",
        "Ghi chú",
    ]
    for col, text in enumerate(header, start=1):
        ws.cell(header_row, col, text)
    bold_header(ws, header_row)
    xt = "Phòng Xúc tiến đầu tư"
    hd = "Phòng Hỗ trợ doanh nghiệp"
    body = [
        ("A", "CHỈ TIÊU XÚC TIẾN ĐẦU TƯ"),
        [
            "1",
            "Tổ chức hội nghị, hội thảo xúc tiến đầu tư trong và ngoài nước",
            "Hội nghị",
            3,
            4,
            xt,
            "Quý IV/2027",
            "",
        ],
        [
            "2",
            "Hỗ trợ nhà đầu tư khảo sát địa điểm, tìm hiểu thủ tục đối với dự án mới",
            "Dự án",
            42,
            50,
            xt,
            "31/12/2027",
            "",
        ],
        [
            "3",
            "Cập nhật, công bố Danh mục dự án kêu gọi đầu tư giai đoạn 2027 - 2028",
            "Danh mục",
            1,
            1,
            xt,
            "Trước 30/6/2027",
            "Trình UBND tỉnh",
        ],
        [
            "4",
            "Phát hành ấn phẩm giới thiệu môi trường đầu tư bằng tiếng Việt, Anh, Hàn",
            "Cuốn",
            "-",
            2000,
            "Phòng Thông tin - Đối ngoại",
            "Quý II/2027",
            "",
        ],
        ("B", "CHỈ TIÊU HỖ TRỢ DOANH NGHIỆP"),
        [
            "5",
            "Doanh nghiệp nhỏ và vừa được tư vấn, hỗ trợ pháp lý",
            "Doanh nghiệp",
            120,
            150,
            hd,
            "31/12/2027",
            "",
        ],
        [
            "6",
            "Mở lớp đào tạo khởi sự kinh doanh, quản trị doanh nghiệp",
            "Lớp",
            6,
            8,
            "",
            "Quý III/2027",
            "",
        ],
        [
            "7",
            "Tỷ lệ phản ánh, kiến nghị của doanh nghiệp được tiếp nhận, chuyển xử lý đúng hạn",
            "%",
            98,
            100,
            "",
            "Thường xuyên",
            "",
        ],
        [
            "8",
            "Tổ chức Hội nghị gặp mặt doanh nghiệp nhân Ngày Doanh nhân Việt Nam (13/10)",
            "Hội nghị",
            1,
            1,
            "",
            "Tháng 10/2027",
            "Phối hợp Hiệp hội Doanh nghiệp tỉnh",
        ],
        ("C", "CHỈ TIÊU THÔNG TIN VÀ NỘI BỘ"),
        [
            "9",
            "Tin, bài đăng trên Cổng thông tin xúc tiến đầu tư của tỉnh",
            "Tin, bài",
            180,
            220,
            "Phòng Thông tin - Đối ngoại",
            "Hằng tháng",
            "Tối thiểu 18 tin, bài/tháng",
        ],
        [
            "10",
            "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
            "%",
            90,
            100,
            "Phòng Hành chính - Tổng hợp",
            "Thường xuyên",
            "",
        ],
    ]
    row = header_row + 1
    for line in body:
        if isinstance(line, tuple):
            ws.cell(row, 1, line[0]).font = Font(bold=True)
            ws.cell(row, 2, line[1]).font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
        else:
            for col, value in enumerate(line, start=1):
                ws.cell(row, col, value)
        row += 1
    first_hd = header_row + 7
    ws.merge_cells(start_row=first_hd, start_column=6, end_row=first_hd + 3, end_column=6)
    wrap(ws, header_row + 1)
    notes = [
        "Ghi chú:",
        "- Các phòng báo cáo kết quả thực hiện chỉ tiêu về Phòng Hành chính - Tổng hợp trước ngày 10 "
        "của tháng cuối quý để tổng hợp, báo cáo Sở Tài chính.",
        "- Chỉ tiêu có thể được điều chỉnh giữa năm theo chỉ đạo của Sở Tài chính.",
    ]
    row += 1
    for note in notes:
        ws.cell(row, 2, note)
        row += 1
    ws.cell(row + 1, 6, "GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(row + 5, 6, "Vũ Thị Thanh Hương").font = Font(bold=True)
    for letter, width in zip("ABCDEFGH", [6, 46, 12, 12, 12, 22, 16, 22], strict=True):
        ws.column_dimensions[letter].width = width
    wb.save(path)


# --------------------------------------------------------------------------------------------- h479
def h479(path: Path) -> None:
    """UBND phường Kênh Tẻ Đông (TP. Hồ Chí Minh): the week's calendar in a sheet, days merged down."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 04"
    header_row = _sheet_head(
        ws,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG KÊNH TẺ ĐÔNG", ""],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Kênh Tẻ Đông, ngày 15 tháng 01 năm 2027",
        ],
        [
            "LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC ỦY BAN NHÂN DÂN PHƯỜNG",
            "(Tuần 04: từ ngày 18/01/2027 đến ngày 24/01/2027)",
        ],
        7,
    )
    header = [
        "Ngày",
        "Thời gian",
        "Nội dung công việc",
        "Chủ trì",
        "Thành phần",
        "Địa điểm",
        "Đơn vị chuẩn bị",
    ]
    for col, text in enumerate(header, start=1):
        ws.cell(header_row, col, text)
    bold_header(ws, header_row)
    ct = "Chủ tịch UBND phường Trần Minh Quân"
    phuc = "PCT Lê Hoàng Phúc"
    linh = "PCT Nguyễn Thị Mỹ Linh"
    vp = "Văn phòng HĐND và UBND phường"
    kt = "Phòng Kinh tế, Hạ tầng và Đô thị"
    vh = "Phòng Văn hóa - Xã hội"
    days = [
        (
            "Thứ Hai\n18/01/2027",
            [
                [
                    "07g30",
                    "Họp giao ban Thường trực UBND phường",
                    ct,
                    "Thường trực UBND phường, Chánh Văn phòng",
                    "Phòng họp A",
                    vp,
                ],
                [
                    "14g00",
                    "Kiểm tra công tác chỉnh trang đô thị, lập lại trật tự lòng đường, vỉa hè "
                    "tuyến đường số 12",
                    phuc,
                    "Công an phường, Đội Trật tự đô thị",
                    "Khu phố 5",
                    kt,
                ],
            ],
        ),
        (
            "Thứ Ba\n19/01/2027",
            [
                [
                    "08g00",
                    "Họp xét hồ sơ hỗ trợ Tết cho hộ nghèo, hộ cận nghèo và đối tượng bảo trợ xã hội",
                    linh,
                    "Ban điều hành các khu phố",
                    "Phòng họp B",
                    vh,
                ],
                ["14g00", "Chủ tịch UBND phường làm việc tại trụ sở", "", "", "", ""],
            ],
        ),
        (
            "Thứ Tư\n20/01/2027",
            [
                [
                    "07g30",
                    "Tiếp công dân định kỳ",
                    ct,
                    "Thanh tra viên, công chức Địa chính",
                    "Phòng Tiếp công dân",
                    vp,
                ],
                [
                    "14g00",
                    "Kiểm tra an toàn thực phẩm tại chợ Kênh Tẻ và các cơ sở kinh doanh dịp Tết",
                    linh,
                    "Trạm Y tế phường, Công an phường",
                    "Chợ Kênh Tẻ",
                    vh,
                ],
            ],
        ),
        (
            "Thứ Năm\n21/01/2027",
            [
                [
                    "08g00",
                    "Ra quân đợt cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán Đinh Mùi 2027",
                    ct,
                    "Các ban, ngành, đoàn thể phường",
                    "Sân UBND phường",
                    "Công an phường",
                ],
                [
                    "14g00",
                    "Làm việc với Trung tâm Phục vụ hành chính công về kết quả giải quyết "
                    "thủ tục hành chính năm 2026",
                    phuc,
                    "Công chức Tư pháp - Hộ tịch",
                    "Phòng họp A",
                    "Trung tâm Phục vụ hành chính công phường",
                ],
            ],
        ),
        (
            "Thứ Sáu\n22/01/2027",
            [
                [
                    "08g00",
                    "Hội nghị triển khai công tác tuyển chọn, gọi công dân nhập ngũ năm 2027",
                    ct,
                    "Hội đồng Nghĩa vụ quân sự phường",
                    "Hội trường phường",
                    "Ban Chỉ huy Quân sự phường",
                ],
            ],
        ),
        (
            "Thứ Bảy\n23/01/2027",
            [
                [
                    "06g30",
                    "Ra quân tổng vệ sinh môi trường, chỉnh trang khu phố đón Tết (dự kiến)",
                    phuc,
                    "Đoàn Thanh niên, Hội Liên hiệp Phụ nữ phường",
                    "Các khu phố",
                    kt,
                ],
            ],
        ),
        ("Chủ nhật\n24/01/2027", [["Cả ngày", "Trực lãnh đạo: PCT Lê Hoàng Phúc", "", "", "", ""]]),
    ]
    row = header_row + 1
    for day, entries in days:
        first = row
        for entry in entries:
            for col, value in enumerate(entry, start=2):
                ws.cell(row, col, value)
            row += 1
        ws.cell(first, 1, day)
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    wrap(ws, header_row + 1)
    ws.cell(
        row + 1,
        1,
        "Lịch công tác được đăng tải trên Trang thông tin điện tử phường; "
        "nếu có thay đổi, Văn phòng sẽ thông báo.",
    )
    ws.cell(row + 3, 5, "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG")
    ws.cell(row + 7, 5, "Phạm Thị Kim Yến")
    for letter, width in zip("ABCDEFG", [13, 9, 48, 22, 26, 16, 24], strict=True):
        ws.column_dimensions[letter].width = width
    wb.save(path)


# --------------------------------------------------------------------------------------------- h480
def h480_docx(_h, path: Path) -> None:
    """UBND xã Long Hòa Tây (Vĩnh Long): a drought and salinity plan, tasks as numbered prose by unit."""
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nXÃ LONG HÒA TÂY\n───────",
        left2="Số: 146/KH-UBND",
        right2="Long Hòa Tây, ngày 20 tháng 11 năm 2026",
    )
    _body(
        doc,
        """
^KẾ HOẠCH
^Phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2026 - 2027 trên địa bàn xã
Căn cứ Kế hoạch số 412/KH-UBND ngày 05/11/2026 của Ủy ban nhân dân tỉnh Vĩnh Long về phòng, chống
  hạn hán, xâm nhập mặn mùa khô năm 2026 - 2027; dự báo mặn năm nay xuất hiện sớm, độ mặn cao hơn
  trung bình nhiều năm, Ủy ban nhân dân xã ban hành Kế hoạch như sau:
#I. MỤC ĐÍCH, YÊU CẦU
Chủ động ứng phó, hạn chế thấp nhất thiệt hại do hạn hán, xâm nhập mặn; bảo đảm nước sinh hoạt cho
  Nhân dân và nước tưới cho sản xuất nông nghiệp.
#II. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế
a) Theo dõi chặt chẽ diễn biến độ mặn tại các cống, kênh chính; thông báo kịp thời cho Nhân dân
  qua hệ thống loa truyền thanh, hằng ngày trong mùa khô.
b) Tham mưu Ủy ban nhân dân xã đắp 05 đập tạm ngăn mặn tại kênh Ba Rẫy, kênh Xẻo Mây, hoàn thành
  trước ngày 15/01/2027.
c) Hướng dẫn nông dân xuống giống lúa vụ Đông Xuân tập trung, né mặn theo lịch thời vụ, kết thúc
  xuống giống trước ngày 20/12/2026.
2. Phòng Văn hóa - Xã hội
a) Tuyên truyền thường xuyên về tình hình hạn, mặn và các biện pháp tiết kiệm nước, trữ nước ngọt.
b) Tổng hợp danh sách hộ nghèo, hộ thiếu nước sinh hoạt để đề xuất hỗ trợ bồn chứa nước, hoàn
  thành trước ngày 31/12/2026.
3. Trạm Y tế xã chủ động phòng, chống dịch bệnh phát sinh trong mùa khô; hướng dẫn người dân sử
  dụng nước an toàn.
4. Ban Chỉ huy Quân sự xã huy động lực lượng dân quân hỗ trợ đắp đập, chở nước ngọt cho hộ dân
  vùng sâu khi có yêu cầu.
5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể vận động hội viên, Nhân dân tham
  gia đắp đập, nạo vét kênh nội đồng, giúp đỡ hộ khó khăn.
6. Văn phòng HĐND và UBND xã là cơ quan thường trực, tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc
  việc thực hiện Kế hoạch.
7. Các ngành, đoàn thể và Ban nhân dân các ấp báo cáo tình hình hạn, mặn, thiệt hại (nếu có) về Ủy
  ban nhân dân xã (qua Phòng Kinh tế) vào thứ Sáu hằng tuần.
Trên đây là Kế hoạch phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2026 - 2027 của Ủy ban nhân
  dân xã Long Hòa Tây./.
""",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Đảng ủy, HĐND xã;\n- UBMTTQVN xã;\n- Các ngành, đoàn thể xã;\n"
        "- Ban nhân dân các ấp;\n- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nHuỳnh Văn Nhã",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h481
def h481(path: Path) -> None:
    """UBND đặc khu Hòn Ngang (Khánh Hòa): the year's programme by quarter, months without a year."""
    h = writers()
    doc = document(13)
    landscape(doc)
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nĐẶC KHU HÒN NGANG\n───────",
        left2="Số: 318/CTr-UBND",
        right2="Hòn Ngang, ngày 25 tháng 12 năm 2026",
    )
    _body(
        doc,
        """
^CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027
^của Ủy ban nhân dân đặc khu Hòn Ngang
Căn cứ Quy chế làm việc của Ủy ban nhân dân đặc khu; căn cứ Nghị quyết của Hội đồng nhân dân đặc
  khu về nhiệm vụ phát triển kinh tế - xã hội năm 2027, Ủy ban nhân dân đặc khu ban hành Chương
  trình công tác năm 2027 như sau:
""",
    )
    vp = "Văn phòng HĐND và UBND đặc khu"
    kt = "Phòng Kinh tế"
    vh = "Phòng Văn hóa - Xã hội"
    rows = [
        ("§", "I", "QUÝ I"),
        ["1", "Kế hoạch phát triển du lịch biển, đảo năm 2027", kt, "PCT Đặng Văn Tú", "Tháng 1", ""],
        ["2", "Kế hoạch tổ chức Lễ hội Cầu ngư đặc khu năm 2027", vh, "PCT Đặng Văn Tú", "Tháng 2", ""],
        [
            "3",
            "Đề án nâng cao năng lực cấp nước sinh hoạt cho các khu dân cư trên đảo",
            kt,
            "Chủ tịch UBND đặc khu",
            "Tháng 3",
            "Trình HĐND đặc khu",
        ],
        ("§", "II", "QUÝ II"),
        [
            "4",
            "Phương án phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027",
            "Ban Chỉ huy Quân sự đặc khu",
            "Chủ tịch UBND đặc khu",
            "Tháng 4",
            "",
        ],
        [
            "5",
            "Quy chế quản lý hoạt động khai thác thủy sản ven bờ trong vùng biển đặc khu",
            kt,
            "PCT Đặng Văn Tú",
            "Tháng 5",
            "Phối hợp Đồn Biên phòng",
        ],
        [
            "6",
            "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2027",
            vp,
            "Chủ tịch UBND đặc khu",
            "Tháng 6",
            "",
        ],
        ("§", "III", "QUÝ III"),
        [
            "7",
            "Kế hoạch bảo đảm cơ sở vật chất, đội ngũ giáo viên năm học 2027 - 2028",
            vh,
            "PCT Phạm Thị Ngọc Diệp",
            "Tháng 7 - 8",
            "",
        ],
        [
            "8",
            "Đề án chuyển đổi số đặc khu giai đoạn 2027 - 2030",
            vp,
            "PCT Phạm Thị Ngọc Diệp",
            "Quý III",
            "",
        ],
        [
            "9",
            "Kế hoạch bảo vệ rạn san hô và nguồn lợi thủy sản vùng biển đặc khu",
            "Ban Quản lý Khu bảo tồn biển",
            "PCT Đặng Văn Tú",
            "Tháng 9",
            "",
        ],
        ("§", "IV", "QUÝ IV"),
        [
            "10",
            "Báo cáo tình hình kinh tế - xã hội năm 2027, kế hoạch năm 2028",
            vp,
            "Chủ tịch UBND đặc khu",
            "Tháng 11",
            "Trình kỳ họp HĐND cuối năm",
        ],
        ["11", "Dự toán thu, chi ngân sách đặc khu năm 2028", kt, "Chủ tịch UBND đặc khu", "Tháng 11", ""],
        [
            "12",
            "Báo cáo kết quả giải quyết thủ tục hành chính năm 2027",
            "Trung tâm Phục vụ hành chính công đặc khu",
            "PCT Phạm Thị Ngọc Diệp",
            "Tháng 12",
            "",
        ],
        ("§", "V", "NHIỆM VỤ ĐỊNH KỲ"),
        [
            "13",
            "Báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh hằng tháng",
            vp,
            "Chủ tịch UBND đặc khu",
            "Hằng tháng",
            "Trước ngày 20",
        ],
    ]
    t = grid(
        doc,
        ["STT", "Nội dung", "Cơ quan chủ trì tham mưu", "Lãnh đạo phụ trách", "Thời gian trình", "Ghi chú"],
        rows,
        widths=[1.2, 10.5, 4.5, 4.0, 2.8, 4.0],
    )
    h.merge_down(t, 3, 2, 3, "PCT Đặng Văn Tú")
    _body(
        doc,
        """
Văn phòng HĐND và UBND đặc khu theo dõi, đôn đốc và định kỳ hằng quý báo cáo Chủ tịch Ủy ban nhân
  dân đặc khu tình hình thực hiện Chương trình.
Thủ trưởng các cơ quan, đơn vị chủ động chuẩn bị nội dung, bảo đảm chất lượng và thời gian trình
  theo Chương trình này./.
""",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- TT Đảng ủy, TT HĐND đặc khu;\n- CT, các PCT UBND đặc khu;\n"
        "- Các cơ quan, đơn vị;\n- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nLâm Quốc Vĩnh",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h482
def h482(path: Path) -> None:
    """Thường trực HĐND tỉnh Quảng Trị: a dispatch assigning the preparation of a council session."""
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ\nTHƯỜNG TRỰC\n───────",
        left2="Số: 274/TTHĐND-VP\nV/v chuẩn bị nội dung Kỳ họp thường lệ giữa năm 2027, HĐND tỉnh khóa I",
        right2="Quảng Trị, ngày 26 tháng 5 năm 2027",
    )
    _body(
        doc,
        """
Kính gửi:
- Ủy ban nhân dân tỉnh;
- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh;
- Các Ban của Hội đồng nhân dân tỉnh;
- Các Tổ đại biểu Hội đồng nhân dân tỉnh;
- Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh.
Căn cứ Luật Tổ chức chính quyền địa phương; Nghị quyết của Hội đồng nhân dân tỉnh về Chương trình
  giám sát năm 2027, Kỳ họp thường lệ giữa năm 2027 của Hội đồng nhân dân tỉnh dự kiến tổ chức từ
  ngày 14/7 đến ngày 16/7/2027. Để chuẩn bị chu đáo nội dung kỳ họp, Thường trực Hội đồng nhân dân
  tỉnh đề nghị:
#1. Ủy ban nhân dân tỉnh
a) Chỉ đạo các cơ quan chuyên môn chuẩn bị các báo cáo, tờ trình, dự thảo nghị quyết trình kỳ họp;
  gửi Thường trực Hội đồng nhân dân tỉnh (qua Văn phòng Đoàn ĐBQH và HĐND tỉnh) trước ngày
  19/6/2027.
b) Báo cáo kết quả giải quyết ý kiến, kiến nghị của cử tri gửi đến kỳ họp cuối năm 2026, gửi trước
  ngày 19/6/2027.
c) Chỉ đạo các sở, ngành chuẩn bị báo cáo trả lời chất vấn bằng văn bản, gửi trước ngày 05/7/2027.
#2. Các Ban của Hội đồng nhân dân tỉnh
a) Thẩm tra các báo cáo, đề án, dự thảo nghị quyết thuộc lĩnh vực phụ trách; gửi báo cáo thẩm tra
  về Thường trực Hội đồng nhân dân tỉnh trước ngày 07/7/2027.
b) Ban Kinh tế - Ngân sách chủ trì khảo sát tình hình thực hiện dự toán thu, chi ngân sách 6 tháng
  đầu năm tại một số sở, ngành, hoàn thành trước ngày 30/6/2027.
c) Ban Pháp chế giám sát chuyên đề về công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm
  2026 và 6 tháng đầu năm 2027, hoàn thành trong tháng 6/2027.
d) Ban Văn hóa - Xã hội khảo sát việc thực hiện chính sách hỗ trợ học sinh bán trú tại các xã miền
  núi, hoàn thành trước ngày 25/6/2027.
#3. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
Tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân gửi đến kỳ họp; gửi Thường trực Hội đồng nhân
  dân tỉnh trước ngày 30/6/2027.
#4. Các Tổ đại biểu Hội đồng nhân dân tỉnh
Tổ chức tiếp xúc cử tri trước kỳ họp theo địa bàn ứng cử, từ ngày 22/6 đến ngày 03/7/2027.
#5. Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh
a) Tham mưu Thường trực Hội đồng nhân dân tỉnh xây dựng chương trình, nội dung chi tiết kỳ họp,
  hoàn thành trước ngày 30/6/2027.
b) Chuẩn bị hội trường, tài liệu và các điều kiện bảo đảm phục vụ kỳ họp, hoàn thành trước ngày
  12/7/2027.
c) Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện nội dung Công văn này, kịp thời báo cáo Thường
  trực Hội đồng nhân dân tỉnh.
Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.
""",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- TT Tỉnh ủy (b/c);\n- Đại biểu HĐND tỉnh;\n- Lưu: VT, VP.",
        "TM. THƯỜNG TRỰC HĐND\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nHồ Thị Thanh Trà",
    )
    doc.save(path)


def batch_h473() -> None:
    """Writes h473–h482 into docs/ (the .doc, the .pdf and the .odt through LibreOffice)."""
    h473(_out("h473_ctct_quy_so_y_te_nghe_an.docx"))
    h474(_out("h474_kh_pbgdpl_stp_phu_luc.docx"))
    h477(_out("h477_lich_tuan_vp_ubnd_tinh.docx"))
    h478(_out("h478_chi_tieu_ttxtdt_so_tai_chinh.xlsx"))
    h479(_out("h479_lich_tuan_ubnd_phuong_tphcm.xlsx"))
    h481(_out("h481_ctct_nam_dac_khu_theo_quy.docx"))
    h482(_out("h482_cv_tt_hdnd_chuan_bi_ky_hop.docx"))
    h = writers()
    with tempfile.TemporaryDirectory() as tmp:
        convert_each(
            h,
            Path(tmp),
            [
                (h475_docx, "h475_cv_so_xay_dung_mua_mua_bao.docx", "doc"),
                (h476_docx, "h476_tbkl_so_dttg_giao_ban.docx", "pdf"),
                (h480_docx, "h480_kh_xa_han_man_van_xuoi.docx", "odt"),
            ],
            _out,
        )
