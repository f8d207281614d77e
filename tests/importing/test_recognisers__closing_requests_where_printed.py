"""A programme's closing reporting request and a plan's closing duties where the importer had missed
them for where or how they are printed: between the task table and a signature table, asked of
bodies of another kind (`Các Đội …`) or of every place (`Hội … các xã`), in a later clause after a
general charge; a named unit's undated duty and a standing body's under `TỔ CHỨC THỰC HIỆN` above an
appendix; a standing body's duty in a labelled plan; every unit's report under a conclusion's last
point, its deadline before a purpose clause naming a meeting. Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Paragraph
from engine.importing.layouts import conclusions, prose_plan
from engine.importing.layouts.prose_facts import asks_report, due_in
from engine.importing.layouts.tables import _footnote_request
from engine.importing.recognisers import closing_requests
from engine.text import fold

from .helpers_blocks import BlocksDocument, context_of, table_of


def test_a_report_asked_of_bodies_of_another_kind_or_in_a_later_clause():
    assert asks_report(fold("Các Đội công tác xã hội báo cáo kết quả về Văn phòng trước ngày 20 hằng tháng."))
    assert asks_report(fold("Hội Cựu chiến binh các phường báo cáo kết quả thực hiện hằng quý."))
    assert asks_report(
        fold(
            "Các tổ, đội căn cứ Kế hoạch này chủ động triển khai; định kỳ hằng tháng báo cáo kết quả về Ban Chỉ huy."
        )
    )
    # a named body, a task that is no report, a report only named
    assert not asks_report(fold("Hội Cựu chiến binh phường báo cáo kết quả thực hiện hằng quý."))
    assert not asks_report(fold("Ủy ban nhân dân các phường rà soát hộ nghèo trước ngày 30/6."))
    assert not asks_report(fold("Các đơn vị căn cứ báo cáo năm trước xây dựng kế hoạch; định kỳ rà soát."))
    # a later clause opening with the report, its round after it: the same request (corpus README,
    # "Closing reporting requests are items"); a kind of body asked as no task's lead is (`Các xưởng
    # …`): as before
    assert asks_report(
        fold("Các tổ chủ động triển khai; báo cáo kết quả về Văn phòng trước ngày 10 hằng tháng.")
    )
    assert not asks_report(
        fold("Các tổ chủ động triển khai; phối hợp với Văn phòng trước ngày 10 hằng tháng.")
    )
    assert not asks_report(fold("Các xưởng nộp báo cáo về Phòng Tổng hợp trước ngày 10 hằng tháng."))


def _task_table():
    table = table_of(
        [["TT", "Nhiệm vụ", "Đơn vị", "Thời hạn"], ["1", "Sửa mái", "Đội Quản trị", "Quý I/2029"]]
    )
    table.row_lines = [10, 11]
    return table


def test_a_closing_request_between_the_task_table_and_a_signature_table_is_read():
    signature = table_of([["Nơi nhận: - Lưu VT.", "TM. BAN CHỈ HUY / CHỈ HUY TRƯỞNG"]])
    signature.row_lines = [30]
    blocks = [
        _task_table(),
        Paragraph(
            "Các Đội công tác báo cáo kết quả thực hiện về Ban Chỉ huy trước ngày 20 hằng tháng.", line=20
        ),
        signature,
    ]
    found = closing_requests(BlocksDocument(blocks), taken={11})
    assert [(item.content[:18], item.lead, item.due) for item in found] == [
        ("Các Đội công tác b", "", "hằng tháng")
    ]


def test_named_units_duties_under_the_organising_part_above_an_appendix():
    appendix = table_of(
        [
            ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Lát vỉa hè", "Ban Quản lý dự án", "Tháng 5/2029"],
        ]
    )
    appendix.row_lines = [40, 41]
    texts = [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Ban Quản lý dự án là đơn vị thường trực, giúp Chủ tịch theo dõi, đôn đốc; tổng hợp báo cáo định kỳ hằng quý.",
        "2. Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2029.",
        "3. Phòng Kinh tế",  # a unit's name alone over its duties: no item
        "4. Kinh phí thực hiện từ nguồn ngân sách phường năm 2029.",  # no unit: no item
        "PHỤ LỤC",
    ]
    blocks = [*(Paragraph(text, line=20 + n) for n, text in enumerate(texts)), appendix]
    found = closing_requests(BlocksDocument(blocks), taken={41})
    assert [(item.lead, item.due) for item in found] == [
        ("Ban Quản lý dự án", "định kỳ hằng quý"),
        ("Phòng Tài chính - Kế hoạch", ""),
    ]


def test_a_note_row_asks_every_places_union_for_its_report():
    found = _footnote_request(
        "Hội Cựu chiến binh các phường báo cáo kết quả về Thị Hội trước ngày 10 tháng cuối quý.",
        30,
        ["Ban Tổ chức"],
        closing=True,
    )
    assert found is not None and found.lead == "" and found.due == "trước ngày 10 tháng cuối quý"


def test_a_deadline_before_a_purpose_clause_naming_a_meeting_is_the_due():
    assert (
        due_in(
            "Các tổ báo cáo kết quả về Văn phòng trước ngày 28/4/2029 để tổng hợp, báo cáo tại cuộc họp giao ban tháng 5/2029."
        )
        == "trước ngày 28/4/2029"
    )


NOTICE = """
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
THÔNG BÁO
Kết luận của Trưởng phòng tại cuộc họp giao ban tháng 4 năm 2029
I. NHIỆM VỤ THÁNG 4
1. Bộ phận Tiểu học: Tổng hợp kết quả tuyển sinh lớp 1 trước ngày 15/4/2029.
2. Bộ phận Kế toán: Quyết toán kinh phí hội khỏe trước ngày 20/4/2029.
3. Bộ phận Trung học: Kiểm tra nề nếp dạy thêm tại các trường trong tháng 4/2029.
Các bộ phận báo cáo kết quả thực hiện các nhiệm vụ tại Thông báo này về Văn phòng trước ngày 28/4/2029 để tổng hợp, báo cáo tại cuộc họp giao ban tháng 5/2029.
Phòng Giáo dục và Đào tạo thông báo để các bộ phận biết, thực hiện./.
"""


def test_every_units_report_under_a_conclusions_last_point_is_an_item():
    items = conclusions.recognise(context_of(NOTICE)).items
    last = items[-1]
    assert last.content.startswith("Các bộ phận báo cáo kết quả")
    assert (last.lead, last.due) == ("", "trước ngày 28/4/2029")


PLAN = """
KẾ HOẠCH
Số hóa hồ sơ lưu trữ năm 2029
I. NHIỆM VỤ
1. Rà soát, chỉnh lý hồ sơ tồn đọng.
- Đơn vị chủ trì: Phòng Nội vụ.
- Thời gian: Tháng 6/2029.
2. Số hóa hồ sơ địa chính.
- Đơn vị chủ trì: Văn phòng Đăng ký đất đai.
- Thời gian: Quý III/2029.
3. Kiểm tra kết quả số hóa tại các xã.
- Đơn vị chủ trì: Phòng Nội vụ.
- Thời gian: Tháng 11/2029.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ là cơ quan thường trực, giúp Chủ tịch theo dõi, đôn đốc thực hiện Kế hoạch.
2. Các phòng căn cứ nhiệm vụ được giao chủ động triển khai.
"""


def test_a_standing_bodys_duty_in_a_labelled_plan_is_an_item_though_undated():
    items = prose_plan.recognise(context_of(PLAN)).items
    standing = [item for item in items if item.content.startswith("Phòng Nội vụ là cơ quan thường trực")]
    assert [(item.lead, item.due) for item in standing] == [("Phòng Nội vụ", "")]
    assert not any(item.content.startswith("Các phòng căn cứ") for item in items)
