"""A due before a ceremony with no days counted (`trước Lễ khai giảng`) is the ceremony's day, dated
where the text prints it verb first (`tổ chức Lễ khai giảng … vào ngày …`); a trade union named by the
body it serves (`Công đoàn cơ sở`, `Công đoàn khoa Ngoại`) opens a sentence as its subject."""

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
