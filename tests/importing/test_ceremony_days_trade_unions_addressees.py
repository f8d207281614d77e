"""A due before a ceremony with no days counted (`trước Lễ khai giảng`) is the ceremony's day, dated
where the text prints it verb first (`tổ chức Lễ khai giảng … vào ngày …`); a trade union named by the
body it serves (`Công đoàn cơ sở`, `Công đoàn khoa Ngoại`) opens a sentence as its subject; the dash
lines under a telegram's `… điện:` or an invitation's `… kính mời:` are its addressees, no items."""

from datetime import date

from engine.importing.event_dues import event_date, relative_due, resolve_event_dues
from engine.importing.layouts.prose_facts import assignment_in
from engine.importing.model import RawItem
from tests.importing.helpers_blocks import document_of


def test_before_the_ceremony_itself_counts_no_days():
    assert relative_due("Sơn lại cổng trường, treo băng rôn trước Lễ khai giảng.") == ("khai giang", 0)
    assert relative_due("In giấy mời đại biểu trước buổi lễ bế mạc.") == ("be mac", 0)
    # a count after it is the count the plan means, as before
    assert relative_due("Gửi thư mời trước lễ khai mạc 05 ngày.") == ("khai mac", -5)


def test_the_ceremony_is_dated_with_its_verb_first():
    texts = ["Nhà trường tổ chức Lễ khai giảng năm học 2029 - 2030 vào lúc 07 giờ 00 ngày 05/9/2029."]
    assert event_date(texts, "khai giang", 2029) == date(2029, 9, 5)
    texts = ["Ban Tổ chức sẽ tổ chức khai mạc Giải việt dã vào ngày 14/4/2029 tại quảng trường."]
    assert event_date(texts, "khai mac", 2029) == date(2029, 4, 14)


def test_an_item_due_before_the_ceremony_gets_its_day():
    plan = "KẾ HOẠCH\n1. Liên đội tổ chức Lễ khai giảng năm học mới vào ngày 05/9/2029.\n"
    items = [RawItem(line=0, content="Thư viện trưng bày sách mới tại sảnh trước Lễ khai giảng.")]
    resolve_event_dues(items, document_of(plan), 2029)
    assert items[0].due == "05/09/2029 (trước Lễ khai giảng)"


def test_a_trade_union_named_by_its_body_leads_its_sentence():
    found = assignment_in("Công đoàn cơ sở phối hợp Hội Cựu chiến binh thăm hỏi đoàn viên ốm đau.")
    assert found is not None and found.lead == "Công đoàn cơ sở"
    found = assignment_in("Công đoàn khoa Ngoại phối hợp Phòng Điều dưỡng tổ chức cuộc thi tay nghề.")
    assert found is not None and found.lead == "Công đoàn khoa Ngoại"
    # a production stage folds the same and is no body
    assert assignment_in("Công đoạn sơn phủ hoàn thành trước ngày 20/6/2029.") is None


def test_a_telegrams_and_an_invitations_addressees_are_no_items():
    from engine.importing.layouts.outline import outline

    telegram = """CÔNG ĐIỆN
CHỦ TỊCH UBND HUYỆN BÌNH SƠN điện:
- Giám đốc Công an huyện; Chỉ huy trưởng Ban Chỉ huy Quân sự huyện;
- Chủ tịch UBND các xã, thị trấn.
Mưa lớn kéo dài nhiều ngày làm nhiều tuyến đường bị sạt lở, ngập sâu; Chủ tịch UBND huyện yêu cầu:
1. Phòng Giao thông vận tải cắm biển cảnh báo tại các điểm sạt lở trước ngày 03/11/2029.
2. Trung tâm Y tế huyện bố trí tổ cơ động tại các xã vùng trũng trước ngày 04/11/2029.
"""
    root = outline(document_of(telegram))
    assert [(node.kind, node.text[:10]) for node in root.children] == [
        ("number", "Phòng Giao"),
        ("number", "Trung tâm "),
    ]
    invitation = """GIẤY MỜI
Giám đốc Sở Nông nghiệp và Môi trường trân trọng kính mời:
- Lãnh đạo các phòng chuyên môn thuộc Sở;
- Đại diện Chi cục Thủy lợi.
Thời gian: 14 giờ 00, ngày 09/3/2029.
Để chuẩn bị cuộc họp, đề nghị:
- Chi cục Thủy lợi chuẩn bị báo cáo tình hình hạn mặn, gửi Sở trước ngày 06/3/2029.
"""
    root = outline(document_of(invitation))
    assert [node.text[:12] for node in walk_texts(root)] == ["Chi cục Thủy"]
    # `đại diện:` folds as `điện:` does: a list of representatives is no telegram's addressees
    plan = "KẾ HOẠCH\nThành phần đoàn gồm đại diện:\n- Phòng Kinh tế rà soát hồ sơ trước ngày 05/4/2029.\n"
    assert [node.text[:11] for node in walk_texts(outline(document_of(plan)))] == ["Phòng Kinh "]


def walk_texts(root):
    from engine.importing.layouts.outline import walk

    return [node for node in walk(root) if node is not root]
