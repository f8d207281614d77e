"""The main corpus's siblings of the held-out documents h151, h152 and h149 (helper h13fixJJ): the same
shapes with other bodies, units, tasks, dates and surface details. Their expected items
(expected/jj1_…–jj3_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-jj` writes jj1 (an image-only scan of a faxed urgent
dispatch), jj2 (a PNG screenshot of an e-office task list) and jj3 (minutes saved as legacy .doc)
through LibreOffice and pypdfium2; jj4 (minutes in plain text) is written by hand.
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jj1_docx(h, path: Path) -> None:
    """A provincial steering committee's urgent dispatch on floods received by fax: the fax machine's
    own line at the top of both pages (a date and time that are no due), a boxed `HỎA TỐC`, numbered
    assignments with the body as the subject and a clock time before the day."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(12)

    def fax_line(page: int) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(
            f"JUL-03-2027 10:07   FROM: BCH PTDS TINH QUANG AN     TO: 02323825114     P.{page}/2"
        )
        run.font.name = "Courier New"
        run.font.size = Pt(8)

    fax_line(1)
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.cell(0, 0).text = "HỎA TỐC"
    h.national_header(
        document,
        ["UBND TỈNH QUẢNG AN", "BAN CHỈ HUY PHÒNG THỦ DÂN SỰ", "Số: 86/BCH-PTDS"],
        "Quảng An, ngày 03 tháng 7 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "V/v chủ động ứng phó mưa lũ, sạt lở đất",
            "Kính gửi:\n- Các sở, ngành thành viên Ban Chỉ huy;\n- Công an tỉnh;\n- UBND các xã vùng núi.",
            "Từ 19 giờ ngày 02/7/2027 đến 07 giờ ngày 03/7/2027, các xã phía Tây của tỉnh có mưa rất to, lượng mưa phổ biến 150 - 220 mm; dự báo từ chiều 03/7/2027 đến hết ngày 05/7/2027 tiếp tục có mưa to. Để chủ động ứng phó, Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh yêu cầu:",
            "1. Sở Nông nghiệp và Môi trường kiểm tra, vận hành an toàn các hồ chứa thủy lợi, báo cáo phương án điều tiết xả lũ trước 08 giờ 00 ngày 04/7/2027.",
            "2. Công an tỉnh bố trí lực lượng chốt chặn, hướng dẫn người và phương tiện qua các ngầm tràn, đoạn đường ngập sâu từ 18 giờ 00 ngày 03/7/2027.",
            "3. UBND các xã vùng núi khẩn trương di dời các hộ dân ở khu vực có nguy cơ sạt lở đất đến nơi an toàn; hoàn thành trước 20 giờ 00 ngày 03/7/2027.",
            "4. Sở Xây dựng chỉ đạo đơn vị quản lý đường bộ tập kết máy móc, vật tư tại các điểm xung yếu để thông tuyến khi có sạt lở; xong trước 12 giờ 00 ngày 04/7/2027.",
        ],
    )
    paragraph = document.add_paragraph()
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    fax_line(2)
    h.docx_paragraphs(
        document,
        [
            "5. Sở Y tế chuẩn bị cơ số thuốc, hóa chất xử lý môi trường, sẵn sàng hỗ trợ các địa phương trong suốt thời gian mưa lũ.",
            "6. Sở Giáo dục và Đào tạo chỉ đạo các trường tạm dừng hoạt động hè ngoài trời ngày 05/7/2027.",
            "7. Cổng Thông tin điện tử tỉnh thường xuyên đưa tin về tình hình mưa lũ, cảnh báo nguy cơ sạt lở đất để nhân dân biết, chủ động phòng tránh.",
            "8. Các sở, ngành, địa phương báo cáo nhanh tình hình thiệt hại về Văn phòng thường trực Ban Chỉ huy trước 15 giờ 30 hằng ngày.",
            "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
            "Nơi nhận:\n- Như trên;\n- Chủ tịch UBND tỉnh (b/c);\n- Lưu: VT.",
            "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n(đã ký)\nĐinh Quang Vũ",
        ],
    )
    document.save(path)


