"""Ruled tables in scans: grid lines found in the page image, merged cells, words placed in cells.

Pages are drawn here with Pillow (a table's rules and text), as a scanner would give them; the
Tesseract tests are skipped where it is not installed.
"""

import io
import shutil

import pytest
from django.utils import translation

from engine.importing.blocks import Table
from engine.importing.ocr_grid import Word, find_grids, grid_cells, parse_tsv

HAS_TESSERACT = bool(shutil.which("tesseract"))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def _page(columns, rows, *, top_rule=True, merged=(), texts=(), size=(2400, 1400), font_size=34):
    """A white page with a ruled table: `columns` and `rows` are the lines' x and y; `merged`
    lists (row, column) positions whose right-hand separator is not drawn; `texts` are (x, y, text)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for index, y in enumerate(rows):
        if index or top_rule:
            draw.line([(columns[0], y), (columns[-1], y)], fill=0, width=3)
    for c, x in enumerate(columns):
        for r in range(len(rows) - 1):
            if (r, c - 1) in merged:
                continue
            draw.line([(x, rows[r]), (x, rows[r + 1])], fill=0, width=3)
    font = ImageFont.truetype(FONT, font_size)
    for x, y, text in texts:
        draw.text((x, y), text, font=font, fill=0)
    return image


def test_the_grid_of_a_ruled_table_and_its_merged_header_cell():
    columns, rows = [100, 300, 1200, 1700, 2200], [100, 170, 240, 400, 560]
    # "Thời gian" over two columns in the first row: no separator right of column 2 there.
    image = _page(columns, rows, merged={(0, 2)}, texts=[(320, 110, "Nội dung"), (120, 260, "1")])
    grids, erased = find_grids(image, 200)
    assert len(grids) == 1
    grid = grids[0]
    assert len(grid.xs) == 5 and len(grid.ys) == 5
    regions = grid.regions()
    assert regions[(0, 3)] == (0, 2) and regions[(1, 3)] == (1, 3)
    # The rules are erased, the text stays.
    assert erased.getpixel((700, 240)) == 255 and erased.getpixel((100, 300)) == 255
    assert erased.crop((320, 110, 500, 150)).getextrema()[0] < 100


def test_a_table_cut_by_the_page_break_has_no_top_rule_but_is_a_table():
    columns, rows = [100, 300, 1200, 1700, 2200], [100, 160]
    grids, _erased = find_grids(_page(columns, rows, top_rule=False), 200)
    assert len(grids) == 1 and len(grids[0].xs) == 5 and len(grids[0].ys) == 2


def test_text_and_a_lone_rule_are_no_table():
    from PIL import ImageDraw

    image = _page([100, 2200], [], texts=[(100, 100, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026 — ĐỘC LẬP")])
    ImageDraw.Draw(image).line([(100, 300), (2000, 300)], fill=0, width=3)
    grids, erased = find_grids(image, 200)
    assert grids == []
    assert erased.getpixel((1000, 300)) == 255  # a rule under a title is erased all the same


def test_a_letters_stem_touching_a_rule_makes_no_column():
    """A section row's capital letters reach the rule under them; a column needs a line from rule to rule."""
    from PIL import ImageDraw

    columns, rows = [100, 300, 1200, 2200], [100, 170, 260, 330]
    image = _page(columns, rows, merged={(1, 0), (1, 1)})
    draw = ImageDraw.Draw(image)
    image.paste(255, (101, 172, 2199, 258))  # row 1 is one cell across: no separators in it
    for x in (700, 760, 820):  # stems from the middle of the row down to the rule
        draw.line([(x, 215), (x, 260)], fill=0, width=4)
    grid = find_grids(image, 200)[0][0]
    assert len(grid.xs) == 4
    assert grid.regions()[(1, 2)] == (1, 0)


def _word(text, left, top, line=(1, 1, 1)):
    return Word(text, left, top, 20 * len(text), 30, line)


