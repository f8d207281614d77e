"""The main corpus's siblings of the held-out documents h810 and h806 (moved to the main corpus when
the importer was taught their shapes, by h13fixYZ on 2026-12-06). h810's shape: an inspection plan
whose numbered tasks open with their doer, among them the inspection teams by their number (`Tổ kiểm
tra số 1 kiểm tra …`, `Đoàn kiểm tra liên ngành số 2 kiểm tra …`), and under TỔ CHỨC THỰC HIỆN a
deputy head by the field in his charge, his name in parentheses, doing a task in person (`Phó Đội
trưởng phụ trách nghiệp vụ (ông …) trực tiếp chỉ đạo …`). h806's shape: numbered activities named by
a quoted event (`2. Chương trình “…” …`) over dash fields, the doer under a label naming the
issuer's section kind (`Phòng thực hiện:`, `Tổ thực hiện:`, `Phòng phụ trách:`) and the time, for
some, a dash line of its own with no label giving the steps' days (`- Đăng ký trước ngày …; tổ chức
ngày …`). yz1: a market management team's price inspection plan (.docx); yz2: a provincial museum's
event plan (.odt, through LibreOffice); yz3: a fisheries sub-department's vessel inspection plan
(.pdf, through LibreOffice). Their expected items (expected/yz1_…–yz3_…) were written by hand before
the first import. `python tests/importing/corpus/make_docs.py --siblings-yz` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YZ1_HEADER = (
    ["CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH AN LẠC", "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 4", "Số: 03/KH-QLTT4"],
    "Tân Hòa, ngày 28 tháng 12 năm 2026",
)
YZ1_PARAGRAPHS = (
    ("KẾ HOẠCH", True),
    ("Kiểm tra việc niêm yết giá, bán theo giá niêm yết tại các chợ dịp Tết Nguyên đán Đinh Mùi 2027", True),
    (
        "Thực hiện Kế hoạch số 516/KH-CCQLTT ngày 15/12/2026 của Chi cục Quản lý thị trường tỉnh, Đội Quản lý thị trường số 4 xây dựng Kế hoạch như sau:",
        False,
    ),
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("Bảo đảm bình ổn giá cả hàng hóa dịp Tết; phát hiện, xử lý nghiêm các hành vi vi phạm về giá.", False),
    ("II. ĐỐI TƯỢNG, THỜI GIAN", True),
    ("Đối tượng: 54 hộ kinh doanh tại 04 chợ trên địa bàn. Thời gian: từ tháng 01 đến tháng 02/2027.", False),
    ("III. NỘI DUNG, TIẾN ĐỘ", True),
    (
        "1. Tổ Tổng hợp rà soát danh sách hộ kinh doanh, in biểu mẫu biên bản, trình Đội trưởng ký quyết định kiểm tra trước ngày 05/01/2027.",
        False,
    ),
    (
        "2. Tổ kiểm tra số 1 kiểm tra 30 hộ kinh doanh tại chợ Tân Hòa và chợ Phường 2, từ ngày 08/01 đến ngày 22/01/2027.",
        False,
    ),
    (
        "3. Tổ kiểm tra số 2 kiểm tra 24 hộ kinh doanh tại chợ Long Điền và chợ Nam, từ ngày 11/01 đến ngày 29/01/2027.",
        False,
    ),
    (
        "4. Bộ phận Pháp chế rà soát hồ sơ vụ việc, dự thảo quyết định xử phạt các vi phạm phát hiện qua kiểm tra trước ngày 20/02/2027.",
        False,
    ),
    ("IV. TỔ CHỨC THỰC HIỆN", True),
    ("1. Đội trưởng chỉ đạo chung, chịu trách nhiệm trước Chi cục trưởng về kết quả kiểm tra.", False),
    (
        "2. Phó Đội trưởng phụ trách nghiệp vụ (ông Trần Quốc Bảo) trực tiếp chỉ đạo kiểm tra đột xuất 04 cơ sở bán buôn bánh kẹo, trong tháng 01/2027.",
        False,
    ),
    ("3. Bộ phận Hành chính - Tổng hợp bố trí xe ô tô, kinh phí cho các Tổ kiểm tra.", False),
    (
        "4. Tổ trưởng các Tổ kiểm tra gửi báo cáo kết quả về Tổ Tổng hợp chậm nhất 02 ngày làm việc sau khi kết thúc đợt kiểm tra.",
        False,
    ),
    (
        "5. Đề nghị Ban Quản lý chợ Tân Hòa cung cấp danh sách hộ kinh doanh cố định trước ngày 04/01/2027./.",
        False,
    ),
    ("ĐỘI TRƯỞNG", True),
    ("Lương Văn Định", True),
)

YZ2_HEADER = (
    ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "BẢO TÀNG TỈNH HẢI NAM", "Số: 36/KH-BT"],
    "Hải Nam, ngày 06 tháng 4 năm 2027",
)
YZ2_PARAGRAPHS = (
    ("KẾ HOẠCH", True),
    ("Tổ chức các hoạt động hưởng ứng Ngày Quốc tế Bảo tàng 18/5/2027", True),
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    (
        "Giới thiệu giá trị di sản văn hóa của tỉnh đến công chúng; thu hút học sinh, sinh viên tham quan bảo tàng.",
        False,
    ),
    ("II. NỘI DUNG HOẠT ĐỘNG", True),
    ("1. Trưng bày chuyên đề “Gốm cổ ven sông Thu”", True),
    ("- Thời gian: từ ngày 10/5 đến ngày 30/6/2027.", False),
    ("- Phòng thực hiện: Phòng Trưng bày - Tuyên truyền.", False),
    ("2. Chương trình “Một ngày làm nhà khảo cổ” cho học sinh trung học cơ sở", True),
    ("- Nhận đăng ký của các trường trước ngày 05/5/2027; tổ chức ngày 16/5/2027.", False),
    ("- Tổ thực hiện: Tổ Giáo dục công chúng.", False),
    ("3. Hội thảo khoa học “Di sản gốm Chăm ở Hải Nam”", True),
    ("- Thời gian: dự kiến ngày 25/5/2027.", False),
    ("- Phòng phụ trách: Phòng Nghiên cứu - Sưu tầm.", False),
    ("4. Đêm nhạc “Âm vang di sản” tại sân bảo tàng", True),
    ("- Dựng sân khấu trước ngày 15/5/2027; biểu diễn tối ngày 18/5/2027.", False),
    ("- Đơn vị thực hiện: Phòng Hành chính - Tổng hợp.", False),
    ("III. TỔ CHỨC THỰC HIỆN", True),
    (
        "1. Phòng Hành chính - Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc các phòng thực hiện Kế hoạch; tổng hợp báo cáo kết quả về Sở trước ngày 05/6/2027.",
        False,
    ),
    ("2. Các phòng chuyên môn căn cứ nhiệm vụ được giao chủ động triển khai thực hiện.", False),
    (
        "3. Đề nghị Trung tâm Văn hóa tỉnh hỗ trợ thiết bị âm thanh, ánh sáng cho các hoạt động của Bảo tàng.",
        False,
    ),
    ("GIÁM ĐỐC", True),
    ("Tạ Thị Minh Nguyệt", True),
)

YZ3_HEADER = (
    ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HẢI NAM", "CHI CỤC THỦY SẢN", "Số: 09/KH-CCTS"],
    "Hải Nam, ngày 18 tháng 02 năm 2027",
)
YZ3_PARAGRAPHS = (
    ("KẾ HOẠCH", True),
    ("Kiểm tra tàu cá cập cảng, chống khai thác thủy sản bất hợp pháp quý I năm 2027", True),
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("Ngăn chặn tàu cá vi phạm vùng biển nước ngoài; xử lý nghiêm các trường hợp vi phạm.", False),
    ("II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", True),
    (
        "1. Phòng Khai thác thủy sản lập danh sách tàu cá có chiều dài từ 15 mét trở lên trước ngày 28/02/2027.",
        False,
    ),
    (
        "2. Đoàn kiểm tra liên ngành số 1 kiểm tra 60 tàu cá tại cảng cá Sa Huỳnh, từ ngày 03/3 đến ngày 20/3/2027.",
        False,
    ),
    (
        "3. Đoàn kiểm tra liên ngành số 2 kiểm tra 45 tàu cá tại cảng cá Tịnh Kỳ, từ ngày 06/3 đến ngày 27/3/2027.",
        False,
    ),
    (
        "4. Trạm Kiểm ngư Sa Huỳnh tuần tra vùng lộng, lập biên bản tàu cá mất kết nối thiết bị giám sát trước ngày 31/3/2027.",
        False,
    ),
    ("III. TỔ CHỨC THỰC HIỆN", True),
    ("1. Chi cục trưởng chỉ đạo chung các Đoàn kiểm tra.", False),
    (
        "2. Phó Chi cục trưởng phụ trách khai thác (ông Hồ Văn Lực) trực tiếp kiểm tra hồ sơ 10 tàu cá có nguy cơ vi phạm cao trước ngày 15/3/2027.",
        False,
    ),
    ("3. Văn phòng Chi cục bảo đảm kinh phí, phương tiện cho các Đoàn kiểm tra.", False),
    ("4. Đề nghị Ban Quản lý cảng cá tỉnh cung cấp danh sách tàu cá cập cảng trước ngày 01/3/2027.", False),
    ("CHI CỤC TRƯỞNG", True),
    ("Phan Thanh Hải", True),
)


def _docx(path: Path, header, paragraphs) -> None:
    """A plan as offices print it (.docx): the national header table, then its paragraphs."""
    from docx import Document

    document = Document()
    heldout_writers().national_header(document, *header)
    for text, bold in paragraphs:
        document.add_paragraph().add_run(text).bold = bold
    document.save(path)


def _converted(path: Path, header, paragraphs, ext: str) -> None:
    """The plan written as .docx and converted by LibreOffice (`ext`: odt, pdf)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{path.stem}.docx"
        _docx(source, header, paragraphs)
        heldout_writers().soffice_convert(source, ext, path)


def siblings_yz() -> None:
    DOCS.mkdir(exist_ok=True)
    _docx(DOCS / "yz1_kh_kiem_tra_gia_cho_tet_qltt.docx", YZ1_HEADER, YZ1_PARAGRAPHS)
    _converted(DOCS / "yz2_kh_bao_tang_ngay_quoc_te_bao_tang.odt", YZ2_HEADER, YZ2_PARAGRAPHS, "odt")
    _converted(DOCS / "yz3_kh_kiem_tra_tau_ca_chi_cuc_thuy_san.pdf", YZ3_HEADER, YZ3_PARAGRAPHS, "pdf")
