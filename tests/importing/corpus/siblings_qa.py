"""The main corpus's siblings of the held-out scans h344 and h352 (moved to the main corpus when the
importer was taught their shapes, helper h13fixQA): the same shapes with other bodies, tasks, dates
and wording. h344's (qa1 and qa5, scans; qa2, a .docx): an inspection team's on-the-spot record (`BIÊN BẢN
KIỂM TRA`) whose findings and shortcomings are no tasks, whose requests section asks the inspected
body by name in a lead-in (`Đoàn kiểm tra đề nghị <body> thực hiện các nội dung sau:`), counts a
time from the inspection (`kể từ ngày kiểm tra`, `kể từ ngày lập biên bản`) and closes with the
inspecting side's own dated follow-up; qa5's first page is broken early, a short page the OCR
reads with a blank line after every line. h352's (qa3, a .docx; qa4, a double-spaced scan): an
organising board's festival plan, its groups headed by a body that names its head in parentheses
(`Tổ Hậu cần (Tổ trưởng: …)`), days in the lunar calendar with the solar ones beside them, a
lunar day alone, duties through the festival's days or until it ends, and closing duties under
`TỔ CHỨC THỰC HIỆN`. Their expected items (expected/qa*_…) were written by hand before the first
import. `python tests/importing/corpus/make_docs.py --siblings-qa` writes them (the scans need
LibreOffice).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _document(line_spacing: float | None = None):
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    if line_spacing:
        document.styles["Normal"].paragraph_format.line_spacing = line_spacing
    return document


def _paragraphs(document, lines: list[str]) -> None:
    for line in lines:
        document.add_paragraph(line)


def qa1_docx(h, path: Path) -> None:
    """A commune health station's food-safety inspection record at a company's canteen (sibling of
    h344, printed then scanned): a place-date line this time, the team as dash lines, numbered
    findings, dash shortcomings, then `III. YÊU CẦU, KIẾN NGHỊ` asking the company by name, a time in
    working days from the inspection, a daily and a monthly duty, and the station's follow-up check
    with the commune police."""
    document = _document()
    h.national_header(
        document,
        ["UBND XÃ HÒA BÌNH", "TRẠM Y TẾ", "Số: 05/BB-TYT"],
        "Hòa Bình, ngày 14 tháng 3 năm 2028",
    )
    _paragraphs(
        document,
        [
            "BIÊN BẢN KIỂM TRA",
            "Điều kiện bảo đảm an toàn thực phẩm tại bếp ăn tập thể",
            "Vào lúc 09 giờ 15 phút, ngày 14/3/2028, tại Bếp ăn tập thể Công ty TNHH May mặc Hòa Bình (Cụm công nghiệp Hòa Bình, xã Hòa Bình, tỉnh Sông Lam).",
            "Căn cứ Kế hoạch số 08/KH-TYT ngày 20/02/2028 của Trạm Y tế xã Hòa Bình về kiểm tra an toàn thực phẩm năm 2028.",
            "Thành phần Đoàn kiểm tra:",
            "- Bà Đinh Thị Mai, Trạm trưởng Trạm Y tế xã - Trưởng đoàn;",
            "- Ông Lương Văn Tâm, cán bộ phụ trách an toàn thực phẩm - Thành viên.",
            "Đại diện cơ sở được kiểm tra: Ông Trịnh Quốc Bảo, Phó Giám đốc Công ty; Bà Vũ Thị Hằng, Bếp trưởng.",
            "I. KẾT QUẢ KIỂM TRA",
            "1. Bếp ăn phục vụ khoảng 650 suất/ngày cho công nhân, do Công ty tự tổ chức; có Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cấp năm 2025.",
            "2. Có 09 nhân viên chế biến, 07 người đã được tập huấn kiến thức an toàn thực phẩm; 02 người mới tuyển chưa khám sức khỏe.",
            "3. Thực hiện kiểm thực ba bước; sổ lưu mẫu ghi chưa đầy đủ.",
            "II. TỒN TẠI, HẠN CHẾ",
            "- Khu sơ chế và khu chế biến chín chưa tách biệt, còn dùng chung thớt.",
            "- Tủ lưu mẫu thức ăn hỏng nhiệt kế.",
            "- Kho chứa nguyên liệu có côn trùng, chưa có lưới chắn.",
            "III. YÊU CẦU, KIẾN NGHỊ",
            "Đoàn kiểm tra đề nghị Công ty TNHH May mặc Hòa Bình thực hiện các nội dung sau:",
            "1. Bố trí lại khu sơ chế, khu chế biến theo nguyên tắc một chiều; trang bị thớt, dao riêng cho thực phẩm sống và chín. Thời hạn: 10 ngày làm việc kể từ ngày kiểm tra.",
            "2. Thay nhiệt kế tủ lưu mẫu, lưu mẫu thức ăn đủ 24 giờ; ghi sổ lưu mẫu hằng ngày.",
            "3. Tổ chức khám sức khỏe cho 02 nhân viên mới tuyển, tập huấn kiến thức an toàn thực phẩm trước ngày 31/3/2028.",
            "4. Lắp lưới chắn côn trùng tại kho chứa nguyên liệu, phun diệt côn trùng định kỳ hằng tháng.",
            "5. Gửi báo cáo kết quả khắc phục kèm hình ảnh về Trạm Y tế xã trước ngày 15/4/2028.",
            "Trạm Y tế xã Hòa Bình sẽ phối hợp Công an xã kiểm tra lại việc khắc phục trong tháng 4/2028.",
            "IV. Ý KIẾN CỦA CƠ SỞ ĐƯỢC KIỂM TRA",
            "Công ty thống nhất với kết quả kiểm tra, cam kết khắc phục các tồn tại trong thời hạn nêu trên.",
            "Biên bản kết thúc lúc 11 giờ 00 cùng ngày, được lập thành 02 bản, mỗi bên giữ 01 bản.",
            "ĐẠI DIỆN CƠ SỞ                    TRƯỞNG ĐOÀN",
            "Trịnh Quốc Bảo                     Đinh Thị Mai",
        ],
    )
    document.save(path)


def qa2_docx(h, path: Path) -> None:
    """A commune's check of a market's order and hygiene, recorded as `BIÊN BẢN` over `Kiểm tra …`
    (sibling of h344, a .docx): `Hôm nay, ngày …` opens it, the findings under `II. KẾT QUẢ KIỂM TRA`,
    then `III. KIẾN NGHỊ` with `Đoàn kiểm tra yêu cầu Ban Quản lý chợ Đồng Lạc:` over lettered
    requests (a time from the day the record is made, a weekly duty, a month), the economy office's
    follow-up check after them, and the market's own request to the commune (no item)."""
    document = _document()
    h.national_header(
        document,
        ["UBND XÃ ĐỒNG LẠC", "ĐOÀN KIỂM TRA LIÊN NGÀNH", ""],
        "",
    )
    _paragraphs(
        document,
        [
            "BIÊN BẢN",
            "Kiểm tra việc chấp hành quy định về trật tự, vệ sinh môi trường và phòng cháy, chữa cháy tại Chợ Đồng Lạc",
            "Hôm nay, ngày 09 tháng 5 năm 2028, tại Văn phòng Ban Quản lý chợ Đồng Lạc, Đoàn kiểm tra liên ngành theo Quyết định số 57/QĐ-UBND ngày 02/5/2028 của Chủ tịch UBND xã Đồng Lạc tiến hành kiểm tra.",
            "Thành phần: Ông Nguyễn Hữu Phước, Trưởng phòng Kinh tế - Trưởng đoàn; đại diện Công an xã, Phòng Văn hóa - Xã hội; Bà Tô Thị Huệ, Trưởng Ban Quản lý chợ.",
            "I. NỘI DUNG KIỂM TRA",
            "Việc sắp xếp ngành hàng, lối đi; thu gom, xử lý rác thải; hồ sơ và phương tiện phòng cháy, chữa cháy; niêm yết giá thuê điểm kinh doanh.",
            "II. KẾT QUẢ KIỂM TRA",
            "1. Ưu điểm: chợ có 164 điểm kinh doanh, rác thải được thu gom hằng ngày; có phương án chữa cháy được phê duyệt năm 2026.",
            "2. Tồn tại:",
            "- Nhiều hộ kinh doanh lấn chiếm lối đi khu hàng khô, khu hàng ăn.",
            "- 05 bình chữa cháy hết hạn nạp; chưa cập nhật phương án chữa cháy theo quy định mới.",
            "- Chưa niêm yết công khai giá thuê điểm kinh doanh năm 2028.",
            "III. KIẾN NGHỊ",
            "Đoàn kiểm tra yêu cầu Ban Quản lý chợ Đồng Lạc:",
            "a) Sắp xếp lại các hộ kinh doanh, trả lại lối đi thông thoáng trong thời hạn 07 ngày kể từ ngày lập biên bản.",
            "b) Nạp lại 05 bình chữa cháy hết hạn, cập nhật phương án chữa cháy của chợ trước ngày 31/5/2028.",
            "c) Duy trì tổng vệ sinh toàn chợ vào chiều thứ Bảy hằng tuần.",
            "d) Niêm yết công khai giá thuê điểm kinh doanh tại cổng chợ trong tháng 6/2028.",
            "Phòng Kinh tế xã sẽ kiểm tra lại kết quả khắc phục trước ngày 30/6/2028.",
            "IV. Ý KIẾN CỦA BAN QUẢN LÝ CHỢ",
            "Ban Quản lý chợ thống nhất nội dung biên bản; đề nghị UBND xã hỗ trợ kinh phí lắp đặt hệ thống camera giám sát.",
            "Biên bản lập xong hồi 10 giờ 30 phút cùng ngày, đã đọc cho các thành viên cùng nghe và thống nhất ký tên.",
            "TRƯỞNG BAN QUẢN LÝ CHỢ                TRƯỞNG ĐOÀN",
            "Tô Thị Huệ                            Nguyễn Hữu Phước",
        ],
    )
    document.save(path)


