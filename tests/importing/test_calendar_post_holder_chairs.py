"""A calendar's chair column naming each chair by a post of any kind before the holder's full name
(`Tổng Biên tập <tên>`, `PTBT <tên>`, `Bí thư Đảng ủy <tên>`) beside a column of the unit that
prepares the entry: the holder chairs, the preparing unit leads. A note typed in one cell of a row
under the entries (`Ghi chú: Lịch có thể thay đổi …`) is no entry of the last day. Own text, not a
corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Table, grid_from_spans
from engine.importing.layouts import calendar_weeks
from engine.importing.layouts.days import chair_cell_names_person, names_leader
from engine.importing.leaders import names_post_holder
from engine.importing.recognition import Context
from tests.importing.helpers_blocks import BlocksDocument


def test_a_post_before_a_full_name_is_a_person_who_chairs():
    for text in (
        "Tổng Biên tập Đoàn Minh Khôi",
        "PTBT Vương Thị Thu Hà",
        "Bí thư Đảng ủy Hoàng Văn Nam",
        "Chánh án Lưu Văn Phúc",
        "Ông Trịnh Minh Khoa",
        "Q. Viện trưởng Đinh Thị Mỹ Linh",
        "Trưởng Công an xã Lê Văn Tâm",  # a unit's head by post, the unit's name after it
    ):
        assert names_post_holder(text) and chair_cell_names_person(text), text


def test_a_body_named_after_a_person_or_a_short_tail_is_no_post_holder():
    for text in (
        "Trường THCS Trần Quốc Toản",  # a school named after a person: a unit
        "Trường Nguyễn Văn Trỗi",
        "Đoàn TNCS Hồ Chí Minh",
        "Công ty Điện lực Hà Lam",  # a place's two-word name, no person's
        "Phường Lê Lợi",
        "Phòng Thời sự",
        "Lê Quang Vinh",  # a name with no post before it
        "Tổng Biên tập",  # a post with no name
        "Biên tập viên trực ca đêm",
    ):
        assert not names_post_holder(text), text
    # a single line may be a place named after a person: the broader reading is a chair column's only
    assert not names_leader("Quảng trường Hồ Chí Minh")


HEADER = [
    ("Thứ, ngày", 1, 1),
    ("Giờ", 1, 1),
    ("Nội dung", 1, 1),
    ("Chủ trì", 1, 1),
    ("Đơn vị chuẩn bị", 1, 1),
    ("Địa điểm", 1, 1),
]


def _items(rows):
    table = Table(grid_from_spans(rows), row_lines=list(range(1, len(rows) + 1)))
    return calendar_weeks.recognise(Context(BlocksDocument([table]), None)).items


def test_the_preparing_unit_leads_beside_a_chair_column_of_post_holders():
    items = _items(
        [
            HEADER,
            [("Thứ Hai 14/6/2027", 2, 1), ("08h00", 1, 1), ("Giao ban Ban Biên tập", 1, 1),
             ("Tổng Biên tập Đoàn Minh Khôi", 1, 1), ("Ban Thư ký tòa soạn", 1, 1), ("Phòng họp 1", 1, 1)],
            [("14h00", 1, 1), ("Duyệt số báo Xuân", 1, 1), ("PTBT Vương Thị Thu Hà", 1, 1),
             ("Ban Văn hóa - Xã hội", 1, 1), ("Phòng họp 1", 1, 1)],
            [("Thứ Ba 15/6/2027", 1, 1), ("09h00", 1, 1), ("Làm việc với nhà in về hợp đồng năm 2028", 1, 1),
             ("PTBT Quách Đình Tuấn", 1, 1), ("Ban Trị sự", 1, 1), ("Phòng khách", 1, 1)],
            [("", 1, 1), ("", 1, 1), ("Ghi chú: Lịch có thể thay đổi, Ban Thư ký tòa soạn sẽ báo sau.", 1, 1),
             ("", 1, 1), ("", 1, 1), ("", 1, 1)],
        ]
    )  # fmt: skip
    assert [(i.lead, i.leader) for i in items] == [
        ("Ban Thư ký tòa soạn", "Tổng Biên tập Đoàn Minh Khôi"),
        ("Ban Văn hóa - Xã hội", "PTBT Vương Thị Thu Hà"),
        ("Ban Trị sự", "PTBT Quách Đình Tuấn"),
    ]  # the note under the entries is no entry of Thứ Ba


def test_a_noted_request_under_the_entries_is_still_an_item():
    # limit: a note that asks every unit for something by a day is a request, not dropped
    items = _items(
        [
            HEADER,
            [("Thứ Hai 14/6/2027", 1, 1), ("08h00", 1, 1), ("Giao ban Ban Biên tập", 1, 1),
             ("Tổng Biên tập Đoàn Minh Khôi", 1, 1), ("Ban Thư ký tòa soạn", 1, 1), ("Phòng họp 1", 1, 1)],
            [("Thứ Ba 15/6/2027", 1, 1), ("14h00", 1, 1), ("Duyệt số báo Xuân", 1, 1),
             ("PTBT Vương Thị Thu Hà", 1, 1), ("Ban Văn hóa - Xã hội", 1, 1), ("Phòng họp 1", 1, 1)],
            [("", 1, 1), ("", 1, 1), ("Ghi chú: Các ban gửi lịch tuần sau về Ban Thư ký tòa soạn trước 15h00 ngày 17/6/2027.", 1, 1),
             ("", 1, 1), ("", 1, 1), ("", 1, 1)],
        ]
    )  # fmt: skip
    assert [i.lead for i in items] == ["Ban Thư ký tòa soạn", "Ban Văn hóa - Xã hội", ""]
    assert "17/6/2027" in items[-1].due


def test_a_noted_request_after_a_remark_is_read_from_its_own_sentence():
    # `Ghi chú: <remark>. Các phòng … đăng ký lịch tuần sau … trước 15h00 thứ Năm hằng tuần.`: the
    # request to every unit, from its own sentence, recurring (a weekday each week)
    item = calendar_weeks.closing_request_item(
        "Ghi chú: Lịch có thể thay đổi, Văn phòng sẽ thông báo bổ sung. Các phòng, ban, ngành đăng ký lịch "
        "công tác tuần sau về Văn phòng HĐND và UBND huyện trước 15h00 thứ Năm hằng tuần.",
        20,
    )
    assert item is not None and item.content.startswith("Các phòng, ban, ngành đăng ký")
    assert item.lead == "" and "hằng tuần" in item.due
    # … the remark may end in `;`
    item = calendar_weeks.closing_request_item(
        "Lưu ý: Lịch có thể điều chỉnh; Văn phòng Sở sẽ thông báo sau. Các phòng, chi cục gửi đăng ký lịch "
        "tuần sau về Văn phòng Sở chậm nhất 16 giờ thứ Sáu hằng tuần.",
        9,
    )
    assert item is not None and item.content.startswith("Các phòng, chi cục")


def test_a_remark_alone_or_an_unlabelled_one_is_no_request():
    # limits: a note that is only a remark asks nothing; without a note's label the line is read whole
    # (a remark opening it is no request); a request with a weekday and no round nor date is none
    assert (
        calendar_weeks.closing_request_item("Ghi chú: Lịch có thể thay đổi, Văn phòng sẽ thông báo sau.", 5)
        is None
    )
    assert (
        calendar_weeks.closing_request_item(
            "Lịch có thể thay đổi. Các phòng đăng ký lịch tuần sau về Văn phòng trước 15h00 thứ Năm hằng tuần.",
            5,
        )
        is None
    )
    assert (
        calendar_weeks.closing_request_item(
            "Ghi chú: Lịch có thể thay đổi. Các phòng đăng ký lịch tuần sau về Văn phòng trước 15h00 thứ Năm.",
            5,
        )
        is None
    )


def test_a_note_row_with_a_remark_before_the_request_under_a_sheets_entries():
    items = _items(
        [
            HEADER,
            [("Thứ Hai 14/6/2027", 1, 1), ("08h00", 1, 1), ("Giao ban Ban Biên tập", 1, 1),
             ("Tổng Biên tập Đoàn Minh Khôi", 1, 1), ("Ban Thư ký tòa soạn", 1, 1), ("Phòng họp 1", 1, 1)],
            [("Thứ Ba 15/6/2027", 1, 1), ("14h00", 1, 1), ("Duyệt số báo Xuân", 1, 1),
             ("PTBT Vương Thị Thu Hà", 1, 1), ("Ban Văn hóa - Xã hội", 1, 1), ("Phòng họp 1", 1, 1)],
            [("Ghi chú: Lịch có thể thay đổi. Các ban đăng ký lịch tuần sau với Ban Thư ký tòa soạn trước 10 giờ sáng thứ Sáu hàng tuần.", 6, 1)],
        ]
    )  # fmt: skip
    assert [i.lead for i in items] == ["Ban Thư ký tòa soạn", "Ban Văn hóa - Xã hội", ""]
    assert items[-1].content.startswith("Các ban đăng ký")


def test_a_family_name_that_folds_as_a_common_word_is_known_by_its_spelling():
    # `Chu`, `Triệu`, `Tống`, `Đàm`: family names, read as spelt (`chủ`, `triều`, `tổng` fold alike)
    for text in ("PTP Chu Đức Anh", "PTP Triệu Thị Lan", "Phó Giám đốc Tống Văn Hậu", "CVP Đàm Thị Nga"):
        assert names_post_holder(text) and chair_cell_names_person(text), text
    # limits: the same words otherwise spelt are no family names
    for text in ("Trưởng ban Chủ Tịch Hội", "Đại diện Triều Tiên Quốc", "Tổng Công Ty Điện Lực"):
        assert not names_post_holder(text), text


def test_a_chair_cell_naming_who_attends_after_a_semicolon_still_names_the_chair():
    # a `Chủ trì / Thành phần` cell: the chair, then those who attend past `;`
    assert chair_cell_names_person("PTP Chu Đức Anh; Đội Quản lý trật tự đô thị")
    assert chair_cell_names_person("Trưởng phòng Lý Thanh Bình; các bộ phận liên quan")
    # limits: a cell opening with a unit, or only units, names no chairing person
    assert not chair_cell_names_person("Đội Quản lý trật tự đô thị; PTP Chu Đức Anh")
    assert not chair_cell_names_person("Bộ phận Tổng hợp; Bộ phận Hạ tầng")
    assert not chair_cell_names_person("; PTP Chu Đức Anh")


def test_the_preparing_section_leads_beside_chairs_with_attending_teams():
    header = [("Thứ, ngày", 1, 1), ("Thời gian", 1, 1), ("Nội dung công việc", 1, 1),
              ("Chủ trì / Thành phần", 1, 1), ("Bộ phận chuẩn bị", 1, 1), ("Địa điểm", 1, 1)]  # fmt: skip
    items = _items(
        [
            header,
            [("Thứ Hai 14/6/2027", 2, 1), ("7h30", 1, 1), ("Giao ban lãnh đạo phòng", 1, 1),
             ("Trưởng phòng Hà Văn Tuấn", 1, 1), ("Bộ phận Hành chính", 1, 1), ("Phòng họp", 1, 1)],
            [("14 giờ", 1, 1), ("Kiểm tra hiện trạng tuyến đê bao phía Bắc", 1, 1),
             ("PTP Chu Minh Khang; Đội Thủy lợi", 1, 1), ("Bộ phận Kỹ thuật", 1, 1), ("Hiện trường", 1, 1)],
            [("Thứ Ba 15/6/2027", 1, 1), ("8g00", 1, 1), ("Thẩm định hồ sơ cấp phép khai thác", 1, 1),
             ("PTP Triệu Thị Hòa", 1, 1), ("Bộ phận Kỹ thuật", 1, 1), ("Phòng làm việc", 1, 1)],
        ]
    )  # fmt: skip
    assert [(i.lead, i.leader) for i in items] == [
        ("Bộ phận Hành chính", "Trưởng phòng Hà Văn Tuấn"),
        ("Bộ phận Kỹ thuật", "PTP Chu Minh Khang; Đội Thủy lợi"),
        ("Bộ phận Kỹ thuật", "PTP Triệu Thị Hòa"),
    ]
