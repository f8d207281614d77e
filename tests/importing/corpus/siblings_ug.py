"""The main corpus's siblings of the held-out document h876 (a district procuracy's notice of
conclusions), by h13fixUG on 2026-12-06.

Their shape: a notice of conclusions whose points are led by a deputy head by the block of work in
his charge, its matters listed with commas and `và`, his holder noted in parentheses or not
(`Phó Viện trưởng phụ trách khối dân sự, hành chính và thi hành án (đồng chí …) chỉ đạo …`): the
post with its whole block leads, as with `lĩnh vực …`.

`ug1` (.docx): a provincial court's notice of conclusions of its monthly briefing.
`ug2` (.docx): a city procuracy's notice of conclusions of its quarterly briefing.

Their expected items (expected/ug1_…, ug2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-ug` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def ug1_docx(path: Path) -> None:
    """A provincial court's notice of conclusions of its monthly briefing (.docx)."""
    doc = document()
    head_block(
        doc,
        "TÒA ÁN NHÂN DÂN\nTỈNH HÀ GIANG\n───────\nSố: 41/TB-TA",
        right2="Hà Giang, ngày 04 tháng 3 năm 2028",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Chánh án tại cuộc họp giao ban tháng 02/2028", bold=True, center=True)
    para(
        doc,
        "Ngày 02/3/2028, Tòa án nhân dân tỉnh họp giao ban đánh giá kết quả công tác tháng 02/2028. Sau khi nghe báo cáo và ý kiến thảo luận, Chánh án kết luận như sau:",
    )
    para(doc, "I. NHIỆM VỤ TRỌNG TÂM", bold=True)
    para(
        doc,
        "1. Phó Chánh án phụ trách khối hình sự, hành chính và kinh tế (đồng chí Đặng Quốc Bảo) chỉ đạo đưa ra xét xử 12 vụ án tồn đọng, xong trước ngày 31/3/2028.",
    )
    para(
        doc,
        "2. Phó Chánh án phụ trách khối dân sự, hôn nhân và gia đình tổ chức 03 phiên tòa trực tuyến rút kinh nghiệm, hoàn thành trước ngày 25/4/2028.",
    )
    para(
        doc,
        "3. Văn phòng Tòa án tỉnh rà soát, sắp xếp hồ sơ lưu trữ các vụ án đã giải quyết năm 2027, báo cáo Chánh án trước ngày 20/3/2028.",
    )
    para(
        doc,
        "4. Phòng Kiểm tra nghiệp vụ và thi hành án xây dựng kế hoạch kiểm tra công tác giải quyết án của Tòa án cấp huyện, trình Chánh án trước ngày 15/3/2028.",
    )
    sign_table(doc, "Nơi nhận:\n- Lãnh đạo TAND tỉnh;\n- Lưu: VT.", "CHÁNH ÁN\n\n\n\nVương Thị Diệp")
    doc.save(path)


def ug2_docx(path: Path) -> None:
    """A city procuracy's notice of conclusions of its quarterly briefing (.docx)."""
    doc = document()
    head_block(
        doc,
        "VIỆN KSND TỈNH KHÁNH HÒA\nVIỆN KIỂM SÁT NHÂN DÂN\nTHÀNH PHỐ CAM RANH\n───────\nSố: 09/TB-VKS",
        right2="Cam Ranh, ngày 08 tháng 4 năm 2028",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Viện trưởng tại cuộc họp sơ kết công tác quý I năm 2028", bold=True, center=True)
    para(
        doc,
        "Ngày 06/4/2028, Viện kiểm sát nhân dân thành phố họp sơ kết công tác quý I năm 2028; Viện trưởng kết luận và giao nhiệm vụ như sau:",
    )
    para(
        doc,
        "1. Phó Viện trưởng phụ trách khối hình sự, ma túy và môi trường (đồng chí Tạ Minh Khôi) chủ trì rà soát các vụ án tạm đình chỉ điều tra, báo cáo Viện trưởng trước ngày 30/4/2028.",
    )
    para(
        doc,
        "2. Phó Viện trưởng phụ trách khối dân sự, kinh doanh thương mại và lao động chỉ đạo kiểm sát 100% bản án sơ thẩm dân sự, xong trước ngày 15/5/2028.",
    )
    para(
        doc,
        "3. Văn phòng Viện kiểm sát thành phố tổng hợp báo cáo sơ kết quý I, gửi Viện kiểm sát nhân dân tỉnh trước ngày 12/4/2028.",
    )
    sign_table(doc, "Nơi nhận:\n- VKSND tỉnh;\n- Lưu: VP.", "VIỆN TRƯỞNG\n\n\n\nLò Văn Thành")
    doc.save(path)


def siblings_ug() -> None:
    ug1_docx(DOCS / "ug1_tb_tand_tinh_pho_chanh_an_khoi.docx")
    ug2_docx(DOCS / "ug2_tb_vks_thanh_pho_pho_vien_truong_khoi.docx")