def qa3_docx(h, path: Path) -> None:
    """A commune's Spring festival plan by its organising board (sibling of h352, a .docx): groups
    `Tổ …` that name their head in parentheses (`(Tổ trưởng: đồng chí …)`) over dash duties, the
    festival's days in the lunar calendar with the solar ones in parentheses, a task on a lunar day
    only (`vào ngày mùng 5 tháng Giêng`), duties `trong những ngày diễn ra Hội Xuân` and `cho đến khi
    kết thúc Hội Xuân`, then every group's and one group's closing duty under `TỔ CHỨC THỰC HIỆN`."""
    document = _document()
    h.national_header(
        document,
        ["UBND XÃ PHÚ LỘC", "BAN TỔ CHỨC HỘI XUÂN", "KỶ DẬU 2029", "Số: 01/PA-BTC"],
        "Phú Lộc, ngày 05 tháng 01 năm 2029",
    )
    _paragraphs(
        document,
        [
            "PHƯƠNG ÁN",
            "Tổ chức Hội Xuân Kỷ Dậu năm 2029",
            "Căn cứ Quyết định số 02/QĐ-UBND ngày 03/01/2029 của UBND xã Phú Lộc về việc thành lập Ban Tổ chức Hội Xuân Kỷ Dậu năm 2029, Ban Tổ chức ban hành Phương án như sau:",
            "I. THỜI GIAN, ĐỊA ĐIỂM",
            "Hội Xuân được tổ chức trong 03 ngày, từ ngày mùng 4 đến hết ngày mùng 6 tháng Giêng năm Kỷ Dậu (từ ngày 16/02 đến ngày 18/02/2029), tại Quảng trường trung tâm xã; khai mạc lúc 07 giờ 30 ngày mùng 4 tháng Giêng (ngày 16/02/2029).",
            "II. NHIỆM VỤ CỦA CÁC TỔ",
            "1. Tổ Lễ tân - Khánh tiết (Tổ trưởng: đồng chí Chủ tịch Hội Liên hiệp Phụ nữ xã)",
            "- Trang trí cổng chào, sân khấu, pa nô, khẩu hiệu tại Quảng trường trung tâm xã, hoàn thành trước ngày 12/02/2029.",
            "- Đón tiếp đại biểu, khách mời tại Lễ khai mạc ngày mùng 4 tháng Giêng (ngày 16/02/2029).",
            "2. Tổ Văn nghệ - Thể thao (Tổ trưởng: đồng chí Bí thư Đoàn Thanh niên xã)",
            "- Dàn dựng chương trình văn nghệ chào Xuân, tổng duyệt trước ngày 10/02/2029.",
            "- Tổ chức thi gói bánh chưng, kéo co, đánh đu, cờ người vào ngày mùng 5 tháng Giêng.",
            "3. Tổ An ninh - Trật tự (Tổ trưởng: đồng chí Trưởng Công an xã)",
            "- Bố trí lực lượng bảo vệ, phân luồng giao thông tại khu vực Quảng trường trong những ngày diễn ra Hội Xuân.",
            "- Kiểm tra an toàn phòng cháy, chữa cháy các gian hàng, xong trước ngày 15/02/2029.",
            "4. Tổ Hậu cần - Tài chính (Tổ trưởng: đồng chí Công chức Tài chính - Kế toán xã)",
            "- Lập dự toán kinh phí, vận động xã hội hóa, trình Trưởng Ban Tổ chức trước ngày 20/01/2029.",
            "- Bố trí điện, nước, nhà vệ sinh lưu động và thu gom rác thải từ ngày 15/02/2029 cho đến khi kết thúc Hội Xuân.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các tổ chủ động xây dựng kế hoạch chi tiết, gửi Ban Tổ chức (qua Văn phòng HĐND và UBND xã) trước ngày 25/01/2029.",
            "Tổ Hậu cần - Tài chính quyết toán kinh phí, công khai các khoản thu, chi trước ngày 15/3/2029.",
            "Nơi nhận: TT Đảng ủy, HĐND, UBND xã (b/c); Thành viên Ban Tổ chức; Lưu: VT.",
            "TRƯỞNG BAN",
            "PHÓ CHỦ TỊCH UBND XÃ",
            "Hoàng Văn Lợi",
        ],
    )
    document.save(path)


