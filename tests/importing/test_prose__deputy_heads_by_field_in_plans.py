"""A plan that gives points to the issuer's deputy head by the field in his charge, the holder noted in
parentheses by a courtesy word or by his rank (`Phó Trưởng phòng phụ trách công tác nghiệp vụ (Trung tá
…) chỉ đạo …`; `2. Phó Trưởng ban phụ trách trật tự, vệ sinh (ông …)` as a label over lettered points):
the post with its field leads, without the holder. With it, the dues such plans print: goods' sales of
the months named (`bán hàng tháng 01 và tháng 02/2027`) are no monthly round; rounds listed after their
count (`(02 đợt: tháng 5 và tháng 10/2027)`) end with the last; an occasion's second day (`dịp Lễ 30/4
và 01/5`) yields to a deadline the sentence prints; a dashed act printed again as the verb closes the
name (`Bộ phận Kế toán - Thu phí thu phí …`); and in a typed text a point's next clause wrapped under
its `;` is the point's. Held-out h760 and h772 (moved); siblings yn1–yn3. So rounds listed after
their count outside parentheses (`hai đợt: tháng 3 và tháng 5/2027`) and a day printed for each
numbered round (`đợt 1 ngày …, đợt 2 ngày …`): the last one (h863; siblings wg1–wg3)."""

from engine.deadlines.parsing import parse_due
from engine.importing.layouts.outline import _point_clause_on
from engine.importing.layouts.prose_facts import (
    _post_in_charge,
    assignment_in,
    due_in,
    holder_after_post,
    unit_heading,
)
from engine.importing.layouts.prose_tasks import _subject_body


def test_a_deputy_head_by_his_field_opening_a_point_leads_past_his_rank_and_name():
    for text, post in (
        (
            "Phó Trưởng phòng phụ trách công tác nghiệp vụ (Trung tá Vũ Đình K) chỉ đạo củng cố mạng lưới "
            "cơ sở; sơ kết trước ngày 15/6/2029.",
            "Phó Trưởng phòng phụ trách công tác nghiệp vụ",
        ),
        (
            # (a field a list reads as acts, held by the note after it)
            "Phó Trưởng phòng phụ trách công tác tuần tra, kiểm soát (Thượng tá Lê Quang M) chỉ đạo xây "
            "dựng phương án phân luồng.",
            "Phó Trưởng phòng phụ trách công tác tuần tra, kiểm soát",
        ),
        (
            "Phó Đội trưởng phụ trách địa bàn (Đại úy Hồ Văn N) kiểm tra các cơ sở kinh doanh karaoke.",
            "Phó Đội trưởng phụ trách địa bàn",
        ),
    ):
        found = _subject_body(text)
        assert found is not None and found.lead == post, text
        assert assignment_in(text).lead == post, text


def test_a_holders_note_is_read_past_only_after_a_post_by_its_field():
    assert holder_after_post(
        " (Trung tá Vũ Đình K) chỉ đạo …", "Phó Trưởng phòng phụ trách công tác nghiệp vụ"
    )
    assert holder_after_post(" (ông Lê Văn S) kiểm tra …", "Phó Trưởng ban phụ trách trật tự")
    # after a body's name a person in parentheses is no gloss of it
    assert holder_after_post(" (Trung tá Vũ Đình K) chỉ đạo …", "Đội Tổng hợp") == ""
    # a rank with no name after it, or no rank at all, is no holder's note
    assert holder_after_post(" (Trung tá) chỉ đạo …", "Phó Trưởng phòng phụ trách công tác nghiệp vụ") == ""
    assert (
        holder_after_post(" (thường trực) chỉ đạo …", "Phó Trưởng phòng phụ trách công tác nghiệp vụ") == ""
    )


def test_the_holders_note_bounds_the_field_only_with_no_stop_before_it():
    text = "Phó Trưởng phòng phụ trách công tác tuần tra, kiểm soát (Thượng tá Lê Quang M) chỉ đạo …"
    assert (
        _post_in_charge(text, "Phó Trưởng phòng") == "Phó Trưởng phòng phụ trách công tác tuần tra, kiểm soát"
    )
    # a note after a later clause bounds nothing: the field ends where it did
    text = "Phó Trưởng phòng phụ trách an ninh chỉ đạo rà soát; báo cáo (ông Lê Văn T) sau đó."
    assert _post_in_charge(text, "Phó Trưởng phòng") == "Phó Trưởng phòng phụ trách an ninh"


def test_a_bare_label_of_a_post_by_his_field_heads_the_points_below_it():
    for label, post in (
        (
            "Phó Trưởng ban phụ trách trật tự, vệ sinh (ông Lê Văn S)",
            "Phó Trưởng ban phụ trách trật tự, vệ sinh",
        ),
        (
            "Phó Đội trưởng phụ trách công tác chữa cháy (Đại úy Phan Văn L)",
            "Phó Đội trưởng phụ trách công tác chữa cháy",
        ),
        ("Phó Trưởng ban phụ trách điều hành", "Phó Trưởng ban phụ trách điều hành"),
    ):
        assert unit_heading(label) == (post, ""), label


def test_a_label_going_on_past_the_field_or_without_a_field_is_not_this_rule():
    # a sentence: the post and a task after it
    found = unit_heading("Phó Trưởng phòng phụ trách an ninh chỉ đạo rà soát các cơ sở")
    assert found is None or found[0] != "Phó Trưởng phòng phụ trách an ninh chỉ đạo rà soát các cơ sở"
    # a post with no field in its charge
    assert unit_heading("Phó Trưởng ban (ông Lê Văn S)") != ("Phó Trưởng ban", "")
    # a field past the words a post's field may have, with no holder noted to bound it
    assert unit_heading("Phó Trưởng ban phụ trách công tác quản lý hộ kinh doanh và thu phí chợ") is None


