"""The main corpus's siblings of the held-out documents h713 and h726 (moved to the main corpus when
the importer was taught their shape, by h13fixYA on 2026-12-06): a division's two-part name joined by
a dash whose second part opens like a verb (`Phòng Thông tin - Tư vấn du lịch`, `Tổ Công tác xã hội -
Vận động tài trợ`, `Phòng Đầu tư - Hỗ trợ doanh nghiệp`), leading a sentence where what follows the
second part says the sentence's predicate has begun: the parent body in parentheses and then the verb
(`… (Sở VHTTDL) tham mưu …`, `… (Ban Quản lý các khu công nghiệp) là đơn vị đầu mối …`), or a manner
word and then the verb (`… thường xuyên cập nhật …`, `… chủ động liên hệ …`); and a lettered point
whose only time is an event's day with its place after it, its doer in a closing parenthesis
(`…, khai mạc ngày 12/3/2028 tại Quảng trường trung tâm thành phố (Phòng Quản lý du lịch).`). Their
expected items (expected/ya1_…, ya2_…, ya3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-ya` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YA1_PARAGRAPHS = (
    "UBND TỈNH NAM SƠN",
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "Số: 86/KH-SVHTTDL",
    "KẾ HOẠCH",
    "Xúc tiến, quảng bá du lịch tỉnh Nam Sơn năm 2028",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Quảng bá hình ảnh, sản phẩm du lịch của tỉnh đến du khách trong nước và quốc tế; các hoạt động "
    "thiết thực, tiết kiệm.",
    "II. NỘI DUNG VÀ PHÂN CÔNG",
    "1. Trung tâm Thông tin - Xúc tiến du lịch (Sở VHTTDL) tham mưu xây dựng bộ ấn phẩm quảng bá du "
    "lịch bằng 03 thứ tiếng, hoàn thành trước ngày 31/3/2028.",
    "2. Phòng Quản lý du lịch chủ trì kiểm tra điều kiện kinh doanh của các cơ sở lưu trú trong quý II/2028.",
    "3. Lễ hội Hoa ban Nam Sơn năm 2028",
    "a) Tổ chức Lễ hội Hoa ban Nam Sơn năm 2028, khai mạc ngày 12/3/2028 tại Quảng trường trung tâm "
    "thành phố Nam Sơn (Phòng Quản lý du lịch).",
    "b) Mời 20 doanh nghiệp lữ hành trong nước khảo sát các điểm du lịch cộng đồng, hoàn thành trước "
    "ngày 25/02/2028 (Trung tâm Thông tin - Xúc tiến du lịch).",
    "4. Phòng Thông tin - Tư vấn du lịch thường xuyên cập nhật tin, bài về các điểm đến trên trang "
    "thông tin điện tử và mạng xã hội của Sở.",
    "5. Đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo các xã có điểm du lịch cộng đồng rà soát, "
    "cập nhật dữ liệu lên Cổng thông tin du lịch tỉnh trước ngày 30/6/2028.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Văn phòng Sở tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh trước ngày 15/12/2028.",
    "Nơi nhận:",
    "- UBND tỉnh (b/c);",
    "- Các phòng, đơn vị thuộc Sở;",
    "- Lưu: VT, QLDL.",
    "GIÁM ĐỐC",
    "Hà Văn Sơn",
)
_YA1_BOLD = ("KẾ HOẠCH", "I. ", "II. ", "III. ", "3. Lễ")


def ya1_docx(path: Path) -> None:
    """A provincial Department of Culture, Sport and Tourism's promotion plan for 2028 (.docx): roman
    sections, numbered points led by their subjects, one numbered topic over lettered points whose
    doer closes them in parentheses."""
    from docx import Document

    document = Document()
    for text in YA1_PARAGRAPHS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if text.startswith(_YA1_BOLD):
            run.bold = True
    document.save(path)


# The plan's lines (a paragraph is one line, as a plain text file prints it)
YA2_LINES = (
    "SỞ Y TẾ TỈNH BẮC LAM",
    "BỆNH VIỆN ĐA KHOA HUYỆN PHONG VÂN",
    "Số: 19/KH-BVĐK",
    "",
    "KẾ HOẠCH",
    "Chăm lo Tết cho người bệnh nghèo năm 2028",
    "",
    "I. MỤC ĐÍCH",
    "Chia sẻ khó khăn với người bệnh có hoàn cảnh khó khăn, người cao tuổi neo đơn trên địa bàn huyện.",
    "",
    "II. NỘI DUNG",
    "1. Khám bệnh, cấp thuốc miễn phí",
    "a) Khám sàng lọc, cấp thuốc miễn phí cho 500 người cao tuổi, khám ngày 18/01/2028 tại Trạm Y tế xã "
    "Phong Vân (Khoa Khám bệnh).",
    "b) Vận động các nhà hảo tâm ủng hộ 300 suất quà Tết cho người bệnh nghèo, hoàn thành trước ngày "
    "15/01/2028 (Tổ Công tác xã hội - Vận động tài trợ).",
    "2. Trao quà Tết",
    "Trao quà cho người bệnh nghèo đang điều trị nội trú vào ngày 29/01/2028 (Phòng Điều dưỡng).",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Kế hoạch - Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc các khoa, phòng thực hiện Kế hoạch.",
    "2. Tổ Công tác xã hội - Vận động tài trợ chủ động liên hệ các doanh nghiệp trên địa bàn để huy động "
    "nguồn lực hỗ trợ người bệnh.",
    "3. Các khoa, phòng báo cáo kết quả thực hiện về Phòng Kế hoạch - Tổng hợp trước ngày 25/02/2028.",
    "",
    "Nơi nhận:",
    "- Sở Y tế (b/c);",
    "- Các khoa, phòng;",
    "- Lưu: VT, KHTH.",
    "GIÁM ĐỐC",
    "Nông Văn Thịnh",
)
YA2_TEXT = "\n".join(YA2_LINES) + "\n"


def ya2_txt(path: Path) -> None:
    """A district general hospital's Tết plan for 2028 (plain text, UTF-8)."""
    path.write_text(YA2_TEXT, encoding="utf-8")


