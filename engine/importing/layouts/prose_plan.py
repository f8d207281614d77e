"""Prose plans (kế hoạch, công văn): numbered tasks with labelled fields, or tasks grouped by unit.

Shapes read (corpus 03, 04, 05, 14): `(1) <task>` followed by `- Đơn vị chủ trì thực hiện: …`,
`a) Cơ quan chủ trì: … b) Cơ quan phối hợp: … c) Thời gian thực hiện: …` (several labels on
one line too), `Cơ quan thực hiện: …` (no lead/coordinating split), `X chủ trì, phối hợp với Y`
in a label; and `1. Sở Nội vụ:` followed by `a) … h)`, the unit leading the items under it.
Sections such as `MỤC ĐÍCH, YÊU CẦU` and `KINH PHÍ` are skipped; the text ends at `Nơi nhận`.
The outline is engine/importing/layouts/outline.py; prose_facts.py and prose_tasks.py read it.
"""

from engine.importing.layouts.prose_tasks import mark_ocr, read_tasks
from engine.importing.recognition import Context, Recognised, measure_support


def recognise(context: Context) -> Recognised | None:
    items, legend, labelled = read_tasks(context.document, inline=False)
    if not items or not (labelled or sum(1 for item in items if item.lead) * 2 >= len(items)):
        return None  # numbered paragraphs with few labels or units: no plan this layout can read
    mark_ocr(context.document, items)
    return Recognised("prose_plan", items, legend=legend, support=measure_support(items, context.document))
