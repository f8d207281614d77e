"""The main corpus's siblings of the held-out documents h446 and h449 (moved to the main corpus when
the importer was taught their shapes, helper h13fixRB).

h446's shape: a weekly work calendar whose `Chủ trì` column names each leader as a person with a
professional or academic title before the name and the post after it (`ThS.BS. Võ Thanh Tùng - Giám
đốc`, `PGS.TS. Lý Hoàng Minh - Hiệu trưởng`) beside a column of the unit that prepares (`Chuẩn bị`,
`Bộ phận chuẩn bị`): the title and name are a person, never a unit; the person chairs, the preparing
unit leads. rb1: a provincial centre for disease control's week (.docx), the day cell merged over its
sessions; rb2: a medical university's week (.xlsx), the day cell merged over two rows.

h449's shape: a weekly calendar typed as prose, a day heading then dashed entries `- 8 giờ 00: …`,
each closing with a sentence naming the unit that prepares it (`… . Văn phòng chuẩn bị.`, `… . Phòng
Tổ chức cán bộ chuẩn bị nội dung.`): that unit leads. rb3: a provincial procuracy's week (.docx).

Their expected items (expected/rb*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rb` writes all three.
"""

from pathlib import Path

from sibling_writers import heading_table, merged_day_calendar

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

# (day, session, content, chair, attending, preparing)
_RB1_DAYS = [
    (
        "Thứ Hai\n20/9/2027",
        [
            (
                "Sáng",
                "Giao ban lãnh đạo Trung tâm với trưởng các khoa, phòng",
                "ThS.BS. Võ Thanh Tùng - Giám đốc",
                "Ban Giám đốc; trưởng các khoa, phòng",
                "Phòng Tổ chức - Hành chính",
            ),
            (
                "Chiều",
                "Rà soát tiến độ tiêm vắc xin sởi cho trẻ dưới 5 tuổi tại các huyện miền núi",
                "BS.CKII. Đoàn Thị Ngọc - Phó Giám đốc",
                "Khoa Phòng, chống bệnh truyền nhiễm",
                "Khoa Phòng, chống bệnh truyền nhiễm",
            ),
        ],
    ),
    (
        "Thứ Ba\n21/9/2027",
        [
            ("Sáng", "Lãnh đạo Trung tâm làm việc tại cơ quan", "", "", ""),
            (
                "Chiều",
                "Thẩm định hồ sơ mua sắm hóa chất, sinh phẩm xét nghiệm quý IV",
                "DS. Huỳnh Văn Lợi - Phó Giám đốc",
                "Tổ thẩm định",
                "Khoa Dược - Vật tư y tế",
            ),
        ],
    ),
    (
        "Thứ Tư\n22/9/2027",
        [
            (
                "Sáng",
                "Tập huấn giám sát bệnh tay chân miệng cho cán bộ y tế trường học",
                "BS.CKII. Đoàn Thị Ngọc - Phó Giám đốc",
                "Cán bộ y tế các trường tiểu học",
                "Khoa Sức khỏe môi trường - Y tế trường học",
            ),
            (
                "Chiều",
                "Họp Hội đồng khoa học xét duyệt đề tài cơ sở năm 2028",
                "ThS.BS. Võ Thanh Tùng - Giám đốc",
                "Thành viên Hội đồng",
                "Phòng Kế hoạch - Nghiệp vụ",
            ),
        ],
    ),
    (
        "Thứ Năm\n23/9/2027",
        [
            (
                "Cả ngày",
                "Kiểm tra công tác phòng, chống sốt rét tại huyện Vân Canh",
                "DS. Huỳnh Văn Lợi - Phó Giám đốc",
                "Khoa Phòng, chống bệnh truyền nhiễm",
                "Khoa Phòng, chống bệnh truyền nhiễm",
            ),
        ],
    ),
    (
        "Thứ Sáu\n24/9/2027",
        [
            (
                "Sáng",
                "Sơ kết công tác dân số quý III, triển khai nhiệm vụ quý IV",
                "ThS.BS. Võ Thanh Tùng - Giám đốc",
                "Viên chức Khoa Dân số và Phát triển",
                "Khoa Dân số và Phát triển",
            ),
        ],
    ),
]


