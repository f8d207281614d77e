"""Held-out batch h643–h652, written by h13author61 blind to the importer: ten documents of a border
guard station (Đồn Biên phòng), a provincial Department of Home Affairs, a fisheries sub-department,
a provincial tourism promotion centre, a provincial project management board for civil works, a
public kindergarten, a district Party Committee's Propaganda Board, a provincial traditional
medicine hospital, the Office of the provincial National Assembly Delegation and People's Council,
and a commune health station. Every name, person, place, number and date in them is invented (the
province of Sơn Hải is fictional)."""

import datetime
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
    "h648_kh_mam_non_thang_01_2027",  # h13fixUF
    "h647_chi_tieu_ban_qlda_dan_dung_2027",  # h13fixUE
    "h645_cv_chi_cuc_thuy_san_iuu",  # h13fixUD
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h643_docx(h, path: Path) -> None:
    """Border guard station: a Tết plan, its tasks in a table with a unit column and a commander column."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "BĐBP TỈNH SƠN HẢI\nĐỒN BIÊN PHÒNG CỬA KHẨU PHÚ LÂM\n───────\nSố: 215/KH-ĐCKPL",
        right2="Phú Lâm, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Bảo vệ chủ quyền lãnh thổ, an ninh biên giới dịp Tết Dương lịch và Tết Nguyên đán Đinh "
        "Mùi năm 2027",
        "Thực hiện Kế hoạch số 1187/KH-BCH ngày 28/11/2026 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh về bảo vệ "
        "biên giới dịp Tết năm 2027, Đồn Biên phòng cửa khẩu Phú Lâm xây dựng Kế hoạch thực hiện như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nắm chắc tình hình, chủ động xử lý kịp thời các tình huống trên tuyến biên giới, không để bị "
        "động, bất ngờ; bảo đảm để nhân dân trên địa bàn đón Tết vui tươi, lành mạnh, an toàn.",
        "2. Duy trì nghiêm chế độ sẵn sàng chiến đấu; bảo đảm thông quan thuận lợi hàng hóa, phương tiện "
        "qua cửa khẩu Phú Lâm trong thời gian cao điểm.",
        "**II. NỘI DUNG, BIỆN PHÁP",
        "(Chi tiết nhiệm vụ, lực lượng và thời gian tại bảng dưới đây)",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        ["TT", "Nội dung nhiệm vụ", "Lực lượng thực hiện", "Chỉ huy phụ trách", "Thời gian"],
        [
            ("§", "1", "Công tác nắm tình hình"),
            [
                "1.1",
                "Nắm tình hình địa bàn, nhất là hoạt động xuất nhập cảnh trái phép, buôn lậu hàng hóa qua "
                "đường mòn, lối mở",
                "Đội Trinh sát",
                "Phó Đồn trưởng Trinh sát",
                "Thường xuyên",
            ],
            [
                "1.2",
                "Rà soát, lập danh sách đối tượng có biểu hiện tổ chức, môi giới đưa người xuất cảnh "
                "trái phép",
                "Đội Trinh sát (phối hợp Công an xã Phú Lâm)",
                "Phó Đồn trưởng Trinh sát",
                "Trước 20/12/2026",
            ],
            ("§", "2", "Công tác tuần tra, kiểm soát"),
            [
                "2.1",
                "Tổ chức tuần tra, kiểm soát đường biên, mốc giới từ mốc 214 đến mốc 229; tăng mật độ tuần "
                "tra ban đêm",
                "Đội Vũ trang",
                "Phó Đồn trưởng Quân sự",
                "Từ 15/12/2026 đến 28/02/2027",
            ],
            [
                "2.2",
                "Kiểm tra, kiểm soát người, phương tiện xuất nhập cảnh tại cửa khẩu Phú Lâm; bảo đảm thông "
                "quan nhanh hàng nông sản",
                "Đội Thủ tục",
                "Đồn trưởng",
                "Hằng ngày",
            ],
            [
                "2.3",
                "Tuần tra song phương với lực lượng bảo vệ biên giới nước láng giềng theo kế hoạch đã thống "
                "nhất",
                "Đội Vũ trang",
                "Đồn trưởng",
                "Hằng tháng (ngày 15)",
            ],
            ("§", "3", "Công tác vận động quần chúng, tuyên truyền"),
            [
                "3.1",
                "Tuyên truyền Luật Biên giới quốc gia, Hiệp định về quy chế quản lý biên giới cho "
                "nhân dân 03 "
                "thôn biên giới",
                "Đội Vận động quần chúng",
                "Chính trị viên phó",
                "Tháng 12/2026",
            ],
            [
                "3.2",
                'Tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản", trao 150 suất quà cho hộ nghèo, '
                "học sinh có hoàn cảnh khó khăn",
                "Đội Vận động quần chúng; Đội Tổng hợp",
                "Chính trị viên",
                "Trước 30/01/2027",
            ],
            ("§", "4", "Công tác bảo đảm"),
            [
                "4.1",
                "Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực chỉ huy, trực ban 24/24 giờ",
                "Đội Tổng hợp",
                "Đồn trưởng",
                "Từ 25/12/2026 đến hết ngày 14/02/2027",
            ],
            [
                "4.2",
                "Bảo đảm hậu cần, quân y; tổ chức đón Tết cho cán bộ, chiến sĩ tại đơn vị",
                "Đội Tổng hợp",
                "Phó Đồn trưởng Quân sự",
                "Trước 03/02/2027",
            ],
        ],
        widths=[1.2, 11.0, 5.0, 4.2, 4.2],
    )
    lines = [
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Đội Tổng hợp là cơ quan thường trực, giúp Chỉ huy Đồn theo dõi, đôn đốc các đội thực hiện Kế "
        "hoạch này.",
        "2. Các đội báo cáo kết quả thực hiện về Chỉ huy Đồn (qua Đội Tổng hợp) trước ngày 20/02/2027 để "
        "tổng hợp, báo cáo Bộ Chỉ huy Bộ đội Biên phòng tỉnh.",
        "3. Đề nghị Ủy ban nhân dân xã Phú Lâm chỉ đạo Công an xã, Ban Chỉ huy quân sự xã phối hợp chặt chẽ "
        "với Đồn trong quản lý người ra vào khu vực biên giới, giữ gìn an ninh trật tự dịp Tết.",
        "4. Các đồng chí trong Ban Chỉ huy Đồn theo lĩnh vực được phân công chỉ đạo, kiểm tra các đội thực "
        "hiện.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Bộ Chỉ huy BĐBP tỉnh (b/c);\n- Đảng ủy, UBND xã Phú Lâm;\n- Ban Chỉ huy "
        "Đồn;\n- Các đội;"
        "\n- Lưu: VT, TH.",
        "ĐỒN TRƯỞNG\n\n\n\nThiếu tá Hoàng Đức Lâm",
    )
    doc.save(path)


def h644_xlsx(h, path: Path) -> None:
    """Department of Home Affairs: a yearly programme sheet, the leader merged down over each group."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "CT 2027"
    title_rows(
        ws,
        [
            "UBND TỈNH SƠN HẢI - SỞ NỘI VỤ",
            "DANH MỤC NHIỆM VỤ CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027 CỦA SỞ NỘI VỤ",
            "(Kèm theo Quyết định số 412/QĐ-SNV ngày 05/12/2026 của Giám đốc Sở Nội vụ)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Lãnh đạo Sở phụ trách",
            "Thời gian trình/ hoàn thành",
            "Ghi chú",
        ]
    )
    bold_header(ws, 5)
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])
    rows = [
        ["I", "CÔNG TÁC TỔ CHỨC BỘ MÁY, BIÊN CHẾ"],
        [
            1,
            "Tham mưu UBND tỉnh ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế và cán bộ, "
            "công chức, viên chức tỉnh Sơn Hải",
            "Phòng Tổ chức bộ máy và Biên chế (TCBM-BC)",
            "Văn phòng Sở; Thanh tra Sở",
            "PGĐ Nguyễn Hữu Thắng",
            "Quý I",
            "Quyết định của UBND tỉnh",
        ],
        [
            2,
            "Thẩm định đề án vị trí việc làm của các đơn vị sự nghiệp công lập thuộc UBND tỉnh",
            "Phòng TCBM-BC",
            "Các sở, ban, ngành",
            None,
            "Thường xuyên",
            "",
        ],
        [
            3,
            "Xây dựng Kế hoạch giao biên chế công chức, số lượng người làm việc năm 2028",
            "Phòng TCBM-BC",
            "Sở Tài chính",
            None,
            "Tháng 9",
            "Trình UBND tỉnh",
        ],
        ["II", "CÔNG TÁC CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"],
        [
            4,
            "Tổ chức thi tuyển công chức hành chính tỉnh năm 2027",
            "Phòng Công chức, viên chức (CCVC)",
            "Văn phòng Sở",
            "Giám đốc Sở Lê Thị Hòa",
            "Quý II - Quý III",
            "",
        ],
        [
            5,
            "Thẩm định hồ sơ thăng hạng chức danh nghề nghiệp viên chức ngành giáo dục, y tế",
            "Phòng CCVC",
            "Sở Giáo dục và Đào tạo; Sở Y tế",
            None,
            "Theo kế hoạch của UBND tỉnh",
            "",
        ],
        ["III", "CÔNG TÁC CẢI CÁCH HÀNH CHÍNH, VĂN THƯ, LƯU TRỮ"],
        [
            6,
            "Tổng hợp, báo cáo kết quả tự đánh giá Chỉ số cải cách hành chính năm 2026 của tỉnh, gửi "
            "Bộ Nội vụ",
            "Phòng Cải cách hành chính và Văn thư, lưu trữ (CCHC-VTLT)",
            "Các sở, ban, ngành; UBND cấp xã",
            "PGĐ Trần Minh Khoa",
            "Trước 15/02/2027",
            "",
        ],
        [
            7,
            "Kiểm tra công tác cải cách hành chính, văn thư, lưu trữ tại 12 cơ quan, đơn vị",
            "Phòng CCHC-VTLT",
            "Thanh tra Sở",
            None,
            "Tháng 5 - Tháng 10",
            "Theo Kế hoạch kiểm tra",
        ],
        ["IV", "CÔNG TÁC THI ĐUA, KHEN THƯỞNG"],
        [
            8,
            "Tham mưu tổ chức Hội nghị tổng kết phong trào thi đua yêu nước năm 2026 của tỉnh",
            "Ban Thi đua - Khen thưởng (Ban TĐKT)",
            "Văn phòng Sở",
            "Giám đốc Sở Lê Thị Hòa",
            "Tháng 01",
            "",
        ],
        [
            9,
            "Thẩm định hồ sơ đề nghị khen thưởng cấp Nhà nước, trình Hội đồng Thi đua - Khen thưởng tỉnh",
            "Ban TĐKT",
            "",
            None,
            "Hằng tháng",
            "",
        ],
        ["V", "CÔNG TÁC LAO ĐỘNG, VIỆC LÀM VÀ CÔNG TÁC CHUNG"],
        [
            10,
            "Triển khai Chương trình hỗ trợ kết nối việc làm cho lao động khu vực nông thôn (3.000 lượt "
            "lao động)",
            "Phòng Lao động - Việc làm",
            "Trung tâm Dịch vụ việc làm tỉnh",
            "PGĐ Đỗ Văn Tài",
            "Tháng 3 - Tháng 11",
            "",
        ],
        [
            11,
            "Xây dựng báo cáo công tác nội vụ 6 tháng đầu năm và năm 2027",
            "Văn phòng Sở",
            "Các phòng, đơn vị thuộc Sở",
            None,
            "Trước 15/6/2027 và 15/11/2027",
            "",
        ],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    wrap(ws, first)
    # the leader of each group merged down over its rows
    ws.merge_cells("E8:E10")
    ws.merge_cells("E12:E13")
    ws.merge_cells("E15:E16")
    ws.merge_cells("E18:E19")
    ws.merge_cells("E21:E22")
    last = ws.max_row
    notes = [
        "Ghi chú:",
        "- Thời gian tại cột (6) là thời gian trình Lãnh đạo Sở, UBND tỉnh hoặc thời gian hoàn thành; "
        "các nhiệm vụ trong năm 2027.",
        "- Các phòng, đơn vị thuộc Sở báo cáo tiến độ thực hiện nhiệm vụ về Văn phòng Sở trước ngày 25 "
        "của tháng cuối quý để tổng hợp, báo cáo Giám đốc Sở.",
    ]
    for offset, note in enumerate(notes, start=2):
        ws.cell(last + offset, 1).value = note
        ws.merge_cells(start_row=last + offset, start_column=1, end_row=last + offset, end_column=7)
    ws.cell(last + 7, 6).value = "GIÁM ĐỐC"
    ws.cell(last + 11, 6).value = "Lê Thị Hòa"
    column_widths(ws, [6, 48, 24, 22, 18, 18, 16])
    wb.save(path)


def h645_docx(h, path: Path) -> None:
    """Fisheries sub-department: a dispatch against IUU fishing, units as labels over lettered points
    (converted to .doc)."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH SƠN HẢI\nCHI CỤC THỦY SẢN\n───────\nSố: "
        "318/CCTS-KT&BVNL\nV/v tăng "
        "cường chống khai thác IUU cao điểm cuối năm 2026 và Quý I/2027",
        right2="Sơn Hải, ngày 03 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Ban Quản lý cảng cá Sơn Hải;",
        "- Ủy ban nhân dân phường Hòn Mây, xã Bến Đá;",
        "- Các phòng, trạm thuộc Chi cục.",
        "Thực hiện Công văn số 4417/SNNMT-TS ngày 27/11/2026 của Sở Nông nghiệp và Môi trường về việc "
        "tiếp tục khắc phục khuyến nghị của Ủy ban châu Âu (EC) về chống khai thác hải sản bất hợp pháp, "
        "không báo cáo và không theo quy định (IUU), Chi cục Thủy sản đề nghị các đơn vị triển khai ngay "
        "một số nội dung sau:",
        "**1. Ban Quản lý cảng cá Sơn Hải",
        "a) Kiểm soát 100% tàu cá có chiều dài từ 15 m trở lên cập cảng, rời cảng; không để tàu cá không "
        "đủ điều kiện xuất bến; thực hiện thường xuyên.",
        "b) Thu nhật ký khai thác, giám sát sản lượng bốc dỡ qua cảng, cập nhật đầy đủ lên Hệ thống truy "
        "xuất nguồn gốc thủy sản khai thác điện tử (eCDT) hằng ngày.",
        "c) Báo cáo số liệu tàu cá ra vào cảng, sản lượng bốc dỡ về Chi cục (qua Phòng Khai thác và Bảo vệ "
        "nguồn lợi thủy sản) trước 10 giờ thứ Sáu hằng tuần.",
        "**2. Phòng Khai thác và Bảo vệ nguồn lợi thủy sản (Phòng KT&BVNL)",
        "a) Chủ trì, phối hợp Bộ đội Biên phòng tỉnh rà soát, lập danh sách tàu cá mất kết nối thiết bị "
        "giám sát hành trình trên 6 giờ, tàu cá chưa đăng ký, đăng kiểm, cấp phép; hoàn thành trước ngày "
        "25/12/2026.",
        "b) Theo dõi hệ thống giám sát tàu cá 24/24 giờ, thông báo ngay cho chủ tàu, thuyền trưởng khi tàu "
        "cá vượt ranh giới cho phép trên biển.",
        "c) Lập hồ sơ, tham mưu Chi cục trưởng xử phạt vi phạm hành chính các trường hợp mất kết nối, vượt "
        "ranh giới đã được xác minh; hoàn thành trong tháng 01/2027.",
        "**3. Trạm Kiểm soát nghề cá Hòn Mây, Trạm Kiểm soát nghề cá Bến Đá",
        "Phối hợp Đồn Biên phòng kiểm tra, kiểm soát tàu cá xuất bến, nhập bến tại cửa lạch; thời gian từ "
        "ngày 15/12/2026 đến ngày 31/3/2027.",
        "**4. Văn phòng Chi cục",
        "In, cấp phát 2.000 tờ rơi tuyên truyền quy định chống khai thác IUU cho ngư dân; đăng tải văn bản "
        "hướng dẫn lên Trang thông tin điện tử của Chi cục trước ngày 31/12/2026.",
        "**5. Đề nghị Ủy ban nhân dân phường Hòn Mây, xã Bến Đá",
        "a) Chỉ đạo tuyên truyền, vận động chủ tàu, thuyền trưởng ký cam kết không vi phạm khai thác IUU; "
        "hoàn thành trong tháng 12/2026.",
        "b) Quản lý chặt chẽ tàu cá không đủ điều kiện hoạt động neo đậu tại địa phương, không để tàu "
        "tự ý rời bến.",
        "Các đơn vị báo cáo kết quả thực hiện Công văn này về Chi cục Thủy sản (qua Phòng KT&BVNL) trước "
        "ngày 20 hằng tháng, từ tháng 12/2026 đến tháng 3/2027, để tổng hợp báo cáo Sở Nông nghiệp và Môi "
        "trường.",
        "Đề nghị các đơn vị quan tâm phối hợp thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Sở Nông nghiệp và Môi trường (b/c);\n- BCH Bộ đội Biên phòng tỉnh (p/h);"
        "\n- Lãnh đạo Chi cục;\n- Lưu: VT, KT&BVNL.",
        "KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\n\n\n\nPhạm Quốc Bảo",
    )
    doc.save(path)


def h646_docx(h, path: Path) -> None:
    """Tourism promotion centre: a short plan, its activities in an appendix table with the time before
    the unit (converted to .pdf)."""
    doc = document()
    block = head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTỈNH SƠN HẢI\nTRUNG TÂM XÚC TIẾN DU LỊCH\n───────\nSố: "
        "87/KH-TTXTDL",
        right2="Sơn Hải, ngày 08 tháng 12 năm 2026",
    )
    h.set_widths(block, [3.1, 3.4])
    lines = [
        "##KẾ HOẠCH",
        "##Xúc tiến, quảng bá du lịch tỉnh Sơn Hải năm 2027",
        "Căn cứ Kế hoạch số 2256/KH-UBND ngày 14/11/2026 của UBND tỉnh về phát triển du lịch năm 2027; "
        "căn cứ dự toán ngân sách năm 2027 được giao, Trung tâm Xúc tiến du lịch xây dựng Kế hoạch xúc "
        "tiến, quảng bá du lịch năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Quảng bá hình ảnh, sản phẩm du lịch biển đảo, du lịch cộng đồng của tỉnh tới thị trường trong "
        "nước và các thị trường trọng điểm Hàn Quốc, Nhật Bản, Úc.",
        "- Phấn đấu năm 2027 đón 4,2 triệu lượt khách, trong đó 380 nghìn lượt khách quốc tế.",
        "**II. NHIỆM VỤ TRỌNG TÂM",
        "1. Tổ chức, tham gia các hội chợ, sự kiện xúc tiến du lịch trong nước và nước ngoài.",
        "2. Đổi mới nội dung, hình thức thông tin, truyền thông du lịch trên nền tảng số.",
        "(Danh mục hoạt động, thời gian và đơn vị thực hiện tại Phụ lục kèm theo)",
        "**III. KINH PHÍ",
        "Kinh phí thực hiện từ nguồn ngân sách tỉnh giao cho Trung tâm năm 2027 và nguồn xã hội hóa.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là bộ phận đầu mối, theo dõi, đôn đốc các phòng thực hiện Kế hoạch; "
        "tổng hợp khó khăn, vướng mắc báo cáo Giám đốc Trung tâm.",
        "2. Các phòng chuyên môn căn cứ nhiệm vụ được giao tại Phụ lục chủ động xây dựng kế hoạch chi tiết "
        "từng hoạt động.",
        "3. Các phòng báo cáo kết quả thực hiện về Phòng Hành chính - Tổng hợp trước ngày 15/6/2027 (báo cáo "
        "6 tháng) và trước ngày 15/11/2027 (báo cáo năm) để tổng hợp, báo cáo Sở Văn hóa, Thể thao và Du "
        "lịch.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở VHTTDL (b/c);\n- Ban Giám đốc;\n- Các phòng thuộc Trung tâm;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nNgô Thị Thanh Trúc",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "DANH MỤC HOẠT ĐỘNG XÚC TIẾN, QUẢNG BÁ DU LỊCH NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 87/KH-TTXTDL ngày 08/12/2026 của Trung tâm Xúc tiến du lịch)",
        italic=True,
        center=True,
    )
    appendix = grid(
        doc,
        [
            "TT",
            "Tên hoạt động",
            "Thời gian thực hiện",
            "Đơn vị thực hiện",
            "Đơn vị phối hợp",
            "Kinh phí (triệu đồng)",
        ],
        [
            ("§", "A", "XÚC TIẾN DU LỊCH TRONG NƯỚC"),
            [
                "1",
                "Tham gia Hội chợ Du lịch quốc tế Việt Nam (VITM Hà Nội 2027), dựng gian hàng du "
                "lịch Sơn Hải",
                "08 - 11/4/2027",
                "Phòng Xúc tiến và Hợp tác (Phòng XT&HT)",
                "Các doanh nghiệp lữ hành, lưu trú",
                "350",
            ],
            [
                "2",
                "Đón đoàn famtrip 30 doanh nghiệp lữ hành khảo sát sản phẩm du lịch biển đảo",
                "Tháng 5/2027",
                "Phòng XT&HT",
                "Hiệp hội Du lịch tỉnh",
                "180",
            ],
            [
                "3",
                "Phối hợp tổ chức Lễ hội Biển Sơn Hải năm 2027",
                "29/4 - 01/5/2027",
                "Phòng XT&HT",
                "UBND phường Hòn Mây",
                "420",
            ],
            [
                "4",
                "Tổ chức Tuần Văn hóa - Du lịch Sơn Hải tại Thành phố Hồ Chí Minh",
                "Quý III/2027",
                "Phòng XT&HT",
                "Sở VHTTDL",
                "600",
            ],
            ("§", "B", "XÚC TIẾN DU LỊCH NƯỚC NGOÀI"),
            [
                "5",
                "Tham gia Hội chợ Du lịch quốc tế ITB Berlin (CHLB Đức) cùng đoàn Cục Du lịch Quốc gia Việt "
                "Nam",
                "Tháng 3/2027",
                "Phòng XT&HT",
                "Cục Du lịch Quốc gia Việt Nam",
                "450",
            ],
            [
                "6",
                "Tổ chức chương trình giới thiệu điểm đến Sơn Hải tại Busan và Seoul (Hàn Quốc)",
                "Tháng 10 - 11/2027",
                "Phòng XT&HT",
                "Các hãng hàng không",
                "700",
            ],
            ("§", "C", "THÔNG TIN, TRUYỀN THÔNG DU LỊCH"),
            [
                "7",
                "In 20.000 ấn phẩm (bản đồ du lịch, cẩm nang du lịch) bằng tiếng Việt, Anh, Hàn",
                "Trước 31/3/2027",
                "Phòng Thông tin và Hỗ trợ du khách (Phòng TT&HTDK)",
                "",
                "240",
            ],
            [
                "8",
                "Sản xuất 03 video clip quảng bá du lịch Sơn Hải phát trên nền tảng số",
                "Quý II/2027",
                "Phòng TT&HTDK",
                "Đài Phát thanh và Truyền hình tỉnh",
                "300",
            ],
            [
                "9",
                "Cập nhật thông tin, hình ảnh trên Cổng thông tin du lịch Sơn Hải và các trang mạng "
                "xã hội của "
                "Trung tâm",
                "Thường xuyên",
                "Phòng TT&HTDK",
                "",
                "60",
            ],
            [
                "10",
                "Tổng hợp số liệu khách du lịch, doanh thu du lịch, báo cáo Sở VHTTDL",
                "Hằng tháng",
                "Phòng Hành chính - Tổng hợp",
                "Các cơ sở lưu trú",
                "",
            ],
            ["", "Tổng cộng", "", "", "", "3.300"],
        ],
    )
    h.set_widths(appendix, [0.4, 2.4, 1.0, 1.2, 1.0, 0.6])
    doc.save(path)


def h647_xlsx(h, path: Path) -> None:
    """Civil works project board: an indicator sheet of milestones per project, some dues real dates."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP TỈNH SƠN HẢI",
            "BIỂU CHỈ TIÊU TIẾN ĐỘ VÀ GIẢI NGÂN CÁC DỰ ÁN NĂM 2027",
            "(Ban hành kèm theo Quyết định số 596/QĐ-BQLDA ngày 04/12/2026 của Giám đốc Ban)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "TT",
            "Dự án / Chỉ tiêu",
            "Đơn vị tính",
            "Kế hoạch năm 2027",
            "Mốc hoàn thành",
            "Phòng phụ trách",
            "Ghi chú",
        ]
    )
    bold_header(ws, 5)
    rows = [
        ["I", "Dự án Bệnh viện Đa khoa tỉnh Sơn Hải (cơ sở 2)"],
        [
            1,
            "Giải ngân kế hoạch vốn năm 2027 của dự án",
            "Tỷ đồng",
            185,
            datetime.datetime(2028, 1, 31),
            "Phòng Kế hoạch - Tài chính (Phòng KH-TC)",
            "Vốn ngân sách tỉnh",
        ],
        [
            2,
            "Hoàn thành phần thân, cất nóc khối nhà điều trị nội trú 9 tầng",
            "% khối lượng",
            100,
            "Quý III/2027",
            "Phòng Quản lý dự án 1",
            "",
        ],
        ["II", "Dự án Trường THPT chuyên Sơn Hải (giai đoạn 2)"],
        [
            3,
            "Trình phê duyệt Báo cáo nghiên cứu khả thi đầu tư xây dựng",
            "Hồ sơ",
            1,
            "Tháng 3/2027",
            "Phòng Kỹ thuật - Thẩm định",
            "",
        ],
        [
            4,
            "Lựa chọn nhà thầu thi công xây lắp các gói thầu số 05, 06",
            "Gói thầu",
            2,
            datetime.datetime(2027, 6, 30),
            "Phòng KH-TC",
            "Đấu thầu qua mạng",
        ],
        [
            5,
            "Giải ngân kế hoạch vốn năm 2027 của dự án",
            "Tỷ đồng",
            42.5,
            datetime.datetime(2028, 1, 31),
            "Phòng KH-TC",
            "",
        ],
        ["III", "Dự án Trụ sở làm việc các cơ quan khối Đảng tỉnh"],
        [
            6,
            "Nghiệm thu, bàn giao công trình đưa vào sử dụng",
            "Công trình",
            1,
            datetime.datetime(2027, 5, 15),
            "Phòng Quản lý dự án 2",
            "",
        ],
        [
            7,
            "Lập hồ sơ quyết toán vốn đầu tư dự án hoàn thành, trình thẩm tra",
            "Hồ sơ",
            1,
            "Quý IV/2027",
            "Phòng KH-TC",
            "",
        ],
        ["IV", "Chỉ tiêu chung của Ban"],
        [
            8,
            "Cập nhật thông tin dự án lên Hệ thống thông tin quốc gia về đầu tư công",
            "Kỳ",
            12,
            "Hằng tháng",
            "Phòng KH-TC",
            "",
        ],
        [
            9,
            "Kiểm tra chất lượng, an toàn lao động tại các công trình đang thi công",
            "Lượt",
            12,
            "Hằng quý",
            "Phòng Kỹ thuật - Thẩm định",
            "Có biên bản",
        ],
        [
            10,
            "Tổ chức đánh giá năng lực nhà thầu tư vấn, thi công đang thực hiện hợp đồng với Ban",
            "Nhà thầu",
            15,
            "Trước 30/11/2027",
            "Phòng Kỹ thuật - Thẩm định",
            "",
        ],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
        if isinstance(ws.cell(at, 5).value, datetime.datetime):
            ws.cell(at, 5).number_format = "dd/mm/yyyy"
    wrap(ws, first)
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Ghi chú: Mốc hoàn thành giải ngân theo thời hạn giải ngân kế hoạch vốn năm 2027 (đến hết ngày "
        "31/01/2028). Các phòng báo cáo tiến độ thực hiện các chỉ tiêu về Phòng Kế hoạch - Tài chính trước "
        "ngày 22 hằng tháng để tổng hợp, báo cáo Sở Xây dựng và UBND tỉnh."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=7)
    wrap(ws, last + 2, "top")
    ws.row_dimensions[last + 2].height = 48
    ws.cell(last + 4, 5).value = "GIÁM ĐỐC"
    ws.cell(last + 8, 5).value = "Vương Đình Trọng"
    column_widths(ws, [6, 52, 12, 12, 14, 26, 18])
    wb.save(path)


def h648_docx(h, path: Path) -> None:
    """Public kindergarten: a month's plan in prose, each post a run-in label over its dashed tasks."""
    doc = document()
    head_block(
        doc,
        "UBND XÃ TÂN PHONG\nTRƯỜNG MẦM NON HOA SEN\n───────\nSố: 96/KH-MNHS",
        right2="Tân Phong, ngày 26 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Thực hiện nhiệm vụ tháng 01 năm 2027",
        "Căn cứ Kế hoạch số 41/KH-MNHS ngày 15/9/2026 của Trường Mầm non Hoa Sen về thực hiện nhiệm vụ "
        "năm học 2026 - 2027; căn cứ kết quả thực hiện nhiệm vụ tháng 12/2026, Trường Mầm non Hoa Sen xây "
        "dựng kế hoạch tháng 01/2027 như sau:",
        "**I. ĐẶC ĐIỂM TÌNH HÌNH",
        "Tổng số trẻ: 286 trẻ/10 nhóm, lớp (nhà trẻ 52 trẻ, mẫu giáo 234 trẻ); tỷ lệ chuyên cần tháng "
        "12/2026 đạt 94,3%; 100% trẻ ăn bán trú tại trường. Tổng số cán bộ, giáo viên, nhân viên: 31 người.",
        "**II. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN",
        "**1. Hiệu trưởng:",
        "- Tổ chức sơ kết học kỳ I năm học 2026 - 2027, hoàn thành trước ngày 15/01/2027.",
        "- Kiểm tra nội bộ việc thực hiện chế độ sinh hoạt một ngày của trẻ tại 04 lớp mẫu giáo, từ ngày "
        "18/01 đến ngày 29/01/2027.",
        "**2. Phó Hiệu trưởng phụ trách chuyên môn (cô Đặng Thu Hà):",
        '- Tổ chức chuyên đề cấp trường "Phát triển vận động cho trẻ mẫu giáo" vào ngày 21/01/2027 tại '
        "lớp Mẫu giáo lớn A1.",
        "- Duyệt kế hoạch giáo dục tháng 02/2027 của các nhóm, lớp trước ngày 28/01/2027.",
        "**3. Nhân viên y tế:",
        "- Cân, đo, đánh giá tình trạng dinh dưỡng của trẻ vào ngày 12/01/2027; cập nhật biểu đồ tăng "
        "trưởng, thông báo cho phụ huynh trẻ suy dinh dưỡng, thừa cân.",
        "- Kiểm tra vệ sinh, khử khuẩn phòng nhóm, đồ dùng, đồ chơi vào chiều thứ Sáu hằng tuần.",
        "**4. Kế toán:",
        "- Công khai các khoản thu, chi tiền ăn bán trú tháng 12/2026 trên bảng tin nhà trường trước ngày "
        "05/01/2027.",
        "- Hoàn thành hồ sơ quyết toán ngân sách năm 2026, nộp Kho bạc Nhà nước khu vực trước ngày "
        "20/01/2027.",
        "**5. Tổ trưởng tổ Nuôi dưỡng:",
        "- Kiểm tra thực phẩm theo quy trình ba bước, lưu mẫu thức ăn 24 giờ; thực hiện hằng ngày.",
        "**6. Giáo viên các nhóm, lớp:",
        '- Tổ chức cho trẻ hoạt động trải nghiệm "Bé vui đón Tết" tại lớp vào ngày 29/01/2027; trang trí '
        "lớp theo chủ đề mùa xuân.",
        "**7. Đề nghị Ban đại diện cha mẹ trẻ em nhà trường:",
        "- Phối hợp vận động phụ huynh ủng hộ nguyên vật liệu tái chế làm đồ dùng, đồ chơi cho trẻ, hoàn "
        "thành trước ngày 22/01/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "Các tổ chuyên môn, tổ văn phòng báo cáo kết quả thực hiện nhiệm vụ tháng 01/2027 về Hiệu trưởng "
        "trước ngày 28/01/2027 để tổng hợp, đánh giá tại cuộc họp hội đồng sư phạm tháng.",
        "Trên đây là kế hoạch thực hiện nhiệm vụ tháng 01/2027 của Trường Mầm non Hoa Sen, đề nghị cán bộ, "
        "giáo viên, nhân viên nghiêm túc thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Phòng Văn hóa - Xã hội xã (b/c);\n- CB, GV, NV nhà trường;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nLưu Thị Bích Ngọc",
    )
    doc.save(path)


def h649_docx(h, path: Path) -> None:
    """District Propaganda Board: a yearly programme table whose doer column names only posts."""
    doc = document()
    head_block(
        doc,
        "HUYỆN ỦY PHÚ LÂM\nBAN TUYÊN GIÁO\n*\nSố: 58-CTr/BTGHU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        right2="Phú Lâm, ngày 11 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC", bold=True, center=True)
    para(doc, "của Ban Tuyên giáo Huyện ủy năm 2027", bold=True, center=True)
    para(doc, "-----", center=True)
    para(
        doc,
        "Căn cứ Chương trình công tác năm 2027 của Ban Thường vụ Huyện ủy và hướng dẫn của Ban Tuyên giáo "
        "Tỉnh ủy, Ban Tuyên giáo Huyện ủy xây dựng Chương trình công tác năm 2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Thời gian", "Người chủ trì", "Phối hợp"],
        [
            ("§", "I", "CÔNG TÁC TUYÊN TRUYỀN"),
            [
                "1",
                "Hướng dẫn tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - "
                "03/02/2027) và mừng Xuân Đinh Mùi",
                "Tháng 1",
                "Phó Trưởng ban thường trực",
                "Trung tâm Văn hóa - Thể thao huyện",
            ],
            [
                "2",
                "Biên soạn, phát hành Tài liệu sinh hoạt chi bộ (bản tin nội bộ)",
                "Hằng tháng",
                "Chuyên viên phụ trách tuyên truyền",
                "",
            ],
            [
                "3",
                "Tổ chức Hội thi báo cáo viên giỏi cấp huyện năm 2027",
                "Tháng 5 - 6",
                "Phó Trưởng ban thường trực",
                "Huyện đoàn; Trung tâm Chính trị huyện",
            ],
            ("§", "II", "CÔNG TÁC LÝ LUẬN CHÍNH TRỊ"),
            [
                "4",
                "Hướng dẫn học tập, quán triệt các Nghị quyết Hội nghị Trung ương, Nghị quyết của Tỉnh ủy",
                "Sau khi có hướng dẫn của Ban Tuyên giáo Tỉnh ủy",
                "Trưởng ban",
                "Trung tâm Chính trị huyện",
            ],
            [
                "5",
                "Kiểm tra việc học tập lý luận chính trị, sinh hoạt chuyên đề tại 10 chi, đảng bộ cơ sở",
                "Quý III",
                "Chuyên viên phụ trách lý luận",
                "Ủy ban Kiểm tra Huyện ủy",
            ],
            [
                "6",
                "Tham mưu sơ kết 03 năm thực hiện nhiệm vụ bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản "
                "bác các quan điểm sai trái, thù địch",
                "Tháng 10",
                "Trưởng ban",
                "Công an huyện",
            ],
            ("§", "III", "CÔNG TÁC KHOA GIÁO"),
            [
                "7",
                "Tham mưu Ban Thường vụ Huyện ủy sơ kết thực hiện Chương trình chuyển đổi số huyện giai đoạn "
                "2026 - 2030",
                "6 tháng cuối năm",
                "Phó Trưởng ban",
                "Phòng Văn hóa và Thông tin huyện",
            ],
            [
                "8",
                "Theo dõi tình hình giáo dục, y tế trên địa bàn; tham mưu giải quyết vấn đề phát sinh",
                "Thường xuyên",
                "Chuyên viên phụ trách khoa giáo",
                "",
            ],
            ("§", "IV", "CÔNG TÁC DƯ LUẬN XÃ HỘI"),
            [
                "9",
                "Tổng hợp tình hình dư luận xã hội, báo cáo Ban Tuyên giáo Tỉnh ủy",
                "Ngày 20 hằng tháng",
                "Chuyên viên phụ trách dư luận xã hội",
                "Cộng tác viên dư luận xã hội",
            ],
            [
                "10",
                "Điều tra dư luận xã hội chuyên đề về công tác cải cách hành chính trên địa bàn huyện",
                "Tháng 8",
                "Phó Trưởng ban",
                "Văn phòng HĐND và UBND huyện",
            ],
            ("§", "V", "CÔNG TÁC KHÁC"),
            [
                "11",
                "Đánh giá kết quả thực hiện Chương trình năm 2027; xây dựng Chương trình công tác năm 2028",
                "Tháng 12",
                "Trưởng ban",
                "",
            ],
        ],
        widths=[1.0, 8.5, 2.6, 3.0, 3.2],
    )
    para(doc, "")
    para(
        doc,
        "Các đồng chí trong Ban căn cứ nhiệm vụ được phân công chủ động triển khai; trong quá trình thực "
        "hiện, Chương trình có thể được điều chỉnh, bổ sung cho phù hợp với yêu cầu nhiệm vụ.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Tuyên giáo Tỉnh ủy (b/c);\n- Thường trực Huyện ủy (b/c);\n- Các chi, đảng bộ cơ sở;"
        "\n- Lưu Ban Tuyên giáo.",
        "T/M BAN TUYÊN GIÁO\nTRƯỞNG BAN\n\n\n\nĐinh Công Hiếu",
    )
    doc.save(path)


def h650_docx(h, path: Path) -> None:
    """Traditional medicine hospital: the directors' weekly calendar, the day merged down its rows."""
    from batch_common import cell_text

    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ Y TẾ TỈNH SƠN HẢI\nBỆNH VIỆN Y DƯỢC CỔ TRUYỀN\n───────",
        right2="Sơn Hải, ngày 05 tháng 12 năm 2026",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM ĐỐC", bold=True, center=True)
    para(doc, "Tuần 50 (từ ngày 07/12/2026 đến ngày 13/12/2026)", italic=True, center=True)
    days = [
        (
            "Thứ Hai\n07/12/2026",
            [
                [
                    "07h30",
                    "Giao ban Ban Giám đốc với trưởng các khoa, phòng đầu tuần",
                    "BSCKII. Trịnh Văn Hậu - Giám đốc",
                    "Phòng họp tầng 2",
                    "Phòng Kế hoạch tổng hợp",
                ],
                ["14h00", "Giám đốc làm việc tại cơ quan, giải quyết công việc thường xuyên", "", "", ""],
            ],
        ),
        (
            "Thứ Ba\n08/12/2026",
            [
                [
                    "08h00",
                    "Kiểm tra công tác kiểm soát nhiễm khuẩn tại Khoa Châm cứu - Dưỡng sinh và Khoa "
                    "Nội - Lão",
                    "ThS.BS Lý Thị Ngọc - Phó Giám đốc",
                    "Các khoa",
                    "Phòng Điều dưỡng",
                ],
                [
                    "14h00",
                    "Họp Hội đồng Thuốc và điều trị: xây dựng danh mục thuốc cổ truyền, vị thuốc cổ "
                    "truyền năm 2027",
                    "BSCKII. Trịnh Văn Hậu - Giám đốc",
                    "Phòng họp tầng 2",
                    "Khoa Dược",
                ],
            ],
        ),
        (
            "Thứ Tư\n09/12/2026",
            [
                [
                    "08h00",
                    "Tiếp công dân định kỳ",
                    "BSCKII. Trịnh Văn Hậu - Giám đốc",
                    "Phòng tiếp công dân",
                    "Phòng Tổ chức - Hành chính",
                ],
                [
                    "14h00",
                    "Dự Hội nghị trực tuyến của Sở Y tế triển khai bệnh án điện tử tại các bệnh viện "
                    "tuyến tỉnh",
                    "Ban Giám đốc",
                    "Điểm cầu Bệnh viện",
                    "Tổ Công nghệ thông tin",
                ],
            ],
        ),
        (
            "Thứ Năm\n10/12/2026",
            [
                [
                    "08h00",
                    "Bình bệnh án, hội chẩn các ca bệnh khó chuyên khoa y học cổ truyền",
                    "BSCKI. Mạc Văn Khải - Phó Giám đốc",
                    "Hội trường",
                    "Khoa Nội - Nhi",
                ],
                [
                    "14h00",
                    "Làm việc với Đoàn kiểm tra của Bảo hiểm xã hội tỉnh về giám định chi phí khám, "
                    "chữa bệnh "
                    "BHYT quý III/2026",
                    "BSCKII. Trịnh Văn Hậu - Giám đốc",
                    "Phòng họp tầng 2",
                    "Phòng Tài chính - Kế toán",
                ],
            ],
        ),
        (
            "Thứ Sáu\n11/12/2026",
            [
                [
                    "08h00",
                    "Họp Hội đồng Khoa học công nghệ nghiệm thu 04 đề tài, sáng kiến cấp cơ sở năm 2026",
                    "BSCKII. Trịnh Văn Hậu - Giám đốc",
                    "Hội trường",
                    "Phòng Kế hoạch tổng hợp",
                ],
                ["14h00", "Phó Giám đốc Mạc Văn Khải làm việc tại cơ quan", "", "", ""],
            ],
        ),
        (
            "Thứ Bảy\n12/12/2026",
            [["Cả ngày", "Trực lãnh đạo: ThS.BS Lý Thị Ngọc - Phó Giám đốc", "", "", ""]],
        ),
        (
            "Chủ nhật\n13/12/2026",
            [
                [
                    "07h00",
                    "Khám, tư vấn, cấp thuốc y học cổ truyền miễn phí cho 200 người cao tuổi tại xã "
                    "Tân Phong "
                    "(dự kiến)",
                    "BSCKI. Mạc Văn Khải - Phó Giám đốc",
                    "Trạm Y tế xã Tân Phong",
                    "Khoa Khám bệnh",
                ],
            ],
        ),
    ]
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for c, text in zip(
        table.rows[0].cells,
        ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Địa điểm", "Đơn vị chuẩn bị"],
        strict=True,
    ):
        cell_text(c, text, bold=True, center=True)
    for day, entries in days:
        start = len(table.rows)
        for entry in entries:
            cells = table.add_row().cells
            for c, text in zip(cells[1:], entry, strict=True):
                cell_text(c, text)
        merged = table.cell(start, 0)
        if len(entries) > 1:
            merged = merged.merge(table.cell(start + len(entries) - 1, 0))
        cell_text(merged, day, bold=True, center=True)
    h.set_widths(table, [1.1, 0.7, 3.6, 1.9, 1.4, 1.6])
    para(doc, "")
    para(
        doc,
        "Ghi chú: Lịch có thể thay đổi; Phòng Tổ chức - Hành chính sẽ thông báo lịch điều chỉnh trên hệ "
        "thống quản lý văn bản điều hành.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Đăng Trang thông tin điện tử;\n- Lưu: VT, TCHC.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH\n\n\n\nCao Thị Minh Phương",
    )
    doc.save(path)


def h651_docx(h, path: Path) -> None:
    """Office of the NA Delegation and People's Council: a notice of the Standing Committee's conclusions
    before the year-end session, the doer opening each point."""
    doc = document()
    head_block(
        doc,
        "ĐOÀN ĐBQH VÀ HĐND TỈNH SƠN HẢI\nVĂN PHÒNG\n───────\nSố: 742/TB-VP",
        right2="Sơn Hải, ngày 05 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Chủ tịch Hội đồng nhân dân tỉnh tại phiên họp Thường trực HĐND tỉnh tháng 12/2026",
        "Ngày 04/12/2026, Thường trực Hội đồng nhân dân (HĐND) tỉnh tổ chức phiên họp thường kỳ "
        "tháng 12/2026 "
        "dưới sự chủ trì của đồng chí Vi Thị Hồng Lê, Chủ tịch HĐND tỉnh. Dự phiên họp có các Phó Chủ tịch "
        "HĐND tỉnh, lãnh đạo các Ban của HĐND tỉnh, đại diện lãnh đạo UBND tỉnh, Ủy ban Mặt trận Tổ quốc "
        "Việt Nam tỉnh và Văn phòng Đoàn ĐBQH và HĐND tỉnh (sau đây gọi là Văn phòng).",
        "Sau khi nghe Văn phòng báo cáo công tác chuẩn bị Kỳ họp thứ mười hai (kỳ họp thường lệ cuối năm "
        "2026) của HĐND tỉnh khóa XI, dự kiến khai mạc ngày 17/12/2026, bế mạc ngày 19/12/2026, và ý kiến "
        "của các đại biểu dự họp, Chủ tịch HĐND tỉnh kết luận như sau:",
        "**1. Về công tác chuẩn bị kỳ họp",
        "Thống nhất dự kiến nội dung, chương trình kỳ họp gồm 14 báo cáo, 23 tờ trình và dự thảo nghị quyết. "
        "Công tác chuẩn bị đến nay cơ bản bảo đảm tiến độ.",
        "**2. Nhiệm vụ cụ thể",
        "2.1. Ban Kinh tế - Ngân sách thẩm tra các dự thảo nghị quyết về dự toán thu, chi ngân sách địa "
        "phương và phân bổ ngân sách cấp tỉnh năm 2027; gửi báo cáo thẩm tra về Thường trực HĐND tỉnh trước "
        "17 giờ ngày 11/12/2026.",
        "2.2. Ban Pháp chế thẩm tra báo cáo công tác năm 2026 của Tòa án nhân dân, Viện kiểm sát nhân dân "
        "tỉnh và báo cáo công tác phòng, chống tham nhũng năm 2026 của UBND tỉnh, hoàn thành trước ngày "
        "12/12/2026.",
        "2.3. Ban Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng chuẩn bị nội dung phiên chất vấn và trả "
        "lời chất vấn tại kỳ họp (nhóm vấn đề về giáo dục nghề nghiệp và chăm sóc sức khỏe ban đầu), trình "
        "Thường trực HĐND tỉnh trước ngày 10/12/2026.",
        "2.4. Ban Dân tộc hoàn thiện báo cáo kết quả giám sát chuyên đề việc thực hiện chính sách hỗ trợ nhà "
        "ở cho hộ nghèo đồng bào dân tộc thiểu số, gửi đại biểu HĐND tỉnh trước ngày 14/12/2026.",
        "2.5. Văn phòng:",
        "a) Hoàn thiện tài liệu kỳ họp, đăng tải lên Hệ thống thông tin phục vụ kỳ họp chậm nhất ngày "
        "12/12/2026.",
        "b) Phối hợp Đài Phát thanh và Truyền hình tỉnh truyền hình, phát thanh trực tiếp phiên khai mạc, "
        "phiên chất vấn và phiên bế mạc kỳ họp (từ ngày 17/12 đến ngày 19/12/2026).",
        "c) Tham mưu Thường trực HĐND tỉnh xây dựng Chương trình giám sát năm 2027 của Thường trực HĐND "
        "tỉnh, trình trong tháng 01/2027.",
        "2.6. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành gửi đầy đủ hồ sơ các tờ trình, dự thảo "
        "nghị quyết bổ sung về Thường trực HĐND tỉnh (qua Văn phòng) trước ngày 09/12/2026.",
        "2.7. Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổng hợp ý kiến, kiến nghị của "
        "cử tri trước kỳ họp, gửi Thường trực HĐND tỉnh trước ngày 10/12/2026.",
        "2.8. Các Tổ đại biểu HĐND tỉnh tổ chức tiếp xúc cử tri sau kỳ họp, hoàn thành trước ngày "
        "31/01/2027; báo cáo kết quả về Thường trực HĐND tỉnh (qua Văn phòng) trước ngày 05/02/2027.",
        "2.9. Các Phó Chủ tịch HĐND tỉnh theo lĩnh vực được phân công chỉ đạo các Ban của HĐND tỉnh hoàn "
        "thành nhiệm vụ chuẩn bị kỳ họp.",
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);\n- Thường trực HĐND tỉnh;\n- UBND tỉnh;\n- Ban Thường trực "
        "UBMTTQ VN tỉnh;\n- Các Ban của HĐND tỉnh;\n- Các Tổ đại biểu HĐND tỉnh;\n- Lưu: VT, TH.",
        "CHÁNH VĂN PHÒNG\n\n\n\nNông Văn Tường",
    )
    doc.save(path)