def qa4_docx(h, path: Path) -> None:
    """A fishing commune's Nghinh Ông festival plan (sibling of h352), printed **double-spaced** and
    scanned: subcommittees naming their head in parentheses, lunar days of a numbered month marked
    `âm lịch` with the solar ones in parentheses, a lunar day alone, a duty through the festival's
    days and one until it ends, closing duties under `TỔ CHỨC THỰC HIỆN`."""
    document = _document(line_spacing=2.0)
    h.national_header(
        document,
        ["UBND XÃ THẠNH AN", "BAN TỔ CHỨC LỄ HỘI", "NGHINH ÔNG NĂM 2028", "Số: 03/PA-BTC"],
        "Thạnh An, ngày 28 tháng 8 năm 2028",
    )
    _paragraphs(
        document,
        [
            "PHƯƠNG ÁN",
            "Tổ chức Lễ hội Nghinh Ông năm 2028",
            "I. THỜI GIAN, ĐỊA ĐIỂM",
            "Lễ hội diễn ra từ ngày 14 đến ngày 16 tháng 8 âm lịch (từ ngày 02/10 đến ngày 04/10/2028) tại Lăng Ông và bến cá Thạnh An; lễ rước Ông trên biển vào sáng ngày 15 tháng 8 âm lịch (ngày 03/10/2028).",
            "II. PHÂN CÔNG NHIỆM VỤ",
            "1. Tiểu ban Lễ nghi (Trưởng tiểu ban: đồng chí Trưởng Ban Quản lý Lăng Ông)",
            "- Chuẩn bị lễ vật, phục trang, tập dượt đội hình rước Ông, hoàn thành trước ngày 25/9/2028.",
            "- Chủ trì nghi thức nghinh Ông trên biển vào ngày 15 tháng 8 âm lịch (ngày 03/10/2028).",
            "2. Tiểu ban Hậu cần (Trưởng tiểu ban: Phó Chủ tịch UBND xã)",
            "- Dựng rạp, sân khấu, hệ thống âm thanh tại khu Lăng Ông, xong trước ngày 30/9/2028.",
            "- Bố trí nước uống, nhà vệ sinh lưu động trong các ngày diễn ra lễ hội.",
            "3. Tiểu ban Văn hóa - Thể thao (Trưởng tiểu ban: Trưởng phòng Văn hóa - Xã hội)",
            "- Tổ chức giải đua ghe truyền thống vào ngày 16 tháng 8 âm lịch.",
            "- Tuyên truyền về lễ hội trên loa truyền thanh xã từ ngày 20/9/2028 đến khi kết thúc lễ hội.",
            "4. Trạm Y tế xã",
            "- Bố trí tổ y tế, xe cấp cứu trực tại bến cá trong các ngày diễn ra lễ hội.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các tiểu ban phân công thành viên trực, gửi danh sách về Ban Tổ chức trước ngày 20/9/2028.",
            "Tiểu ban Hậu cần tổng hợp, quyết toán kinh phí lễ hội trước ngày 31/10/2028.",
            "Nơi nhận: TT Đảng ủy, UBND xã; Các thành viên Ban Tổ chức; Lưu: VT.",
            "TRƯỞNG BAN",
            "PHÓ CHỦ TỊCH UBND XÃ",
            "Lâm Văn Sáu",
        ],
    )
    document.save(path)


