"""Held-out batch h783–h792, written by h13author75 blind to the importer: ten documents of a
provincial Department of Finance's public asset management division, a provincial rehabilitation
hospital, a commune Youth Union, a provincial relics and heritage management board, a provincial
Department of Education and Training's examinations and quality assurance division, a provincial
project management board for agricultural construction works, a city parks and green trees company,
a people's credit fund, a provincial military command's political department and a provincial
committee for overseas Vietnamese affairs. Every name, person, place, number and date in them is
invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    column_widths,
    document,
    grid,
    head_block,
    landscape,
    marked_paragraphs,
    out_path,
    para,
    sign_table,
    title_rows,
    wrap,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h785_kh_doan_xa_thang_thanh_nien",  # h13fixYS
    "h792_tbkl_ban_kieu_bao_xuan_que_huong",  # h13fixYU
    "h784_tbkl_bv_phcn_giao_ban",  # h13fixYV
    "h789_kh_cay_xanh_mua_bao",  # h13fixYV
    "h787_kh_khao_thi_kiem_dinh_nam_hoc",  # h13fixYR
    "h790_chi_tieu_quy_tin_dung",  # h13fixYW
    "h788_lich_tuan_ban_qlda_nong_nghiep",  # h13fixYW
    "h786_kh_le_hoi_ban_qldt",  # h13fixYX
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h783_docx(h, path: Path) -> None:
    """Department of Finance (public asset division): a dispatch on houses and land after the merger of
    communes, bold addressee labels, a point with two dates, a contact line."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH THANH LÂM\nSỞ TÀI CHÍNH\n───────\nSố: 3907/STC-QLCS\nV/v xử lý nhà, đất dôi dư sau "
        "sắp xếp đơn vị hành chính cấp xã",
        right2="Thanh Lâm, ngày 14 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các sở, ban, ngành, đoàn thể cấp tỉnh;",
        "- Ủy ban nhân dân các xã, phường;",
        "- Trung tâm Phát triển quỹ đất tỉnh;",
        "- Công ty TNHH MTV Quản lý và Kinh doanh nhà Thanh Lâm.",
        "Thực hiện Quyết định số 2215/QĐ-UBND ngày 02/11/2026 của UBND tỉnh phê duyệt phương án sắp xếp "
        "lại, xử lý nhà, đất của cơ quan, đơn vị trên địa bàn tỉnh; qua tổng hợp của Sở Tài chính, đến "
        "ngày 30/11/2026 toàn tỉnh còn 418 cơ sở nhà, đất dôi dư chưa có phương án xử lý (trong đó 276 "
        "cơ sở là trụ sở UBND xã cũ, 97 cơ sở là trường học, trạm y tế đã sáp nhập). Để hoàn thành "
        "việc xử lý trong năm 2027, Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện một số nội dung "
        "sau:",
        "**1. Đối với các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường",
        "a) Rà soát, cập nhật đầy đủ thông tin nhà, đất đang quản lý, sử dụng vào Cơ sở dữ liệu quốc gia "
        "về tài sản công; hoàn thành chậm nhất ngày 15 tháng 01 năm 2027.",
        "b) Lập phương án xử lý đối với từng cơ sở nhà, đất dôi dư (giao, điều chuyển, bán, chuyển giao về "
        "địa phương quản lý) theo Mẫu số 02 kèm theo Văn bản này, gửi Sở Tài chính (qua Phòng Quản lý "
        "công sản) trước ngày 28/02/2027.",
        "c) Trong thời gian chưa có quyết định xử lý, bố trí người trông coi, bảo vệ, không để cơ sở nhà, "
        "đất bị lấn chiếm, sử dụng sai mục đích.",
        "**2. Đối với UBND các xã, phường",
        "Ưu tiên bố trí các cơ sở nhà, đất dôi dư làm nhà văn hóa, điểm sinh hoạt cộng đồng, trạm y tế; "
        "báo cáo kết quả bố trí về Sở Tài chính định kỳ hằng quý (trước ngày 20 tháng cuối quý).",
        "**3. Trung tâm Phát triển quỹ đất tỉnh",
        "Tiếp nhận các cơ sở nhà, đất được chuyển giao để quản lý, khai thác; lập hồ sơ đấu giá quyền sử "
        "dụng đất đợt 1 đối với 35 cơ sở tại các phường trước ngày 30/4/2027, đợt 2 trước ngày "
        "30/9/2027.",
        "**4. Công ty TNHH MTV Quản lý và Kinh doanh nhà Thanh Lâm",
        "Kiểm kê, đánh giá hiện trạng 22 cơ sở nhà thuộc sở hữu nhà nước đang cho thuê; đề xuất phương án "
        "cho thuê tiếp hoặc thu hồi, gửi Sở Tài chính trong Quý I/2027.",
        "**5. Các phòng thuộc Sở Tài chính",
        "a) Phòng Quản lý công sản chủ trì tổng hợp phương án của các cơ quan, đơn vị; tham mưu Giám đốc "
        "Sở trình UBND tỉnh phê duyệt phương án xử lý nhà, đất dôi dư năm 2027 trước ngày 31/3/2027.",
        "b) Phòng Quản lý công sản phối hợp Sở Nông nghiệp và Môi trường tổ chức kiểm tra thực tế việc quản "
        "lý, sử dụng nhà, đất dôi dư tại 12 xã, phường trong tháng 6/2027.",
        "c) Thanh tra Sở đưa nội dung quản lý, xử lý nhà, đất dôi dư vào kế hoạch thanh tra năm 2027 của Sở.",
        "**6. Đề nghị Sở Nông nghiệp và Môi trường",
        "Hướng dẫn các xã, phường thủ tục chuyển mục đích sử dụng đất đối với các cơ sở được bố trí làm "
        "công trình công cộng; phối hợp xác định giá đất cụ thể phục vụ đấu giá.",
        "Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện. Trong quá trình thực hiện, "
        "nếu có vướng mắc, liên hệ Phòng Quản lý công sản, Sở Tài chính (bà Nông Thị Hải Yến, điện "
        "thoại 0208.3851.446) để được hướng dẫn./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, QLCS.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nLục Văn Tiến",
    )
    doc.save(path)


