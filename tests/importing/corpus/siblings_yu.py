"""The main corpus's siblings of the held-out document h774 (moved to the main corpus when the importer
was taught its shape, by h13fixYU on 2026-12-06) and of h792 (moved too). yu1
(h774's, .docx): a lower-secondary school's notice of the principal's conclusions whose numbered points
go to posts held in a body of the school — the Youth Union's secretary (`Bí thư Đoàn trường`), the
trade union's chair (`Chủ tịch Công đoàn cơ sở`), the school's accountant (`Kế toán trường`), a deputy
principal by his field with his name in parentheses — each leading as printed, not the body; a closing
charge to every deputy principal `thường xuyên` overseeing is no item. yu2 (h792's, .pdf through
LibreOffice): a provincial board's notice of conclusions whose lettered points open with a topic label
(`Về …:`) and name their division after it as the subject (`Phòng Tuyên truyền - Biên tập biên tập
…`, `Phòng Nghiệp vụ tổng hợp danh sách …`) or after `giao`, and one point given to the bare deputy
head with his name in parentheses (`Phó Trưởng ban (bà …) chủ trì …`). yu3 (both, .md): a district
hospital's notice of conclusions mixing them: a topic label over a department, the trade union's
chair, the Youth Union's deputy secretary, the deputy director by his holder. yu4 (h792's, .doc
through LibreOffice): a liaison board's notice whose forecast (`Dự kiến có khoảng 600 đại biểu …`)
and charge to every division only to work together are no items, a request done at the gathering
(`… tại buổi gặp mặt.`) takes the gathering's printed day, and one `trong dịp Tết` is for review.
Their expected items (expected/yu1_…–yu4_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-yu` writes the four.
"""

# ruff: noqa: E501 — document text is data: long lines.

import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YU1_BODY = (
    "THÔNG BÁO",
    "Kết luận của Hiệu trưởng tại cuộc họp triển khai Hội thi văn nghệ chào mừng ngày 26/3 năm 2027",
    "Ngày 01/3/2027, Hiệu trưởng Trường THCS Phan Đình Giót chủ trì cuộc họp với Ban Giám hiệu, Bí thư Đoàn trường, Chủ tịch Công đoàn cơ sở và các tổ trưởng. Sau khi nghe ý kiến, Hiệu trưởng kết luận như sau:",
    "I. ĐÁNH GIÁ CHUNG",
    "Nhìn chung, các tổ chuyên môn đã đăng ký đủ tiết mục; công tác chuẩn bị sân khấu, trang phục còn chậm.",
    "II. NHIỆM VỤ",
    "1. Phó Hiệu trưởng phụ trách hoạt động ngoài giờ (thầy Quàng Văn Pọm) xây dựng thể lệ Hội thi, ban hành trước ngày 06/3/2027.",
    "2. Bí thư Đoàn trường tập luyện đội nghi thức và dẫn chương trình, tổng duyệt vào ngày 24/3/2027.",
    "3. Chủ tịch Công đoàn cơ sở vận động đoàn viên công đoàn đóng góp quà tặng cho các tiết mục đạt giải trước ngày 20/3/2027.",
    "4. Kế toán trường lập dự toán kinh phí tổ chức Hội thi, trình Hiệu trưởng phê duyệt trước ngày 10/3/2027.",
    "5. Tổ Văn phòng chuẩn bị hội trường, âm thanh, ánh sáng, hoàn thành trước ngày 25/3/2027.",
    "6. Các Phó Hiệu trưởng theo lĩnh vực được phân công thường xuyên kiểm tra, đôn đốc các bộ phận thực hiện.",
    "Nhà trường thông báo để các bộ phận, cá nhân biết, thực hiện./.",
)


