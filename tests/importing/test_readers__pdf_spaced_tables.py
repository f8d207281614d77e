"""A PDF task table printed without ruling lines: its columns found where its words line up, its
wrapped header titles joined, and its rows kept together over a page break without a repeated header."""

import pytest

from engine.importing.blocks import Table
from engine.importing.read_fixed_width import find_tables
from engine.importing.readers import read_document
from tests.importing.test_readers__pdf import print_pdf  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db

_WRAPPED_HEADER = """\
TT   Nội dung công việc        Đơn vị chủ trì   Đơn vị phối    Thời gian
                                                hợp            hoàn thành
1    Lập kế hoạch kiểm tra     Phòng Kế         Văn phòng      Tháng 3
     an toàn lao động          hoạch
2    Tổ chức tập huấn cho      Văn phòng        Phòng Kế       30/6/2027
     cán bộ mới                                 hoạch
"""


def test_a_header_title_wrapped_in_its_column_joins_the_header_not_the_rows():
    ((_first, _last, rows, _starts),) = find_tables(_WRAPPED_HEADER.splitlines())
    header = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    assert rows[0] == header
    assert rows[1:] == [
        ["1", "Lập kế hoạch kiểm tra an toàn lao động", "Phòng Kế hoạch", "Văn phòng", "Tháng 3"],
        ["2", "Tổ chức tập huấn cho cán bộ mới", "Văn phòng", "Phòng Kế hoạch", "30/6/2027"],
    ]


def test_an_abbreviation_cut_in_a_narrow_column_joins_without_a_space():
    lines = [
        "ST   Nội dung công việc        Đơn vị chủ trì   Thời",
        "T                                               hạn",
        "",
        "1    Lập kế hoạch kiểm tra     Phòng Kế hoạch   Tháng 3",
    ]
    ((_first, _last, rows, _starts),) = find_tables(lines)
    assert rows[0] == ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"]


def test_a_first_row_right_under_the_header_stays_a_row():
    lines = [
        "Nội dung công việc            Đơn vị chủ trì      Thời hạn",
        "Lập kế hoạch kiểm tra         Phòng Kế hoạch      Tháng 3",
    ]
    ((_first, _last, rows, _starts),) = find_tables(lines)
    assert rows[1] == ["Lập kế hoạch kiểm tra", "Phòng Kế hoạch", "Tháng 3"]


_CELL = "vertical-align: top; padding: 3px 6px"


def _borderless(rows: list[tuple[str, ...]]) -> str:
    cells = "".join(
        "<tr>" + "".join(f'<td style="{_CELL}">{text}</td>' for text in row) + "</tr>" for row in rows
    )
    return (
        "<style>td { border: none !important }</style>"
        '<p>KẾ HOẠCH KIỂM TRA NĂM 2027</p><div style="height: 118mm"></div>'
        '<table style="border: none; width: 100%; font-size: 12pt">'
        '<colgroup><col style="width: 7%"><col style="width: 45%"><col style="width: 18%">'
        '<col style="width: 16%"><col style="width: 14%"></colgroup>'
        f"{cells}</table><p>III. TỔ CHỨC THỰC HIỆN</p>"
        "<p>Các phòng căn cứ kế hoạch này để triển khai thực hiện theo chức năng, nhiệm vụ được giao.</p>"
    )


_TASK = (
    "Kiểm tra việc chấp hành quy định về an toàn lao động tại các công trình xây dựng trên địa bàn; "
    "tổng hợp kiến nghị, đề xuất biện pháp khắc phục những tồn tại phát hiện qua kiểm tra"
)


def test_a_borderless_table_over_a_page_break_is_read_as_one_table(print_pdf):  # noqa: F811
    rows = [("TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")]
    rows += [
        (str(n), f"{_TASK} (đợt {n})", "Phòng Thanh tra lao động", "Công đoàn ngành Xây dựng", f"{n}/11/2027")
        for n in range(1, 9)
    ]
    document = read_document(print_pdf(_borderless(rows)), "khong-ke.pdf")
    tables = [block for block in document.blocks if isinstance(block, Table)]
    assert len(tables) == 1
    (table,) = tables
    assert [cell.text for cell in table.rows[0]] == [
        "TT",
        "Nội dung công việc",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
    ]
    assert [row[0].text for row in table.rows[1:]] == [str(n) for n in range(1, 9)]
    for n, row in enumerate(table.rows[1:], start=1):
        assert [cell.text for cell in row[1:]] == [
            f"{_TASK} (đợt {n})",
            "Phòng Thanh tra lao động",
            "Công đoàn ngành Xây dựng",
            f"{n}/11/2027",
        ]
    # the table's pages: it starts on page 1 and ends on page 2
    assert table.row_refs[1].startswith(("page 1", "trang 1"))
    assert table.row_refs[-1].startswith(("page 2", "trang 2"))
    texts = [line.text for line in document.lines]
    assert "III. TỔ CHỨC THỰC HIỆN" in texts


def test_rule_lines_under_the_header_and_between_rows_part_the_rows():
    """A calendar typed with spaces (h13fixKF): a rule of `=`/`-` runs under its header and between
    its entries is no row and no text of the first entry, and parts the rows as a blank line does."""
    lines = [
        "Ngày         Nội dung                        Đơn vị chuẩn bị",
        "===========  ==============================  ===============",
        "T5, 03/9     Họp giao ban Thường trực về     Văn phòng",
        "             công tác tháng 9",
        "-----------  ------------------------------  ---------------",
        "T2, 07/9     Kiểm tra công tác phòng cháy    Công an xã",
        "             tại chợ trung tâm",
    ]
    ((_first, _last, rows, _starts),) = find_tables(lines)
    assert rows[1:] == [
        ["T5, 03/9", "Họp giao ban Thường trực về công tác tháng 9", "Văn phòng"],
        ["T2, 07/9", "Kiểm tra công tác phòng cháy tại chợ trung tâm", "Công an xã"],
    ]
