"""The main corpus's siblings of the held-out documents h141, h131, h133 and h125 (moved to the main
corpus when the importer was taught their shapes, helper h13fixJE; the form exports je1 and je2 are
CSV, written by hand): the same shape with other bodies, units, tasks, dates and surface details.
Their expected items (expected/je1_…–je4_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-je` writes je3 (an .xlsx re-saved by
LibreOffice, so its formulas carry their cached values) and je4 (a .docx printed to a text PDF by
LibreOffice), with the held-out script's writer helpers.
"""

# ruff: noqa: E501 — document text is data: long lines.
import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import page_field

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def je3_xlsx(h, path: Path) -> None:
    """A provincial construction department's tracking sheet (sibling of h133): the due column holds
    only formulas (the day given plus the days allowed), one row a text instead, and a closing count
    row with a COUNTA and an AVERAGE formula."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Cong viec Q1-Q2"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ XÂY DỰNG TỈNH HÒA BÌNH NAM",
            "THEO DÕI THỰC HIỆN CÔNG VIỆC ĐƯỢC GIAO NĂM 2027",
            "(Số liệu cập nhật ngày 20/4/2027)",
            "",
        ],
        8,
    )
    h.xlsx_header(
        sheet,
        [
            "STT",
            "Nội dung công việc",
            "Bộ phận thực hiện",
            "Ngày giao việc",
            "Số ngày được giao",
            "Thời hạn hoàn thành",
            "Tỷ lệ hoàn thành",
            "Ghi chú",
        ],
    )
    rows = [
        (
            1,
            "Thẩm định hồ sơ thiết kế cơ sở dự án đường liên xã Tân Phú - Hòa Bình",
            "Phòng Quản lý xây dựng",
            datetime.date(2027, 1, 11),
            45,
            None,
            1,
            "",
        ),
        (
            2,
            "Kiểm tra công tác bảo trì các tuyến đường tỉnh quản lý",
            "Phòng Quản lý hạ tầng kỹ thuật",
            datetime.date(2027, 1, 18),
            60,
            None,
            0.8,
            "",
        ),
        (
            3,
            "Rà soát, đề xuất điều chỉnh đơn giá bồi thường nhà ở, vật kiến trúc",
            "Phòng Kinh tế và Vật liệu xây dựng",
            datetime.date(2027, 2, 1),
            120,
            None,
            0.4,
            "Đã gia hạn 20 ngày (đã cộng vào số ngày)",
        ),
        (
            4,
            "Cập nhật cơ sở dữ liệu về nhà ở và thị trường bất động sản lên hệ thống của Bộ",
            "Văn phòng Sở",
            None,
            None,
            "Định kỳ hằng quý",
            None,
            "",
        ),
        (
            5,
            "Hướng dẫn thực hiện quy định về cấp giấy phép xây dựng có thời hạn",
            "Phòng Quản lý xây dựng",
            datetime.date(2027, 3, 1),
            None,
            "Chờ Nghị định sửa đổi",
            0.05,
            "Chưa có văn bản",
        ),
        (
            6,
            "Tổ chức tập huấn phần mềm quản lý cấp phép xây dựng cho cán bộ cấp xã",
            "Trung tâm Quy hoạch và Kiểm định xây dựng",
            datetime.date(2027, 3, 15),
            30,
            None,
            0.5,
            "",
        ),
        (
            7,
            "Tổng kết, đánh giá 05 năm thực hiện Chương trình phát triển đô thị tỉnh",
            "Phòng Quy hoạch - Kiến trúc",
            datetime.date(2027, 4, 5),
            200,
            None,
            0,
            "Chưa triển khai",
        ),
    ]
    first = sheet.max_row + 1
    for values in rows:
        sheet.append(list(values))
        row = sheet.max_row
        if values[3] is not None:
            sheet.cell(row, 4).number_format = "DD/MM/YYYY"
        if values[5] is None and values[4] is not None:
            sheet.cell(row, 6).value = f"=D{row}+E{row}"
            sheet.cell(row, 6).number_format = "DD/MM/YYYY"
        if values[6] is not None:
            sheet.cell(row, 7).number_format = "0%"
        for column in (2, 3, 8):
            sheet.cell(row, column).alignment = Alignment(wrap_text=True, vertical="top")
    last = sheet.max_row
    sheet.append(
        [
            "",
            "Tổng số công việc:",
            f"=COUNTA(B{first}:B{last})",
            "",
            "",
            "",
            f"=AVERAGE(G{first}:G{last})",
            "",
        ]
    )
    sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    sheet.cell(sheet.max_row, 7).number_format = "0%"
    for column, width in zip("ABCDEFGH", [5, 50, 30, 13, 10, 14, 10, 28], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


def je4_docx(h, path: Path) -> None:
    """A children's hospital's conclusions of the monthly briefing (sibling of h125, → text PDF): a running
    header with the notice's date and a page-number footer, the page break inside a conclusion's
    sentence; dues as the meeting that hears the result (`tại cuộc họp … (ngày …)`, `tại kỳ họp tháng
    …`) and the day a change is in place (`vận hành từ ngày …`); a Deputy Director directing two units."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = "Bệnh viện Nhi đồng thành phố Cửu Long - TB số 57/TB-BVNĐ ngày 19/4/2027"
    footer = section.footer.paragraphs[0]
    footer.text = "- "
    page_field(footer)
    footer.add_run(" -")
    h.national_header(
        document,
        ["SỞ Y TẾ THÀNH PHỐ CỬU LONG", "BỆNH VIỆN NHI ĐỒNG", "Số: 57/TB-BVNĐ"],
        "Cửu Long, ngày 19 tháng 4 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Bệnh viện tại cuộc họp giao ban tháng 4 năm 2027",
            "Chiều ngày 16/4/2027, Giám đốc Bệnh viện chủ trì cuộc họp giao ban tháng 4. Dự họp có các Phó Giám đốc, trưởng các khoa, phòng, điều dưỡng trưởng các khoa. Sau khi nghe Phòng Kế hoạch - Nghiệp vụ báo cáo kết quả hoạt động tháng 3 và ý kiến thảo luận, Giám đốc Bệnh viện kết luận như sau:",
            "I. KẾT QUẢ HOẠT ĐỘNG THÁNG 3 NĂM 2027 (từ ngày 01/3 đến ngày 31/3/2027)",
            "Trong tháng, bệnh viện khám cho 48.210 lượt trẻ, tăng 9,4% so với tháng trước; điều trị nội trú 5.126 lượt, công suất sử dụng giường bệnh bình quân 112%, cao nhất tại Khoa Hô hấp 146% và Khoa Sơ sinh 128%. Thực hiện 1.034 ca phẫu thuật, trong đó 212 ca phẫu thuật loại đặc biệt; tỷ lệ nhiễm khuẩn vết mổ 0,6%.",
            "Bệnh viện tiếp nhận 356 ca tay chân miệng, tăng 88 ca so với tháng 2; 14 ca độ 2b trở lên điều trị tại Khoa Hồi sức tích cực, không có ca tử vong. Thời gian chờ khám trung bình tại Khoa Khám bệnh là 52 phút, vượt chỉ tiêu 12 phút; còn 326 hồ sơ bệnh án chưa được lưu trữ điện tử, chủ yếu ở các khoa ngoại.",
            "II. NHIỆM VỤ TRỌNG TÂM THÁNG 4 NĂM 2027 (từ ngày 19/4 đến ngày 30/4/2027)",
            "1. Phòng Hành chính quản trị chủ trì, phối hợp Phòng Công nghệ thông tin và Khoa Khám bệnh lắp đặt hệ thống gọi số tự động, bảng điện tử hướng dẫn người bệnh tại sảnh khám, khu lấy mẫu xét nghiệm và các phòng khám chuyên khoa; kết nối hệ thống với phần mềm quản lý bệnh viện để hiển thị thứ tự khám theo thời gian thực, hoàn thành trước ngày 28/4/2027.",
            "2. Khoa Kiểm soát nhiễm khuẩn tổ chức đánh giá tuân thủ quy trình tiêm an toàn tại Khoa Sơ sinh, Khoa Hồi sức tích cực và Khoa Ngoại tổng hợp; báo cáo kết quả tại cuộc họp giao ban tháng 5 (ngày 14/5/2027).",
            "3. Phòng Điều dưỡng xây dựng phương án điều động tối thiểu 08 điều dưỡng hỗ trợ Khoa Hô hấp và Khoa Truyền nhiễm trong đợt cao điểm tay chân miệng, trình Giám đốc trước 16 giờ 30 thứ Năm (22/4/2027).",
            "4. Phòng Vật tư thiết bị y tế phối hợp Phòng Tài chính kế toán hoàn tất thủ tục mua sắm 02 máy thở cao tần theo Quyết định số 204/QĐ-BVNĐ ngày 05/4/2027 của Giám đốc Bệnh viện, bao gồm thẩm định giá, lựa chọn nhà thầu và nghiệm thu, báo cáo kết quả chậm nhất ngày 30/4/2027.",
            "5. Giao đồng chí Phó Giám đốc phụ trách hành chính chỉ đạo Phòng Công nghệ thông tin và Khoa Dinh dưỡng triển khai phần mềm đặt suất ăn bệnh lý cho người bệnh nội trú, vận hành từ ngày 15/5/2027.",
            "6. Khoa Khám bệnh mở thêm 03 phòng khám ngoài giờ vào sáng Chủ nhật hằng tuần để giảm thời gian chờ khám, bắt đầu từ ngày 25/4/2027.",
            "7. Phòng Tổ chức cán bộ hoàn thiện hồ sơ đề nghị công nhận sáng kiến cấp cơ sở năm 2027, trình Hội đồng Sáng kiến của bệnh viện tại kỳ họp tháng 6/2027.",
            "8. Các khoa lâm sàng rà soát danh mục thuốc, vật tư tiêu hao tại khoa, gửi Khoa Dược trước ngày 23/4/2027.",
            "III. Giám đốc Bệnh viện đánh giá cao tinh thần trách nhiệm của tập thể Khoa Hồi sức tích cực và Khoa Sơ sinh trong cấp cứu, điều trị trẻ mắc tay chân miệng nặng.",
            "Phòng Kế hoạch - Nghiệp vụ thông báo để các khoa, phòng biết và thực hiện./.",
            "Nơi nhận:",
            "- Ban Giám đốc;",
            "- Các khoa, phòng;",
            "- Lưu: VT, KHNV.",
            "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC",
            "ThS.BS. Lâm Quốc Thịnh",
        ],
    )
    document.save(path)


def siblings_je() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: the .xlsx je3 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "je3_theo_doi_cv_so_xay_dung_han_cong_thuc.xlsx"
        source = Path(tmp) / "src" / name
        source.parent.mkdir()
        je3_xlsx(h, source)
        h.soffice_convert(source, "xlsx", DOCS / name)
        name = "je4_tbkl_bv_nhi_dau_trang_giua_cau_han_cuoc_hop"
        je4_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