def yu1_docx(path: Path) -> None:
    from docx import Document

    writers = heldout_writers()
    document = Document()
    writers.national_header(
        document,
        ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO MƯỜNG ẢNG", "TRƯỜNG THCS PHAN ĐÌNH GIÓT", "Số: 18/TB-THCS"],
        "Mường Ảng, ngày 02 tháng 3 năm 2027",
    )
    for text in YU1_BODY:
        document.add_paragraph(text)
    document.add_paragraph("Nơi nhận:\n- Phòng GDĐT (b/c);\n- Các bộ phận;\n- Lưu: VT.")
    document.add_paragraph("HIỆU TRƯỞNG\n\nLò Thị Xuân")
    document.save(path)


YU2_BODY = (
    "THÔNG BÁO",
    "Kết luận của Trưởng ban tại cuộc họp chuẩn bị Ngày hội Văn hóa các dân tộc năm 2027",
    "Sáng ngày 12/4/2027, đồng chí Hà Văn Thắm, Trưởng ban Ban Dân tộc tỉnh chủ trì cuộc họp chuẩn bị Ngày hội Văn hóa các dân tộc tỉnh năm 2027. Sau khi nghe Văn phòng Ban báo cáo, Trưởng ban kết luận:",
    "1. Các nhiệm vụ trọng tâm:",
    "a) Về tuyên truyền: Phòng Tuyên truyền - Biên tập biên tập sổ tay Ngày hội và đăng tải trên trang thông tin điện tử của Ban trước ngày 05/5/2027.",
    "b) Về đại biểu: Phòng Nghiệp vụ tổng hợp danh sách đại biểu người có uy tín các huyện, gửi Văn phòng Ban trước ngày 28/4/2027.",
    "c) Về hậu cần: giao Văn phòng Ban bố trí nơi ăn, nghỉ cho đại biểu, hoàn thành trước ngày 10/5/2027.",
    "d) Phó Trưởng ban (bà Vi Thị Nhàn) chủ trì làm việc với UBND các huyện về các tiết mục tham gia Ngày hội trong tháng 4/2027.",
    "2. Văn phòng Ban tổng hợp kết quả chuẩn bị, báo cáo Trưởng ban trước ngày 14/5/2027.",
    "Ban Dân tộc tỉnh thông báo để các phòng và các cơ quan liên quan biết, thực hiện./.",
)


def yu2_pdf(path: Path) -> None:
    from docx import Document

    writers = heldout_writers()
    document = Document()
    writers.national_header(
        document,
        ["UBND TỈNH ĐIỆN SƠN", "BAN DÂN TỘC", "Số: 41/TB-BDT"],
        "Điện Sơn, ngày 14 tháng 4 năm 2027",
    )
    for text in YU2_BODY:
        document.add_paragraph(text)
    document.add_paragraph("Nơi nhận:\n- UBND tỉnh (b/c);\n- Các phòng;\n- Lưu: VT.")
    document.add_paragraph("TL. TRƯỞNG BAN\nCHÁNH VĂN PHÒNG\n\nLục Văn Sầm")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "yu2.docx"
        document.save(source)
        writers.soffice_convert(source, "pdf", path)


YU3_TEXT = """**SỞ Y TẾ TỈNH HÀ LINH**
**TRUNG TÂM Y TẾ HUYỆN SƠN ĐỘNG**

Số: 77/TB-TTYT

*Sơn Động, ngày 09 tháng 11 năm 2027*

# THÔNG BÁO

## Kết luận của Giám đốc tại cuộc họp chuẩn bị kiểm tra, đánh giá chất lượng cuối năm 2027

Ngày 08/11/2027, Giám đốc Trung tâm chủ trì cuộc họp với các Phó Giám đốc, trưởng các khoa, phòng. Giám đốc kết luận như sau:

1. Về hồ sơ chất lượng: Phòng Kế hoạch - Nghiệp vụ tổng hợp số liệu các tiêu chí chất lượng, hoàn thành trước ngày 25/11/2027.
2. Phó Giám đốc (ông Ma Văn Khởi) chủ trì rà soát quy trình chuyên môn tại các khoa lâm sàng trong tháng 11/2027.
3. Chủ tịch Công đoàn cơ sở phát động phong trào thi đua "Xanh - Sạch - Đẹp", sơ kết trước ngày 10/12/2027.
4. Phó Bí thư Đoàn cơ sở tổ chức cho đoàn viên dọn vệ sinh khuôn viên Trung tâm vào ngày 20/11/2027.
5. Các Phó Giám đốc theo lĩnh vực được phân công thường xuyên kiểm tra, đôn đốc các khoa, phòng thực hiện.

Trung tâm thông báo để các khoa, phòng biết, thực hiện./.

**GIÁM ĐỐC**

Hoàng Thị Mai
"""


