"""A decision or a dispatch that amends a plan issued earlier: the adjusted time and the new lead win
(a table's `Thời gian điều chỉnh` column, a field's `(thay cho …)`), an adjusted task printed as an
unmarked paragraph under its lead-in keeps its inline fields, the tasks taken out of the plan are no
items, and a later article's sentence that gives a named unit a dated duty is a task (headers,
prose_facts, outline, prose_tasks)."""

# ruff: noqa: E501 (the documents are printed as offices write them, a paragraph a line)

from engine.importing.build import import_document
from engine.importing.layouts.outline import Node, inline_fields
from engine.importing.layouts.prose_facts import labelled_fields
from engine.importing.layouts.prose_tasks import withdrawn

AMENDMENT = """
UBND XÃ PHÚ LỘC
Số: 88/QĐ-UBND
Phú Lộc, ngày 03 tháng 8 năm 2028
QUYẾT ĐỊNH
Về việc điều chỉnh, bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2028 của xã
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ LỘC
Căn cứ Quyết định số 05/QĐ-UBND ngày 08/01/2028 của UBND xã ban hành Kế hoạch;
QUYẾT ĐỊNH:
Điều 1. Điều chỉnh, bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2028 của xã như sau:
1. Điều chỉnh bộ phận chủ trì của nhiệm vụ sau:
Nhiệm vụ số 4: Lập danh sách hộ nghèo, hộ cận nghèo năm 2029 của xã. Bộ phận chủ trì: Công chức Văn hóa - Xã hội (thay cho Công chức Tư pháp - Hộ tịch); thời gian: 15/11/2028 (thay cho 30/11/2028).
2. Bổ sung nhiệm vụ sau:
a) Nhiệm vụ số 20: Vận động Nhân dân hiến đất mở rộng đường liên thôn Phú Đông. Bộ phận chủ trì: Công chức Địa chính - Xây dựng; thời gian: quý IV/2028.
3. Đưa ra khỏi Kế hoạch các nhiệm vụ sau:
a) Nhiệm vụ số 9: Tổ chức Đại hội Thể dục thể thao xã lần thứ V; thời gian: tháng 9/2028.
b) Nhiệm vụ số 13: Xây dựng nhà văn hóa thôn Phú Tây (đã hoàn thành ngày 20/7/2028).
Điều 2. Các nội dung khác của Kế hoạch giữ nguyên. Văn phòng - Thống kê xã thông báo các nội dung điều chỉnh đến các thôn trong 05 ngày làm việc kể từ ngày ký Quyết định này.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng - Thống kê xã và các công chức có liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
"""


def _items(text: str, year: int = 2028):
    return import_document(text.encode(), "qd.txt", units=[], year=year).items


def test_a_field_naming_what_it_replaces_keeps_the_new_lead_and_the_new_time():
    fields = labelled_fields(
        "Đơn vị chủ trì: Trạm Khuyến nông (thay cho Phòng Kinh tế); thời hạn: 31/10/2028 (thay cho 30/12/2028)."
    )
    assert fields["lead"] == "Trạm Khuyến nông" and fields["due"] == "31/10/2028"
    assert (
        labelled_fields("Chủ trì: Ban Văn hóa, thay thế Ban Dân vận; thời gian: tháng 5/2028.")["lead"]
        == "Ban Văn hóa"
    )
    assert (
        labelled_fields("Chủ trì: Đội Quản lý thị trường (trước đây là Đội Kiểm tra).")["lead"]
        == "Đội Quản lý thị trường"
    )
    # a body whose name holds none of those words keeps it whole
    assert labelled_fields("Chủ trì: Phòng Nội vụ (phối hợp Phòng Tư pháp).")["lead"] == "Phòng Nội vụ"


def test_inline_fields_split_a_paragraph_after_its_sentence():
    head, fields = inline_fields(
        "Nhiệm vụ số 4: Lập danh sách hộ nghèo. Bộ phận chủ trì: Công chức Văn hóa - Xã hội; thời gian: 15/11/2028."
    )
    assert head == "Nhiệm vụ số 4: Lập danh sách hộ nghèo." and fields.startswith("Bộ phận chủ trì:")
    assert inline_fields("Lập danh sách hộ nghèo, hộ cận nghèo của xã.") is None


def test_a_lead_in_taking_tasks_out_of_the_plan_is_withdrawn_and_so_are_its_items():
    for text in (
        "Đưa ra khỏi Kế hoạch các nhiệm vụ sau:",
        "Bãi bỏ các nội dung sau của Chương trình:",
        "Không tiếp tục thực hiện các hoạt động sau:",
        "Các nhiệm vụ đưa ra khỏi Kế hoạch:",
        "Rút các nhiệm vụ sau khỏi Chương trình công tác:",
    ):
        lead_in = Node("number", "3", text, 1, level=1)
        task = Node("letter", "a", "Nhiệm vụ số 9: Tổ chức Đại hội", 2, level=2, parent=lead_in)
        assert withdrawn(lead_in) and withdrawn(task), text
    for text in (
        "Rà soát, bãi bỏ các thủ tục hành chính không cần thiết",
        "Bổ sung các nhiệm vụ sau:",
        "Điều chỉnh thời gian của các nhiệm vụ sau:",
    ):
        assert not withdrawn(Node("number", "1", text, 1, level=1)), text


def test_an_amending_decision_reads_the_new_lead_and_time_and_drops_the_tasks_taken_out():
    items = _items(AMENDMENT)
    contents = [item.content for item in items]
    assert not any("Đại hội Thể dục" in text or "nhà văn hóa thôn" in text for text in contents)
    poor = next(item for item in items if "hộ nghèo" in item.content)
    assert poor.lead_text == "Công chức Văn hóa - Xã hội" and poor.due_date.isoformat() == "2028-11-15"
    assert poor.content.endswith("năm 2029 của xã.")  # its fields are no part of the task's text
    road = next(item for item in items if "hiến đất" in item.content)
    assert road.due_date.isoformat() == "2028-12-31"


def test_a_later_articles_sentence_giving_a_named_unit_a_duty_from_the_signing_is_a_task():
    items = _items(AMENDMENT)
    notice = [item for item in items if item.content.startswith("Văn phòng - Thống kê xã thông báo")]
    assert len(notice) == 1
    assert notice[0].lead_text == "Văn phòng - Thống kê xã"
    assert notice[0].due_date.isoformat() == "2028-08-10"  # Thursday 03/8/2028 + 5 working days
    assert not any("giữ nguyên" in item.content or "có hiệu lực" in item.content for item in items)


def test_a_revised_time_column_is_the_due_even_when_it_comes_earlier():
    text = "\n".join(
        [
            "KẾ HOẠCH ĐIỀU CHỈNH",
            "STT\tNội dung\tĐơn vị chủ trì\tThời gian theo Kế hoạch\tThời gian điều chỉnh",
            "1\tNâng cấp đường giao thông nội đồng thôn Phú Đông\tBan Quản lý dự án xã\tQuý IV/2028\t15/9/2028",
            "2\tKiên cố hóa kênh mương nội đồng thôn Phú Tây\tBan Quản lý dự án xã\t30/8/2028\t31/10/2028",
            "3\tSửa chữa trường mầm non điểm thôn Phú Bắc\tBan Quản lý dự án xã\tTháng 7/2028\tTháng 8/2028",
        ]
    )
    dues = [item.due_date.isoformat() for item in _items(text)]
    assert dues == ["2028-09-15", "2028-10-31", "2028-08-31"]