def h652_html(h, path: Path) -> None:
    """Commune health station: a year's indicator table posted on the commune's portal, its doers persons
    and posts only."""
    rows = [
        ("A", "CHĂM SÓC SỨC KHỎE BÀ MẸ, TRẺ EM"),
        (
            "1",
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin",
            "%",
            "≥ 95",
            "YS. Lò Văn Quý",
            "Tiêm chủng ngày 25 hằng tháng",
        ),
        (
            "2",
            "Tỷ lệ phụ nữ có thai được khám thai từ 4 lần trở lên trong thai kỳ",
            "%",
            "90",
            "NHS. Hà Thị Mai",
            "Đến 31/12/2027",
        ),
        (
            "3",
            "Cho trẻ từ 6 đến 36 tháng tuổi uống vitamin A liều cao (02 đợt)",
            "%",
            "98",
            "YS. Lò Văn Quý",
            "Tháng 6 và tháng 12/2027",
        ),
        ("B", "PHÒNG, CHỐNG DỊCH BỆNH"),
        (
            "4",
            "Giám sát, phát hiện sớm ca bệnh sốt xuất huyết, tay chân miệng; xử lý ổ dịch trong vòng 48 giờ",
            "% ổ dịch",
            "100",
            "Trưởng trạm",
            "Thường xuyên",
        ),
        (
            "5",
            "Phun hóa chất diệt muỗi chủ động tại 02 thôn trọng điểm Nà Lừu, Khuổi Tát",
            "Lượt",
            "02",
            "YS. Vi Văn Đông",
            "Tháng 4/2027 (trước mùa mưa)",
        ),
        (
            "6",
            "Quản lý, điều trị người bệnh tăng huyết áp, đái tháo đường tại Trạm",
            "Người",
            "320",
            "Phó Trưởng trạm",
            "Hằng tháng",
        ),
        ("C", "KHÁM CHỮA BỆNH, AN TOÀN THỰC PHẨM VÀ CÔNG TÁC KHÁC"),
        (
            "7",
            "Khám sức khỏe định kỳ, lập sổ theo dõi sức khỏe cho người cao tuổi",
            "Người",
            "650",
            "Phó Trưởng trạm",
            "Quý III/2027",
        ),
        (
            "8",
            "Kiểm tra an toàn thực phẩm tại cơ sở kinh doanh dịch vụ ăn uống, bếp ăn tập thể trường học",
            "Lượt cơ sở",
            "24",
            "DS. Đào Thị Yến",
            "Tháng hành động vì an toàn thực phẩm (15/4 - 15/5/2027)",
        ),
        (
            "9",
            "Lập hồ sơ sức khỏe điện tử cho người dân trên địa bàn xã",
            "% dân số",
            "95",
            "YS. Vi Văn Đông",
            "Trước 30/9/2027",
        ),
        (
            "10",
            "Tổng hợp, báo cáo thống kê hoạt động của Trạm theo biểu mẫu quy định, gửi Trung tâm Y "
            "tế khu vực",
            "Báo cáo",
            "12",
            "Trưởng trạm",
            "Trước ngày 25 hằng tháng",
        ),
    ]
    body = []
    for row in rows:
        if len(row) == 2:
            body.append(f'    <tr><td><b>{row[0]}</b></td><td colspan="5"><b>{row[1]}</b></td></tr>')
        else:
            body.append("    <tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    text = "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="vi">',
            "<head>",
            '<meta charset="utf-8">',
            "<title>Kế hoạch hoạt động năm 2027 - Trạm Y tế xã Tân Phong</title>",
            "</head>",
            "<body>",
            '<div class="breadcrumb">Trang chủ › Tin tức - Sự kiện › Y tế - Giáo dục</div>',
            '<table class="header"><tr>',
            "<td><b>TRUNG TÂM Y TẾ KHU VỰC PHÚ LÂM<br>TRẠM Y TẾ XÃ TÂN PHONG</b><br>Số: 24/KH-TYT</td>",
            "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>"
            "<i>Tân Phong, ngày 02 tháng 12 năm 2026</i></td>",
            "</tr></table>",
            "<h2>KẾ HOẠCH</h2>",
            "<h3>Hoạt động chuyên môn và chỉ tiêu năm 2027 của Trạm Y tế xã Tân Phong</h3>",
            "<p>Căn cứ Kế hoạch số 118/KH-TTYT ngày 20/11/2026 của Trung tâm Y tế khu vực Phú Lâm về "
            "giao chỉ "
            "tiêu chuyên môn năm 2027; căn cứ tình hình thực tế tại địa phương, Trạm Y tế xã Tân Phong xây "
            "dựng kế hoạch hoạt động năm 2027 với các chỉ tiêu và phân công như sau:</p>",
            '<table border="1" cellpadding="4">',
            "  <thead>",
            "    <tr><th>TT</th><th>Nội dung hoạt động / chỉ tiêu</th><th>Đơn vị tính</th><th>Chỉ tiêu năm "
            "2027</th><th>Người phụ trách</th><th>Thời gian thực hiện</th></tr>",
            "  </thead>",
            "  <tbody>",
            *body,
            "  </tbody>",
            "</table>",
            "<p>Các nhân viên Trạm báo cáo kết quả thực hiện chỉ tiêu được giao tại cuộc giao ban Trạm vào "
            "ngày 28 hằng tháng để Trưởng trạm tổng hợp, báo cáo Trung tâm Y tế khu vực.</p>",
            "<p>Trên đây là Kế hoạch hoạt động năm 2027 của Trạm Y tế xã Tân Phong./.</p>",
            '<table class="sign"><tr>',
            "<td><b>Nơi nhận:</b><br>- TTYT khu vực Phú Lâm (b/c);<br>- UBND xã Tân Phong (b/c);<br>"
            "- Nhân viên Trạm;<br>- Lưu: TYT.</td>",
            "<td><b>TRƯỞNG TRẠM</b><br><br><br><br>BSCKI. Sầm Văn Nghĩa</td>",
            "</tr></table>",
            '<p class="meta">Lượt xem: 214 | Ngày đăng: 03/12/2026</p>',
            "</body>",
            "</html>",
            "",
        ]
    )
    path.write_text(text, encoding="utf-8")


def batch_h643() -> None:
    """Writes h643–h652 (the .doc and .pdf through LibreOffice)."""
    write_batch(
        [
            (h643_docx, "h643_kh_don_bien_phong_tet_2027.docx"),
            (h644_xlsx, "h644_ctr_so_noi_vu_2027_lanh_dao_gop.xlsx"),
            (h647_xlsx, "h647_chi_tieu_ban_qlda_dan_dung_2027.xlsx"),
            (h648_docx, "h648_kh_mam_non_thang_01_2027.docx"),
            (h649_docx, "h649_ctr_ban_tuyen_giao_huyen_uy_2027.docx"),
            (h650_docx, "h650_lich_tuan_bv_ydct_tuan_50.docx"),
            (h651_docx, "h651_tbkl_thuong_truc_hdnd_tinh_ky_hop.docx"),
            (h652_html, "h652_kh_chi_tieu_tram_y_te_xa_2027.html"),
        ],
        [
            (h645_docx, "h645_cv_chi_cuc_thuy_san_iuu.docx", "doc"),
            (h646_docx, "h646_kh_xuc_tien_du_lich_phu_luc.docx", "pdf"),
        ],
        _out,
    )