YU4_BODY = (
    "THÔNG BÁO",
    "Kết luận của Trưởng ban tại cuộc họp chuẩn bị Hội nghị kiều bào đón Xuân Mậu Thân 2028",
    "Sáng ngày 05/01/2028, đồng chí Đinh Công Huấn, Trưởng ban chủ trì cuộc họp. Sau khi nghe Văn phòng Ban báo cáo, Trưởng ban kết luận:",
    "1. Dự kiến có khoảng 600 đại biểu kiều bào về dự Hội nghị; công tác chuẩn bị cơ bản bảo đảm, việc đăng ký đại biểu còn chậm.",
    "2. Các nhiệm vụ cần thực hiện:",
    "a) Về khánh tiết: Văn phòng Ban chuẩn bị hội trường, tổ chức gặp mặt vào ngày 22/01/2028 tại Nhà khách tỉnh.",
    "b) Đề nghị Sở Ngoại vụ cử 02 cán bộ phiên dịch tại buổi gặp mặt.",
    "c) Đề nghị Công an tỉnh hướng dẫn kiều bào khai báo tạm trú trong dịp Tết.",
    "d) Về tuyên truyền: Phòng Thông tin - Đối ngoại biên soạn tài liệu giới thiệu tiềm năng đầu tư của tỉnh, hoàn thành trước ngày 15/01/2028.",
    "3. Các phòng thuộc Ban chủ động phối hợp chặt chẽ, tránh chồng chéo.",
    "4. Văn phòng Ban tổng hợp kết quả, báo cáo Trưởng ban trước ngày 10/02/2028.",
    "Ban Liên lạc kiều bào tỉnh thông báo để các phòng và cơ quan liên quan biết, thực hiện./.",
)


def yu4_doc(path: Path) -> None:
    from docx import Document

    writers = heldout_writers()
    document = Document()
    writers.national_header(
        document,
        ["UBND TỈNH HÀ TIÊN", "BAN LIÊN LẠC KIỀU BÀO", "Số: 03/TB-BLL"],
        "Hà Tiên, ngày 07 tháng 01 năm 2028",
    )
    for text in YU4_BODY:
        document.add_paragraph(text)
    document.add_paragraph("Nơi nhận:\n- UBND tỉnh (b/c);\n- Các phòng;\n- Lưu: VT.")
    document.add_paragraph("TRƯỞNG BAN\n\nĐinh Công Huấn")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "yu4.docx"
        document.save(source)
        writers.soffice_convert(source, "doc", path)


def siblings_yu() -> None:
    DOCS.mkdir(exist_ok=True)
    yu1_docx(DOCS / "yu1_tbkl_thcs_hoi_thi_van_nghe_chuc_danh.docx")
    yu2_pdf(DOCS / "yu2_tbkl_ban_dan_toc_ngay_hoi_diem_chu.pdf")
    (DOCS / "yu3_tbkl_ttyt_huyen_kiem_tra_chat_luong.md").write_text(YU3_TEXT, encoding="utf-8")
    yu4_doc(DOCS / "yu4_tbkl_ban_lien_lac_kieu_bao_hoi_nghi.doc")
