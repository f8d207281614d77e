"""The main corpus's siblings of the held-out documents h84, h96, h97 and h92 (moved to the main corpus
when the importer was taught their shapes, helper h13fixM2): the same shape with other bodies,
units, tasks, dates and surface details. Their expected items (expected/zm1_…–zm5_…) were written
by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-zm` writes
zm1 (UTF-16 LE text), zm2 (TCVN3 text), zm4 (legacy .doc) and zm5 (.rtf; both through LibreOffice), with the
held-out script's writer helpers; zm3 (a chat log, UTF-8 text) is written by hand.
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

Z01_TEXT = """ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN
Số: 27/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hòa An, ngày 09 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Chủ động ứng phó với bão, lũ, giảm thiểu thiệt hại về người và tài sản của Nhân dân trên địa bàn phường.

II. NHIỆM VỤ
1. Tiểu đội dân quân thường trực phường diễn tập phương án sơ tán dân ở khu vực ven sông trong tháng 5/2026.
2. Ban Chỉ huy phòng thủ dân sự phường rà soát, cập nhật danh sách hộ dân sống ở vùng trũng thấp trước ngày 15/4/2026.
3. Trạm Y tế phường dự trữ cơ số thuốc, vật tư y tế phục vụ cấp cứu người bị nạn, hoàn thành trước ngày 31/5/2026.
4. Công an phường phối hợp Tiểu đội dân quân thường trực phường bảo vệ tài sản của các hộ phải di dời, thời gian từ ngày 01/9/2026 đến ngày 30/11/2026.
5. Trường Tiểu học Lê Văn Tám gia cố mái che, chằng chống phòng học trước mùa mưa, xong trước ngày 20/8/2026.
6. Đội Thanh niên xung kích phường canh gác các điểm xung yếu ven sông thường xuyên.
7. Văn phòng HĐND và UBND phường tổng hợp, báo cáo kết quả công tác phòng, chống thiên tai định kỳ hằng quý.

III. TỔ CHỨC THỰC HIỆN
Kinh phí thực hiện từ nguồn dự phòng ngân sách phường năm 2026.

Nơi nhận:
- UBND thành phố;
- Đảng ủy, HĐND phường;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Hữu Phước
"""

Z02_TEXT = """ỦY BAN NHÂN DÂN XÃ TÂN PHÚ
Số: 41/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Phú, ngày 01 tháng 6 năm 2026

THÔNG BÁO
Phân công nhiệm vụ phòng, chống dịch sốt xuất huyết mùa mưa năm 2026

Trên địa bàn xã đã ghi nhận 12 ca mắc sốt xuất huyết, đợt cao điểm diệt lăng quăng bắt đầu từ ngày 08/6/2026. Để chủ động ngăn chặn dịch lây lan, Ủy ban nhân dân xã phân công như sau:

1. Giao Trạm Y tế xã chủ trì, phối hợp Ban Chỉ đạo phòng, chống dịch bệnh các thôn lập bản đồ ổ dịch, danh sách hộ có nguy cơ cao, hoàn thành trước ngày 05/6/2026.

2. Giao Tổ Tuyên truyền lưu động xã thực hiện phát thanh hướng dẫn diệt lăng quăng, bọ gậy tại các thôn; thời gian thực hiện từ ngày 08/6/2026 đến ngày 30/6/2026.

3. Đoàn Thanh niên xã ra quân thu gom vật phế thải, lật úp dụng cụ chứa nước đọng trong thời gian cao điểm dịch.

4. Hội Liên hiệp Phụ nữ xã phối hợp các chi hội kiểm tra vật chứa nước tại các hộ gia đình hằng ngày, bắt đầu từ ngày 08/6/2026.

5. Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo Chủ tịch UBND xã vào thứ Hai hằng tuần.

6. Trường Tiểu học Tân Phú thau rửa bể chứa nước, khơi thông cống rãnh quanh trường, hoàn thành trước ngày 12/6/2026.

