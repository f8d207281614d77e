"""The main corpus's siblings of the held-out documents h834 (a district health centre's disease
control plan) and h850 (a social protection centre's month programme), moved to the main corpus when
the importer was taught their shapes, by h13fixZJ on 2026-12-06.

Their shape: a plan whose numbered activities print a bold topic line (`1. Tuần tra rừng`) over one
paragraph that describes the activity and labelled lines `- Đơn vị thực hiện: …`, `- Thời gian: …`
in either order: the item is the description paragraph, led and timed by its fields; and a closing
paragraph under `TỔ CHỨC THỰC HIỆN` that opens with a general charge to the heads of every unit
(`Trưởng các tổ căn cứ … chủ động triển khai.`) and then asks every unit for a dated report in a
sentence of its own: the item starts at the request (`Các tổ báo cáo …`), lead not scored.

`zj1` (.docx): a district agricultural extension centre's plan with topic lines over descriptions.
`zj2` (.md): a provincial rehabilitation hospital's month programme, a pipe table, a charge then a request.
`zj3` (.docx): a forest ranger station's dry-season plan with topic lines over descriptions.

Their expected items (expected/zj1_…, zj2_…, zj3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zj` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def zj1_docx(path: Path) -> None:
    """A district agricultural extension centre's plan: bold topic lines over descriptions (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN TÂN LẠC\nTRUNG TÂM DỊCH VỤ NÔNG NGHIỆP\n───────\nSố: 21/KH-TTDVNN",
        right2="Tân Lạc, ngày 08 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Phòng, chống rét và dịch bệnh cho cây trồng, vật nuôi vụ Đông Xuân 2027 - 2028",
        bold=True,
        center=True,
    )
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "Bảo vệ sản xuất vụ Đông Xuân; hạn chế thấp nhất thiệt hại do rét đậm, rét hại gây ra.")
    para(doc, "II. CÁC HOẠT ĐỘNG", bold=True)
    para(doc, "1. Điều tra sâu bệnh", bold=True)
    para(doc, "Điều tra, phát hiện sớm sâu bệnh hại lúa và ngô trên 40 điểm cố định tại 16 xã.")
    para(doc, "- Đơn vị thực hiện: Tổ Trồng trọt - Bảo vệ thực vật.")
    para(doc, "- Thời gian: định kỳ 07 ngày một lần.")
    para(doc, "2. Che chắn chuồng trại", bold=True)
    para(doc, "Hướng dẫn hộ chăn nuôi che chắn chuồng trại, dự trữ rơm và thức ăn thô xanh cho trâu, bò.")
    para(doc, "- Thời gian: trước ngày 15/01/2028.")
    para(doc, "- Đơn vị thực hiện: Tổ Chăn nuôi - Thú y.")
    para(doc, "3. Tiêm phòng", bold=True)
    para(
        doc,
        "Tiêm vắc xin tụ huyết trùng cho đàn trâu, bò tại các xã vùng cao Ngọc Mỹ, Quyết Chiến, Lũng Vân.",
    )
    para(doc, "- Đơn vị thực hiện: Tổ Chăn nuôi - Thú y.")
    para(doc, "- Thời gian: tháng 02/2028.")
    para(doc, "4. Thông tin", bold=True)
    para(doc, "Đưa tin cảnh báo rét hại và lịch gieo cấy trên loa truyền thanh các xã hằng tuần.")
    para(doc, "- Đơn vị thực hiện: Tổ Khuyến nông - Thông tin.")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Tổ Hành chính - Kế toán bảo đảm kinh phí thực hiện Kế hoạch.")
    para(doc, "2. Các tổ báo cáo kết quả thực hiện về Tổ Hành chính - Kế toán trước ngày 28/02/2028./.")
    sign_table(doc, "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.", "GIÁM ĐỐC\n\n\n\nBùi Văn Thịnh")
    doc.save(path)