def test_words_go_to_their_cells_and_a_cut_date_is_joined():
    columns, rows = [100, 300, 1200, 1700, 2200], [100, 170, 240, 400]
    grid = find_grids(_page(columns, rows, merged={(0, 2)}), 200)[0][0]
    words = [
        _word("Thời", 1250, 120),
        _word("gian", 1360, 120),
        _word("1", 150, 260),
        _word("_", 250, 260),
        _word("Rà", 320, 260),
        _word("soát", 380, 260),
        _word("31/3/202", 1720, 260, (2, 1, 1)),
        _word("6", 1720, 300, (2, 1, 2)),
    ]
    cells = grid_cells(grid, words, str.strip)
    assert [cell.text for cell in cells[0]] == ["", "", "Thời gian", "Thời gian"]
    assert cells[0][3].merged_from == (0, 2) and cells[0][2].col_span == 2
    assert [cell.text for cell in cells[2]] == ["1", "Rà soát", "", "31/3/2026"]
    assert all(cell.ocr for row in cells for cell in row)


def test_tesseract_tsv_is_parsed_into_words():
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "4\t1\t1\t1\t1\t0\t10\t10\t200\t30\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t10\t10\t80\t30\t95\tChi\n"
        "5\t1\t1\t1\t1\t2\t100\t10\t80\t30\t95\tcục\n"
        "5\t1\t1\t1\t1\t3\t190\t10\t10\t30\t95\t \n"
    )
    assert [(w.text, w.left, w.line) for w in parse_tsv(tsv)] == [
        ("Chi", 10, (1, 1, 1)),
        ("cục", 100, (1, 1, 1)),
    ]


def _scanned_programme() -> bytes:
    """A programme table typed, printed and scanned: one page image in a PDF with no text layer."""
    columns, rows = [80, 200, 1000, 1450, 1800, 2300], [300, 370, 520, 670]
    texts = [
        (80, 120, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026"),
        (95, 315, "STT"),
        (215, 315, "Nội dung công việc"),
        (1015, 315, "Đơn vị chủ trì"),
        (1465, 315, "Thời hạn"),
        (1815, 315, "Ghi chú"),
        (120, 390, "1"),
        (215, 390, "Rà soát quy chế làm việc"),
        (215, 440, "của Sở"),
        (1015, 390, "Văn phòng Sở"),
        (1465, 390, "31/3/2026"),
        (120, 540, "2"),
        (215, 540, "Kiểm tra công tác phòng,"),
        (215, 590, "chống thiên tai"),
        (1015, 540, "Chi cục Thủy"),
        (1015, 590, "lợi"),
        (1465, 540, "Quý III"),
    ]
    image = _page(columns, rows, texts=texts, size=(2400, 900))
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=200)
    return buffer.getvalue()


@pytest.mark.skipif(not HAS_TESSERACT, reason="Tesseract is not installed")
def test_a_scanned_table_is_read_as_a_table_and_imported():
    from engine.importing.build import import_document
    from engine.importing.readers import read_document

    document = read_document(_scanned_programme(), "scan.pdf")
    tables = [block for block in document.blocks if isinstance(block, Table)]
    assert len(tables) == 1 and tables[0].ocr and len(tables[0].rows) == 3
    assert [" ".join(cell.text.split()) for cell in tables[0].rows[2]][:3] == [
        "2",
        "Kiểm tra công tác phòng, chống thiên tai",
        "Chi cục Thủy lợi",
    ]
    result = import_document(_scanned_programme(), "scan.pdf", units=[], year=2026)
    assert [(item.content[:8], item.lead_text, str(item.due_date)) for item in result.items] == [
        ("Rà soát ", "Văn phòng Sở", "2026-03-31"),
        ("Kiểm tra", "Chi cục Thủy lợi", "2026-09-30"),
    ]
    assert all("ocr" in item.reasons for item in result.items)


def test_ocr_lines_lose_stamp_marks_and_get_misread_numbers_right():
    from engine.importing.read_ocr import clean_ocr_line

    assert clean_ocr_line("..:!:AÁA  Ê ,.") == ""  # a stamp's edge
    assert clean_ocr_line("ˆ 6)") == ""
    assert clean_ocr_line("§. Giao Sở Nội vụ:") == "8. Giao Sở Nội vụ:"
    assert (
        clean_ocr_line("c) Định kỳ (trước l6 giờ ngày thứ sáu)") == "c) Định kỳ (trước 16 giờ ngày thứ sáu)"
    )
    assert clean_ocr_line("2.") == "2."  # a number on its own line stays
    assert clean_ocr_line("- Lưu: VT, VP.") == "- Lưu: VT, VP."
    assert clean_ocr_line("Ngày 2026") == "Ngày 2026"


