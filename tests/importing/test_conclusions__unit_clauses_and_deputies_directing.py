"""Conclusions in which one sentence gives two named units a task each in clauses parted by `;`, each
clause with a time of its own (a task per clause, prose_tasks.timed_unit_clauses), and a deputy named
by his post and his name who directs a named unit (`Phó Giám đốc Nguyễn Thị B chỉ đạo Khoa X …`: the
unit leads, prose_facts._directing_post); with their limits."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from engine.importing.layouts import conclusions
from engine.importing.layouts.prose_facts import assignment_in
from engine.importing.layouts.prose_tasks import timed_unit_clauses
from tests.importing.helpers_blocks import context_of


def test_two_units_each_with_its_own_time_are_two_clauses():
    text = (
        "Phòng Kỹ thuật lập phương án bảo trì trạm bơm, trình Giám đốc trước ngày 12/3/2029; "
        "Đội Vận hành kiểm tra van xả hằng tuần."
    )
    assert timed_unit_clauses(text) == [
        "Phòng Kỹ thuật lập phương án bảo trì trạm bơm, trình Giám đốc trước ngày 12/3/2029.",
        "Đội Vận hành kiểm tra van xả hằng tuần.",
    ]


def test_a_clause_with_no_time_of_its_own_keeps_the_sentence_whole():
    # a partner's clause, and a unit's step with the time printed only once, at the end
    assert not timed_unit_clauses(
        "Phòng Kỹ thuật lập phương án trước ngày 12/3/2029; Đội Vận hành phối hợp khảo sát hiện trường."
    )
    assert not timed_unit_clauses(
        "Phòng Kế toán lập dự toán; Văn phòng tổng hợp, trình Giám đốc trước ngày 20/3/2029."
    )
    # only a standing `thường xuyên` is no time that dates a clause
    assert not timed_unit_clauses(
        "Đội Bảo vệ tuần tra thường xuyên; Phòng Kỹ thuật sửa cổng trước ngày 20/3/2029."
    )


def test_a_paragraph_of_several_sentences_is_not_split_by_clauses():
    assert not timed_unit_clauses(
        "Phòng A rà soát hồ sơ trước ngày 12/3/2029; Phòng B in thẻ trước ngày 20/3/2029. Phòng C theo dõi."
    )


def test_a_named_deputy_directing_a_named_unit_gives_it_the_lead():
    found = assignment_in(
        "Phó Giám đốc Trần Văn Khải chỉ đạo Trung tâm Kiểm định chất lượng rà soát quy trình, trước ngày 30/5/2029."
    )
    assert found.lead == "Trung tâm Kiểm định chất lượng"
    assert found.leader == "Phó Giám đốc Trần Văn Khải"
    found = assignment_in("Phó Chủ tịch UBND xã Hà Văn Tú chỉ đạo Công an xã bảo đảm an ninh dịp lễ hội.")
    assert found.lead == "Công an xã"


def test_a_deputy_directing_every_unit_of_a_kind_leads_as_printed():
    found = assignment_in(
        "Phó Giám đốc phụ trách kỹ thuật chỉ đạo các phân xưởng kiểm tra thiết bị trước ngày 30/5/2029."
    )
    assert found.lead == "Phó Giám đốc phụ trách kỹ thuật"
    # a deputy whose words direct nothing named (`chỉ đạo quyết liệt`) gives no unit the lead
    assert assignment_in("Phó Giám đốc Trần Văn Khải chỉ đạo quyết liệt việc thu hồi nợ.") is None


NOTICE = """
THÔNG BÁO
Kết luận của Giám đốc Công ty tại cuộc họp giao ban tháng 02/2029
Ngày 28/02/2029, Giám đốc Công ty chủ trì cuộc họp giao ban; Giám đốc kết luận như sau:
1. Về sản xuất
Phòng Kỹ thuật lập phương án bảo trì trạm bơm, trình Giám đốc trước ngày 12/3/2029; Đội Vận hành kiểm tra van xả hằng tuần.
Phó Giám đốc Trần Văn Khải chỉ đạo Phòng Kinh doanh rà soát hợp đồng cấp nước, hoàn thành trước ngày 31/3/2029.
2. Về tài chính
Phòng Kế toán lập dự toán sửa chữa lớn; Văn phòng tổng hợp, trình Giám đốc trước ngày 20/3/2029.
"""


def test_a_notice_reads_each_clause_as_a_task_and_the_directed_unit_as_lead():
    found = conclusions.recognise(context_of(NOTICE))
    assert found is not None
    read = [(item.content[:24], item.lead, item.due) for item in found.items]
    assert read == [
        ("Phòng Kỹ thuật lập phươn", "Phòng Kỹ thuật", "trước ngày 12/3/2029"),
        ("Đội Vận hành kiểm tra va", "Đội Vận hành", "hằng tuần"),
        ("Phó Giám đốc Trần Văn Kh", "Phòng Kinh doanh", "trước ngày 31/3/2029"),
        ("Phòng Kế toán lập dự toá", "Phòng Kế toán", "trước ngày 20/3/2029"),
    ]
