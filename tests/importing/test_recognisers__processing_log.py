"""An e-office processing slip (engine/importing/layouts/processing_log.py): its items are the leaders'
directions in the log; an extension granted later moves a task's due, a refusal does not; a clause
`cùng thời hạn` takes the time before it (engine/importing/event_dues.py); the log continued on the
next page without its header; the log is no week calendar."""

from datetime import date

from engine.importing.blocks import Paragraph
from engine.importing.build import import_document
from engine.importing.event_dues import resolve_event_dues, takes_time_above
from engine.importing.layouts import calendar_weeks, processing_log
from engine.importing.model import RawItem
from engine.importing.recognition import Context
from engine.importing.units import UnitResolver
from tests.importing.helpers_blocks import BlocksDocument, table_of


def _slip(
    rows: list[list[str]], header=("STT", "Thời điểm", "Cán bộ xử lý", "Ý kiến xử lý", "Hạn xử lý")
) -> bytes:
    cells = "".join(f"<th>{text}</th>" for text in header)
    body = "".join("<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>" for row in rows)
    return (
        "<html><body><p>SỞ Y TẾ TỈNH AN LẠC</p><h2>PHIẾU XỬ LÝ VĂN BẢN ĐẾN</h2>"
        "<table><tr><td>Trích yếu</td><td>V/v phòng, chống sốt xuất huyết</td></tr>"
        "<tr><td>Hạn trả lời</td><td>30/07/2029</td></tr></table>"
        f"<p>QUÁ TRÌNH XỬ LÝ</p><table><tr>{cells}</tr>{body}</table></body></html>"
    ).encode()


LOG = [
    ["1", "02/07/2029 08:00", "Văn thư - Đỗ Thị Hà", "Trình Giám đốc Sở cho ý kiến.", ""],
    [
        "2",
        "02/07/2029 09:30",
        "Chánh Văn phòng - Vũ Minh",
        "Kính trình Giám đốc Sở. Đề xuất giao Trung tâm Kiểm soát bệnh tật chủ trì.",
        "",
    ],
    [
        "3",
        "03/07/2029 07:40",
        "Đ/c Hoàng Lan - PGĐ Sở",
        "Giao Trung tâm Kiểm soát bệnh tật chủ trì, phối hợp với Phòng Nghiệp vụ Y lập kế hoạch diệt lăng "
        "quăng, trình trước ngày 12/7/2029. Giao Phòng Kế hoạch - Tài chính bố trí kinh phí hóa chất, "
        "gửi Trung tâm Kiểm soát bệnh tật trước ngày 09/7/2029; Bệnh viện Đa khoa tỉnh rà soát giường "
        "bệnh điều trị sốt xuất huyết cùng thời hạn.",
        "12/07/2029",
    ],
    ["4", "03/07/2029 10:05", "Chuyên viên Văn phòng - Trịnh Nam", "Đã chuyển phiếu đến các đơn vị.", ""],
    [
        "5",
        "08/07/2029 15:20",
        "Trung tâm Kiểm soát bệnh tật",
        "Đề nghị UBND tỉnh bổ sung kinh phí. Xin gia hạn đến ngày 16/7/2029.",
        "",
    ],
    [
        "6",
        "09/07/2029 08:10",
        "Đ/c Hoàng Lan - PGĐ Sở",
        "Chấp thuận gia hạn cho Trung tâm Kiểm soát bệnh tật đến ngày 16/7/2029. Trung tâm Y tế các xã "
        "báo cáo số ca mắc hằng tuần.",
        "16/07/2029",
    ],
    ["7", "15/07/2029 16:00", "Trung tâm Kiểm soát bệnh tật", "Trung tâm đã trình kế hoạch.", ""],
]


def _items(data: bytes, year: int = 2029):
    imported = import_document(data, "slip.html", units=[], year=year)
    return [(item.content[:30], item.lead_text, item.due_date) for item in imported.items]


def test_a_logs_items_are_the_leaders_assigning_sentences_with_their_dues():
    got = _items(_slip(LOG))
    assert got == [
        # the extension granted in line 6 moves the first task's due (its cell printed 12/07)
        ("Giao Trung tâm Kiểm soát bệnh ", "Trung tâm Kiểm soát bệnh tật", date(2029, 7, 16)),
        ("Giao Phòng Kế hoạch - Tài chín", "Phòng Kế hoạch - Tài chính", date(2029, 7, 9)),
        # a clause with its body as subject, `cùng thời hạn`: the time of the clause before
        ("Bệnh viện Đa khoa tỉnh rà soát", "Bệnh viện Đa khoa tỉnh", date(2029, 7, 9)),
        ("Trung tâm Y tế các xã báo cáo ", "Trung tâm Y tế các xã", None),  # weekly: recurring
    ]
    imported = import_document(_slip(LOG), "slip.html", units=[], year=2029)
    assert imported.layout == "processing_log"
    assert imported.items[-1].recurrence == "weekly"
    # the clerk's, the chief of office's proposal, the specialist's and the centre's own lines: none
    assert not any("Đề xuất" in item.content or "Xin gia hạn" in item.content for item in imported.items)