def test_a_number_closing_the_bracket_of_the_line_above_is_no_item():
    from engine.importing.read_ocr import ocr_lines

    assert ocr_lines(
        ["thời gian thực (gọi tắt là", "766). Tham dự buổi làm việc", "", "2) Giao Sở Nội vụ"]
    ) == [
        "thời gian thực (gọi tắt là 766). Tham dự buổi làm việc",
        "",
        "",
        "2) Giao Sở Nội vụ",
    ]


def test_a_page_turned_by_the_scanner_is_straightened_before_its_grid_is_read():
    """A narrow table turned 0.4° (a page fed by hand): its column lines, read as they are, break
    into pieces at two x positions each; read on the straightened page they are one line each."""
    from engine.importing.ocr_grid import find_grids_straightened, skew_angle

    columns, rows = [300, 700, 1100, 1500, 1900], [200, 300, 700, 1100, 1500, 1900, 2300]
    turned = _page(columns, rows, size=(2400, 2600)).rotate(0.4, fillcolor=255)
    assert skew_angle(turned, 300) == pytest.approx(-0.4, abs=0.05)
    grids, erased, to_grid = find_grids_straightened(turned, 300)
    assert len(grids) == 1 and len(grids[0].xs) == 5 and len(grids[0].ys) == 7
    assert erased.size == turned.size  # the scanned page itself, its rules erased
    # A point of the turned page lands in the straightened grid's cell: the top-left corner
    # cell's middle, turned with the page, is still in cell (0, 0).
    x, y = to_grid(*_turned_point(500, 250, 0.4, turned.size))
    assert grids[0].cell_at(x, y) == (0, 0)
    assert skew_angle(_page(columns, rows, size=(2400, 2600)), 300) == 0.0  # a straight page


def _turned_point(x, y, angle, size):
    import math

    cx, cy = size[0] / 2, size[1] / 2
    a = math.radians(angle)
    dx, dy = x - cx, y - cy  # PIL turns counter-clockwise: the inverse of ocr_grid's to_grid
    return cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)


def test_text_printed_right_under_a_table_makes_no_column():
    """A paragraph whose letters touch the table's last rule: their stems run from a rule to no
    rule, as a cut table's column lines do, but no column line is drawn there."""
    from PIL import ImageDraw

    columns, rows = [100, 500, 1200, 2200], [100, 200, 400]
    image = _page(columns, rows, size=(2400, 700))
    draw = ImageDraw.Draw(image)
    for x in (640, 900, 1500):  # stems hanging from the last rule
        draw.line([(x, 400), (x, 432)], fill=0, width=4)
    grid = find_grids(image, 200)[0][0]
    assert len(grid.xs) == 4 and len(grid.ys) == 3


def test_a_hyphen_read_as_a_not_sign_is_a_hyphen():
    from engine.importing.ocr_grid import repair_word

    assert repair_word("¬") == "-"
    assert repair_word("12/3¬") == "12/3-"


def test_a_cell_misread_by_a_letter_or_two_reads_as_the_text_the_scan_prints_more():
    from engine.importing.blocks import Cell, Paragraph
    from engine.importing.read_ocr import agree_cells
    from engine.importing.readers import Document, Line

    rows = [
        [Cell("Văn phòng HĐND-UBND xã"), Cell("Khu phố 3")],
        [Cell("Văn phòng HĐDĐND-UBND xã"), Cell("Khu phố 5")],
        [Cell("Phòng Văn hóa - Xã hội"), Cell("Khu phố 5")],
    ]
    document = Document(name="scan.pdf", kind="pdf", ocr=True)
    document.blocks = [Table(rows, number=1), Paragraph("Văn phòng HĐND-UBND xã tổng hợp.")]
    document.lines = [Line(1, ("Văn phòng HĐDĐND-UBND xã", "Khu phố 5"))]
    agree_cells(document)
    table = document.blocks[0]
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["Văn phòng HĐND-UBND xã", "Khu phố 3"],
        ["Văn phòng HĐND-UBND xã", "Khu phố 5"],  # a digit apart is another text
        ["Phòng Văn hóa - Xã hội", "Khu phố 5"],
    ]
    assert document.lines[0].cells == ("Văn phòng HĐND-UBND xã", "Khu phố 5")


