"""Held-out batch h793–h802, written by h13author76 blind to the importer: ten documents of a
provincial social insurance agency's collection division, a district land registration office
branch, a provincial centre for disease control (its immunisation work), a provincial archives
centre, a vocational college's training office, a ward People's Committee, a provincial statistics
office, a provincial forest protection sub-department, a provincial radio and television station and
a regional hydrometeorological station. Every name, person, place, number and date in them is
invented."""

import datetime
from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    column_widths,
    document,
    grid,
    head_block,
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
    "h797_lich_tuan_phong_dao_tao_cao_dang",  # h13fixZB
    "h795_kh_tcmr_cdc_truong_ghep_dong",  # h13fixZA
    "h798_tbkl_ubnd_phuong_chuan_bi_tet",  # h13fixZA
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h793_docx(h, path: Path) -> None:
    """Social insurance collection division: a year-end dispatch, a division renamed by `sau đây gọi là`."""
    doc = document()
    head_block(
        doc,
        "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH THANH LÂM\n───────\nSố: 1547/BHXH-QLT\nV/v tập trung "
        "thu, giảm nợ BHXH, BHYT, BHTN những tháng cuối năm 2026",
        right2="Thanh Lâm, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Bảo hiểm xã hội các huyện, thị xã, thành phố;",
        "- Các phòng nghiệp vụ thuộc Bảo hiểm xã hội tỉnh.",
        "Thực hiện Công văn số 3318/BHXH-QLT ngày 14/11/2026 của Bảo hiểm xã hội Việt Nam về việc đẩy mạnh "
        "thu, giảm nợ đóng những tháng cuối năm. Tính đến ngày 30/11/2026, toàn tỉnh thu được 3.412,6 tỷ "
        "đồng, đạt 91,2% kế hoạch giao; số nợ đóng 87,4 tỷ đồng (chiếm 2,3% số phải thu), trong đó nợ từ 03 "
        "tháng trở lên 41,9 tỷ đồng của 386 đơn vị.",
        "Để hoàn thành chỉ tiêu được giao năm 2026, Bảo hiểm xã hội tỉnh yêu cầu các đơn vị tập trung thực "
        "hiện một số nội dung sau:",
        "**1. Bảo hiểm xã hội các huyện, thị xã, thành phố",
        "- Rà soát, phân loại các đơn vị sử dụng lao động nợ đóng từ 03 tháng trở lên, lập danh sách gửi "
        "Bảo hiểm xã hội tỉnh trước ngày 15/12/2026.",
        "- Phối hợp với UBND cấp xã, Bưu điện huyện tổ chức vận động người dân tham gia BHXH tự nguyện, BHYT "
        "hộ gia đình; thực hiện thường xuyên.",
        "- Làm việc trực tiếp, lập biên bản với từng đơn vị nợ đóng; đơn vị không chấp hành thì lập hồ sơ "
        "đề nghị kiểm tra, thanh tra chuyên ngành, chậm nhất ngày 25/12.",
        "**2. Phòng Quản lý thu - Sổ, thẻ (sau đây gọi là Phòng Thu)",
        "- Tổng hợp danh sách đơn vị nợ kéo dài của toàn tỉnh, chuyển Phòng Kiểm tra trước ngày 18/12/2026.",
        "- Gửi thông báo kết quả đóng BHXH, BHYT, BHTN đến đơn vị sử dụng lao động qua Hệ thống giao dịch "
        "điện tử hằng tháng.",
        "3. Phòng Kiểm tra: tổ chức kiểm tra đột xuất việc đóng BHXH, BHYT tại 15 đơn vị nợ lớn trên địa bàn "
        "thành phố Thanh Lâm, hoàn thành trong tháng 01/2027.",
        "4. Phòng Thu chủ trì, phối hợp với Văn phòng tổ chức Hội nghị đối thoại với các doanh nghiệp nợ "
        "đóng trên 06 tháng vào ngày 22/12/2026 tại Hội trường Bảo hiểm xã hội tỉnh.",
        "5. Văn phòng đăng tải danh sách đơn vị nợ đóng từ 03 tháng trở lên trên Trang thông tin điện tử "
        "Bảo hiểm xã hội tỉnh; cập nhật thường xuyên.",
        "6. Đề nghị Liên đoàn Lao động tỉnh chỉ đạo công đoàn cơ sở phối hợp cung cấp thông tin, hồ sơ để "
        "khởi kiện các doanh nghiệp cố tình nợ đóng kéo dài.",
        "Bảo hiểm xã hội các huyện, thị xã, thành phố báo cáo kết quả thu, giảm nợ về Bảo hiểm xã hội tỉnh "
        "(qua Phòng Thu) trước 16 giờ 00 thứ Sáu hằng tuần.",
        "Đây là nhiệm vụ trọng tâm những tháng cuối năm, đề nghị Giám đốc Bảo hiểm xã hội các huyện, thị "
        "xã, thành phố và Trưởng các phòng nghiệp vụ tập trung chỉ đạo thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- BHXH Việt Nam (b/c);\n- UBND tỉnh (b/c);\n- Liên đoàn Lao động tỉnh;"
        "\n- Giám đốc, các PGĐ;\n- Lưu: VT, QLT.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nPhan Thị Thu Huyền",
    )
    doc.save(path)


