"""A phone photo of a page: the sheet found on its darker background, its perspective undone, its
light evened, so the OCR finds the ruled table a scan would give."""

import io
import shutil

import pytest
from PIL import Image, ImageDraw, ImageFont

from engine.importing.ocr_photo import (
    even_light,
    flatten_photo,
    otsu_level,
    perspective_coefficients,
    sheet_corners,
)

CORNERS = [(120, 90), (980, 60), (1020, 1180), (70, 1130)]  # a sheet turned in perspective


def _apply(coefficients, u, v):
    a, b, c, d, e, f, g, h = coefficients
    w = g * u + h * v + 1
    return (a * u + b * v + c) / w, (d * u + e * v + f) / w


def _desk_photo(sheet: Image.Image, corners=CORNERS, size=(1100, 1250)) -> Image.Image:
    # PIL's transform maps output pixels to input ones: from the photo back onto the sheet.
    inverse = _inverse(corners, sheet.size)
    photo = Image.new("L", size, 55)
    warped = sheet.transform(size, Image.Transform.PERSPECTIVE, inverse, Image.Resampling.BICUBIC)
    mask = Image.new("L", sheet.size, 255).transform(size, Image.Transform.PERSPECTIVE, inverse)
    photo.paste(warped, (0, 0), mask)
    return photo


def _inverse(corners, size):
    """Coefficients taking a photo pixel to the sheet (the sheet's rectangle onto `corners` undone)."""
    width, height = size
    rows = []
    for (x, y), (u, v) in zip(corners, [(0, 0), (width, 0), (width, height), (0, height)], strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    for column in range(8):
        pivot = max(range(column, 8), key=lambda r: abs(rows[r][column]))
        rows[column], rows[pivot] = rows[pivot], rows[column]
        rows[column] = [value / rows[column][column] for value in rows[column]]
        for r in range(8):
            if r != column:
                rows[r] = [a - rows[r][column] * b for a, b in zip(rows[r], rows[column], strict=True)]
    return [row[8] for row in rows]


def test_the_perspective_map_takes_the_rectangle_corners_onto_the_sheet_corners():
    coefficients = perspective_coefficients(CORNERS, (800, 1000))
    for (u, v), corner in zip([(0, 0), (800, 0), (800, 1000), (0, 1000)], CORNERS, strict=True):
        assert _apply(coefficients, u, v) == pytest.approx(corner, abs=1e-6)


def test_otsu_parts_a_dark_desk_from_a_bright_sheet():
    histogram = [0] * 256
    histogram[50], histogram[60], histogram[220], histogram[235] = 400, 300, 500, 600
    assert 60 <= otsu_level(histogram) < 220


def test_the_sheet_on_a_dark_desk_is_found_by_its_corners():
    photo = _desk_photo(Image.new("L", (850, 1100), 230))
    corners = sheet_corners(photo)
    assert corners is not None
    for found, drawn in zip(corners, CORNERS, strict=True):
        # taken a little inwards, never onto the desk
        assert abs(found[0] - drawn[0]) < 30 and abs(found[1] - drawn[1]) < 30


def test_a_scan_with_white_margins_is_left_as_it_is():
    page = Image.new("L", (850, 1100), 250)
    ImageDraw.Draw(page).rectangle((100, 200, 700, 600), outline=0, width=3)
    assert sheet_corners(page) is None
    assert flatten_photo(page, 150.0) == (page, 150.0)
    assert sheet_corners(Image.new("L", (850, 1100), 40)) is None  # a dark picture, no sheet


def test_uneven_light_is_evened_and_the_ink_kept():
    page = Image.linear_gradient("L").resize((400, 400)).point(lambda v: 185 + v * 65 // 255)
    ImageDraw.Draw(page).line((20, 100, 380, 100), fill=60, width=3)
    assert page.getpixel((200, 20)) < 195  # the dim part of the paper, darker than the rule's grey
    evened = even_light(page)
    assert evened.getpixel((200, 20)) > 235 and evened.getpixel((200, 380)) > 235
    assert evened.getpixel((200, 101)) < 100


def _font(size: int):
    for path in (
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    ):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    pytest.skip("no TrueType font with Vietnamese letters")


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")
def test_a_photographed_ruled_table_is_read_as_a_table():
    from engine.importing.blocks import Table
    from engine.importing.readers import read_document

    sheet = Image.new("L", (850, 1100), 232)
    draw = ImageDraw.Draw(sheet)
    font = _font(17)
    xs, ys = [60, 110, 420, 620, 790], [200, 250, 310, 370, 430]
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill=40, width=1)
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill=40, width=1)
    rows = [
        ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"),
        ("1", "Sửa chữa nhà văn hóa thôn", "Ban Xây dựng", "12/6/2027"),
        ("2", "Kiểm kê tài sản công", "Tổ Tài chính", "20/6/2027"),
        ("3", "Tổng kết phong trào", "Văn phòng", "30/6/2027"),
    ]
    for row, top in zip(rows, ys, strict=False):
        for text, left in zip(row, xs, strict=False):
            draw.text((left + 6, top + 14), text, fill=45, font=font)
    buffer = io.BytesIO()
    _desk_photo(sheet).convert("RGB").save(buffer, "JPEG", quality=85)
    document = read_document(buffer.getvalue(), "anh-chup.jpg")
    tables = [block for block in document.blocks if isinstance(block, Table)]
    assert tables, [line.text for line in document.lines]
    (table,) = tables
    assert len(table.rows) == 4 and len(table.rows[0]) == 4  # the grid, straightened
    # PIL draws stacked diacritics loosely, so only the plain cells are compared
    assert [row[3].text for row in table.rows[1:]] == ["12/6/2027", "20/6/2027", "30/6/2027"]
    assert "Văn phòng" in table.rows[3][2].text
