"""Writes the binaries of the held-out documents h333–h342 (helper h13author30).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h333`.
Every text below is own-authored (other names, units, places, dates and tasks) in how the bodies a
provincial department's secretariat hears from (its units, its Party cell, the provincial People's
Committee, a project board) commonly keep and circulate their documents; no third-party text is
stored. The .html and .txt documents of the batch are written by hand and live beside the output.
Like `make_docs.py` this writes **only the documents**: their expected items (`expected/`) were
written by hand from the document text before the importer was first run on them. The .doc, .pdf,
.odt, .xls and .ods need LibreOffice (`soffice`); their bytes differ run to run, so regenerate only
on purpose. Conversions run one after another (never in parallel).
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, convert_each, out_path, wrap
from batch_common import bold_header as _bold_header
from batch_common import document as _document
from batch_common import fill_rows as _rows
from batch_common import paragraphs as _paragraphs
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h335_nq_chi_bo_van_phong_so_thang",  # h13fixQE
    "h341_kh_so_xay_dung_kien_nghi_ktnn_gop_doc",  # h13fixNC
    "h342_tien_do_ban_qlda_hang_muc_dieu_chinh",  # h13fixND
    "h338_phu_luc_don_vi_duoc_thanh_tra_so_y_te",  # h13fixNB
    "h336_cv_ubnd_tinh_giao_cac_so_tru_so_doi_du",  # h13fixNB
    "h333_ctct_so_khcn_quy_thut_le_dau_cach",  # h13fixNB
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h333
def h333(h, path: Path) -> None:
    """A Department of Science and Technology's yearly programme: quarter columns holding `x` or a
    month (`T5`) or a day (`15/12`), **sub-tasks indented by spaces** in the content cell (no serial)
    under a parent with a unit and no time, a **frozen header**, `Thường xuyên` merged over the four
    quarter cells."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "CTCT 2027"
    h.sheet_title_rows(
        sheet,
        [
            "UBND TỈNH THANH LÂM",
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
            "(Ban hành kèm theo Quyết định số 12/QĐ-SKHCN ngày 11/01/2027 của Giám đốc Sở)",
        ],
        9,
    )
    sheet.append(
        [
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian thực hiện",
            "",
            "",
            "",
            "Ghi chú",
        ]
    )
    sheet.append(["", "", "", "", "Quý I", "Quý II", "Quý III", "Quý IV", ""])
    top = 5
    for column in [1, 2, 3, 4, 9]:
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    sheet.merge_cells(start_row=top, start_column=5, end_row=top, end_column=8)
    _bold_header(sheet, top)
    _bold_header(sheet, top + 1)
    rows = [
        ["I", "CÔNG TÁC THAM MƯU, XÂY DỰNG VĂN BẢN", "", "", "", "", "", "", ""],
        [
            "1",
            "Tham mưu UBND tỉnh ban hành Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2027",
            "Phòng Kế hoạch - Tài chính",
            "Các phòng, đơn vị thuộc Sở",
            "x",
            "",
            "",
            "",
            "",
        ],
        [
            "2",
            "Xây dựng Đề án hỗ trợ doanh nghiệp đổi mới công nghệ giai đoạn 2027 - 2030",
            "Phòng Quản lý công nghệ và Đổi mới sáng tạo",
            "Sở Công Thương; Hiệp hội Doanh nghiệp tỉnh",
            "",
            "",
            "",
            "",
            "Trình UBND tỉnh",
        ],
        ["", "    - Khảo sát nhu cầu đổi mới công nghệ của 150 doanh nghiệp", "", "", "", "T5", "", "", ""],
        [
            "",
            "    - Lấy ý kiến các sở, ngành, hiệp hội doanh nghiệp về dự thảo Đề án",
            "",
            "",
            "",
            "",
            "T8",
            "",
            "",
        ],
        ["", "    - Hoàn thiện hồ sơ, trình UBND tỉnh phê duyệt Đề án", "", "", "", "", "", "T10", ""],
        [
            "3",
            "Sơ kết 6 tháng, tổng kết năm công tác khoa học và công nghệ",
            "Văn phòng",
            "Các phòng, đơn vị thuộc Sở",
            "",
            "",
            "x",
            "x",
            "Sơ kết: tháng 7; tổng kết: tháng 12",
        ],
        ["II", "CÔNG TÁC QUẢN LÝ NHÀ NƯỚC", "", "", "", "", "", "", ""],
        [
            "4",
            "Thanh tra, kiểm tra việc chấp hành pháp luật về đo lường, chất lượng đối với cửa hàng xăng dầu, cơ sở kinh doanh vàng trang sức",
            "Thanh tra Sở",
            "Phòng Tiêu chuẩn, Đo lường, Chất lượng",
            "",
            "x",
            "x",
            "",
            "Theo Kế hoạch thanh tra năm 2027",
        ],
        [
            "5",
            "Quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh",
            "Phòng Quản lý khoa học",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "",
            "    + Thông báo danh mục đặt hàng nhiệm vụ khoa học và công nghệ thực hiện từ năm 2028",
            "",
            "",
            "T3",
            "",
            "",
            "",
            "",
        ],
        ["", "    + Kiểm tra tiến độ các nhiệm vụ đang thực hiện", "", "", "", "x", "", "x", "02 đợt"],
        [
            "",
            "    + Công bố, chuyển giao kết quả các nhiệm vụ đã nghiệm thu",
            "Trung tâm Thông tin và Ứng dụng khoa học và công nghệ",
            "Phòng Quản lý khoa học",
            "",
            "",
            "",
            "15/12",
            "",
        ],
        [
            "6",
            "Vận hành Cổng thông tin điện tử của Sở; cập nhật tin, bài về hoạt động khoa học và công nghệ",
            "Trung tâm Thông tin và Ứng dụng khoa học và công nghệ",
            "Văn phòng",
            "Thường xuyên",
            "",
            "",
            "",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    last = sheet.max_row
    sheet.merge_cells(start_row=last, start_column=5, end_row=last, end_column=8)
    for index, row in enumerate(rows):
        if row[0] in ("I", "II"):
            sheet.merge_cells(
                start_row=top + 2 + index, start_column=2, end_row=top + 2 + index, end_column=9
            )
    sheet.append([])
    sheet.append(
        [
            "",
            "Ghi chú: x - thực hiện trong quý; T3, T5, … - hoàn thành trong tháng 3, tháng 5, …; các nhiệm vụ đột xuất do Giám đốc Sở giao bổ sung trong năm.",
        ]
    )
    sheet.freeze_panes = "C7"
    for letter, width in zip("ABCDEFGHI", [6, 60, 28, 26, 8, 8, 8, 8, 22], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, 7)
    book.save(path)


# -------------------------------------------------------------------------------------------- h335
def h335_docx(h, path: Path) -> None:
    """A Party cell's monthly resolution (the Office's cell of a department): last month's results
    (no items), then the month's tasks as dash paragraphs under three headings, the cell's meeting
    day given in its last part."""
    document = _document(13)
    h.national_header(
        document,
        ["ĐẢNG BỘ SỞ TÀI CHÍNH", "CHI BỘ VĂN PHÒNG", "*", "Số 07-NQ/CB"],
        "Hòa Phong, ngày 05 tháng 7 năm 2027",
    )
    document.tables[0].cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    document.tables[0].cell(1, 1).text = ""
    _paragraphs(
        document,
        [
            "NGHỊ QUYẾT",
            "về lãnh đạo thực hiện nhiệm vụ tháng 7 năm 2027",
            "Căn cứ Điều lệ Đảng và Quy chế làm việc của Chi bộ Văn phòng nhiệm kỳ 2025 - 2027; ngày 05/7/2027, Chi bộ họp thường kỳ, có 14/15 đảng viên dự (01 đồng chí vắng có lý do). Chi bộ thảo luận và",
            "QUYẾT NGHỊ",
            "I. KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ THÁNG 6/2027",
            "- Văn phòng đã tham mưu tổ chức thành công Hội nghị giao ban quý II của ngành; hoàn thành việc chuyển đổi hệ thống quản lý văn bản sang phiên bản mới.",
            "- Chi bộ tổ chức sinh hoạt chuyên đề quý II đúng kế hoạch; 100% đảng viên đóng đảng phí đầy đủ.",
            "- Hạn chế: việc cập nhật hồ sơ công việc trên hệ thống còn chậm ở một số bộ phận.",
            "II. NHIỆM VỤ TRỌNG TÂM THÁNG 7/2027",
            "1. Lãnh đạo thực hiện nhiệm vụ chuyên môn",
            "- Tổ Tổng hợp tham mưu Lãnh đạo Sở tổ chức Hội nghị sơ kết công tác tài chính 6 tháng đầu năm 2027, hoàn thành trước ngày 12/7/2027.",
            "- Tổ Hành chính - Văn thư rà soát, chỉnh lý hồ sơ năm 2025 của các phòng để nộp vào Lưu trữ cơ quan, xong trong tháng 7.",
            "- Tổ Quản trị chủ trì, phối hợp Ban Chấp hành Công đoàn cơ sở tổ chức cho đoàn viên nghỉ dưỡng hè tại Cửa Tùng từ ngày 22 đến ngày 24/7/2027.",
            "2. Công tác xây dựng Đảng",
            '- Chi ủy chuẩn bị nội dung sinh hoạt chuyên đề quý III, chủ đề "Nâng cao ý thức kỷ luật, kỷ cương hành chính trong thực thi công vụ", tổ chức vào kỳ sinh hoạt thường kỳ tháng 8/2027.',
            "- Đồng chí Hoàng Thị Nga, chi ủy viên, thu và nộp đảng phí 6 tháng đầu năm 2027 lên Đảng ủy Sở trước ngày 15/7/2027.",
            "- Các đồng chí đảng viên cập nhật, bổ sung thông tin cá nhân trên Sổ tay đảng viên điện tử trước ngày 31/7/2027.",
            "- Chi ủy hoàn thiện hồ sơ giới thiệu quần chúng Trần Văn Khải tham gia lớp bồi dưỡng nhận thức về Đảng trong tháng 7/2027.",
            "3. Tổ chức thực hiện",
            "Chi bộ sinh hoạt thường kỳ vào ngày 05 hằng tháng; trường hợp trùng ngày nghỉ thì sinh hoạt vào ngày làm việc liền sau. Các đồng chí chi ủy viên theo lĩnh vực được phân công có trách nhiệm đôn đốc, kiểm tra việc thực hiện Nghị quyết, báo cáo tại kỳ sinh hoạt tháng sau.",
            "Nơi nhận: Đảng ủy Sở (b/c); Đảng viên trong Chi bộ; Lưu Chi bộ.",
            "T/M CHI BỘ",
            "BÍ THƯ",
            "Lê Minh Đức",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h336
def h336_docx(h, path: Path) -> None:
    """A provincial People's Committee's dispatch assigning tasks to several departments: numbered
    paragraphs per body, lettered sub-paragraphs, deadlines in the prose (a day, a quarter, 20 days
    from the signing, a recurring report, a meeting in December)."""
    document = _document(13)
    h.national_header(
        document,
        [
            "ỦY BAN NHÂN DÂN",
            "TỈNH HÒA PHONG",
            "Số: 2874/UBND-KT",
            "V/v quản lý, xử lý trụ sở, cơ sở nhà, đất dôi dư sau sắp xếp đơn vị hành chính",
        ],
        "Hòa Phong, ngày 28 tháng 7 năm 2027",
    )
    _paragraphs(
        document,
        [
            "Kính gửi:",
            "- Các sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Giáo dục và Đào tạo, Y tế, Văn hóa, Thể thao và Du lịch;",
            "- Văn phòng UBND tỉnh;",
            "- UBND các xã, phường.",
            "Thực hiện Công văn số 1520/BTC-QLCS ngày 05/7/2027 của Bộ Tài chính về việc xử lý tài sản công dôi dư sau sắp xếp đơn vị hành chính; xét đề nghị của Sở Tài chính tại Tờ trình số 318/TTr-STC ngày 20/7/2027, Chủ tịch UBND tỉnh có ý kiến như sau:",
            "1. Sở Tài chính:",
            "a) Chủ trì, phối hợp với Sở Xây dựng và UBND các xã, phường rà soát, lập danh mục trụ sở, cơ sở nhà, đất dôi dư sau sắp xếp, báo cáo UBND tỉnh trước ngày 30/8/2027.",
            "b) Tham mưu phương án xử lý đối với từng cơ sở nhà, đất (điều chuyển, chuyển đổi công năng, bán, thanh lý), trình UBND tỉnh trong quý IV/2027.",
            "2. Giao Sở Xây dựng chủ trì hướng dẫn các địa phương về tiêu chuẩn, điều kiện cải tạo, chuyển đổi công năng trụ sở dôi dư sang cơ sở giáo dục, y tế, nhà văn hóa; hoàn thành chậm nhất ngày 15/9/2027.",
            "3. Sở Nông nghiệp và Môi trường phối hợp với UBND các xã, phường hoàn thiện hồ sơ pháp lý về đất đai đối với các cơ sở nhà, đất dự kiến chuyển đổi công năng, xong trong tháng 10/2027.",
            "4. Sở Giáo dục và Đào tạo, Sở Y tế, Sở Văn hóa, Thể thao và Du lịch căn cứ nhu cầu của ngành, đề xuất danh mục cơ sở nhà, đất đề nghị tiếp nhận, gửi Sở Tài chính trong thời hạn 20 ngày kể từ ngày ký văn bản này.",
            "5. UBND các xã, phường:",
            "a) Thường xuyên bảo quản, bố trí lực lượng trông coi, không để tài sản hư hỏng, bị lấn chiếm trong thời gian chờ xử lý.",
            "b) Định kỳ trước ngày 20 hằng tháng báo cáo tình hình quản lý, sử dụng cơ sở nhà, đất dôi dư trên địa bàn, gửi Sở Tài chính để tổng hợp.",
            "6. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện; tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 12/2027.",
            "Yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các xã, phường nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo UBND tỉnh (qua Sở Tài chính) để xem xét, giải quyết./.",
            "Nơi nhận: Như trên; CT, các PCT UBND tỉnh; CVP, PCVP; Lưu: VT, KT (Hùng).",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn Thành",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h337
def h337_docx(h, path: Path) -> None:
    """A unit's self-registered emulation targets: the titles registered (a table of counts, no
    items), then the targets table with a unit-of-measure and a target column, a `Bộ phận thực
    hiện` column and `Thời gian hoàn thành`; a pledge below."""
    document = _document(13)
    h.national_header(
        document,
        ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TRUNG TÂM KHUYẾN NÔNG VÀ DỊCH VỤ NÔNG NGHIỆP", "Số: 09/ĐK-TTKN"],
        "Tây Nguyên Sơn, ngày 20 tháng 01 năm 2027",
    )
    _paragraphs(
        document,
        [
            "BẢN ĐĂNG KÝ THI ĐUA NĂM 2027",
            "Kính gửi: Hội đồng Thi đua - Khen thưởng Sở Nông nghiệp và Môi trường.",
            "Căn cứ Hướng dẫn số 03/HD-HĐTĐKT ngày 08/01/2027 của Hội đồng Thi đua - Khen thưởng Sở, Trung tâm Khuyến nông và Dịch vụ nông nghiệp đăng ký thi đua năm 2027 như sau:",
            "I. ĐĂNG KÝ DANH HIỆU THI ĐUA",
        ],
    )
    titles = document.add_table(rows=1, cols=3)
    titles.style = "Table Grid"
    _rows(h, titles, [])
    for cell, text in zip(titles.rows[0].cells, ["Danh hiệu", "Tập thể", "Cá nhân"], strict=True):
        cell.text = text
    _rows(
        h,
        titles,
        [
            ["Tập thể Lao động xuất sắc", "01", ""],
            ["Lao động tiên tiến", "", "32"],
            ["Chiến sĩ thi đua cơ sở", "", "04"],
            ["Bằng khen của Chủ tịch UBND tỉnh", "01", "02"],
        ],
    )
    _paragraphs(document, ["II. ĐĂNG KÝ CHỈ TIÊU THI ĐUA"])
    table = document.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells,
        [
            "STT",
            "Nội dung chỉ tiêu",
            "Đơn vị tính",
            "Chỉ tiêu đăng ký",
            "Bộ phận thực hiện",
            "Thời gian hoàn thành",
        ],
        strict=True,
    ):
        cell.text = text
    _rows(
        h,
        table,
        [
            [
                "1",
                "Xây dựng mô hình trình diễn lúa chất lượng cao gắn với liên kết tiêu thụ",
                "Mô hình",
                "03",
                "Phòng Kỹ thuật - Khuyến nông",
                "Vụ Hè Thu 2027",
            ],
            [
                "2",
                "Tổ chức lớp tập huấn, chuyển giao kỹ thuật canh tác cho nông dân",
                "Lớp",
                "≥ 40",
                "Các Trạm Khuyến nông khu vực",
                "Cả năm",
            ],
            [
                "3",
                "Doanh thu cung ứng giống cây trồng, vật tư nông nghiệp",
                "Triệu đồng",
                "2.500",
                "Phòng Dịch vụ",
                "Quý IV/2027",
            ],
            [
                "4",
                "Đăng tin, bài trên Trang thông tin điện tử của Trung tâm",
                "Tin, bài",
                "120",
                "Tổ Thông tin - Truyền thông",
                "Hằng tháng (10 tin, bài/tháng)",
            ],
            [
                "5",
                "Hỗ trợ hợp tác xã hoàn thành thủ tục chứng nhận VietGAP",
                "Cơ sở",
                "05",
                "Phòng Kỹ thuật - Khuyến nông",
                "30/11/2027",
            ],
            [
                "6",
                "Tỷ lệ hồ sơ thanh toán, quyết toán gửi Kho bạc đúng hạn",
                "%",
                "100",
                "Phòng Hành chính - Tổng hợp",
                "Thường xuyên",
            ],
            [
                "7",
                "Sáng kiến được Hội đồng sáng kiến cơ sở công nhận",
                "Sáng kiến",
                "02",
                "Phòng Kỹ thuật - Khuyến nông; Phòng Dịch vụ",
                "Trước 15/11/2027",
            ],
        ],
    )
    _paragraphs(
        document,
        [
            "III. CAM KẾT",
            'Tập thể viên chức, người lao động Trung tâm cam kết thực hiện tốt các phong trào thi đua do Sở phát động, trọng tâm là phong trào "Cả nước chung tay xây dựng nông thôn mới"; phấn đấu hoàn thành vượt mức các chỉ tiêu đã đăng ký.',
            "Nơi nhận: Như trên; Lưu: VT, HCTH.",
            "GIÁM ĐỐC",
            "Y Blô Niê",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h338
def h338_xlsx(h, path: Path) -> None:
    """An inspection plan's annex of inspected bodies: three group rows merged across that name the
    leading body (`— Thanh tra Sở chủ trì`), the inspected body first, an inspected period, a month
    column (`Tháng 6 - 7`, `Quý II`, `Tháng 3 và tháng 8`, `Trước Tết Trung thu (tháng 9)`), a count row."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Phu luc"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ Y TẾ TỈNH BẮC LÂM",
            "Phụ lục",
            "DANH SÁCH ĐƠN VỊ ĐƯỢC THANH TRA, KIỂM TRA NĂM 2027",
            "(Kèm theo Kế hoạch số 41/KH-SYT ngày 25/12/2026 của Sở Y tế)",
        ],
        6,
    )
    sheet.append(
        [
            "STT",
            "Đơn vị được thanh tra, kiểm tra",
            "Nội dung thanh tra, kiểm tra",
            "Thời kỳ thanh tra",
            "Thời gian tiến hành",
            "Ghi chú",
        ]
    )
    _bold_header(sheet, 5)
    rows = [
        ["A", "THANH TRA HÀNH CHÍNH — Thanh tra Sở chủ trì", "", "", "", ""],
        [
            "1",
            "Bệnh viện Đa khoa khu vực Bắc Sơn",
            "Việc thực hiện quy định của pháp luật về đấu thầu mua sắm thuốc, vật tư y tế",
            "2025 - 2026",
            "Tháng 4",
            "",
        ],
        [
            "2",
            "Trung tâm Y tế khu vực Lâm Hà",
            "Việc quản lý, sử dụng nguồn thu sự nghiệp",
            "Năm 2026",
            "Tháng 6 - 7",
            "Thời hạn thanh tra 30 ngày",
        ],
        [
            "3",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
            "Trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng",
            "Từ 01/01/2026 đến thời điểm thanh tra",
            "Tháng 9",
            "",
        ],
        [
            "B",
            "KIỂM TRA CHUYÊN NGÀNH DƯỢC, KHÁM BỆNH, CHỮA BỆNH — Phòng Nghiệp vụ Dược chủ trì",
            "",
            "",
            "",
            "",
        ],
        [
            "4",
            "Các nhà thuốc, quầy thuốc trên địa bàn phường Đông Thành, phường Tây Sơn",
            "Điều kiện kinh doanh dược; bán thuốc kê đơn",
            "Năm 2027",
            "Quý II",
            "Kiểm tra không báo trước",
        ],
        [
            "5",
            "Bệnh viện Y dược cổ truyền tỉnh",
            "Thực hiện quy chế kê đơn, sử dụng thuốc",
            "Năm 2026",
            "Tháng 8",
            "",
        ],
        [
            "6",
            "Phòng khám đa khoa tư nhân (chọn ngẫu nhiên 10 cơ sở)",
            "Điều kiện hoạt động, phạm vi chuyên môn, niêm yết giá dịch vụ",
            "Năm 2027",
            "Tháng 10, 11",
            "",
        ],
        ["C", "KIỂM TRA AN TOÀN THỰC PHẨM — Chi cục An toàn vệ sinh thực phẩm chủ trì", "", "", "", ""],
        [
            "7",
            "Bếp ăn tập thể tại các khu công nghiệp",
            "Nguồn gốc nguyên liệu, điều kiện bảo đảm an toàn thực phẩm trong chế biến suất ăn",
            "Năm 2027",
            "Tháng 3 và tháng 8",
            "02 đợt",
        ],
        [
            "8",
            "Cơ sở sản xuất, kinh doanh bánh trung thu",
            "Điều kiện bảo đảm an toàn thực phẩm; ghi nhãn hàng hóa",
            "Năm 2027",
            "Trước Tết Trung thu (tháng 9)",
            "",
        ],
        ["", "Tổng số: 08 cuộc thanh tra, kiểm tra", "", "", "", ""],
    ]
    for row in rows:
        sheet.append(row)
        if row[0] in ("A", "B", "C"):
            r = sheet.max_row
            sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    sheet.append([])
    sheet.append(
        [
            "",
            "Ngoài danh sách trên, Thanh tra Sở tiến hành thanh tra đột xuất khi có đơn thư, dấu hiệu vi phạm theo chỉ đạo của Giám đốc Sở.",
        ]
    )
    for letter, width in zip("ABCDEF", [6, 40, 44, 22, 18, 20], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, 6)
    book.save(path)


# -------------------------------------------------------------------------------------------- h339
def h339_docx(h, path: Path) -> None:
    """A public-administration service centre's plan presented as slides and printed to PDF: each
    slide a 16:9 page (a title slide, a targets slide with no items, the tasks as a slide table
    continued on the next slide `(tiếp)`, a proposals slide to the provincial committee with no
    items, a thank-you slide), a slide footer with the centre, the meeting's day and the slide
    number. (No Impress here: the slides are laid out as Word pages, converted as a slide export
    prints them.)"""
    from docx.enum.text import WD_BREAK
    from docx.shared import Inches, Pt

    document = _document(20)
    section = document.sections[0]
    section.page_width, section.page_height = Inches(13.333), Inches(7.5)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(0.6))
    number = [0]

    def heading(text: str, size: int = 32) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold = True
        run.font.size = Pt(size)

    def footer_and_break(last: bool = False) -> None:
        number[0] += 1
        run = document.add_paragraph().add_run(
            f"Trung tâm Phục vụ hành chính công tỉnh Nam Trà | 15/01/2027 | {number[0]}"
        )
        run.font.size = Pt(11)
        if not last:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    heading("KẾ HOẠCH NÂNG CAO CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, DOANH NGHIỆP NĂM 2027", 36)
    document.add_paragraph("Trung tâm Phục vụ hành chính công tỉnh Nam Trà")
    document.add_paragraph("Hội nghị giao ban Văn phòng UBND tỉnh - 15/01/2027")
    footer_and_break()
    heading("MỤC TIÊU NĂM 2027")
    for line in [
        "• Chỉ số hài lòng (SIPAS) đạt ≥ 90%",
        "• 100% hồ sơ được số hóa khi tiếp nhận",
        "• Tỷ lệ hồ sơ trễ hạn < 1%",
    ]:
        document.add_paragraph(line)
    footer_and_break()

    def task_slide(title: str, rows: list[list[str]]) -> None:
        heading(title)
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells, ["TT", "Nhiệm vụ", "Bộ phận thực hiện", "Thời hạn"], strict=True
        ):
            cell.text = text
        _rows(h, table, rows)
        h.set_widths(table, [0.6, 6.6, 3.0, 1.9])
        footer_and_break()

    task_slide(
        "NHIỆM VỤ TRỌNG TÂM",
        [
            [
                "1",
                "Khảo sát sự hài lòng bằng phiếu điện tử tại quầy, công bố kết quả",
                "Phòng Kiểm soát TTHC",
                "Hằng quý",
            ],
            [
                "2",
                "Bố trí khu vực hỗ trợ dịch vụ công trực tuyến, có nhân viên hướng dẫn",
                "Phòng Tiếp nhận và Trả kết quả",
                "Tháng 3/2027",
            ],
            [
                "3",
                "Áp dụng lịch hẹn trả kết quả qua tin nhắn SMS, Zalo OA",
                "Tổ Công nghệ thông tin",
                "Từ 01/7/2027",
            ],
            [
                "4",
                "Tập huấn kỹ năng giao tiếp, ứng xử cho công chức tại quầy",
                "Phòng Hành chính - Tổng hợp",
                "Quý II",
            ],
        ],
    )
    task_slide(
        "NHIỆM VỤ TRỌNG TÂM (tiếp)",
        [
            [
                "5",
                "Rà soát, đề xuất cắt giảm thành phần hồ sơ 20 thủ tục có số lượng lớn",
                "Phòng Kiểm soát TTHC",
                "Trước 30/9",
            ],
            [
                "6",
                "Công khai xin lỗi đối với 100% hồ sơ trễ hạn",
                "Phòng Tiếp nhận và Trả kết quả",
                "Thường xuyên",
            ],
            [
                "7",
                "Nâng cấp hệ thống xếp hàng tự động, màn hình tra cứu",
                "Tổ Công nghệ thông tin",
                "Tháng 11/2027",
            ],
            ["8", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Phòng Hành chính - Tổng hợp", "Tháng 12"],
        ],
    )
    heading("ĐỀ XUẤT, KIẾN NGHỊ")
    document.add_paragraph(
        "• Đề nghị UBND tỉnh bố trí kinh phí nâng cấp hệ thống xếp hàng (khoảng 850 triệu đồng)"
    )
    document.add_paragraph(
        "• Đề nghị các sở, ngành cử công chức có chuyên môn làm việc tại Trung tâm ổn định tối thiểu 24 tháng"
    )
    footer_and_break()
    heading("TRÂN TRỌNG CẢM ƠN!", 40)
    footer_and_break(last=True)
    document.save(path)


# -------------------------------------------------------------------------------------------- h341
def h341(h, path: Path) -> None:
    """A Department of Construction's plan implementing the State Audit's recommendations: the
    recommendation cell merged down over its two or three tasks (not the content), a results column
    (`Đã hoàn thành` still an item), dues as a year, a quarter, an event without a date."""
    document = _document(12)
    h.national_header(
        document,
        ["UBND TỈNH QUẢNG ĐIỀN", "SỞ XÂY DỰNG", "Số: 156/KH-SXD"],
        "Quảng Điền, ngày 02 tháng 7 năm 2027",
    )
    _paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Thực hiện kiến nghị của Kiểm toán nhà nước khu vực III tại Báo cáo kiểm toán ngân sách địa phương năm 2026",
            "Căn cứ Báo cáo kiểm toán số 212/BC-KTNN ngày 10/6/2027 của Kiểm toán nhà nước khu vực III; Sở Xây dựng ban hành Kế hoạch thực hiện các kiến nghị như sau (tình hình thực hiện cập nhật đến ngày 30/6/2027):",
        ],
    )
    table = document.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells,
        [
            "STT",
            "Kiến nghị của KTNN",
            "Nội dung thực hiện",
            "Đơn vị thực hiện",
            "Thời hạn",
            "Kết quả đến 30/6/2027",
        ],
        strict=True,
    ):
        cell.text = text
    rows = [
        [
            "1",
            "Thu hồi nộp ngân sách nhà nước số tiền chi sai chế độ 412,6 triệu đồng",
            "Ban hành quyết định thu hồi, đôn đốc các nhà thầu nộp tiền vào tài khoản tạm giữ của KTNN",
            "Phòng Kế hoạch - Tài chính",
            "Trước 31/8/2027",
            "Đã thu hồi 180 triệu đồng",
        ],
        [
            "2",
            "",
            "Giảm trừ giá trị thanh toán khối lượng nghiệm thu thừa tại các gói thầu xây lắp",
            "Ban Quản lý dự án chuyên ngành",
            "Khi quyết toán dự án hoàn thành",
            "",
        ],
        [
            "3",
            "Chấn chỉnh công tác thẩm định dự toán, thiết kế xây dựng",
            "Tổ chức rút kinh nghiệm đối với các phòng chuyên môn, cá nhân có liên quan",
            "Phòng Quản lý xây dựng",
            "Quý III/2027",
            "",
        ],
        [
            "4",
            "",
            "Ban hành quy trình nội bộ thẩm định thiết kế triển khai sau thiết kế cơ sở",
            "Phòng Quản lý xây dựng",
            "Trong năm 2027",
            "",
        ],
        [
            "5",
            "",
            "Cập nhật đơn giá, định mức theo hướng dẫn mới",
            "Phòng Kinh tế và Vật liệu xây dựng",
            "Ngay khi có hướng dẫn của Bộ Xây dựng",
            "",
        ],
        [
            "6",
            "Hoàn thiện hồ sơ quản lý tài sản kết cấu hạ tầng giao thông",
            "Cập nhật dữ liệu tài sản đường bộ lên Cơ sở dữ liệu quốc gia về tài sản công",
            "Trung tâm Quản lý hạ tầng giao thông",
            "30/9/2027",
            "",
        ],
        [
            "7",
            "",
            "Lập hồ sơ giao quản lý tài sản cho các xã đối với đường tỉnh cũ chuyển thành đường xã",
            "Trung tâm Quản lý hạ tầng giao thông",
            "Trước 30/6/2027",
            "Đã hoàn thành",
        ],
        [
            "8",
            "Báo cáo kết quả thực hiện kiến nghị",
            "Tổng hợp, báo cáo kết quả thực hiện kiến nghị gửi KTNN khu vực III, UBND tỉnh",
            "Phòng Kế hoạch - Tài chính",
            "Trước 15/12/2027",
            "",
        ],
    ]
    _rows(h, table, rows)
    for first, last in [(1, 2), (3, 5), (6, 7)]:
        text = rows[first - 1][1]
        merged = table.cell(first, 1).merge(table.cell(last, 1))
        merged.text = text
    _paragraphs(
        document,
        [
            "Giao Văn phòng Sở theo dõi, đôn đốc các phòng, đơn vị thực hiện; kết quả thực hiện từng kiến nghị gửi kèm hồ sơ, chứng từ chứng minh.",
            "Nơi nhận: KTNN khu vực III; UBND tỉnh (b/c); Giám đốc, các PGĐ Sở; các phòng, đơn vị; Lưu: VT, KHTC.",
            "GIÁM ĐỐC",
            "Phạm Quốc Khánh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h342
def h342_xlsx(h, path: Path) -> None:
    """A project board's progress sheet sent to the department: project rows naming the managing
    division and no dates (no items), work-package rows under them with date cells `Khởi công`,
    `Hoàn thành theo HĐ` and `Điều chỉnh` (the due where filled), a percentage, notes."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tien do T8-2027"
    h.sheet_title_rows(
        sheet,
        [
            "BAN QLDA ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP TỈNH KIÊN HẢI",
            "BẢNG THEO DÕI TIẾN ĐỘ CÁC CÔNG TRÌNH TRỌNG ĐIỂM (cập nhật ngày 15/8/2027)",
            "",
        ],
        8,
    )
    sheet.append(
        [
            "STT",
            "Tên dự án / hạng mục",
            "Phòng phụ trách",
            "Khởi công",
            "Hoàn thành theo HĐ",
            "Điều chỉnh (nếu có)",
            "Lũy kế KL (%)",
            "Ghi chú",
        ]
    )
    _bold_header(sheet, 4)
    d = datetime.date
    rows = [
        [
            "1",
            "Bệnh viện Đa khoa tỉnh (giai đoạn 2)",
            "Phòng Điều hành dự án 1",
            None,
            None,
            None,
            None,
            "Dự án nhóm B",
        ],
        ["1.1", "Khối nhà kỹ thuật nghiệp vụ 7 tầng", "", d(2026, 3, 10), d(2027, 10, 30), None, 0.78, ""],
        [
            "1.2",
            "Hệ thống xử lý nước thải",
            "",
            d(2027, 2, 1),
            d(2027, 9, 15),
            d(2027, 11, 30),
            0.42,
            "Điều chỉnh do thay đổi công nghệ",
        ],
        ["1.3", "Mua sắm, lắp đặt thiết bị y tế", "", d(2027, 6, 1), d(2027, 12, 20), None, 0.10, ""],
        ["2", "Trường THPT chuyên tỉnh - cơ sở 2", "Phòng Điều hành dự án 2", None, None, None, None, ""],
        [
            "2.1",
            "Nhà học lý thuyết 4 tầng",
            "",
            d(2026, 11, 5),
            d(2027, 8, 5),
            d(2027, 8, 25),
            0.95,
            "Đảm bảo đưa vào sử dụng năm học 2027 - 2028",
        ],
        ["2.2", "Nhà thi đấu đa năng", "", d(2027, 4, 15), d(2028, 3, 31), None, 0.25, ""],
        [
            "2.3",
            "Hạ tầng kỹ thuật, sân đường nội bộ",
            "Phòng Kỹ thuật - Thẩm định",
            d(2027, 5, 20),
            d(2027, 12, 15),
            None,
            0.30,
            "",
        ],
        [
            "3",
            "Trung tâm Hội nghị tỉnh - cải tạo",
            "Phòng Điều hành dự án 1",
            d(2027, 7, 1),
            d(2027, 11, 15),
            None,
            0.15,
            "Một gói thầu",
        ],
        ["", "Tổng cộng: 03 dự án, 07 hạng mục", "", None, None, None, None, ""],
    ]
    for row in rows:
        sheet.append(row)
        r = sheet.max_row
        for column in (4, 5, 6):
            sheet.cell(r, column).number_format = "DD/MM/YYYY"
        sheet.cell(r, 7).number_format = "0%"
    sheet.append([])
    sheet.append(
        [
            "",
            'Ghi chú: Cột "Điều chỉnh" ghi thời gian hoàn thành theo phụ lục hợp đồng đã ký; các phòng cập nhật số liệu trước ngày 15 hằng tháng.',
        ]
    )
    for letter, width in zip("ABCDEFGH", [6, 42, 26, 12, 14, 14, 10, 34], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, 5)
    book.save(path)


def batch_h333() -> None:
    """Writes h333–h342's binaries (h334's .html and h340's .txt are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h333(h, _out("h333_ctct_so_khcn_quy_thut_le_dau_cach.xlsx"))
    h341(h, _out("h341_kh_so_xay_dung_kien_nghi_ktnn_gop_doc.docx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .doc, .pdf, .odt, .xls and .ods were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h335_docx, "h335_nq_chi_bo_van_phong_so_thang.docx", "doc"),
                (h336_docx, "h336_cv_ubnd_tinh_giao_cac_so_tru_so_doi_du.docx", "pdf"),
                (h337_docx, "h337_dang_ky_thi_dua_trung_tam_khuyen_nong.docx", "odt"),
                (h338_xlsx, "h338_phu_luc_don_vi_duoc_thanh_tra_so_y_te.xlsx", "xls"),
                (h339_docx, "h339_kh_trung_tam_hcc_trinh_chieu_xuat_pdf.docx", "pdf"),
                (h342_xlsx, "h342_tien_do_ban_qlda_hang_muc_dieu_chinh.xlsx", "ods"),
            ],
            _out,
        )


if __name__ == "__main__":
    batch_h333()
