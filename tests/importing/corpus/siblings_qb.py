"""The main corpus's siblings of the held-out documents h355 and h359 (moved to the main corpus when the
importer was taught their shapes, helper h13fixQB). h355's: an e-office slip for an incoming document
whose items are the leaders' directions in its processing log. qb1 is a department's slip as .docx (`Cán
bộ xử lý`, `Nội dung ý kiến`, `Thời hạn`; the director's name before his post, two bodies in one
sentence split by `;`, the second `gửi cùng thời hạn`, an extension asked by one line and granted by a
later one without naming the body, a closing monthly request to every school); qb2 (a commune's page,
.html) is written by hand. h359's (qb3, qb4: plain-text e-mails saved with English header dates, `Sent:
Tuesday, October 5, 2027 9:05 AM` and `Date: Mon, 8 Nov 2027 07:42:15 +0700`, numbered `<unit>: <task>`
duties with weekdays counted from the mail, `thời hạn như mục N`, a label of two bodies, a paragraph of
two units' clauses and a `Đối với …:`/`Riêng …:` paragraph after the list) are written by hand. Their
expected items (expected/qb*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qb` writes qb1 (.docx).
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _table(document, rows: list[list[str]]):
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for texts in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, texts, strict=True):
            cell.text = text
    return table


def qb1_docx(path: Path) -> None:
    """A provincial education department's slip for a ministry's dispatch, printed from its document
    system: the dispatch's fields, then `Ý KIẾN XỬ LÝ` over a log `TT | Ngày, giờ | Cán bộ xử lý | Nội
    dung ý kiến | Thời hạn` of seven lines."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(12)
    for line in (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH GIANG",
        "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN",
        "(Xuất từ Phần mềm quản lý văn bản và hồ sơ công việc ngày 16/3/2028)",
    ):
        document.add_paragraph(line)
    _table(
        document,
        [
            ["Số đến", "0386"],
            ["Số, ký hiệu văn bản", "512/BGDĐT-GDTrH"],
            ["Ngày ban hành", "27/02/2028"],
            ["Nơi gửi", "Bộ Giáo dục và Đào tạo"],
            ["Trích yếu", "V/v tổ chức ôn thi tốt nghiệp trung học phổ thông năm 2028"],
            ["Hạn giải quyết", "20/03/2028"],
        ],
    )
    document.add_paragraph("")
    document.add_paragraph("Ý KIẾN XỬ LÝ")
    _table(
        document,
        [
            ["TT", "Ngày, giờ", "Cán bộ xử lý", "Nội dung ý kiến", "Thời hạn"],
            ["1", "02/03/2028 08:05", "Lê Thị Mai - Văn thư", "Chuyển Giám đốc Sở cho ý kiến chỉ đạo.", ""],
            [
                "2",
                "02/03/2028 14:30",
                "Nguyễn Hữu Phước - Giám đốc Sở",
                "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Quản lý chất lượng xây dựng kế "
                "hoạch tổ chức ôn thi tốt nghiệp trung học phổ thông năm 2028, trình Giám đốc Sở trước ngày "
                "10/3/2028. Phòng Kế hoạch - Tài chính rà soát, đề xuất kinh phí hỗ trợ ôn thi cho học sinh "
                "các xã đặc biệt khó khăn, gửi Phòng Giáo dục Trung học trước ngày 07/3/2028; Phòng Tổ chức "
                "cán bộ tổng hợp danh sách giáo viên tham gia ôn thi, gửi cùng thời hạn.",
                "10/03/2028",
            ],
            [
                "3",
                "03/03/2028 09:10",
                "Hồ Minh Tâm - Chuyên viên Văn phòng",
                "Đã chuyển văn bản đến Phòng Giáo dục Trung học, Phòng Quản lý chất lượng, Phòng Kế hoạch - "
                "Tài chính, Phòng Tổ chức cán bộ.",
                "",
            ],
            [
                "4",
                "06/03/2028 16:40",
                "Phòng Giáo dục Trung học",
                "Kính đề nghị Giám đốc Sở cho gia hạn đến ngày 14/3/2028 để lấy ý kiến góp ý của các trường "
                "trung học phổ thông.",
                "",
            ],
            [
                "5",
                "07/03/2028 07:50",
                "Trần Thị Kim Oanh - Phó Giám đốc Sở",
                "Thống nhất gia hạn đến ngày 14/3/2028. Văn phòng Sở bố trí lịch làm việc để Lãnh đạo Sở "
                "nghe báo cáo dự thảo kế hoạch, thông báo cho các phòng trước ngày 12/3/2028.",
                "14/03/2028",
            ],
            [
                "6",
                "14/03/2028 17:00",
                "Phòng Giáo dục Trung học",
                "Đã trình dự thảo Kế hoạch tại Tờ trình số 45/TTr-GDTrH ngày 14/3/2028.",
                "",
            ],
            [
                "7",
                "16/03/2028 08:20",
                "Nguyễn Hữu Phước - Giám đốc Sở",
                "Đồng ý với dự thảo Kế hoạch. Giao Văn phòng Sở phát hành Kế hoạch, gửi các trường trung học "
                "phổ thông trước ngày 18/3/2028. Các trường trung học phổ thông báo cáo kết quả ôn thi về "
                "Phòng Giáo dục Trung học trước ngày 05 hằng tháng.",
                "18/03/2028",
            ],
        ],
    )
    document.add_paragraph("")
    document.add_paragraph("Người in phiếu: Hồ Minh Tâm - Văn phòng Sở.")
    document.save(path)


def siblings_qb() -> None:
    qb1_docx(DOCS / "qb1_phieu_giai_quyet_vb_den_so_gddt_y_kien.docx")
