"""A sentence's subject and time (prose_facts): verbs of field work end a unit's name, a named Day
with its day in parentheses is when the task is done, and an office named by its fields in lower
case, closed by `và`, keeps a field that opens with a verb; a list of such fields not closed by `và`
runs to the sentence's verb."""

from engine.importing.layouts.prose_facts import assignment_in, due_in


def test_a_verb_of_field_work_ends_the_units_name():
    found = assignment_in(
        "Ban Quản lý các bến xe vận chuyển hành khách tồn đọng về bến phụ, điều phối xe buýt."
    )
    assert found is not None and found.lead == "Ban Quản lý các bến xe"
    found = assignment_in("Tổ dân phố số 7 nạo vét, khơi thông rãnh thoát nước dọc đường Trần Phú.")
    assert found is not None and found.lead == "Tổ dân phố số 7"
    found = assignment_in(
        "Ban Quản lý các khu di tích thu gom rác thải quanh đền, chùa sau lễ hội; hằng tuần."
    )
    assert found is not None and found.lead == "Ban Quản lý các khu di tích"


def test_an_advisers_name_keeps_its_van_chuyen():
    found = assignment_in("Trung tâm Tư vấn chuyển giao công nghệ chủ trì thẩm định hồ sơ.")
    assert found is not None and found.lead == "Trung tâm Tư vấn chuyển giao công nghệ"


def test_a_named_day_with_its_day_in_parentheses_is_the_due():
    text = (
        "Thư viện huyện tổ chức trưng bày sách lưu động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam"
        " (ngày 21/4/2029)."
    )
    assert due_in(text) == "ngày 21/4/2029"
    text = "Hội Cựu chiến binh xã ra quân trồng cây nhân dịp Ngày Quốc phòng toàn dân (ngày 22/12/2028)."
    assert due_in(text) == "ngày 22/12/2028"


def test_a_day_only_written_or_an_occasions_date_stays_no_due():
    # a date of record after a day not named; an occasion's bare date (`nhân dịp 2/9`)
    assert due_in("Hội Phụ nữ xã thăm hỏi các hộ khó khăn nhân dịp tết (ngày 05/02/2029).") == ""
    assert due_in("Công đoàn cơ sở tặng quà đoàn viên nhân dịp 2/9.") == ""


def test_an_office_named_by_lower_case_fields_closed_by_va_keeps_a_field_opening_with_a_verb():
    found = assignment_in(
        "Phòng Nghiệp vụ, thẩm định và theo dõi thi hành án hành chính gửi danh sách hồ sơ tồn đọng"
        " trước ngày 20/5."
    )
    assert found is not None and found.lead == "Phòng Nghiệp vụ, thẩm định và theo dõi thi hành án hành chính"
    found = assignment_in(
        "Phòng Thanh tra, giám sát và xử lý sau kiểm tra tổng hợp kiến nghị chưa thực hiện."
    )
    assert found is not None and found.lead == "Phòng Thanh tra, giám sát và xử lý sau kiểm tra"


def test_a_subject_followed_by_two_verbs_after_va_is_no_office_of_fields():
    found = assignment_in("Trung tâm Y tế, kiểm tra và tổ chức tập huấn cho cán bộ trạm y tế xã.")
    assert found is not None and found.lead == "Trung tâm Y tế"
    found = assignment_in("Phòng Nội vụ chủ trì, phối hợp các phòng và tổ chức hội nghị tổng kết.")
    assert found is not None and found.lead == "Phòng Nội vụ"


def test_an_office_named_by_lower_case_fields_not_closed_by_va_runs_to_the_sentences_verb():
    found = assignment_in(
        "Phòng Thanh tra, xử lý đơn thư, tiếp công dân tổng hợp kết quả tiếp dân quý I trước ngày 05/4."
    )
    assert found is not None and found.lead == "Phòng Thanh tra, xử lý đơn thư, tiếp công dân"
    found = assignment_in("Đội Điều tra, xử lý tội phạm, ma túy tổ chức truy quét các tụ điểm.")
    assert found is not None and found.lead == "Đội Điều tra, xử lý tội phạm, ma túy"

    # `chủ trì` where the last field's words end is the sentence's verb
    found = assignment_in("Phòng Thanh tra, kiểm tra, pháp chế chủ trì, phối hợp Văn phòng rà soát quy chế.")
    assert found is not None and found.lead == "Phòng Thanh tra, kiểm tra, pháp chế"
    assert found.coordinating == "Văn phòng"


def test_a_field_opening_with_a_verb_last_is_the_sentences_own_act():
    # `…, tổng hợp số liệu báo cáo …`: the words after the comma are the subject's acts, no field
    found = assignment_in("Phòng Nội vụ, tổng hợp số liệu báo cáo Ủy ban nhân dân huyện.")
    assert found is not None and found.lead == "Phòng Nội vụ"
    # a word of assignment opening the field after the comma: a clause of the sentence
    found = assignment_in("Phòng Tài chính, phối hợp Kho bạc Nhà nước huyện đối chiếu số dư tạm ứng.")
    assert found is not None and found.lead == "Phòng Tài chính"


def test_the_day_of_the_tasks_own_activity_closing_its_sentence_is_the_due():
    # `…, trưng bày ngày 22/01.`: the activity's verb right before the day, the day ending the sentence
    text = "Hướng dẫn học sinh lớp 10A2 hoàn thiện sản phẩm dự án, trưng bày ngày 22/01."
    assert due_in(text) == "ngày 22/01"
    assert due_in("Câu lạc bộ Tiếng Anh chuẩn bị tiết mục; tổ chức vào ngày 15/3") == "vào ngày 15/3"


def test_a_day_inside_a_clause_or_after_another_verb_stays_a_date_of_record():
    assert due_in("Triển khai theo Công văn số 12/SGDĐT ngày 05/01/2027.") == ""
    assert due_in("Hoàn thiện sản phẩm, trưng bày ngày 22/01 tại thư viện trường.") == ""
    assert due_in("Hoàn thiện hồ sơ học sinh, nhận ngày 22/01.") == ""