Ủy ban nhân dân xã thông báo để các đơn vị, cá nhân liên quan biết, thực hiện./.

Nơi nhận:
- TT Đảng ủy, TT HĐND xã;
- CT, các PCT UBND xã;
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Thị Thu
"""


def zm1(path: Path) -> None:
    """A ward's disaster-prevention plan (sibling of h96) saved by Notepad as 'Unicode': UTF-16 LE
    with a BOM, CRLF lines; numbered duties, the unit as subject with verbs of every kind."""
    path.write_bytes(Z01_TEXT.replace("\n", "\r\n").encode("utf-16"))


def zm2(h, path: Path) -> None:
    """A commune notice (sibling of h84) in the legacy TCVN3 (ABC) encoding, CRLF lines."""
    path.write_bytes(h.tcvn3_bytes(Z02_TEXT.replace("\n", "\r\n")))


def zm4_docx(h, path: Path) -> None:
    """A ward health station's Tết food-safety plan (sibling of h97; → legacy .doc, year 2025) whose
    task table is split into two tables at a page break, the header typed again over the second."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    h.national_header(
        document,
        ["UBND PHƯỜNG NAM SƠN", "TRẠM Y TẾ PHƯỜNG", "Số: 64/KH-TYT"],
        "Nam Sơn, ngày 05 tháng 12 năm 2025",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán Bính Ngọ và mùa Lễ hội Xuân 2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Phòng ngừa ngộ độc thực phẩm; kiểm soát chặt chẽ thực phẩm lưu thông trên địa bàn phường trong"
            " thời gian từ ngày 15/12/2025 đến ngày 15/3/2026.",
            "II. CÁC HOẠT ĐỘNG CỤ THỂ",
        ],
    )
    labels = ["STT", "Hoạt động", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian thực hiện"]
    widths = [0.4, 2.8, 1.5, 1.5, 1.3]
    first = h.grid_table(document, labels, widths)
    for row in [
        (
            "1",
            "Lập danh sách cơ sở sản xuất, kinh doanh thực phẩm phục vụ Tết trên địa bàn",
            "Bộ phận Y tế công cộng",
            "Tổ dân phố",
            "Trước 20/12/2025",
        ),
        (
            "2",
            "Kiểm tra điều kiện an toàn thực phẩm tại các bếp ăn tập thể và nhà hàng",
            "Đoàn kiểm tra liên ngành phường",
            "Công an phường",
            "Từ 22/12/2025 đến 10/02/2026",
        ),
        (
            "3",
            "Lấy mẫu test nhanh thịt, rau, giò chả bày bán tại chợ Nam Sơn",
            "Bộ phận Xét nghiệm",
            "Ban Quản lý chợ",
            "Tháng 01/2026",
        ),
        (
            "4",
            "Phát tờ rơi, treo áp phích hướng dẫn chọn mua thực phẩm an toàn",
            "Bộ phận Truyền thông - Giáo dục sức khỏe",
            "Phòng Văn hóa - Xã hội phường",
            "Từ tháng 12/2025 đến tháng 02/2026",
        ),
    ]:
        h.fill_row(first, row)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    second = h.grid_table(document, labels, widths)
    for row in [
        (
            "5",
            "Giám sát các điểm bán thực phẩm tại lễ hội Đình làng Nam Sơn",
            "Bộ phận Y tế công cộng",
            "Ban Tổ chức lễ hội",
            "Tháng 02 - 03/2026",
        ),
        (
            "6",
            "Trực cấp cứu, xử lý ngộ độc thực phẩm trong những ngày nghỉ Tết",
            "Bộ phận Khám chữa bệnh",
            "",
            "Ngày 16/02/2026",
        ),
        (
            "7",
            "Tổng kết đợt bảo đảm an toàn thực phẩm, báo cáo Trung tâm Y tế khu vực",
            "Bộ phận Y tế công cộng",
            "Các bộ phận",
            "Trước 25/3/2026",
        ),
    ]:
        h.fill_row(second, row)
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Các bộ phận căn cứ nhiệm vụ được giao nghiêm túc triển khai thực hiện Kế hoạch này.",
            "Nơi nhận:",
            "- UBND phường;",
            "- Lưu: TYT.",
            "TRƯỞNG TRẠM",
            "Phan Thị Hạnh",
        ],
    )
    document.save(path)


