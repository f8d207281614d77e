"""A notice of conclusions and a company's plan (held-out h784 and h789, moved; siblings yv1–yv3): a
dashed department name whose two fields share their last words is read whole (`Khoa Vật lý trị liệu -
Vận động trị liệu`); a named unit's closing follow-up of every unit's carrying out (`… theo dõi, đôn
đốc các khoa, phòng thực hiện và báo cáo …`) is its item, due at the briefing's month it names; a
company's enterprises (`Các xí nghiệp, đội`) are every unit of a kind; and a condition, a basis's round
or a `thường xuyên` closing a later clause that has an object of its own says when or how that act is
done, not the task's time — with the limits where it still is."""

from engine.importing.layouts.prose_facts import EVERY_UNIT, dashed_part, due_in
from engine.importing.layouts.prose_tasks import follows_up
from engine.text import fold


def test_a_dashed_field_named_in_parallel_with_the_name_before_it_is_read_whole():
    for text, before, part in (
        ("Vận động trị liệu bố trí lại lịch tập buổi chiều", "Khoa Vật lý trị liệu", "Vận động trị liệu"),
        ("Kiểm định chất lượng rà soát bộ tiêu chí", "Phòng Quản lý chất lượng", "Kiểm định chất lượng"),
        ("Kiểm định đồng hồ kiểm tra, thay thế 350 đồng hồ", "Đội Lắp đặt đồng hồ", "Kiểm định đồng hồ"),
    ):
        assert dashed_part(text, before=before) == part


def test_a_dashed_act_sharing_no_word_or_only_a_verb_with_the_name_is_the_task():
    # (the dash opens the task itself, as before)
    assert dashed_part("Xây dựng chuyên đề ngữ văn cho khối 11", before="Tổ Ngữ văn") == ""
    assert dashed_part("Vận động trị liệu cho người bệnh sau mổ", before="Khoa Ngoại") == ""
    # (the shared word is a verb: the task's verb, not a field's word)
    assert dashed_part("Giám sát kiểm tra tổ chức việc …", before="Phòng Thanh tra kiểm tra") == ""


def test_a_units_closing_follow_up_of_every_units_carrying_out_is_its_item_due_at_the_briefing():
    text = (
        "Phòng Kế hoạch tổng hợp theo dõi, đôn đốc các khoa, phòng thực hiện và báo cáo kết quả tại "
        "giao ban tháng 02/2027."
    )
    assert follows_up(text)
    assert follows_up(
        "Phòng Kế hoạch - Nghiệp vụ theo dõi, đôn đốc các khoa, phòng triển khai thực hiện, báo cáo Giám đốc."
    )
    assert due_in(text) == "tại giao ban tháng 02/2027"


def test_a_follow_up_of_an_act_with_its_own_object_is_no_closing_follow_up():
    assert not follows_up("Phòng Kế hoạch tổng hợp theo dõi, đôn đốc các khoa thực hiện quy chế chuyên môn.")
    assert not follows_up("Các phòng theo dõi, đôn đốc các đơn vị thực hiện.")  # every unit's, no named one


def test_a_companys_enterprises_branches_and_workshops_are_every_unit_of_a_kind():
    for text in ("Các xí nghiệp, đội báo cáo …", "Các chi nhánh cấp nước …", "Các phân xưởng …"):
        assert EVERY_UNIT.match(fold(text))
    assert not EVERY_UNIT.match(fold("Xí nghiệp Cây xanh số 1 cắt tỉa …"))


def test_a_condition_closing_a_later_act_of_its_own_is_no_time():
    assert (
        due_in(
            "Ban Chỉ huy phòng chống thiên tai Công ty là cơ quan thường trực, theo dõi, đôn đốc việc thực "
            "hiện Kế hoạch; chỉ đạo ứng cứu, khắc phục cây gãy đổ khi có mưa bão."
        )
        == ""
    )
    assert due_in("Đội Sửa chữa lập phương án ứng cứu sự cố; huy động xe, máy thi công khi có sự cố.") == ""


def test_a_condition_in_the_first_clause_or_after_a_handing_on_is_the_tasks_time():
    assert due_in("Trực chỉ huy, điều hành xử lý sự cố khi có mưa bão.") == "khi có mưa bão"
    assert (
        due_in("Phòng Kế hoạch lập dự toán máy bơm; trình Giám đốc khi có đề nghị của các xí nghiệp.")
        == "khi có đề nghị của các xí nghiệp"
    )
    # (an event's period stays the task's: its days are read from the event)
    assert due_in("Hỗ trợ thí sinh; bảo đảm trật tự khu vực điểm thi trong thời gian diễn ra kỳ thi.")


def test_a_basis_round_closing_a_later_clause_is_no_time_but_a_later_acts_own_round_is():
    assert (
        due_in("Phòng Tài chính - Kế toán bảo đảm kinh phí; thanh toán theo khối lượng nghiệm thu hằng tháng")
        == ""
    )
    assert due_in("Kiểm tra hệ thống điện, bình chữa cháy; ghi sổ theo dõi hằng tuần.") == "hằng tuần"
    assert due_in("Đôn đốc nhà thầu đẩy nhanh tiến độ; kiểm tra hiện trường hằng tháng.") == "hằng tháng"
    assert due_in("Xét nghiệm chất lượng nước theo QCVN 01-1:2024/BYT hằng tuần.") == "hằng tuần"


def test_a_thuong_xuyen_closing_a_comma_clause_with_an_object_of_its_own_is_no_time():
    assert (
        due_in(
            "Khoa Khám bệnh phối hợp Phòng Công nghệ thông tin triển khai đặt lịch khám qua ứng dụng của "
            "Bệnh viện, thông tin cho người bệnh biết trên trang thông tin điện tử thường xuyên."
        )
        == ""
    )


def test_a_thuong_xuyen_after_a_list_of_acts_or_a_bare_verb_is_the_tasks_time():
    for text in (
        "Chi cục Kiểm lâm thực hiện tuần tra, kiểm soát phòng cháy rừng thường xuyên.",
        "Kiểm tra, giám sát các cơ sở kinh doanh thường xuyên.",
        "Công bố danh mục thủ tục trên Cổng thông tin điện tử, cập nhật thường xuyên.",
        "Hướng dẫn nông dân pha, phun thuốc đúng kỹ thuật, thu gom vỏ bao bì thuốc (thường xuyên).",
        "Phòng Điều dưỡng giám sát việc tuân thủ vệ sinh tay tại các khoa lâm sàng thường xuyên.",
    ):
        assert due_in(text).lower().strip("()") == "thường xuyên", text
