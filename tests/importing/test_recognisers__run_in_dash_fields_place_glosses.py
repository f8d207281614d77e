"""A task's fields run in after a dash that follows its full stop (`<task>. — Chủ trì: X. — Thời gian:
Y.`, h751 and its siblings yh1–yh3), a body's place in parentheses after its name (`Chi nhánh … số 1
(tại huyện X) tiếp nhận …`), and `kiểm soát` as the verb that ends a body's name."""

import pytest

from engine.importing.build import import_document
from engine.importing.layouts.outline import inline_fields
from engine.importing.layouts.prose_facts import assignment_in, labelled_fields, subject_gloss
from engine.importing.layouts.prose_tasks import _opens_task


@pytest.mark.parametrize("dash", ["—", "–"])
def test_fields_after_a_dash_after_the_full_stop_are_the_tasks(dash):
    text = f"Ký hợp đồng với các luật sư. {dash} Chủ trì: Phòng Hành chính. {dash} Thời gian: hằng quý."
    assert inline_fields(text) == (
        "Ký hợp đồng với các luật sư.",
        f"Chủ trì: Phòng Hành chính. {dash} Thời gian: hằng quý.",
    )


def test_a_dash_after_the_full_stop_without_a_label_splits_nothing():
    assert inline_fields("Rà soát hồ sơ đất công ích của các xã. — Theo chỉ đạo của Sở.") is None


@pytest.mark.parametrize("dash", ["—", "–"])
def test_fields_on_one_line_are_split_at_an_em_or_en_dash(dash):
    text = f"Chủ trì: Phòng Nghiệp vụ 1. {dash} Phối hợp: Phòng Nghiệp vụ 2. {dash} Thời gian: tháng 6/2027."
    fields = labelled_fields(text)
    assert fields == {"lead": "Phòng Nghiệp vụ 1", "coordinating": "Phòng Nghiệp vụ 2", "due": "tháng 6/2027"}


def test_a_dash_inside_a_name_stays_where_no_label_follows_it():
    fields = labelled_fields("Chủ trì: Phòng Hành chính – Tổng hợp. — Thời hạn: 28/02/2027.")
    assert fields == {"lead": "Phòng Hành chính – Tổng hợp", "due": "28/02/2027"}


@pytest.mark.parametrize(
    "after",
    ["(tại huyện Ea Rông) tiếp nhận", "(đặt tại thị xã Hòa Lạc) kiểm tra", "(trụ sở tại phường Tân An) cấp"],
)
def test_the_place_a_body_sits_in_is_a_gloss_on_its_name(after):
    assert subject_gloss(" " + after) == " " + after[: after.index(")") + 1]


@pytest.mark.parametrize(
    "after",
    [
        "(tại kỳ họp thứ 5) thông qua",
        "(tại cơ sở) kiểm tra",
        "(phối hợp Công an xã) kiểm tra",
        "(ông Lê Văn A) ký",
    ],
)
def test_no_other_parenthesis_is_a_place_gloss(after):
    assert subject_gloss(" " + after) == ""


def test_a_task_opens_with_its_body_past_the_place_in_parentheses():
    content = "Chi nhánh Trợ giúp pháp lý số 2 (tại huyện Ea Súp) tiếp nhận yêu cầu vào thứ Năm hằng tuần."
    assert _opens_task(content, "Chi nhánh Trợ giúp pháp lý số 2")
    # (a parenthesis of anything else is no gloss: the verb is not right after the name)
    assert not _opens_task("Chi nhánh số 2 (phối hợp Công an xã) tiếp nhận yêu cầu.", "Chi nhánh số 2")


_PLAN = """# KẾ HOẠCH
## Công tác năm 2027

### II. NHIỆM VỤ

**1. Thực hiện vụ việc**

- Thụ lý vụ việc tham gia tố tụng đúng thời hạn. — *Chủ trì:* Phòng Nghiệp vụ 1. — *Thời gian:* thường xuyên.
- Tổ chức 08 đợt lưu động tại các xã. — *Chủ trì:* Phòng Nghiệp vụ 2. — *Thời gian:* hằng tháng.
- Chi nhánh số 3 (tại huyện Ea Súp) tiếp nhận yêu cầu trợ giúp pháp lý vào thứ Năm hằng tuần.
"""


def test_a_markdown_plan_reads_run_in_dash_fields_and_the_placed_branch():
    imported = import_document(_PLAN.encode(), "kh.md", units=[], year=2027)
    got = [(item.content[:20], item.lead_text, item.recurrence) for item in imported.items]
    assert got == [
        ("Thụ lý vụ việc tham ", "Phòng Nghiệp vụ 1", "ongoing"),
        ("Tổ chức 08 đợt lưu đ", "Phòng Nghiệp vụ 2", "monthly"),
        ("Chi nhánh số 3 (tại ", "Chi nhánh số 3", "weekly"),
    ]


def test_kiem_soat_ends_a_bodys_name_in_lower_case_only():
    found = assignment_in("Đội Quản lý thị trường số 2 kiểm soát hàng hóa qua cửa khẩu hằng tháng.")
    assert found is not None and found.lead == "Đội Quản lý thị trường số 2"
    found = assignment_in("Phòng Kiểm soát chi tiếp nhận hồ sơ thanh toán hằng ngày.")
    assert found is not None and found.lead == "Phòng Kiểm soát chi"
    # (patrolling and control paired in a team's name: the name's words)
    found = assignment_in("Đội Tuần tra, kiểm soát giao thông đường bộ số 2 bố trí lực lượng trên tuyến.")
    assert found is not None and found.lead == "Đội Tuần tra, kiểm soát giao thông đường bộ số 2"
