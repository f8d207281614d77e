"""The main corpus's siblings of the held-out document h841 (a provincial Youth Union's spring
volunteer plan), moved to the main corpus by h13fixZM; its numbered sub-headings taught by h13fixZP
on 2026-12-06.

Their shape: a prose plan whose activities are numbered straight through (`1.` … `8.`) while short
sub-headings over them are numbered in a run of their own (`1. Hoạt động truyền thông`, `2. Hoạt
động hỗ trợ`, `3. Sơ kết`): two `1.` lines in a row, the first a heading; each sub-heading is no
item, the activities under it are, each with its dash line `- Chủ trì: <unit>; thời gian: …`.

`zp5` (.docx): a district Women's Union's plan for an action month on gender equality.
`zp6` (.docx): a provincial Farmers' Association's plan for a harvest-season support campaign.

Their expected items (expected/zp5_…, zp6_…; `zp1`–`zp4` are older siblings of h110/h121/h120, written by hand) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zp` writes the two (zp5–zp6).
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def zp5_docx(path: Path) -> None:
    """A district Women's Union's action-month plan, its sub-headings numbered apart (.docx)."""
    doc = document()
    head_block(
        doc,
        "HỘI LHPN TỈNH BẮC HÀ\nHỘI LHPN HUYỆN YÊN LẠC\n───────\nSố: 21/KH-HPN",
        right2="Yên Lạc, ngày 28 tháng 10 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức Tháng hành động vì bình đẳng giới năm 2027", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Nâng cao nhận thức của hội viên, nhân dân về bình đẳng giới; hoạt động thiết thực, hiệu quả.")
    para(doc, "II. CÁC HOẠT ĐỘNG", bold=True)
    para(doc, "1. Hoạt động truyền thông", bold=True)
    para(doc, "1. Treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động tại trụ sở các xã, thị trấn.")
    para(doc, "- Chủ trì: Ban Tuyên giáo; thời gian: ngày 12/11/2027.")
    para(doc, "2. Tọa đàm về phòng, chống bạo lực gia đình cho cán bộ Hội cơ sở.")
    para(doc, "- Chủ trì: Ban Gia đình - Xã hội; thời gian: ngày 22/11/2027.")
    para(doc, "2. Hoạt động hỗ trợ", bold=True)
    para(doc, "3. Trao 60 suất quà cho phụ nữ đơn thân có hoàn cảnh khó khăn.")
    para(
        doc, "- Chủ trì: Ban Gia đình - Xã hội, phối hợp Hội Chữ thập đỏ huyện; hoàn thành trước 30/11/2027."
    )
    para(doc, "4. Khảo sát nhu cầu vay vốn của hội viên ở các xã vùng cao.")
    para(doc, "- Chủ trì: Ban Kinh tế; thời gian: ngày 06/12/2027.")
    para(doc, "3. Sơ kết", bold=True)
    para(doc, "5. Sơ kết Tháng hành động, biểu dương cơ sở Hội làm tốt.")
    para(doc, "- Chủ trì: Văn phòng Hội; thời gian: ngày 20/12/2027.")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "- Các cơ sở Hội báo cáo kết quả thực hiện về Hội LHPN huyện (qua Văn phòng Hội) trước ngày 15/12/2027.",
    )
    sign_table(
        doc, "Nơi nhận:\n- Hội LHPN tỉnh;\n- Lưu: VT.", "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nĐinh Thị Lụa"
    )
    doc.save(path)


def zp6_docx(path: Path) -> None:
    """A provincial Farmers' Association's campaign plan, levels as sub-headings numbered apart (.docx)."""
    doc = document()
    head_block(
        doc,
        "HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH HÀ TRUNG\n───────\nSố: 44/KH-HND",
        right2="Hà Trung, ngày 02 tháng 5 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hội viên nông dân trong vụ thu hoạch lúa hè thu năm 2028", bold=True, center=True)
    para(doc, "I. CÁC HOẠT ĐỘNG", bold=True)
    para(doc, "1. Cấp tỉnh", bold=True)
    para(doc, "1. Ký kết chương trình phối hợp tiêu thụ lúa với các doanh nghiệp trong tỉnh.")
    para(doc, "- Chủ trì: Ban Kinh tế - Xã hội; thời gian: ngày 20/5/2028.")
    para(doc, "2. Mở 03 lớp tập huấn kỹ thuật phơi, sấy lúa sau thu hoạch.")
    para(doc, "- Chủ trì: Trung tâm Hỗ trợ nông dân tỉnh; hoàn thành trước 15/6/2028.")
    para(doc, "3. Đăng tin về giá lúa trên trang thông tin điện tử của Hội.")
    para(doc, "- Chủ trì: Ban Tuyên huấn; thường xuyên.")
    para(doc, "2. Cấp huyện", bold=True)
    para(doc, "4. Thành lập tổ thu hoạch lúa giúp hộ neo đơn ở các xã trọng điểm.")
    para(doc, "- Chủ trì: Hội Nông dân huyện Tân Phú; thời gian: ngày 10/6/2028.")
    para(doc, "3. Tổng kết", bold=True)
    para(doc, "5. Tổng kết đợt hỗ trợ, khen thưởng tập thể, cá nhân tiêu biểu.")
    para(doc, "- Chủ trì: Văn phòng Tỉnh Hội; thời gian: tháng 8/2028.")
    sign_table(
        doc, "Nơi nhận:\n- TW Hội NDVN;\n- Lưu: VT.", "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nTrần Văn Khải"
    )
    doc.save(path)


def siblings_zp() -> None:
    zp5_docx(DOCS / "zp5_kh_hoi_phu_nu_huyen_tieu_muc_rieng.docx")
    zp6_docx(DOCS / "zp6_kh_hoi_nong_dan_tinh_cap_tieu_muc.docx")
