"""Every page, as every role, is Vietnamese for a browser that asks for English, and none is a 500.

The walk covers every named URL pattern of the pages (not the API, which honours
Accept-Language on purpose): each is reversed with the ids of a small world holding one object
of every kind, and fetched by the secretariat, the director, a deputy director, a unit head, a
staff member, the inspectorate, the evaluator and an anonymous visitor, all with an English
browser. "English" is detected two ways: the page's `<html lang>` must be `vi`, and no English UI
text of our own catalogue (a msgid whose Vietnamese differs) may show in the page's text or in
the attributes a person reads (title, placeholder, aria-label, alt, button values).
"""

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import get_resolver, reverse

from engine.models import ProgrammeImport
from engine.scoring.periods import period_of
from engine.services import import_staging
from engine.services.extensions import extension_request
from engine.services.scoring import evaluation_compute
from engine.services.waivers import delay_waiver_grant
from engine.services.work_items import work_item_add_report
from notifications.models import Notification

ENGLISH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}
PO = Path(__file__).resolve().parent.parent / "locale" / "vi" / "LC_MESSAGES" / "django.po"
ROLES = ["secretariat", "director", "deputy", "head_a", "staff_a", "inspectorate", "evaluator", None]
# Not pages: the API (Accept-Language is a system's explicit choice there), JSON and health probes,
# and the POST-only switcher and logout (the walk fetches pages).
# `media` is no page: the evidence files under DEBUG only (config/urls.py), present or not by
# whether the URLconf was first loaded with DEBUG on (tests/security/test_request_hygiene.py
# reloads it).
SKIPPED = {"healthz", "set_language", "logout", "dashboard_data", "favicon", "media"}
PROGRAMME = """CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026
STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian
1\tTổ chức hội đồng tuyển chọn nhiệm vụ\tPhòng Quản lý Khoa học\tPhòng CĐS\tTháng 03
2\tRà soát quy trình nội bộ\tPhòng Hành chính Tổng hợp\t\tQuý II
""".encode()


def _english_phrases() -> re.Pattern:
    """Our English UI text: msgids translated differently, without placeholders, 2+ words or a
    capitalised word of 5+ letters (shorter single words also occur inside names and data)."""
    phrases = set()
    for entry in polib.pofile(str(PO)):
        text, vi = entry.msgid.strip(), entry.msgstr.strip()
        if entry.obsolete or entry.msgid_plural or not vi or vi == text:
            continue
        if re.search(r"%|\{|<|\n", text) or not re.fullmatch(r"[A-Za-z][A-Za-z ,.'’()-]*[A-Za-z.)]", text):
            continue
        if " " in text or (text[0].isupper() and len(text) >= 5):
            phrases.add(text.rstrip("."))
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(p) for p in ordered) + r")(?![\w])")


class _Reader(HTMLParser):
    """The text a person reads: text nodes (not scripts or styles) and the readable attributes."""

    ATTRS = {"title", "placeholder", "aria-label", "alt"}

    def __init__(self):
        super().__init__()
        self.parts, self.lang, self._skip = [], None, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in ("script", "style"):
            self._skip += 1
        self.parts += [v for k, v in attrs.items() if k in self.ATTRS and v]
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.parts.append(data.strip())