def h784_docx(h, path: Path) -> None:
    """Rehabilitation hospital: a notice of the director's conclusions at the monthly briefing, an
    assessment section, `Giao <unit>` points, a deputy director by field, an undated charge."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH THANH LÂM\nBỆNH VIỆN PHỤC HỒI CHỨC NĂNG\n───────\nSố: 41/TB-BVPHCN",
        right2="Thanh Lâm, ngày 08 tháng 01 năm 2027",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Bệnh viện tại buổi giao ban chuyên môn tháng 01 năm 2027",
        "Ngày 06/01/2027, BSCKII. Hoàng Minh Khôi - Giám đốc Bệnh viện chủ trì giao ban chuyên môn tháng "
        "01/2027. Tham dự có các Phó Giám đốc, trưởng các khoa, phòng. Sau khi nghe Phòng Kế hoạch tổng "
        "hợp báo cáo kết quả tháng 12/2026 và ý kiến của các khoa, phòng, Giám đốc kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 12/2026, Bệnh viện điều trị nội trú 612 lượt người bệnh, ngoại trú 2.140 lượt; công "
        "suất sử dụng giường bệnh đạt 104%. Khoa Phục hồi chức năng Nhi duy trì tốt can thiệp sớm cho trẻ "
        "tự kỷ. Tuy nhiên, việc ghi chép hồ sơ bệnh án điện tử còn chậm; còn 03 trường hợp người bệnh té "
        "ngã trong khi tập luyện chưa được báo cáo sự cố kịp thời.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 01/2027",
        "1. Giao Phòng Kế hoạch tổng hợp chủ trì, phối hợp Phòng Điều dưỡng rà soát toàn bộ quy trình kỹ "
        "thuật phục hồi chức năng, trình Giám đốc ban hành bổ sung trước ngày 25/01/2027.",
        "2. Khoa Vật lý trị liệu - Vận động trị liệu bố trí lại lịch tập buổi chiều, tăng thêm 01 ca tập từ "
        "16 giờ 30 để giảm thời gian chờ của người bệnh ngoại trú; thực hiện từ ngày 15/01/2027.",
        "3. Phòng Điều dưỡng tổ chức tập huấn phòng ngừa té ngã và báo cáo sự cố y khoa cho điều dưỡng, kỹ "
        "thuật viên các khoa lâm sàng trong tháng 01/2027.",
        "4. Phó Giám đốc phụ trách chuyên môn (BSCKI. Đinh Thị Quỳnh) chỉ đạo triển khai đơn nguyên Phục "
        "hồi chức năng sau đột quỵ tại Khoa Phục hồi chức năng Thần kinh; báo cáo Giám đốc tiến độ trước "
        "ngày 31/01/2027.",
        "5. Giao Phòng Tài chính kế toán và Phòng Vật tư - Thiết bị y tế hoàn thiện hồ sơ mua sắm 02 máy "
        "kéo giãn cột sống, 01 hệ thống robot tập đi theo dự toán được duyệt; hoàn thành trong Quý I/2027.",
        "6. Khoa Khám bệnh phối hợp Phòng Công nghệ thông tin triển khai đặt lịch khám qua ứng dụng của Bệnh "
        "viện, thông tin cho người bệnh biết trên trang thông tin điện tử thường xuyên.",
        "7. Phòng Tổ chức cán bộ xây dựng kế hoạch cử 04 kỹ thuật viên đi đào tạo ngôn ngữ trị liệu tại "
        "Bệnh viện Phục hồi chức năng Trung ương, trình Giám đốc trước ngày 20/01/2027.",
        "8. Các khoa lâm sàng tiếp tục thực hiện nghiêm quy chế chuyên môn, quy tắc ứng xử, chủ động khắc "
        "phục các tồn tại đã nêu.",
        "9. Các khoa lâm sàng hoàn thành ký số hồ sơ bệnh án điện tử của người bệnh ra viện trong tháng "
        "12/2026, gửi Phòng Kế hoạch tổng hợp kiểm tra trước ngày 16/01/2027.",
        "10. Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ Bệnh viện giám sát nhiễm khuẩn tại khu thủy "
        "trị liệu trong tháng 02/2027.",
        "Phòng Kế hoạch tổng hợp theo dõi, đôn đốc các khoa, phòng thực hiện và báo cáo kết quả tại giao "
        "ban tháng 02/2027.",
        "Bệnh viện thông báo để các khoa, phòng biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, KHTH.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP\n\n\n\nBSCKI. Vi Thị Mận",
    )
    doc.save(path)


H785_TEXT = """ĐOÀN TNCS HỒ CHÍ MINH TỈNH THANH LÂM
BCH ĐOÀN XÃ TÂN KHÁNH
***
Số: 07-KH/ĐTN                                   Tân Khánh, ngày 20 tháng 02 năm 2027

                              KẾ HOẠCH
   Tổ chức các hoạt động Tháng Thanh niên năm 2027 và kỷ niệm 96 năm
        Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2027)

Thực hiện Kế hoạch số 112-KH/TĐTN-PTTN ngày 10/02/2027 của Ban Thường vụ Tỉnh đoàn, Ban Chấp hành Đoàn
xã Tân Khánh xây dựng kế hoạch tổ chức Tháng Thanh niên năm 2027 như sau:

I. MỤC ĐÍCH, YÊU CẦU
- Phát huy tinh thần xung kích, tình nguyện của đoàn viên, thanh niên trong xây dựng nông thôn mới.
- Các hoạt động tổ chức thiết thực, tiết kiệm, thu hút đông đảo thanh niên tham gia.

II. CHỈ TIÊU
- 100% chi đoàn tổ chức ít nhất 01 công trình, phần việc thanh niên.
- Kết nạp 25 đoàn viên mới; giới thiệu 04 đoàn viên ưu tú cho Đảng.

III. NỘI DUNG, THỜI GIAN THỰC HIỆN

1. Lễ ra quân Tháng Thanh niên và ra quân "Ngày Chủ nhật xanh"
   - Thời gian: 7 giờ 00, Chủ nhật ngày 28/02/2027 tại Nhà văn hóa thôn Đồng Mới.
   - Phân công: Ban Thường vụ Đoàn xã chủ trì; Chi đoàn thôn Đồng Mới chuẩn bị địa điểm.

2. Làm mới 1,5 km đường hoa thanh niên tuyến từ trụ sở UBND xã đến Trường THCS Tân Khánh
   - Thời gian: hoàn thành trước ngày 20/3/2027.
   - Phân công: Chi đoàn thôn Khánh Hòa, Chi đoàn thôn Bản Chắt.

