"""The main corpus's siblings of the held-out document h863 (a continuing education centre's prose
plan) and of h869 (a public notary office's quarterly programme, moved by h13fixZV), taught by
h13fixWG on 2026-12-06.

Their shape: rounds listed after their count outside parentheses (`hai đợt: tháng 3 và tháng 5/2027`,
`03 lần: tháng 3, tháng 7 và tháng 11/2028`: the last month's end), which dates the sentence so that a
bare body in its closing parenthesis leads; a day printed for each numbered round (`đợt 1 ngày …, đợt
2 ngày …`: the last round's day); and a division's or department's head or deputy by the bare post as
a run-in label, the holder in parentheses (`Phó Trưởng phòng (bà …): …`, `Phó Trưởng khoa (ông …):
…`: the post leads, the holder no part of it).

`wg1` (.docx): a district vocational education centre's yearly plan.
`wg2` (.md): a district finance and planning division's quarterly programme.
`wg3` (.docx): a provincial hospital intensive care department's yearly plan.

Their expected items (expected/wg1_…, wg2_…, wg3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-wg` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def wg1_docx(path: Path) -> None:
    """A district vocational education centre's yearly prose plan (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN KIM BÔI\nTRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP\n───────\nSố: 05/KH-TTGDNN",
        right2="Kim Bôi, ngày 08 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Công tác đào tạo, bồi dưỡng năm 2028", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Nâng cao chất lượng đào tạo nghề cho lao động nông thôn; gắn đào tạo với nhu cầu của doanh nghiệp.",
    )
    para(doc, "II. NHIỆM VỤ", bold=True)
    para(
        doc,
        "1. Tổ chức kiểm tra kết thúc mô-đun cho học viên các lớp sơ cấp nghề hai đợt: tháng 4 và tháng 10/2028 (Phòng Khảo thí - Kiểm định chất lượng).",
    )
    para(
        doc,
        "2. Mở 05 lớp sơ cấp kỹ thuật chế biến món ăn cho lao động nông thôn; khai giảng đợt 1 ngày 15/3/2028, đợt 2 ngày 11/8/2028. Giao Phòng Đào tạo - Tuyển sinh thực hiện.",
    )
    para(
        doc,
        "3. Tổ Hành chính - Quản trị kiểm kê thiết bị thực hành của các xưởng, báo cáo Giám đốc trước ngày 15/12/2028.",
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Các phòng, tổ báo cáo kết quả thực hiện về Phòng Đào tạo - Tuyển sinh trước ngày 20 hằng tháng./.",
    )
    sign_table(doc, "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.", "GIÁM ĐỐC\n\n\n\nBùi Văn Khanh")
    doc.save(path)


WG2_MD = """**UBND HUYỆN LẠC THỦY**
**PHÒNG TÀI CHÍNH - KẾ HOẠCH**

Số: 02/CTr-TCKH — *Lạc Thủy, ngày 28 tháng 12 năm 2027*

# CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2028

## I. Phân công nhiệm vụ

1. Trưởng phòng: chủ trì thẩm định dự toán ngân sách các xã năm 2028; hoàn thành trước ngày 20/01/2028.
2. Phó Trưởng phòng (ông Đinh Công Tráng): tổng hợp nhu cầu vốn đầu tư công năm 2028, trình UBND huyện trong tháng 02/2028.
3. Phó Trưởng phòng (bà Quách Thị Nhung): kiểm tra công tác quyết toán ngân sách tại các xã 02 đợt: tháng 02 và tháng 3/2028.
4. Kế toán: lập báo cáo tài chính năm 2027 của cơ quan, gửi Kho bạc Nhà nước huyện trước 25/02/2028.

## II. Tổ chức thực hiện

Các bộ phận báo cáo kết quả thực hiện về Trưởng phòng trước ngày 25/3/2028.

*TRƯỞNG PHÒNG* — **Hoàng Thị Lụa**
"""


def wg3_docx(path: Path) -> None:
    """A provincial hospital intensive care department's yearly plan: run-in posts, rounds (.docx)."""
    doc = document()
    head_block(
        doc,
        "BỆNH VIỆN ĐA KHOA TỈNH\nKHOA HỒI SỨC TÍCH CỰC\n───────\nSố: 03/KH-HSTC",
        right2="Hòa Bình, ngày 10 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hoạt động chuyên môn năm 2028", bold=True, center=True)
    para(doc, "I. NHIỆM VỤ", bold=True)
    para(
        doc,
        "1. Trưởng khoa: rà soát, cập nhật quy trình chăm sóc người bệnh thở máy; trình Hội đồng Khoa học bệnh viện trước ngày 31/3/2028.",
    )
    para(
        doc,
        "2. Phó Trưởng khoa (ông Vi Văn Thạch): tổ chức sinh hoạt chuyên môn, bình bệnh án 03 lần: tháng 3, tháng 7 và tháng 11/2028.",
    )
    para(
        doc,
        "3. Tổ chức đào tạo liên tục về kiểm soát nhiễm khuẩn cho điều dưỡng; đợt 1 ngày 20/5/2028, đợt 2 ngày 14/10/2028 (Tổ Điều dưỡng - Kiểm soát nhiễm khuẩn).",
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các nhóm, tổ báo cáo kết quả thực hiện về Trưởng khoa trước ngày 25 hằng tháng./.")
    sign_table(doc, "Nơi nhận:\n- Ban Giám đốc;\n- Lưu: Khoa.", "TRƯỞNG KHOA\n\n\n\nNguyễn Thị Mai Anh")
    doc.save(path)


def siblings_wg() -> None:
    wg1_docx(DOCS / "wg1_kh_tt_gdnn_huyen_hai_dot_ngay_dot.docx")
    (DOCS / "wg2_ctr_phong_tckh_huyen_pho_truong_phong.md").write_text(WG2_MD, encoding="utf-8")
    wg3_docx(DOCS / "wg3_kh_khoa_hstc_bv_tinh_truong_khoa.docx")
