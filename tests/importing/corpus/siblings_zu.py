"""The main corpus's siblings of the held-out document h854 (a district Fatherland Front committee's
yearly programme), moved to the main corpus when the importer was taught its shape, by h13fixZU on
2026-12-06.

Their shape: a body's programme as a gridded task table under roman section rows, an italic note
under the table, then the issuer's closing paragraph asking every body of a kind, by its own name
before the verb (`Ban Chấp hành Hội đề nghị các chi hội …`, `Ban Thường vụ Tỉnh đoàn yêu cầu các
huyện đoàn …`), for a monthly report by a day (recurring, lead not scored).

`zu1` (.docx): a district Farmers' Association's yearly work programme.
`zu2` (.docx): a provincial Youth Union's quarterly work programme.

Their expected items (expected/zu1_…, zu2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zu` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, grid, head_block, para, sign_table  # noqa: E402 — heldout/ first

HEADER = ["TT", "Nội dung công việc", "Bộ phận chủ trì", "Phối hợp", "Thời gian"]


def zu1_docx(path: Path) -> None:
    """A district Farmers' Association's yearly work programme (.docx)."""
    doc = document()
    head_block(
        doc,
        "HỘI NÔNG DÂN TỈNH LAM ĐIỀN\nBCH HỘI NÔNG DÂN HUYỆN KHE SƠN\n───────\nSố: 07-CTr/HND",
        right2="Khe Sơn, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(doc, "Công tác Hội và phong trào nông dân năm 2027", bold=True, center=True)
    grid(
        doc,
        HEADER,
        [
            ("§", "I", "CÔNG TÁC TUYÊN TRUYỀN"),
            [
                "1",
                "Tuyên truyền chính sách hỗ trợ chuyển đổi cơ cấu cây trồng đến hội viên",
                "Ban Tuyên huấn",
                "Chi hội các thôn",
                "Trước 31/3/2027",
            ],
            [
                "2",
                "Tổ chức Hội thi Nhà nông đua tài cấp huyện",
                "Ban Tuyên huấn",
                "Văn phòng Hội",
                "Trước 30/9/2027",
            ],
            ("§", "II", "CÔNG TÁC HỖ TRỢ NÔNG DÂN"),
            [
                "3",
                "Giải ngân vốn Quỹ Hỗ trợ nông dân cho 40 hộ chăn nuôi",
                "Ban Kinh tế - Xã hội",
                "",
                "Trước 30/6/2027",
            ],
            [
                "4",
                "Mở 03 lớp tập huấn kỹ thuật trồng cam sành an toàn",
                "Ban Kinh tế - Xã hội",
                "Trạm Khuyến nông",
                "Trước 31/8/2027",
            ],
        ],
    )
    para(doc, "Ghi chú: Thời gian có thể điều chỉnh theo chỉ đạo của Hội Nông dân tỉnh.", italic=True)
    para(
        doc,
        "Ban Chấp hành Hội đề nghị các chi hội trực thuộc, Hội Nông dân các xã, thị trấn căn cứ Chương trình này xây dựng kế hoạch thực hiện; báo cáo kết quả về Văn phòng Hội trước ngày 25 hằng tháng./.",
    )
    sign_table(
        doc, "Nơi nhận:\n- Hội Nông dân tỉnh;\n- Lưu VP.", "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\n\n\nHà Văn Quyết"
    )
    doc.save(path)


def zu2_docx(path: Path) -> None:
    """A provincial Youth Union's quarterly work programme (.docx)."""
    doc = document()
    head_block(
        doc,
        "BCH ĐOÀN TỈNH NAM HÀ GIANG\n───────\nSố: 112-CTr/TĐTN-VP",
        right2="Nam Hà Giang, ngày 24 tháng 3 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2027", bold=True, center=True)
    grid(
        doc,
        HEADER,
        [
            ("§", "I", "CÔNG TÁC GIÁO DỤC"),
            [
                "1",
                "Tổ chức Lễ kỷ niệm ngày thành lập Đoàn cho đoàn viên tiêu biểu",
                "Ban Tuyên giáo",
                "Các huyện đoàn",
                "Trước 26/3/2027",
            ],
            [
                "2",
                "Phát động Tháng Thanh niên với chủ đề thanh niên khởi nghiệp",
                "Ban Phong trào",
                "",
                "Trước 15/4/2027",
            ],
            ("§", "II", "CÔNG TÁC TỔ CHỨC"),
            [
                "3",
                "Rà soát, cập nhật dữ liệu đoàn viên trên phần mềm quản lý",
                "Ban Tổ chức - Kiểm tra",
                "Văn phòng",
                "Trước 31/5/2027",
            ],
        ],
    )
    para(doc, "Lưu ý: Thời gian tổ chức có thể thay đổi theo chương trình của Trung ương Đoàn.", italic=True)
    para(
        doc,
        "Ban Thường vụ Tỉnh đoàn yêu cầu các huyện đoàn, thành đoàn và đoàn trực thuộc triển khai thực hiện Chương trình; báo cáo kết quả về Văn phòng Tỉnh đoàn trước ngày 22 hằng tháng.",
    )
    sign_table(doc, "Nơi nhận:\n- TW Đoàn;\n- Lưu VP.", "TM. BAN THƯỜNG VỤ\nBÍ THƯ\n\n\n\nLục Thị Mai")
    doc.save(path)


def siblings_zu() -> None:
    """Write zu1 and zu2 into docs/."""
    zu1_docx(DOCS / "zu1_ctr_hoi_nong_dan_huyen_de_nghi.docx")
    zu2_docx(DOCS / "zu2_ctr_tinh_doan_quy_yeu_cau.docx")