def rb1_docx(path: Path) -> None:
    """A provincial CDC's week (tuần 39, 20–26/9/2027): `Chủ trì` names a person with a degree
    before the name and the post after it; the day cell merged over its sessions."""
    from docx import Document

    document = Document()
    heading_table(
        document,
        "SỞ Y TẾ BÌNH ĐỊNH\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT",
        "Số: 39/LCT-KSBT",
        "Quy Nhơn, ngày 17 tháng 9 năm 2027",
    )
    document.add_paragraph("LỊCH CÔNG TÁC TUẦN 39")
    document.add_paragraph("(Từ ngày 20/9/2027 đến ngày 26/9/2027)")
    header = ["Ngày", "Buổi", "Nội dung", "Chủ trì", "Thành phần", "Chuẩn bị"]
    merged_day_calendar(document, header, _RB1_DAYS)
    document.add_paragraph("Thứ Bảy, Chủ nhật: trực lãnh đạo theo lịch phân công.")
    document.add_paragraph("Nơi nhận:\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT.")
    document.add_paragraph("GIÁM ĐỐC\n\n\n\nThS.BS. Võ Thanh Tùng")
    document.save(path)


_RB2_ROWS = [
    (
        "Thứ Hai, 08/11",
        "7h30",
        "Họp Ban Giám hiệu, nghe các đơn vị báo cáo công tác tháng 10",
        "PGS.TS. Lý Hoàng Minh - Hiệu trưởng",
        "Phòng Hành chính - Tổng hợp",
        "Phòng họp A",
    ),
    (
        "Thứ Hai, 08/11",
        "14h00",
        "Duyệt kế hoạch thi kết thúc học phần học kỳ I năm học 2027-2028",
        "TS. Đinh Thị Thu Hà - Phó Hiệu trưởng",
        "Phòng Đào tạo đại học",
        "Phòng họp B",
    ),
    (
        "Thứ Ba, 09/11",
        "8h00",
        "Làm việc với Bệnh viện Đa khoa tỉnh về đào tạo thực hành lâm sàng cho sinh viên năm thứ tư",
        "PGS.TS. Lý Hoàng Minh - Hiệu trưởng",
        "Phòng Quản lý thực hành lâm sàng",
        "Bệnh viện Đa khoa tỉnh",
    ),
    (
        "Thứ Tư, 10/11",
        "8h00",
        "Họp Hội đồng đạo đức trong nghiên cứu y sinh học phiên tháng 11",
        "TS. Đinh Thị Thu Hà - Phó Hiệu trưởng",
        "Phòng Khoa học công nghệ",
        "Phòng họp A",
    ),
    (
        "Thứ Tư, 10/11",
        "14h00",
        "Kiểm tra phòng thí nghiệm, kho hóa chất trước đợt thực tập của sinh viên Dược",
        "ThS. Mạc Văn Phú - Phó Hiệu trưởng",
        "Phòng Quản trị - Thiết bị",
        "Khoa Dược",
    ),
    (
        "Thứ Năm, 11/11",
        "8h00",
        "Hội nghị cán bộ chủ chốt bàn chuẩn bị kỷ niệm ngày Nhà giáo Việt Nam",
        "PGS.TS. Lý Hoàng Minh - Hiệu trưởng",
        "Phòng Tổ chức cán bộ",
        "Hội trường lớn",
    ),
]


