"""Prose plans (kế hoạch, công văn): numbered tasks with labelled fields, or tasks grouped by unit.

Shapes read (corpus 03, 04, 05, 14): `(1) <task>` followed by `- Đơn vị chủ trì thực hiện: …`,
`a) Cơ quan chủ trì: … b) Cơ quan phối hợp: … c) Thời gian thực hiện: …` (several labels on
one line too), `Cơ quan thực hiện: …` (no lead/coordinating split), `X chủ trì, phối hợp với Y`
in a label; and `1. Sở Nội vụ:` followed by `a) … h)`, the unit leading the items under it.
Sections such as `MỤC ĐÍCH, YÊU CẦU` and `KINH PHÍ` are skipped, and an inspection's conclusion, or
an inspection team's record (`BIÊN BẢN KIỂM TRA`), is read only from the measures it sets (`KIẾN NGHỊ
XỬ LÝ`, `KIẾN NGHỊ, YÊU CẦU`), led by the body its lead-in asks; the text ends at `Nơi nhận`.
A decision or dispatch amending a plan (`Điều chỉnh, bổ sung Kế hoạch …`): the new lead and time of a
field win over what they replace (`(thay cho …)`), the tasks taken out (`Đưa ra khỏi Kế hoạch các
nhiệm vụ sau:`) are none, and a later article's sentence giving a named unit a dated duty is one.
The outline is engine/importing/layouts/outline.py; prose_facts.py and prose_tasks.py read it.
"""

import re

from engine.importing.layouts import conclusions
from engine.importing.layouts.prose_facts import ROUND_FIRST, every_unit_subject, named_kind_subject
from engine.importing.layouts.prose_tasks import addresses_every_unit, mark_ocr, read_tasks
from engine.importing.recognition import Context, Recognised, fold, measure_support

MIN_GROUPED = 3
MIN_GROUPED_SHARE = 0.05


def _names_doer(item) -> bool:
    """Whether an item has its lead, or opens with every unit of a kind as its doer (`Các trường THPT
    tổ chức …`, `Các Chi cục Thuế khu vực …`: a charge to them all, which leads nothing), or stands
    under a heading that is every unit of a kind and nothing else (`1. Các cơ sở khám bệnh, chữa bệnh`
    over `a) … c)`). A dispatch whose points all do so, a named body here and there (`b) Trường THPT
    X chủ trì …`), is a list of tasks, not an outline with a unit's duties among its paragraphs: every
    point is kept. Not where any point opens otherwise (a bare task, a finding): the led ones only,
    as before."""
    return (
        bool(item.lead)
        or bool(every_unit_subject(item.content) or named_kind_subject(item.content))
        or _kind_heading(item.section)
    )


def _round_request(item) -> bool:
    """Whether an item is a closing request to every unit opened by its round (`Định kỳ trước ngày 05
    của tháng đầu quý, các đơn vị báo cáo …`, `Hằng tháng, các phòng …`): it leads nothing by the
    corpus's reading, so it counts neither for nor against a dispatch's share of led points. Not a
    point with no round first (`Các đơn vị rà soát …`, `Gửi báo cáo …`): counted as before."""
    return (
        not item.lead and bool(ROUND_FIRST.match(fold(item.content))) and addresses_every_unit(item.content)
    )


# A heading's number or letter (`1.`, `II.`, `a)`) before its words.
_HEADING_MARK = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]\s+")


def _kind_heading(section: str | None) -> bool:
    """Whether a section heading is only every unit of a kind (`1. Các cơ sở bán buôn, bán lẻ thuốc`,
    `2. Các Trung tâm Y tế huyện:`); not one that goes on past them (`1. Các đơn vị tổ chức tuyên
    truyền`: a task), nor a topic (`1. Công tác phòng, chống dịch`)."""
    if not section:
        return False
    label = _HEADING_MARK.sub("", section).strip(" :.;")
    subject = every_unit_subject(label) or named_kind_subject(label)
    return bool(subject) and subject.strip(" :.;,") == label


def recognise(context: Context) -> Recognised | None:
    items, legend, labelled = read_tasks(context.document, inline=False)
    notice = conclusions.applies(context.document)
    if not labelled and notice:
        return None  # a notice of conclusions without labels: its facts are inside the sentences
    if notice:
        # A notice of conclusions with a label or two: the chair's assessment (`1. Đến ngày …, giải
        # ngân mới đạt 38% …`) is no task in this reading either.
        items = [item for item in items if not conclusions.tells_how_things_stand(item)]
    if (
        items
        and not labelled
        and sum(1 for item in items if item.lead) * 2
        < len([item for item in items if not _round_request(item)])
        and not all(_names_doer(item) for item in items)
    ):
        # Numbered paragraphs with few labels or units (a schedule's plan, its report outline):
        # only the duties under a unit's heading are tasks (`1. Sở Nội vụ` over `a) … d)`).
        # A handful of them in a long outline of unassigned paragraphs (a programme's closing
        # duties after its task appendix) is not the plan's shape: fewer than MIN_GROUPED_SHARE.
        grouped = [item for item in items if item.lead]
        if len(grouped) < max(MIN_GROUPED, MIN_GROUPED_SHARE * len(items)):
            return None
        items = grouped
    if not items:
        return None
    mark_ocr(context.document, items)
    return Recognised("prose_plan", items, legend=legend, support=measure_support(items, context.document))
