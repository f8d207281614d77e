"""The main corpus's siblings of the held-out document h707 (moved to the main corpus when the importer
was taught its shape, by h13fixXC on 2026-12-06): a body's prose plan whose lettered points name their
doer either as the sentence's subject (a division's two-part name joined by a dash, `Phòng Thu thập -
Bảo quản tài liệu tiếp nhận …`, `Phòng Quản lý - Hướng dẫn nghiệp vụ mở 03 lớp …`) or in a parenthesis
closing the point (`(Phòng X thực hiện)`, `(Tổ Y chủ trì)`, a bare `(Phòng Z)` after the point's
time, and inside a time field, `thời gian: tháng 4 - tháng 8/2028 (Phòng X thực hiện)`); a round
counted each period with `ít nhất` / `tối thiểu` between (`mỗi quý ít nhất 01 chuyến`, `mỗi tháng tối
thiểu 04 buổi`: recurring); and closing parentheses that name no doer (a basis, an example list, a
time, partners only: lead none). Their expected items (expected/xc1_…, xc2_…) were written by hand
before the first import. `python tests/importing/corpus/make_docs.py --siblings-xc` writes the two.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

XC1_PARAGRAPHS = (
    "SỞ NỘI VỤ TỈNH LAM ĐIỀN",
    "TRUNG TÂM LƯU TRỮ LỊCH SỬ",
    "Số: 41/KH-TTLT",
    "KẾ HOẠCH",
    "Công tác lưu trữ và phát huy giá trị tài liệu năm 2028",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Thu thập đầy đủ tài liệu thuộc nguồn nộp lưu, bảo quản an toàn và phục vụ tốt nhu cầu khai thác "
    "của tổ chức, cá nhân.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Thu thập, bảo quản tài liệu",
    "a) Phòng Thu thập - Bảo quản tài liệu tiếp nhận 120 mét giá hồ sơ của các cơ quan thuộc nguồn nộp "
    "lưu; hoàn thành trước 30/11/2028.",
    "b) Tu bổ 2.000 tờ tài liệu Hán Nôm bị hư hỏng; thời gian: tháng 4 - tháng 8/2028 (Phòng Tu bổ - "
    "Phục chế thực hiện).",
    "2. Phát huy giá trị tài liệu lưu trữ",
    "a) Phòng Phục vụ độc giả tổ chức triển lãm tài liệu lưu trữ chào mừng Quốc khánh (02/9/2028): "
    "trưng bày ảnh, bản đồ, văn bản gốc.",
    "b) Đưa triển lãm tài liệu lưu trữ lưu động về các huyện miền núi, trường học; mỗi quý ít nhất 01 "
    "chuyến (Phòng Phục vụ độc giả).",
    "c) Biên soạn sách ảnh tư liệu (ảnh, bản đồ, văn bản hành chính xưa) giới thiệu lịch sử tỉnh, phát "
    "hành trong tháng 11.",
    "3. Hướng dẫn nghiệp vụ lưu trữ",
    "Phòng Quản lý - Hướng dẫn nghiệp vụ mở 03 lớp bồi dưỡng nghiệp vụ cho công chức văn thư cấp xã vào "
    "tháng 6 và tháng 9/2028.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Hành chính - Tổ chức là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; tham "
    "mưu sơ kết 6 tháng vào tháng 7/2028.",
    "2. Trưởng các phòng chủ động triển khai nhiệm vụ được giao.",
    "3. Đề nghị Sở Nội vụ hướng dẫn các cơ quan thuộc nguồn nộp lưu chuẩn bị hồ sơ, tài liệu giao nộp "
    "theo Kế hoạch.",
    "4. Các phòng báo cáo kết quả thực hiện định kỳ hằng quý về Phòng Hành chính - Tổ chức để tổng hợp, "
    "báo cáo Sở Nội vụ.",
    "Nơi nhận:",
    "- Sở Nội vụ (b/c);",
    "- Các phòng;",
    "- Lưu: VT, HCTC.",
    "GIÁM ĐỐC",
    "Mai Thị Thu Trang",
)
_XC1_BOLD = ("KẾ HOẠCH", "I. ", "II. ", "III. ", "1. Thu", "2. Phát", "3. Hướng")


def xc1_docx(path: Path) -> None:
    """A provincial archives centre's plan for 2028 (.docx): roman sections, numbered topics in bold
    over lettered points, a topic with its duty as a paragraph."""
    from docx import Document

    document = Document()
    for text in XC1_PARAGRAPHS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if text.startswith(_XC1_BOLD):
            run.bold = True
    document.save(path)


# The plan's lines (a paragraph is one line, as a plain text file prints it)
XC2_LINES = (
    "UBND HUYỆN SÔNG CHÀ",
    "TRUNG TÂM VĂN HÓA - THỂ THAO VÀ TRUYỀN THANH",
    "Số: 12/KH-TTVHTT",
    "",
    "KẾ HOẠCH",
    "Tổ chức các hoạt động văn hóa, thể thao, tuyên truyền năm 2029",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phục vụ tốt các nhiệm vụ chính trị của huyện, đáp ứng nhu cầu hưởng thụ văn hóa của nhân dân.",
    "",
    "II. NỘI DUNG",
    "1. Hoạt động tuyên truyền",
    "a) Tuyên truyền kỷ niệm 54 năm Ngày Giải phóng huyện bằng pa nô, khẩu hiệu, xe loa, hoàn thành "
    "trước 20/4/2029 (Tổ Tuyên truyền lưu động thực hiện).",
    "b) Chiếu phim, biểu diễn văn nghệ lưu động phục vụ đồng bào các xã vùng cao; mỗi tháng tối thiểu "
    "04 buổi (Tổ Thông tin lưu động).",
    "c) Sản xuất chuyên mục phát thanh về chuyển đổi số; thời gian: quý III/2029 (Tổ Biên tập - Kỹ "
    "thuật thực hiện).",
    "2. Hoạt động văn hóa, thể thao",
    "a) Tổ Văn nghệ quần chúng tổ chức Liên hoan tiếng hát dân ca các dân tộc huyện Sông Chà trong tháng "
    "5/2029.",
    "b) Tổ chức Giải việt dã truyền thống huyện lần thứ XII trong tháng 3/2029 (phối hợp với Đoàn Thanh "
    "niên, Hội Liên hiệp Phụ nữ huyện).",
    "c) Tổ chức Hội thi trang phục truyền thống các dân tộc, tổng kết trước 30/9/2029 (theo Kế hoạch số "
    "21/KH-UBND của UBND huyện).",
    "d) Tu sửa hệ thống loa truyền thanh tại 06 xã (Tà Lùng, Nậm Khao, Phìn Hồ, Sà Dề, Pa Tần, Huổi "
    "Lếch), xong trong tháng 6/2029.",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Tổ Hành chính - Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc các tổ thực hiện Kế hoạch; tham "
    "mưu tổng kết năm trước 15/12/2029.",
    "2. Các tổ báo cáo kết quả thực hiện định kỳ hằng tháng về Tổ Hành chính - Tổng hợp.",
    "",
    "Nơi nhận:",
    "- Phòng Văn hóa, Khoa học và Thông tin huyện (b/c);",
    "- Các tổ;",
    "- Lưu: VT.",
    "GIÁM ĐỐC",
    "Lò Văn Khiêm",
)
XC2_TEXT = "\n".join(XC2_LINES) + "\n"


def xc2_txt(path: Path) -> None:
    """A district culture, sport and broadcasting centre's plan for 2029 (plain text, UTF-8)."""
    path.write_text(XC2_TEXT, encoding="utf-8")


def siblings_xc() -> None:
    xc1_docx(DOCS / "xc1_kh_trung_tam_luu_tru_tinh.docx")
    xc2_txt(DOCS / "xc2_kh_trung_tam_vhtt_huyen.txt")