def rb2_xlsx(path: Path) -> None:
    """A medical university's week (08–14/11/2027) as a sheet: `Chủ trì` names a person with an
    academic title before the name and the post after it, beside `Bộ phận chuẩn bị`."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 46"
    sheet["A1"] = "BỘ Y TẾ"
    sheet["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet["A2"] = "TRƯỜNG ĐẠI HỌC Y DƯỢC"
    sheet["D2"] = "Độc lập - Tự do - Hạnh phúc"
    sheet["A4"] = "LỊCH CÔNG TÁC TUẦN CỦA BAN GIÁM HIỆU"
    sheet["A5"] = "(Từ ngày 08/11/2027 đến ngày 14/11/2027)"
    header = ["Thứ, ngày", "Giờ", "Nội dung", "Chủ trì", "Bộ phận chuẩn bị", "Địa điểm"]
    for column, label in enumerate(header, start=1):
        sheet.cell(row=7, column=column, value=label)
    for row, values in enumerate(_RB2_ROWS, start=8):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
    for first in (8, 11):  # Monday and Wednesday: one day cell over two rows
        sheet.cell(row=first + 1, column=1, value=None)
        sheet.merge_cells(start_row=first, start_column=1, end_row=first + 1, end_column=1)
    sheet.cell(row=8 + len(_RB2_ROWS) + 1, column=1, value="Nơi nhận: Ban Giám hiệu; các đơn vị; lưu HCTH.")
    book.save(path)


_RB3_LINES = [
    ("heading", "THỨ HAI (15/3/2027)"),
    (
        "entry",
        "- 8 giờ 00: Đồng chí Viện trưởng chủ trì họp giao ban lãnh đạo Viện tuần 11. Thành phần: "
        "lãnh đạo Viện, trưởng các phòng nghiệp vụ. Địa điểm: Phòng họp tầng 2. Văn phòng chuẩn bị.",
    ),
    (
        "entry",
        "- 14 giờ 00: Họp liên ngành tố tụng bàn xử lý vụ án lừa đảo chiếm đoạt tài sản qua mạng tại "
        "phường Đông Hải. Thành phần: đồng chí Phó Viện trưởng Trần Minh Khôi, Kiểm sát viên thụ lý. "
        "Phòng Thực hành quyền công tố và kiểm sát điều tra án kinh tế, tham nhũng chuẩn bị.",
    ),
    ("heading", "THỨ BA (16/3/2027)"),
    ("entry", "- Cả ngày: Đồng chí Viện trưởng làm việc tại cơ quan."),
    (
        "entry",
        "- 8 giờ 00: Kiểm sát trực tiếp việc tạm giữ, tạm giam tại Nhà tạm giữ Công an thành phố "
        "Phan Rang - Tháp Chàm. Thành phần: đồng chí Phó Viện trưởng Hà Thị Kim Loan. Phòng Kiểm sát "
        "việc tạm giữ, tạm giam và thi hành án hình sự chuẩn bị.",
    ),
    ("heading", "THỨ TƯ (17/3/2027)"),
    (
        "entry",
        "- 8 giờ 00: Hội nghị triển khai công tác kiểm sát giải quyết các vụ việc dân sự năm 2027 cho "
        "Viện kiểm sát nhân dân khu vực. Phòng Kiểm sát việc giải quyết các vụ, việc dân sự, hôn nhân "
        "và gia đình chuẩn bị nội dung.",
    ),
    (
        "entry",
        "- 14 giờ 00: Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu thi đua quý I năm 2027. "
        "Thành phần: thành viên Hội đồng. Phòng Tổ chức cán bộ chuẩn bị.",
    ),
    ("heading", "THỨ NĂM (18/3/2027)"),
    (
        "entry",
        "- 8 giờ 00: Đồng chí Phó Viện trưởng Trần Minh Khôi dự phiên tòa sơ thẩm xét xử vụ án "
        "giết người tại Tòa án nhân dân tỉnh. Địa điểm: Hội trường xét xử Tòa án nhân dân tỉnh.",
    ),
    ("heading", "THỨ SÁU (19/3/2027)"),
    (
        "entry",
        "- 8 giờ 00: Đồng chí Viện trưởng tiếp công dân định kỳ tại trụ sở Viện. Địa điểm: Phòng "
        "tiếp công dân. Văn phòng chuẩn bị.",
    ),
    (
        "entry",
        "- Trực lãnh đạo thứ Bảy, Chủ nhật (20 - 21/3/2027): đồng chí Phó Viện trưởng Hà Thị Kim Loan.",
    ),
    ("plain", "Lịch công tác có thể thay đổi, Văn phòng sẽ thông báo bổ sung."),
]


def rb3_docx(path: Path) -> None:
    """A provincial procuracy's week (15–19/3/2027) typed as prose: bold day headings, then dashed
    entries `- 8 giờ 00: …`, each closing with `<unit> chuẩn bị.` (or none)."""
    from docx import Document

    document = Document()
    heading_table(
        document,
        "VIỆN KIỂM SÁT NHÂN DÂN\nTỈNH NINH THUẬN",
        "Số: 11/LCT-VKS",
        "Ninh Thuận, ngày 12 tháng 3 năm 2027",
    )
    document.add_paragraph("LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO VIỆN")
    document.add_paragraph("(Từ ngày 15/3/2027 đến ngày 19/3/2027)")
    for kind, text in _RB3_LINES:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = kind == "heading"
    document.add_paragraph("Nơi nhận:\n- Lãnh đạo Viện;\n- Các phòng, Văn phòng;\n- Lưu: VT.")
    document.add_paragraph("TL. VIỆN TRƯỞNG\nCHÁNH VĂN PHÒNG\n\n\n\nNgô Văn Sáu")
    document.save(path)


def siblings_rb() -> None:
    DOCS.mkdir(exist_ok=True)
    rb1_docx(DOCS / "rb1_lich_tuan_cdc_chu_tri_hoc_ham.docx")
    rb2_xlsx(DOCS / "rb2_lich_tuan_dai_hoc_y_duoc_hoc_vi.xlsx")
    rb3_docx(DOCS / "rb3_lich_tuan_vien_kiem_sat_van_xuoi_chuan_bi.docx")
