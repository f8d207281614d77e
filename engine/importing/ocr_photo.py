"""A phone photo of a printed page: the sheet found on the desk around it, its perspective undone and
its light evened before OCR.

A photo is no scan: the sheet lies on a darker surface, turned in perspective (its ruling lines
converge, so no rotation straightens them), lit unevenly and a little soft, and the file says no
resolution. Where the photo's outer band is mostly darker than a large bright quadrilateral inside
it, that quadrilateral is the sheet: its corners (the bright region's extreme points) are carried
onto a rectangle of an A4 page's width at the OCR's resolution (a projective map, so the lines come
out straight and parallel, and small print is enlarged for Tesseract), the light is evened by
dividing by the paper's own brightness (a local maximum far wider than a stroke), and the ink is
deepened (a thin rule comes out grey once enlarged, too light for the grid search). A scan or a
page image with white margins is left as it is.

Only PIL is used, as in engine/importing/ocr_grid.py.
"""

from __future__ import annotations

# The photo is searched on a copy this many pixels wide.
WORKING_WIDTH = 400
# The outer band (this share of each side) is the desk: at least DESK_SHARE of it darker than the
# sheet, and the sheet at least SHEET_SHARE of the photo.
BAND = 0.04
DESK_SHARE = 0.6
SHEET_SHARE = 0.25
MIN_CONTRAST = 60  # grey levels between the desk's mean and the sheet's
# The sheet straightened to an A4 page's width at 300 dpi; its corners taken this share inwards (so
# the desk's edge never reads as a ruling line).
PAGE_DPI = 300.0
A4_WIDTH_INCHES = 210 / 25.4
INSET = 0.01
# Deepening the ink by 2: at 1.6 a thin rule stays too light, at 3 the letters thicken and read worse.
INK_GAIN = 2.0


def flatten_photo(image, dpi: float):
    """(image, dpi): the sheet of a phone photo straightened and evened at PAGE_DPI, or the image and
    its dpi unchanged where it is no photo of a sheet on a darker surface."""
    from PIL import Image

    gray = image.convert("L")
    corners = sheet_corners(gray)
    if corners is None:
        return image, dpi
    (tl, tr, br, bl) = corners
    across = (_distance(tl, tr) + _distance(bl, br)) / 2
    down = (_distance(tl, bl) + _distance(tr, br)) / 2
    width = round(PAGE_DPI * A4_WIDTH_INCHES)
    height = round(width * down / across)
    coefficients = perspective_coefficients(corners, (width, height))
    page = gray.transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC
    )
    page = even_light(page)
    # A photo's thin rules come out grey once enlarged (too light for the grid search): the ink is
    # deepened around the paper's white, a grey level INK_GAIN times as far from white.
    page = page.point(lambda value: max(0, 255 - round((255 - value) * INK_GAIN)))
    return page, PAGE_DPI


