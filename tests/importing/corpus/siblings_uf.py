"""The main corpus's sibling of the held-out document h648 (moved to the main corpus when the importer
was taught its shape, by h13fixUF on 2026-12-06): a small body's monthly plan whose numbered bold
headings are its staff posts alone before their colons (`1. Trưởng trạm:`, `2. Phó Trưởng trạm phụ
trách dân số (bà …):`, `3. Nữ hộ sinh:`), each leading the dash tasks below it, with a request to a
body outside (`Đề nghị …:`) and a closing report request. uf2 is written by hand (docs/uf2_…txt);
`python tests/importing/corpus/make_docs.py --siblings-uf` writes uf1. Their expected items
(expected/uf1_…, uf2_…) were written by hand before the first import.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def uf1_docx(path: Path) -> None:
    """A commune health station's plan for March 2028 (.docx): last month's figures (no item), then
    its staff posts as bold numbered headings over dash tasks, a request to the commune's people's
    committee, and a closing request for the teams' reports."""
    from docx import Document

    document = Document()
    bold = {
        "KẾ HOẠCH",
        "Hoạt động tháng 3 năm 2028",
        "I. KẾT QUẢ THÁNG 02/2028",
        "II. NHIỆM VỤ THÁNG 3 VÀ PHÂN CÔNG THỰC HIỆN",
        "1. Trưởng trạm:",
        "2. Phó Trưởng trạm phụ trách dân số (bà Hoàng Thị Nhàn):",
        "3. Nữ hộ sinh:",
        "4. Kế toán:",
        "5. Y sĩ:",
        "6. Đề nghị Ủy ban nhân dân xã:",
        "III. TỔ CHỨC THỰC HIỆN",
    }
    for text in (
        "TRUNG TÂM Y TẾ HUYỆN ĐỊNH THÀNH",
        "TRẠM Y TẾ XÃ PHÚ LƯƠNG",
        "Số: 07/KH-TYT",
        "Phú Lương, ngày 28 tháng 02 năm 2028",
        "KẾ HOẠCH",
        "Hoạt động tháng 3 năm 2028",
        "I. KẾT QUẢ THÁNG 02/2028",
        "Khám, điều trị cho 412 lượt người; tiêm chủng đầy đủ cho 37 trẻ dưới 1 tuổi, đạt 97,4%; quản "
        "lý 168 người bệnh tăng huyết áp tại Trạm.",
        "II. NHIỆM VỤ THÁNG 3 VÀ PHÂN CÔNG THỰC HIỆN",
        "1. Trưởng trạm:",
        "- Chủ trì giao ban chuyên môn của Trạm vào sáng thứ Hai hằng tuần.",
        "- Hoàn thiện báo cáo kết quả công tác y tế quý I/2028, gửi Trung tâm Y tế huyện trước ngày "
        "25/3/2028.",
        "2. Phó Trưởng trạm phụ trách dân số (bà Hoàng Thị Nhàn):",
        "- Tổ chức chiến dịch truyền thông chăm sóc sức khỏe sinh sản tại 06 thôn, từ ngày 06/3 đến ngày "
        "17/3/2028.",
        "- Rà soát danh sách phụ nữ trong độ tuổi sinh đẻ, cập nhật sổ theo dõi, hoàn thành trước ngày "
        "20/3/2028.",
        "3. Nữ hộ sinh:",
        "- Khám thai định kỳ cho phụ nữ có thai trên địa bàn xã vào ngày 10/3/2028 tại Trạm.",
        "4. Kế toán:",
        "- Lập hồ sơ quyết toán kinh phí chương trình mục tiêu y tế năm 2027 trước ngày 15/3/2028.",
        "5. Y sĩ:",
        "- Cấp phát thuốc điều trị tăng huyết áp, đái tháo đường cho người bệnh được quản lý tại Trạm; "
        "thực hiện hằng ngày.",
        "6. Đề nghị Ủy ban nhân dân xã:",
        "- Bố trí kinh phí hỗ trợ chiến dịch vệ sinh môi trường phòng chống dịch bệnh mùa xuân, hoàn "
        "thành trước ngày 12/3/2028.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các bộ phận chuyên môn báo cáo kết quả thực hiện nhiệm vụ tháng 3/2028 về Trưởng trạm trước ngày "
        "30/3/2028 để tổng hợp, báo cáo Trung tâm Y tế huyện.",
        "Trên đây là kế hoạch hoạt động tháng 3/2028 của Trạm Y tế xã Phú Lương./.",
        "Nơi nhận:",
        "- Trung tâm Y tế huyện (b/c);",
        "- Lưu: VT.",
        "TRƯỞNG TRẠM",
        "Lương Văn Tấn",
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = text in bold
    document.save(path)


def siblings_uf() -> None:
    uf1_docx(DOCS / "uf1_kh_tram_y_te_thang_3_chuc_danh.docx")
