"""The import pages: upload, progress, preview, unit picker, row edits, confirm; who may use them."""

import io
import zipfile
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from engine.models import AuditEvent, Programme, ProgrammeImport, Unit, UnitAlias, WorkItem, WorkItemUnit
from engine.services import import_staging
from engine.services.programmes import programme_submit

PROGRAMME = """CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026
STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian
1\tTổ chức hội đồng tuyển chọn nhiệm vụ\tPhòng Quản lý Khoa học\tPhòng CĐS\tTháng 03
2\tXây dựng kế hoạch chuyển đổi số\tPhòng CĐS\t\tQuý II
3\tRà soát quy trình nội bộ\tPhòng Hành chính Tổng hợp\t\tTheo kế hoạch của UBND tỉnh
4\tBáo cáo tình hình thực hiện\tPhòng Quản lý Công nghệ\tPhòng Hành chính Tổng hợp\tThường xuyên
""".encode()
UNKNOWN = "Phòng Hành chính Tổng hợp"


@pytest.fixture(autouse=True)
def _eager_and_english(client):
    """The parse runs in-process (as without a broker), also when REDIS_URL points at a broker;
    pages in English (the Vietnamese catalogue is checked by the last test and tests/test_i18n.py)."""
    from django.utils import translation

    from config.celery import app

    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    client.cookies["django_language"] = "en"  # the switcher's choice (the browser's is ignored)
    with translation.override("en"):
        yield
    app.conf.task_always_eager = eager


def _upload(client, capture, data=PROGRAMME, name="ct-2026.txt", year=""):
    with capture(execute=True):
        return client.post(
            reverse("programme_import_upload"), {"file": SimpleUploadedFile(name, data), "year": year}
        )


@pytest.fixture
def staged(world, client, django_capture_on_commit_callbacks):
    client.force_login(world.secretariat)
    response = _upload(client, django_capture_on_commit_callbacks)
    staged = ProgrammeImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("programme_import_detail", args=[staged.pk])
    return staged


def _row(staged, ref):
    staged.refresh_from_db()
    return next(row for row in staged.rows if row["ref"] == ref)


# --- permissions -----------------------------------------------------------------------


@pytest.mark.parametrize("who", ["head_a", "director", "staff_a", "director_x"])
def test_upload_page_is_refused_to_everyone_but_the_secretariat(world, client, who):
    client.force_login(getattr(world, who))
    assert client.get(reverse("programme_import_upload")).status_code == 403


def test_secretariat_sees_the_upload_page_linked_from_the_programme_list(world, client):
    client.force_login(world.secretariat)
    assert reverse("programme_import_upload") in client.get(reverse("programme_list")).content.decode()
    assert client.get(reverse("programme_import_upload")).status_code == 200
    client.force_login(world.head_a)
    assert reverse("programme_import_upload") not in client.get(reverse("programme_list")).content.decode()


@pytest.mark.parametrize("who", ["head_a", "director"])
def test_staged_import_refused_to_unit_head_and_director_of_the_same_org(world, staged, client, who):
    client.force_login(getattr(world, who))
    assert client.get(reverse("programme_import_detail", args=[staged.pk])).status_code == 403
    assert client.post(reverse("programme_import_confirm", args=[staged.pk])).status_code == 403
    assert not Programme.objects.filter(source_sha256=staged.sha256).exists()


def test_staged_import_of_another_org_is_not_found_for_its_secretariat(world, staged, client):
    client.force_login(world.secretariat_x)
    assert client.get(reverse("programme_import_detail", args=[staged.pk])).status_code == 404
    response = client.post(
        reverse("programme_import_unit_pick", args=[staged.pk]),
        {"spelling": UNKNOWN, "unit": world.unit_x.pk},
    )
    assert response.status_code == 404


# --- upload, progress, preview -----------------------------------------------------------


