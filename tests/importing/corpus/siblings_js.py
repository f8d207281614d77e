"""The main corpus's sibling of the held-out document h193 (moved to the main corpus when the importer
was taught its shape, helper h13fixJS): an office's monthly plan whose lead column names the persons
who do the work, with other bodies, persons, tasks, dates and surface details. Its expected items
(expected/js1_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-js` writes js1 (.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def js1_docx(h, path: Path) -> None:
    """A district hospital's planning office's monthly plan: last month in prose (no items), then a
    table whose `Cán bộ thực hiện` column names persons (`Đ/c …`, two split by `;`, `Cả tổ`) and
    whose `Sản phẩm` column holds a date that is not the due."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["TRUNG TÂM Y TẾ HUYỆN KIM SƠN", "PHÒNG KẾ HOẠCH - NGHIỆP VỤ"],
        "Kim Sơn, ngày 28 tháng 3 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH CÔNG TÁC THÁNG 4 NĂM 2028",
            "I. KẾT QUẢ THÁNG 3/2028",
            "Tháng 3/2028, Phòng đã hoàn thành tổng hợp số liệu khám chữa bệnh quý I, trình Giám đốc Trung tâm dự thảo kế hoạch kiểm tra chéo các khoa. Việc cập nhật danh mục kỹ thuật mới chưa xong, chuyển sang tháng 4.",
            "II. KẾ HOẠCH CÔNG TÁC THÁNG 4/2028",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Nội dung công việc", "Cán bộ thực hiện", "Thời gian", "Sản phẩm"],
        [0.4, 2.6, 1.5, 1.0, 1.5],
    )
    for row in [
        [
            "1",
            "Cập nhật danh mục kỹ thuật mới trình Sở Y tế phê duyệt",
            "Đ/c Vũ Thị Lan Anh",
            "03 - 12/4",
            "Tờ trình và danh mục kỹ thuật",
        ],
        [
            "2",
            "Tổng hợp số ca bệnh truyền nhiễm báo cáo Trung tâm Kiểm soát bệnh tật",
            "Đ/c Đinh Quang Huy",
            "Hằng tuần (thứ Hai)",
            "Báo cáo tuần",
        ],
        [
            "3",
            "Xây dựng kế hoạch kiểm tra chéo hồ sơ bệnh án giữa các khoa",
            "Đ/c Vũ Thị Lan Anh; đ/c Mai Xuân Trường",
            "Trước 18/4",
            "Kế hoạch được Giám đốc ký ban hành",
        ],
        [
            "4",
            "Chuẩn bị tài liệu họp giao ban chuyên môn tháng",
            "Cả tổ",
            "Tuần 3 (14 - 18/4)",
            "Tài liệu giao ban, dự kiến họp ngày 25/4/2028",
        ],
        [
            "5",
            "Giám sát việc ghi chép sổ sách tại các trạm y tế xã",
            "Đ/c Mai Xuân Trường",
            "Thường xuyên",
            "Biên bản giám sát",
        ],
        [
            "6",
            "Phối hợp Phòng Tài chính - Kế toán rà soát giá dịch vụ kỹ thuật",
            "Đ/c Hà Minh Châu",
            "Trước ngày 24/4",
            "Bảng giá đề xuất điều chỉnh",
        ],
    ]:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "III. KIẾN NGHỊ",
            "Đề nghị Giám đốc Trung tâm bố trí 01 máy in cho bộ phận thống kê.",
            "Nơi nhận:\n- Giám đốc Trung tâm (b/c);\n- Lưu: KHNV.",
            "TRƯỞNG PHÒNG\n(đã ký)\nNguyễn Văn Khải",
        ],
    )
    document.save(path)


def siblings_js() -> None:
    h = heldout_writers()
    js1_docx(h, DOCS / "js1_kh_thang_phong_khnv_can_bo_thuc_hien.docx")
