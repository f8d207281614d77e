"""The main corpus's siblings of the held-out documents h696 and h698 (moved to the main corpus when the
importer was taught their shapes, by h13fixXD on 2026-12-06): a police station's notice of conclusions
whose points go to its deputy heads by the field in their charge (`Phó Trưởng Công an phường phụ trách
an ninh (đồng chí …) chỉ đạo …`: the post with its field leads, the holder is no part of it), and a
school's plan whose points open with a post as a run-in label, a council's secretary among them (`Thư ký
Hội đồng trường: …`), with a request to the parents' board (`Đề nghị Ban đại diện cha mẹ học sinh nhà
trường đóng góp …`, `Ban ĐDCMHS …`: the board leads, its name ending with the parents it speaks for).
Their expected items (expected/xd1_…, xd2_…, xd3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-xd` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

XD1_PARAGRAPHS = (
    "CÔNG AN TỈNH BẮC HÀ",
    "CÔNG AN PHƯỜNG HÒA AN",
    "Số: 41/TB-CAP",
    "THÔNG BÁO",
    "Kết luận của Trưởng Công an phường tại cuộc họp giao ban tháng 3 năm 2028",
    "Sáng ngày 02/3/2028, Trung tá Lê Quang Vinh, Trưởng Công an phường chủ trì cuộc họp giao ban; "
    "Trưởng Công an phường kết luận như sau:",
    "1. Phó Trưởng Công an phường phụ trách an ninh (đồng chí Đỗ Văn Khải) chỉ đạo rà soát người nước "
    "ngoài tạm trú tại các cơ sở lưu trú trên địa bàn, hoàn thành trước ngày 20/3/2028.",
    "2. Phó Trưởng Công an phường phụ trách cảnh sát (đồng chí Vũ Thị Hằng) chỉ đạo lập biên bản xử lý "
    "các trường hợp lấn chiếm vỉa hè tại tuyến đường Trần Phú trong tháng 3/2028.",
    "3. Tổ Quản lý hành chính về trật tự xã hội kiểm tra các cơ sở kinh doanh có điều kiện về an ninh "
    "trật tự trước ngày 25/3/2028.",
    "4. Phó Trưởng Công an phường phụ trách hậu cần tổ chức kiểm tra điều lệnh nội vụ đối "
    "với cán bộ, chiến sĩ trước ngày 31/3/2028.",
    "5. Đề nghị Ban bảo vệ dân phố phường phối hợp tuần tra tại các tổ dân phố trước ngày 15/3/2028.",
    "Công an phường thông báo để các đồng chí biết, thực hiện./.",
    "Nơi nhận:",
    "- Lãnh đạo Công an phường;",
    "- Lưu: VT.",
)


def xd1_docx(path: Path) -> None:
    """A ward police station's notice of the chief's conclusions (.docx): points to deputy heads by
    field, a team's point and a request to the ward's civil defence board."""
    from docx import Document

    document = Document()
    for text in XD1_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


# A kindergarten's plan (a plain text file): posts as run-in labels, the board of the children's parents
XD2_LINES = (
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN NAM SƠN",
    "TRƯỜNG MẦM NON HOA SEN",
    "Số: 22/KH-MNHS",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội đến trường của bé năm học 2028 - 2029",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Tạo không khí vui tươi cho trẻ trong ngày đầu đến trường.",
    "II. PHÂN CÔNG NHIỆM VỤ",
    "1. Hiệu trưởng: Phê duyệt kịch bản chương trình ngày hội trước ngày 20/8/2028.",
    "2. Thư ký Hội đồng trường: Lập danh sách khách mời, gửi giấy mời trước ngày 25/8/2028.",
    "3. Kế toán: Lập dự toán kinh phí tổ chức ngày hội trước ngày 15/8/2028.",
    "4. Đề nghị Ban đại diện cha mẹ trẻ nhà trường đóng góp quà tặng cho trẻ, hoàn thành trước ngày "
    "28/8/2028.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các tổ chuyên môn báo cáo kết quả thực hiện về Hiệu trưởng vào ngày 30 hằng tháng.",
)
XD2_TEXT = "\n".join(XD2_LINES) + "\n"


def xd2_txt(path: Path) -> None:
    """A kindergarten's plan for the school-opening day (a plain text file, UTF-8)."""
    path.write_text(XD2_TEXT, encoding="utf-8")


XD3_PARAGRAPHS = (
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ TÂY NINH",
    "TRƯỜNG TIỂU HỌC KIM ĐỒNG",
    "Số: 57/KH-THKĐ",
    "KẾ HOẠCH",
    "Tuyển sinh vào lớp 1 năm học 2028 - 2029",
    "I. MỤC ĐÍCH",
    "Huy động 100% trẻ 6 tuổi trên địa bàn vào lớp 1.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Phó Hiệu trưởng: Xây dựng phương án tuyển sinh, trình Hiệu trưởng trước ngày 10/5/2028.",
    "2. Thư ký Hội đồng tuyển sinh: Tiếp nhận hồ sơ, nhập dữ liệu tuyển sinh trực tuyến từ ngày 01/6 "
    "đến ngày 30/6/2028.",
    "3. Nhân viên văn phòng: Niêm yết công khai danh sách học sinh trúng tuyển trước ngày 10/7/2028.",
    "4. Đề nghị Ban ĐDCMHS ủng hộ trang phục cho học sinh có hoàn cảnh khó khăn trước ngày 31/7/2028.",
)


def xd3_docx(path: Path) -> None:
    """A primary school's admissions plan (.docx): run-in posts, an admissions council's secretary,
    the parents' board by its short form."""
    from docx import Document

    document = Document()
    for text in XD3_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


def siblings_xd() -> None:
    xd1_docx(DOCS / "xd1_tb_cong_an_phuong_giao_ban.docx")
    xd2_txt(DOCS / "xd2_kh_mam_non_ngay_hoi.txt")
    xd3_docx(DOCS / "xd3_kh_tieu_hoc_tuyen_sinh.docx")
