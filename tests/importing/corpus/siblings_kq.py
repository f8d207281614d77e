"""The main corpus's sibling of the held-out document h276 (moved to the main corpus when the importer
was taught its shape, helper h13fixKQ): a plan's appendix as a PDF with a text layer whose last task
row is cut by the page break inside its unit's name, and a closing note addressed to the lead bodies
by their role. kq1–kq3 (siblings of h282, h281, h271) are written by hand. Its expected items
(expected/kq4_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-kq` writes kq4 (.pdf, needs soffice).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

KQ4_ROWS = [
    [
        "1",
        "Rà soát, bổ sung quy hoạch vùng sản xuất rau an toàn tập trung của huyện",
        "Phòng Nông nghiệp và Môi trường",
        "UBND các xã",
        "Bản đồ vùng sản xuất",
        "Quý III/2028",
    ],
    [
        "2",
        "Hỗ trợ xây dựng mô hình nhà lưới sản xuất rau theo tiêu chuẩn VietGAP",
        "Trạm Khuyến nông huyện",
        "Hợp tác xã Rau sạch Yên Phong",
        "05 mô hình",
        "2028 - 2029",
    ],
    [
        "3",
        "Cấp mã số vùng trồng cho các vùng rau xuất khẩu",
        "Phòng Nông nghiệp và Môi trường",
        "Trạm Trồng trọt và Bảo vệ thực vật",
        "Mã số vùng trồng",
        "Tháng 10/2028",
    ],
    [
        "4",
        "Tập huấn quy trình sản xuất, ghi chép nhật ký đồng ruộng cho nông dân",
        "Trạm Khuyến nông huyện",
        "Hội Nông dân huyện",
        "20 lớp",
        "Hằng năm",
    ],
    [
        "5",
        "Xây dựng và công bố nhãn hiệu tập thể rau an toàn Yên Phong",
        "Phòng Kinh tế và Hạ tầng",
        "Hợp tác xã Rau sạch Yên Phong",
        "Giấy chứng nhận nhãn hiệu",
        "Kỳ họp thường lệ giữa năm 2029",
    ],
    [
        "6",
        "Kết nối tiêu thụ sản phẩm với các bếp ăn tập thể, siêu thị trong tỉnh",
        "Phòng Kinh tế và Hạ tầng",
        "Các doanh nghiệp phân phối",
        "10 hợp đồng bao tiêu",
        "2028 - 2030",
    ],
    [
        "7",
        "Kiểm tra, lấy mẫu giám sát dư lượng thuốc bảo vệ thực vật trên rau",
        "Trạm Trồng trọt và Bảo vệ thực vật",
        "Phòng Nông nghiệp và Môi trường",
        "Báo cáo kết quả giám sát",
        "Quý II và Quý IV hằng năm",
    ],
    [
        "8",
        "Đầu tư hệ thống tưới tiết kiệm nước cho vùng rau tập trung xã Đông Tiến",
        "Ban Quản lý dự án đầu tư xây dựng huyện",
        "UBND xã Đông Tiến",
        "Công trình hoàn thành",
        "Tháng 12/2029",
    ],
    [
        "9",
        "Hỗ trợ chứng nhận sản xuất hữu cơ cho các hộ tham gia chuỗi liên kết",
        "Trạm Khuyến nông huyện",
        "Các hợp tác xã",
        "50 hộ được chứng nhận",
        "2029 - 2030",
    ],
    [
        "10",
        "Xây dựng cơ sở dữ liệu truy xuất nguồn gốc sản phẩm rau của huyện",
        "Phòng Văn hóa, Khoa học và Thông tin",
        "Phòng Nông nghiệp và Môi trường",
        "Phần mềm truy xuất",
        "Tháng 6/2029",
    ],
    [
        "11",
        "Sơ kết, tổng kết thực hiện Kế hoạch",
        "Trung tâm Dịch vụ nông nghiệp huyện",
        "Các phòng, ban, UBND các xã liên quan",
        "Báo cáo tổng kết",
        "Sơ kết: Quý IV/2029; Tổng kết: Quý IV/2030",
    ],
]


def kq4_docx(h, path: Path, rows: list[list[str]]) -> None:
    """A district's plan appendix only (landscape, no header or signature): a task table whose last
    row the page break cuts, then `Ghi chú: Đơn vị chủ trì các nhiệm vụ …` with a quarterly report."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.set_landscape(document.sections[0])
    h.docx_paragraphs(
        document,
        [
            "Phụ lục",
            "CÁC NHIỆM VỤ PHÁT TRIỂN VÙNG SẢN XUẤT RAU AN TOÀN HUYỆN YÊN PHONG GIAI ĐOẠN 2028 - 2030",
            "(Kèm theo Kế hoạch số 77/KH-UBND ngày 04/6/2028 của UBND huyện Yên Phong)",
        ],
    )
    table = h.grid_table(
        document,
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Kết quả, sản phẩm",
            "Thời gian thực hiện",
        ],
        [0.5, 3.3, 1.9, 1.9, 1.5, 1.4],
    )
    for row in rows:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Đơn vị chủ trì các nhiệm vụ gửi báo cáo kết quả thực hiện về Phòng Nông nghiệp và Môi trường trước ngày 20 tháng cuối mỗi quý để tổng hợp, báo cáo UBND huyện.",
        ],
    )
    document.save(path)


def siblings_kq() -> None:
    if not shutil.which("soffice"):
        print("soffice not found: kq4 was not regenerated", file=sys.stderr)
        return
    h = heldout_writers()
    name = "kq4_phu_luc_kh_huyen_rau_hang_cat_trang"
    with tempfile.TemporaryDirectory() as tmp:
        kq4_docx(h, Path(tmp) / f"{name}.docx", KQ4_ROWS)
        h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