def test_goods_of_the_months_named_are_no_monthly_round():
    text = "Tổ Tài vụ đối chiếu doanh thu bán hàng tháng 12/2026 và tháng 01/2027 của các ki-ốt;"
    assert due_in(text) == ""
    assert parse_due("bán hàng tháng 01 và tháng 02/2027", year=2027).recurrence is None
    assert parse_due("bán hàng tháng 3 - 4/2027", year=2027).recurrence is None
    # a round with a count after it, or alone, is still monthly
    assert parse_due("hằng tháng 02 lần", year=2027).recurrence == "monthly"
    assert due_in("Báo cáo kết quả hàng tháng.") == "hàng tháng"
    assert due_in("Báo cáo hằng tháng, trước ngày 05.") == "hằng tháng"


def test_rounds_listed_after_their_count_end_with_the_last_one():
    assert (
        parse_due(
            due_in("Kiểm tra các doanh nghiệp (02 đợt: tháng 5 và tháng 10/2027); Đội X chủ trì."), year=2027
        ).date.isoformat()
        == "2027-10-31"
    )
    assert (
        parse_due(
            due_in("Thực tập phương án (02 lần: tháng 6 và tháng 11/2027)."), year=2027
        ).date.isoformat()
        == "2027-11-30"
    )
    assert (
        parse_due(due_in("Kiểm tra (03 đợt: tháng 3, tháng 6 và tháng 9/2027)."), year=2027).date.isoformat()
        == "2027-09-30"
    )
    # a count of rounds alone is no time
    assert due_in("Kiểm tra các doanh nghiệp (02 đợt).") == ""


def test_rounds_listed_after_their_count_outside_parentheses_end_with_the_last_one():
    # the count in words or figures, a colon, the months and the year closing them (h863, wg1–wg3)
    text = "Tổ chức thi thử tốt nghiệp cho học viên lớp 12 hai đợt: tháng 3 và tháng 5/2027 (Phòng Khảo thí)."
    assert due_in(text) == "tháng 3 và tháng 5/2027"
    assert parse_due(due_in(text), year=2027).date.isoformat() == "2027-05-31"
    assert due_in("Diễn tập phương án 03 lần: tháng 4, tháng 8 và tháng 11/2027.") == (
        "tháng 4, tháng 8 và tháng 11/2027"
    )
    # months with no year after the count: no list read
    assert due_in("Diễn tập phương án hai lần: tháng 4 và tháng 8.") == ""


def test_a_day_printed_for_each_numbered_round_is_a_time_read_at_the_last():
    text = "Mở 04 lớp kỹ năng số; khai giảng đợt 1 ngày 08/3/2027, đợt 2 ngày 06/9/2027. Giao Phòng X."
    assert due_in(text) == "ngày 06/9/2027"
    assert due_in("Tập huấn lần 1 ngày 10/4/2027 và lần 2 ngày 15/10/2027.") == "ngày 15/10/2027"
    # a day with no numbered round before it stays a date of record
    assert due_in("Mở 04 lớp; khai giảng 02 đợt ngày 08/3/2027. Giao Phòng X thực hiện.") == ""


def test_an_occasions_second_day_yields_to_the_sentences_own_deadline():
    text = (
        "Chỉ đạo xây dựng phương án phân luồng dịp Lễ 30/4 và 01/5; trình Lãnh đạo Phòng trước ngày "
        "10/4/2027."
    )
    assert due_in(text) == "trước ngày 10/4/2027"
    # with no deadline of its own the task is done over the occasion: its last day, as before
    assert due_in("Tăng cường tuần tra, bảo đảm an ninh trật tự dịp lễ 30/4 và 01/5.") == "01/5"
    # a range's end after the occasion stays a deadline
    assert due_in("Trực bảo đảm an ninh từ dịp 30/4 đến ngày 15/5/2027.") != ""


def test_a_points_next_clause_wrapped_under_its_semicolon_is_the_points():
    point = "5. Bộ phận Kế toán thu phí dịch vụ tháng 01 trước Tết;"
    assert _point_clause_on(point, point, "lập báo cáo thu chi quý I trước ngày 05/4/2027.")
    # not under a plain paragraph, nor under a colon, nor a line opening with a capital or a mark
    plain = "Kinh phí thực hiện từ nguồn thu phí;"
    assert not _point_clause_on(plain, plain, "lập báo cáo thu chi quý I.")
    colon = "5. Bộ phận Kế toán thực hiện:"
    assert not _point_clause_on(colon, colon, "thu phí dịch vụ tháng 01;")
    assert not _point_clause_on(point, point, "Lập báo cáo thu chi quý I.")
    assert not _point_clause_on(point, point, "a) lập báo cáo thu chi quý I.")


def test_a_dashed_act_printed_again_as_the_verb_closes_the_name():
    for text, name in (
        (
            "Bộ phận Kế toán - Thu phí thu phí dịch vụ diện tích bán hàng trước Tết.",
            "Bộ phận Kế toán - Thu phí",
        ),
        ("Tổ Nghiệp vụ - Giám sát giám sát việc thu phí tại các chợ.", "Tổ Nghiệp vụ - Giám sát"),
        ("Phòng Hành chính - Tổng hợp tổng hợp báo cáo tháng.", "Phòng Hành chính - Tổng hợp"),
    ):
        assert assignment_in(text).lead == name, text
    # an act that another verb follows is the task, not the name's (as before)
    assert assignment_in("Bộ phận Kế toán - Thu phí thực hiện thu phí dịch vụ.").lead == "Bộ phận Kế toán"
