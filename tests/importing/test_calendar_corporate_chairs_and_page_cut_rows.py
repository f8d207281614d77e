"""A calendar's chair column naming a company's officers by post before the name (`Tổng Giám đốc Đỗ
Văn Toàn`, `PTGĐ Hà Thị Mơ`, `Chủ tịch HĐQT …`) beside a column of the unit that prepares: the
officer chairs, the preparing unit leads. And a calendar table cut by a page break inside a row (the
day cell's weekday `Thứ Bảy` above the break, its date `19/6` below it): one entry on that day.
Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Table, grid_from_spans
from engine.importing.layouts import calendar_weeks
from engine.importing.layouts.days import names_leader
from engine.importing.leaders import names_corporate_officer
from engine.importing.recognition import Context
from tests.importing.helpers_blocks import BlocksDocument


def test_a_company_post_before_a_name_is_a_person_who_chairs():
    for text in (
        "Tổng Giám đốc Đỗ Văn Toàn",
        "Phó Tổng Giám đốc Lã Thị Yến",
        "PTGĐ Hà Thị Mơ",
        "P.TGĐ Kiều Văn Sáng",
        "TGĐ Lương Minh",
        "Chủ tịch HĐQT Tạ Quang Vinh",
        "Phó Chủ tịch Hội đồng quản trị Đinh Thu",
        "CT HĐTV Mai Văn Hòa",
        "Thành viên HĐQT Ông Văn Lộc",
        "Trưởng Ban Kiểm soát Lục Thị Gấm",
        "Kế toán trưởng Văn Thị Hậu",
        "KTT Phùng Văn Kiên",
        "Giám đốc điều hành Quách Tuấn",
        "Phó Tổng Giám đốc",
        "Ông Tổng Giám đốc Đỗ Văn Toàn - phụ trách chung",
    ):
        assert names_corporate_officer(text) and names_leader(text), text
    for text in (
        "Ban Kiểm soát",
        "Phòng Kế toán - Tài chính",
        "Thư ký Công ty",
        "Văn phòng HĐQT",
        "KTT",  # an abbreviation with no name
        "Tổng Giám đốc làm việc tại cơ quan",  # a sentence, not a name
        "Xí nghiệp Cấp nước số 2",
    ):
        assert not names_corporate_officer(text), text


def test_the_preparing_unit_leads_beside_a_chair_column_of_company_officers():
    rows = [
        [("Ngày", 1, 1), ("Giờ", 1, 1), ("Nội dung", 1, 1), ("Chủ trì", 1, 1), ("Đơn vị chuẩn bị", 1, 1)],
        [("Thứ Hai 14/6/2027", 2, 1), ("08h00", 1, 1), ("Giao ban điều hành tuần", 1, 1),
         ("Tổng Giám đốc Đỗ Văn Toàn", 1, 1), ("Văn phòng Công ty", 1, 1)],
        [("14h00", 1, 1), ("Duyệt kế hoạch bảo dưỡng lưới điện trung thế", 1, 1),
         ("PTGĐ Hà Thị Mơ", 1, 1), ("Phòng Kỹ thuật", 1, 1)],
        [("Thứ Ba 15/6/2027", 1, 1), ("09h00", 1, 1), ("Họp Hội đồng quản trị quý II", 1, 1),
         ("Chủ tịch HĐQT Tạ Quang Vinh", 1, 1), ("Thư ký Công ty", 1, 1)],
    ]  # fmt: skip
    found = calendar_weeks.recognise(
        Context(BlocksDocument([Table(grid_from_spans(rows), row_lines=[1, 2, 3, 4])]), None)
    )
    assert [i.lead for i in found.items] == ["Văn phòng Công ty", "Phòng Kỹ thuật", "Thư ký Công ty"]
    assert found.items[0].leader == "Tổng Giám đốc Đỗ Văn Toàn"


def test_a_row_cut_by_a_page_break_is_one_entry_on_its_day():
    upper = [
        [("Ngày", 1, 1), ("Giờ", 1, 1), ("Nội dung", 1, 1), ("Chủ trì", 1, 1), ("Đơn vị chuẩn bị", 1, 1)],
        [("Thứ Năm 17/6/2027", 1, 1), ("08h00", 1, 1), ("Tập huấn nghiệp vụ thanh tra", 1, 1),
         ("Đ/c Giám đốc", 1, 1), ("Thanh tra Sở", 1, 1)],
        [("Thứ Sáu 18/6/2027", 1, 1), ("14h00", 1, 1), ("Thẩm định hồ sơ dự án", 1, 1),
         ("Đ/c Giám đốc", 1, 1), ("Phòng Kế hoạch", 1, 1)],
        [("Thứ Bảy", 1, 1), ("Sáng", 1, 1), ("Kiểm tra hiện trường công trình kè", 1, 1),
         ("Đ/c Phó Giám đốc Lê", 1, 1), ("Phòng Quản lý", 1, 1)],
    ]  # fmt: skip
    lower = [
        [("19/6/2027", 1, 1), ("", 1, 1), ("sông Cầu đoạn qua xã Tân An", 1, 1), ("Văn Hải", 1, 1), ("xây dựng", 1, 1)],
        [("Chủ nhật 20/6/2027", 1, 1), ("08h00", 1, 1), ("Dự lễ khánh thành cầu Tân An", 1, 1), ("Đ/c Giám đốc", 1, 1), ("Văn phòng Sở", 1, 1)],
    ]  # fmt: skip
    blocks = [
        Table(grid_from_spans(upper), row_lines=[1, 2, 3, 4]),
        Table(grid_from_spans(lower), row_lines=[5, 6]),
    ]
    found = calendar_weeks.recognise(Context(BlocksDocument(blocks), None))
    cut = [i for i in found.items if i.content.startswith("Kiểm tra hiện trường")]
    assert len(cut) == 1 and cut[0].content.endswith("sông Cầu đoạn qua xã Tân An")
    assert cut[0].due.startswith("19/06/2027") or cut[0].due.startswith("19/6/2027"), cut[0].due
    assert cut[0].lead == "Phòng Quản lý xây dựng"
    assert not any(i.content.startswith("sông Cầu") for i in found.items)
    assert len(found.items) == 4
