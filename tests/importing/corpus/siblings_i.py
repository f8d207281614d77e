"""The main corpus's siblings of the held-out documents h66, h69 and h72 (moved to the main corpus
when the importer was taught their shapes, helper h13fixI; h78's sibling m04 is Markdown written by
hand): the same shape with other bodies, units, tasks, dates and surface details. Their expected
items (expected/m01_…–m04_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-i` writes them.
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _heldout():
    return heldout_writers()


def m01_xlsx(h, path: Path) -> None:
    """A commune health station's monthly plan (sibling of h66): two task tables on one sheet, each
    under its own heading and its own header row in other words, people and posts as leads, a week
    with its days, a closing count row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Thang 10"
    h.sheet_title_rows(
        sheet,
        ["TRẠM Y TẾ XÃ AN PHÚ", "KẾ HOẠCH HOẠT ĐỘNG THÁNG 10 NĂM 2026", ""],
        5,
    )

    def block(title: str, labels: list[str], rows) -> None:
        sheet.append([title])
        sheet[sheet.max_row][0].font = Font(bold=True)
        sheet.append(labels)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))

    block(
        "I. CÔNG TÁC PHÒNG CHỐNG DỊCH BỆNH",
        ["TT", "Công việc", "Người thực hiện", "Thời gian thực hiện", "Ghi chú"],
        [
            (
                1,
                "Phun hóa chất diệt muỗi tại các thôn có ca sốt xuất huyết",
                "Tổ Kiểm soát bệnh tật",
                "Tuần 2 (05-10/10)",
                "",
            ),
            (
                2,
                "Tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi",
                "Tổ Tiêm chủng; Y tế thôn",
                "Trước 15/10",
                "Theo danh sách",
            ),
            (
                3,
                "Giám sát bệnh truyền nhiễm tại cộng đồng",
                "Y sĩ Lê Văn Hòa - Phó Trạm trưởng",
                "Hằng ngày",
                "",
            ),
        ],
    )
    sheet.append([])
    block(
        "II. CÔNG TÁC HÀNH CHÍNH - TÀI CHÍNH",
        ["STT", "Nội dung nhiệm vụ", "Cá nhân/bộ phận phụ trách", "Hạn hoàn thành", "Ghi chú"],
        [
            (
                1,
                "Báo cáo số liệu khám chữa bệnh bảo hiểm y tế quý III gửi Trung tâm Y tế huyện",
                "Kế toán (chị Ngô Thị Hạnh)",
                "Chậm nhất 08/10/2026",
                "",
            ),
            (2, "Kiểm kê thuốc, vật tư y tế tồn kho", "Bộ phận Dược", "Tuần 4 (19-24/10)", ""),
            (3, "Giao ban chuyên môn toàn trạm", "Trạm trưởng", "Hàng tuần vào sáng thứ Hai", "Hội trường"),
            (4, "Vệ sinh môi trường, phân loại rác thải y tế", "Hộ lý, Bộ phận Dược", "Thường xuyên", ""),
        ],
    )
    sheet.append([])
    sheet.append(["Tổng cộng: 07 nội dung công việc"])
    workbook.save(path)