def test_a_short_cell_missing_a_letter_reads_as_the_text_printed_more_often():
    from engine.importing.blocks import Cell
    from engine.importing.read_ocr import agree_cells
    from engine.importing.readers import Document

    rows = [[Cell("Sở Y tế"), Cell("HĐND xã")], [Cell("Sở Y tế"), Cell("HĐND xã")]]
    rows += [[Cell("Sở Y tế"), Cell("HĐN xã")], [Cell("Sở Y t"), Cell("Sở Y tế")]]
    document = Document(name="scan.pdf", kind="pdf", ocr=True)
    document.blocks = [Table(rows, number=1)]
    agree_cells(document)
    # a lower-case letter dropped is put back; a capital (an abbreviation's) is not
    assert [[cell.text for cell in row] for row in document.blocks[0].rows][2:] == [
        ["Sở Y tế", "HĐN xã"],
        ["Sở Y tế", "Sở Y tế"],
    ]


def test_a_quarter_numeral_misread_as_digits_is_put_back_in_ocr_text():
    from engine.importing.read_ocr import clean_cell, clean_ocr_line, fix_quarters

    assert clean_cell("Quý 11/2027") == "Quý II/2027"
    assert clean_ocr_line("- Hoàn thành trong quý 111 năm 2027") == "- Hoàn thành trong quý III năm 2027"
    assert fix_quarters("QUÝ 1V/2027") == "QUÝ IV/2027"
    # a single stroke is a quarter as printed (1 = I), and a number that is no numeral stays
    assert fix_quarters("Quý 1/2027, 12 tháng") == "Quý 1/2027, 12 tháng"


def test_a_date_whose_slash_ocr_misread_or_lost_is_put_back():
    from engine.importing.read_ocr import clean_cell, clean_ocr_line, fix_dates

    # the slash read as a stroke letter, before or after the other slash
    assert clean_cell("18I11/2027") == "18/11/2027"
    assert clean_cell("05/12l2027") == "05/12/2027"
    assert clean_ocr_line("- Nộp hồ sơ trước ngày 09|06/2027.") == "- Nộp hồ sơ trước ngày 09/06/2027."
    # a cell that is only a date with one slash lost
    assert clean_cell("1911/2027") == "19/11/2027"
    assert clean_cell("19/112027") == "19/11/2027"
    # what cannot be a day and a month stays as read, and a line's number is no cell's date
    assert clean_cell("4513/2027") == "4513/2027"
    assert fix_dates("Số 3512/2027") == "Số 3512/2027"
    assert clean_ocr_line("Công văn số 1911/2027 của Sở") == "Công văn số 1911/2027 của Sở"


def test_a_numbers_dot_read_as_a_comma_and_a_years_misread_zero_are_put_back():
    from engine.importing.read_ocr import fix_numbering, fix_years, ocr_lines

    assert fix_numbering(["1. Phòng A: làm X.", "2. Phòng B: làm Y.", "3, Phòng C: làm Z."])[2] == (
        "3. Phòng C: làm Z."
    )
    # a comma after a number that does not go on from the list above is text as read
    assert fix_numbering(["1. Phòng A: làm X.", "5, Phòng C: làm Z."])[1] == "5, Phòng C: làm Z."
    assert fix_numbering(["2, 3 và 4 tháng"]) == ["2, 3 và 4 tháng"]
    # a year the page prints elsewhere; a year it does not print stays as read
    assert fix_years(["Năm 2027", "trước ngày 15/5/2927."])[1] == "trước ngày 15/5/2027."
    assert fix_years(["trước ngày 15/5/2927."]) == ["trước ngày 15/5/2927."]
    assert ocr_lines(["1. Tổ A: làm X năm 2026.", "2, Tổ B: xong ngày 03/4/2926."])[1] == (
        "2. Tổ B: xong ngày 03/4/2026."
    )


