"""A body's members asked for a report under a sheet's table (corpus README, "Closing reporting requests
are items"; h13fixTL, extending h13fixTH's rule that a body's members are no unit of a kind): members
whose report goes to a named unit or to the body's standing agency are every member asked, an item
whose lead is not scored; a reporting regime's label (`Chế độ báo cáo:`) opens such a closing line.
And the near shapes left alone. Own text, not a corpus document's."""

from engine.importing.layouts.prose_facts import asks_report
from tests.importing.helpers_blocks import table_items, table_of


def test_members_reporting_to_the_standing_agency_or_a_named_unit_are_asked():
    assert asks_report(
        "Các thành viên báo cáo kết quả định kỳ về Cơ quan Thường trực trước ngày 10 hằng tháng."
    )
    assert asks_report("Các thành viên Hội đồng gửi báo cáo kết quả về Sở Nội vụ trước ngày 15 hằng quý.")
    assert asks_report("Các thành viên Ban Chỉ đạo báo cáo tình hình về Thường trực Ban Chỉ đạo hằng tuần.")


def test_members_with_no_one_named_to_collect_their_report_stay_out():
    # h13fixTH's near shape, kept: persons each with their own field, nothing says who tracks it
    assert not asks_report("Các thành viên Ban Chỉ đạo báo cáo kết quả trước ngày 20 hằng tháng.")
    # a report mentioned after another verb is no request for one
    assert not asks_report(
        "Các thành viên Ban Chỉ đạo theo dõi địa bàn, nắm tình hình về Văn phòng hằng tháng."
    )
    # the holders of a post are not a body's members
    assert not asks_report("Các ủy viên Ban Thường vụ báo cáo tình hình về Văn phòng hằng quý.")


def _sheet_items(rows):
    return table_items(table_of(rows))


ROWS = [
    ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian"],
    ["1", "Rà soát quy chế hoạt động của Hội đồng", "Sở Nội vụ", "15/02/2030"],
    ["2", "Tổng kết công tác thi đua năm 2030", "Văn phòng Hội đồng", "20/12/2030"],
]


def test_a_reporting_regime_under_the_table_is_a_closing_request_kept_as_printed():
    items = _sheet_items(
        [
            *ROWS,
            [
                "",
                (
                    "Chế độ báo cáo: các thành viên Hội đồng báo cáo kết quả về Sở Nội vụ trước ngày 05 hằng "
                    "tháng.",
                    1,
                    3,
                ),
            ],
        ]
    )
    assert [(i.content[:30], i.lead, i.due) for i in items][-1] == (
        "Chế độ báo cáo: các thành viên",
        "",
        "hằng tháng",
    )


def test_a_regime_label_over_no_request_and_another_label_are_no_item():
    # the regime described, no one asked
    items = _sheet_items(
        [*ROWS, ["", ("Chế độ báo cáo: thực hiện theo Quy chế hoạt động của Hội đồng.", 1, 3)]]
    )
    assert len(items) == 2
    # another label opens no request, even over a sentence that would be one
    items = _sheet_items(
        [
            *ROWS,
            ["", ("Kinh phí: các thành viên báo cáo kết quả về Sở Nội vụ trước ngày 05 hằng tháng.", 1, 3)],
        ]
    )
    assert len(items) == 2