def test_preview_shows_every_row_with_problems_counted_and_highlighted(world, staged, client):
    assert staged.status == ProgrammeImport.Status.READY and staged.progress == 100
    assert len(staged.rows) == 4 and staged.unresolved_units == [UNKNOWN]
    response = client.get(reverse("programme_import_detail", args=[staged.pk]))
    html = response.content.decode()
    assert html.count('class="import-problem"') == 2  # row 3 (no lead, unknown, date) and 4 (unknown)
    assert 'data-testid="problem-count">2<' in html
    assert "Tổ chức hội đồng tuyển chọn nhiệm vụ" in html and "31/03/2026" in html
    assert "“Quý II”" in html and "30/06/2026" in html
    assert "line 5" in html  # the source line of row 3
    assert f'data-spelling="{UNKNOWN}"' in html
    only = client.get(
        reverse("programme_import_detail", args=[staged.pk]), {"problems": "1"}
    ).content.decode()
    assert "Xây dựng kế hoạch chuyển đổi số" not in only and "Rà soát quy trình nội bộ" in only


def test_preview_reads_a_bounded_number_of_queries(world, staged, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        client.get(reverse("programme_import_detail", args=[staged.pk]))


def test_parse_runs_outside_the_request_and_the_page_polls_its_progress(world, client):
    client.force_login(world.secretariat)
    # Without running the on-commit callback, the parse stays queued: what a worker would pick up.
    client.post(reverse("programme_import_upload"), {"file": SimpleUploadedFile("ct.txt", PROGRAMME)})
    staged = ProgrammeImport.objects.get()
    assert staged.status == ProgrammeImport.Status.PARSING
    html = client.get(reverse("programme_import_detail", args=[staged.pk])).content.decode()
    assert 'hx-trigger="every 1s"' in html and reverse("programme_import_progress", args=[staged.pk]) in html
    seen = []
    import_staging.PROGRESS_EVERY_SECONDS = 0
    try:
        from engine.importing import build

        original = build.build_items

        def spy(*args, **kwargs):
            seen.append(ProgrammeImport.objects.get(pk=staged.pk).progress)
            return original(*args, **kwargs)

        build.build_items = spy
        from engine.tasks import programme_import_parse_task

        assert programme_import_parse_task.delay(staged.pk).get() == "ready"
    finally:
        build.build_items = original
        import_staging.PROGRESS_EVERY_SECONDS = 0.3
    assert seen and 0 < seen[0] < 100  # the reader's progress was saved before the rows were built
    response = client.get(reverse("programme_import_progress", args=[staged.pk]), HTTP_HX_REQUEST="true")
    assert response["HX-Redirect"] == reverse("programme_import_detail", args=[staged.pk])


# --- unit picker --------------------------------------------------------------------------


def test_unit_picker_applies_to_every_row_remembers_the_alias_and_audits(world, staged, client):
    response = client.post(
        reverse("programme_import_unit_pick", args=[staged.pk]),
        {"spelling": UNKNOWN, "unit": world.unit_c.pk},
    )
    assert response.status_code == 302
    assert [u["id"] for u in _row(staged, "3")["lead_units"]] == [world.unit_c.pk]
    row4 = _row(staged, "4")
    assert row4["lead_units"][0]["id"] == world.unit_c.pk and row4["coordinating_units"] == []
    assert staged.unresolved_units == []
    alias = UnitAlias.objects.get(organisation=world.org, alias=UNKNOWN)
    assert alias.unit == world.unit_c
    assert AuditEvent.objects.filter(verb="unit_alias.remember", actor=world.secretariat).count() == 1


def test_the_remembered_alias_resolves_the_next_import(
    world, staged, client, django_capture_on_commit_callbacks
):
    client.post(
        reverse("programme_import_unit_pick", args=[staged.pk]),
        {"spelling": UNKNOWN, "unit": world.unit_b.pk},
    )
    _upload(client, django_capture_on_commit_callbacks, data=PROGRAMME.replace(b"2026", b"2027"))
    second = ProgrammeImport.objects.exclude(pk=staged.pk).get()
    assert second.unresolved_units == []
    assert [u["id"] for u in _row(second, "3")["lead_units"]] == [world.unit_b.pk]


def test_a_body_the_organisation_lacks_becomes_a_new_unit_from_the_picker(world, staged, client):
    page = client.get(reverse("programme_import_detail", args=[staged.pk])).content.decode()
    assert 'data-testid="create-unit"' in page
    before = Unit.objects.filter(organisation=world.org).count()
    response = client.post(
        reverse("programme_import_unit_pick", args=[staged.pk]),
        {"spelling": UNKNOWN, "unit": "", "create": "1"},
    )
    assert response.status_code == 302
    unit = Unit.objects.get(organisation=world.org, name=UNKNOWN)
    assert Unit.objects.filter(organisation=world.org).count() == before + 1 and unit.kind == "division"
    assert [u["id"] for u in _row(staged, "3")["lead_units"]] == [unit.pk]
    assert staged.unresolved_units == []
    assert UnitAlias.objects.get(organisation=world.org, alias=UNKNOWN).unit == unit
    assert AuditEvent.objects.filter(
        verb="unit.create", actor=world.secretariat, object_id=str(unit.pk)
    ).exists()
    # Created once: a second press finds no row printing the spelling and creates nothing.
    client.post(
        reverse("programme_import_unit_pick", args=[staged.pk]),
        {"spelling": UNKNOWN, "unit": "", "create": "1"},
    )
    assert Unit.objects.filter(organisation=world.org).count() == before + 1


def test_the_picker_without_a_unit_or_create_changes_nothing(world, staged, client):
    response = client.post(
        reverse("programme_import_unit_pick", args=[staged.pk]), {"spelling": UNKNOWN, "unit": ""}
    )
    assert response.status_code == 302
    assert _row(staged, "3")["lead_units"] == [] and not UnitAlias.objects.filter(alias=UNKNOWN).exists()


def test_unit_of_another_organisation_cannot_be_picked(world, staged, client):
    client.post(
        reverse("programme_import_unit_pick", args=[staged.pk]),
        {"spelling": UNKNOWN, "unit": world.unit_x.pk},
    )
    assert not UnitAlias.objects.filter(alias=UNKNOWN).exists()
    assert _row(staged, "3")["lead_units"] == []


# --- row edits -----------------------------------------------------------------------------


def test_row_edit_inline_saves_and_recounts(world, staged, client):
    row = _row(staged, "3")
    form = client.get(
        reverse("programme_import_row_edit", args=[staged.pk, row["id"]]), HTTP_HX_REQUEST="true"
    )
    assert (
        'hx-post="{}"'.format(reverse("programme_import_row", args=[staged.pk, row["id"]]))
        in form.content.decode()
    )
    response = client.post(
        reverse("programme_import_row", args=[staged.pk, row["id"]]),
        {
            "content": "Rà soát, sửa đổi quy trình nội bộ",
            "lead_units": [world.unit_a.pk],
            "coordinating_units": [world.unit_b.pk, world.unit_a.pk],
            "leader": world.deputy.pk,
            "due_text": "Theo kế hoạch của UBND tỉnh",
            "due_date": "15/09/2026",
        },
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert 'hx-swap-oob="true"' in html and 'data-testid="problem-count">1<' in html
    row = _row(staged, "3")
    assert row["content"] == "Rà soát, sửa đổi quy trình nội bộ"
    assert [u["id"] for u in row["lead_units"]] == [world.unit_a.pk]
    assert [u["id"] for u in row["coordinating_units"]] == [world.unit_b.pk]
    assert row["leader_id"] == world.deputy.pk and row["due_date"] == "2026-09-15"
    assert not row["due_needs_review"] and row["unresolved_lead"] == []


def test_a_due_date_outside_the_programme_period_is_warned_not_refused(world, staged, client):
    row = _row(staged, "3")
    url = reverse("programme_import_row", args=[staged.pk, row["id"]])
    data = {"content": row["content"], "lead_units": [world.unit_a.pk], "due_text": ""}
    inside = client.post(url, {**data, "due_date": "31/12/2026"}, HTTP_HX_REQUEST="true").content.decode()
    assert 'data-warning="due-outside"' not in inside
    html = client.post(url, {**data, "due_date": "15/01/2027"}, HTTP_HX_REQUEST="true").content.decode()
    assert "outside the programme" in html and 'data-warning="due-outside"' in html
    assert _row(staged, "3")["due_date"] == "2027-01-15"  # saved: the secretariat may mean it
    page = client.get(reverse("programme_import_detail", args=[staged.pk])).content.decode()
    assert page.count('data-warning="due-outside"') == 1


def test_the_import_preview_warns_of_a_printed_date_outside_the_period():
    from engine.importing.build import build_items
    from engine.importing.model import RawItem, RawProgramme
    from engine.importing.units import UnitResolver

    raw = RawProgramme(
        layout="columns",
        title="Chương trình công tác năm 2026",
        kind="year",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        items=[
            RawItem(content="Tổng kết", line=7, due="15/01/2027"),
            RawItem(content="Sơ kết", line=8, due="30/06/2026"),
        ],
    )
    _items, _unresolved, warnings = build_items(raw, UnitResolver([]), [])
    outside = [w for w in warnings if "outside the programme" in w.message]
    assert [w.line for w in outside] == [7]
    assert "15/01/2027" in outside[0].message and "01/01/2026–31/12/2026" in outside[0].message


def test_a_changed_due_text_is_read_again(world, staged, client):
    row = _row(staged, "2")
    client.post(
        reverse("programme_import_row", args=[staged.pk, row["id"]]),
        {
            "content": row["content"],
            "lead_units": [world.unit_b.pk],
            "due_text": "Quý III",
            "due_date": "30/06/2026",
        },
    )
    assert _row(staged, "2")["due_date"] == "2026-09-30"


def test_row_edit_errors_name_the_row_and_the_field(world, staged, client):
    row = _row(staged, "1")
    response = client.post(
        reverse("programme_import_row", args=[staged.pk, row["id"]]),
        {"content": "  ", "lead_units": [world.unit_a.pk], "due_date": "31/02/2026"},
    )
    html = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in html
    assert "row 1 (line 3), Content:" in html and "row 1 (line 3), Due date:" in html
    assert _row(staged, "1")["content"] == "Tổ chức hội đồng tuyển chọn nhiệm vụ"


def test_delete_row(world, staged, client):
    row = _row(staged, "3")
    response = client.post(reverse("programme_import_row_delete", args=[staged.pk, row["id"]]))
    assert 'data-testid="problem-count">1<' in response.content.decode()
    staged.refresh_from_db()
    assert [r["ref"] for r in staged.rows] == ["1", "2", "4"]


# --- confirm -------------------------------------------------------------------------------


def test_confirm_is_refused_while_a_row_has_no_lead_unit(world, staged, client):
    response = client.post(reverse("programme_import_confirm", args=[staged.pk]), follow=True)
    assert "1 rows have no lead unit" in response.content.decode()
    assert "row 3 (line 5)" in response.content.decode()
    assert not Programme.objects.filter(source_sha256=staged.sha256).exists()


def test_confirm_writes_the_draft_programme_and_lands_on_it(world, staged, client):
    client.post(
        reverse("programme_import_unit_pick", args=[staged.pk]),
        {"spelling": UNKNOWN, "unit": world.unit_c.pk},
    )
    response = client.post(reverse("programme_import_confirm", args=[staged.pk]))
    programme = Programme.objects.get(source_sha256=staged.sha256)
    assert response["Location"] == reverse("programme_detail", args=[programme.pk])
    assert programme.state == Programme.State.DRAFT and programme.items.count() == 4
    item = programme.items.get(ref="3")
    assert item.unit_links.get(role=WorkItemUnit.Role.LEAD).unit == world.unit_c and item.due_needs_review
    staged.refresh_from_db()
    assert staged.status == ProgrammeImport.Status.CONFIRMED and staged.programme == programme
    assert client.get(response["Location"]).status_code == 200
    # A second confirm of the same staged import writes nothing more.
    client.post(reverse("programme_import_confirm", args=[staged.pk]))
    assert Programme.objects.filter(source_sha256=staged.sha256).count() == 1


# --- the same file twice ---------------------------------------------------------------------


def _confirmed(world, staged, client):
    client.post(
        reverse("programme_import_unit_pick", args=[staged.pk]),
        {"spelling": UNKNOWN, "unit": world.unit_c.pk},
    )
    client.post(reverse("programme_import_confirm", args=[staged.pk]))
    return Programme.objects.get(source_sha256=staged.sha256)


def test_same_file_updates_the_draft_instead_of_duplicating(
    world, staged, client, django_capture_on_commit_callbacks
):
    programme = _confirmed(world, staged, client)
    old_ids = set(programme.items.values_list("pk", flat=True))
    response = _upload(client, django_capture_on_commit_callbacks)
    second = ProgrammeImport.objects.exclude(pk=staged.pk).get()
    assert second.duplicate_of == programme
    html = client.get(response["Location"]).content.decode()
    assert 'data-testid="same-file"' in html and "Confirm and update the draft" in html
    row = _row(second, "2")
    client.post(reverse("programme_import_row_delete", args=[second.pk, row["id"]]))
    client.post(reverse("programme_import_confirm", args=[second.pk]))
    assert Programme.objects.filter(source_sha256=staged.sha256).count() == 1
    programme = Programme.objects.get(pk=programme.pk)
    assert programme.items.count() == 3 and not (set(programme.items.values_list("pk", flat=True)) & old_ids)
    assert programme.version == 2
    assert AuditEvent.objects.filter(verb="programme.import", changes__replaced=True).count() == 1


def test_same_file_of_a_programme_sent_for_approval_is_refused(
    world, staged, client, django_capture_on_commit_callbacks
):
    programme = _confirmed(world, staged, client)
    programme_submit(programme=programme, actor=world.secretariat)
    _upload(client, django_capture_on_commit_callbacks)
    second = ProgrammeImport.objects.exclude(pk=staged.pk).get()
    html = client.get(reverse("programme_import_detail", args=[second.pk])).content.decode()
    assert "waiting for the director" in html and 'data-testid="confirm"' not in html
    response = client.post(reverse("programme_import_confirm", args=[second.pk]), follow=True)
    assert "waiting for the director" in response.content.decode()
    assert programme.items.count() == 4 and Programme.objects.filter(source_sha256=staged.sha256).count() == 1


# --- bad input -------------------------------------------------------------------------------


def _docx_broken() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not xml")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("image.txt", bytes(range(256)) * 40, "binary"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("broken.docx", b"PK\x03\x04 this is not a zip", "damaged"),
        ("half.docx", _docx_broken(), "Word file is damaged"),
        ("broken.xlsx", b"PK\x03\x04 nope", "damaged"),
        ("letter.txt", "Kính gửi các phòng.\nĐề nghị báo cáo.\n".encode(), "title"),
        (
            "table.txt",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026\nSTT\tHọ tên\tĐiểm\n1\tAn\t9\n".encode(),
            "No task was recognised",
        ),
    ],
)
def test_bad_file_fails_with_a_message_naming_it_and_writes_nothing_else(
    world, client, django_capture_on_commit_callbacks, name, data, says
):
    client.force_login(world.secretariat)
    response = _upload(client, django_capture_on_commit_callbacks, data=data, name=name)
    staged = ProgrammeImport.objects.get()
    assert staged.status == ProgrammeImport.Status.FAILED
    html = client.get(response["Location"]).content.decode()
    assert 'data-testid="import-error"' in html and name in staged.error
    assert says.lower() in staged.error.lower()
    assert "Traceback" not in html
    assert not Programme.objects.filter(source_name=name).exists()
    assert WorkItem.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("empty.txt", b"", "empty.txt is empty"),
        ("notes.exe", b"hello", "notes.exe: this type of file cannot be imported (accepted: .txt, .docx"),
        ("huge.txt", b"x" * (import_staging.MAX_UPLOAD_BYTES + 1), "the largest file"),
    ],
)
def test_refused_at_upload_with_nothing_written(
    world, client, django_capture_on_commit_callbacks, name, data, says
):
    client.force_login(world.secretariat)
    response = _upload(client, django_capture_on_commit_callbacks, data=data, name=name)
    assert response.status_code == 200
    assert says in response.content.decode()
    assert not ProgrammeImport.objects.exists()