def zm5_docx(h, path: Path) -> None:
    """A primary school's sports-day plan (sibling of h92; → .rtf): the time column first, dates
    without a year, a person column beside the unit column."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND PHƯỜNG TÂN HÒA", "TRƯỜNG TIỂU HỌC KIM ĐỒNG", "Số: 18/KH-THKĐ"],
        "Tân Hòa, ngày 23 tháng 02 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Tổ chức Hội khỏe Phù Đổng cấp trường năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Đẩy mạnh phong trào rèn luyện thân thể trong học sinh; tổ chức an toàn, tiết kiệm.",
            "II. NỘI DUNG VÀ THỜI GIAN",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Thời gian thực hiện", "Nội dung hoạt động", "Người chịu trách nhiệm", "Bộ phận thực hiện"],
        [0.4, 1.3, 2.8, 1.6, 1.4],
    )
    rows = [
        (
            "1",
            "Trước 05/3",
            "Xây dựng kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường",
            "Thầy Võ Minh Quang - Hiệu trưởng",
            "Ban Giám hiệu",
        ),
        (
            "2",
            "09/3 - 20/3",
            "Tập luyện các môn điền kinh, bóng đá, cờ vua cho học sinh",
            "Thầy Đặng Văn Hùng - Giáo viên Thể dục",
            "Tổ Thể dục - Nghệ thuật",
        ),
        (
            "3",
            "Tuần 3 tháng 3 (16 - 21/3)",
            "Thông báo điều lệ, đăng ký thi đấu theo lớp",
            "Cô Trần Thị Mai - TPT Đội",
            "Liên đội",
        ),
        (
            "4",
            "24/3",
            "Khai mạc Hội khỏe Phù Đổng cấp trường",
            "Thầy Võ Minh Quang - Hiệu trưởng",
            "Ban Tổ chức",
        ),
        (
            "5",
            "25/3 (7h30)",
            "Tổ chức thi đấu các môn theo khối lớp",
            "Thầy Đặng Văn Hùng - Giáo viên Thể dục",
            "Tổ Thể dục - Nghệ thuật",
        ),
        (
            "6",
            "Trước 31/3",
            "Tổng kết, trao giải, báo cáo kết quả về Phòng Văn hóa - Xã hội phường",
            "Cô Lê Thu Hằng - Phó Hiệu trưởng",
            "Ban Giám hiệu",
        ),
    ]
    for row in rows:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Các tổ chuyên môn, Liên đội căn cứ Kế hoạch triển khai; có vướng mắc báo cáo Hiệu trưởng.",
            "HIỆU TRƯỞNG\nVõ Minh Quang",
        ],
    )
    document.save(path)


def siblings_zm() -> None:
    h = heldout_writers()
    zm1(DOCS / "zm1_kh_pctt_phuong_utf16.txt")
    zm2(h, DOCS / "zm2_tb_xa_sot_xuat_huyet_tcvn3.txt")
    if not shutil.which("soffice"):
        print("soffice not found: the .doc zm4 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "zm4_kh_tram_y_te_phuong_bang_tach_trang.docx"
        zm4_docx(h, source)
        h.soffice_convert(source, "doc", DOCS / "zm4_kh_tram_y_te_phuong_bang_tach_trang.doc")
        source = Path(tmp) / "zm5_kh_truong_th_cot_thoi_gian_dau.docx"
        zm5_docx(h, source)
        h.soffice_convert(source, "rtf", DOCS / "zm5_kh_truong_th_cot_thoi_gian_dau.rtf")
