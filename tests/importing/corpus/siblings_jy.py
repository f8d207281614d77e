"""The main corpus's siblings of the held-out documents h213, h221 and h220 (moved to the main corpus
when the importer was taught their shapes, helper h13fixJY), with other bodies, tasks, dates and
surface details. Their expected items (expected/jy1_…–jy3_…) were written by hand before their
first import. `python tests/importing/corpus/make_docs.py --siblings-jy` writes jy1 (.docx), jy2
(.xlsx) and jy3 (.doc, needs LibreOffice).

- jy1: a commune Women's Union's yearly programme table whose times are abbreviated as clerks type
  them (`T2-T3`, `Q.III`, `QIV`, `T10 (mít tinh 20/10)`, `T4`, `Q2`), a content cell printing an
  anniversary's range of its own, a `Thời gian` column after the lead, and a closing request to
  every branch that opens with `Trên cơ sở …,`.
- jy2: a district library's yearly plan sheet, the time column first and no number column, dues tied
  to holidays (`Dịp 8/3`, `Nhân dịp 19/5`, `Dịp Ngày Thương binh - Liệt sỹ 27/7`, `Dịp 01/6 -
  15/6`, `Dịp lễ 20/11`), rows out of date order, a money column and a total row.
- jy3: a commune Farmers' Association's programme (.doc) whose period headings stand alone on a
  line (`Tháng 1, tháng 2:`, `Quý II:`, `Tháng 7 đến tháng 8:`, `Tháng 10:`, `Nhiệm vụ thường
  xuyên:`) over `+`/`-` tasks ending `(<body> chủ trì; <body> phối hợp)` or a bare `(<body>)`.
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jy1_docx(h, path: Path) -> None:
    """A commune Women's Union's yearly programme with abbreviated times."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["HỘI LHPN HUYỆN CẦN GIUỘC", "BCH HỘI LHPN XÃ PHƯỚC LÂM", "Số: 02/CTr-HPN"],
        "Phước Lâm, ngày 15 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC HỘI NĂM 2027",
            "Căn cứ Nghị quyết Đại hội đại biểu Phụ nữ xã nhiệm kỳ 2026 - 2031, Ban Chấp hành Hội LHPN xã Phước Lâm xây dựng Chương trình công tác năm 2027 như sau:",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"],
        [0.4, 2.6, 1.2, 1.2, 0.9, 1.0],
    )
    h.full_width_row(table, "A. CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC")
    for row in [
        [
            "1",
            "Tuyên truyền kỷ niệm 97 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2027), mít tinh tại Hội trường UBND xã",
            "Thường trực Hội",
            "Các chi hội ấp",
            "T10 (mít tinh 20/10)",
            "",
        ],
        [
            "2",
            "Tổ chức tọa đàm “Phụ nữ với phòng chống bạo lực gia đình”",
            "Ban Tuyên giáo Hội",
            "Công an xã",
            "T2-T3",
            "Dự kiến 80 hội viên",
        ],
        [
            "3",
            "Cung cấp tài liệu sinh hoạt chi hội về chuyển đổi số",
            "Ban Tuyên giáo Hội",
            "",
            "Q2",
            "",
        ],
    ]:
        h.fill_row(table, row)
    h.full_width_row(table, "B. CÔNG TÁC HỖ TRỢ PHỤ NỮ")
    for row in [
        [
            "4",
            "Giải ngân vốn vay Quỹ “Phụ nữ giúp nhau” cho hội viên nghèo",
            "Ban Kinh tế Hội",
            "Ngân hàng Chính sách xã hội huyện",
            "Q.III",
            "Chỉ tiêu: 25 hộ",
        ],
        [
            "5",
            "Trao mái ấm tình thương cho hội viên khó khăn về nhà ở",
            "Thường trực Hội",
            "Ủy ban MTTQ xã",
            "QIV",
            "",
        ],
        [
            "6",
            "Khám sàng lọc ung thư vú cho phụ nữ từ 40 tuổi",
            "Chi hội Trạm Y tế xã",
            "Trung tâm Y tế huyện",
            "T4",
            "",
        ],
    ]:
        h.fill_row(table, row)
    h.full_width_row(table, "C. XÂY DỰNG TỔ CHỨC HỘI")
    for row in [
        [
            "7",
            "Kiểm tra hoạt động thu chi quỹ hội tại 04 chi hội ấp",
            "Ban Kiểm tra Hội",
            "",
            "6 tháng đầu năm",
            "",
        ],
        [
            "8",
            "Tổng kết công tác Hội năm 2027, bình xét thi đua các chi hội",
            "Thường trực Hội",
            "Các chi hội",
            "T12",
            "Theo hướng dẫn của Hội LHPN huyện",
        ],
    ]:
        h.fill_row(table, row)
    h.docx_paragraphs(
        document,
        [
            "Trên cơ sở Chương trình này, các chi hội ấp xây dựng kế hoạch hoạt động năm 2027 của chi hội, gửi về Thường trực Hội LHPN xã trước ngày 20/02/2027./.",
            "Nơi nhận:\n- Hội LHPN huyện (b/c);\n- Đảng ủy xã (b/c);\n- Các chi hội ấp;\n- Lưu VT.",
            "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n(đã ký)\nTrương Thị Mỹ Hạnh",
        ],
    )
    document.save(path)