def h794_xlsx(h, path: Path) -> None:
    """Land registration branch: a quarter programme sheet under month rows, a sheet of routine work."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Quý I-2027"
    title_rows(
        ws,
        [
            "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH THANH LÂM - CHI NHÁNH HUYỆN MỸ LẠC",
            "KẾ HOẠCH CÔNG TÁC QUÝ I NĂM 2027",
            "(Kèm theo Kế hoạch số 96/KH-CNML ngày 28/12/2026 của Chi nhánh)",
        ],
        5,
        (1, 2),
    )
    ws.append([])
    ws.append(["STT", "Nội dung công việc", "Tổ/bộ phận thực hiện", "Thời hạn", "Ghi chú"])
    bold_header(ws, 5)
    d = datetime.datetime
    rows = [
        ["I", "THÁNG 01/2027"],
        [
            1,
            "Rà soát, xử lý dứt điểm 47 hồ sơ đăng ký biến động tồn đọng từ năm 2026",
            "Tổ Đăng ký - Cấp giấy",
            d(2027, 1, 20),
            "",
        ],
        [
            2,
            "Chỉnh lý, cập nhật biến động vào cơ sở dữ liệu địa chính xã Tân Mỹ, xã Lạc Hòa",
            "Tổ Đo đạc - Cơ sở dữ liệu",
            "31/01",
            "",
        ],
        [
            3,
            "Tổ chức Hội nghị viên chức, người lao động; tổng kết công tác năm 2026",
            "Bộ phận Hành chính - Tổng hợp",
            d(2027, 1, 8),
            "Mời lãnh đạo Văn phòng ĐKĐĐ tỉnh",
        ],
        ["II", "THÁNG 02/2027"],
        [
            4,
            "Trích đo địa chính phục vụ thu hồi đất dự án Đường vành đai phía Bắc (giai đoạn 2)",
            "Tổ Đo đạc - Cơ sở dữ liệu",
            "Tháng 02",
            "Theo tiến độ của Ban QLDA huyện",
        ],
        [
            5,
            "Cấp đổi Giấy chứng nhận cho 120 hộ gia đình tại thị trấn Mỹ Lạc đã đo đạc lại bản đồ",
            "Tổ Đăng ký - Cấp giấy",
            "28/02/2027",
            "",
        ],
        [
            6,
            "Kiểm tra hồ sơ trả kết quả quá hạn tại Bộ phận một cửa UBND các xã",
            "Bộ phận Tiếp nhận và trả kết quả; Tổ Đăng ký - Cấp giấy",
            d(2027, 2, 26),
            "",
        ],
        ["III", "THÁNG 3/2027"],
        [
            7,
            "Lập báo cáo thống kê đất đai năm 2026 (số liệu đến ngày 31/12/2026) gửi Văn phòng Đăng ký "
            "đất đai tỉnh",
            "Tổ Đo đạc - Cơ sở dữ liệu",
            "15/3",
            "",
        ],
        [
            8,
            "Sơ kết công tác quý I, xây dựng kế hoạch công tác quý II/2027",
            "Bộ phận Hành chính - Tổng hợp",
            "31/3/2027",
            "",
        ],
    ]
    from openpyxl.styles import Font

    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=5)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
        if isinstance(ws.cell(at, 4).value, datetime.datetime):
            ws.cell(at, 4).number_format = "dd/mm/yyyy"
    wrap(ws, 6)
    ws.append([])
    ws.append(["", 'Ghi chú: Các việc thường xuyên xem tại sheet "Việc thường xuyên".'])
    column_widths(ws, [6, 60, 28, 14, 26])

    ws2 = wb.create_sheet("Việc thường xuyên")
    ws2.append(["STT", "Công việc", "Thực hiện", "Tần suất/thời hạn"])
    bold_header(ws2, 1)
    ws2.append(
        [
            1,
            "Tiếp nhận, giải quyết hồ sơ đăng ký đất đai, tài sản gắn liền với đất theo cơ chế một cửa",
            "Bộ phận Tiếp nhận và trả kết quả",
            "Hằng ngày",
        ]
    )
    ws2.append(
        [
            2,
            "Cung cấp thông tin, dữ liệu đất đai cho tổ chức, cá nhân có yêu cầu",
            "Tổ Đo đạc - Cơ sở dữ liệu",
            "Thường xuyên",
        ]
    )
    ws2.append(
        [
            3,
            "Báo cáo kết quả giải quyết hồ sơ trong tháng về Văn phòng Đăng ký đất đai tỉnh",
            "Bộ phận Hành chính - Tổng hợp",
            "Trước ngày 22 hằng tháng",
        ]
    )
    wrap(ws2, 2)
    column_widths(ws2, [6, 60, 30, 22])
    ws2.cell(6, 3).value = "GIÁM ĐỐC CHI NHÁNH"
    ws2.cell(9, 3).value = "Đặng Quốc Việt"
    wb.save(path)


def h795_docx(h, path: Path) -> None:
    """CDC immunisation plan: numbered activities with field lines, some fields run together on one line."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH THANH LÂM\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\n───────\nSố: 418/KH-KSBT",
        right2="Thanh Lâm, ngày 15 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Hoạt động tiêm chủng mở rộng năm 2027",
        "^^(Khoa Phòng, chống bệnh truyền nhiễm và Tiêm chủng)",
        "Căn cứ Quyết định số 2214/QĐ-SYT ngày 30/11/2026 của Sở Y tế giao chỉ tiêu chuyên môn năm 2027; "
        "căn cứ tình hình thực hiện tiêm chủng năm 2026, Trung tâm Kiểm soát bệnh tật tỉnh xây dựng Kế "
        "hoạch hoạt động tiêm chủng mở rộng năm 2027 như sau:",
        "**I. MỤC TIÊU",
        "- Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt ≥ 95%.",
        "- Tỷ lệ trẻ 18 tháng tuổi được tiêm vắc xin sởi - rubella đạt ≥ 95%.",
        "- Không để xảy ra tai biến nặng sau tiêm chủng do sai sót chuyên môn.",
        "**II. CÁC HOẠT ĐỘNG",
        "1. Tiếp nhận, bảo quản và phân phối vắc xin, vật tư tiêm chủng cho tuyến huyện.",
        "Thời gian: Hằng tháng.",
        "Thực hiện: Nhóm Vắc xin và dây chuyền lạnh.",
        "2. Tập huấn an toàn tiêm chủng, xử trí phản vệ cho cán bộ y tế tuyến xã (04 lớp, 160 học viên).",
        "Thời gian: Tháng 3/2027.",
        "Thực hiện: Nhóm Tiêm chủng.",
        "3. Chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi tại 04 huyện có nguy cơ "
        "cao (Mỹ Lạc, Đồng Xuân, Hòa Vang, Phước Bình).",
        "Thời gian: từ 15/4 đến 15/5/2027 - Thực hiện: Nhóm Tiêm chủng chủ trì; Trung tâm Y tế 04 huyện "
        "phối hợp.",
        "4. Giám sát các bệnh có vắc xin phòng ngừa (sởi, bạch hầu, ho gà, uốn ván sơ sinh); điều tra, lấy "
        "mẫu xét nghiệm các ca nghi ngờ.",
        "Thời gian: Thường xuyên - Thực hiện: Nhóm Giám sát dịch tễ.",
        "5. Kiểm tra, giám sát hỗ trợ các điểm tiêm chủng dịch vụ trên địa bàn tỉnh (Quý II và Quý IV/2027).",
        "Thực hiện: Nhóm Tiêm chủng.",
        "6. Đánh giá tỷ lệ tiêm vắc xin viêm gan B sơ sinh trong 24 giờ đầu tại các cơ sở có phòng sinh.",
        "Thời gian: Định kỳ 6 tháng.",
        "Thực hiện: Nhóm Tiêm chủng.",
        "7. Cập nhật, đối chiếu dữ liệu đối tượng tiêm chủng trên Hệ thống thông tin tiêm chủng quốc gia với "
        "tuyến huyện.",
        "Thời gian: Trước ngày 10 hằng tháng.",
        "Thực hiện: Nhóm Thông tin - Số liệu.",
        "8. Tổng kết công tác tiêm chủng mở rộng năm 2027, đề xuất khen thưởng tập thể, cá nhân.",
        "Thời gian: Tháng 12/2027.",
        "Thực hiện: Nhóm Thông tin - Số liệu.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Khoa Phòng, chống bệnh truyền nhiễm và Tiêm chủng là đơn vị đầu mối, theo dõi, đôn đốc các nhóm "
        "và tuyến huyện thực hiện Kế hoạch.",
        "2. Phòng Tài chính - Kế toán bố trí kinh phí từ nguồn Chương trình mục tiêu y tế - dân số năm 2027 "
        "để thực hiện các hoạt động của Kế hoạch.",
        "3. Trung tâm Y tế các huyện, thị xã, thành phố báo cáo kết quả tiêm chủng tháng về Trung tâm (qua "
        "Khoa Phòng, chống bệnh truyền nhiễm và Tiêm chủng) trước ngày 05 tháng sau.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- TTYT các huyện, TX, TP;\n- Các khoa, phòng;"
        "\n- Lưu: VT, KSBTN-TC.",
        "GIÁM ĐỐC\n\n\n\nBSCKII. Lâm Văn Trọng",
    )
    doc.save(path)