def jj2_docx(h, path: Path) -> None:
    """A Sở's e-office screen listing its assigned work (rasterised into a PNG): a top bar, a menu
    column beside a filter bar of dates, a work table with a creation date beside the deadline and
    status badges, a pager line and a footer."""
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    h.set_landscape(document.sections[0])
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(0.7)
    section.top_margin = section.bottom_margin = Cm(0.7)
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    top = document.add_paragraph()
    top.add_run("eOffice  |  PHẦN MỀM QUẢN LÝ ĐIỀU HÀNH  |  SỞ TƯ PHÁP TỈNH QUẢNG AN").bold = True
    top.add_run("                              Thông báo (3)    Nguyễn Văn Khải ▾   |   Thoát")
    layout = document.add_table(rows=1, cols=2)
    h.set_widths(layout, [2.1, 9.5])
    menu = layout.cell(0, 0)
    menu.text = ""
    for index, item in enumerate(
        [
            "≡ DANH MỤC",
            "Bảng điều khiển",
            "Văn bản đến",
            "Văn bản đi",
            "» Công việc được giao",
            "Lịch họp",
            "Báo cáo thống kê",
            "Cài đặt",
        ]
    ):
        paragraph = menu.paragraphs[0] if index == 0 else menu.add_paragraph()
        paragraph.add_run(item).bold = index in (0, 4)
    main = layout.cell(0, 1)
    main.text = ""
    main.paragraphs[0].add_run("Bảng điều khiển > Công việc > Công việc được giao").font.size = Pt(8)
    title = main.add_paragraph()
    title.add_run("CÔNG VIỆC ĐƯỢC GIAO CHO CÁC PHÒNG").bold = True
    main.add_paragraph(
        "Tình trạng: Tất cả ▾     Hạn từ: 01/03/2027     đến: 31/03/2027     Từ khóa: ________   [ Lọc ]"
    )
    inner = main.add_table(rows=1, cols=6)
    inner.style = "Table Grid"
    for cell, label in zip(
        inner.rows[0].cells,
        ["STT", "Nội dung công việc", "Đơn vị xử lý chính", "Ngày tạo", "Hạn hoàn thành", "Tình trạng"],
        strict=True,
    ):
        cell.text = ""
        cell.paragraphs[0].add_run(label).bold = True
    rows = [
        (
            "1",
            "Thẩm định dự thảo Quyết định quy định phân cấp quản lý cụm công nghiệp trên địa bàn tỉnh",
            "Phòng Xây dựng và Kiểm tra văn bản",
            "01/03/2027",
            "12/03/2027",
            "● Đang thực hiện",
        ),
        (
            "2",
            "Kiểm tra công tác chứng thực tại UBND các xã khu vực phía Tây",
            "Phòng Hành chính tư pháp",
            "02/03/2027",
            "10/03/2027",
            "▲ Trễ hạn",
        ),
        (
            "3",
            "Tổ chức tập huấn nghiệp vụ hộ tịch cho công chức tư pháp cấp xã",
            "Phòng Hành chính tư pháp",
            "03/03/2027",
            "24/03/2027",
            "● Đang thực hiện",
        ),
        (
            "4",
            "Rà soát văn bản quy phạm pháp luật về đất đai đã hết hiệu lực",
            "Phòng Xây dựng và Kiểm tra văn bản",
            "04/03/2027",
            "19/03/2027",
            "✔ Đã hoàn thành",
        ),
        (
            "5",
            "Giải quyết đơn kiến nghị về bán đấu giá tài sản tại xã Tân Phú",
            "Thanh tra Sở",
            "05/03/2027",
            "16/03/2027",
            "✔ Đã hoàn thành",
        ),
        (
            "6",
            "Xây dựng báo cáo công tác tư pháp quý I năm 2027",
            "Văn phòng Sở",
            "10/03/2027",
            "26/03/2027",
            "● Đang thực hiện",
        ),
        (
            "7",
            "Chuẩn bị nội dung làm việc với Đoàn giám sát của Ban Pháp chế HĐND tỉnh",
            "Văn phòng Sở",
            "11/03/2027",
            "30/03/2027",
            "○ Chưa thực hiện",
        ),
    ]
    for values in rows:
        for cell, value in zip(inner.add_row().cells, values, strict=True):
            cell.text = value
    h.set_widths(inner, [0.5, 3.4, 2.0, 1.0, 1.1, 1.2])
    main.add_paragraph("Hiển thị 1 - 7 trên tổng số 7 bản ghi          «  ‹  1  ›  »          Số dòng: 20 ▾")
    document.add_paragraph("© 2027 Sở Tư pháp tỉnh Quảng An. Phiên bản 4.2 - Hỗ trợ kỹ thuật: 1900 6868")
    document.save(path)


