"""The main corpus's sibling of the held-out document h217 (moved to the main corpus when the
importer was taught its shape, helper h13fixKA): a commune Party committee's notice of conclusions
as a PDF with a text layer, other bodies, tasks, dates and surface details. ka1 (HTML) and ka2
(text), the siblings of h207 and h218, are written by hand. Their expected items (expected/ka*_…)
were written by hand before the first import. `python tests/importing/corpus/make_docs.py
--siblings-ka` writes ka3 (.pdf).
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def ka3_docx(h, path: Path) -> None:
    """A commune Party committee's conclusions after its monthly meeting: results first (no items),
    then `II.` over `1.`/`2.`/`3.` headings with dash paragraphs; leads before `tham mưu Thường trực
    Đảng ủy`, a body that `lãnh đạo`s, a request `Đề nghị <body> lãnh đạo …`; dues without a year;
    an approval whose subject is the committee; a report at an undated meeting; a paragraph wrapped
    so that a line opens with the `- xã hội` of `kinh tế - xã hội`."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(14)
    h.national_header(
        document,
        ["ĐẢNG BỘ HUYỆN TÂN PHÚ", "ĐẢNG ỦY XÃ PHÚ LÂM", "*", "Số 112-TB/ĐU"],
        "Phú Lâm, ngày 05 tháng 6 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Thường trực Đảng ủy tại phiên họp tháng 5 năm 2028",
            "Ngày 02/6/2028, Thường trực Đảng ủy xã họp đánh giá kết quả tháng 5 và cho ý kiến về nhiệm vụ thời gian tới. Đồng chí Bí thư Đảng ủy xã kết luận như sau:",
            "I. KẾT QUẢ THÁNG 5",
            "Tháng 5 năm 2028, các chi bộ, đoàn thể đã triển khai đúng kế hoạch; tổ chức thành công Lễ giao nhận quân; tỷ lệ thu thuế sử dụng đất phi nông nghiệp đạt 62%. Việc chỉnh trang nghĩa trang nhân dân còn chậm.",
            "II. NHIỆM VỤ THỜI GIAN TỚI",
            "1. Công tác xây dựng Đảng, chính quyền",
            "- Ban Tổ chức Đảng ủy tham mưu Thường trực Đảng ủy kiện toàn cấp ủy các chi bộ thôn sau sáp nhập, hoàn thành trong tháng 7.",
            "- Văn phòng Đảng ủy tham mưu tổ chức hội nghị học tập chuyên đề năm 2028, xong trước 20/6.",
            "- Thường trực Đảng ủy đồng ý chủ trương điều chỉnh quy chế làm việc của Ban Chấp hành Đảng bộ xã.",
            "2. Công tác phát triển kinh tế - xã hội",
            "- Đề nghị Đảng ủy Quân sự xã lãnh đạo hoàn thành kế hoạch huấn luyện dân quân năm 2028, báo cáo Thường trực Đảng ủy tại phiên họp sơ kết 6 tháng.",
            "- Chi bộ Trạm Y tế lãnh đạo triển khai đợt tiêm chủng mở rộng cho trẻ em dịp Tết Thiếu nhi 01/6 - 05/6.",
            "- Đề nghị Ủy ban Mặt trận Tổ quốc xã chủ trì, phối hợp các hội đoàn thể vận động xây dựng 5 nhà đại đoàn kết, giám sát các công trình phát triển kinh tế - xã hội tại các thôn, hoàn thành trong quý III.",
            "3. Công tác dân vận",
            "- Ban Dân vận Đảng ủy nắm tình hình dư luận xã hội, báo cáo Thường trực Đảng ủy hằng tháng.",
            "- Các chi bộ thôn tổ chức sinh hoạt chuyên đề về dân chủ ở cơ sở, gửi biên bản về Văn phòng Đảng ủy trước ngày 30/6.",
            "Văn phòng Đảng ủy thông báo để các chi bộ, cơ quan, đoàn thể biết, thực hiện.",
            "Nơi nhận:\n- Ban Thường vụ Huyện ủy (b/c);\n- Các đồng chí Đảng ủy viên;\n- Các chi bộ trực thuộc;\n- Lưu Văn phòng Đảng ủy.",
            "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n(đã ký)\nLê Thị Kim Thoa",
        ],
    )
    document.save(path)


def siblings_ka() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: ka3 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "ka3_tbkl_dang_uy_xa_tham_muu_lanh_dao"
        ka3_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