def h796_docx(h, path: Path) -> None:
    """Archives centre: a yearly programme by field, the divisions abbreviated in a key above the table."""
    doc = document(12)
    head_block(
        doc,
        "SỞ NỘI VỤ TỈNH THANH LÂM\nTRUNG TÂM LƯU TRỮ LỊCH SỬ\n───────\nSố: 73/CTr-TTLT",
        right2="Thanh Lâm, ngày 21 tháng 12 năm 2026",
    )
    lines = [
        "##CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
        "Thực hiện Kế hoạch công tác văn thư, lưu trữ năm 2027 của Sở Nội vụ, Trung tâm Lưu trữ lịch sử tỉnh "
        "ban hành Chương trình công tác năm 2027 như sau:",
        "__Chữ viết tắt: P.NV - Phòng Nghiệp vụ lưu trữ; P.KTBQ - Phòng Khai thác và Bảo quản tài liệu; "
        "P.HCTH - Phòng Hành chính - Tổng hợp.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Sản phẩm", "Thời gian"],
        [
            ("§", "I", "THU THẬP, BỔ SUNG TÀI LIỆU"),
            [
                "1",
                "Hướng dẫn các cơ quan thuộc nguồn nộp lưu lập danh mục hồ sơ, tài liệu nộp lưu năm 2027",
                "P.NV",
                "Văn bản hướng dẫn",
                "Quý I",
            ],
            [
                "2",
                "Thu thập tài liệu hết hiệu lực của 06 sở, ngành (danh sách kèm theo) vào Lưu trữ lịch sử",
                "P.NV",
                "Biên bản giao nhận",
                "Quý III",
            ],
            [
                "3",
                "Sưu tầm tài liệu, hình ảnh quý hiếm về phong trào thi đua yêu nước của tỉnh giai đoạn "
                "1955-1975",
                "P.KTBQ",
                "Hồ sơ sưu tầm",
                "Quý II - Quý IV",
            ],
            ("§", "II", "CHỈNH LÝ, BẢO QUẢN TÀI LIỆU"),
            ["4", "Chỉnh lý tài liệu phông UBND tỉnh giai đoạn 1976 - 1991, gồm:", "", "", ""],
            [
                "4.1",
                "Phân loại, lập hồ sơ 120 mét giá tài liệu",
                "P.NV",
                "Hồ sơ được lập",
                "6 tháng đầu năm",
            ],
            [
                "4.2",
                "Biên mục, số hóa mục lục hồ sơ sau chỉnh lý",
                "P.KTBQ",
                "Mục lục điện tử",
                "Tháng 10/2027",
            ],
            [
                "5",
                "Vệ sinh kho, khử trùng, diệt côn trùng tại Kho lưu trữ số 2",
                "P.HCTH",
                "Biên bản nghiệm thu",
                "Tháng 4, tháng 10",
            ],
            [
                "6",
                "Theo dõi nhiệt độ, độ ẩm trong kho lưu trữ, ghi sổ theo dõi",
                "P.KTBQ",
                "Sổ theo dõi",
                "Hằng ngày",
            ],
            ("§", "III", "KHAI THÁC, PHÁT HUY GIÁ TRỊ TÀI LIỆU"),
            [
                "7",
                "Phục vụ độc giả khai thác, sử dụng tài liệu tại Phòng đọc",
                "P.KTBQ",
                "Sổ đăng ký độc giả",
                "Thường xuyên",
            ],
            [
                "8",
                'Tổ chức Triển lãm tài liệu lưu trữ "Thanh Lâm - những mùa thu lịch sử" nhân kỷ niệm 82 năm '
                "Cách mạng tháng Tám (19/8) và Quốc khánh (02/9)",
                "P.KTBQ",
                "Triển lãm",
                "25/8/2027",
            ],
            ("§", "IV", "CÔNG TÁC KHÁC"),
            [
                "9",
                "Xây dựng Đề án số hóa tài liệu lưu trữ lịch sử giai đoạn 2027 - 2030, trình Sở Nội vụ",
                "P.NV",
                "Đề án",
                "Trước 30/6/2027",
            ],
            [
                "10",
                "Báo cáo thống kê cơ sở về công tác lưu trữ năm 2026 gửi Sở Nội vụ",
                "P.HCTH",
                "Báo cáo",
                "15/01/2027",
            ],
        ],
        widths=[1.0, 8.0, 2.2, 3.0, 2.8],
    )
    para(doc, "")
    para(
        doc,
        "Các phòng căn cứ Chương trình xây dựng kế hoạch chi tiết, báo cáo kết quả thực hiện về Phòng Hành "
        "chính - Tổng hợp trước ngày 25 tháng cuối quý để tổng hợp, báo cáo Sở Nội vụ.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nội vụ (b/c);\n- Ban Giám đốc;\n- Các phòng thuộc Trung tâm;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nTrịnh Thị Bích Ngọc",
    )
    doc.save(path)


