"""The main corpus's siblings of the held-out document h852 (a district court's notice of the chief
judge's conclusions), moved to the main corpus when the importer was taught its shape, by h13fixZL on
2026-12-06.

Their shape: a notice of conclusions whose points are given to the deputy heads by the field in their
charge, a court's deputy chief judge among them (`Phó Chánh án phụ trách lĩnh vực hình sự (đồng chí …)
chỉ đạo …`: the post with its field, without the holder), a field named by `lĩnh vực` listing its
matters up to the verb (`Phó Chánh án phụ trách lĩnh vực hành chính, kinh tế và lao động tổ chức …`).

`zl1` (.docx): a regional court's notice of the chief judge's conclusions at its quarterly briefing.
`zl2` (.docx): a district procuracy's notice of the chief prosecutor's conclusions.

Their expected items (expected/zl1_…, zl2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zl` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def zl1_docx(path: Path) -> None:
    """A regional court's notice of the chief judge's conclusions (.docx)."""
    doc = document()
    head_block(
        doc,
        "TÒA ÁN NHÂN DÂN TỈNH HÀ GIANG\nTÒA ÁN NHÂN DÂN KHU VỰC 3\n───────\nSố: 41/TB-TA",
        right2="Bắc Quang, ngày 05 tháng 4 năm 2029",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Chánh án tại cuộc họp giao ban quý I năm 2029", bold=True, center=True)
    para(
        doc,
        "Ngày 03/4/2029, Tòa án nhân dân khu vực 3 tổ chức họp giao ban quý I năm 2029 do đồng chí Hầu Văn Sính, Chánh án chủ trì. Chánh án kết luận như sau:",
    )
    para(doc, "I. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2029", bold=True)
    para(
        doc,
        "1. Phó Chánh án phụ trách lĩnh vực hành chính, kinh tế và lao động (đồng chí Vàng Thị Mỷ) tổ chức xét xử các vụ án hành chính tồn đọng trước ngày 30/6/2029.",
    )
    para(
        doc,
        "2. Phó Chánh án phụ trách lĩnh vực hình sự chỉ đạo tổ chức 03 phiên tòa lưu động tại các xã vùng cao trong tháng 5/2029.",
    )
    para(
        doc,
        "3. Văn phòng rà soát, cập nhật số liệu thống kê án trên phần mềm quản lý án trước ngày 15/4/2029.",
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Văn phòng theo dõi, đôn đốc việc thực hiện Thông báo này, báo cáo Chánh án trước ngày 30/6/2029./.",
    )
    sign_table(doc, "Nơi nhận:\n- TAND tỉnh (b/c);\n- Lưu: VP.", "CHÁNH ÁN\n\n\n\nHầu Văn Sính")
    doc.save(path)


def zl2_docx(path: Path) -> None:
    """A district procuracy's notice of the chief prosecutor's conclusions (.docx)."""
    doc = document()
    head_block(
        doc,
        "VIỆN KIỂM SÁT NHÂN DÂN TỈNH NINH THUẬN\nVIỆN KIỂM SÁT NHÂN DÂN HUYỆN NINH SƠN\n───────\nSố: 17/TB-VKS",
        right2="Ninh Sơn, ngày 08 tháng 10 năm 2029",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Viện trưởng tại cuộc họp giao ban tháng 9 năm 2029", bold=True, center=True)
    para(doc, "Viện trưởng kết luận và giao nhiệm vụ như sau:")
    para(
        doc,
        "1. Phó Viện trưởng phụ trách lĩnh vực hình sự, ma túy và kinh tế (đồng chí Chamaléa Văn Tư) chủ trì kiểm sát việc giải quyết tin báo, tố giác tội phạm, hoàn thành trước ngày 31/10/2029.",
    )
    para(
        doc,
        "2. Phó Viện trưởng phụ trách lĩnh vực dân sự, hành chính và thi hành án rà soát các bản án có vi phạm để kiến nghị trước ngày 20/11/2029.",
    )
    para(
        doc,
        "3. Văn phòng tổng hợp báo cáo công tác kiểm sát năm 2029 trình Viện trưởng trước ngày 05/12/2029./.",
    )
    sign_table(doc, "Nơi nhận:\n- VKSND tỉnh (b/c);\n- Lưu: VP.", "VIỆN TRƯỞNG\n\n\n\nPi Năng Thị Lành")
    doc.save(path)


def siblings_zl() -> None:
    zl1_docx(DOCS / "zl1_tb_tand_khu_vuc_pho_chanh_an_linh_vuc.docx")
    zl2_docx(DOCS / "zl2_tb_vks_huyen_pho_vien_truong_linh_vuc.docx")
