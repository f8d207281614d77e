"""A notice of conclusions whose points open with a run-in unit label: an office named by its number
with its field spelt out in parentheses (`Phòng 7 (Kiểm sát giải quyết các vụ, việc dân sự …):`, `Đội
4 (Quản lý nợ và cưỡng chế nợ thuế):`) — the field's verbs are the office's name — and area courts or
procuracies by their short form and numbers (`VKSND khu vực 1, 2, 3:`, `TAND khu vực 4, 5:`); an
undated charge to every deputy chief justice is no item. Held-out h657 (moved); siblings vb1, vb2."""

from types import SimpleNamespace

from engine.importing.layouts.conclusions import _leaders_charge
from engine.importing.layouts.prose_facts import unit_heading


def test_a_numbered_office_with_its_field_in_parentheses_leads_its_point():
    for text, unit, rest in (
        (
            "Phòng 4 (Kiểm sát giải quyết án hành chính, kinh doanh, thương mại): xây dựng chuyên đề "
            "trong Quý II/2030.",
            "Phòng 4 (Kiểm sát giải quyết án hành chính, kinh doanh, thương mại)",
            "xây dựng chuyên đề trong Quý II/2030.",
        ),
        (
            "Đội 3 (Quản lý, kiểm tra hộ kinh doanh): rà soát doanh thu khoán trước ngày 10/5/2030.",
            "Đội 3 (Quản lý, kiểm tra hộ kinh doanh)",
            "rà soát doanh thu khoán trước ngày 10/5/2030.",
        ),
        (
            "Phòng số 2 (Tổng hợp và theo dõi thi hành án): báo cáo Cục trưởng hằng tháng.",
            "Phòng số 2 (Tổng hợp và theo dõi thi hành án)",
            "báo cáo Cục trưởng hằng tháng.",
        ),
    ):
        assert unit_heading(text) == (unit, rest), text


def test_area_courts_and_procuracies_by_short_form_lead_their_point():
    assert unit_heading("VKSND khu vực 6, 7: tổ chức phiên tòa rút kinh nghiệm trong tháng 5/2030.") == (
        "VKSND khu vực 6, 7",
        "tổ chức phiên tòa rút kinh nghiệm trong tháng 5/2030.",
    )
    assert unit_heading("TAND khu vực 3: giải quyết dứt điểm án tồn đọng trước ngày 30/6/2030.") == (
        "TAND khu vực 3",
        "giải quyết dứt điểm án tồn đọng trước ngày 30/6/2030.",
    )


def test_near_shapes_are_not_taken_as_a_numbered_office():
    # a sentence whose verb follows the number, a note after it: no label
    assert unit_heading("Phòng 7 tổ chức hội nghị rút kinh nghiệm (Kiểm sát viên dự): trong tháng 5.") is None
    # partners noted in lower case after the number: not the field of the office's name
    found = unit_heading("Đội 2 (phối hợp Đội 4 rà soát nợ): hoàn thành trước ngày 20/5/2030.")
    assert found is None or found[0] != "Đội 2 (phối hợp Đội 4 rà soát nợ)"
    # a team by its number alone: the rule does not take it
    assert unit_heading("Đội 4: rà soát nợ thuế trước ngày 20/5/2030.") is None


def test_every_deputy_chief_justice_charged_without_a_time_is_no_task():
    item = SimpleNamespace(
        content="Các Phó Chánh án theo lĩnh vực được phân công chỉ đạo các Tòa chuyên trách thực hiện.",
        lead="",
        due="",
    )
    assert _leaders_charge(item)