YA3_LINES = (
    "UBND TỈNH HÀ NGUYÊN",
    "",
    "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
    "",
    "Số: 512/BQLKCN-ĐT",
    "",
    "V/v hỗ trợ doanh nghiệp trong các khu công nghiệp năm 2028",
    "",
    "Kính gửi: Các phòng, đơn vị thuộc Ban; các doanh nghiệp trong các khu công nghiệp.",
    "",
    "Thực hiện Kế hoạch số 77/KH-UBND ngày 05/01/2028 của UBND tỉnh về cải thiện môi trường đầu tư, Ban "
    "Quản lý các khu công nghiệp đề nghị các đơn vị thực hiện các nội dung sau:",
    "",
    "1. Phòng Đầu tư - Hỗ trợ doanh nghiệp (Ban Quản lý các khu công nghiệp) là đơn vị đầu mối, theo "
    "dõi, tổng hợp và giải đáp kiến nghị của doanh nghiệp.",
    "2. Phòng Quản lý môi trường - Giám sát xả thải thường xuyên kiểm tra hệ thống xử lý nước thải tập "
    "trung của các khu công nghiệp.",
    "3. Hội nghị đối thoại với doanh nghiệp",
    "a) Tổng hợp kiến nghị của doanh nghiệp gửi trước hội nghị, xong trước ngày 10/5/2028 (Phòng Đầu tư "
    "- Hỗ trợ doanh nghiệp).",
    "b) Tổ chức Hội nghị đối thoại với doanh nghiệp năm 2028, khai mạc ngày 20/5/2028 tại Hội trường "
    "Ban Quản lý (Văn phòng Ban).",
    "4. Các doanh nghiệp gửi báo cáo tình hình sản xuất, kinh doanh 6 tháng về Ban Quản lý trước ngày "
    "05/7/2028.",
    "",
    "Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ Phòng Đầu tư - Hỗ trợ doanh nghiệp, "
    "điện thoại 0226.3811.402./.",
    "",
    "**Nơi nhận:**",
    "- Như trên;",
    "- UBND tỉnh (b/c);",
    "- Lưu: VT, ĐT.",
    "",
    "**TRƯỞNG BAN**",
    "",
    "Lục Văn Toàn",
)
YA3_TEXT = "\n".join(YA3_LINES) + "\n"


def ya3_md(path: Path) -> None:
    """An industrial parks authority's dispatch on supporting firms (Markdown): numbered points, one a
    topic over lettered points whose doer closes them in parentheses."""
    path.write_text(YA3_TEXT, encoding="utf-8")


def siblings_ya() -> None:
    ya1_docx(DOCS / "ya1_kh_so_vhttdl_xuc_tien_du_lich.docx")
    ya2_txt(DOCS / "ya2_kh_benh_vien_huyen_tet.txt")
    ya3_md(DOCS / "ya3_cv_bql_kcn_ho_tro_doanh_nghiep.md")