3. Khám sức khỏe, tư vấn cho thanh niên chuẩn bị nhập ngũ và tặng quà tân binh
   - Thời gian: trước lễ giao nhận quân (dự kiến ngày 05/3/2027).
   - Phân công: Chi đoàn Công an xã, Chi đoàn Trạm Y tế xã.

4. Ngày hội "Thanh niên với chuyển đổi số": hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID,
   thanh toán không dùng tiền mặt
   - Thời gian: các ngày thứ Bảy trong tháng 3.
   - Phân công: Chi đoàn Cơ quan xã.

5. Tổ chức giải bóng đá nam thanh niên chào mừng kỷ niệm ngày thành lập Đoàn
   - Thời gian: từ ngày 15/3 đến ngày 22/3/2027.
   - Phân công: Ban Thường vụ Đoàn xã phối hợp Công chức Văn hóa - xã hội xã.

6. Lễ kết nạp đoàn viên mới lớp "Thanh niên tiên tiến làm theo lời Bác" và trao thẻ đoàn viên
   - Thời gian: ngày 26/3/2027.
   - Phân công: Ban Thường vụ Đoàn xã.

7. Ra quân dọn vệ sinh, khơi thông kênh mương nội đồng (mỗi chi đoàn ít nhất 02 buổi)
   - Thời gian: cả tháng.
   - Phân công: Các chi đoàn thôn.

8. Thăm, tặng quà gia đình chính sách, đoàn viên có hoàn cảnh khó khăn (10 suất x 500.000đ)
   - Thời gian: tuần thứ 4 của tháng 3.
   - Phân công: Chi đoàn Cơ quan xã; nguồn kinh phí vận động.

IV. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Đoàn xã phân công đồng chí Phó Bí thư Đoàn xã theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Các chi đoàn căn cứ Kế hoạch chủ động xây dựng nội dung phù hợp với địa bàn.
3. Các chi đoàn báo cáo kết quả Tháng Thanh niên (kèm hình ảnh) về Ban Thường vụ Đoàn xã trước ngày
30/3/2027 để tổng hợp báo cáo Tỉnh đoàn.
4. Đề nghị Hội đồng Đội xã phối hợp tổ chức hoạt động "Thiếu nhi chăm ngoan" cho đội viên các liên đội
trong ngày 26/3/2027.

Nơi nhận:                                            TM. BAN CHẤP HÀNH
- Ban Thường vụ Tỉnh đoàn (b/c);                      BÍ THƯ
- Đảng ủy xã (b/c);
- Các chi đoàn;                                         (đã ký)
- Lưu VP.
                                                     Lò Thị Phương Thảo
"""


def h785_txt(h, path: Path) -> None:
    """Commune Youth Union: a Tháng Thanh niên plan as plain text, each point's time and doers on
    indented dash lines under it, a date in March without a year, `cả tháng`."""
    path.write_text(H785_TEXT, encoding="utf-8")


def h786_docx(h, path: Path) -> None:
    """Relics and heritage board: a festival plan, unit labels over dash tasks, lunar dates with the
    solar day in parentheses, the standing unit, requests to outside bodies (converted to .doc)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH THANH LÂM\nBAN QUẢN LÝ DI TÍCH VÀ DANH THẮNG\n───────\nSố: 19/KH-BQLDT",
        right2="Thanh Lâm, ngày 05 tháng 01 năm 2027",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức Lễ hội Đền Bà Chúa Mỏ năm Đinh Mùi 2027",
        "Căn cứ Nghị định số 110/2018/NĐ-CP của Chính phủ quy định về quản lý và tổ chức lễ hội; căn cứ "
        "Quyết định số 88/QĐ-UBND ngày 24/12/2026 của UBND tỉnh về việc cho phép tổ chức Lễ hội Đền Bà "
        "Chúa Mỏ năm 2027, Ban Quản lý Di tích và Danh thắng tỉnh xây dựng Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Giữ gìn, phát huy giá trị di tích quốc gia Đền Bà Chúa Mỏ; tổ chức lễ hội trang trọng, an toàn, "
        "văn minh, không để xảy ra tình trạng chèo kéo, đốt vàng mã tràn lan.",
        "**II. THỜI GIAN, ĐỊA ĐIỂM",
        "Lễ hội diễn ra từ ngày 14 đến ngày 16 tháng Giêng năm Đinh Mùi (từ ngày 19/02 đến ngày "
        "21/02/2027), tại khu di tích Đền Bà Chúa Mỏ, xã Mỏ Vàng. Lễ khai hội vào 8 giờ 00 ngày 15 tháng "
        "Giêng (ngày 20/02/2027).",
        "**III. PHÂN CÔNG NHIỆM VỤ",
        "**1. Phòng Quản lý di tích",
        "- Xây dựng kịch bản phần lễ, phần hội; mời đội tế nữ xã Mỏ Vàng tham gia nghi lễ rước, tế; trình "
        "Trưởng ban duyệt trước ngày 20/01/2027.",
        "- Kiểm tra, gia cố hệ thống mái, cột gỗ Hậu cung; hoàn thành trước ngày 10 tháng Giêng (ngày "
        "15/02/2027).",
        "- Bố trí lực lượng trông coi, bảo vệ hiện vật, đồ thờ trong suốt thời gian diễn ra lễ hội.",
        "**2. Phòng Nghiên cứu, Sưu tầm và Trưng bày",
        '- Tổ chức trưng bày chuyên đề "Nghề khai mỏ xưa qua tư liệu, hiện vật" tại nhà trưng bày khu di '
        "tích; khai mạc cùng ngày khai hội.",
        "- Biên soạn, in 3.000 tờ gấp giới thiệu di tích (song ngữ Việt - Anh) trước ngày 31/01/2027.",
        "**3. Phòng Hành chính - Tổng hợp",
        "- Dự trù kinh phí tổ chức lễ hội, trình Sở Tài chính thẩm định trước ngày 15/01/2027.",
        "- Bố trí khu vực đón tiếp đại biểu, nhà khách, nước uống; phân công cán bộ trực tại Ban tổ chức.",
        "**4. Ban Quản lý Khu di tích Đền Bà Chúa Mỏ (đơn vị trực thuộc)",
        "- Tổng vệ sinh, trang trí cờ, hoa, băng rôn khu di tích trước ngày 12 tháng Giêng.",
        "- Quản lý việc công đức, thu tiền giọt dầu; kiểm đếm, nộp vào tài khoản của Ban Quản lý di tích "
        "sau mỗi ngày lễ hội.",
        "**5. Đề nghị UBND xã Mỏ Vàng",
        "- Chỉ đạo Công an xã xây dựng phương án bảo đảm an ninh trật tự, phòng cháy chữa cháy, phân luồng "
        "giao thông; sắp xếp khu vực kinh doanh dịch vụ, trông giữ xe trước ngày 13/02/2027.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là đơn vị đầu mối, theo dõi, tổng hợp tình hình chuẩn bị, báo cáo "
        "Trưởng ban tại các cuộc họp Ban tổ chức.",
        "2. Các phòng, đơn vị báo cáo kết quả thực hiện nhiệm vụ được giao về Phòng Hành chính - Tổng hợp "
        "trước ngày 26/02/2027 để tổng hợp báo cáo Sở Văn hóa, Thể thao và Du lịch.",
        "Kinh phí tổ chức lễ hội từ nguồn công đức, tài trợ và ngân sách sự nghiệp văn hóa năm 2027 "
        "giao Ban.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở VHTTDL (b/c);\n- UBND xã Mỏ Vàng;\n- Các phòng, đơn vị thuộc Ban;\n- Lưu: VT.",
        "TRƯỞNG BAN\n\n\n\nHà Văn Quyết",
    )
    doc.save(path)