@pytest.fixture
def places(world, django_capture_on_commit_callbacks):
    """One object of every kind the URL map names, reached through the services."""
    with django_capture_on_commit_callbacks(execute=True):
        drafted = world.item_in("drafted")
        reported = world.item_in("reported")
        running = world.item_in("in_progress")
        pdf = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 minh chung", content_type="application/pdf")
        work_item_add_report(item=running, actor=world.staff_a, text="Đã họp tổ", percent=40, files=[pdf])
        extension = extension_request(
            item=running, actor=world.head_a, new_due_date=date(2026, 5, 31), reason="Chờ ý kiến Bộ"
        )
        waiver = delay_waiver_grant(item=reported, actor=world.director, reason="Thiên tai")
        evaluation = evaluation_compute(
            organisation=world.org, actor=world.evaluator, period=period_of("month", 2026, 3)
        )
        staged = import_staging.programme_import_stage(
            organisation=world.org, actor=world.secretariat, name="ct.txt", data=PROGRAMME, year=2026
        )
        import_staging.programme_import_parse(staged_id=staged.pk)
    staged = ProgrammeImport.objects.get(pk=staged.pk)
    attachment = running.reports.get().attachments.get()
    notification = Notification.objects.order_by("pk").first()
    assert notification is not None and staged.rows
    item_pk = running.pk
    return {
        "pk": {
            "notification_open": notification.pk,
            "notification_mark_read": notification.pk,
            "attachment_download": attachment.pk,
            "evaluation_export": evaluation.pk,
            "evaluation_freeze": evaluation.pk,
            "evaluation_recompute": evaluation.pk,
            "evaluation_evidence": evaluation.pk,
            "evaluation_detail": evaluation.pk,
            "waiver_revoke": waiver.pk,
            "programme_action": world.programme.pk,
            "programme_detail": world.programme.pk,
            "unit_board": world.unit_a.pk,
            "approval_decide": reported.pk,
            "extension_decide": extension.pk,
            "work_item_detail": drafted.pk,
        },
        "default_pk": item_pk,
        "import_pk": staged.pk,
        "row_id": staged.rows[0]["id"],
        "extra": {
            "kind": "month",
            "year": 2026,
            "number": 3,
            "fmt": "xlsx",
            "action": "start",
            "uidb64": "MQ",
            "token": "x-0",
        },
        "also": [reverse("work_item_detail", args=[reported.pk]), "/khong-co-trang-nay/"],
    }


def _urls(places) -> list[str]:
    urls = []
    for name, patterns in get_resolver().reverse_dict.lists():
        if not isinstance(name, str) or name in SKIPPED or "-" in name:  # API routes use dashes
            continue
        params = patterns[0][0][0][1]
        kwargs = {}
        for param in params:
            if param == "pk":
                kwargs["pk"] = places["pk"].get(
                    name, places["import_pk"] if name.startswith("programme_import") else places["default_pk"]
                )
            elif param == "row_id":
                kwargs["row_id"] = places["row_id"]
            else:
                kwargs[param] = places["extra"][param]
        urls.append(reverse(name, kwargs=kwargs))
    return sorted(set(urls)) + places["also"]


@pytest.mark.django_db
def test_every_page_is_vietnamese_for_an_english_browser_as_every_role(client, world, places):
    english = _english_phrases()
    urls = _urls(places)
    assert len(urls) > 35  # the walk really walks
    problems, html_pages = [], 0
    for role in ROLES:
        client.logout()
        if role:
            client.force_login(getattr(world, role))
        for url in urls:
            response = client.get(url, **ENGLISH_BROWSER)
            where = f"{role or 'anonymous'} {url} → {response.status_code}"
            if response.status_code >= 500:
                problems.append(f"{where}: server error")
                continue
            if "text/html" not in response.get("Content-Type", "") or not response.content:
                continue
            html_pages += 1
            reader = _Reader()
            reader.feed(response.content.decode())
            if reader.lang != "vi" and b"<html" in response.content:  # htmx fragments have none
                problems.append(f"{where}: html lang={reader.lang!r}")
            found = sorted({m.group(1) for part in reader.parts for m in english.finditer(part)})
            if found:
                problems.append(f"{where}: English {found}")
    assert problems == []
    assert html_pages > 150


@pytest.mark.django_db
def test_the_detector_sees_english_when_the_person_chose_it(client, world):
    """The walk's check can fail: the same pages, chosen in English, are caught."""
    english = _english_phrases()
    assert len(english.pattern) > 10_000  # hundreds of phrases
    client.force_login(world.director)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    for url in (reverse("inbox"), reverse("work_item_list"), "/khong-co-trang-nay/"):
        reader = _Reader()
        reader.feed(client.get(url).content.decode())
        found = {m.group(1) for part in reader.parts for m in english.finditer(part)}
        assert reader.lang == "en" and len(found) >= 3, (url, found)