def qa5_docx(h, path: Path) -> None:
    """A commune's inter-agency check of a school building site (sibling of h344, printed then
    scanned), its first page broken early, after the lead-in of the requests (`Căn cứ kết quả kiểm
    tra, Tổ kiểm tra … yêu cầu Công ty Cổ phần Xây dựng Minh Khang thực hiện các nội dung sau:`,
    wrapped over two lines): a short page, which the OCR reads with a blank line after every line.
    `III. KIẾN NGHỊ VÀ YÊU CẦU` asks the contractor by name; a time counted from the check, a weekly
    and a standing duty, the project board's own follow-up after them; the contractor's opinion and
    the signatures on a third page."""
    from docx.enum.text import WD_BREAK

    document = _document()
    h.national_header(
        document,
        ["UBND XÃ TÂN LẬP", "TỔ KIỂM TRA LIÊN NGÀNH", "Số: 11/BB-TKT"],
        "",
    )
    _paragraphs(
        document,
        [
            "BIÊN BẢN KIỂM TRA",
            "Công tác bảo đảm an toàn lao động, vệ sinh môi trường tại công trình xây dựng",
            "Hồi 14 giờ 00, ngày 21 tháng 9 năm 2027, tại công trình Nhà lớp học 02 tầng Trường Tiểu học Tân Lập, thôn Đồng Me, xã Tân Lập.",
            "Tổ kiểm tra liên ngành (theo Quyết định số 96/QĐ-UBND ngày 15/9/2027 của Chủ tịch UBND xã) gồm đại diện Phòng Kinh tế, Công an xã, Trạm Y tế xã; đại diện nhà thầu: Ông Lại Văn Cường, Chỉ huy trưởng công trình.",
            "I. TÌNH HÌNH THI CÔNG",
            "Công trình khởi công ngày 05/6/2027, đạt khoảng 60% khối lượng; có 22 công nhân làm việc tại công trường.",
            "II. KẾT QUẢ KIỂM TRA",
            "- Giàn giáo tầng 2 chưa có lưới chống rơi, công nhân làm việc trên cao không đeo dây an toàn.",
            "- Vật liệu tập kết lấn ra đường liên thôn, không có biển cảnh báo ban đêm.",
            "- Nước thải sinh hoạt của lán trại chảy tràn ra mương thoát nước chung.",
            "III. KIẾN NGHỊ VÀ YÊU CẦU",
            "Căn cứ kết quả kiểm tra, Tổ kiểm tra liên ngành xã Tân Lập yêu cầu Công ty Cổ phần Xây dựng Minh Khang thực hiện các nội dung sau:",
            "1. Lắp lưới chống rơi toàn bộ giàn giáo tầng 2, trang bị đủ dây an toàn cho công nhân làm việc trên cao. Thời hạn: 05 ngày kể từ ngày kiểm tra.",
            "2. Thu dọn vật liệu lấn chiếm đường liên thôn, đặt biển báo và đèn cảnh báo ban đêm; hoàn thành trước ngày 25/9/2027.",
            "3. Xây hố ga thu gom nước thải sinh hoạt của lán trại, không để chảy tràn ra mương chung, xong trước ngày 10/10/2027.",
            "4. Tổ chức nhắc nhở an toàn lao động cho công nhân vào sáng thứ Hai hằng tuần.",
            "5. Thường xuyên tưới nước chống bụi khu vực công trường trong giờ thi công.",
            "Ban Quản lý dự án đầu tư xây dựng xã sẽ kiểm tra lại việc khắc phục trước ngày 15/10/2027.",
            "IV. Ý KIẾN CỦA NHÀ THẦU",
            "Nhà thầu thống nhất với nội dung kiểm tra và cam kết khắc phục đúng thời hạn.",
            "Biên bản kết thúc hồi 16 giờ 00 cùng ngày, lập thành 03 bản có giá trị như nhau.",
            "ĐẠI DIỆN NHÀ THẦU                    TỔ TRƯỞNG TỔ KIỂM TRA",
            "Lại Văn Cường                        Đỗ Minh Tiến",
        ],
    )
    # the first page ends after the requests' lead-in, the second after the requests
    for start in ("1. Lắp lưới", "IV. Ý KIẾN"):
        paragraph = next(p for p in document.paragraphs if p.text.startswith(start))
        paragraph.insert_paragraph_before("").add_run().add_break(WD_BREAK.PAGE)
    document.save(path)


def siblings_qa() -> None:
    h = heldout_writers()
    qa2_docx(h, DOCS / "qa2_bien_ban_kiem_tra_cho_xa_de_nghi.docx")
    qa3_docx(h, DOCS / "qa3_phuong_an_hoi_xuan_xa_to_am_lich.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the scans qa1 and qa4 were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        # printed to a PDF, then scanned at 200 dpi (image only, black and white)
        for write, name in (
            (qa1_docx, "qa1_bien_ban_kiem_tra_attp_tram_y_te_ban_quet"),
            (qa4_docx, "qa4_phuong_an_le_hoi_nghinh_ong_gian_dong_ban_quet"),
            (qa5_docx, "qa5_bien_ban_kiem_tra_cong_trinh_xa_trang_ngan_ban_quet"),
        ):
            write(h, Path(tmp) / f"{name}.docx")
            h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", Path(tmp) / f"{name}_text.pdf")
            h.rasterise(Path(tmp) / f"{name}_text.pdf", DOCS / f"{name}.pdf", scale=200 / 72)
