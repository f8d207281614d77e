"""The main corpus's siblings of the held-out document h660 (moved to the main corpus when the importer
was taught its shape, by h13fixVC on 2026-12-06): a yearly programme whose time is the first column,
merged down over the rows of its quarter or month, where a row's own text prints a nearer day inside
that period (`(trước 10/3)`, an award given on its day `(14/10)`: that day is its due), a day outside
it (an occasion the work prepares for) is not, and a round of two months (`Hai tháng một lần`, `02
tháng/lần`) is recurring. Their expected items (expected/vc1_…, vc2_…) were written by hand before the
first import. `python tests/importing/corpus/make_docs.py --siblings-vc` writes the two.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _programme(path: Path, title: tuple[str, ...], header: tuple[str, ...], groups, closing) -> None:
    """A .docx of title paragraphs, one task table whose first column (the time) is merged down over
    each group's rows, and closing paragraphs."""
    from docx import Document

    document = Document()
    for text in title:
        document.add_paragraph(text)
    rows = sum(len(tasks) for _time, tasks in groups)
    table = document.add_table(rows=1 + rows, cols=len(header))
    table.style = "Table Grid"
    for column, text in enumerate(header):
        table.cell(0, column).text = text
    row = 1
    for time, tasks in groups:
        first = row
        for task in tasks:
            for column, text in enumerate(task, start=1):
                table.cell(row, column).text = text
            row += 1
        cell = table.cell(first, 0)
        if row - 1 > first:
            cell = cell.merge(table.cell(row - 1, 0))
        cell.text = time
    for text in closing:
        document.add_paragraph(text)
    document.save(path)


def vc1_docx(path: Path) -> None:
    """A provincial Farmers' Association's programme for 2028 (.docx): quarters merged down the first
    column, a person in charge beside each unit, a report's nearer day and an award's day in the
    text, a survey before a conference of another quarter, a newsletter every two months."""
    _programme(
        path,
        (
            "HỘI NÔNG DÂN TỈNH PHÚ SƠN",
            "BAN THƯỜNG VỤ",
            "Số: 18/CTr-HND",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028",
            "Ban Thường vụ Hội Nông dân tỉnh xây dựng Chương trình công tác năm 2028 như sau:",
        ),
        ("Thời gian", "TT", "Nội dung công việc", "Đơn vị thực hiện", "Người phụ trách"),
        (
            (
                "Quý I",
                (
                    (
                        "1",
                        "Tập huấn nghiệp vụ công tác Hội năm 2028 cho cán bộ chủ chốt cấp xã",
                        "Ban Tổ chức - Kiểm tra",
                        "PCT Lê Văn Hòa",
                    ),
                    (
                        "2",
                        "Sơ kết phong trào nông dân sản xuất, kinh doanh giỏi, báo cáo Trung ương Hội "
                        "(trước 10/3)",
                        "Ban Kinh tế - Xã hội",
                        "PCT Trịnh Thị Duyên",
                    ),
                ),
            ),
            (
                "Quý II",
                (
                    (
                        "3",
                        "Tổ chức Hội thi “Nhà nông đua tài” cấp tỉnh lần thứ V",
                        "Văn phòng Hội",
                        "Chủ tịch Nguyễn Đình Lâm",
                    ),
                ),
            ),
            (
                "Quý III",
                (
                    (
                        "4",
                        "Khảo sát mô hình kinh tế tập thể do Hội hỗ trợ, chuẩn bị Hội nghị biểu dương "
                        "ngày 25/10",
                        "Ban Kinh tế - Xã hội",
                        "PCT Trịnh Thị Duyên",
                    ),
                ),
            ),
            (
                "Quý IV",
                (
                    (
                        "5",
                        "Xét chọn, tôn vinh “Nông dân xuất sắc” cấp tỉnh, trao tặng dịp kỷ niệm ngày thành "
                        "lập Hội Nông dân Việt Nam (14/10)",
                        "Văn phòng Hội",
                        "Chủ tịch Nguyễn Đình Lâm",
                    ),
                    (
                        "6",
                        "Tổng kết công tác Hội và phong trào nông dân năm 2028",
                        "Văn phòng Hội",
                        "PCT Lê Văn Hòa",
                    ),
                ),
            ),
            (
                "Hai tháng một lần",
                (("7", "Phát hành Bản tin Nông dân Phú Sơn", "Ban Tuyên huấn", "Trưởng ban Đỗ Thị Hạnh"),),
            ),
            (
                "Thường xuyên",
                (
                    (
                        "8",
                        "Hướng dẫn hoạt động các chi hội nghề nghiệp, tổ hội nghề nghiệp",
                        "Ban Tổ chức - Kiểm tra",
                        "PCT Lê Văn Hòa",
                    ),
                ),
            ),
        ),
        (
            "Nơi nhận:",
            "- Trung ương Hội NDVN (b/c);",
            "- Lưu: VP.",
            "TM. BAN THƯỜNG VỤ",
            "CHỦ TỊCH",
            "Nguyễn Đình Lâm",
        ),
    )