def sheet_corners(gray) -> tuple | None:
    """The sheet's corners (top-left, top-right, bottom-right, bottom-left) in the photo's pixels, or
    None where the photo is no sheet on a darker surface."""
    from PIL import Image, ImageFilter

    scale = gray.width / WORKING_WIDTH
    small = gray.resize((WORKING_WIDTH, max(1, round(gray.height / scale))), Image.Resampling.BOX)
    level = otsu_level(small.histogram())
    mask = small.point(lambda value: 255 if value > level else 0)
    mask = mask.filter(ImageFilter.MinFilter(5)).filter(ImageFilter.MaxFilter(5))  # specks gone
    width, height = mask.size
    data = mask.tobytes()
    band_x, band_y = max(1, round(width * BAND)), max(1, round(height * BAND))
    band = [
        data[y * width + x]
        for y in range(height)
        for x in range(width)
        if x < band_x or x >= width - band_x or y < band_y or y >= height - band_y
    ]
    if sum(1 for value in band if not value) < DESK_SHARE * len(band):
        return None
    bright = [(index % width, index // width) for index, value in enumerate(data) if value]
    if len(bright) < SHEET_SHARE * width * height:
        return None
    pixels = small.tobytes()
    sheet_mean = sum(pixels[y * width + x] for x, y in bright) / len(bright)
    desk = [pixels[index] for index, value in enumerate(data) if not value]
    if sheet_mean - sum(desk) / len(desk) < MIN_CONTRAST:
        return None
    tl = min(bright, key=lambda p: p[0] + p[1])
    br = max(bright, key=lambda p: p[0] + p[1])
    tr = max(bright, key=lambda p: p[0] - p[1])
    bl = max(bright, key=lambda p: p[1] - p[0])
    cx = (tl[0] + tr[0] + br[0] + bl[0]) / 4
    cy = (tl[1] + tr[1] + br[1] + bl[1]) / 4

    def inward(point):
        x, y = point[0] + 0.5, point[1] + 0.5  # the working pixel's middle
        x, y = x + (cx - x) * INSET * 2, y + (cy - y) * INSET * 2
        return x * scale, y * scale

    return tuple(inward(point) for point in (tl, tr, br, bl))


def otsu_level(histogram: list[int]) -> int:
    """The grey level that parts a histogram into two classes best (Otsu's method)."""
    total = sum(histogram)
    weighted = sum(level * count for level, count in enumerate(histogram))
    below = below_weighted = 0
    best, best_level = -1.0, 127
    for level, count in enumerate(histogram):
        below += count
        if not below or below == total:
            continue
        below_weighted += level * count
        mean_below = below_weighted / below
        mean_above = (weighted - below_weighted) / (total - below)
        between = below * (total - below) * (mean_below - mean_above) ** 2
        if between > best:
            best, best_level = between, level
    return best_level


def perspective_coefficients(corners, size) -> list[float]:
    """PIL's eight perspective coefficients that take each point of a `size` rectangle to the photo
    (its corners onto `corners`: top-left, top-right, bottom-right, bottom-left)."""
    width, height = size
    return perspective_between([(0, 0), (width, 0), (width, height), (0, height)], corners)


def perspective_between(outputs, inputs) -> list[float]:
    """PIL's eight perspective coefficients that take each of four output points to its input point
    (an image transformed with them shows at `outputs[i]` what the source has at `inputs[i]`)."""
    rows = []
    for (u, v), (x, y) in zip(outputs, inputs, strict=True):
        rows.append([u, v, 1, 0, 0, 0, -x * u, -x * v, x])
        rows.append([0, 0, 0, u, v, 1, -y * u, -y * v, y])
    for column in range(8):  # Gauss-Jordan elimination with partial pivoting
        pivot = max(range(column, 8), key=lambda r: abs(rows[r][column]))
        rows[column], rows[pivot] = rows[pivot], rows[column]
        rows[column] = [value / rows[column][column] for value in rows[column]]
        for r in range(8):
            if r != column:
                factor = rows[r][column]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[column], strict=True)]
    return [row[8] for row in rows]


# The paper's brightness: the brightest level within about 1/20 of the page's width, smoothed.
_LIGHT_CELL = 16
_LIGHT_WINDOW = 7


def even_light(page):
    """The page divided by its paper's brightness: white paper throughout, ink kept dark."""
    from PIL import Image, ImageFilter, ImageMath

    small = page.resize(
        (max(1, page.width // _LIGHT_CELL), max(1, page.height // _LIGHT_CELL)), Image.Resampling.BOX
    )
    paper = small.filter(ImageFilter.MaxFilter(_LIGHT_WINDOW)).filter(ImageFilter.GaussianBlur(2))
    paper = paper.resize(page.size, Image.Resampling.BILINEAR)
    evened = ImageMath.lambda_eval(
        lambda args: args["convert"](args["min"](args["a"] * 255 / (args["b"] + 1), 255), "L"),
        a=page,
        b=paper,
    )
    return evened


def _distance(a, b) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