def _text_page():
    """A portrait page of ordinary lines of text, drawn with DejaVu (as a scanner would give them)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 34)
    lines = [
        "UBND HUYỆN SƠN ĐÔNG - PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        "Kế hoạch kiểm tra công tác bảo vệ môi trường năm 2027",
        "1. Kiểm tra các cơ sở sản xuất gạch thủ công tại xã An Bình.",
        "2. Rà soát việc thu gom, xử lý rác thải sinh hoạt tại các thôn.",
        "3. Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước 30/11/2027.",
        "Đơn vị chủ trì: Phòng Tài nguyên và Môi trường; phối hợp: Công an huyện.",
    ] * 4
    for index, line in enumerate(lines):
        draw.text((120, 150 + index * 80), line, fill=0, font=font)
    return image


@pytest.mark.skipif(not HAS_TESSERACT, reason="Tesseract is not installed")
def test_a_page_lying_turned_a_quarter_is_turned_back_before_it_is_read():
    from PIL import Image

    from engine.importing.read_ocr import page_rotation, upright

    page = _text_page()
    assert page_rotation(page, "upright.pdf", 200) == 0
    for turned, back in ((Image.Transpose.ROTATE_90, 90), (Image.Transpose.ROTATE_270, 270)):
        sideways = page.transpose(turned)
        assert page_rotation(sideways, "turned.pdf", 200) == back
        assert upright(sideways, "turned.pdf", 200).size == page.size


def test_a_bodys_abbreviation_misread_by_a_stroke_is_put_back_in_ocr_text():
    from engine.importing.read_ocr import clean_cell, clean_ocr_line, fix_abbreviations

    assert clean_cell("HIX Nông nghiệp Tân Phú") == "HTX Nông nghiệp Tân Phú"
    assert clean_cell("HTIX Dịch vụ Hòa Bình") == "HTX Dịch vụ Hòa Bình"
    assert clean_ocr_line("- Giao UBNDD xã, Trường TIHCS Kim Đồng") == "- Giao UBNDD xã, Trường THCS Kim Đồng"
    # an abbreviation of its own, a letter away but not by a stroke, stays; so does a known one
    assert (
        fix_abbreviations("Đài HTV, BCH Quân sự, Ban BCĐ 389, THPT")
        == "Đài HTV, BCH Quân sự, Ban BCĐ 389, THPT"
    )
    # a word that only looks like one (a roman numeral, a code) stays
    assert fix_abbreviations("Mục III, mã CTIX-01") == "Mục III, mã CTIX-01"
    # HIV with a stroke too many or read as a figure; the station HTV, a stroke away, stays
    assert clean_cell("Tổ phòng, chống HTIV/AIDS xã") == "Tổ phòng, chống HIV/AIDS xã"
    assert fix_abbreviations("xét nghiệm H1V, phát trên HTV") == "xét nghiệm HIV, phát trên HTV"


def test_words_glued_before_a_capital_or_inside_quotes_are_split():
    from engine.importing.ocr_grid import split_glued_word

    assert split_glued_word("PhòngGD") == ["Phòng", "GD"]  # a capital after a lower-case letter
    assert split_glued_word("ĐoànThanhniên,") == ["Đoàn", "Thanh", "niên,"]
    assert split_glued_word("(Xãhội)") == ["(Xã", "hội)"]  # punctuation at the ends stays there
    # a stop final (c, ch, p, t) closes only a syllable with the acute or the dot below
    assert split_glued_word("Tưpháp") == ["Tư", "pháp"]
    assert split_glued_word("họphành") == ["họp", "hành"]
    # one word, or not Vietnamese, stays whole
    assert split_glued_word("ĐẢNG") == ["ĐẢNG"]
    assert split_glued_word("YouTube") == ["YouTube"]


def test_ocr_words_glued_over_several_syllables_or_before_an_abbreviation_are_split():
    from engine.importing.ocr_grid import is_syllable, split_glued_word

    assert split_glued_word("kiểmtrathườngxuyên") == ["kiểm", "tra", "thường", "xuyên"]
    assert split_glued_word("hoànthànhtrước,") == ["hoàn", "thành", "trước,"]
    assert split_glued_word("nướcsạchnôngthôn") == ["nước", "sạch", "nông", "thôn"]
    # a syllable in plain letters before an abbreviation in capitals: the space OCR lost
    assert split_glued_word("BanCHQS") == ["Ban", "CHQS"]
    assert split_glued_word("TổGTVT") == ["Tổ", "GTVT"]
    # brands, English and abbreviations stay whole: no syllable before the capitals, or none after
    for whole in ("iOS", "macOS", "PowerBI", "TikTok", "MobiFone", "online", "nghiêng", "khuyến", "QLDA"):
        assert split_glued_word(whole) == [whole]
    # the grammar: initial, nucleus, final, one tone, a stop final under the acute or dot below
    for syllable in ("Ban", "gìn", "quốc", "nghiêng", "khuya", "thuở", "giữa", "ươu"):
        assert is_syllable(syllable)
    for not_one in ("Mac", "online", "mặntại", "tôt", "hoàá", "ngk"):
        assert not is_syllable(not_one)


def test_a_dash_after_a_number_at_a_cells_end_opens_a_range_and_stays():
    columns, rows = [100, 300, 1200], [100, 170, 300]
    grid = find_grids(_page(columns, rows), 200)[0][0]
    words = [_word("Tháng", 320, 190), _word("9", 450, 190), _word("-", 480, 190), _word("—", 1100, 190)]
    assert grid_cells(grid, words, str.strip)[1][1].text == "Tháng 9 -"


def test_a_quarters_third_stroke_lost_by_ocr_is_measured_back():
    from engine.importing.ocr_grid import restore_third_strokes

    def at(text, left, top, width):
        return Word(text, left, top, width, 40, (1, 1, 1))

    words = [
        at("Quý", 100, 100, 90), at("II/2026", 100, 160, 178),  # printed II
        at("Quý", 100, 400, 90), at("11/2026", 100, 460, 199),  # printed III, read as two strokes
        at("Tháng", 600, 400, 110), at("11/2026", 600, 460, 199),  # a month: no quarter above
    ]  # fmt: skip
    restore_third_strokes(words)
    assert [word.text for word in words[1::2]] == ["II/2026", "III/2026", "11/2026"]
    alone = [at("Quý", 100, 100, 90), at("II/2026", 100, 160, 199)]
    restore_third_strokes(alone)
    assert alone[1].text == "II/2026"  # nothing to measure it against


def test_a_bare_quarter_numeral_as_wide_as_three_strokes_reads_iii():
    from engine.importing.ocr_grid import Word, restore_third_strokes

    def at(text, left, top, width, height=40):
        return Word(text, left, top, width, height, (1, 1, 1))

    words = [
        at("Quý", 100, 100, 90), at("II", 200, 100, 56),  # three serif strokes (1.4 × height)
        at("Quý", 100, 300, 90), at("II", 200, 300, 36),  # two strokes (0.9 × height)
        at("Quý", 100, 500, 90), at("II.", 200, 500, 58),  # three, with the sentence's stop
        at("Phần", 600, 100, 110), at("II", 720, 100, 56),  # no quarter before it
    ]  # fmt: skip
    restore_third_strokes(words)
    assert [word.text for word in words[1::2]] == ["III", "II", "III.", "II"]


def test_serif_strokes_read_as_h_and_roman_numerals_are_no_misreading_to_agree():
    from engine.importing.read_ocr import _letters_apart, fix_quarters

    assert fix_quarters("Quý IH/2026") == "Quý III/2026"
    assert fix_quarters("Quý HI") == "Quý III"
    assert fix_quarters("Quý Hà Nội") == "Quý Hà Nội"
    assert not _letters_apart("Quý IV/2027 (dự kiến)", "Quý II/2027 (dự kiến)")
    assert _letters_apart("Phòng Nội vụu xã", "Phòng Nội vụ xã")


def test_a_marked_vowel_read_again_unmarked_is_read_once():
    from engine.importing.ocr_grid import drop_stray_vowel

    assert drop_stray_vowel("tỉinh") == "tỉnh"
    assert drop_stray_vowel("Nhàa") == "Nhà"
    assert [drop_stray_vowel(word) for word in ("cừu", "xoong", "khỏe")] == ["cừu", "xoong", "khỏe"]


def test_a_space_ocr_moved_past_the_c_of_ch_is_put_back():
    from engine.importing.read_ocr import clean_cell, clean_ocr_line

    assert clean_cell("Hỗ trợ chi phíc ho học sinh") == "Hỗ trợ chi phí cho học sinh"
    assert clean_ocr_line("- Cấp miễn phíc ho hộ nghèo.") == "- Cấp miễn phí cho hộ nghèo."
    # a syllable that may end so, or a word that is not Vietnamese, stays
    assert clean_cell("Lịch họp; Public health") == "Lịch họp; Public health"
