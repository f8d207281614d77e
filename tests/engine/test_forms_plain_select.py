"""engine.forms.PlainSelect writes the same HTML as Django's template-rendered select (the list page's
filter and bulk forms use it): options, groups, the selected one, attributes, escaping."""

import pytest
from django import forms

from engine.forms import BulkActionForm, PlainSelect, WorkItemFilterForm

CHOICES = [
    ("", "Tất cả đơn vị"),
    (1, 'Phòng <Quản lý> & "Khoa học"'),
    (2, "Phòng Chuyển đổi số"),
    ("Nhóm 'a'", [(3, "Ba"), ("x&y", "Bốn")]),
]


@pytest.mark.parametrize("value", [None, "", 1, "2", 3, "x&y", ["1", "3"]])
@pytest.mark.parametrize(
    "attrs", [None, {"id": "id_unit"}, {"id": "a&b", "required": True, "disabled": False, "data-x": '"q"'}]
)
def test_the_same_html_as_djangos_select(value, attrs):
    plain = PlainSelect(choices=CHOICES).render("unit", value, attrs)
    django = forms.Select(choices=CHOICES).render("unit", value, attrs)
    assert plain == django


@pytest.mark.django_db
def test_the_list_pages_forms_render_as_before(world):
    def both(form):
        plain = {
            name: str(form[name]) for name, field in form.fields.items() if type(field.widget) is PlainSelect
        }
        for field in form.fields.values():
            if type(field.widget) is PlainSelect:
                field.widget.__class__ = forms.Select
        return plain, {name: str(form[name]) for name in plain}

    from engine.models import Unit

    units = Unit.objects.filter(organisation=world.org)
    for data in (None, {"scope": "all", "state": "reported", "unit": str(world.unit_a.pk)}):
        plain, django = both(WorkItemFilterForm(data, units=units))
        assert set(plain) == {"scope", "state", "status", "unit"} and plain == django
    plain, django = both(BulkActionForm(user=world.head_a, offered=["delegate", "accept"]))
    assert set(plain) == {"action", "assignee"} and plain == django
    assert 'value="' in plain["assignee"] and "</option>" in plain["assignee"]