ZJ2 = """**SỞ Y TẾ TỈNH BẮC HÀ**
**BỆNH VIỆN PHỤC HỒI CHỨC NĂNG**

Số: 14/CTr-BVPHCN — *Bắc Hà, ngày 27 tháng 01 năm 2028*

# CHƯƠNG TRÌNH CÔNG TÁC THÁNG 02 NĂM 2028

## I. NHIỆM VỤ

| STT | Nội dung công việc | Khoa, phòng chủ trì | Thời hạn |
|-----|--------------------|---------------------|----------|
| 1 | Kiểm kê thiết bị vật lý trị liệu, đề xuất sửa chữa | Phòng Vật tư - Thiết bị y tế | Trước 12/02 |
| 2 | Tổ chức sinh hoạt chuyên môn về phục hồi chức năng sau đột quỵ | Khoa Phục hồi chức năng Thần kinh | 20/02 |
| 3 | Cập nhật phần mềm quản lý hồ sơ bệnh án điện tử | Phòng Công nghệ thông tin | 23-26/02 |
| 4 | Rà soát quy trình tiếp đón người bệnh ngoại trú | Phòng Kế hoạch tổng hợp | Trước 27/02 |

## II. TỔ CHỨC THỰC HIỆN

Trưởng các khoa, phòng căn cứ Chương trình này chủ động tổ chức thực hiện. Các khoa, phòng báo cáo
kết quả thực hiện tháng 02/2028 về Phòng Kế hoạch tổng hợp trước ngày 26/02/2028 để tổng hợp, báo cáo Giám đốc.

*Nơi nhận:* Ban Giám đốc; các khoa, phòng; Lưu: VT, KHTH.

**GIÁM ĐỐC**

Đinh Thị Lụa
"""


def zj2_md(path: Path) -> None:
    """A provincial rehabilitation hospital's month programme: a pipe table, a charge then a request (.md)."""
    path.write_text(ZJ2, encoding="utf-8")


def zj3_docx(path: Path) -> None:
    """A forest ranger station's dry-season plan: topic lines over descriptions, a charge then a request (.docx)."""
    doc = document()
    head_block(
        doc,
        "CHI CỤC KIỂM LÂM TỈNH\nHẠT KIỂM LÂM HUYỆN VÂN HỒ\n───────\nSố: 05/KH-HKL",
        right2="Vân Hồ, ngày 10 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phòng cháy, chữa cháy rừng mùa khô 2027 - 2028", bold=True, center=True)
    para(doc, "I. NỘI DUNG", bold=True)
    para(doc, "1. Tuần tra rừng", bold=True)
    para(doc, "Tổ chức tuần tra, canh gác lửa rừng tại 09 tiểu khu trọng điểm giáp ranh huyện Mộc Châu.")
    para(doc, "- Thời gian: hằng ngày trong mùa khô.")
    para(doc, "- Đơn vị thực hiện: Tổ Kiểm lâm cơ động.")
    para(doc, "2. Đường băng cản lửa", bold=True)
    para(doc, "Phát dọn thực bì, làm mới 15 km đường băng cản lửa tại rừng thông xã Chiềng Khoa.")
    para(doc, "- Đơn vị thực hiện: Trạm Kiểm lâm Chiềng Khoa.")
    para(doc, "- Thời gian: trước ngày 31/01/2028.")
    para(doc, "3. Diễn tập", bold=True)
    para(doc, "Diễn tập chữa cháy rừng cấp xã với lực lượng dân quân và tổ đội quần chúng bảo vệ rừng.")
    para(doc, "- Đơn vị thực hiện: Tổ Quản lý bảo vệ rừng và bảo tồn thiên nhiên.")
    para(doc, "- Thời gian: tháng 3/2028.")
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Trưởng các tổ, trạm căn cứ Kế hoạch này chủ động triển khai thực hiện. Các tổ, trạm báo cáo tình hình cháy rừng về Tổ Tổng hợp trước ngày 05/4/2028./.",
    )
    sign_table(doc, "Nơi nhận:\n- Chi cục Kiểm lâm;\n- Lưu: VT.", "HẠT TRƯỞNG\n\n\n\nLò Văn Hậu")
    doc.save(path)


def siblings_zj() -> None:
    zj1_docx(DOCS / "zj1_kh_tt_dich_vu_nong_nghiep_chu_de_mo_ta.docx")
    zj2_md(DOCS / "zj2_ctr_thang_benh_vien_phcn_giao_chung_roi_bao_cao.md")
    zj3_docx(DOCS / "zj3_kh_hat_kiem_lam_chu_de_mo_ta.docx")