def jy2_xlsx(h, path: Path) -> None:
    """A district library's yearly plan: the time column first, dues tied to holidays."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Kế hoạch"
    h.sheet_title_rows(
        sheet,
        [
            "UBND HUYỆN NGỌC HỒI - THƯ VIỆN HUYỆN",
            "KẾ HOẠCH HOẠT ĐỘNG PHỤC VỤ BẠN ĐỌC NĂM 2027",
            "",
        ],
        6,
    )
    h.xlsx_header(
        sheet,
        ["Thời điểm", "Hoạt động", "Bộ phận chủ trì", "Phối hợp", "Dự toán (đồng)", "Ghi chú"],
    )
    top = sheet.max_row
    rows = [
        [
            "Dịp 8/3",
            "Trưng bày sách chuyên đề “Phụ nữ Việt Nam trong lịch sử dựng nước”",
            "Bộ phận Phục vụ bạn đọc",
            "Hội LHPN huyện",
            3500000,
            "",
        ],
        [
            "Nhân dịp 19/5",
            "Cuộc thi kể chuyện sách về Bác Hồ cho học sinh tiểu học",
            "Bộ phận Thư viện thiếu nhi",
            "Phòng Giáo dục và Đào tạo",
            12000000,
            "Vòng chung kết tại Nhà Văn hóa huyện",
        ],
        [
            "Dịp Ngày Thương binh - Liệt sỹ 27/7",
            "Xe thư viện lưu động phục vụ tại các xã vùng sâu",
            "Bộ phận Luân chuyển sách",
            "Huyện đoàn",
            8000000,
            "05 xã",
        ],
        [
            "Dịp 01/6 - 15/6",
            "Ngày hội đọc sách thiếu nhi hè 2027",
            "Bộ phận Thư viện thiếu nhi",
            "Nhà Thiếu nhi huyện",
            6000000,
            "",
        ],
        [
            "Hằng tháng",
            "Bổ sung, biên mục sách mới vào phần mềm quản lý thư viện",
            "Bộ phận Nghiệp vụ",
            "",
            None,
            "",
        ],
        [
            "Dịp lễ 20/11",
            "Tặng tủ sách cho thư viện trường học khó khăn",
            "Bộ phận Luân chuyển sách",
            "Phòng Giáo dục và Đào tạo",
            15000000,
            "03 tủ sách",
        ],
        [
            "Quý IV",
            "Kiểm kê, thanh lý tài liệu hư hỏng",
            "Bộ phận Nghiệp vụ",
            "Phòng Tài chính - Kế hoạch",
            None,
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    first, last = top + 1, sheet.max_row
    sheet.append(["Cộng", None, None, None, f"=SUM(E{first}:E{last})", None])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for column, width in zip("ABCDEF", [26, 50, 26, 26, 16, 20], strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=top):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    end = sheet.max_row + 2
    sheet.cell(end, 5, "GIÁM ĐỐC THƯ VIỆN")
    sheet.cell(end + 1, 5, "A Thị Hoa")
    workbook.save(path)


def jy3_docx(h, path: Path) -> None:
    """A commune Farmers' Association's programme: period headings alone on a line over tasks."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["HỘI NÔNG DÂN HUYỆN ĐỨC PHỔ", "BCH HỘI NÔNG DÂN XÃ PHỔ VĂN", "Số: 04-CTr/HND"],
        "Phổ Văn, ngày 05 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC HỘI NĂM 2027",
            "I. YÊU CẦU",
            "Bám sát nhiệm vụ chính trị của địa phương, nâng cao chất lượng sinh hoạt chi hội, phát huy vai trò của hội viên nông dân trong xây dựng nông thôn mới.",
            "II. CÁC NHIỆM VỤ CỤ THỂ",
            "Tháng 1, tháng 2:",
            "+ Tổ chức thăm hỏi, tặng quà hội viên có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán (Ban Thường vụ Hội chủ trì; các chi hội thôn phối hợp).",
            "+ Ra quân làm thủy lợi nội đồng vụ Đông Xuân tại thôn Hải Tân (Ban Kinh tế - Xã hội Hội).",
            "Quý II:",
            "+ Mở lớp tập huấn kỹ thuật trồng ớt theo tiêu chuẩn VietGAP (Ban Kinh tế - Xã hội Hội chủ trì; Trung tâm Dịch vụ nông nghiệp huyện phối hợp).",
            "Tháng 7 đến tháng 8:",
            "- Khảo sát nhu cầu vay vốn Quỹ Hỗ trợ nông dân của hội viên (Ban Kiểm tra Hội chủ trì; Ngân hàng Chính sách xã hội huyện phối hợp).",
            "- Tổ chức Hội thi “Nhà nông đua tài” cấp xã, hoàn thành trước ngày 25/8/2027 (Ban Tuyên huấn Hội).",
            "Tháng 10:",
            "- Kỷ niệm 97 năm Ngày thành lập Hội Nông dân Việt Nam, biểu dương nông dân sản xuất, kinh doanh giỏi (Ban Thường vụ Hội).",
            "Nhiệm vụ thường xuyên:",
            "- Phối hợp hòa giải tranh chấp đất đai trong nội bộ nông dân (Ban Kiểm tra Hội).",
            "- Giao ban Thường trực Hội với chi hội trưởng vào ngày 05 hằng tháng (Ban Thường vụ Hội).",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các chi hội căn cứ Chương trình này triển khai thực hiện phù hợp với tình hình thực tế của chi hội mình.",
            "Nơi nhận:\n- Hội Nông dân huyện (b/c);\n- Đảng ủy xã (b/c);\n- Các chi hội;\n- Lưu VP.",
            "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n(đã ký)\nPhạm Văn Lực",
        ],
    )
    document.save(path)


def siblings_jy() -> None:
    h = heldout_writers()
    jy1_docx(h, DOCS / "jy1_ctr_hoi_phu_nu_xa_thoi_gian_viet_tat.docx")
    jy2_xlsx(h, DOCS / "jy2_kh_thu_vien_huyen_dip_le.xlsx")
    if not shutil.which("soffice"):
        print("soffice not found: jy3 (.doc) was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "jy3_ctr_hoi_nong_dan_xa_tieu_de_thang.docx"
        jy3_docx(h, source)
        h.soffice_convert(source, "doc", DOCS / "jy3_ctr_hoi_nong_dan_xa_tieu_de_thang.doc")
