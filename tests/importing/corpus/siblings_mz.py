"""The main corpus's siblings of the held-out documents h836 (an environmental monitoring centre's
indicator sheet) and h841 (a provincial Youth Union's plan), moved to the main corpus when the
importer was taught their shapes, by h13fixZM on 2026-12-06 (named `mz`: `zm1`–`zm5` were taken).

Their shape: an indicator sheet whose time cell lists rounds or seasons giving their months as
`T<n>` (`Lần 1: T2; Lần 2: T7`, `Mùa mưa (T6) và mùa khô (T12)`: the last month's end), with
breakdown rows opening with a dash (`- Trong đó: …`: no item); and a prose plan whose tasks' dash
lines close the lead field with a time that has no label of its own (`- Chủ trì: Ban X; xong trước
20/10/2028.`, `…; thường xuyên.`: the due).

`mz1` (.xlsx): a district agricultural service station's indicator sheet.
`mz2` (.docx): a district Women's Union's prose plan.

Their expected items (expected/mz1_…, mz2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-mz` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first

MZ1_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2028", "Tổ thực hiện", "Thời gian", "Ghi chú"]
MZ1_ROWS = [
    ("A", "TRỒNG TRỌT"),
    (
        1,
        "Điều tra sâu bệnh hại trên cây lúa tại các xã",
        "điểm",
        30,
        "Tổ Bảo vệ thực vật",
        "Lần 1: T2; Lần 2: T7",
        "",
    ),
    ("", "- Trong đó: điểm điều tra cố định", "điểm", 10, "", "", ""),
    (
        2,
        "Lấy mẫu đất đánh giá độ phì nhiêu vùng chuyên canh",
        "mẫu",
        60,
        "Tổ Trồng trọt",
        "Mùa mưa (T6) và mùa khô (T12)",
        "",
    ),
    (3, "Xây dựng mô hình lúa chất lượng cao", "mô hình", 2, "Tổ Trồng trọt", "Quý III", "Vụ Mùa"),
    ("B", "CHĂN NUÔI, THÚ Y"),
    (
        4,
        "Tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò",
        "con",
        5000,
        "Tổ Thú y",
        "Đợt 1 - T4; Đợt 2 - T10",
        "",
    ),
    ("", "+ Trong đó: đàn bò sữa", "con", 800, "", "", ""),
    (5, "Tập huấn kỹ thuật chăn nuôi an toàn sinh học", "lớp", 4, "Tổ Chăn nuôi", "Tháng 9", ""),
]


def mz1_xlsx(path: Path) -> None:
    """A district agricultural service station's indicator sheet with rounds by month (.xlsx)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chỉ tiêu 2028"
    sheet.append(["UBND HUYỆN YÊN LẠC"])
    sheet.append(["TRẠM DỊCH VỤ NÔNG NGHIỆP"])
    sheet.append(["CHỈ TIÊU KẾ HOẠCH CHUYÊN MÔN NĂM 2028"])
    sheet.append(MZ1_HEADER)
    for row in MZ1_ROWS:
        sheet.append(list(row))
        if len(row) == 2:  # a lettered group row, merged across
            at = sheet.max_row
            sheet.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
    sheet.append([])
    sheet.append(["", "", "", "", "TRƯỞNG TRẠM"])
    sheet.append(["", "", "", "", "Nguyễn Văn Khải"])
    book.save(path)


def mz2_docx(path: Path) -> None:
    """A district Women's Union's prose plan, its dash lines closing the lead with a time (.docx)."""
    doc = document()
    head_block(
        doc,
        "HỘI LHPN TỈNH VĨNH PHÚC\nHỘI LHPN HUYỆN LẬP THẠCH\n───────\nSố: 11/KH-HPN",
        right2="Lập Thạch, ngày 08 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Công tác Hội và phong trào phụ nữ năm 2028", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Nâng cao chất lượng hoạt động Hội; chăm lo quyền lợi hợp pháp của hội viên phụ nữ.")
    para(doc, "II. NHIỆM VỤ", bold=True)
    para(doc, '1. Tổ chức Hội thi "Phụ nữ khéo tay" cấp huyện.')
    para(doc, "- Chủ trì: Ban Tuyên giáo, phối hợp Trung tâm Văn hóa huyện; xong trước 20/10/2028.")
    para(doc, "2. Cập nhật dữ liệu hội viên trên phần mềm quản lý.")
    para(doc, "- Chủ trì: Văn phòng Hội; hằng tháng.")
    para(doc, "3. Khảo sát hộ phụ nữ nghèo cần hỗ trợ sinh kế.")
    para(doc, "- Chủ trì: Ban Chính sách - Luật pháp; thời gian: tháng 6/2028.")
    para(doc, "4. Tuyên truyền phòng, chống bạo lực gia đình.")
    para(doc, "- Chủ trì: Ban Gia đình - Xã hội; thường xuyên.")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "- Hội Phụ nữ các xã, thị trấn báo cáo kết quả thực hiện về Hội LHPN huyện (qua Văn phòng) trước ngày 15/12/2028.",
    )
    sign_table(doc, "Nơi nhận:\n- Hội LHPN tỉnh;\n- Lưu: VP.", "CHỦ TỊCH\n\n\n\nTrần Thị Lan")
    doc.save(path)


def siblings_mz() -> None:
    mz1_xlsx(DOCS / "mz1_chi_tieu_tram_khuyen_nong_lan_thang.xlsx")
    mz2_docx(DOCS / "mz2_kh_hoi_phu_nu_huyen_chu_tri_thoi_han.docx")
