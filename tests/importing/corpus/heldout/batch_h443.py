"""Held-out batch h443–h452: the second half of the third ordinary sample, written by helper
h13author41. Ten documents of bodies that are neither provincial departments nor People's
Committees — a provincial Fatherland Front committee, a provincial Youth Union, the Party committee
of the provincial Party agencies, a regional medical centre, a vocational college, a customs
sub-department, a provincial statistics office, a water-supply joint-stock company, a national park
management board and a provincial people's court — typed as their clerks type them: programme
tables, plans, notices of conclusions, weekly calendars, an indicator sheet and a dispatch. Names,
units, places, numbers and dates are invented."""

import tempfile
from pathlib import Path

from batch_common import (
    NATIONAL,
    a4,
    bold_header,
    document,
    grid,
    head_block,
    landscape,
    marked_paragraphs,
    out_path,
    para,
    sign_table,
    soffice,
    wrap,
    writers,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h451_ct_thong_ke_tinh_nam_2027",  # h13fixVC (its failing row read to set a limit)
    "h445_tb_ket_luan_dang_uy_co_quan_dang",  # h13fixRF
    "h447_kh_tuyen_sinh_cao_dang_phu_luc",  # h13fixRF
    "h448_tb_ket_luan_giao_ban_vqg",  # h13fixRF
    "h450_cv_hai_quan_khu_vuc_thu_ngan_sach",  # h13fixRF
    "h444_kh_tinh_doan_thang_thanh_nien",  # h13fixRD
    "h446_lich_tuan_ttyt_khu_vuc",  # h13fixRB
    "h449_lich_tuan_toa_an_tinh_van_xuoi",  # h13fixRB
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def _paras(doc, lines) -> None:
    """Body lines; a line starting with '#' is a bold heading."""
    marked_paragraphs(doc, lines, {"#": {"bold": True}}, strip=True)


# ------------------------------------------------------------------------------------------- h443
def h443(path: Path) -> None:
    """Ủy ban MTTQ Việt Nam tỉnh Nghệ An: yearly programme, a table with section rows."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH NGHỆ AN\nBAN THƯỜNG TRỰC\n───────",
        NATIONAL,
        "Số: 07/CTr-MTTQ-BTT",
        "Nghệ An, ngày 12 tháng 01 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(
        doc,
        "Công tác năm 2027 của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        bold=True,
        center=True,
    )
    _paras(
        doc,
        [
            "Căn cứ Chương trình phối hợp và thống nhất hành động năm 2027 của Đoàn Chủ tịch Ủy ban "
            "Trung ương Mặt trận Tổ quốc Việt Nam; căn cứ Nghị quyết Hội nghị lần thứ tư Ủy ban Mặt "
            "trận Tổ quốc Việt Nam tỉnh khóa XIII, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam "
            "tỉnh ban hành Chương trình công tác năm 2027 như sau:",
            "#I. MỤC TIÊU",
            "Tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận và các tổ chức chính trị - "
            "xã hội sau sắp xếp; phát huy sức mạnh khối đại đoàn kết toàn dân tộc, thực hiện có hiệu "
            "quả công tác giám sát, phản biện xã hội, góp phần hoàn thành các chỉ tiêu phát triển "
            "kinh tế - xã hội của tỉnh năm 2027.",
            "#II. NHIỆM VỤ CỤ THỂ",
        ],
    )
    rows = [
        ("§", "I", "CÔNG TÁC TUYÊN TRUYỀN, VẬN ĐỘNG, TẬP HỢP KHỐI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC"),
        [
            "1",
            "Tuyên truyền kỷ niệm 97 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam "
            "(18/11/1930 - 18/11/2027)",
            "Ban Tuyên giáo và Đối ngoại",
            "Các tổ chức chính trị - xã hội tỉnh; Báo và Phát thanh, Truyền hình Nghệ An",
            "Tháng 10 - 11",
            "Đ/c Phó Chủ tịch Trần Văn Lợi",
        ],
        [
            "2",
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm cấp tỉnh tại khối Tân Phúc, phường Vinh Lộc",
            "Ban Công tác Mặt trận",
            "Ủy ban MTTQ Việt Nam phường Vinh Lộc",
            "Tháng 11",
            "Đ/c Phó Chủ tịch Trần Văn Lợi",
        ],
        [
            "3",
            'Vận động ủng hộ Quỹ "Vì người nghèo" và hỗ trợ xây dựng, sửa chữa nhà Đại đoàn kết cho hộ nghèo',
            "Ban Công tác Mặt trận",
            "Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh",
            "Thường xuyên",
            "Đ/c Phó Chủ tịch Trần Văn Lợi",
        ],
        ("§", "II", "CÔNG TÁC GIÁM SÁT VÀ PHẢN BIỆN XÃ HỘI"),
        [
            "4",
            "Giám sát việc thực hiện chính sách bảo hiểm y tế đối với người cao tuổi, người có công "
            "trên địa bàn tỉnh",
            "Ban Dân chủ - Pháp luật",
            "Sở Y tế, Bảo hiểm xã hội tỉnh",
            "Quý II",
            "Đ/c Phó Chủ tịch Lê Thị Hồng Vân",
        ],
        [
            "5",
            "Phản biện xã hội đối với dự thảo Nghị quyết của Hội đồng nhân dân tỉnh quy định mức hỗ "
            "trợ người tham gia bảo vệ an ninh, trật tự ở cơ sở",
            "Ban Dân chủ - Pháp luật",
            "Công an tỉnh, Sở Tư pháp",
            "Theo đề nghị của Thường trực HĐND tỉnh",
            "Đ/c Phó Chủ tịch Lê Thị Hồng Vân",
        ],
        [
            "6",
            "Phối hợp tổ chức tiếp xúc cử tri trước và sau các kỳ họp Hội đồng nhân dân tỉnh",
            "Ban Dân chủ - Pháp luật",
            "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
            "Tháng 6 và tháng 11",
            "Đ/c Phó Chủ tịch Lê Thị Hồng Vân",
        ],
        ("§", "III", "CÔNG TÁC DÂN TỘC, TÔN GIÁO VÀ ĐỐI NGOẠI NHÂN DÂN"),
        [
            "7",
            "Thăm, chúc mừng chức sắc, chức việc và cơ sở tôn giáo nhân các ngày lễ lớn của các tôn giáo",
            "Ban Dân tộc, Tôn giáo",
            "Sở Dân tộc và Tôn giáo",
            "Các dịp lễ trong năm",
            "Đ/c Chủ tịch",
        ],
        [
            "8",
            "Tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2027",
            "Ban Dân tộc, Tôn giáo",
            "Ủy ban MTTQ Việt Nam các xã miền núi",
            "Quý III",
            "Đ/c Chủ tịch",
        ],
        ("§", "IV", "CÔNG TÁC XÂY DỰNG TỔ CHỨC VÀ VĂN PHÒNG"),
        [
            "9",
            "Hướng dẫn kiện toàn Ban Công tác Mặt trận ở khu dân cư sau sắp xếp thôn, khối, bản",
            "Ban Tổ chức - Kiểm tra",
            "Ủy ban MTTQ Việt Nam các xã, phường",
            "Quý I",
            "Đ/c Phó Chủ tịch Thường trực",
        ],
        [
            "10",
            "Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ Mặt trận cấp xã năm 2027",
            "Ban Tổ chức - Kiểm tra",
            "Văn phòng",
            "Tháng 4",
            "Đ/c Phó Chủ tịch Thường trực",
        ],
        [
            "11",
            "Tổng kết công tác Mặt trận năm 2027, xây dựng Chương trình công tác năm 2028",
            "Văn phòng",
            "Các ban",
            "Tháng 12",
            "Đ/c Phó Chủ tịch Thường trực",
        ],
    ]
    grid(
        doc,
        [
            "STT",
            "Nội dung",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian thực hiện",
            "Lãnh đạo phụ trách",
        ],
        rows,
        widths=[1.2, 9.5, 3.6, 4.5, 3.2, 3.8],
    )
    _paras(
        doc,
        [
            "#III. TỔ CHỨC THỰC HIỆN",
            "1. Các ban, đơn vị thuộc Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh căn cứ Chương "
            "trình này chủ động xây dựng kế hoạch chi tiết và triển khai thực hiện nhiệm vụ được giao.",
            "2. Đề nghị các tổ chức chính trị - xã hội tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam các xã, "
            "phường căn cứ Chương trình cụ thể hóa phù hợp với tình hình thực tế.",
            "3. Văn phòng là bộ phận thường trực, giúp Ban Thường trực theo dõi, đôn đốc việc thực "
            "hiện Chương trình; tổng hợp kết quả báo cáo tại các hội nghị của Ban Thường trực.",
            "4. Các ban, đơn vị báo cáo kết quả thực hiện Chương trình định kỳ hằng quý (trước ngày 15 "
            "của tháng cuối quý) về Ban Thường trực (qua Văn phòng) để tổng hợp.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Thường trực UBTW MTTQ Việt Nam;\n- Thường trực Tỉnh ủy;\n- UBND tỉnh;\n"
        "- Các tổ chức chính trị - xã hội tỉnh;\n- Ủy ban MTTQ Việt Nam các xã, phường;\n"
        "- Các ban, đơn vị;\n- Lưu: VT, VP.",
        "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\n\n\nNguyễn Thị Hải Yến",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h444
def h444(path: Path) -> None:
    """Tỉnh đoàn Đồng Tháp: a plan whose activities are numbered prose with their own lines."""
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "BCH ĐOÀN TỈNH ĐỒNG THÁP\n***",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "Số: 112-KH/TĐTN-PT",
        "Đồng Tháp, ngày 20 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức Tháng Thanh niên năm 2027", bold=True, center=True)
    para(doc, "-----", center=True)
    activity = [
        (
            "1. Tổ chức Lễ ra quân Tháng Thanh niên gắn với Ngày Chủ nhật xanh cấp tỉnh",
            "- Thời gian: ngày 07/3/2027 (Chủ nhật).",
            "- Địa điểm: xã Tháp Mười.",
            "- Đơn vị thực hiện: Ban Phong trào Tỉnh đoàn chủ trì, phối hợp Ban Thường vụ Đoàn xã Tháp Mười.",
        ),
        (
            '2. Triển khai chương trình "Thanh niên hỗ trợ người dân sử dụng dịch vụ công trực '
            'tuyến" tại bộ phận một cửa các xã, phường',
            "- Thời gian: trong tháng 3/2027.",
            "- Đơn vị thực hiện: Ban Phong trào Tỉnh đoàn.",
        ),
        (
            '3. Tổ chức Ngày hội Hiến máu tình nguyện "Giọt hồng tháng Ba" năm 2027',
            "- Thời gian: ngày 14/3/2027.",
            "- Địa điểm: Nhà Văn hóa Thanh niên tỉnh.",
            "- Đơn vị thực hiện: Ban Thanh niên Trường học Tỉnh đoàn chủ trì, phối hợp Hội Chữ thập "
            "đỏ tỉnh, Bệnh viện Đa khoa Đồng Tháp.",
        ),
        (
            '4. Tổ chức Diễn đàn "Thanh niên với khởi nghiệp nông nghiệp xanh"',
            "- Thời gian: ngày 20/3/2027.",
            "- Đơn vị thực hiện: Trung tâm Hỗ trợ Thanh niên khởi nghiệp tỉnh.",
        ),
        (
            '5. Triển khai đợt sinh hoạt chính trị "Tự hào truyền thống Đoàn" trong đoàn viên, thanh niên',
            "- Thời gian: từ ngày 05/3/2027 đến ngày 26/3/2027.",
            "- Đơn vị thực hiện: Ban Tuyên giáo Tỉnh đoàn hướng dẫn; các cơ sở Đoàn tổ chức.",
        ),
        (
            "6. Tổ chức Lễ kỷ niệm 96 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - "
            '26/3/2027) và tuyên dương "Gương mặt trẻ Đồng Tháp tiêu biểu" năm 2026',
            "- Thời gian: ngày 25/3/2027.",
            "- Đơn vị thực hiện: Ban Tuyên giáo Tỉnh đoàn chủ trì, phối hợp Văn phòng Tỉnh đoàn.",
        ),
        (
            '7. Kết nạp đoàn viên mới đợt "Lớp đoàn viên 26/3"',
            "- Thời gian: hoàn thành trước ngày 26/3/2027.",
            "- Đơn vị thực hiện: Ban Tổ chức - Kiểm tra Tỉnh đoàn.",
        ),
        (
            '8. Duy trì hoạt động "Ngày thứ Bảy tình nguyện" tại các khu dân cư',
            "- Thời gian: thứ Bảy hằng tuần trong tháng 3/2027.",
            "- Đơn vị thực hiện: Đoàn các xã, phường trên địa bàn tỉnh.",
        ),
    ]
    _paras(
        doc,
        [
            "Thực hiện Kế hoạch số 245-KH/TWĐTN-PTTN ngày 10/12/2026 của Ban Bí thư Trung ương Đoàn "
            "về tổ chức Tháng Thanh niên năm 2027, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch tổ chức "
            "Tháng Thanh niên năm 2027 như sau:",
            "#I. MỤC ĐÍCH, YÊU CẦU",
            "1. Phát huy vai trò xung kích, tình nguyện của đoàn viên, thanh niên trong chuyển đổi số, "
            "xây dựng nông thôn mới và đô thị văn minh sau sắp xếp đơn vị hành chính.",
            "2. Các hoạt động tổ chức thiết thực, tiết kiệm, thu hút đông đảo đoàn viên, thanh niên "
            "tham gia; gắn với kỷ niệm 96 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.",
            "#II. THỜI GIAN, CHỦ ĐỀ",
            "- Thời gian: từ ngày 01/3/2027 đến ngày 31/3/2027.",
            '- Chủ đề: "Thanh niên Đồng Tháp tiên phong chuyển đổi số, xây dựng quê hương".',
            "#III. CÁC HOẠT ĐỘNG TRỌNG TÂM",
        ],
    )
    for lines in activity:
        para(doc, lines[0], bold=True)
        _paras(doc, lines[1:])
    _paras(
        doc,
        [
            "#IV. TỔ CHỨC THỰC HIỆN",
            "1. Ban Phong trào Tỉnh đoàn là bộ phận thường trực, tham mưu Ban Thường vụ Tỉnh đoàn theo "
            "dõi, đôn đốc việc triển khai Kế hoạch; tổng hợp kết quả báo cáo Trung ương Đoàn trước "
            "ngày 10/4/2027.",
            "2. Ban Thường vụ Đoàn các xã, phường căn cứ Kế hoạch xây dựng kế hoạch cụ thể, gửi về "
            "Tỉnh đoàn (qua Ban Phong trào) trước ngày 25/02/2027.",
            "3. Các cơ sở Đoàn báo cáo kết quả tổ chức Tháng Thanh niên năm 2027 về Ban Thường vụ Tỉnh "
            "đoàn (qua Ban Phong trào) trước ngày 03/4/2027.",
            "Trên đây là Kế hoạch tổ chức Tháng Thanh niên năm 2027, đề nghị các cơ sở Đoàn triển "
            "khai thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TW Đoàn (Ban Phong trào);\n- Thường trực Tỉnh ủy;\n- Ủy ban MTTQ Việt Nam tỉnh;"
        "\n- Các cơ sở Đoàn;\n- Lưu: VP, PT.",
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\n\n\n\nHuỳnh Minh Khang",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h445
def h445(path: Path) -> None:
    """Đảng ủy các cơ quan Đảng tỉnh Thái Nguyên: notice of the standing committee's conclusions."""
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "ĐẢNG BỘ TỈNH THÁI NGUYÊN\nĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH\n*",
        "ĐẢNG CỘNG SẢN VIỆT NAM\n───────",
        "Số 86-TB/ĐU",
        "Thái Nguyên, ngày 18 tháng 4 năm 2027",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY\ntại hội nghị ngày 15/4/2027", bold=True, center=True)
    para(doc, "-----", center=True)
    _paras(
        doc,
        [
            "Ngày 15/4/2027, Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh họp, nghe Văn phòng Đảng ủy "
            "báo cáo kết quả thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2027 và cho ý "
            "kiến một số nội dung khác. Sau khi thảo luận, đồng chí Bí thư Đảng ủy kết luận như sau:",
            "1. Ban Thường vụ cơ bản thống nhất với báo cáo kết quả quý I năm 2027. Các chi bộ, đảng bộ "
            "cơ sở đã tổ chức học tập, quán triệt kịp thời các chỉ thị, nghị quyết; công tác phát "
            "triển đảng viên đạt 28% chỉ tiêu năm. Tuy nhiên, một số chi bộ sinh hoạt còn hình thức, "
            "việc cập nhật dữ liệu đảng viên trên phần mềm còn chậm.",
            "2. Về nhiệm vụ trọng tâm quý II năm 2027, yêu cầu các ban, Văn phòng Đảng ủy và các chi "
            "bộ, đảng bộ cơ sở tập trung thực hiện tốt các nội dung sau:",
            "2.1. Hướng dẫn quy trình kiện toàn cấp ủy, chi bộ trực thuộc sau sắp xếp tổ chức bộ máy; "
            "rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030. Giao Ban Tổ chức Đảng ủy chủ trì, "
            "phối hợp các đảng bộ cơ sở thực hiện, hoàn thành trước ngày 30/5/2027.",
            "2.2. Tổ chức hội nghị học tập, quán triệt các nghị quyết, kết luận mới của Trung ương, "
            "của Tỉnh ủy cho cán bộ chủ chốt và đảng viên. Giao Ban Tuyên giáo và Dân vận Đảng ủy chủ "
            "trì, thực hiện trong tháng 5/2027.",
            "2.3. Xây dựng và triển khai kế hoạch kiểm tra, giám sát chuyên đề quý II đối với 04 tổ "
            "chức đảng và 06 đảng viên. Giao Ủy ban Kiểm tra Đảng ủy thực hiện; báo cáo kết quả với "
            "Ban Thường vụ trước ngày 25/6/2027.",
            "2.4. Chuẩn bị nội dung sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2027. Giao Văn phòng "
            "Đảng ủy chủ trì tổng hợp, trình Ban Thường vụ tại hội nghị tháng 7/2027.",
            "2.5. Các chi bộ, đảng bộ cơ sở tổ chức sinh hoạt chuyên đề quý II theo Hướng dẫn số "
            "14-HD/ĐU của Ban Thường vụ Đảng ủy, hoàn thành trong quý II năm 2027.",
            "2.6. Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan đảng; cập nhật đầy đủ dữ liệu "
            "đảng viên trên phần mềm quản lý đảng viên. Giao Văn phòng Đảng ủy phối hợp Ban Tổ chức "
            "Đảng ủy theo dõi, hướng dẫn thường xuyên.",
            "3. Về một số nội dung khác",
            '3.1. Đồng ý chủ trương tổ chức Hội thi "Bí thư chi bộ giỏi" năm 2027. Giao Ban Tổ chức '
            "Đảng ủy xây dựng kế hoạch, trình Thường trực Đảng ủy trước ngày 15/5/2027.",
            "3.2. Giao Ủy ban Kiểm tra Đảng ủy xem xét, giải quyết đơn phản ánh liên quan đến đảng "
            "viên Chi bộ Văn phòng Ban Nội chính Tỉnh ủy, báo cáo Thường trực Đảng ủy trước ngày "
            "10/5/2027.",
            "4. Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo này; báo cáo Ban Thường vụ "
            "tại hội nghị thường kỳ hằng tháng.",
            "Ban Thường vụ Đảng ủy thông báo để các chi bộ, đảng bộ cơ sở và các cơ quan tham mưu, giúp "
            "việc Đảng ủy biết, thực hiện.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);\n- Các đồng chí Ủy viên BTV Đảng ủy;\n"
        "- Các ban, Văn phòng Đảng ủy;\n- Các chi bộ, đảng bộ cơ sở;\n- Lưu Văn phòng Đảng ủy.",
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n\n\nĐỗ Thị Thu Hằng",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h446
_H446_DAYS = [
    (
        "Thứ Hai\n10/5/2027",
        [
            (
                "Sáng",
                "Giao ban Ban Giám đốc và trưởng các khoa, phòng",
                "BSCKII. Lê Văn Hòa - Giám đốc",
                "Ban Giám đốc; trưởng các khoa, phòng",
                "Hội trường tầng 2",
                "Phòng Tổ chức - Hành chính",
            ),
            (
                "Chiều",
                "Kiểm tra công tác kiểm soát nhiễm khuẩn tại Khoa Ngoại tổng hợp và Khoa Phụ sản",
                "BSCKI. Trần Thị Mỹ - Phó Giám đốc",
                "Khoa Kiểm soát nhiễm khuẩn, Phòng Điều dưỡng",
                "Khoa Ngoại, Khoa Phụ sản",
                "Khoa Kiểm soát nhiễm khuẩn",
            ),
        ],
    ),
    (
        "Thứ Ba\n11/5/2027",
        [
            (
                "Sáng",
                "Giám đốc làm việc tại cơ quan, giải quyết công việc thường xuyên",
                "",
                "",
                "",
                "",
            ),
            (
                "Sáng",
                "Họp Hội đồng Thuốc và điều trị quý II năm 2027",
                "BSCKI. Trần Thị Mỹ - Phó Giám đốc",
                "Thành viên Hội đồng",
                "Phòng họp số 1",
                "Khoa Dược - Trang thiết bị - Vật tư y tế",
            ),
            (
                "Chiều",
                "Làm việc với Đoàn kiểm tra của Sở Y tế về công tác tiêm chủng mở rộng tại Trạm Y tế "
                "xã Trà Câu",
                "BSCKII. Lê Văn Hòa - Giám đốc",
                "Khoa Kiểm soát bệnh tật và Y tế công cộng",
                "Trạm Y tế xã Trà Câu",
                "Khoa Kiểm soát bệnh tật và Y tế công cộng",
            ),
        ],
    ),
    (
        "Thứ Tư\n12/5/2027",
        [
            (
                "Sáng",
                "Hội nghị triển khai công tác phòng, chống sốt xuất huyết năm 2027 cho trạm y tế các "
                "xã, phường",
                "BSCKII. Lê Văn Hòa - Giám đốc",
                "Trưởng trạm y tế các xã, phường",
                "Hội trường tầng 2",
                "Khoa Kiểm soát bệnh tật và Y tế công cộng",
            ),
            (
                "Chiều",
                'Sinh hoạt khoa học chuyên đề "Cập nhật xử trí ban đầu đột quỵ não"',
                "BSCKI. Phạm Quốc Bảo - Phó Giám đốc",
                "Bác sĩ các khoa lâm sàng",
                "Hội trường tầng 2",
                "Phòng Kế hoạch tổng hợp",
            ),
        ],
    ),
    (
        "Thứ Năm\n13/5/2027",
        [
            (
                "Sáng",
                "Bình bệnh án, kiểm tra hồ sơ bệnh án nội trú tháng 4/2027",
                "BSCKI. Phạm Quốc Bảo - Phó Giám đốc",
                "Trưởng, phó các khoa lâm sàng",
                "Phòng họp số 1",
                "Phòng Kế hoạch tổng hợp",
            ),
            (
                "Chiều",
                "Họp Hội đồng Thi đua - Khen thưởng xét thi đua tháng 4/2027",
                "BSCKII. Lê Văn Hòa - Giám đốc",
                "Thành viên Hội đồng",
                "Phòng họp số 1",
                "Phòng Tổ chức - Hành chính",
            ),
        ],
    ),
    (
        "Thứ Sáu\n14/5/2027",
        [
            (
                "Sáng",
                "Kiểm tra công tác chăm sóc người bệnh toàn diện tại các khoa lâm sàng",
                "BSCKI. Trần Thị Mỹ - Phó Giám đốc",
                "Phòng Điều dưỡng; điều dưỡng trưởng các khoa",
                "Các khoa lâm sàng",
                "Phòng Điều dưỡng",
            ),
            (
                "Chiều",
                "Tiếp công dân định kỳ",
                "BSCKII. Lê Văn Hòa - Giám đốc",
                "Phòng Tổ chức - Hành chính",
                "Phòng tiếp công dân",
                "Phòng Tổ chức - Hành chính",
            ),
        ],
    ),
    (
        "Thứ Bảy\n15/5/2027",
        [
            (
                "Cả ngày",
                "Trực lãnh đạo: BSCKI. Trần Thị Mỹ - Phó Giám đốc",
                "",
                "",
                "",
                "",
            ),
            (
                "Sáng",
                "Khám sàng lọc tăng huyết áp, đái tháo đường cho người cao tuổi tại xã Trà Câu (dự kiến)",
                "BSCKI. Phạm Quốc Bảo - Phó Giám đốc",
                "Khoa Khám bệnh, Trạm Y tế xã Trà Câu",
                "Nhà văn hóa thôn Hải Tân",
                "Khoa Khám bệnh",
            ),
        ],
    ),
    (
        "Chủ nhật\n16/5/2027",
        [("Cả ngày", "Trực lãnh đạo: BSCKII. Lê Văn Hòa - Giám đốc", "", "", "", "")],
    ),
]


def h446_docx(path: Path) -> None:
    """Trung tâm Y tế khu vực Đức Phổ: weekly calendar, the day merged down over its sessions."""
    from batch_common import cell_text

    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ Y TẾ QUẢNG NGÃI\nTRUNG TÂM Y TẾ KHU VỰC ĐỨC PHỔ\n───────",
        NATIONAL,
        "Số: 20/LCT-TTYT",
        "Đức Phổ, ngày 08 tháng 5 năm 2027",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN 20", bold=True, center=True)
    para(doc, "(Từ ngày 10/5/2027 đến ngày 16/5/2027)", italic=True, center=True)
    header = ["Thứ, ngày", "Buổi", "Nội dung công việc", "Chủ trì", "Thành phần", "Địa điểm", "Chuẩn bị"]
    t = grid(doc, header, [], widths=[2.4, 1.6, 7.5, 4.0, 4.4, 3.4, 3.7])
    for day, entries in _H446_DAYS:
        first = len(t.rows)
        for entry in entries:
            cells = t.add_row().cells
            for c, v in zip(cells[1:], entry, strict=True):
                cell_text(c, v)
        merged = t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0)) if len(entries) > 1 else t.cell(first, 0)
        cell_text(merged, day, bold=True, center=True)
    para(
        doc,
        "Lịch công tác có thể thay đổi; các khoa, phòng theo dõi lịch bổ sung trên Hệ thống quản lý "
        "văn bản và điều hành của Trung tâm.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Các khoa, phòng, trạm y tế;\n- Lưu: VT, TCHC.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nBSCKI. Trần Thị Mỹ",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h447
_H447_APPENDIX = [
    [
        "1",
        "Thành lập Hội đồng tuyển sinh và các tiểu ban giúp việc năm 2027",
        "Phòng Đào tạo",
        "Phòng Tổ chức - Hành chính",
        "Trước ngày 15/3/2027",
        "Quyết định thành lập",
    ],
    [
        "2",
        "Thiết kế, in ấn tờ rơi, cẩm nang tuyển sinh năm 2027",
        "Trung tâm Tuyển sinh và Quan hệ doanh nghiệp",
        "Các khoa",
        "Tháng 3/2027",
        "5.000 tờ rơi, 1.500 cuốn cẩm nang",
    ],
    [
        "3",
        "Tư vấn tuyển sinh, hướng nghiệp tại các trường THCS, THPT trên địa bàn tỉnh",
        "Trung tâm Tuyển sinh và Quan hệ doanh nghiệp",
        "Các khoa; Đoàn Thanh niên Trường",
        "Từ tháng 3 đến tháng 6/2027",
        "Ít nhất 60 buổi tư vấn",
    ],
    [
        "4",
        "Cập nhật thông tin tuyển sinh trên Cổng thông tin điện tử và trang mạng xã hội của Trường",
        "Phòng Tổ chức - Hành chính",
        "Trung tâm Tuyển sinh và Quan hệ doanh nghiệp",
        "Thường xuyên",
        "Tin, bài, video",
    ],
    [
        "5",
        "Phối hợp với doanh nghiệp tổ chức Ngày hội việc làm và tuyển sinh năm 2027",
        "Trung tâm Tuyển sinh và Quan hệ doanh nghiệp",
        "Các khoa; Phòng Công tác học sinh, sinh viên",
        "Tháng 5/2027",
        "Ngày hội",
    ],
    [
        "6",
        "Tiếp nhận, xét duyệt hồ sơ xét tuyển đợt 1",
        "Phòng Đào tạo",
        "Các khoa",
        "Từ 01/4 đến 30/6/2027",
        "Danh sách trúng tuyển đợt 1",
    ],
    [
        "7",
        "Tổ chức nhập học, sinh hoạt chính trị đầu khóa cho học sinh, sinh viên khóa 2027",
        "Phòng Công tác học sinh, sinh viên",
        "Phòng Đào tạo; các khoa",
        "Tháng 9/2027",
        "Hồ sơ nhập học",
    ],
    [
        "8",
        "Tuyển sinh các lớp sơ cấp nghề cho lao động nông thôn theo đặt hàng của các xã",
        "Khoa Nông nghiệp - Thủy sản",
        "Trung tâm Tuyển sinh và Quan hệ doanh nghiệp",
        "Theo đặt hàng của địa phương",
        "Lớp sơ cấp",
    ],
    [
        "9",
        "Bảo đảm kinh phí, cơ sở vật chất cho công tác tuyển sinh",
        "Phòng Kế hoạch - Tài chính",
        "",
        "Thường xuyên",
        "",
    ],
    [
        "10",
        "Tổng kết công tác tuyển sinh năm 2027, đề xuất chỉ tiêu năm 2028",
        "Phòng Đào tạo",
        "Các đơn vị",
        "Tháng 12/2027",
        "Báo cáo tổng kết",
    ],
]


def h447_docx(path: Path) -> None:
    """A vocational college's enrolment plan: prose, then its task table in an appendix."""
    from docx.enum.text import WD_BREAK

    doc = document(13)
    a4(doc)
    head_block(
        doc,
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO AN GIANG\nTRƯỜNG CAO ĐẲNG KỸ THUẬT - CÔNG NGHỆ\nTÂY AN GIANG\n───────",
        NATIONAL,
        "Số: 45/KH-CĐKTCN",
        "An Giang, ngày 05 tháng 3 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tuyển sinh trình độ cao đẳng, trung cấp và sơ cấp năm 2027", bold=True, center=True)
    _paras(
        doc,
        [
            "Căn cứ Luật Giáo dục nghề nghiệp năm 2014; căn cứ Quyết định số 112/QĐ-SGDĐT ngày "
            "20/01/2027 của Sở Giáo dục và Đào tạo về giao chỉ tiêu tuyển sinh giáo dục nghề nghiệp "
            "năm 2027, Trường Cao đẳng Kỹ thuật - Công nghệ Tây An Giang xây dựng Kế hoạch tuyển sinh "
            "năm 2027 như sau:",
            "#I. MỤC ĐÍCH, YÊU CẦU",
            "Hoàn thành chỉ tiêu tuyển sinh được giao; thông tin tuyển sinh được công khai, đầy đủ; "
            "công tác xét tuyển bảo đảm đúng quy chế, khách quan.",
            "#II. CHỈ TIÊU TUYỂN SINH",
            "- Trình độ cao đẳng: 650 chỉ tiêu.",
            "- Trình độ trung cấp: 420 chỉ tiêu.",
            "- Trình độ sơ cấp và đào tạo thường xuyên: 900 chỉ tiêu.",
            "#III. PHƯƠNG THỨC VÀ THỜI GIAN XÉT TUYỂN",
            "- Phương thức: xét tuyển theo kết quả học tập ở trung học cơ sở hoặc trung học phổ thông.",
            "- Đợt 1: từ ngày 01/4/2027 đến ngày 30/6/2027; đợt 2: từ ngày 01/7/2027 đến ngày "
            "31/8/2027; đợt bổ sung: đến ngày 30/11/2027.",
            "#IV. NỘI DUNG CÔNG VIỆC",
            "Các nội dung công việc, đơn vị chủ trì và thời gian thực hiện tại Phụ lục kèm theo Kế "
            "hoạch này.",
            "#V. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Đào tạo là đơn vị thường trực, tham mưu Hiệu trưởng theo dõi, đôn đốc việc thực "
            "hiện Kế hoạch; tổng hợp kết quả tuyển sinh báo cáo Sở Giáo dục và Đào tạo theo quy định.",
            "2. Các khoa, phòng, trung tâm căn cứ nhiệm vụ được giao tại Phụ lục chủ động triển khai "
            "thực hiện.",
            "3. Các khoa báo cáo số hồ sơ đăng ký, số học sinh, sinh viên nhập học về Phòng Đào tạo "
            "trước ngày 25 hằng tháng (từ tháng 4 đến tháng 11/2027).",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo Hiệu trưởng "
            "(qua Phòng Đào tạo) để xem xét, giải quyết./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Giáo dục và Đào tạo (b/c);\n- Ban Giám hiệu;\n- Các khoa, phòng, trung tâm;"
        "\n- Lưu: VT, PĐT.",
        "HIỆU TRƯỞNG\n\n\n\nTS. Phan Thanh Tùng",
    )
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "NỘI DUNG CÔNG VIỆC TUYỂN SINH NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 45/KH-CĐKTCN ngày 05/3/2027 của Trường Cao đẳng Kỹ thuật - Công nghệ "
        "Tây An Giang)",
        italic=True,
        center=True,
    )
    appendix = grid(
        doc,
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"],
        _H447_APPENDIX,
    )
    writers().set_widths(appendix, [0.52, 1.88, 1.1, 1.0, 0.9, 0.85])
    doc.save(path)


# ------------------------------------------------------------------------------------------- h448
def h448_docx(path: Path) -> None:
    """Ban Quản lý Vườn quốc gia Chư Mang: notice of the director's conclusions, tasks by unit."""
    doc = document(13)
    a4(doc)
    head_block(
        doc,
        "UBND TỈNH ĐẮK LẮK\nBAN QUẢN LÝ\nVƯỜN QUỐC GIA CHƯ MANG\n───────",
        NATIONAL,
        "Số: 27/TB-VQG",
        "Đắk Lắk, ngày 08 tháng 3 năm 2027",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Giám đốc Ban Quản lý tại cuộc họp giao ban tháng 3 năm 2027",
        bold=True,
        center=True,
    )
    _paras(
        doc,
        [
            "Ngày 05/3/2027, Giám đốc Ban Quản lý Vườn quốc gia Chư Mang chủ trì cuộc họp giao ban "
            "tháng 3 năm 2027. Tham dự có các Phó Giám đốc, Hạt trưởng Hạt Kiểm lâm, trưởng các "
            "phòng, Giám đốc Trung tâm Giáo dục môi trường và Dịch vụ môi trường rừng. Sau khi nghe "
            "báo cáo và ý kiến của các đơn vị, Giám đốc kết luận như sau:",
            "#I. ĐÁNH GIÁ CHUNG",
            "Trong tháng 02/2027, các đơn vị đã duy trì tuần tra, bảo vệ rừng; không để xảy ra cháy "
            "rừng; phát hiện, lập biên bản 03 vụ vi phạm. Tuy nhiên, thời tiết nắng nóng kéo dài, "
            "nguy cơ cháy rừng ở cấp IV - V tại các tiểu khu giáp ranh khu dân cư.",
            "#II. NHIỆM VỤ TRỌNG TÂM THÁNG 3 VÀ THÁNG 4 NĂM 2027",
            "1. Hạt Kiểm lâm Vườn quốc gia",
            "- Duy trì lực lượng trực phòng cháy, chữa cháy rừng 24/24 giờ trong các ngày nắng nóng; "
            "tăng cường tuần tra tại các tiểu khu 412, 418, 425 giáp ranh khu dân cư. Thời gian: "
            "thường xuyên trong mùa khô.",
            "- Phối hợp Công an xã Cư Drăm truy quét các điểm khai thác gỗ trái phép tại khu vực suối "
            "Ea Tul; hoàn thành trước ngày 31/3/2027.",
            "2. Phòng Khoa học và Hợp tác quốc tế",
            "- Hoàn thiện hồ sơ điều tra, giám sát đa dạng sinh học năm 2026 (đợt mùa khô), trình "
            "Giám đốc trước ngày 20/3/2027.",
            "- Chuẩn bị nội dung làm việc với Đoàn chuyên gia về dự án bảo tồn loài vượn má vàng; thời "
            "gian theo lịch làm việc của Đoàn.",
            "3. Trung tâm Giáo dục môi trường và Dịch vụ môi trường rừng",
            "- Tổ chức các hoạt động hưởng ứng Ngày Quốc tế về rừng (21/3) tại 03 trường tiểu học vùng đệm.",
            "- Rà soát, nghiệm thu diện tích khoán bảo vệ rừng quý I năm 2027 cho các cộng đồng dân cư "
            "thôn; hoàn thành trong tháng 4/2027.",
            "4. Phòng Tổ chức - Hành chính",
            "- Tham mưu kiện toàn các tổ, đội chữa cháy rừng chuyên trách; trình Giám đốc trước ngày "
            "15/3/2027.",
            "- Hoàn thành hồ sơ đề nghị nâng bậc lương trước thời hạn năm 2027, gửi Sở Nội vụ trước "
            "ngày 10/4/2027.",
            "5. Phòng Kế hoạch - Tài chính",
            "- Lập dự toán kinh phí bổ sung cho công tác phòng cháy, chữa cháy rừng mùa khô 2026 - "
            "2027, trình Sở Tài chính trước ngày 12/3/2027.",
            "- Phối hợp Trung tâm Giáo dục môi trường và Dịch vụ môi trường rừng chi trả tiền dịch vụ "
            "môi trường rừng năm 2026 cho các hộ nhận khoán; hoàn thành trước ngày 30/4/2027.",
            "#III. TỔ CHỨC THỰC HIỆN",
            "Giám đốc yêu cầu Hạt Kiểm lâm, các phòng và Trung tâm khẩn trương triển khai; báo cáo kết "
            "quả thực hiện về Ban Quản lý (qua Phòng Tổ chức - Hành chính) trước ngày 02/5/2027.",
            "Ban Quản lý Vườn quốc gia Chư Mang thông báo để các đơn vị biết, thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nông nghiệp và Môi trường (b/c);\n- Giám đốc, các Phó Giám đốc;\n"
        "- Hạt Kiểm lâm, các phòng, Trung tâm;\n- Lưu: VT, TCHC.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH\n\n\n\nY Thuấn Niê",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h449
def h449(path: Path) -> None:
    """Tòa án nhân dân tỉnh Cà Mau: a weekly calendar typed as dated day headings and dashes."""
    doc = document(13)
    a4(doc)
    head_block(
        doc,
        "TÒA ÁN NHÂN DÂN\nTỈNH CÀ MAU\n───────",
        NATIONAL,
        "Số: 23/LCT-TA",
        "Cà Mau, ngày 04 tháng 6 năm 2027",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN", bold=True, center=True)
    para(doc, "(Từ ngày 07/6/2027 đến ngày 11/6/2027)", italic=True, center=True)
    _paras(
        doc,
        [
            "#THỨ HAI (07/6/2027)",
            "- 7 giờ 30: Đồng chí Chánh án chủ trì giao ban lãnh đạo Tòa án tỉnh tuần 23. Thành phần: "
            "lãnh đạo Tòa án tỉnh, Chánh tòa các tòa chuyên trách, Chánh Văn phòng. Địa điểm: Phòng "
            "họp số 1. Văn phòng chuẩn bị.",
            '- 14 giờ 00: Xét xử phúc thẩm vụ án hình sự Trần Văn T. bị kháng cáo về tội "Trộm cắp '
            'tài sản". Chủ tọa: Thẩm phán Nguyễn Hoàng Phúc. Địa điểm: Phòng xử án số 2. Tòa Hình sự '
            "chuẩn bị.",
            "#THỨ BA (08/6/2027)",
            "- Cả ngày: Đồng chí Phó Chánh án Lâm Thị Hồng Nhung làm việc tại cơ quan.",
            '- 7 giờ 30: Xét xử phúc thẩm vụ án dân sự "Tranh chấp quyền sử dụng đất" giữa nguyên '
            "đơn bà Lý Thị M. và bị đơn ông Phan Văn K. Chủ tọa: Thẩm phán Võ Minh Tâm. Địa điểm: "
            "Phòng xử án số 1. Tòa Dân sự chuẩn bị.",
            "- 14 giờ 00: Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng 6 tháng đầu năm "
            "2027. Thành phần: thành viên Hội đồng. Phòng Tổ chức - Thi đua chuẩn bị.",
            "#THỨ TƯ (09/6/2027)",
            "- 7 giờ 30: Tập huấn kỹ năng giải quyết các vụ việc hôn nhân và gia đình cho Thẩm phán, "
            "Thư ký Tòa án nhân dân khu vực 1, 2, 3 (trực tuyến). Tòa Gia đình và người chưa thành "
            "niên chuẩn bị.",
            "- 14 giờ 00: Đồng chí Chánh án tiếp công dân định kỳ tại Phòng tiếp công dân. Văn phòng "
            "chuẩn bị.",
            "#THỨ NĂM (10/6/2027)",
            "- 7 giờ 30: Xét xử sơ thẩm vụ án hành chính người khởi kiện Công ty TNHH Thủy sản Tân "
            "Thành yêu cầu hủy quyết định xử phạt vi phạm hành chính. Chủ tọa: Thẩm phán Đặng Thị "
            "Kiều. Tòa Hành chính chuẩn bị.",
            "- 14 giờ 00: Kiểm tra công tác chuyên môn tại Tòa án nhân dân khu vực 2 (dự kiến). Thành "
            "phần: đồng chí Phó Chánh án Lâm Thị Hồng Nhung, Phòng Kiểm tra nghiệp vụ. Phòng Kiểm tra "
            "nghiệp vụ chuẩn bị.",
            "#THỨ SÁU (11/6/2027)",
            '- 7 giờ 30: Xét xử phúc thẩm vụ án kinh doanh, thương mại "Tranh chấp hợp đồng tín dụng" '
            "giữa Ngân hàng TMCP Phương Nam - Chi nhánh Cà Mau và Công ty TNHH Minh Khôi. Chủ tọa: "
            "Thẩm phán Trần Quốc Việt. Tòa Kinh tế chuẩn bị.",
            "- 14 giờ 00: Họp xét, quyết định giảm thời hạn chấp hành án phạt tù dịp Quốc khánh 2/9 cho "
            "phạm nhân tại Trại giam Cái Tàu. Tòa Hình sự chuẩn bị.",
            "- Trực lãnh đạo thứ Bảy, Chủ nhật (12 - 13/6/2027): đồng chí Phó Chánh án Trần Quốc Việt.",
            "Lịch công tác có thay đổi, Văn phòng sẽ thông báo bổ sung.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Lãnh đạo Tòa án tỉnh;\n- Các tòa chuyên trách, phòng, Văn phòng;\n"
        "- TAND khu vực 1, 2, 3;\n- Cổng TTĐT;\n- Lưu: VT, VP.",
        "TL. CHÁNH ÁN\nCHÁNH VĂN PHÒNG\n\n\n\nNguyễn Văn Tài",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h450
def h450(path: Path) -> None:
    """Chi cục Hải quan khu vực VI (Lạng Sơn): a dispatch giving each unit its tasks."""
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "CỤC HẢI QUAN\nCHI CỤC HẢI QUAN KHU VỰC VI\n───────",
        NATIONAL,
        "Số: 1245/HQKVVI-NV\nV/v triển khai các giải pháp thu ngân sách nhà nước 6 tháng cuối năm 2027",
        "Lạng Sơn, ngày 06 tháng 7 năm 2027",
    )
    _paras(
        doc,
        [
            "Kính gửi:",
            "- Hải quan cửa khẩu quốc tế Hữu Nghị;",
            "- Hải quan cửa khẩu Tân Thanh;",
            "- Hải quan ga đường sắt liên vận quốc tế Đồng Đăng;",
            "- Đội Kiểm soát hải quan;",
            "- Đội Nghiệp vụ;",
            "- Đội Kiểm tra sau thông quan;",
            "- Đội Tổng hợp.",
            "Thực hiện Công văn số 3120/CHQ-NVTHQ ngày 30/6/2027 của Cục Hải quan về việc tăng cường "
            "công tác thu ngân sách nhà nước 6 tháng cuối năm 2027; để hoàn thành chỉ tiêu thu ngân "
            "sách năm 2027 được giao là 6.850 tỷ đồng (6 tháng đầu năm thu được 3.012 tỷ đồng, bằng "
            "44% chỉ tiêu), Chi cục trưởng yêu cầu các đơn vị triển khai các nội dung sau:",
            "1. Các Hải quan cửa khẩu:",
            "a) Theo dõi sát diễn biến kim ngạch, số thu của từng mặt hàng, từng doanh nghiệp có số "
            "thu lớn; báo cáo Chi cục (qua Đội Nghiệp vụ) trước ngày 05 hằng tháng.",
            "b) Thực hiện nghiêm việc kiểm tra trị giá, mã số, xuất xứ đối với hàng hóa nhập khẩu có "
            "rủi ro cao; không để phát sinh nợ thuế quá hạn mới.",
            "2. Đội Nghiệp vụ:",
            "a) Rà soát, phân loại nợ thuế đến ngày 30/6/2027, đề xuất biện pháp thu hồi nợ đối với "
            "từng doanh nghiệp; hoàn thành trước ngày 25/7/2027.",
            "b) Tổng hợp, báo cáo Chi cục trưởng tiến độ thu ngân sách định kỳ vào chiều thứ Sáu hằng tuần.",
            "c) Chủ trì tổ chức hội nghị đối thoại doanh nghiệp về chính sách thuế xuất khẩu, nhập khẩu "
            "trong tháng 8/2027.",
            "3. Đội Kiểm tra sau thông quan:",
            "a) Triển khai kế hoạch kiểm tra sau thông quan 6 tháng cuối năm 2027, tập trung vào doanh "
            "nghiệp nhập khẩu máy móc, thiết bị và phân bón; hoàn thành 100% số cuộc kiểm tra theo kế "
            "hoạch trước ngày 15/12/2027.",
            "b) Đôn đốc thu đủ số tiền thuế ấn định sau kiểm tra, thực hiện thường xuyên.",
            "4. Đội Kiểm soát hải quan: Tăng cường kiểm tra, giám sát, phòng, chống buôn lậu, gian lận "
            "thương mại tại các cặp chợ biên giới và đường mòn, lối mở; thực hiện thường xuyên.",
            "5. Đội Tổng hợp: Tham mưu Chi cục trưởng tổ chức sơ kết công tác thu ngân sách 9 tháng "
            "năm 2027 trong tháng 10/2027.",
            "Chi cục yêu cầu các đơn vị nghiêm túc triển khai; kết quả thực hiện báo cáo về Chi cục "
            "(qua Đội Tổng hợp) cùng báo cáo công tác hằng tháng. Quá trình thực hiện nếu có vướng "
            "mắc, báo cáo Chi cục trưởng (qua Đội Nghiệp vụ) để được hướng dẫn./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Cục Hải quan (để b/c);\n- Chi cục trưởng, các Phó Chi cục trưởng;"
        "\n- Lưu: VT, NV.",
        "KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\n\n\n\nHoàng Văn Thắng",
    )
    doc.save(path)


# ------------------------------------------------------------------------------------------- h451
_H451_ROWS = [
    ("§", "I", "CÔNG TÁC THU THẬP, TỔNG HỢP THÔNG TIN THỐNG KÊ"),
    (
        "1",
        "Biên soạn báo cáo tình hình kinh tế - xã hội hằng tháng, quý của tỉnh",
        "Phòng Thống kê Tổng hợp",
        "Các phòng nghiệp vụ",
        "Ngày 06 hằng tháng",
        "",
    ),
    (
        "2",
        "Thực hiện Điều tra doanh nghiệp năm 2027 (thu thập thông tin)",
        "Phòng Thu thập thông tin thống kê",
        "Phòng Thống kê Kinh tế",
        "Từ 01/3 đến 31/5/2027",
        "Theo phương án của Cục Thống kê",
    ),
    (
        "3",
        "Điều tra lao động và việc làm",
        "Phòng Thống kê Xã hội",
        "Phòng Thu thập thông tin thống kê",
        "Hằng quý",
        "",
    ),
    (
        "4",
        "Điều tra năng suất, sản lượng lúa vụ Đông Xuân năm 2027",
        "Phòng Thống kê Kinh tế",
        "Phòng Thu thập thông tin thống kê",
        "Tháng 5 - 6",
        "",
    ),
    (
        "5",
        "Điều tra biến động dân số và kế hoạch hóa gia đình thời điểm 01/4/2027",
        "Phòng Thống kê Xã hội",
        "Phòng Thu thập thông tin thống kê",
        "Tháng 4",
        "",
    ),
    (
        "6",
        "Biên soạn và phát hành Niên giám Thống kê tỉnh năm 2026",
        "Phòng Thống kê Tổng hợp",
        "Văn phòng",
        "Trước 30/6/2027",
        "Phát hành 350 cuốn",
    ),
    ("§", "II", "CÔNG TÁC PHỔ BIẾN THÔNG TIN VÀ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN"),
    (
        "7",
        "Cập nhật số liệu thống kê lên Trang thông tin điện tử của Thống kê tỉnh",
        "Văn phòng",
        "Phòng Thống kê Tổng hợp",
        "Thường xuyên",
        "",
    ),
    (
        "8",
        "Tổ chức họp báo công bố số liệu kinh tế - xã hội năm 2027",
        "Phòng Thống kê Tổng hợp",
        "Văn phòng",
        "Cuối tháng 12",
        "",
    ),
    ("§", "III", "CÔNG TÁC TỔ CHỨC, HÀNH CHÍNH VÀ KIỂM TRA"),
    (
        "9",
        "Rà soát, xây dựng Đề án vị trí việc làm của Thống kê tỉnh sau sắp xếp",
        "Văn phòng",
        "Các phòng",
        "Quý II",
        "",
    ),
    (
        "10",
        "Tổ chức các hoạt động kỷ niệm 81 năm Ngày thành lập ngành Thống kê (06/5/1946 - 06/5/2027)",
        "Văn phòng",
        "Công đoàn cơ sở",
        "Tháng 5",
        "",
    ),
    (
        "11",
        "Kiểm tra việc chấp hành chế độ báo cáo thống kê của các doanh nghiệp",
        "Phòng Thống kê Kinh tế",
        "Văn phòng",
        "Theo kế hoạch riêng",
        "",
    ),
    (
        "12",
        "Tổng kết công tác năm 2027, triển khai nhiệm vụ năm 2028",
        "Văn phòng",
        "Các phòng",
        "Tháng 12",
        "",
    ),
]


def h451_xlsx(path: Path) -> None:
    """Thống kê tỉnh Phú Thọ: yearly programme as a sheet, section rows and merged leaders."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "CTCT 2027"
    ws["A1"], ws["A2"] = "CỤC THỐNG KÊ", "THỐNG KÊ TỈNH PHÚ THỌ"
    ws["E1"], ws["E2"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:C2")
    ws.merge_cells("E1:H1")
    ws.merge_cells("E2:H2")
    ws["A4"] = "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027"
    ws["A5"] = "(Kèm theo Quyết định số 12/QĐ-TKPT ngày 08/01/2027 của Trưởng Thống kê tỉnh Phú Thọ)"
    ws.merge_cells("A4:H4")
    ws.merge_cells("A5:H5")
    for ref in ("A1", "A2", "E1", "E2", "A4"):
        ws[ref].font = Font(bold=True)
        ws[ref].alignment = Alignment(horizontal="center")
    ws["A5"].alignment = Alignment(horizontal="center")
    header = [
        "STT",
        "Nội dung công việc",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Ghi chú",
        "Lãnh đạo phụ trách",
    ]
    ws.append([])
    ws.append(header)
    head_row = ws.max_row
    spans = []
    for row in _H451_ROWS:
        if row[0] == "§":
            ws.append([row[1], row[2]])
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
            ws.cell(ws.max_row, 1).font = Font(bold=True)
            ws.cell(ws.max_row, 2).font = Font(bold=True)
            spans.append([ws.max_row + 1, ws.max_row])
            continue
        ws.append(list(row))
        spans[-1][1] = ws.max_row
    leaders = [
        "Đ/c Hà Văn Nam\nPhó Trưởng Thống kê tỉnh",
        "Đ/c Hà Văn Nam\nPhó Trưởng Thống kê tỉnh",
        "Đ/c Bùi Thị Thanh Hương\nTrưởng Thống kê tỉnh",
    ]
    for (first, last), leader in zip(spans, leaders, strict=True):
        ws.cell(first, 7).value = leader
        ws.merge_cells(start_row=first, start_column=7, end_row=last, end_column=7)
    wrap(ws, head_row + 1, vertical="top")
    bold_header(ws, head_row)
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Ghi chú: Các phòng báo cáo kết quả thực hiện Chương trình về Văn phòng trước ngày 20 của tháng "
        "cuối quý để tổng hợp, báo cáo Trưởng Thống kê tỉnh."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=7)
    ws.cell(last + 4, 5).value = "TRƯỞNG THỐNG KÊ TỈNH"
    ws.cell(last + 8, 5).value = "Bùi Thị Thanh Hương"
    ws.cell(last + 4, 5).font = Font(bold=True)
    ws.cell(last + 8, 5).font = Font(bold=True)
    for col, width in zip("ABCDEFG", [6, 48, 24, 24, 16, 20, 22], strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# ------------------------------------------------------------------------------------------- h452
_H452_ROWS = [
    ("§", "A", "CHỈ TIÊU SẢN XUẤT"),
    ("1", "Sản lượng nước sản xuất", "m³", 9850000, 10400000, 5100000, "Xí nghiệp Sản xuất nước", "Năm 2027"),
    ("2", "Tỷ lệ mẫu nước sau xử lý đạt QCVN 01-1:2024/BYT", "%", 100, 100, 100, None, "Hằng tháng"),
    (
        "3",
        "Tỷ lệ nước thất thoát, thất thu",
        "%",
        17.8,
        "≤ 16,5",
        "≤ 17,0",
        "Đội Chống thất thoát nước",
        "Năm 2027",
    ),
    ("§", "B", "CHỈ TIÊU KINH DOANH"),
    ("4", "Sản lượng nước thương phẩm", "m³", 8100000, 8680000, 4250000, "Phòng Kinh doanh", "Năm 2027"),
    ("5", "Doanh thu tiền nước", "triệu đồng", 98500, 107200, 52300, None, "Năm 2027"),
    ("6", "Phát triển khách hàng sử dụng nước mới", "khách hàng", 2350, 2800, 1300, None, "Năm 2027"),
    (
        "7",
        "Tỷ lệ hóa đơn tiền nước thanh toán không dùng tiền mặt",
        "%",
        61,
        75,
        68,
        "Phòng Tài chính - Kế toán",
        "Quý IV",
    ),
    ("§", "C", "CHỈ TIÊU ĐẦU TƯ, SỬA CHỮA"),
    ("8", "Lắp đặt mới tuyến ống phân phối D110 - D200", "km", 9.6, 12.5, 4, "Ban Quản lý dự án", "Quý III"),
    (
        "9",
        "Thay thế đồng hồ nước hết hạn kiểm định",
        "cái",
        3850,
        4200,
        4200,
        "Đội Quản lý mạng lưới",
        "Trước 30/6/2027",
    ),
    (
        "10",
        "Cải tạo bể lắng Nhà máy nước Thạch Linh",
        "công trình",
        None,
        1,
        1,
        "Ban Quản lý dự án",
        "Quý II",
    ),
    ("§", "D", "CHỈ TIÊU LAO ĐỘNG, TIỀN LƯƠNG"),
    (
        "11",
        "Thu nhập bình quân của người lao động",
        "triệu đồng/người/tháng",
        10.2,
        10.8,
        10.5,
        "Phòng Tổ chức - Hành chính",
        "Năm 2027",
    ),
]


def h452_xlsx(path: Path) -> None:
    """Công ty CP Cấp nước Sông Ngàn: indicator sheet, two header rows, merged lead cells."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu 2027"
    ws["A1"] = "CÔNG TY CỔ PHẦN CẤP NƯỚC SÔNG NGÀN"
    ws["A2"] = "BẢNG GIAO CHỈ TIÊU KẾ HOẠCH SẢN XUẤT KINH DOANH NĂM 2027"
    ws["A3"] = "(Kèm theo Quyết định số 35/QĐ-CNSN ngày 12/01/2027 của Giám đốc Công ty)"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 1).font = Font(bold=r < 3, italic=r == 3)
    top = [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Thực hiện năm 2026",
        "Kế hoạch năm 2027",
        None,
        "Đơn vị thực hiện",
        "Thời hạn hoàn thành",
        "Ghi chú",
    ]
    sub = [None, None, None, None, "Cả năm", "6 tháng đầu năm", None, None, None]
    for c, v in enumerate(top, start=1):
        ws.cell(5, c).value = v
    for c, v in enumerate(sub, start=1):
        ws.cell(6, c).value = v
    for c in (1, 2, 3, 4, 7, 8, 9):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells("E5:F5")
    bold_header(ws, 5)
    bold_header(ws, 6)
    r = 7
    for row in _H452_ROWS:
        if row[0] == "§":
            ws.cell(r, 1).value, ws.cell(r, 2).value = row[1], row[2]
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
            ws.cell(r, 1).font = ws.cell(r, 2).font = Font(bold=True)
        else:
            for c, v in enumerate(row, start=1):
                ws.cell(r, c).value = v
        r += 1
    # the lead printed once over the rows it leads (A.1–2, B.4–6)
    ws.merge_cells("G8:G9")
    ws.merge_cells("G12:G14")
    ws["I17"] = "Tuyến Linh Cảm - Tùng Ảnh"
    wrap(ws, 7)
    ws.cell(r + 1, 1).value = (
        "Ghi chú: Các đơn vị báo cáo kết quả thực hiện chỉ tiêu về Phòng Kế hoạch - Kỹ thuật trước ngày "
        "05 hằng tháng để tổng hợp, báo cáo Giám đốc."
    )
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
    ws.cell(r + 3, 7).value = "GIÁM ĐỐC"
    ws.cell(r + 7, 7).value = "Nguyễn Đình Long"
    for col, width in zip("ABCDEFGHI", [6, 42, 14, 14, 14, 14, 24, 16, 20], strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


def batch_h443() -> None:
    """Writes h443–h452 into docs/ (or ../docs once moved)."""
    h443(_out("h443_ct_mttq_tinh_nam_2027.docx"))
    h444(_out("h444_kh_tinh_doan_thang_thanh_nien.docx"))
    h445(_out("h445_tb_ket_luan_dang_uy_co_quan_dang.docx"))
    h449(_out("h449_lich_tuan_toa_an_tinh_van_xuoi.docx"))
    h450(_out("h450_cv_hai_quan_khu_vuc_thu_ngan_sach.docx"))
    h451_xlsx(_out("h451_ct_thong_ke_tinh_nam_2027.xlsx"))
    h452_xlsx(_out("h452_chi_tieu_cap_nuoc_sxkd.xlsx"))
    with tempfile.TemporaryDirectory() as tmp:
        for write, stem, ext in (
            (h446_docx, "h446_lich_tuan_ttyt_khu_vuc", "doc"),
            (h447_docx, "h447_kh_tuyen_sinh_cao_dang_phu_luc", "pdf"),
            (h448_docx, "h448_tb_ket_luan_giao_ban_vqg", "odt"),
        ):
            src = Path(tmp) / f"{stem}.docx"
            write(src)
            soffice(src, ext, _out(f"{stem}.{ext}"))