def test_bad_file_message_in_vietnamese(world, client, django_capture_on_commit_callbacks):
    from django.utils import translation

    client.force_login(world.secretariat)
    client.cookies["django_language"] = "vi"
    with translation.override("vi"):
        response = _upload(
            client, django_capture_on_commit_callbacks, data=bytes(range(256)) * 40, name="anh.txt"
        )
        html = client.get(response["Location"]).content.decode()
    assert "anh.txt" in html and "Không nhập được tệp" in html


def test_a_long_preview_is_paged(world, client, django_capture_on_commit_callbacks):
    lines = ["CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026", "STT\tNội dung\tĐơn vị chủ trì\tThời gian"]
    lines += [f"{n}\tNhiệm vụ thứ {n}\tPhòng Quản lý Khoa học\tTháng 05" for n in range(1, 251)]
    client.force_login(world.secretariat)
    response = _upload(client, django_capture_on_commit_callbacks, data="\n".join(lines).encode())
    first = client.get(response["Location"]).content.decode()
    assert first.count('<tr id="row-') == 200 and 'data-testid="pager"' in first
    second = client.get(response["Location"], {"page": 2}).content.decode()
    assert second.count('<tr id="row-') == 50 and "Nhiệm vụ thứ 250" in second


def test_a_parse_no_worker_picked_up_says_so(world, client):
    from datetime import timedelta

    from django.utils import timezone

    client.force_login(world.secretariat)
    client.post(reverse("programme_import_upload"), {"file": SimpleUploadedFile("ct.txt", PROGRAMME)})
    staged = ProgrammeImport.objects.get()
    url = reverse("programme_import_progress", args=[staged.pk])
    assert "background worker" not in client.get(url).content.decode()
    ProgrammeImport.objects.filter(pk=staged.pk).update(created_at=timezone.now() - timedelta(minutes=2))
    assert "background worker may be stopped" in client.get(url).content.decode()


# --- retention -------------------------------------------------------------------------------


def test_an_import_whose_bytes_expired_still_shows_and_confirms(world, staged, client):
    from datetime import timedelta

    from django.utils import timezone

    from engine.services.retention import expire_staged_imports

    staged.refresh_from_db()
    size = len(bytes(staged.data))
    result = expire_staged_imports(now=timezone.now() + timedelta(days=31))
    assert result.imports == [staged.pk] and result.bytes_freed == size > 0
    staged.refresh_from_db()
    assert bytes(staged.data) == b"" and staged.status == ProgrammeImport.Status.READY
    assert client.get(reverse("programme_import_detail", args=[staged.pk])).status_code == 200
    programme = _confirmed(world, staged, client)
    assert programme.items.count() == 4
    staged.refresh_from_db()
    assert staged.status == ProgrammeImport.Status.CONFIRMED