def h787_docx(h, path: Path) -> None:
    """Education department's examinations division: a school-year programme table under month rows
    that carry the year, days without a year in the time column, every school as doer."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH THANH LÂM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n───────\nSố: 2260/KH-SGDĐT",
        right2="Thanh Lâm, ngày 25 tháng 11 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Công tác khảo thí và kiểm định chất lượng giáo dục năm học 2026 - 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Căn cứ Hướng dẫn số 4410/BGDĐT-QLCL ngày 30/8/2026 của Bộ Giáo dục và Đào tạo về nhiệm vụ khảo "
        "thí, kiểm định chất lượng giáo dục năm học 2026 - 2027, Sở GDĐT ban hành kế hoạch như sau:",
    )
    header = ["TT", "Nội dung công việc", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"]
    grid(
        doc,
        header,
        [
            ("§", "", "THÁNG 12/2026"),
            [
                "1",
                "Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT",
                "Ngày 17, 18/12",
                "Phòng Quản lý thi và Kiểm định chất lượng giáo dục",
                "Phòng Giáo dục Trung học; các trường THPT",
            ],
            [
                "2",
                "Thẩm định hồ sơ tự đánh giá của 14 trường mầm non, tiểu học đăng ký đánh giá ngoài",
                "Trước 31/12",
                "Phòng Quản lý thi và Kiểm định chất lượng giáo dục",
                "",
            ],
            ("§", "", "THÁNG 01/2027"),
            [
                "3",
                "Chấm thi, phúc khảo, công bố kết quả thi chọn học sinh giỏi cấp tỉnh",
                "Từ 04/01 đến 15/01",
                "Phòng Quản lý thi và Kiểm định chất lượng giáo dục",
                "",
            ],
            [
                "4",
                "Thành lập đội tuyển, tổ chức bồi dưỡng học sinh dự thi chọn học sinh giỏi quốc gia",
                "Từ 05/01",
                "Trường THPT chuyên Lê Quang Đạo",
                "Phòng Giáo dục Trung học",
            ],
            ("§", "", "THÁNG 3 - 4/2027"),
            [
                "5",
                "Tổ chức đánh giá ngoài cơ sở giáo dục đợt 1 (09 trường)",
                "Tháng 3, tháng 4",
                "Phòng Quản lý thi và Kiểm định chất lượng giáo dục",
                "UBND các xã, phường có trường",
            ],
            [
                "6",
                "Các trường THPT nhập dữ liệu đăng ký dự thi tốt nghiệp THPT của thí sinh trên Hệ thống quản "
                "lý thi",
                "Theo lịch của Bộ GDĐT",
                "Các trường THPT, trung tâm GDNN-GDTX",
                "",
            ],
            [
                "7",
                "Tập huấn nghiệp vụ coi thi, chấm thi tốt nghiệp THPT năm 2027",
                "Trước 25/4",
                "Phòng Quản lý thi và Kiểm định chất lượng giáo dục",
                "",
            ],
            ("§", "", "THÁNG 5 - 6/2027"),
            [
                "8",
                "Tổ chức kỳ thi tuyển sinh vào lớp 10 THPT năm học 2027 - 2028",
                "Ngày 01, 02/6",
                "Phòng Quản lý thi và Kiểm định chất lượng giáo dục",
                "Phòng Giáo dục Trung học; Công an tỉnh",
            ],
            [
                "9",
                "Tổ chức Kỳ thi tốt nghiệp THPT năm 2027 trên địa bàn tỉnh",
                "Theo lịch của Bộ GDĐT (dự kiến cuối tháng 6)",
                "Phòng Quản lý thi và Kiểm định chất lượng giáo dục",
                "Các sở, ngành thành viên Ban Chỉ đạo thi",
            ],
            ("§", "", "CẢ NĂM HỌC"),
            [
                "10",
                "Cập nhật cơ sở dữ liệu kiểm định chất lượng giáo dục, công nhận đạt chuẩn quốc gia",
                "Thường xuyên",
                "Phòng Quản lý thi và Kiểm định chất lượng giáo dục",
                "Phòng Giáo dục Mầm non - Tiểu học",
            ],
        ],
        widths=[1.0, 9.5, 3.5, 5.5, 5.5],
    )
    para(doc, "")
    para(doc, "Ghi chú: Thời gian không ghi năm được hiểu theo năm ghi ở dòng tháng.", italic=True)
    para(
        doc,
        "Các cơ sở giáo dục báo cáo kết quả tự đánh giá, cải tiến chất lượng năm học 2026 - 2027 về Sở "
        "(qua Phòng Quản lý thi và Kiểm định chất lượng giáo dục) trước ngày 15/6/2027.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Bộ GDĐT (b/c);\n- UBND tỉnh (b/c);\n- Các phòng thuộc Sở;\n- Các trường THPT, "
        "TT GDNN-GDTX;\n- Lưu: VT, QLT&KĐ.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nMa Thị Thu Hiền",
    )
    doc.save(path)


def h788_xlsx(h, path: Path) -> None:
    """Project board for agricultural works: a weekly calendar of the board's leaders, the day merged
    down over its sessions, office and duty lines, a site visit `(dự kiến)`, the weekly registration."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 03"
    title_rows(
        ws,
        [
            "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH NÔNG NGHIỆP VÀ PTNT TỈNH THANH LÂM",
            "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO BAN",
            "(Tuần 03 năm 2027: từ ngày 11/01/2027 đến ngày 17/01/2027)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(["Thứ, ngày", "Buổi", "Nội dung", "Chủ trì", "Thành phần", "Địa điểm", "Đơn vị chuẩn bị"])
    bold_header(ws, 5)
    days = [
        (
            "Thứ Hai\n11/01",
            [
                [
                    "Sáng",
                    "Giao ban lãnh đạo Ban đầu tuần",
                    "Giám đốc Trịnh Văn Sơn",
                    "Các PGĐ, trưởng các phòng",
                    "Phòng họp số 1",
                    "Phòng Hành chính - Tổng hợp",
                ],
                [
                    "Chiều",
                    "Họp xét duyệt hồ sơ mời thầu gói thầu số 07: Xây lắp kênh chính hồ chứa nước Khe Sim",
                    "PGĐ Lương Thị Hoa",
                    "Tổ chuyên gia, tư vấn đấu thầu",
                    "Phòng họp số 2",
                    "Phòng Kế hoạch - Đấu thầu",
                ],
            ],
        ),
        (
            "Thứ Ba\n12/01",
            [
                [
                    "Cả ngày",
                    "Kiểm tra hiện trường, nghiệm thu giai đoạn thân đập hồ chứa nước Khe Sim (dự kiến)",
                    "Giám đốc Trịnh Văn Sơn",
                    "Tư vấn giám sát, nhà thầu thi công",
                    "Xã Khe Sim",
                    "Ban điều hành dự án số 2",
                ],
            ],
        ),
        (
            "Thứ Tư\n13/01",
            [
                [
                    "Sáng",
                    "Làm việc với Sở Tài chính về kế hoạch vốn đầu tư công năm 2027",
                    "Giám đốc Trịnh Văn Sơn",
                    "PGĐ Lương Thị Hoa; Phòng Tài chính - Kế toán",
                    "Sở Tài chính",
                    "Phòng Tài chính - Kế toán",
                ],
                ["Chiều", "Lãnh đạo Ban làm việc tại cơ quan", "", "", "", ""],
            ],
        ),
        (
            "Thứ Năm\n14/01",
            [
                [
                    "Sáng",
                    "Đối thoại với các hộ dân bị ảnh hưởng dự án kè chống sạt lở bờ sông Lô đoạn qua phường "
                    "Nông Tiến",
                    "PGĐ Đoàn Minh Tuấn",
                    "UBND phường Nông Tiến, Trung tâm PTQĐ",
                    "Nhà văn hóa tổ 9",
                    "Phòng Giải phóng mặt bằng",
                ],
                [
                    "Chiều",
                    "Quyết toán dự án hoàn thành: Nâng cấp đê tả sông Gâm - thông qua báo cáo quyết toán",
                    "PGĐ Lương Thị Hoa",
                    "Phòng Tài chính - Kế toán, đơn vị kiểm toán độc lập",
                    "Phòng họp số 2",
                    "Phòng Tài chính - Kế toán",
                ],
            ],
        ),
        (
            "Thứ Sáu\n15/01",
            [
                [
                    "Sáng",
                    "Sơ kết công tác giải ngân vốn đầu tư công năm 2026, giao chỉ tiêu năm 2027",
                    "Giám đốc Trịnh Văn Sơn",
                    "Toàn thể viên chức, người lao động",
                    "Hội trường Ban",
                    "Phòng Kế hoạch - Đấu thầu",
                ],
                [
                    "Chiều",
                    "Kiểm tra công tác an toàn lao động tại công trường đường giao thông nội đồng xã Yên Lộc",
                    "PGĐ Đoàn Minh Tuấn",
                    "Phòng Kỹ thuật - Thẩm định",
                    "Xã Yên Lộc",
                    "Ban điều hành dự án số 1",
                ],
            ],
        ),
        (
            "Thứ Bảy\n16/01",
            [["Cả ngày", "Trực lãnh đạo: PGĐ Đoàn Minh Tuấn", "", "", "", ""]],
        ),
        ("Chủ nhật\n17/01", [["", "(Nghỉ)", "", "", "", ""]]),
    ]
    for day, sessions in days:
        first = ws.max_row + 1
        for session in sessions:
            ws.append(["", *session])
        ws.cell(first, 1).value = day
        if len(sessions) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
        ws.cell(first, 1).alignment = Alignment(vertical="center", wrap_text=True)
    wrap(ws, 6)
    ws.append([])
    ws.append(
        [
            "Ghi chú: Lịch có thể điều chỉnh khi có công việc đột xuất. Các phòng, ban điều hành dự án đăng "
            "ký lịch công tác tuần sau về Phòng Hành chính - Tổng hợp trước 15 giờ 00 thứ Năm hằng tuần."
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    ws.append([])
    ws.append(["", "", "", "", "", "TL. GIÁM ĐỐC", ""])
    ws.append(["", "", "", "", "", "CHÁNH VĂN PHÒNG", ""])
    ws.append([])
    ws.append(["", "", "", "", "", "Hầu Thị Lan", ""])
    column_widths(ws, [11, 8, 48, 22, 26, 18, 24])
    wb.save(path)


def h789_docx(h, path: Path) -> None:
    """Parks and green trees company: a storm-season plan, numbered tasks each closing with its own
    `Đơn vị thực hiện:` and `Thời gian:` sentences, a cost table, the command board as standing body."""
    doc = document()
    head_block(
        doc,
        "UBND THÀNH PHỐ THANH LÂM\nCÔNG TY TNHH MTV CÔNG VIÊN\nCÂY XANH THANH LÂM\n───────\nSố: 58/KH-CVCX",
        right2="Thanh Lâm, ngày 12 tháng 3 năm 2027",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Cắt tỉa, gia cố, phòng chống gãy đổ cây xanh mùa mưa bão năm 2027",
        "Căn cứ Hợp đồng đặt hàng dịch vụ công ích quản lý, duy trì cây xanh đô thị năm 2027 số 03/HĐ-QLĐT "
        "ngày 06/01/2027 với Phòng Quản lý đô thị thành phố; qua khảo sát, toàn thành phố hiện có 18.640 cây "
        "bóng mát đường phố, trong đó 1.126 cây có nguy cơ gãy đổ (sâu mục, nghiêng, tán lệch). Công ty "
        "xây dựng kế hoạch như sau:",
        "**I. NHIỆM VỤ CỤ THỂ",
        "1. Cắt tỉa tán, hạ độ cao đối với 780 cây bóng mát trên các tuyến đường trung tâm (Trần Hưng Đạo, "
        "Lê Lợi, Quang Trung, Nguyễn Tất Thành). Đơn vị thực hiện: Xí nghiệp Cây xanh số 1. Thời gian: "
        "từ ngày 01/4 đến ngày 31/5/2027.",
        "2. Đốn hạ, thay thế 96 cây sâu mục rỗng thân đã được Phòng Quản lý đô thị thành phố chấp thuận; "
        "trồng bổ sung cây xanh cùng chủng loại ngay sau khi đốn hạ. Đơn vị thực hiện: Xí nghiệp Cây xanh "
        "số 2. Thời gian: hoàn thành trước ngày 15/6/2027.",
        "3. Chống, néo, gia cố 250 cây mới trồng và cây nghiêng tại công viên, dải phân cách. Đơn vị thực "
        "hiện: Xí nghiệp Công viên - Vườn hoa. Thời gian: trong tháng 5/2027.",
        "4. Kiểm tra, bảo dưỡng xe nâng, xe cẩu, máy cưa, máy phát điện; bố trí sẵn sàng 04 tổ xung kích "
        "ứng trực 24/24 giờ khi có bão. Đơn vị thực hiện: Đội Cơ giới - Xung kích. Thời gian: trước ngày "
        "31/5/2027, ứng trực từ ngày 01/6 đến hết mùa mưa bão.",
        "5. Cập nhật số liệu cây xanh đã cắt tỉa, đốn hạ lên phần mềm quản lý cây xanh đô thị. Đơn vị "
        "thực hiện: Phòng Kỹ thuật - Kế hoạch. Thời gian: thường xuyên.",
        "6. Thông báo lịch cắt tỉa trên các phương tiện thông tin đại chúng và cho UBND các phường trước ít "
        "nhất 03 ngày. Đơn vị thực hiện: Phòng Tổ chức - Hành chính.",
        "**II. KINH PHÍ",
        "Kinh phí thực hiện từ nguồn dự toán dịch vụ công ích năm 2027, chi tiết như sau:",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        ["TT", "Hạng mục", "Khối lượng", "Thành tiền (đồng)"],
        [
            ["1", "Cắt tỉa, hạ độ cao cây bóng mát", "780 cây", "1.248.000.000"],
            ["2", "Đốn hạ, trồng thay thế cây sâu mục", "96 cây", "672.000.000"],
            ["3", "Chống, néo, gia cố cây", "250 cây", "87.500.000"],
            ["", "Tổng cộng", "", "2.007.500.000"],
        ],
        widths=[1.0, 8.0, 3.0, 4.0],
    )
    lines = [
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn Công ty là cơ quan thường trực, theo dõi, "
        "đôn đốc việc thực hiện Kế hoạch; chỉ đạo ứng cứu, khắc phục cây gãy đổ khi có mưa bão.",
        "2. Phòng Tài chính - Kế toán bảo đảm kinh phí, vật tư phục vụ Kế hoạch; thanh toán theo khối "
        "lượng nghiệm thu hằng tháng.",
        "3. Các xí nghiệp, đội báo cáo tình hình cây xanh gãy đổ, kết quả khắc phục về Phòng Kỹ thuật - Kế "
        "hoạch trước 16 giờ hằng ngày trong thời gian có mưa bão.",
        "4. Trưởng các phòng, xí nghiệp, đội căn cứ Kế hoạch chủ động triển khai thực hiện.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Phòng Quản lý đô thị TP (b/c);\n- Ban Chỉ huy PCTT&TKCN TP;\n- Các phòng, xí "
        "nghiệp, đội;\n- Lưu: VT, KTKH.",
        "GIÁM ĐỐC\n\n\n\nTriệu Quang Vinh",
    )
    doc.save(path)


def h790_xlsx(h, path: Path) -> None:
    """People's credit fund: a business indicator sheet, group rows, `Trong đó` breakdown rows with a
    value but no doer or time, a reporting note under the table."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "KH 2027"
    title_rows(
        ws,
        [
            "QUỸ TÍN DỤNG NHÂN DÂN PHƯỜNG ĐỒNG XUÂN",
            "CHỈ TIÊU KẾ HOẠCH KINH DOANH NĂM 2027",
            "(Kèm theo Nghị quyết Đại hội thành viên thường niên số 01/NQ-ĐHTV ngày 22/01/2027)",
        ],
        8,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện 2026",
            "Kế hoạch 2027",
            "Tăng, giảm (%)",
            "Bộ phận thực hiện",
            "Thời hạn",
        ]
    )
    bold_header(ws, 5)
    rows = [
        ["A", "NGUỒN VỐN"],
        [1, "Tổng nguồn vốn hoạt động", "Triệu đồng", 186400, 205000, 10.0, "Ban điều hành", "31/12/2027"],
        ["", "Trong đó: - Tiền gửi của thành viên và dân cư", "Triệu đồng", 171200, 189000, 10.4, "", ""],
        ["", "- Vốn điều lệ", "Triệu đồng", 9800, 10500, 7.1, "", ""],
        [
            2,
            "Phát triển thành viên mới (kết nạp, cấp giấy chứng nhận góp vốn)",
            "Thành viên",
            412,
            450,
            9.2,
            "Bộ phận Tín dụng",
            "31/12/2027",
        ],
        ["B", "SỬ DỤNG VỐN"],
        [3, "Tổng dư nợ cho vay", "Triệu đồng", 158300, 176000, 11.2, "Bộ phận Tín dụng", "31/12/2027"],
        [
            4,
            "Tỷ lệ nợ xấu trên tổng dư nợ",
            "%",
            1.45,
            "< 1,2",
            "",
            "Bộ phận Tín dụng",
            "Hằng quý",
        ],
        [
            5,
            "Thu hồi nợ đã xử lý bằng dự phòng rủi ro",
            "Triệu đồng",
            320,
            400,
            25.0,
            "Tổ Xử lý nợ",
            "Trước 30/9/2027",
        ],
        ["C", "KẾT QUẢ TÀI CHÍNH, QUẢN TRỊ"],
        [
            6,
            "Lợi nhuận trước thuế",
            "Triệu đồng",
            2940,
            3200,
            8.8,
            "Bộ phận Kế toán - Ngân quỹ",
            "31/12/2027",
        ],
        [
            7,
            "Tỷ lệ chi trả cổ tức (lãi góp vốn) cho thành viên",
            "%/năm",
            7.5,
            "≥ 7,5",
            "",
            "Hội đồng quản trị",
            "Sau Đại hội thành viên 2028",
        ],
        [
            8,
            "Kiểm tra, kiểm soát nội bộ hoạt động cho vay, kế toán, ngân quỹ",
            "Cuộc",
            4,
            4,
            "",
            "Ban Kiểm soát",
            "Mỗi quý 01 cuộc",
        ],
        [
            9,
            "Triển khai giao dịch chuyển tiền, nhận tiền gửi qua ứng dụng ngân hàng số",
            "Ứng dụng",
            "",
            1,
            "",
            "Bộ phận Kế toán - Ngân quỹ; Bộ phận Tin học",
            "Quý III/2027",
        ],
        [
            10,
            "Bồi dưỡng nghiệp vụ cho cán bộ tín dụng (lớp của Ngân hàng Hợp tác xã)",
            "Lượt người",
            6,
            8,
            "",
            "Ban điều hành",
            "Theo lịch của Ngân hàng Hợp tác xã",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    wrap(ws, 6)
    ws.append([])
    ws.append(
        [
            "",
            "Ghi chú: Bộ phận Kế toán - Ngân quỹ tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu về "
            "Hội đồng quản trị trước ngày 05 hằng tháng.",
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    ws.append([])
    ws.append(["", "", "", "", "", "", "TM. HỘI ĐỒNG QUẢN TRỊ", ""])
    ws.append(["", "", "", "", "", "", "CHỦ TỊCH", ""])
    ws.append([])
    ws.append(["", "", "", "", "", "", "Phùng Văn Lực", ""])
    column_widths(ws, [6, 46, 12, 13, 13, 10, 26, 18])
    wb.save(path)


def h791_docx(h, path: Path) -> None:
    """Military command's political department: a monthly party-political work plan, the doer column
    naming the lead with `(chủ trì)`, a `Chỉ đạo` column of posts, Tết days and a superior's schedule."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "BỘ CHQS TỈNH THANH LÂM\nPHÒNG CHÍNH TRỊ\n───────\nSố: 36/KH-PCT",
        right2="Thanh Lâm, ngày 25 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Công tác đảng, công tác chính trị tháng 02 năm 2027", bold=True, center=True)
    para(
        doc,
        "Thực hiện Chỉ thị của Chủ nhiệm Chính trị Quân khu về công tác đảng, công tác chính trị dịp Tết "
        "Nguyên đán Đinh Mùi 2027; căn cứ nhiệm vụ của Bộ CHQS tỉnh, Phòng Chính trị xây dựng kế hoạch "
        "tháng 02/2027 như sau:",
    )
    header = ["TT", "Nội dung", "Thời gian", "Cơ quan, đơn vị thực hiện", "Chỉ đạo"]
    grid(
        doc,
        header,
        [
            ("§", "I", "CÔNG TÁC TUYÊN HUẤN"),
            [
                "1",
                "Giáo dục chính trị cho chiến sĩ mới nhập ngũ năm 2027 (giai đoạn 1)",
                "Từ 22/02",
                "Ban Tuyên huấn (chủ trì); Trung đoàn 841",
                "Phó Chủ nhiệm Chính trị",
            ],
            [
                "2",
                "Tổ chức các hoạt động vui Xuân, đón Tết; bảo đảm Tết cho bộ đội",
                "Từ 01/02 đến 10/02",
                "Ban Tuyên huấn; Phòng Hậu cần - Kỹ thuật",
                "Chủ nhiệm Chính trị",
            ],
            [
                "3",
                "Nắm tình hình tư tưởng bộ đội dịp Tết, báo cáo nhanh về Cục Chính trị Quân khu",
                "Hằng ngày từ 03/02 đến 11/02",
                "Ban Tuyên huấn",
                "Phó Chủ nhiệm Chính trị",
            ],
            ("§", "II", "CÔNG TÁC TỔ CHỨC, CÁN BỘ"),
            [
                "4",
                "Hướng dẫn các chi bộ đánh giá, xếp loại chất lượng tổ chức cơ sở đảng, đảng viên năm 2026",
                "Trước 05/02",
                "Ban Tổ chức",
                "Chủ nhiệm Chính trị",
            ],
            [
                "5",
                "Thẩm định hồ sơ đề nghị điều động, bổ nhiệm cán bộ sau sắp xếp Ban CHQS cấp xã",
                "Theo kế hoạch của Đảng ủy Quân sự tỉnh",
                "Ban Cán bộ",
                "Chủ nhiệm Chính trị",
            ],
            ("§", "III", "CÔNG TÁC CHÍNH SÁCH, DÂN VẬN"),
            [
                "6",
                "Thăm, tặng quà gia đình chính sách, Mẹ Việt Nam anh hùng, quân nhân có hoàn cảnh khó khăn",
                "Trước Tết (hoàn thành trước 04/02)",
                "Ban Chính sách (chủ trì); Ban Dân vận",
                "Phó Chỉ huy trưởng - Chính trị viên phó",
            ],
            [
                "7",
                "Tham gia giúp nhân dân xã Phù Yên dọn vệ sinh, sửa chữa nhà tình nghĩa",
                "Ngày 28/01 - 29/01",
                "Ban Dân vận; Ban CHQS xã Phù Yên",
                "Phó Chủ nhiệm Chính trị",
            ],
            ("§", "IV", "CÔNG TÁC KIỂM TRA, BẢO VỆ AN NINH"),
            [
                "8",
                "Kiểm tra việc chấp hành kỷ luật, chế độ trực sẵn sàng chiến đấu dịp Tết tại các đơn vị",
                "Từ 04/02 đến 12/02",
                "Ủy ban Kiểm tra Đảng ủy; Ban Bảo vệ an ninh",
                "Chủ nhiệm Chính trị",
            ],
            [
                "9",
                "Quản lý, nắm tình hình quân nhân nghỉ phép Tết, trả phép đúng thời gian",
                "Từ 01/02 đến 20/02",
                "Các cơ quan, đơn vị",
                "",
            ],
        ],
        widths=[1.0, 10.0, 4.0, 6.0, 4.5],
    )
    para(doc, "")
    para(
        doc,
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện công tác đảng, công tác chính trị tháng 02/2027 về "
        "Phòng Chính trị (qua Ban Tuyên huấn) trước ngày 25/02/2027.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Cục Chính trị QK (b/c);\n- Thường vụ ĐUQS tỉnh;\n- Các cơ quan, đơn vị;\n"
        "- Lưu: VT, TH; Hg12.",
        "CHỦ NHIỆM CHÍNH TRỊ\n\n\n\nĐại tá Mông Đức Hạnh",
    )
    doc.save(path)


def h792_docx(h, path: Path) -> None:
    """Committee for overseas Vietnamese: a notice of conclusions, lettered points by topic, the unit
    given its task by `giao` mid-sentence, requests to other departments, a deputy head by name."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH THANH LÂM\nBAN CÔNG TÁC VỀ NGƯỜI VIỆT NAM\nỞ NƯỚC NGOÀI\n───────\nSố: 05/TB-BCTNVNONN",
        right2="Thanh Lâm, ngày 11 tháng 01 năm 2027",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Trưởng ban tại cuộc họp chuẩn bị chương trình Xuân Quê hương 2027",
        "Chiều ngày 08/01/2027, đồng chí Vương Thị Kim Liên, Trưởng ban chủ trì cuộc họp chuẩn bị đón kiều "
        "bào về quê đón Tết Đinh Mùi và chương trình Xuân Quê hương 2027 của tỉnh. Sau khi nghe Văn phòng "
        "Ban báo cáo và ý kiến các đại biểu, Trưởng ban kết luận:",
        "1. Dự kiến có khoảng 1.200 lượt kiều bào về quê dịp Tết, tập trung từ các nước Lào, Thái Lan, Hàn "
        "Quốc, Đức. Công tác chuẩn bị cơ bản bảo đảm tiến độ; một số nội dung phối hợp liên ngành còn chậm.",
        "2. Các nhiệm vụ cần tập trung thực hiện:",
        "a) Về chương trình gặp mặt kiều bào: tổ chức gặp mặt vào ngày 28/01/2027 tại Trung tâm Hội nghị "
        "tỉnh; giao Văn phòng Ban hoàn thiện kịch bản, danh sách khách mời, trình Trưởng ban trước ngày "
        "18/01/2027.",
        'b) Về thông tin, tuyên truyền: Phòng Thông tin - Đối ngoại biên tập đặc san "Thanh Lâm - Quê '
        'hương" số Xuân 2027 và đăng tải tin, bài trên cổng thông tin dành cho kiều bào; phát hành trước '
        "ngày 22/01/2027.",
        "c) Về vận động nguồn lực: Phòng Nghiệp vụ tổng hợp danh mục dự án kêu gọi kiều bào tài trợ (nhà "
        "nhân ái, học bổng, công trình nước sạch), gửi Sở Tài chính thẩm tra trước ngày 20/01/2027.",
        "d) Phó Trưởng ban (ông Thào A Sình) chủ trì làm việc với các doanh nghiệp kiều bào về cơ hội đầu "
        "tư vào khu công nghiệp Bắc Thanh Lâm trong tháng 02/2027.",
        "đ) Đề nghị Công an tỉnh chỉ đạo Phòng Quản lý xuất nhập cảnh tạo thuận lợi cho kiều bào làm thủ "
        "tục tạm trú, giải quyết hồ sơ trong dịp Tết.",
        "e) Đề nghị Sở Văn hóa, Thể thao và Du lịch hỗ trợ 01 chương trình nghệ thuật tại buổi gặp mặt.",
        "g) Về kinh phí: giao Văn phòng Ban lập dự toán, trình UBND tỉnh bổ sung kinh phí tổ chức chương "
        "trình trước ngày 15/01/2027.",
        "3. Các phòng thuộc Ban chủ động phối hợp chặt chẽ, tránh chồng chéo.",
        "4. Văn phòng Ban tổng hợp kết quả thực hiện các nội dung trên, báo cáo Trưởng ban trước ngày "
        "05/02/2027.",
        "Ban Công tác về người Việt Nam ở nước ngoài tỉnh thông báo để các phòng và các cơ quan liên quan "
        "biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Công an tỉnh;\n- Sở VHTTDL, Sở Tài chính;\n- Lãnh đạo Ban;\n"
        "- Các phòng;\n- Lưu: VT.",
        "TL. TRƯỞNG BAN\nCHÁNH VĂN PHÒNG\n\n\n\nLò Văn Chung",
    )
    doc.save(path)


def batch_h783() -> None:
    """Writes h783–h792 (the .doc and .pdf through LibreOffice, the .txt as text)."""
    write_batch(
        [
            (h783_docx, "h783_cv_stc_nha_dat_doi_du.docx"),
            (h785_txt, "h785_kh_doan_xa_thang_thanh_nien.txt"),
            (h787_docx, "h787_kh_khao_thi_kiem_dinh_nam_hoc.docx"),
            (h788_xlsx, "h788_lich_tuan_ban_qlda_nong_nghiep.xlsx"),
            (h789_docx, "h789_kh_cay_xanh_mua_bao.docx"),
            (h790_xlsx, "h790_chi_tieu_quy_tin_dung.xlsx"),
            (h791_docx, "h791_kh_ctd_ctct_thang_phong_chinh_tri.docx"),
            (h792_docx, "h792_tbkl_ban_kieu_bao_xuan_que_huong.docx"),
        ],
        [
            (h784_docx, "h784_tbkl_bv_phcn_giao_ban.docx", "pdf"),
            (h786_docx, "h786_kh_le_hoi_ban_qldt.docx", "doc"),
        ],
        _out,
    )