def vc2_docx(path: Path) -> None:
    """A district culture centre's programme for 2027 (.docx): months merged down the first column, a
    race's day and a file's deadline in the text, a show preparing another month's anniversary, a
    mobile cinema every two months."""
    _programme(
        path,
        (
            "UBND HUYỆN ĐÔNG HẢI",
            "TRUNG TÂM VĂN HÓA - THÔNG TIN VÀ THỂ THAO",
            "Số: 07/KH-TTVH",
            "KẾ HOẠCH HOẠT ĐỘNG NĂM 2027",
        ),
        ("Thời gian", "STT", "Nội dung hoạt động", "Bộ phận chủ trì", "Lãnh đạo phụ trách"),
        (
            (
                "Tháng 3",
                (
                    (
                        "1",
                        "Tổ chức Giải chạy việt dã “Vì hòa bình” huyện Đông Hải năm 2027 (ngày 26/3)",
                        "Đội Thể dục thể thao",
                        "PGĐ Vũ Văn Minh",
                    ),
                    (
                        "2",
                        "Trang trí cổ động trực quan chào mừng Ngày thành lập Đoàn TNCS Hồ Chí Minh",
                        "Tổ Tuyên truyền cổ động",
                        "PGĐ Vũ Văn Minh",
                    ),
                ),
            ),
            (
                "Tháng 4",
                (
                    (
                        "3",
                        "Hoàn thiện hồ sơ đề nghị xếp hạng di tích cấp tỉnh Đình làng Vạn Phúc, gửi Sở Văn "
                        "hóa, Thể thao và Du lịch (trước 20/4)",
                        "Tổ Bảo tàng - Di tích",
                        "Giám đốc Phan Thị Thu",
                    ),
                    (
                        "4",
                        "Dàn dựng chương trình nghệ thuật phục vụ Lễ kỷ niệm ngày giải phóng huyện 30/5",
                        "Đội Thông tin lưu động",
                        "PGĐ Vũ Văn Minh",
                    ),
                ),
            ),
            (
                "Tháng 9",
                (
                    (
                        "5",
                        "Tổ chức Đêm hội Trăng rằm cho thiếu nhi (ngày 15/9)",
                        "Tổ Tuyên truyền cổ động",
                        "PGĐ Vũ Văn Minh",
                    ),
                ),
            ),
            (
                "Quý IV",
                (
                    (
                        "6",
                        "Tổng kết hoạt động văn hóa, thông tin, thể thao năm 2027",
                        "Tổ Hành chính - Tổng hợp",
                        "Giám đốc Phan Thị Thu",
                    ),
                ),
            ),
            (
                "02 tháng/lần",
                (
                    (
                        "7",
                        "Chiếu phim lưu động phục vụ nhân dân các xã vùng bãi ngang",
                        "Đội Thông tin lưu động",
                        "PGĐ Vũ Văn Minh",
                    ),
                ),
            ),
            (
                "Thường xuyên",
                (
                    (
                        "8",
                        "Cập nhật tin, bài trên Trang thông tin điện tử của huyện",
                        "Tổ Tuyên truyền cổ động",
                        "PGĐ Vũ Văn Minh",
                    ),
                ),
            ),
        ),
        ("Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT.", "GIÁM ĐỐC", "Phan Thị Thu"),
    )


def siblings_vc() -> None:
    vc1_docx(DOCS / "vc1_ctr_hoi_nong_dan_cot_quy_gop.docx")
    vc2_docx(DOCS / "vc2_kh_trung_tam_van_hoa_cot_thang_gop.docx")
