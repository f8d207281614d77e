"""A table note that sets the row's deadline or schedules its event in more than a few words (its
length says nothing; a remark that only mentions a date is no time), every unit's dated report
printed under a conclusion's last point, whose day is not that point's, and a standing body's
undated duty under `TỔ CHỨC THỰC HIỆN` after the task tables."""

from engine.importing.blocks import Paragraph, Table, grid_from_spans
from engine.importing.layouts import conclusions
from engine.importing.layouts.table_dues import _note_due
from engine.importing.layouts.tables import read_tables
from engine.importing.recognisers import closing_requests
from tests.importing.helpers_blocks import BlocksDocument, context_of, table_of


def test_a_long_note_that_sets_the_deadline_is_the_rows_time():
    assert _note_due("Hoàn thành việc lắp đặt thiết bị và nghiệm thu trong Quý IV") == "trong Quý IV"
    assert _note_due("Chậm nhất ngày 10/9/2029 gửi hồ sơ về Sở Xây dựng") == "Chậm nhất ngày 10/9/2029"
    assert _note_due("Dự kiến tổ chức vào tháng 5/2029 tại nhà văn hóa thôn Đông") == "vào tháng 5/2029"


def test_a_long_remark_mentioning_a_date_is_no_time():
    assert _note_due("Số liệu tính đến 30/9/2029 theo báo cáo của Chi cục Thống kê") == ""
    assert _note_due("Theo Quyết định số 77/QĐ-UBND ngày 05/02/2029 của UBND tỉnh") == ""
    assert _note_due("Đã hoàn thành trong tháng 3/2029, tiếp tục duy trì kết quả") == ""
    assert _note_due("Hoàn thành kiểm tra định kỳ hằng quý tại các cơ sở của tỉnh") == ""


def test_a_short_note_is_read_as_before():
    assert _note_due("Quý II") == "Quý II"
    assert _note_due("Khám sàng lọc cho học sinh") == ""


def test_an_indicator_row_takes_the_time_its_long_note_sets():
    rows = [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2029", "Đơn vị theo dõi", "Ghi chú"],
        [
            "1",
            "Số xã đạt chuẩn nông thôn mới nâng cao",
            "Xã",
            "3",
            "Phòng Kinh tế",
            "Hoàn thành thẩm định hồ sơ trong tháng 10/2029",
        ],
        [
            "2",
            "Tỷ lệ hộ dùng nước sạch",
            "%",
            "92",
            "Phòng Kinh tế",
            "Số liệu tính đến 31/12/2028 theo báo cáo của các xã",
        ],
    ]
    table = Table(grid_from_spans([[(text, 1, 1) for text in row] for row in rows]))
    items, _reader = read_tables([table], [])
    assert [item.due for item in items] == ["trong tháng 10/2029", ""]


def test_every_units_report_after_the_last_point_does_not_date_it():
    text = "\n".join(
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Ban Quản lý dự án tại cuộc họp giao ban tháng 6/2029",
            "1. Nhiệm vụ thời gian tới",
            "1.1. Phòng Kỹ thuật kiểm tra chất lượng thi công cầu Bến Đá trước ngày 15/7/2029.",
            "1.2. Phòng Kế hoạch hoàn thiện hồ sơ quyết toán gói thầu số 4 trước ngày 20/7/2029.",
            "1.3. Phòng Hành chính rà soát quy chế chi tiêu nội bộ của Ban.",
            "Các phòng báo cáo kết quả thực hiện các nhiệm vụ trên về Ban Giám đốc trước ngày 25/7/2029.",
        ]
    )
    found = conclusions.recognise(context_of(text))
    assert found is not None
    dues = {item.content[:20]: item.due for item in found.items}
    assert dues["Phòng Hành chính rà "] == ""
    assert dues["Các phòng báo cáo kế"] == "trước ngày 25/7/2029"


def test_a_standing_bodys_undated_duty_after_the_tables_is_an_item():
    table = table_of(
        [
            ["TT", "Nhiệm vụ", "Đơn vị", "Thời hạn"],
            ["1", "Trồng cây xanh", "Phòng Quản lý đô thị", "Quý I/2029"],
        ]
    )
    table.row_lines = [10, 11]
    paragraphs = [
        "III. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan, đơn vị chủ động triển khai thực hiện Kế hoạch này.",
        "Phòng Tài nguyên, Môi trường và Đô thị là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện.",
    ]
    blocks = [table, *(Paragraph(text, line=20 + n) for n, text in enumerate(paragraphs))]
    found = closing_requests(BlocksDocument(blocks), taken=set())
    assert [(item.lead, item.due) for item in found] == [("Phòng Tài nguyên, Môi trường và Đô thị", "")]
    # not outside `TỔ CHỨC THỰC HIỆN`
    blocks = [table, Paragraph(paragraphs[2], line=20)]
    assert closing_requests(BlocksDocument(blocks), taken=set()) == []
