"""The main corpus's siblings of the held-out scan h284 (moved to the main corpus when the importer
was taught its shape, helper h13fixQO): a decision or plan **printed and scanned at 150 dpi, a little
askew**, whose ruled task table has rows of several wrapped lines. At that resolution a turned column
line, straightened, is a staircase of pieces, and a row no rule crosses between two steps cut the
table in two (a row's last lines read as a row of their own). qo1: a provincial department's
decision whose `Điều 2` gives one dated duty to a named body, over an appendix with a lead column
(turned the other way, -0.5°). qo2: a commune's decision whose `Điều 2` gives a quarterly report to
its office, over an appendix led by section rows in capitals (turned 0.4°). qo3: a school's plan,
only a table of long rows (turned 0.6°). Their expected items (expected/qo*_…) were written by hand
before the first import. `python tests/importing/corpus/make_docs.py --siblings-qo` writes them
(LibreOffice prints them to PDF before they are scanned).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _document():
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    return document


def _rows(h, table, rows) -> None:
    for row in rows:
        h.fill_row(table, row)


def scan(pdf: Path, target: Path, angle: float, dpi: int = 150) -> None:
    """An image-only PDF of every page of `pdf` at `dpi`, turned `angle` degrees (a page laid on
    the glass by hand) and thresholded to black and white, as an office copier scans."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    pages = []
    for index in range(len(document)):
        page = document[index].render(scale=dpi / 72).to_pil().convert("L")
        page = page.rotate(angle, expand=False, fillcolor=255)
        pages.append(page.point(lambda value: 255 if value > 170 else 0).convert("1"))
    pages[0].save(target, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def qo1_docx(h, path: Path) -> None:
    """A provincial Department of Agriculture and Environment's decision issuing its forest-fire
    plan for the dry season: `Điều 2` gives the Forest Protection Sub-department a dated duty, the
    appendix `STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành` has rows of
    three to five wrapped lines."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH ĐÔNG GIANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 412/QĐ-SNNMT"],
        "Đông Giang, ngày 18 tháng 3 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Ban hành Kế hoạch phòng cháy, chữa cháy rừng mùa khô năm 2027",
            "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;",
            "Căn cứ Chỉ thị số 05/CT-UBND ngày 02/3/2027 của Chủ tịch UBND tỉnh về tăng cường phòng cháy, chữa cháy rừng;",
            "Xét đề nghị của Chi cục trưởng Chi cục Kiểm lâm.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng cháy, chữa cháy rừng mùa khô năm 2027 và Phụ lục nhiệm vụ của các đơn vị.",
            "Điều 2. Giao Chi cục Kiểm lâm hướng dẫn, kiểm tra các đơn vị chủ rừng thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 20/10/2027.",
            "Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Chi cục trưởng Chi cục Kiểm lâm, Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận: Như Điều 3; UBND tỉnh (b/c); Lưu: VT, CCKL.",
            "GIÁM ĐỐC",
            "Hà Minh Luân",
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "PHỤ LỤC",
            "NHIỆM VỤ PHÒNG CHÁY, CHỮA CHÁY RỪNG MÙA KHÔ NĂM 2027",
            "(Kèm theo Quyết định số 412/QĐ-SNNMT ngày 18/3/2027 của Sở Nông nghiệp và Môi trường)",
        ],
    )
    next(p for p in document.paragraphs if p.text == "PHỤ LỤC").paragraph_format.page_break_before = True
    table = h.grid_table(
        document,
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        [0.5, 2.9, 1.3, 1.4, 1.0],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Rà soát, cập nhật bản đồ vùng trọng điểm cháy rừng, xác định các khu vực có nguy cơ cháy cao ở cấp IV, cấp V trên địa bàn toàn tỉnh",
                "Chi cục Kiểm lâm",
                "Ban Quản lý rừng phòng hộ Sông Mây",
                "Trước 15/4/2027",
            ],
            [
                "2",
                "Phát dọn thực bì, làm đường băng cản lửa dọc các tuyến rừng thông giáp khu dân cư, bảo đảm chiều rộng tối thiểu 12 m theo thiết kế đã phê duyệt",
                "Ban Quản lý rừng phòng hộ Sông Mây",
                "Hạt Kiểm lâm khu vực",
                "Tháng 4/2027",
            ],
            [
                "3",
                "Tổ chức diễn tập phương án chữa cháy rừng cấp tỉnh tại xã Tân Lập, huy động lực lượng dân quân, kiểm lâm và chủ rừng tham gia",
                "Chi cục Kiểm lâm",
                "Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh; UBND xã Tân Lập",
                "Quý II/2027",
            ],
            [
                "4",
                "Kiểm tra, bảo dưỡng máy bơm, máy thổi gió và dụng cụ chữa cháy tại các trạm bảo vệ rừng, bổ sung phương tiện còn thiếu",
                "Văn phòng Sở",
                "Chi cục Kiểm lâm",
                "Trước 30/4/2027",
            ],
            [
                "5",
                "Trực phòng cháy, chữa cháy rừng 24/24 giờ tại các chốt trong những ngày cảnh báo cháy cấp IV, cấp V; báo cáo nhanh khi có cháy",
                "Hạt Kiểm lâm khu vực",
                "UBND các xã có rừng",
                "Thường xuyên trong mùa khô",
            ],
            [
                "6",
                "Tuyên truyền trên loa truyền thanh cơ sở về quy định sử dụng lửa trong rừng, ký cam kết với các hộ nhận khoán bảo vệ rừng",
                "Trung tâm Khuyến nông",
                "UBND các xã có rừng",
                "Tháng 3 - tháng 5/2027",
            ],
        ],
    )
    document.save(path)


def qo2_docx(h, path: Path) -> None:
    """A commune People's Committee's decision issuing its digital-government plan: `Điều 2` gives
    its office a quarterly report, the appendix `STT | Nội dung | Sản phẩm | Thời gian` has no lead
    column: section rows in capitals name the unit over the rows they lead, numbered again from 1."""
    document = _document()
    h.national_header(
        document,
        ["UBND XÃ THANH TÂN", "", "Số: 96/QĐ-UBND"],
        "Thanh Tân, ngày 04 tháng 5 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Về việc ban hành Kế hoạch xây dựng chính quyền số xã Thanh Tân năm 2027",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THANH TÂN",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Kế hoạch số 71/KH-UBND ngày 10/4/2027 của UBND tỉnh về chuyển đổi số năm 2027;",
            "Xét đề nghị của Chánh Văn phòng HĐND và UBND xã.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng chính quyền số xã Thanh Tân năm 2027.",
            "Điều 2. Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc các phòng, đơn vị thực hiện; tổng hợp, báo cáo Chủ tịch UBND xã kết quả thực hiện vào ngày 25 hằng quý.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND xã, Trưởng các phòng chuyên môn và các đơn vị liên quan chịu trách nhiệm thi hành./.",
            "Nơi nhận: Như Điều 3; Lưu: VT.",
            "CHỦ TỊCH",
            "Đặng Quốc Toản",
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "PHỤ LỤC",
            "NHIỆM VỤ XÂY DỰNG CHÍNH QUYỀN SỐ NĂM 2027",
            "(Kèm theo Quyết định số 96/QĐ-UBND ngày 04/5/2027 của Chủ tịch UBND xã Thanh Tân)",
        ],
    )
    next(p for p in document.paragraphs if p.text == "PHỤ LỤC").paragraph_format.page_break_before = True
    table = h.grid_table(document, ["STT", "Nội dung", "Sản phẩm", "Thời gian"], [0.5, 3.5, 1.7, 1.2])
    h.full_width_row(table, "I. VĂN PHÒNG HĐND VÀ UBND XÃ")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực từ năm 2020 đến nay, cập nhật vào kho dữ liệu của tổ chức, cá nhân trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
                "Hồ sơ được số hóa",
                "Trước 30/9/2027",
            ],
            [
                "2",
                "Vận hành hệ thống hội nghị trực tuyến kết nối đến các thôn, bảo đảm kỹ thuật cho các cuộc họp",
                "Hệ thống hoạt động ổn định",
                "Thường xuyên",
            ],
        ],
    )
    h.full_width_row(table, "II. PHÒNG KINH TẾ")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Hướng dẫn các hộ kinh doanh, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử, mở tài khoản thanh toán không dùng tiền mặt",
                "Danh sách hộ tham gia",
                "Quý III/2027",
            ],
            [
                "2",
                "Cập nhật dữ liệu đất đai, bản đồ quy hoạch sử dụng đất của xã lên cơ sở dữ liệu dùng chung của tỉnh",
                "Dữ liệu được cập nhật",
                "Tháng 11/2027",
            ],
        ],
    )
    h.full_width_row(table, "III. PHÒNG VĂN HÓA - XÃ HỘI")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Thành lập, kiện toàn Tổ công nghệ số cộng đồng ở 12 thôn; tập huấn kỹ năng số cơ bản cho thành viên các tổ",
                "Quyết định thành lập; lớp tập huấn",
                "Tháng 6/2027",
            ],
            [
                "2",
                "Tuyên truyền, hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử và dịch vụ công trực tuyến",
                "Tin, bài trên trang thông tin điện tử",
                "Hằng tháng",
            ],
        ],
    )
    document.save(path)


def qo3_docx(h, path: Path) -> None:
    """A high school's plan for its graduation-exam review (two pages): after a short opening, a
    table `TT | Công việc | Người thực hiện | Thời gian` whose task cells wrap over four to six lines
    and whose time cells name a range or a day."""
    document = _document()
    h.national_header(
        document,
        ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NAM SƠN", "TRƯỜNG THPT LÊ QUÝ ĐÔN", "Số: 38/KH-THPTLQĐ"],
        "Nam Sơn, ngày 22 tháng 02 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Ôn tập cho học sinh lớp 12 tham dự Kỳ thi tốt nghiệp trung học phổ thông năm 2028",
            "Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo, Trường THPT Lê Quý Đôn xây dựng kế hoạch ôn tập cho 9 lớp 12 (362 học sinh) với các công việc sau:",
        ],
    )
    table = h.grid_table(document, ["TT", "Công việc", "Người thực hiện", "Thời gian"], [0.5, 3.6, 1.6, 1.2])
    _rows(
        h,
        table,
        [
            [
                "1",
                "Khảo sát chất lượng đầu vào các môn thi tốt nghiệp, phân loại học sinh theo ba nhóm trình độ, lập danh sách học sinh có nguy cơ không đạt điểm sàn để bố trí phụ đạo riêng",
                "Tổ trưởng các tổ chuyên môn",
                "Trước 10/3/2028",
            ],
            [
                "2",
                "Xây dựng đề cương ôn tập theo cấu trúc đề minh họa của Bộ, thống nhất trong tổ về nội dung, số tiết và hệ thống bài tập cho từng nhóm học sinh; gửi đề cương cho học sinh qua hệ thống quản lý học tập của trường",
                "Tổ trưởng các tổ chuyên môn",
                "Tháng 3/2028",
            ],
            [
                "3",
                "Xếp thời khóa biểu ôn tập buổi chiều, bố trí phòng học, phân công giáo viên dạy ôn, trông giữ trật tự và quản lý nền nếp học sinh trong các buổi ôn",
                "Phó Hiệu trưởng phụ trách chuyên môn",
                "Từ 15/3/2028 đến 31/5/2028",
            ],
            [
                "4",
                "Tổ chức hai đợt thi thử theo hình thức thi tốt nghiệp, chấm và trả bài, phân tích kết quả từng lớp, từng môn để điều chỉnh nội dung ôn tập",
                "Hội đồng thi thử của trường",
                "Tháng 4 - tháng 5/2028",
            ],
            [
                "5",
                "Họp phụ huynh học sinh lớp 12 thông báo kết quả thi thử, phối hợp với gia đình nhắc nhở học sinh chuyên cần, bảo đảm sức khỏe trong thời gian ôn thi",
                "Giáo viên chủ nhiệm lớp 12",
                "Ngày 12/4/2028",
            ],
            [
                "6",
                "Hướng dẫn học sinh đăng ký dự thi trực tuyến, kiểm tra, đối chiếu thông tin cá nhân, môn thi tự chọn và nguyện vọng xét tuyển trước khi khóa hệ thống",
                "Tổ Văn phòng",
                "Theo lịch của Bộ",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "HIỆU TRƯỞNG",
            "Trịnh Văn Khang",
        ],
    )
    document.save(path)


def siblings_qo() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: the scans qo1–qo3 were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for write, name, angle in (
            (qo1_docx, "qo1_qd_so_nnmt_phu_luc_pccc_rung_ban_quet", -0.5),
            (qo2_docx, "qo2_qd_ubnd_xa_phu_luc_chinh_quyen_so_ban_quet", 0.4),
            (qo3_docx, "qo3_kh_on_thi_thpt_bang_dong_dai_ban_quet", 0.6),
        ):
            write(h, tmp / f"{name}.docx")
            h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}_text.pdf")
            scan(tmp / f"{name}_text.pdf", DOCS / f"{name}.pdf", angle)