_H797 = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Lịch công tác tuần 50 - Phòng Đào tạo</title>
<style>
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #555; padding: 4px; vertical-align: top; }}
.head td {{ border: none; text-align: center; }}
</style>
</head>
<body>
<table class="head">
<tr><td><b>TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ THANH LÂM<br>PHÒNG ĐÀO TẠO</b></td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Thanh Lâm, ngày 05 tháng 12 năm 2026</i></td></tr>
</table>
<h3 style="text-align:center">LỊCH CÔNG TÁC TUẦN 50</h3>
<p style="text-align:center"><i>(Từ ngày 07/12/2026 đến ngày 13/12/2026)</i></p>
<table>
<tr><th>Thứ, ngày</th><th>Giờ</th><th>Nội dung công việc</th><th>Địa điểm</th><th>Chủ trì</th>
<th>Chuẩn bị / thành phần</th></tr>
{rows}
</table>
<p><b>Ghi chú:</b> Lịch có điều chỉnh, Phòng Đào tạo sẽ thông báo trên nhóm Zalo của Phòng.</p>
<p>Các khoa gửi đăng ký lịch giảng, lịch thi tuần 51 về Phòng Đào tạo (qua Tổ Giáo vụ) trước 15 giờ 00
thứ Năm, ngày 10/12/2026.</p>
<table class="head">
<tr><td>Nơi nhận:<br>- Ban Giám hiệu (b/c);<br>- Các khoa, phòng;<br>- Lưu: PĐT.</td>
<td><b>TRƯỞNG PHÒNG</b><br><br><br><br><b>ThS. Vũ Đình Khang</b></td></tr>
</table>
</body>
</html>
"""


def h797_html(h, path: Path) -> None:
    """Vocational college training office: a weekly calendar as a web page, days spanning rows."""
    days = [
        (
            "Thứ Hai<br>07/12",
            [
                (
                    "7h30",
                    "Chào cờ, sinh hoạt đầu tuần toàn trường",
                    "Sân trường",
                    "Hiệu trưởng",
                    "Phòng Công tác HSSV; giáo viên chủ nhiệm",
                ),
                (
                    "9h00",
                    "Họp giao ban Phòng Đào tạo, triển khai kế hoạch thi kết thúc học kỳ I",
                    "Phòng họp tầng 2",
                    "ThS. Vũ Đình Khang, Trưởng phòng",
                    "Tổ Giáo vụ",
                ),
            ],
        ),
        (
            "Thứ Ba<br>08/12",
            [
                (
                    "8h00",
                    "Kiểm tra hồ sơ, sổ lên lớp của giáo viên Khoa Điện - Điện tử",
                    "Khoa Điện - Điện tử",
                    "Phó Trưởng phòng Lê Thị Mai",
                    "Tổ Giáo vụ",
                ),
                ("14h00", "Trưởng phòng làm việc tại phòng", "", "", ""),
            ],
        ),
        (
            "Thứ Tư<br>09/12",
            [
                (
                    "Cả ngày",
                    "Coi thi kết thúc mô-đun học kỳ I các lớp Cao đẳng khóa 24",
                    "Khu giảng đường B",
                    "ThS. Vũ Đình Khang",
                    "Tổ Khảo thí; cán bộ coi thi theo Quyết định",
                ),
                (
                    "14h00",
                    "Họp xét điều kiện dự thi tốt nghiệp lớp Trung cấp Hàn K25",
                    "Phòng họp tầng 2",
                    "Phó Hiệu trưởng Nguyễn Văn Lực",
                    "Tổ Công tác người học",
                ),
            ],
        ),
        (
            "Thứ Năm<br>10/12",
            [
                (
                    "8h00",
                    "Làm việc với Công ty TNHH Cơ khí Phú Thành về đào tạo theo đơn đặt hàng (dự kiến)",
                    "Phòng khách",
                    "Hiệu trưởng",
                    "Tổ Liên kết - Tuyển sinh",
                ),
            ],
        ),
        (
            "Thứ Sáu<br>11/12",
            [
                (
                    "7h30",
                    "Dự giờ giảng mẫu của giáo viên tham gia Hội giảng cấp trường",
                    "Xưởng Ô tô 1",
                    "Phó Trưởng phòng Lê Thị Mai",
                    "Khoa Cơ khí động lực",
                ),
                (
                    "14h00",
                    "Họp Hội đồng thẩm định chương trình đào tạo ngành Công nghệ ô tô (sửa đổi)",
                    "Phòng họp tầng 2",
                    "Phó Hiệu trưởng Nguyễn Văn Lực",
                    "Tổ Chương trình - Giáo trình",
                ),
            ],
        ),
        (
            "Thứ Bảy<br>12/12",
            [
                (
                    "7h30",
                    "Khai giảng lớp sơ cấp Vận hành máy xúc khóa 3/2026 tại xã Lạc Hòa",
                    "Nhà văn hóa xã Lạc Hòa",
                    "ThS. Vũ Đình Khang",
                    "Tổ Liên kết - Tuyển sinh",
                ),
            ],
        ),
        ("Chủ nhật<br>13/12", [("", "Trực phòng: đ/c Hồ Văn Tâm, chuyên viên", "", "", "")]),
    ]
    out = []
    for day, entries in days:
        for index, entry in enumerate(entries):
            cells = "".join(f"<td>{text}</td>" for text in entry)
            lead = f'<td rowspan="{len(entries)}"><b>{day}</b></td>' if index == 0 else ""
            out.append(f"<tr>{lead}{cells}</tr>")
    path.write_text(_H797.format(rows="\n".join(out)), encoding="utf-8")


def h798_docx(h, path: Path) -> None:
    """Ward People's Committee: a notice of the chairman's conclusions before Tết, written for the PDF."""
    doc = document()
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\n───────\nSố: 187/TB-UBND",
        right2="Hòa Bình, ngày 11 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Chủ tịch Ủy ban nhân dân phường tại cuộc họp về công tác chuẩn bị Tết Nguyên đán "
        "Đinh Mùi 2027 và bảo đảm trật tự đô thị",
        "Ngày 09/12/2026, đồng chí Tô Minh Hải, Chủ tịch UBND phường chủ trì cuộc họp; dự họp có các Phó Chủ "
        "tịch UBND phường, Trưởng Công an phường, lãnh đạo các phòng, đơn vị thuộc UBND phường và Trưởng "
        "các khu phố. Sau khi nghe báo cáo và ý kiến thảo luận, Chủ tịch UBND phường kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Năm 2026, tình hình an ninh trật tự trên địa bàn phường cơ bản ổn định; công tác chỉnh trang đô thị "
        "có chuyển biến, 6/8 khu phố đạt chuẩn khu phố văn minh. Tuy nhiên, tình trạng lấn chiếm vỉa hè "
        "trên các tuyến phố chính vẫn còn tái diễn.",
        "**II. NHIỆM VỤ TRONG THỜI GIAN TỚI",
        "1. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp Công an phường ra quân lập lại trật tự vỉa "
        "hè, lòng đường trên các tuyến Trần Phú, Lê Lợi, Nguyễn Huệ; đợt 1 từ ngày 14/12 đến ngày "
        "20/12/2026, đợt 2 từ ngày 11/01 đến ngày 17/01/2027.",
        "2. Công an phường tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự, an toàn giao thông; "
        "thực hiện liên tục từ nay đến hết ngày 20/02/2027.",
        "3. Phòng Văn hóa - Xã hội rà soát, lập danh sách hộ nghèo, hộ cận nghèo, gia đình chính sách để "
        "thăm hỏi, tặng quà Tết, trình Chủ tịch UBND phường trước ngày 05/01/2027.",
        "4. Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội (bà Nguyễn Thị Hạnh) chỉ đạo tổ chức Chương "
        'trình "Xuân yêu thương" tại Nhà văn hóa phường vào ngày 30/01/2027.',
        "5. Trung tâm Phục vụ hành chính công phường bố trí công chức tiếp nhận hồ sơ vào sáng thứ Bảy "
        "hằng tuần.",
        "6. Văn phòng HĐND và UBND phường tham mưu Kế hoạch trực Tết, phân công lãnh đạo, công chức trực; "
        "ban hành trước ngày 25/01/2027.",
        "7. Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra an toàn phòng cháy, chữa cháy tại chợ Hòa Bình và các "
        "điểm kinh doanh hàng Tết tập trung, xong trong tháng 01/2027.",
        "8. Trưởng các khu phố chủ động tuyên truyền, vận động nhân dân giữ gìn vệ sinh môi trường, không "
        "để vật liệu, hàng hóa trên vỉa hè.",
        '9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường vận động các tổ chức, cá nhân ủng hộ Quỹ "Vì '
        'người nghèo" để hỗ trợ các hộ khó khăn đón Tết.',
        "Các phòng, đơn vị báo cáo kết quả thực hiện các nội dung trên về Văn phòng HĐND và UBND phường "
        "trước ngày 10/02/2027 để tổng hợp.",
        "Ủy ban nhân dân phường thông báo để các phòng, đơn vị, khu phố biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực Đảng ủy (b/c);\n- Chủ tịch, các PCT UBND phường;\n- Các phòng, đơn vị;"
        "\n- Ủy ban MTTQ phường;\n- Các khu phố;\n- Lưu: VT.",
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nĐỗ Thị Kim Oanh",
    )
    doc.save(path)


def h799_xlsx(h, path: Path) -> None:
    """Statistics office: an indicator sheet, one unit merged down over two rows, the report as a note."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu 2027"
    title_rows(
        ws,
        [
            "CỤC THỐNG KÊ - THỐNG KÊ TỈNH THANH LÂM",
            "CHỈ TIÊU, NHIỆM VỤ CÔNG TÁC THỐNG KÊ NĂM 2027",
            "(Ban hành kèm theo Quyết định số 205/QĐ-TKTL ngày 22/12/2026 của Trưởng Thống kê tỉnh)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(
        ["STT", "Chỉ tiêu, nhiệm vụ", "Đơn vị tính", "Kế hoạch năm 2027", "Đơn vị thực hiện", "Thời hạn"]
    )
    bold_header(ws, 5)
    rows = [
        ["A", "ĐIỀU TRA THỐNG KÊ"],
        [
            1,
            "Điều tra lao động việc làm tại 160 địa bàn mẫu",
            "Phiếu",
            3840,
            "Phòng Thống kê Xã hội",
            "Hằng tháng",
        ],
        [
            2,
            "Điều tra doanh nghiệp năm 2027 (thu thập thông tin năm 2026)",
            "Doanh nghiệp",
            5210,
            "Phòng Thống kê Kinh tế",
            "30/6/2027",
        ],
        [
            3,
            "Điều tra năng suất, sản lượng lúa vụ Đông Xuân",
            "Điểm điều tra",
            450,
            "Thống kê khu vực Mỹ Lạc",
            "31/5/2027",
        ],
        [4, "Điều tra năng suất, sản lượng lúa vụ Hè Thu", "Điểm điều tra", 450, None, "15/9/2027"],
        [
            5,
            "Thu thập giá tiêu dùng (CPI) tại 03 khu vực điều tra",
            "Mặt hàng",
            752,
            "Phòng Thống kê Kinh tế",
            "Kỳ 5, 15, 25 hằng tháng",
        ],
        ["B", "BÁO CÁO, PHỔ BIẾN THÔNG TIN THỐNG KÊ"],
        [
            6,
            "Báo cáo tình hình kinh tế - xã hội tháng gửi Tỉnh ủy, UBND tỉnh",
            "Báo cáo",
            12,
            "Phòng Tổng hợp",
            "Ngày 06 hằng tháng",
        ],
        [
            7,
            "Biên soạn, phát hành Niên giám thống kê tỉnh năm 2026",
            "Cuốn",
            300,
            "Phòng Tổng hợp",
            "30/6/2027",
        ],
        [
            8,
            "Cập nhật số liệu chỉ tiêu thống kê cấp xã vào cơ sở dữ liệu",
            "% số xã",
            "100%",
            "Thống kê khu vực Mỹ Lạc; Thống kê khu vực Đồng Xuân",
            "Quý IV/2027",
        ],
        ["C", "CÔNG TÁC KHÁC"],
        [
            9,
            "Kiểm tra việc chấp hành chế độ báo cáo thống kê cơ sở tại các sở, ngành",
            "Đơn vị",
            8,
            "Phòng Tổng hợp",
            "Quý III",
        ],
        [
            10,
            "Công chức được bồi dưỡng nghiệp vụ thống kê",
            "%",
            "100%",
            "Văn phòng",
            "Theo kế hoạch của Cục Thống kê",
        ],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=6)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
    ws.merge_cells("E9:E10")
    ws["E9"].alignment = Alignment(vertical="center", wrap_text=True)
    wrap(ws, 6)
    ws.append([])
    ws.append(["", "Ghi chú:"])
    ws.append(["", "- Số liệu kế hoạch có thể điều chỉnh theo phương án điều tra của Cục Thống kê."])
    ws.append(
        [
            "",
            "- Các phòng, Thống kê khu vực báo cáo tiến độ thực hiện chỉ tiêu, nhiệm vụ về Văn phòng trước "
            "ngày 20 tháng cuối quý.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "TRƯỞNG THỐNG KÊ TỈNH"])
    ws.append([])
    ws.append([])
    ws.append(["", "", "", "", "Cao Văn Thịnh"])
    column_widths(ws, [6, 58, 14, 14, 30, 22])
    wb.save(path)


def h800_docx(h, path: Path) -> None:
    """Forest protection sub-department: a dry-season fire plan, unit labels over dash and lettered points."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCHI CỤC KIỂM LÂM\n───────\nSố: 389/KH-CCKL",
        right2="Thanh Lâm, ngày 08 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Phòng cháy, chữa cháy rừng mùa khô năm 2026 - 2027",
        "Thực hiện Chỉ thị số 14/CT-UBND ngày 20/11/2026 của Chủ tịch UBND tỉnh về tăng cường công tác phòng "
        "cháy, chữa cháy rừng (PCCCR) mùa khô năm 2026 - 2027, Chi cục Kiểm lâm xây dựng Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Chủ động phòng ngừa, phát hiện sớm và xử lý kịp thời các điểm cháy, hạn chế thấp nhất thiệt hại do "
        "cháy rừng gây ra; phấn đấu không để xảy ra cháy lớn trên 3 ha.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**1. Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên",
        "a) Tham mưu Chi cục trưởng cập nhật Phương án chữa cháy rừng cấp tỉnh năm 2027, trình trước ngày "
        "20/12/2026.",
        "b) Theo dõi cấp dự báo cháy rừng, đăng tải cảnh báo trên Trang thông tin điện tử của Chi cục hằng "
        "ngày trong mùa khô.",
        "**2. Phòng Thanh tra - Pháp chế",
        "Kiểm tra việc chấp hành pháp luật về PCCCR của các chủ rừng là tổ chức tại 05 huyện trọng điểm "
        "trong tháng 02/2027.",
        "**3. Đội Kiểm lâm cơ động và PCCCR số 1",
        "- Tổ chức diễn tập chữa cháy rừng cấp tỉnh tại khu rừng thông xã Đồng Xuân, dự kiến ngày 12/3/2027.",
        "- Bố trí lực lượng trực 24/24 giờ tại chốt Đèo Gió từ ngày 01/01/2027 đến hết ngày 30/4/2027.",
        "**4. Hạt Kiểm lâm các huyện, thị xã",
        "- Hướng dẫn chủ rừng là hộ gia đình ký cam kết PCCCR, đốt xử lý thực bì có kiểm soát (hoàn thành "
        "trước 31/12/2026); tổ chức tuyên truyền tại thôn, bản.",
        "- Phân công kiểm lâm địa bàn tuần tra, canh phòng lửa tại các vùng trọng điểm cháy; thực hiện "
        "thường xuyên.",
        "**5. Văn phòng Chi cục",
        "Bảo đảm phương tiện, nhiên liệu, thông tin liên lạc phục vụ chữa cháy; mua sắm bổ sung 30 máy thổi "
        "gió, hoàn thành trước ngày 15/01/2027.",
        "**6. Đề nghị Bộ Chỉ huy Quân sự tỉnh",
        "Chỉ đạo lực lượng dân quân tự vệ tại các xã có rừng sẵn sàng hỗ trợ chữa cháy khi có yêu cầu của "
        "Chi cục Kiểm lâm.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên là cơ quan thường trực, tham mưu Chi cục trưởng "
        "theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Kinh phí thực hiện từ nguồn sự nghiệp lâm nghiệp năm 2027 giao Chi cục Kiểm lâm.",
        "3. Hạt Kiểm lâm các huyện, thị xã và Đội Kiểm lâm cơ động và PCCCR số 1 báo cáo tình hình PCCCR về "
        "Chi cục (qua Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên) trước ngày 25 hằng tháng; khi xảy "
        "ra cháy rừng phải báo cáo nhanh ngay trong ngày.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nông nghiệp và Môi trường (b/c);\n- Bộ Chỉ huy Quân sự tỉnh;\n- Lãnh đạo Chi cục;"
        "\n- Các phòng, Hạt, Đội;\n- Lưu: VT, QLBVR.",
        "CHI CỤC TRƯỞNG\n\n\n\nLò Văn Thắng",
    )
    doc.save(path)


def h801_docx(h, path: Path) -> None:
    """Radio and TV station: January's programme, a leader column beside the unit, a unit merged down."""
    doc = document(12)
    head_block(
        doc,
        "UBND TỈNH THANH LÂM\nĐÀI PHÁT THANH VÀ TRUYỀN HÌNH\n───────\nSố: 612/CTr-PTTH",
        right2="Thanh Lâm, ngày 26 tháng 12 năm 2026",
    )
    lines = [
        "##CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01/2027",
        "Căn cứ Chương trình công tác năm 2027 của Đài; Giám đốc Đài Phát thanh và Truyền hình tỉnh ban hành "
        "Chương trình công tác tháng 01/2027 như sau:",
    ]
    marked_paragraphs(doc, lines, MARKS)
    t = grid(
        doc,
        ["TT", "Nội dung công việc", "Ban, phòng chủ trì", "Lãnh đạo phụ trách", "Thời gian"],
        [
            [
                "1",
                "Sản xuất, phát sóng trực tiếp chương trình chào năm mới 2027 (đêm 31/12/2026, rạng sáng "
                "01/01/2027)",
                "Ban Văn nghệ - Giải trí",
                "PGĐ Hoàng Thị Nga",
                "01/01",
            ],
            [
                "2",
                "Xây dựng kịch bản, ghi hình Chương trình nghệ thuật chào Xuân Đinh Mùi 2027",
                "",
                "PGĐ Hoàng Thị Nga",
                "Từ 04/01 đến 25/01",
            ],
            [
                "3",
                'Phát sóng chuyên mục "Nông thôn mới Thanh Lâm" trên kênh THTL',
                "Ban Thời sự",
                "PGĐ Trần Văn Bảo",
                "Thứ Tư hằng tuần",
            ],
            [
                "4",
                "Tường thuật trực tiếp phiên khai mạc Kỳ họp chuyên đề HĐND tỉnh (dự kiến)",
                "Ban Thời sự; Phòng Kỹ thuật - Công nghệ",
                "GĐ",
                "12/01",
            ],
            [
                "5",
                "Bảo dưỡng hệ thống máy phát hình, anten tại Trạm phát lại Núi Cấm",
                "Phòng Kỹ thuật - Công nghệ",
                "PGĐ Trần Văn Bảo",
                "20/01",
            ],
            [
                "6",
                "Cập nhật tin, bài, video lên ứng dụng Thanh Lâm Go và các nền tảng mạng xã hội của Đài",
                "Ban Nội dung số",
                "PGĐ Trần Văn Bảo",
                "Hằng ngày",
            ],
            [
                "7",
                "Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
                "Phòng Tổ chức - Hành chính",
                "GĐ",
                "08/01",
            ],
            [
                "8",
                "Ký kết hợp đồng quảng cáo, tài trợ các chương trình dịp Tết Nguyên đán",
                "Phòng Dịch vụ - Quảng cáo",
                "PGĐ Hoàng Thị Nga",
                "Trước 15/01",
            ],
            [
                "9",
                "Quyết toán nhuận bút, thù lao năm 2026",
                "Phòng Kế hoạch - Tài chính",
                "GĐ",
                "31/01",
            ],
            [
                "10",
                "Kiểm tra công tác chuẩn bị trực Tết, bảo đảm an toàn phát sóng dịp Tết Nguyên đán",
                "Phòng Kỹ thuật - Công nghệ",
                "GĐ",
                "28/01",
            ],
        ],
        widths=[1.0, 7.5, 3.8, 2.8, 2.6],
    )
    h.merge_down(t, 2, 1, 2, "Ban Văn nghệ - Giải trí")
    para(doc, "")
    para(
        doc,
        "Các ban, phòng đăng ký nội dung Chương trình công tác tháng 02/2027 về Phòng Tổ chức - Hành chính "
        "trước ngày 22/01/2027.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);\n- Ban Giám đốc;\n- Các ban, phòng;"
        "\n- Lưu: VT, TCHC.",
        "GIÁM ĐỐC\n\n\n\nNgô Thanh Tùng",
    )
    doc.save(path)


def h802_docx(h, path: Path) -> None:
    """Regional hydrometeorological station: a quality plan, leads in closing parentheses, an inspection
    schedule as an appendix table."""
    doc = document()
    head_block(
        doc,
        "CỤC KHÍ TƯỢNG THỦY VĂN\nĐÀI KHÍ TƯỢNG THỦY VĂN\nKHU VỰC TRUNG DU\n───────\nSố: 268/KH-ĐKVTD",
        right2="Lâm Giang, ngày 18 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Kiểm tra, bảo đảm chất lượng số liệu quan trắc năm 2027",
        "Thực hiện Quyết định số 1036/QĐ-KTTV ngày 02/12/2026 của Cục Khí tượng Thủy văn về công tác quản lý "
        "chất lượng số liệu khí tượng thủy văn, Đài Khí tượng Thủy văn khu vực Trung Du ban hành Kế hoạch "
        "như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm số liệu quan trắc đầy đủ, chính xác, liên tục; tỷ lệ số liệu đạt chất lượng trên 98%.",
        "**II. NỘI DUNG",
        "**1. Kiểm soát chất lượng số liệu",
        "1.1. Kiểm tra, đánh giá chất lượng số liệu quan trắc khí tượng bề mặt của 24 trạm thuộc mạng lưới "
        "Đài, hằng tháng (Phòng Quản lý mạng lưới).",
        "1.2. Hoàn thiện phần mềm kiểm soát tự động số liệu đo mưa, đưa vào vận hành từ ngày 01/4/2027 "
        "(Phòng Thông tin và Dữ liệu chủ trì; Phòng Quản lý mạng lưới phối hợp).",
        "1.3. Chỉnh biên số liệu thủy văn năm 2026, nộp lưu trữ trước ngày 31/3/2027 (Đài Khí tượng Thủy "
        "văn tỉnh Bắc Lâm, Đài Khí tượng Thủy văn tỉnh Nam Lâm).",
        "**2. Kiểm tra kỹ thuật mạng lưới trạm",
        "2.1. Lịch kiểm tra kỹ thuật định kỳ tại các trạm: theo Phụ lục kèm theo Kế hoạch này.",
        "2.2. Kiểm định, hiệu chuẩn thiết bị đo mưa, đo gió tại các trạm tự động trước mùa mưa bão, hoàn "
        "thành trước ngày 31/5/2027 (Phòng Quản lý mạng lưới).",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Quản lý mạng lưới là đơn vị đầu mối, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết "
        "quả kiểm tra, báo cáo Giám đốc Đài trước ngày 15/12/2027.",
        "2. Phòng Hành chính - Tổng hợp bố trí kinh phí, phương tiện cho các đoàn kiểm tra.",
        "3. Các Đài Khí tượng Thủy văn tỉnh báo cáo kết quả tự kiểm tra chất lượng số liệu về Đài khu vực "
        "(qua Phòng Quản lý mạng lưới) trước ngày 10 của tháng đầu quý sau.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Cục KTTV (b/c);\n- Ban Giám đốc;\n- Các phòng, Đài tỉnh;\n- Lưu: VT, QLML.",
        "GIÁM ĐỐC\n\n\n\nTS. Mạc Đăng Khoa",
    )
    para(doc, "")
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "LỊCH KIỂM TRA KỸ THUẬT ĐỊNH KỲ CÁC TRẠM NĂM 2027", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 268/KH-ĐKVTD ngày 18/12/2026)", italic=True, center=True)
    grid(
        doc,
        ["TT", "Nội dung kiểm tra", "Đơn vị thực hiện", "Thời gian"],
        [
            [
                "1",
                "Kiểm tra kỹ thuật toàn diện Trạm Khí tượng Sơn Cao",
                "Phòng Quản lý mạng lưới",
                "09 - 11/3/2027",
            ],
            [
                "2",
                "Kiểm tra kỹ thuật Trạm Thủy văn Bến Đá và Trạm Thủy văn Phú Lộc",
                "Đài Khí tượng Thủy văn tỉnh Bắc Lâm",
                "Tháng 4/2027",
            ],
            [
                "3",
                "Kiểm tra các trạm đo mưa tự động khu vực thượng nguồn sông Lam Giang",
                "Đài Khí tượng Thủy văn tỉnh Nam Lâm",
                "15/6/2027",
            ],
            [
                "4",
                "Kiểm tra kỹ thuật Trạm Ra đa thời tiết Đồi Thông",
                "Phòng Quản lý mạng lưới",
                "Quý III/2027",
            ],
        ],
        widths=[1.0, 8.0, 4.5, 3.0],
    )
    doc.save(path)


def batch_h793() -> None:
    """Writes h793–h802 (the .doc and .pdf through LibreOffice)."""
    write_batch(
        [
            (h793_docx, "h793_cv_bhxh_tinh_thu_no_cuoi_nam.docx"),
            (h794_xlsx, "h794_kh_quy_cn_vpdkdd_huyen_hai_sheet.xlsx"),
            (h796_docx, "h796_ctr_ttlt_lich_su_chu_viet_tat.docx"),
            (h797_html, "h797_lich_tuan_phong_dao_tao_cao_dang.html"),
            (h799_xlsx, "h799_chi_tieu_thong_ke_tinh_2027.xlsx"),
            (h800_docx, "h800_kh_pcccr_chi_cuc_kiem_lam.docx"),
            (h801_docx, "h801_ctr_thang_dai_ptth_lanh_dao_phu_trach.docx"),
            (h802_docx, "h802_kh_dai_kttv_khu_vuc_phu_luc_lich.docx"),
        ],
        [
            (h795_docx, "h795_kh_tcmr_cdc_truong_ghep_dong.docx", "doc"),
            (h798_docx, "h798_tbkl_ubnd_phuong_chuan_bi_tet.docx", "pdf"),
        ],
        _out,
    )