def test_an_extension_granted_without_its_body_moves_the_askers_task_and_a_refusal_none():
    rows = [
        [
            "1",
            "05/3/2029 08:00",
            "Nguyễn Tiến - Giám đốc Sở",
            "Giao Phòng Quản lý hành nghề rà soát hồ sơ "
            "cấp chứng chỉ hành nghề, báo cáo trước ngày 15/3/2029.",
            "15/03/2029",
        ],
        [
            "2",
            "05/3/2029 09:00",
            "Nguyễn Tiến - Giám đốc Sở",
            "Giao Thanh tra Sở kiểm tra các phòng khám tư nhân, báo cáo trước ngày 20/3/2029.",
            "20/03/2029",
        ],
        ["3", "12/3/2029 16:00", "Phòng Quản lý hành nghề", "Đề nghị gia hạn đến ngày 22/3/2029.", ""],
        ["4", "13/3/2029 07:30", "Nguyễn Tiến - Giám đốc Sở", "Đồng ý gia hạn đến ngày 22/3/2029.", ""],
        ["5", "18/3/2029 16:00", "Thanh tra Sở", "Xin gia hạn đến ngày 30/3/2029.", ""],
        ["6", "19/3/2029 07:30", "Nguyễn Tiến - Giám đốc Sở", "Không đồng ý gia hạn.", ""],
    ]
    header = ("TT", "Ngày giờ", "Người xử lý", "Nội dung ý kiến", "Thời hạn")
    assert _items(_slip(rows, header)) == [
        ("Giao Phòng Quản lý hành nghề r", "Phòng Quản lý hành nghề", date(2029, 3, 22)),
        ("Giao Thanh tra Sở kiểm tra các", "Thanh tra Sở", date(2029, 3, 20)),
    ]


def test_a_sentence_with_no_time_takes_its_lines_deadline_cell():
    rows = [
        [
            "1",
            "02/5/2029",
            "Phó Chủ tịch UBND xã - Lê Hòa",
            "Giao Phòng Văn hóa - Xã hội rà soát hộ nghèo phát sinh.",
            "25/05/2029",
        ]
    ]
    assert _items(_slip(rows)) == [
        ("Giao Phòng Văn hóa - Xã hội rà", "Phòng Văn hóa - Xã hội", date(2029, 5, 25))
    ]


def test_a_log_continued_on_the_next_page_without_its_header_is_one_log():
    first = table_of(
        [
            ["STT", "Thời gian", "Người xử lý", "Ý kiến chỉ đạo", "Hạn xử lý"],
            [
                "1",
                "04/6/2029",
                "Chủ tịch UBND tỉnh",
                "Giao Sở Tư pháp thẩm định dự thảo trước ngày 10/6/2029.",
                "",
            ],
        ]
    )
    second = table_of(
        [["2", "06/6/2029", "Chủ tịch UBND tỉnh", "Giao Sở Nội vụ rà soát dự thảo trước ngày 11/6/2029.", ""]]
    )
    document = BlocksDocument([first, Paragraph("Trang 1/2", line=3), second])
    items, lines = processing_log.read_log(document)
    assert [(item.lead, item.due) for item in items] == [
        ("Sở Tư pháp", "trước ngày 10/6/2029"),
        ("Sở Nội vụ", "trước ngày 11/6/2029"),
    ]
    assert lines == 2
    # its dated lines are no week calendar's days
    assert calendar_weeks.recognise(Context(document, UnitResolver([]))) is None


def test_a_clause_closing_with_the_same_time_takes_the_one_before():
    assert takes_time_above("Phòng Y gửi báo cáo cùng thời hạn.")
    assert takes_time_above("…; Ban Z thực hiện cùng hạn")
    assert not takes_time_above("Phòng Y gửi báo cáo cùng thời hạn nộp thuế quý.")
    items = [
        RawItem(content="Phòng X lập danh sách trước ngày 04/8/2029.", line=1, due="trước ngày 04/8/2029"),
        RawItem(content="Phòng Y gửi báo cáo cùng thời hạn.", line=2),
    ]
    resolve_event_dues(items, BlocksDocument([]), 2029)
    assert items[1].due == "trước ngày 04/8/2029"
