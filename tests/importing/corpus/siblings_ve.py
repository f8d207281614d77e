"""The main corpus's siblings of the held-out document h669 (moved to the main corpus when the importer
was taught its shape, by h13fixVE on 2026-12-06): a prose plan whose tasks section has bold numbered
topic titles (`1. Công tác …`: headings, no items) over one paragraph or over a) and b), each duty's
sentence opening with its doer — a team named in full once with the shorter name it goes by afterwards
(`(sau đây gọi là …)`), later points led by that shorter name; a station named for two places joined by
a dash (`Trạm … liên xã A - B`); a term's abbreviation after a body's name (`… về khuyến nông (KN)`) that
is no name of that body. Their expected items (expected/ve1_…) were written by hand before the first
import; ve2 is a plain text file written by hand. `python tests/importing/corpus/make_docs.py
--siblings-ve` writes ve1.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

VE1_PARAGRAPHS = (
    ("UBND HUYỆN PHÚ LÂM", False),
    ("TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP", False),
    ("Số: 27/KH-TTDVNN", False),
    ("Phú Lâm, ngày 05 tháng 3 năm 2028", False),
    ("KẾ HOẠCH", True),
    ("Phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2028", True),
    (
        "Thực hiện Kế hoạch số 12/KH-SNN ngày 20/02/2028 của Sở Nông nghiệp về phòng, chống dịch bệnh "
        "động vật (PCDB), Trung tâm Dịch vụ nông nghiệp huyện xây dựng Kế hoạch như sau:",
        False,
    ),
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("Chủ động phòng, chống dịch bệnh, không để dịch lớn xảy ra trên địa bàn huyện.", False),
    ("II. NHIỆM VỤ, GIẢI PHÁP", True),
    ("1. Công tác tiêm phòng", True),
    (
        "Đội Thú y lưu động và kiểm dịch (sau đây gọi là Đội lưu động) phối hợp UBND các xã tổ chức "
        "tiêm phòng đợt 1 cho đàn gia súc, gia cầm, hoàn thành trước ngày 30/4/2028.",
        False,
    ),
    ("2. Giám sát dịch bệnh", True),
    (
        "a) Đội lưu động lấy mẫu giám sát lưu hành vi rút cúm gia cầm tại các chợ đầu mối trong tháng "
        "5/2028.",
        False,
    ),
    (
        "b) Tổ Thông tin dịch bệnh cập nhật tình hình dịch trên hệ thống báo cáo trực tuyến; thực "
        "hiện hằng ngày.",
        False,
    ),
    ("3. Vật tư, hóa chất", True),
    (
        "Bộ phận Tài vụ lập dự toán mua vắc xin, hóa chất khử trùng bổ sung, trình Giám đốc trước ngày "
        "25/3/2028.",
        False,
    ),
    ("4. Tiêu độc, khử trùng", True),
    (
        "a) Đội lưu động chủ trì, phối hợp Công an huyện kiểm tra việc vận chuyển gia súc qua các chốt "
        "vào tháng 6/2028.",
        False,
    ),
    (
        "b) Trạm Thú y liên xã Hòa An - Phú Mỹ hướng dẫn người chăn nuôi vệ sinh, tiêu độc chuồng trại; "
        "thực hiện thường xuyên.",
        False,
    ),
    ("III. TỔ CHỨC THỰC HIỆN", True),
    (
        "Các Trạm Thú y liên xã báo cáo tình hình dịch bệnh về Trung tâm vào ngày 20 hằng tháng.",
        False,
    ),
    ("Trên đây là Kế hoạch phòng, chống dịch bệnh năm 2028 của Trung tâm Dịch vụ nông nghiệp huyện.", False),
    ("GIÁM ĐỐC", True),
    ("Lê Văn Tâm", True),
)


def ve1_docx(path: Path) -> None:
    """A district agricultural services centre's plan against animal diseases in 2028 (.docx): bold
    topic titles over a paragraph or a) and b), a team defined with its shorter name, a station of two
    communes joined by a dash, a term's abbreviation (`(PCDB)`) in the opening."""
    from docx import Document

    document = Document()
    for text, bold in VE1_PARAGRAPHS:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = bold
    document.save(path)


def siblings_ve() -> None:
    ve1_docx(DOCS / "ve1_kh_trung_tam_nong_nghiep_tieu_de_doan.docx")
