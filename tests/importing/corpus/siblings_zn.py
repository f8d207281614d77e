"""The main corpus's sibling of the held-out document h842 (a State Treasury control division's notice
of conclusions), moved to the main corpus when the importer was taught its shape, by h13fixZN on
2026-12-06.

Its shape: a body's point led by a unit named by recurrent spending or continuing education, the
manner word `thường xuyên` inside the name (`Bộ phận Quản lý ngân sách chi thường xuyên hướng dẫn …`,
`Phòng Giáo dục thường xuyên tổ chức …`: the whole name leads), beside units whose name ends before a
`thường xuyên` that is the manner of their verb (`Phòng Tài chính thường xuyên …`).

`zn1` (.docx): a district finance office's notice of conclusions.
`zn2` (.docx): a provincial education department's notice of conclusions.

Their expected items (expected/zn1_…, zn2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zn` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def zn1_docx(path: Path) -> None:
    """A district finance office's notice of its head's conclusions (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN LẠC SƠN\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\n───────\nSố: 214/TB-TCKH",
        right2="Lạc Sơn, ngày 03 tháng 11 năm 2027",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Trưởng phòng tại cuộc họp giao ban tháng 11 năm 2027", bold=True, center=True)
    para(
        doc,
        "Ngày 02/11/2027, đồng chí Hà Văn Tuấn, Trưởng phòng Tài chính - Kế hoạch chủ trì cuộc họp giao ban. Trưởng phòng kết luận như sau:",
    )
    para(
        doc,
        "1. Bộ phận Quản lý ngân sách chi thường xuyên hướng dẫn các xã lập dự toán ngân sách năm 2028, hoàn thành trước ngày 20/11/2027.",
    )
    para(
        doc,
        "2. Tổ Thẩm định giá phối hợp Phòng Kinh tế và Hạ tầng thẩm định giá thiết bị trường học, hoàn thành trước ngày 30/11/2027.",
    )
    para(
        doc,
        "3. Bộ phận Quản lý ngân sách chi thường xuyên tổng hợp số liệu thu, chi ngân sách 10 tháng, báo cáo Trưởng phòng trước ngày 10/11/2027.",
    )
    para(
        doc,
        "4. Đề nghị Kho bạc Nhà nước huyện phối hợp đối chiếu số dư tạm ứng của các đơn vị dự toán trước ngày 15/12/2027.",
    )
    para(doc, "Phòng Tài chính - Kế hoạch thông báo để các bộ phận biết, thực hiện./.")
    sign_table(doc, "Nơi nhận:\n- UBND huyện (b/c);\n- Lưu: VT.", "TRƯỞNG PHÒNG\n\n\n\nHà Văn Tuấn")
    doc.save(path)


def zn2_docx(path: Path) -> None:
    """A provincial education department's notice of its director's conclusions (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH BẮC HÀ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n───────\nSố: 1187/TB-SGDĐT",
        right2="Bắc Hà, ngày 16 tháng 3 năm 2028",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Giám đốc Sở tại cuộc họp về công tác xóa mù chữ năm 2028",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Ngày 14/3/2028, Giám đốc Sở chủ trì cuộc họp với các phòng chuyên môn. Giám đốc Sở kết luận như sau:",
    )
    para(
        doc,
        "1. Phòng Giáo dục thường xuyên tổ chức khảo sát số người mù chữ trong độ tuổi 15 - 60 tại các xã vùng cao, hoàn thành trước ngày 30/4/2028.",
    )
    para(
        doc,
        "2. Phòng Kế hoạch - Tài chính bố trí kinh phí mở lớp xóa mù chữ, trình Giám đốc Sở trước ngày 15/5/2028.",
    )
    para(
        doc,
        "3. Phòng Giáo dục thường xuyên biên soạn tài liệu song ngữ cho lớp xóa mù chữ, hoàn thành trong tháng 6/2028.",
    )
    para(
        doc,
        "4. Văn phòng Sở đăng tải kết quả khảo sát trên Cổng thông tin điện tử của Sở trước ngày 10/5/2028.",
    )
    para(doc, "Sở Giáo dục và Đào tạo thông báo để các phòng biết, thực hiện./.")
    sign_table(doc, "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.", "GIÁM ĐỐC\n\n\n\nLò Văn Khánh")
    doc.save(path)


def siblings_zn() -> None:
    zn1_docx(DOCS / "zn1_tb_phong_tckh_huyen_chi_thuong_xuyen.docx")
    zn2_docx(DOCS / "zn2_tb_so_gddt_giao_duc_thuong_xuyen.docx")
