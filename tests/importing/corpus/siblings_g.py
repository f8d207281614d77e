"""The main corpus's siblings of the held-out documents h70 and h71 (moved to the main corpus when
the importer was taught their shapes; h75's and h80's siblings y01, y02 are HTML and text written by
hand): the same shape with other bodies, units, tasks, dates and surface details. Their expected
items (expected/y03_…, y04_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-g` writes them.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _heldout():
    return heldout_writers()


def y03_xlsx(path: Path) -> None:
    """A district health centre's improvement plan (sibling of h70): the problem merged down over its
    activities, a named person with degree and post in charge, start and end columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH cải tiến"
    sheet.append(["TRUNG TÂM Y TẾ HUYỆN CAM LỘ"])
    sheet.append(["KẾ HOẠCH HOẠT ĐỘNG CẢI TIẾN CHẤT LƯỢNG 6 THÁNG CUỐI NĂM 2026"])
    sheet.append([])
    sheet.append(
        [
            "STT",
            "Vấn đề cần cải tiến",
            "Hoạt động cải tiến",
            "Người phụ trách",
            "Ngày bắt đầu",
            "Ngày kết thúc",
            "Kết quả mong đợi",
        ]
    )
    rows = [
        (
            "Người bệnh chờ lấy máu xét nghiệm lâu",
            "Mở thêm 01 bàn lấy mẫu xét nghiệm từ 6 giờ 30 sáng",
            "CN. Hoàng Thị Mai - Trưởng khoa Xét nghiệm",
            "01/7/2026",
            "31/8/2026",
            "Thời gian chờ < 20 phút",
        ),
        (
            None,
            "Trả kết quả xét nghiệm qua tin nhắn cho người bệnh",
            "KS. Lê Quang Vinh - Phụ trách phòng Công nghệ thông tin",
            "15/7/2026",
            "Quý IV/2026",
            "80% kết quả gửi tự động",
        ),
        (
            "Hồ sơ bệnh án ghi chép chưa đầy đủ",
            "Kiểm tra ngẫu nhiên hồ sơ bệnh án ra viện",
            "BSCKI. Trần Văn Hòa - Trưởng phòng Kế hoạch nghiệp vụ",
            "01/7/2026",
            "Hằng tháng",
            "100% khoa lâm sàng được kiểm tra",
        ),
        (
            None,
            "Tập huấn ghi chép hồ sơ bệnh án cho bác sĩ mới",
            "ThS. Nguyễn Thị Thu - Phó trưởng phòng Kế hoạch nghiệp vụ",
            "Tháng 8/2026",
            "30/9/2026",
            "",
        ),
        (
            "Té ngã người bệnh cao tuổi",
            "Lắp tay vịn tại nhà vệ sinh các khoa nội trú",
            "KS. Phan Đức Long - Trưởng phòng Hành chính quản trị",
            "01/8/2026",
            "Tháng 10/2026",
            "Không có ca té ngã",
        ),
        (
            None,
            "Đánh giá nguy cơ té ngã khi nhập viện",
            "CN. Võ Thị Lệ - Trưởng phòng Điều dưỡng",
            "Quý III/2026",
            "Duy trì thường xuyên",
            "100% người bệnh trên 65 tuổi được đánh giá",
        ),
    ]
    first = 5
    for offset, (problem, activity, person, start, end, result) in enumerate(rows):
        sheet.append([offset + 1, problem, activity, person, start, end, result])
    for top, bottom in ((first, first + 1), (first + 2, first + 3), (first + 4, first + 5)):
        sheet.merge_cells(start_row=top, start_column=2, end_row=bottom, end_column=2)
        sheet.cell(top, 2).alignment = Alignment(vertical="center", wrap_text=True)
    sheet.merge_cells("A1:G1")
    sheet.merge_cells("A2:G2")
    sheet["A2"].font = Font(bold=True)
    workbook.save(path)


def y04_docx(path: Path, h) -> None:
    """A Department's reminder on overdue tasks (sibling of h71): the letter, then an appendix whose
    table gives the assigning document, the first deadline and the new one, dotted dates."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND TỈNH HÀ TĨNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 2210/SGDĐT-VP"],
        "Hà Tĩnh, ngày 14 tháng 9 năm 2026",
    )
    document.add_paragraph("V/v đôn đốc hoàn thành các nhiệm vụ chậm tiến độ")
    document.add_paragraph("Kính gửi: Các phòng chuyên môn; các đơn vị trực thuộc Sở.")
    document.add_paragraph(
        "Qua theo dõi, đến ngày 10.9.2026 còn 05 nhiệm vụ do Giám đốc Sở giao đã quá hạn nhưng chưa hoàn thành (chi tiết tại Phụ lục kèm theo)."
    )
    document.add_paragraph(
        "Thừa lệnh Giám đốc Sở, Văn phòng Sở đề nghị Thủ trưởng các phòng, đơn vị khẩn trương hoàn thành các nhiệm vụ theo thời hạn tại Phụ lục; báo cáo kết quả về Văn phòng Sở trước ngày 30.9.2026."
    )
    document.add_paragraph("Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, VP.")
    document.add_paragraph("TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\nNguyễn Thị Hằng")
    document.add_page_break()
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("CÁC NHIỆM VỤ CHẬM TIẾN ĐỘ")
    document.add_paragraph("(Kèm theo Công văn số 2210/SGDĐT-VP ngày 14.9.2026 của Sở Giáo dục và Đào tạo)")
    rows = [
        (
            "1",
            "TB số 45/TB-SGDĐT ngày 03.3.2026",
            "Xây dựng kế hoạch chuyển đổi số trong trường học giai đoạn 2026 - 2030",
            "Phòng Kế hoạch - Tài chính",
            "30.5.2026",
            "25.9.2026",
        ),
        (
            "2",
            "CV số 812/SGDĐT-GDTrH ngày 15.4.2026",
            "Rà soát, sắp xếp mạng lưới trường trung học phổ thông",
            "Phòng Giáo dục trung học",
            "30.6.2026",
            "15.10.2026",
        ),
        (
            "3",
            "KH số 60/KH-SGDĐT ngày 02.4.2026",
            "Tổ chức hội thi giáo viên dạy giỏi cấp tỉnh bậc mầm non",
            "Phòng Giáo dục mầm non",
            "31.7.2026",
            "Trong tháng 10/2026",
        ),
        (
            "4",
            "QĐ số 233/QĐ-SGDĐT ngày 20.5.2026",
            "Kiểm tra công tác tuyển sinh lớp 10 tại các trường ngoài công lập (đã gia hạn một lần)",
            "Thanh tra Sở",
            "15.8.2026",
            "30.9.2026",
        ),
        (
            "5",
            "TB số 98/TB-SGDĐT ngày 05.6.2026",
            "Cập nhật dữ liệu đội ngũ giáo viên lên cơ sở dữ liệu ngành",
            "Phòng Tổ chức cán bộ",
            "31.8.2026",
            "20.9.2026",
        ),
    ]
    table = document.add_table(rows=1, cols=6)
    for cell, label in zip(
        table.rows[0].cells,
        [
            "STT",
            "Văn bản chỉ đạo",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Hạn đã giao",
            "Yêu cầu hoàn thành",
        ],
        strict=True,
    ):
        cell.text = label
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(path)


def siblings_g() -> None:
    y03_xlsx(DOCS / "y03_kh_cai_tien_ttyt_van_de_gop_nguoi_phu_trach.xlsx")
    y04_docx(DOCS / "y04_cv_don_doc_cham_tien_do_phu_luc_han_moi.docx", _heldout())
