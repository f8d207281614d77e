"""A header cell a scan's reading garbled into no role is read again alone (read_ocr.reread_header_cells).

The page's reading is Tesseract's; here a stand-in for it answers the second reading, so the rule is
tested without the engine: which cells are read again, which answer is kept, where it goes. Own text.
"""

from engine.importing import read_ocr
from engine.importing.blocks import Cell
from engine.importing.ocr_grid import Grid, Word, grid_cells
from engine.importing.read_ocr import reread_header_cells, unnamed_header_cells


def _cells(*rows):
    return [[Cell(text, ocr=True) for text in row] for row in rows]


def test_a_header_cell_naming_no_role_beside_named_ones_is_found():
    rows = _cells(
        ["STT", "Công việc", "Bọ phậm phú tráh", "Thời hạn"],
        ["1", "Lập danh sách hộ nghèo", "Tổ Lao động", "10/9/2030"],
    )
    assert unnamed_header_cells(rows) == [(0, 2)]


def test_a_row_with_one_named_cell_or_a_long_text_is_not_read_again():
    assert unnamed_header_cells(_cells(["Stt", "Xxyz qwer", "Lkjh"], ["1", "2", "3"])) == []
    long = "Tổng hợp ý kiến của các hộ dân về tuyến đường"
    assert unnamed_header_cells(_cells(["Nội dung", long, "Thời hạn"])) == []
    # a data row under the header names nothing and is left alone
    rows = _cells(["Nội dung", "Chủ trì", "Thời hạn"], ["Kiểm kê kho", "Tổ Hậu cần", "5/2030"])
    assert unnamed_header_cells(rows) == []
    # nor a data row whose texts happen to name roles: only the classifier's header rows are read
    rows = _cells(["Nội dung", "Chủ trì", "Thời hạn"], ["Theo dõi, đôn đốc thu thuế", "Xq", "Hoàn thành"])
    assert unnamed_header_cells(rows) == []


def _grid():
    from PIL import Image

    grid = Grid(xs=[0, 100, 400, 700, 800], ys=[0, 60, 120, 180])
    grid.ink = Image.new("L", (900, 200), 255)  # ink everywhere: every separator drawn, no merged cell
    return grid


def _word(text, left, top):
    return Word(text, left, top, 40, 20, (1, 1, 1))


def _read(monkeypatch, answer):
    from PIL import Image

    grid = _grid()
    words = [_word("TT", 20, 20), _word("Nội", 120, 20), _word("dung", 170, 20)]
    words += [_word("Bọ", 420, 20), _word("phậm", 470, 20), _word("Hạn", 720, 20)]
    words += [_word("1", 20, 80), _word("Quét", 120, 80)]
    rows = grid_cells(grid, words, str.strip)
    asked = []

    def second_reading(png, name, page, **_kwargs):
        asked.append(Image.open(__import__("io").BytesIO(png)).size)
        return answer

    monkeypatch.setattr(read_ocr, "ocr_png", second_reading)
    scanned = {id(word): (word.left, word.top, word.width, word.height) for word in words}
    reread_header_cells(rows, grid, words, scanned, Image.new("L", (900, 200), 255), "scan.pdf", 1)
    return rows, asked


def test_a_garbled_header_cell_read_again_takes_the_reading_that_names_a_role(monkeypatch):
    rows, asked = _read(monkeypatch, "Bộ phận\nchủ trì\n")
    assert len(asked) == 1  # only the unnamed cell, cut with its margin
    assert [cell.text for cell in rows[0]] == ["TT", "Nội dung", "Bộ phận chủ trì", "Hạn"]
    assert [cell.text for cell in rows[1]] == ["1", "Quét", "", ""]


def test_a_second_reading_that_names_nothing_leaves_the_cell_as_read(monkeypatch):
    rows, asked = _read(monkeypatch, "Bo phanm\n")
    assert len(asked) == 1
    assert rows[0][2].text == "Bọ phậm"
