"""A dispatch whose numbered topic headings (`1. Về …`) stand over dash points that each open with the
one body doing them, its verb right after its name (`- Tổ X rà soát …`): each point is led by its
subject, the body named once in full with its short form after it (`- Tổ Quản lý thị trường số 3 (Tổ
QLTT3) kiểm tra …`) and later by the short form alone (prose_tasks `_among_subject_body_points`,
`_past_own_short_form`); a period that says which papers were already handled (`các hồ sơ đã tiếp
nhận trong năm 2026`) is not the point's deadline where another phrase prints one (prose_facts
`due_in`); `duy trì`, `số hóa`, `dự trữ` open a task (prose_facts `_TASK_VERBS`)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from engine.importing.layouts import prose_plan
from engine.importing.layouts.outline import outline, walk
from engine.importing.layouts.prose_facts import due_in, verb_follows
from engine.importing.layouts.prose_tasks import (
    _among_subject_body_points,
    _past_own_short_form,
    _subject_body,
)
from tests.importing.helpers_blocks import context_of, document_of

DISPATCH = """
Kính gửi: Các tổ thuộc Chi cục.
Để hoàn thành nhiệm vụ năm 2027, Chi cục yêu cầu các tổ thực hiện một số nội dung sau:
1. Về kiểm tra, kiểm soát thị trường
- Tổ Quản lý thị trường số 3 (Tổ QLTT3) kiểm tra các cơ sở kinh doanh thực phẩm dịp Tết, hoàn thành trước ngày 20/01/2027.
- Tổ Tổng hợp - Pháp chế đôn đốc các tổ gửi báo cáo tuần, tổng hợp báo cáo Chi cục trưởng hằng tuần vào chiều thứ Sáu.
2. Về xử lý vi phạm
- Tổ QLTT3 hoàn thiện hồ sơ các vụ việc đã kiểm tra trong năm 2026, chuyển Tổ Tổng hợp - Pháp chế trước ngày 15/01/2027.
- Tổ Quản lý thị trường số 5 phối hợp Công an xã kiểm soát hàng hóa vận chuyển qua địa bàn; thực hiện thường xuyên.
Các tổ báo cáo kết quả về Chi cục trước ngày 25/01/2027.
"""


def _lead(text, start):
    """The lead of the item whose content starts with `start` (KeyError where there is none)."""
    found = prose_plan.recognise(context_of(text))
    leads = {item.content: item.lead for item in found.items} if found else {}
    return next(lead for content, lead in leads.items() if content.startswith(start))


def test_each_dash_point_is_led_by_the_body_it_opens_with():
    assert (
        _lead(DISPATCH, "Tổ Quản lý thị trường số 3") == "Tổ Quản lý thị trường số 3"
    )  # short form left out
    assert _lead(DISPATCH, "Tổ Tổng hợp") == "Tổ Tổng hợp - Pháp chế"
    assert _lead(DISPATCH, "Tổ QLTT3") == "Tổ QLTT3"  # the short form alone, as printed
    assert (
        _lead(DISPATCH, "Tổ Quản lý thị trường số 5") == "Tổ Quản lý thị trường số 5"
    )  # its partner no lead


def _dash_points(text):
    return [node for node in walk(outline(document_of(text))) if node.kind == "dash"]


def test_the_points_of_all_the_topic_headings_are_read_as_one_run():
    points = _dash_points(DISPATCH)
    assert len(points) == 4
    assert all(_among_subject_body_points(point) for point in points)


def test_a_run_with_too_few_points_opening_with_a_body_is_not_read_that_way():
    few = DISPATCH.replace("- Tổ Tổng hợp - Pháp chế đôn đốc", "- Đôn đốc").replace(
        "- Tổ QLTT3 hoàn thiện", "- Hoàn thiện"
    )
    assert not any(_among_subject_body_points(point) for point in _dash_points(few))
    # three of its four fellows opening with a body, but a fourth and a fifth point that do not: below the share
    more = DISPATCH.replace("Các tổ báo cáo", "- Rà soát hồ sơ.\n- Lập danh sách.\nCác tổ báo cáo")
    assert not _among_subject_body_points(_dash_points(more)[0])


def test_results_told_in_the_past_are_no_such_run():
    told = (
        DISPATCH.replace("(Tổ QLTT3) kiểm tra", "(Tổ QLTT3) đã kiểm tra")
        .replace("Pháp chế đôn đốc", "Pháp chế đã đôn đốc")
        .replace("Tổ QLTT3 hoàn thiện", "Tổ QLTT3 đã hoàn thiện")
    )
    assert not any(_among_subject_body_points(point) for point in _dash_points(told))


def test_only_the_names_own_short_form_is_passed_over():
    name = "Tổ Quản lý thị trường số 3"
    assert _past_own_short_form(" (Tổ QLTT3) kiểm tra …", name) == " kiểm tra …"
    assert _past_own_short_form(" (sau đây gọi tắt là Tổ QLTT3) kiểm tra …", name) == " kiểm tra …"
    assert _past_own_short_form(" (Công an xã) kiểm tra …", name) == " (Công an xã) kiểm tra …"
    assert _subject_body(f"{name} (Công an xã) kiểm tra các cơ sở.") is None  # a partner, not its name


def test_a_period_of_papers_already_handled_is_not_the_deadline():
    assert (
        due_in("giải quyết các hồ sơ đã tiếp nhận trong năm 2026, xong trước ngày 20/12/2026.")
        == "trước ngày 20/12/2026"
    )
    # alone it is the only time printed; and a period that is the work's own stays its due
    assert due_in("giải quyết các hồ sơ đã tiếp nhận trong năm 2026.") == "trong năm 2026"
    assert (
        due_in("đa dạng hóa trong năm 2026 các hình thức, báo cáo trước ngày 20/12/2026.") == "trong năm 2026"
    )


def test_keeping_up_digitising_and_stocking_are_task_verbs_but_a_reserve_body_is_a_name():
    assert verb_follows("duy tri truc phong chay")
    assert verb_follows("so hoa cac luan van")
    assert verb_follows("du tru du thuoc")
    assert not verb_follows("du tru nha nuoc khu vuc")  # `Cục Dự trữ Nhà nước …`: a body's name
    assert not verb_follows("du tru quoc gia")  # `hàng dự trữ quốc gia`: goods
