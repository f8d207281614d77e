"""The main corpus's siblings of the held-out document h640 (moved to the main corpus when the importer
was taught its shape, by h13fixUC on 2026-12-06): a quarter's programme whose first column is the month,
merged down over that month's rows (or printed once over blank cells), and whose note column gives
some rows a time of their own inside the month — a span of days (`Từ ngày 03/4 đến 14/4/2028`: due its
last day), a standing time (`Thường xuyên`, `Hằng ngày`: ongoing), a day scheduled (`Dự kiến ngày
22/5`) — beside rows that take the month's end, and a remark that only mentions a day (`Số liệu tính
đến …`: the month stands). Their expected items (expected/uc1_…, uc2_…) were written by hand before
the first import. `python tests/importing/corpus/make_docs.py --siblings-uc` writes uc1 (uc2 is a
Markdown file written by hand in docs/).
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

# (month or "", number, task, lead, leader, note); a month over the rows until the next one
UC1_ROWS = (
    (
        "Tháng 4/2028",
        "1",
        "Tổ chức chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi",
        "Khoa Kiểm soát bệnh tật - HIV/AIDS",
        "PGĐ Lê Thu Hà",
        "Từ ngày 03/4 đến 14/4/2028",
    ),
    (
        "",
        "2",
        "Kiểm tra điều kiện an toàn thực phẩm tại bếp ăn tập thể các trường mầm non",
        "Khoa An toàn thực phẩm",
        "PGĐ Lê Thu Hà",
        "",
    ),
    (
        "",
        "3",
        "Giám sát ca bệnh sốt xuất huyết, xử lý ổ dịch tại các xã",
        "Khoa Kiểm soát bệnh tật - HIV/AIDS",
        "PGĐ Lê Thu Hà",
        "Thường xuyên",
    ),
    (
        "Tháng 5/2028",
        "4",
        "Tổ chức Hội nghị sơ kết công tác y tế dự phòng 6 tháng đầu năm",
        "Phòng Kế hoạch - Nghiệp vụ",
        "Giám đốc",
        "Dự kiến ngày 22/5",
    ),
    (
        "",
        "5",
        "Rà soát, cập nhật hồ sơ sức khỏe điện tử của người dân trên địa bàn",
        "Phòng Dân số - Truyền thông",
        "PGĐ Võ Minh Quang",
        "Số liệu tính đến 30/4/2028",
    ),
    (
        "",
        "6",
        "Thanh quyết toán kinh phí chương trình mục tiêu y tế năm 2027",
        "Phòng Tài chính - Kế toán",
        "Giám đốc",
        "",
    ),
    (
        "Tháng 6/2028",
        "7",
        "Tổ chức đợt truyền thông hưởng ứng Ngày Thế giới không thuốc lá",
        "Phòng Dân số - Truyền thông",
        "PGĐ Võ Minh Quang",
        "Từ 25/5 - 06/6/2028",
    ),
    (
        "",
        "8",
        "Tổ chức khám sức khỏe năm 2028 cho viên chức, người lao động của Trung tâm",
        "Phòng Tổ chức - Hành chính",
        "Giám đốc",
        "Từ 10/6 đến 19/6",
    ),
)


def uc1_docx(path: Path) -> None:
    """A district health centre's programme for the second quarter of 2028 (.docx): the month column
    merged down (vMerge) over each month's rows, the time of some rows in the note column."""
    from docx import Document

    document = Document()
    for text in (
        "SỞ Y TẾ TỈNH HẢI ĐÔNG",
        "TRUNG TÂM Y TẾ HUYỆN VĨNH XUÂN",
        "Số: 58/CTr-TTYT",
        "CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2028",
        "Thực hiện Kế hoạch hoạt động năm 2028 của Sở Y tế, Trung tâm Y tế huyện Vĩnh Xuân xây dựng "
        "Chương trình công tác Quý II năm 2028 như sau:",
    ):
        document.add_paragraph(text)
    header = ("Tháng", "STT", "Nội dung", "Bộ phận chủ trì", "Lãnh đạo phụ trách", "Ghi chú")
    table = document.add_table(rows=1 + len(UC1_ROWS), cols=len(header))
    table.style = "Table Grid"
    for column, text in enumerate(header):
        table.cell(0, column).text = text
    starts = []
    for index, row in enumerate(UC1_ROWS, start=1):
        for column, text in enumerate(row):
            if text:
                table.cell(index, column).text = text
        if row[0]:
            starts.append(index)
    for start, end in zip(starts, [*starts[1:], len(UC1_ROWS) + 1], strict=True):
        if end - start > 1:
            table.cell(start, 0).merge(table.cell(end - 1, 0))
    for text in (
        "Các khoa, phòng báo cáo kết quả thực hiện về Phòng Kế hoạch - Nghiệp vụ trước ngày 25/6/2028 "
        "để tổng hợp.",
        "Nơi nhận:",
        "- Sở Y tế (b/c);",
        "- Các khoa, phòng;",
        "- Lưu: VT, KHNV.",
        "GIÁM ĐỐC",
        "Phan Đức Thịnh",
    ):
        document.add_paragraph(text)
    document.save(path)


def siblings_uc() -> None:
    uc1_docx(DOCS / "uc1_ctr_quy_ttyt_huyen_thang_gop_ghi_chu_thoi_gian.docx")