def m02_docx(h, path: Path) -> None:
    """A district Women's Union plan (sibling of h69, to be saved as .odt): numbered paragraphs with
    the body as subject, each broken by hard line breaks inside its sentence."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["HỘI LHPN TỈNH HÀ TĨNH", "HỘI LHPN HUYỆN HƯƠNG SƠN", "Số: 36/KH-HPN"],
        "Hương Sơn, ngày 20 tháng 10 năm 2026",
    )
    h.docx_paragraphs(
        document,
        (
            "KẾ HOẠCH",
            "Hưởng ứng Tháng hành động vì bình đẳng giới năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Nâng cao nhận thức của hội viên, phụ nữ về bình đẳng giới; các hoạt động thiết thực, phù hợp điều kiện cơ sở.",
            "II. NỘI DUNG HOẠT ĐỘNG",
        ),
    )
    tasks = [
        "1. Ban Tuyên giáo Hội LHPN huyện chủ trì tổ chức mít tinh hưởng ứng Tháng hành động vì|bình đẳng giới và phòng, chống bạo lực trên cơ sở giới tại Nhà văn hóa trung tâm|huyện vào ngày 15/11/2026.",
        '2. Ban Gia đình - Xã hội Hội LHPN huyện hướng dẫn các chi hội ra quân "Ngày thứ Bảy|yêu thương" vào thứ Bảy hằng tuần trong tháng 11/2026, thăm hỏi phụ nữ có|hoàn cảnh khó khăn.',
        '3. Ban Kinh tế Hội LHPN huyện tham mưu tổng kết mô hình "Tổ tiết kiệm vốn vay", hoàn thành|chậm nhất ngày|25/11/2026.',
        '4. Câu lạc bộ Phụ nữ khởi nghiệp huyện tổ chức diễn đàn "Phụ nữ với kinh tế số" trong|tháng 11/2026.',
        '5. Văn phòng Hội LHPN huyện phối hợp Trung tâm Văn hóa - Thể thao huyện tổ chức Hội thi|"Phụ nữ duyên dáng" (dự kiến|ngày 22/11/2026).',
        '6. Hội LHPN các xã, thị trấn đăng ký tối thiểu 01 mô hình "Địa chỉ tin cậy" ở cộng|đồng, gửi về Ban Gia đình - Xã hội trước ngày 05/11/2026.',
        "7. Văn phòng Hội LHPN huyện tổng hợp kết quả Tháng hành động, báo cáo Ban|Thường vụ Hội LHPN tỉnh chậm nhất ngày 02/12/2026.",
    ]
    for task in tasks:
        paragraph = document.add_paragraph()
        pieces = task.split("|")
        for index, piece in enumerate(pieces):
            run = paragraph.add_run(piece)
            if index < len(pieces) - 1:
                run.add_break()
    h.docx_paragraphs(
        document,
        (
            "III. TỔ CHỨC THỰC HIỆN",
            "Kinh phí thực hiện từ nguồn hoạt động thường xuyên của Hội và vận động xã hội hóa.",
            "Nơi nhận:\n- Hội LHPN tỉnh (b/c);\n- Thường trực Huyện ủy (b/c);\n- Hội LHPN các xã, thị trấn;\n- Lưu: VP.",
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nTrần Thị Thu Hà",
        ),
    )
    document.save(path)


def m03_docx(h, path: Path) -> None:
    """A Department's briefing conclusions (sibling of h72, to be printed to PDF with its text):
    leaders with their posts beside the units, a post alone naming the unit that leads."""
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    document.sections[0].page_width, document.sections[0].page_height = Mm(210), Mm(297)
    h.national_header(
        document,
        ["UBND TỈNH QUẢNG TRỊ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 212/TB-SNNMT"],
        "Quảng Trị, ngày 28 tháng 4 năm 2026",
    )
    h.docx_paragraphs(
        document,
        (
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4/2026",
            "Ngày 27/4/2026, đồng chí Hồ Văn Phúc, Giám đốc Sở chủ trì cuộc họp giao ban tháng 4/2026. Dự họp có các đồng chí Phó Giám đốc Sở; Trưởng các phòng, Chi cục trưởng các Chi cục và Giám đốc các đơn vị sự nghiệp thuộc Sở. Sau khi nghe Văn phòng Sở báo cáo và ý kiến của các đại biểu, đồng chí Giám đốc Sở kết luận:",
            "Tháng 4/2026, các đơn vị cơ bản hoàn thành nhiệm vụ được giao; công tác phòng, chống hạn được triển khai kịp thời. Tuy nhiên, tiến độ giải ngân vốn sự nghiệp còn chậm.",
            "Thời gian tới, đề nghị các phòng, đơn vị tập trung thực hiện các nội dung sau:",
            "1. Giao Phòng Kế hoạch - Tài chính (đồng chí Trần Văn Nam, Trưởng phòng) tổng hợp nhu cầu kinh phí sự nghiệp năm 2027 của các đơn vị, báo cáo Giám đốc Sở trong tháng 5/2026.",
            "2. Chi cục Thủy lợi chủ trì, phối hợp Chi cục Kiểm lâm kiểm tra an toàn các hồ chứa trước mùa mưa, hoàn thành chậm nhất ngày 15/6/2026. Đồng chí Phạm Thị Hoa, Phó Giám đốc Sở trực tiếp chỉ đạo.",
            "3. Đồng chí Chánh Thanh tra Sở rà soát các đơn thư còn tồn đọng, báo cáo kết quả giải quyết tại cuộc họp giao ban hằng tháng.",
            "4. Đồng chí Giám đốc Trung tâm Khuyến nông hướng dẫn nông dân xuống giống vụ Hè Thu đúng lịch thời vụ, hoàn thành trong tháng 5.",
            "5. Văn phòng Sở (đồng chí Lê Thu Trang, Phó Chánh Văn phòng) đôn đốc các đơn vị cập nhật hồ sơ công việc trên Hệ thống quản lý văn bản; trình Giám đốc Sở trước ngày 20/5/2026.",
            "6. Giao Chi cục Chăn nuôi và Thú y chủ trì, phối hợp UBND các huyện tổ chức tiêm phòng đợt 1 cho đàn gia súc, gia cầm từ ngày 05/5 đến ngày 30/5/2026.",
            "7. Các phòng, đơn vị thuộc Sở tập trung giải ngân vốn đầu tư công, phấn đấu hoàn thành kế hoạch được giao trong Quý III/2026.",
            "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
            "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\nNguyễn Thị Bích",
        ),
    )
    document.save(path)


def siblings_i() -> None:
    h = _heldout()
    m01_xlsx(h, DOCS / "m01_kh_thang_tram_y_te_hai_bang_mot_sheet.xlsx")
    if not shutil.which("soffice"):
        print("soffice not found: the .odt and the PDF were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "m02_kh_hoi_phu_nu_ngat_dong_trong_cau.docx"
        m02_docx(h, source)
        h.soffice_convert(source, "odt", DOCS / "m02_kh_hoi_phu_nu_ngat_dong_trong_cau.odt")
        source = Path(tmp) / "m03_tbkl_giao_ban_so_chuc_danh_don_vi.docx"
        m03_docx(h, source)
        h.soffice_convert(source, "pdf", DOCS / "m03_tbkl_giao_ban_so_chuc_danh_don_vi.pdf")