def jj3_docx(h, path: Path) -> None:
    """A district medical centre's minutes of its monthly briefing (saved as legacy .doc): one
    numbered section per department, each with its results (no items) and then its next month's
    dash tasks; the chair's conclusions add a `Giao …` task and a request to every department."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH QUẢNG AN", "TRUNG TÂM Y TẾ HUYỆN SƠN TỊNH", "Số: 112/BB-TTYT"],
        "Sơn Tịnh, ngày 29 tháng 8 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "BIÊN BẢN",
            "Họp giao ban chuyên môn tháng 8 năm 2027",
            "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN",
            "1. Thời gian: 14 giờ 00, ngày 29/8/2027.",
            "2. Địa điểm: Hội trường Trung tâm Y tế huyện.",
            "3. Thành phần: Bà Võ Thị Hồng Nhung - Giám đốc Trung tâm (chủ trì); các Phó Giám đốc; trưởng các khoa, phòng.",
            "4. Thư ký: Ông Phan Đức Lợi - Phòng Tổ chức - Hành chính.",
            "II. NỘI DUNG",
            "1. Phòng Kế hoạch - Nghiệp vụ",
            "a) Kết quả thực hiện tháng 8: Khám bệnh cho 6.420 lượt người, đạt 98% chỉ tiêu; hoàn thành kiểm tra chéo hồ sơ bệnh án quý II.",
            "b) Nhiệm vụ tháng 9:",
            "- Xây dựng kế hoạch khám sức khỏe định kỳ cho người cao tuổi năm 2027, trình Giám đốc trước ngày 08/9/2027.",
            "- Triển khai đặt lịch khám qua tổng đài, bắt đầu từ ngày 06/9/2027.",
            "2. Khoa Kiểm soát bệnh tật",
            "a) Kết quả thực hiện tháng 8: Phun hóa chất diệt muỗi tại 03 ổ dịch sốt xuất huyết; tiêm chủng đầy đủ cho 412 trẻ.",
            "b) Nhiệm vụ tháng 9:",
            "- Tổ chức chiến dịch diệt lăng quăng tại các xã có ca bệnh, hoàn thành trong tháng 9/2027.",
            "- Giám sát, báo cáo ca bệnh truyền nhiễm vào thứ Hai hằng tuần.",
            "- Tập huấn phòng, chống dịch cho y tế thôn bản vào ngày 17/9/2027.",
            "3. Phòng Tài chính - Kế toán",
            "a) Kết quả thực hiện tháng 8: Quyết toán kinh phí khám, chữa bệnh bảo hiểm y tế quý II đúng hạn.",
            "b) Nhiệm vụ tháng 9:",
            "- Lập dự toán thu, chi ngân sách năm 2028, gửi Sở Y tế chậm nhất ngày 15/9/2027.",
            "III. KẾT LUẬN CỦA CHỦ TRÌ",
            "Giám đốc Trung tâm đánh giá cao kết quả tháng 8 của các khoa, phòng và kết luận:",
            "1. Giao Phòng Tổ chức - Hành chính hoàn thiện đề án vị trí việc làm của Trung tâm, trình Giám đốc trước ngày 22/9/2027.",
            "2. Các khoa, phòng gửi báo cáo kết quả tháng 9 về Phòng Kế hoạch - Nghiệp vụ trước ngày 27/9/2027 để tổng hợp.",
            "Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày./.",
            "THƯ KÝ\t\t\t\tCHỦ TRÌ\n(đã ký)\t\t\t\t(đã ký)\nPhan Đức Lợi\t\t\t\tVõ Thị Hồng Nhung",
        ],
    )
    document.save(path)


def rasterise_screen(pdf: Path, target: Path, scale: float = 120 / 72) -> None:
    """The first page of `pdf` as a greyscale PNG, as a screen capture is: sharp, not turned, cut
    below the table."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    page = document[0].render(scale=scale).to_pil().convert("L")
    width, height = page.size
    page.crop((0, 0, width, int(height * 0.7))).save(target, "PNG", dpi=(96, 96))


def siblings_jj() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: jj1, jj2 and jj3 were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        name = "jj1_cv_hoa_toc_mua_lu_bao_fax_ban_quet"
        jj1_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        h.rasterise(tmp / f"{name}.pdf", DOCS / f"{name}.pdf")
        name = "jj2_anh_chup_man_hinh_eoffice_so_tu_phap"
        jj2_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        rasterise_screen(tmp / f"{name}.pdf", DOCS / f"{name}.png")
        name = "jj3_bien_ban_giao_ban_ttyt_huyen"
        jj3_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "doc", DOCS / f"{name}.doc")
