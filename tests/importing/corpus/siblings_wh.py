"""The main corpus's siblings of the held-out document h883 (a tax inspection division's yearly plan
of its numbered teams), moved to the main corpus when the importer was taught its shape, by h13fixWH
on 2026-12-06.

Their shape: a plan that heads each numbered team's tasks with the team's full name and a shorter
one it defines, a number written onto its abbreviation (`Đội Quản lý thị trường số 3 (sau đây gọi
là Đội QLTT3)`), and later gives tasks led by that short form (`Đội QLTT3 phối hợp với …`, `Tổ KTLN2
là đơn vị đầu mối …`): the lead is the full name (units.py `defined_names`).

`wh1` (.docx): a provincial market management department's yearly inspection plan.
`wh2` (.docx): a district health inter-agency inspection plan with teams defined `gọi tắt là`.

Their expected items (expected/wh1_…, wh2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-wh` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def wh1_docx(path: Path) -> None:
    """A provincial market management department's yearly inspection plan (.docx)."""
    doc = document()
    head_block(
        doc,
        "SỞ CÔNG THƯƠNG TỈNH LAM HÀ\nCHI CỤC QUẢN LÝ THỊ TRƯỜNG\n───────\nSố: 54/KH-QLTT",
        right2="Lam Hà, ngày 08 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kiểm tra, kiểm soát thị trường năm 2028", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Ngăn chặn kịp thời hành vi buôn lậu, gian lận thương mại và hàng giả trên địa bàn tỉnh.")
    para(doc, "II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True)
    para(doc, "1. Đội Quản lý thị trường số 3 (sau đây gọi là Đội QLTT3)")
    para(
        doc,
        "a) Kiểm tra việc niêm yết giá, bán theo giá niêm yết tại các chợ đầu mối nông sản; hoàn thành trước ngày 31/3/2028.",
    )
    para(
        doc,
        "b) Kiểm tra kinh doanh phân bón, thuốc bảo vệ thực vật tại các huyện phía Bắc; thời gian: Quý III/2028.",
    )
    para(doc, "2. Đội Quản lý thị trường số 5 (sau đây gọi là Đội QLTT5)")
    para(
        doc,
        "a) Kiểm tra chuyên đề mỹ phẩm, thực phẩm chức năng bán qua mạng; thời gian từ tháng 6 đến tháng 9/2028.",
    )
    para(doc, "b) Tổng hợp số vụ vi phạm, số tiền xử phạt của Đội; báo cáo Chi cục hằng tháng.")
    para(
        doc,
        "3. Đội QLTT3 phối hợp với Đội QLTT5 kiểm soát hàng hóa nhập lậu qua các tuyến quốc lộ trên địa bàn; thực hiện thường xuyên.",
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Đội QLTT5 là đơn vị đầu mối, tổng hợp, theo dõi việc thực hiện Kế hoạch này.")
    para(
        doc, "2. Phòng Tổ chức - Hành chính bảo đảm kinh phí, phương tiện cho các đội trước ngày 20/02/2028."
    )
    sign_table(doc, "Nơi nhận:\n- Sở Công Thương;\n- Lưu: VT.", "CHI CỤC TRƯỞNG\n\n\n\nLê Quang Vinh")
    doc.save(path)


def wh2_docx(path: Path) -> None:
    """A district health inter-agency inspection plan: teams defined `gọi tắt là` (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN TÂN LẠC\nBAN CHỈ ĐẠO AN TOÀN THỰC PHẨM\n───────\nSố: 12/KH-BCĐ",
        right2="Tân Lạc, ngày 15 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Kiểm tra liên ngành an toàn thực phẩm Tết Nguyên đán và mùa Lễ hội Xuân 2028",
        bold=True,
        center=True,
    )
    para(doc, "I. PHÂN CÔNG", bold=True)
    para(doc, "1. Tổ Kiểm tra liên ngành số 1 (sau đây gọi tắt là Tổ KTLN1)")
    para(
        doc,
        "Kiểm tra các cơ sở sản xuất bánh chưng, giò chả tại thị trấn Mãn Đức; hoàn thành trước ngày 05/02/2028.",
    )
    para(doc, "2. Tổ Kiểm tra liên ngành số 2 (sau đây gọi tắt là Tổ KTLN2)")
    para(
        doc,
        "Kiểm tra bếp ăn tập thể, dịch vụ ăn uống tại các điểm lễ hội; thời gian từ ngày 10/02 đến ngày 28/02/2028.",
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Tổ KTLN2 là đơn vị đầu mối, tổng hợp kết quả kiểm tra của các tổ.")
    para(
        doc,
        "2. Tổ KTLN1 báo cáo kết quả kiểm tra về Thường trực Ban Chỉ đạo (qua Phòng Y tế) trước ngày 05/3/2028.",
    )
    para(
        doc,
        "3. Đề nghị Trung tâm Y tế huyện lấy mẫu xét nghiệm nhanh phục vụ các tổ kiểm tra trước ngày 25/01/2028.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.",
        "TRƯỞNG BAN\n\n\n\nPhó Chủ tịch UBND huyện\nĐinh Công Sơn",
    )
    doc.save(path)


def siblings_wh() -> None:
    wh1_docx(DOCS / "wh1_kh_chi_cuc_qltt_doi_so_viet_tat.docx")
    wh2_docx(DOCS / "wh2_kh_bcd_attp_huyen_to_ktln.docx")
