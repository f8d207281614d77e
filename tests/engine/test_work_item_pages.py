"""The first pages: login, "Nhiệm vụ của tôi", the item page and its actions, downloads."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from engine.models import Attachment, WorkItem


@pytest.fixture
def as_user(client):
    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.mark.django_db
def test_login_page_is_vietnamese(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert "Đăng nhập" in response.content.decode()


@pytest.mark.django_db
def test_login_with_password(client, world):
    response = client.post(reverse("login"), {"username": world.head_a.username, "password": "pw"})
    assert response.status_code == 302 and response.url == reverse("inbox")


@pytest.mark.django_db
def test_pages_need_login(client, world):
    item = world.item_in("assigned")
    for url in (reverse("work_item_list"), reverse("work_item_detail", args=[item.pk])):
        response = client.get(url)
        assert response.status_code == 302 and reverse("login") in response.url


@pytest.mark.django_db
def test_list_shows_what_waits_on_the_user(as_user, world):
    mine = world.item_in("assigned", content="Việc của phòng A")
    world.item_in("accepted", content="Việc đã xong")
    page = as_user(world.staff_a).get(reverse("work_item_list")).content.decode()
    assert "Việc của phòng A" in page
    assert "Việc đã xong" not in page
    page = as_user(world.staff_a).get(reverse("work_item_list"), {"scope": "all"}).content.decode()
    assert "Việc đã xong" in page
    page = as_user(world.staff_c).get(reverse("work_item_list"), {"scope": "all"}).content.decode()
    assert "Việc của phòng A" not in page
    assert mine.pk


@pytest.mark.django_db
def test_list_filters_by_state_unit_month_and_accent_free_search(as_user, world):
    from datetime import date

    world.item_in("in_progress", content="Tổ chức Hội đồng tuyển chọn", due=date(2026, 5, 31))
    world.item_in("assigned", content="Tập huấn địa phương học", due=date(2026, 7, 31))
    client = as_user(world.director)
    page = lambda **q: client.get(reverse("work_item_list"), {"scope": "all", **q}).content.decode()  # noqa: E731
    assert "Tập huấn" not in page(state="in_progress")
    assert "Tập huấn" in page(month="2026-07") and "tuyển chọn" not in page(month="2026-07")
    assert "Tập huấn" in page(q="tap huan dia phuong")
    assert "Tập huấn" not in page(unit=world.unit_c.pk)


@pytest.mark.django_db
def test_list_query_count_does_not_grow_with_items(as_user, world, django_assert_max_num_queries):
    for n in range(3):
        world.item_in("assigned", content=f"Việc {n}")
    client = as_user(world.head_a)
    # 13: the head's bulk bar lists their unit's staff (one query, whatever the number of rows).
    with django_assert_max_num_queries(13):
        client.get(reverse("work_item_list"))
    for n in range(12):
        world.item_in("assigned", content=f"Việc thêm {n}")
    with django_assert_max_num_queries(13):
        response = client.get(reverse("work_item_list"))
    assert response.content.decode().count('class="badge state-assigned"') == 15


@pytest.mark.django_db
def test_detail_offers_exactly_the_allowed_actions(as_user, world):
    item = world.item_in("in_progress")
    page = as_user(world.head_a).get(reverse("work_item_detail", args=[item.pk])).content.decode()
    for action in ("progress", "delegate", "report", "request_extension"):
        assert f'data-action="{action}"' in page or action == "request_extension"
    assert 'data-action="accept"' not in page
    page = as_user(world.staff_a).get(reverse("work_item_detail", args=[item.pk])).content.decode()
    assert 'data-action="report"' not in page and 'data-action="progress"' in page
    page = as_user(world.inspectorate).get(reverse("work_item_detail", args=[item.pk])).content.decode()
    assert "data-action=" not in page


@pytest.mark.django_db
def test_report_with_evidence_then_return_then_accept_through_pages(as_user, world):
    item = world.item_in("in_progress")
    client = as_user(world.head_a)
    pdf = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 minh chung", content_type="application/pdf")
    response = client.post(
        reverse("work_item_action", args=[item.pk, "report"]),
        {"report-version": item.version, "report-text": "Đã tổ chức hội đồng.", "report-files": [pdf]},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.state == WorkItem.State.REPORTED
    attachment = Attachment.objects.get(report__work_item=item)
    assert attachment.original_name == "bien-ban.pdf" and attachment.size == len(b"%PDF-1.4 minh chung")

    director = as_user(world.director)
    response = director.post(
        reverse("work_item_action", args=[item.pk, "return"]),
        {"return-version": item.version, "return-reason": "Thiếu biên bản họp."},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.state == WorkItem.State.IN_PROGRESS
    page = director.get(reverse("work_item_detail", args=[item.pk])).content.decode()
    assert "Thiếu biên bản họp." in page

    download = as_user(world.staff_b).get(reverse("attachment_download", args=[attachment.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert as_user(world.staff_c).get(reverse("attachment_download", args=[attachment.pk])).status_code == 404


@pytest.mark.django_db
def test_denied_post_changes_nothing(as_user, world):
    item = world.item_in("reported")
    response = as_user(world.head_a).post(
        reverse("work_item_action", args=[item.pk, "accept"]), {"accept-version": item.version}
    )
    assert response.status_code == 403
    item.refresh_from_db()
    assert item.state == WorkItem.State.REPORTED


@pytest.mark.django_db
def test_stale_page_gets_a_conflict_message(as_user, world):
    item = world.item_in("reported")
    stale_version = item.version
    from engine.services.work_items import work_item_accept

    work_item_accept(item=item, actor=world.deputy)
    response = as_user(world.director).post(
        reverse("work_item_action", args=[item.pk, "return"]),
        {"return-version": stale_version, "return-reason": "Bổ sung"},
    )
    assert response.status_code == 409
    assert "thay đổi" in response.content.decode()


@pytest.mark.django_db
def test_return_without_reason_is_a_form_error_in_vietnamese(as_user, world):
    item = world.item_in("reported")
    response = as_user(world.director).post(
        reverse("work_item_action", args=[item.pk, "return"]),
        {"return-version": item.version, "return-reason": ""},
    )
    assert response.status_code == 400
    assert "Trường này là bắt buộc" in response.content.decode()


@pytest.mark.django_db
def test_wrong_file_type_is_refused_with_the_file_name(as_user, world, settings):
    item = world.item_in("in_progress")
    exe = SimpleUploadedFile("virus.exe", b"MZ....", content_type="application/octet-stream")
    response = as_user(world.head_a).post(
        reverse("work_item_action", args=[item.pk, "report"]),
        {"report-version": item.version, "report-text": "Xong", "report-files": [exe]},
    )
    assert response.status_code == 400
    assert "virus.exe" in response.content.decode()
    item.refresh_from_db()
    assert item.state == WorkItem.State.IN_PROGRESS and not item.reports.exists()


@pytest.mark.django_db
def test_oversize_and_disguised_files_are_refused(world, settings):
    from engine.exceptions import InvalidInput
    from engine.services.work_items import work_item_report

    item = world.item_in("in_progress")
    settings.ATTACHMENT_MAX_BYTES = 10
    big = SimpleUploadedFile("big.pdf", b"%PDF" + b"x" * 20)
    with pytest.raises(InvalidInput, match=r"big\.pdf"):
        work_item_report(item=item, actor=world.head_a, text="Xong", files=[big])
    settings.ATTACHMENT_MAX_BYTES = 1000
    fake = SimpleUploadedFile("fake.pdf", b"not a pdf at all")
    with pytest.raises(InvalidInput, match=r"fake\.pdf"):
        work_item_report(item=item, actor=world.head_a, text="Xong", files=[fake])
    assert not Attachment.objects.exists()


@pytest.mark.django_db
def test_files_are_removed_when_the_transition_fails(world, settings):
    from pathlib import Path

    from engine.exceptions import StaleObject
    from engine.services.work_items import work_item_report

    item = world.item_in("in_progress")
    pdf = SimpleUploadedFile("a.pdf", b"%PDF-1.4 only once")
    with pytest.raises(StaleObject):
        work_item_report(
            item=item, actor=world.head_a, text="Xong", files=[pdf], expected_version=item.version - 1
        )
    stored = [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]
    assert stored == []


@pytest.mark.django_db
def test_english_is_available(client, world):
    client.force_login(world.head_a)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = client.get(reverse("work_item_list"))
    assert "My work items" in response.content.decode()


@pytest.mark.django_db
def test_list_rows_texts_are_what_the_template_filters_made(world):
    """`list_rows` and `inbox_rows` work out the rows' texts once; each is the string the filter it
    replaced gave (`truncatechars`, `date:"d/m/Y"` in the current time zone, `get_state_display`)."""
    from datetime import UTC, date, datetime, timedelta

    from django.template import Context, Template
    from django.utils import translation

    from engine.selectors.inbox import inbox_for
    from engine.selectors.work_items import work_item_list
    from engine.views.inbox import inbox_rows
    from engine.views.work_items import list_rows

    world.programme.title = "Chương trình công tác năm 2026 của Sở & các đơn vị <trực thuộc> " * 3
    world.programme.save(update_fields=["title"])
    long = "Xây dựng & triển khai <kế hoạch> chuyển đổi số, báo cáo kết quả định kỳ hằng tháng " * 3
    world.item_in("assigned", content=long)
    world.item_in("in_progress", content="Ngắn", due=None)
    world.item_in("reported", content=long[:160], due=date(2026, 12, 31))
    # 20:30 UTC is already the next day in Hà Nội: the day of the time zone, not of UTC
    WorkItem.objects.filter(content="Ngắn").update(updated_at=datetime(2026, 3, 1, 20, 30, tzinfo=UTC))
    filters = Template(
        "{% autoescape off %}{{ item.content|truncatechars:160 }}|"
        "{{ item.programme.title|truncatechars:80 }}|"
        '{{ item.due_date|date:"d/m/Y" }}|{{ item.get_state_display }}|{{ item.updated_at|date:"d/m/Y" }}'
        "{% endautoescape %}"
    )
    with translation.override("vi"):
        rows = list(work_item_list(world.director, scope="all"))
        list_rows(rows)
        assert len(rows) == 3
        for item in rows:
            made = (
                f"{item.content_label}|{item.programme_label}|{item.due_label}|{item.state_label}|"
                f"{item.updated_label}"
            )
            assert made == filters.render(Context({"item": item}))
        assert {item.updated_label for item in rows if item.content == "Ngắn"} == {"02/03/2026"}
        assert len(rows[0].programme_label) == 80 and rows[0].programme_label.endswith("…")

        inbox = Template(
            "{% autoescape off %}{{ item.programme.title|truncatechars:60 }}|"
            '{{ item.next_report_due|date:"d/m/Y" }}{% endautoescape %}'
        )
        rows = list(inbox_for(world.head_a))
        inbox_rows(rows)
        assert rows
        for item in rows:
            item.next_report_due = item.next_report_due or date(2026, 4, 1) + timedelta(days=item.pk)
            inbox_rows([item])
            assert f"{item.programme_label}|{item.next_report_label}" == inbox.render(Context({"item": item}))
