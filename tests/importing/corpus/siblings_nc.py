"""The main corpus's siblings of the held-out document h324 (moved to the main corpus when the
importer was taught its shape, helper h13fixNC): a plan whose tasks are numbered paragraphs, each
opening with its lead unit as the sentence's subject, some with `chủ trì`, the others with a verb of
any kind (no list holds it) or `là cơ quan thường trực`; nc2 (plain text, typed numbers) is written
by hand. Their expected items (expected/nc*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-nc` writes nc1 (.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def nc1_docx(h, path: Path) -> None:
    """A district People's Committee's plan on plastic waste whose tasks are **a Word numbered list**
    (`List Number`: no number typed in the text), each opening with **its lead in bold**: three with
    `chủ trì`, five with verbs no list holds (`lắp đặt`, `cấp phát`, `thu gom`, `ra quân`) or `là
    đầu mối`; names whose fields close with `và` (`Phòng Kinh tế, Hạ tầng và Đô thị`)."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN LONG HẢI", "Số: 57/KH-UBND"],
        "Long Hải, ngày 20 tháng 2 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Giảm thiểu chất thải nhựa trên địa bàn huyện năm 2027",
            "Thực hiện Chỉ thị của Ủy ban nhân dân tỉnh về tăng cường quản lý chất thải nhựa, UBND huyện Long Hải ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Giảm 30% lượng túi ni lông khó phân hủy sử dụng tại các chợ, siêu thị trên địa bàn so với năm 2026.",
            "- 100% trường học, cơ quan nhà nước không sử dụng sản phẩm nhựa dùng một lần.",
            "II. NHIỆM VỤ CỤ THỂ",
        ],
    )
    tasks = [
        (
            "Phòng Tài nguyên và Môi trường",
            " chủ trì, phối hợp UBND các xã, thị trấn hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn; hoàn thành trước ngày 31/3/2027.",
        ),
        (
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            " lắp đặt thùng phân loại rác tại chợ Long Hải và 05 chợ xã; xong trong tháng 5/2027.",
        ),
        (
            "Phòng Giáo dục và Đào tạo",
            " chủ trì phát động phong trào “Trường học không rác thải nhựa” trong các trường mầm non, tiểu học, trung học cơ sở; thực hiện trong học kỳ II năm học 2026 - 2027 (trước ngày 31/5/2027).",
        ),
        (
            "Trung tâm Văn hóa, Thể thao và Truyền thông",
            " cấp phát túi vải, làn nhựa tái sử dụng cho tiểu thương tại các chợ; từ tháng 4 đến tháng 6/2027.",
        ),
        (
            "Ban Quản lý các chợ",
            " thu gom túi ni lông đã qua sử dụng, bàn giao cho đơn vị tái chế; thực hiện thường xuyên.",
        ),
        (
            "Phòng Văn hóa và Thông tin",
            " chủ trì, phối hợp Đài Truyền thanh huyện xây dựng chuyên mục “Nói không với túi ni lông”, phát sóng định kỳ hằng tháng.",
        ),
        (
            "Huyện đoàn Long Hải",
            " ra quân làm sạch bãi biển, cửa sông nhân Ngày Môi trường thế giới (ngày 05/6/2027).",
        ),
        (
            "Phòng Tài nguyên và Môi trường",
            " là đầu mối theo dõi, tổng hợp kết quả, báo cáo UBND huyện trước ngày 10/12/2027.",
        ),
    ]
    for lead, rest in tasks:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(lead).bold = True
        paragraph.add_run(rest)
    h.docx_paragraphs(
        document,
        [
            "III. KINH PHÍ",
            "- Kinh phí sự nghiệp môi trường năm 2027 của huyện đã giao trong dự toán.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan, đơn vị, UBND các xã, thị trấn căn cứ Kế hoạch chủ động triển khai; khó khăn, vướng mắc báo cáo UBND huyện (qua Phòng Tài nguyên và Môi trường) để chỉ đạo giải quyết./.",
            "Nơi nhận: Sở Tài nguyên và Môi trường (b/c); TT Huyện ủy, TT HĐND huyện; CT, các PCT UBND huyện; các cơ quan, đơn vị; UBND các xã, thị trấn; Lưu: VT.",
            "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH",
            "Lương Văn Khải",
        ],
    )
    document.save(path)


def siblings_nc() -> None:
    h = heldout_writers()
    nc1_docx(h, DOCS / "nc1_kh_ubnd_huyen_rac_nhua_danh_so_tu_dong.docx")
