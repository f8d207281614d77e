"""The main corpus's siblings of the held-out documents h880 (a district social insurance office's
monthly programme) and h882 (a primary school's month plan), moved to the main corpus when the
importer was taught their shapes, by h13fixVI on 2026-12-06.

Their shape: under a task table, a dated request to a post office named by the area it serves
(`Đề nghị Bưu điện thị xã … bố trí … trước ngày …`: an item led by that office); and under `TỔ CHỨC
THỰC HIỆN` a dash paragraph asking every team to send its products to a named post by a day (`- Các
tổ bộ môn gửi kế hoạch … về Phó Hiệu trưởng trước ngày …`: an item with no lead), not such a line
undated nor a remark (`- Kế hoạch có thể điều chỉnh …`).

`vi1` (.docx): a town social insurance office's monthly programme with a request to the town post office.
`vi2` (.docx): a lower secondary school's month plan with dashed closing lines.

Their expected items (expected/vi1_…, vi2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-vi` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, grid, head_block, para, sign_table  # noqa: E402 — heldout/ first


def vi1_docx(path: Path) -> None:
    """A town social insurance office's monthly programme: a task table, a request to the post office (.docx)."""
    doc = document()
    head_block(
        doc,
        "BẢO HIỂM XÃ HỘI TỈNH HÀ TĨNH\nBẢO HIỂM XÃ HỘI THỊ XÃ HỒNG LĨNH\n───────\nSố: 09/CTr-BHXH",
        right2="Hồng Lĩnh, ngày 02 tháng 02 năm 2028",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 02 NĂM 2028", bold=True, center=True)
    grid(
        doc,
        ["STT", "Nội dung công việc", "Bộ phận thực hiện", "Thời gian hoàn thành"],
        [
            [
                "1",
                "Đối chiếu số liệu thu BHXH, BHYT với các đơn vị sử dụng lao động",
                "Tổ Quản lý thu",
                "15/02",
            ],
            [
                "2",
                "Cấp thẻ BHYT cho trẻ em dưới 6 tuổi phát sinh trong tháng",
                "Tổ Cấp sổ, thẻ",
                "Trước 25/02",
            ],
            ["3", "Chi trả trợ cấp thất nghiệp, ốm đau, thai sản", "Tổ Chế độ BHXH", "Thường xuyên"],
        ],
    )
    para(
        doc,
        "Đề nghị Bưu điện thị xã Hồng Lĩnh bố trí đủ nhân viên chi trả lương hưu, trợ cấp tháng 3/2028 tại các phường trước ngày 20/02/2028.",
    )
    para(doc, "Các tổ nghiệp vụ báo cáo kết quả thực hiện tháng 02 về Tổ Hành chính trước ngày 26/02/2028.")
    sign_table(doc, "Nơi nhận:\n- BHXH tỉnh (b/c);\n- Lưu: VT.", "GIÁM ĐỐC\n\n\n\nPhan Thị Loan")
    doc.save(path)


def vi2_docx(path: Path) -> None:
    """A lower secondary school's month plan: a week table, dashed closing lines (.docx)."""
    doc = document()
    head_block(
        doc,
        "PHÒNG GD&ĐT HUYỆN CAN LỘC\nTRƯỜNG THCS NGUYỄN HUY OÁNH\n───────\nSố: 11/KH-THCS",
        right2="Can Lộc, ngày 01 tháng 03 năm 2028",
    )
    para(doc, "KẾ HOẠCH HOẠT ĐỘNG THÁNG 03 NĂM 2028", bold=True, center=True)
    para(doc, "I. NỘI DUNG CÔNG VIỆC", bold=True)
    grid(
        doc,
        ["Thời gian", "Nội dung công việc", "Người phụ trách"],
        [
            [
                "Tuần 26\n(06/03 - 10/03)",
                "Hội thi cắm hoa chào mừng ngày Quốc tế Phụ nữ 8/3",
                "Chủ tịch Công đoàn",
            ],
            [
                "Tuần 27\n(13/03 - 17/03)",
                "Kiểm tra hồ sơ chuyên môn giáo viên tổ Khoa học tự nhiên",
                "Phó Hiệu trưởng",
            ],
            ["Tuần 28\n(20/03 - 24/03)", "Tổ chức thi học sinh giỏi cấp trường lớp 8", "Hiệu trưởng"],
        ],
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "- Kế hoạch có thể điều chỉnh theo chỉ đạo của Phòng GD&ĐT huyện.")
    para(doc, "- Các tổ bộ môn gửi kế hoạch dạy học tháng 4/2028 về Phó Hiệu trưởng trước ngày 28/03/2028.")
    para(doc, "- Các tổ chủ nhiệm gửi danh sách học sinh cần phụ đạo về Phó Hiệu trưởng.")
    sign_table(doc, "Nơi nhận:\n- Phòng GD&ĐT (b/c);\n- Lưu: VT.", "HIỆU TRƯỞNG\n\n\n\nLê Văn Hùng")
    doc.save(path)


def siblings_vi() -> None:
    vi1_docx(DOCS / "vi1_ctr_thang_bhxh_thi_xa_buu_dien.docx")
    vi2_docx(DOCS / "vi2_kh_thang_thcs_gach_dau_dong.docx")
