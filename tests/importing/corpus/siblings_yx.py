"""The main corpus's siblings of the held-out document h786 (moved to the main corpus when the
importer was taught its shape, by h13fixYX on 2026-12-06): a festival plan whose days are printed
lunar with the solar ones in parentheses (`Lễ khai mạc vào 7 giờ 30 ngày 06 tháng Giêng (ngày
11/02/2027)`, `Lễ khai hội được tổ chức vào 8 giờ 00 ngày 10 tháng 3 âm lịch (ngày 16/4/2027)`), a
task done on the same day as the opening inside its sentence (`… cùng ngày khai mạc`, `… khai mạc
cùng ngày với Lễ khai hội`: due on that day) and a duty each day or night of the festival (`vào cuối
mỗi ngày lễ hội`, `mỗi đêm`, `sau mỗi ngày lễ hội`: ongoing, as `hằng ngày` is). yx1: a pagoda's
management board's plan (.docx), numbered team labels over dash tasks, a request to the commune and
the teams' closing report. yx2: a district's festival organising plan (Markdown), `###` unit headings
over dash tasks and every body's closing report. Their expected items (expected/yx1_…, yx2_…) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-yx`
writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YX1_PARAGRAPHS = (
    ("BAN QUẢN LÝ DI TÍCH CHÙA TIÊN SƠN", False),
    ("Số: 07/KH-BQL", False),
    ("Tiên Sơn, ngày 12 tháng 01 năm 2027", False),
    ("KẾ HOẠCH", True),
    ("Tổ chức Lễ hội chùa Tiên Sơn Xuân Đinh Mùi 2027", True),
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("Tổ chức lễ hội trang nghiêm, tiết kiệm, bảo đảm an toàn cho nhân dân và du khách thập phương.", False),
    ("II. THỜI GIAN, ĐỊA ĐIỂM", True),
    (
        "Lễ hội diễn ra từ ngày 06 đến ngày 08 tháng Giêng năm Đinh Mùi (từ ngày 11/02 đến ngày 13/02/2027) tại chùa Tiên Sơn. Lễ khai mạc vào 7 giờ 30 ngày 06 tháng Giêng (ngày 11/02/2027).",
        False,
    ),
    ("III. NHIỆM VỤ CỤ THỂ", True),
    ("1. Tổ Nghi lễ", True),
    (
        "- Chuẩn bị lễ vật, phục trang cho đội dâng hương, đội múa rồng; hoàn thành trước ngày 05/02/2027.",
        False,
    ),
    ("- Tổ chức lễ dâng hương đầu xuân; đánh trống khai hội cùng ngày khai mạc.", False),
    ("2. Tổ Bảo vệ - Trật tự", True),
    ("- Lắp đặt biển chỉ dẫn, bố trí lối đi một chiều vào chính điện trước ngày 08/02/2027.", False),
    ("- Tuần tra khuôn viên chùa, kiểm tra an toàn phòng cháy nhà tổ, nhà bia mỗi đêm.", False),
    ("3. Tổ Hậu cần", True),
    ("- Thu gom, vận chuyển rác thải ra khỏi khuôn viên chùa vào cuối mỗi ngày lễ hội.", False),
    ("- Chuẩn bị nước uống, chỗ nghỉ cho các đoàn đại biểu và khách hành hương cao tuổi.", False),
    ("4. Đề nghị UBND xã Tiên Sơn", True),
    (
        "- Bố trí lực lượng dân quân hỗ trợ giữ gìn trật tự, trông giữ phương tiện; báo cáo kết quả trước ngày 20/02/2027.",
        False,
    ),
    ("IV. TỔ CHỨC THỰC HIỆN", True),
    (
        "Các tổ báo cáo kết quả thực hiện nhiệm vụ về Văn phòng Ban Quản lý trước ngày 18/02/2027 để tổng hợp.",
        False,
    ),
    ("TRƯỞNG BAN", True),
    ("Thích Minh Tuệ", True),
)

YX2_MD = """**UBND HUYỆN KIM LÂM**

Số: 41/KH-UBND — Kim Lâm, ngày 02 tháng 3 năm 2027

# KẾ HOẠCH

## Tổ chức Lễ hội Đền Thượng năm 2027

## I. THỜI GIAN, ĐỊA ĐIỂM

Lễ hội diễn ra trong hai ngày 10 và 11 tháng 3 âm lịch tại Đền Thượng, xã Thượng Lâm. Lễ khai hội được tổ chức vào 8 giờ 00 ngày 10 tháng 3 âm lịch (ngày 16/4/2027).

## II. PHÂN CÔNG NHIỆM VỤ

### 1. Phòng Văn hóa và Thông tin

- Xây dựng chương trình phần lễ, phần hội, trình UBND huyện phê duyệt trước ngày 25/3/2027.
- Tổ chức hội thi gói bánh chưng, giã bánh giầy của các xã; khai mạc cùng ngày với Lễ khai hội.

### 2. Trung tâm Y tế huyện

- Bố trí tổ cấp cứu, xe cứu thương trực tại khu vực lễ hội mỗi ngày.

### 3. Công an huyện

- Xây dựng phương án bảo đảm an ninh trật tự, phân luồng giao thông, hoàn thành trước ngày 10/4/2027.
- Tổng hợp tình hình an ninh trật tự, báo cáo Ban Tổ chức sau mỗi ngày lễ hội.

### 4. UBND xã Thượng Lâm

- Tổng vệ sinh môi trường, trang trí cờ hoa khu vực đền trước ngày 14/4/2027.
- Quản lý các điểm kinh doanh dịch vụ, không để xảy ra tình trạng chèo kéo, nâng giá.

## III. TỔ CHỨC THỰC HIỆN

Các cơ quan, đơn vị báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin trước ngày 25/4/2027 để tổng hợp, báo cáo UBND huyện.

**KT. CHỦ TỊCH — PHÓ CHỦ TỊCH**

Đinh Văn Khải
"""


def yx1_docx(path: Path) -> None:
    """A pagoda's management board's festival plan (.docx): lunar days with the solar ones, team
    labels over dash tasks, `cùng ngày khai mạc`, `mỗi đêm`, `cuối mỗi ngày lễ hội`."""
    from docx import Document

    document = Document()
    for text, bold in YX1_PARAGRAPHS:
        document.add_paragraph().add_run(text).bold = bold
    document.save(path)


def siblings_yx() -> None:
    DOCS.mkdir(exist_ok=True)
    yx1_docx(DOCS / "yx1_kh_le_hoi_chua_tien_son.docx")
    (DOCS / "yx2_kh_le_hoi_den_thuong_huyen.md").write_text(YX2_MD, encoding="utf-8")
