"""A shared oversight scenario: late, extended, returned and waived items of one quarter."""

from dataclasses import dataclass
from datetime import date, datetime

import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from engine.models import WorkItem
from engine.services import work_items as svc
from engine.services.waivers import delay_waiver_grant
from tests.factories import World, advance


def at(day: str, hour: int = 9):
    moment = timezone.make_aware(datetime.fromisoformat(f"{day}T{hour:02d}:00"))
    return time_machine.travel(moment, tick=False)


@dataclass
class Scenario:
    on_time: WorkItem
    late: WorkItem  # reported 18/03 for a 10/03 deadline, returned once, accepted; waived
    overdue: WorkItem  # due 16/03, still in progress
    extended: WorkItem  # due 06/03, extended on 12/03 (after the deadline) to 31/03 by the director
    other_unit: WorkItem  # led by C, overdue since 05/03


def build(world: World) -> Scenario:
    with at("2026-02-02"):
        on_time = world.item_in("in_progress", content="Đúng hạn", due=date(2026, 3, 20))
        late = world.item_in("in_progress", content="Trễ hạn có lý do", due=date(2026, 3, 10), ref="1.2")
        overdue = world.item_in("in_progress", content="Quá hạn chưa xong", due=date(2026, 3, 16), ref="1.3")
        extended = world.item_in("in_progress", content="Gia hạn sau khi quá hạn", due=date(2026, 3, 6))
        other = world.item(content="Phòng C quá hạn", due=date(2026, 3, 5))
        other = svc.work_item_update(
            item=other, actor=world.secretariat, data={}, lead_units=[world.unit_c], leader=world.deputy_other
        )
        other = advance(world, other, "assign")
    with at("2026-03-12"):
        extended = svc.work_item_extend_deadline(
            item=extended, actor=world.director, new_due_date=date(2026, 3, 31), reason="Chờ ý kiến của Bộ."
        )
    with at("2026-03-18"):
        advance(world, svc.work_item_report(item=on_time, actor=world.head_a, text="Xong."), "accept")
        evidence = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 minh chung", content_type="application/pdf")
        late = svc.work_item_report(item=late, actor=world.head_a, text="Lần 1.", files=[evidence])
        late = advance(world, late, "return")
        late = svc.work_item_report(item=late, actor=world.head_a, text="Lần 2.")
        advance(world, late, "accept")
    with at("2026-03-20"):
        delay_waiver_grant(item=late, actor=world.inspectorate, reason="Mưa lũ kéo dài.")
    items = [on_time, late, overdue, extended, other]
    for item in items:
        item.refresh_from_db()
    return Scenario(*items)
