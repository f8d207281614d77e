"""The two administrative reports as .docx: the evaluators' scoring report and the
secretariat's periodic report on the programme (same layout, `engine.exports.admin_docx`).

The documents are written in Vietnamese whatever the interface language: they are
official documents under Nghị định 30/2020/NĐ-CP.
"""

from datetime import date

from engine.exports.admin_docx import AdminReport, Letterhead
from engine.scoring.rules import Grade
from engine.selectors.scoring_facts import evaluation_result_from_facts

GRADE_VI = {
    Grade.EXCELLENT: "Hoàn thành xuất sắc nhiệm vụ",
    Grade.GOOD: "Hoàn thành tốt nhiệm vụ",
    Grade.COMPLETED: "Hoàn thành nhiệm vụ",
    Grade.NOT_COMPLETED: "Không hoàn thành nhiệm vụ",
}
LISTED_PER_UNIT = 30  # late items written out per unit in the evaluation report's prose
PERIOD_VI = {"month": "tháng", "quarter": "quý", "half_year": "6 tháng", "year": "năm"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
SECTION_HEADINGS = {
    "summary": "Đánh giá chung",
    "shortcomings": "Tồn tại, hạn chế và nguyên nhân",
    "next_period": "Nhiệm vụ trọng tâm kỳ tới",
    "proposals": "Kiến nghị, đề xuất",
}


def period_vi(kind: str, year: int, number: int) -> str:
    if kind == "month":
        return f"tháng {number} năm {year}"
    if kind == "quarter":
        return f"quý {ROMAN[number]} năm {year}"
    if kind == "half_year":
        return f"6 tháng {'đầu' if number == 1 else 'cuối'} năm {year}"
    return f"năm {year}"


def letterhead(organisation, number: str, day: date, code: str = "BC") -> Letterhead:
    short = organisation.short_name or organisation.slug.upper()
    return Letterhead(
        parent_body=f"UBND TỈNH {organisation.province}".upper(),
        body=organisation.name,
        number=f"Số: {number or '      '}/{code}-{short}" if "/" not in (number or "") else f"Số: {number}",
        place=organisation.province,
        day=day,
    )


def _dmy(text_or_date) -> str:
    if not text_or_date:
        return ""
    day = date.fromisoformat(text_or_date) if isinstance(text_or_date, str) else text_or_date
    return day.strftime("%d/%m/%Y")


def evaluation_docx(evaluation, *, day: date) -> bytes:
    result = evaluation_result_from_facts(evaluation)
    period = result["period"]
    start = date.fromisoformat(period["start"])
    label = period_vi(period["kind"], start.year, _period_number(period["kind"], start))
    doc = AdminReport(
        letterhead(evaluation.organisation, "", day),
        title=f"Kết quả đánh giá {label}",
        subtitle=f"Kết quả đánh giá, chấm điểm thực hiện nhiệm vụ {label}",
    )
    rules = result["rules"]
    doc.section("Căn cứ và phương pháp")
    doc.text(
        f"Bộ tiêu chí phiên bản {result['rubric_version']}, xây dựng theo {rules['basis']}: điểm tối đa 100, "
        "tính theo tỷ lệ nhiệm vụ hoàn thành trên nhiệm vụ được giao về số lượng, chất lượng và tiến độ; "
        f"mỗi lần chậm tiến độ trừ {_pct(rules['delay_deduction'])} điểm tiến độ của nhiệm vụ đó, "
        f"mỗi lần báo cáo bị trả lại trừ {_pct(rules['return_deduction'])} điểm chất lượng của nhiệm vụ đó, "
        "trừ trường hợp có nguyên nhân khách quan được xác nhận."
    )
    doc.text(
        f"Số liệu tính đến hết ngày {_dmy(period['as_of'])}"
        + (
            f"; kỳ đánh giá đã chốt ngày {evaluation.frozen_at:%d/%m/%Y}."
            if evaluation.is_frozen
            else "; kỳ đánh giá chưa chốt."
        )
    )
    total = result["total"]
    doc.section("Kết quả chung")
    doc.text(_summary_sentence(total))
    doc.section("Kết quả theo đơn vị")
    for unit in result["units"]:
        doc.subsection(unit["name"])
        doc.text(_summary_sentence(unit))
        slipped = [result["items"][str(i)] for i in unit["item_ids"]["late"] + unit["item_ids"]["overdue"]]
        # The longest delays first; past LISTED_PER_UNIT the .xlsx evidence carries the rest
        # (a unit with thousands of late items made a report nobody reads, and took minutes).
        slipped.sort(key=lambda item: -(item["days_late"] or 0))
        for item in slipped[:LISTED_PER_UNIT]:
            note = f" (nguyên nhân khách quan: {item['waiver']['reason']})" if item["waiver"] else ""
            doc.bullet(
                f"{item['ref']} {item['content']} — hạn {_dmy(item['due_date'])}, "
                f"chậm {item['days_late']} ngày làm việc{note}."
            )
        if len(slipped) > LISTED_PER_UNIT:
            doc.text(
                f"Và {len(slipped) - LISTED_PER_UNIT} nhiệm vụ chậm tiến độ khác của đơn vị: "
                "xem đầy đủ trong tệp minh chứng (.xlsx) của kỳ đánh giá."
            )
    cap = result["cap"]["people"]
    doc.section("Lưu ý của Hội đồng")
    if cap["exceeded"]:
        doc.text(
            f"Số cá nhân đạt mức hoàn thành xuất sắc ({cap['excellent']}) vượt tỷ lệ tối đa theo quy định "
            f"({cap['allowed']}). Hội đồng xem xét, quyết định; hệ thống không tự hạ mức xếp loại."
        )
    else:
        doc.text(
            f"Số cá nhân đạt mức hoàn thành xuất sắc ({cap['excellent']}) "
            f"trong tỷ lệ cho phép ({cap['allowed']})."
        )
    doc.closing(
        ["Giám đốc Sở", "Hội đồng Thi đua - Khen thưởng", "Lưu: VT"], "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", ""
    )
    doc.appendix(
        f"Bảng tổng hợp kết quả chấm điểm {label}",
        ["STT", "Đơn vị / cá nhân", "Giao", "Đúng hạn", "Trễ hạn", "Quá hạn", "Trả lại", "Điểm", "Xếp loại"],
        [
            [
                n,
                group["name"],
                group["counts"]["assigned"],
                group["counts"]["on_time"],
                group["counts"]["late"],
                group["counts"]["overdue"],
                group["returns_total"],
                group["score"]["score"] or "—",
                GRADE_VI.get(group["score"]["grade"], "—"),
            ]
            for n, group in enumerate(result["units"] + result["people"], 1)
        ],
    )
    return doc.to_bytes()


def _pct(fraction: str) -> str:
    return f"{float(fraction) * 100:g}%"


def _period_number(kind: str, start: date) -> int:
    return {
        "month": start.month,
        "quarter": (start.month - 1) // 3 + 1,
        "half_year": 1 if start.month < 7 else 2,
    }.get(kind, 1)


def _summary_sentence(group: dict) -> str:
    counts, score = group["counts"], group["score"]
    if not counts["assigned"]:
        return "Không có nhiệm vụ đến hạn trong kỳ; không chấm điểm."
    return (
        f"Được giao {counts['assigned']} nhiệm vụ; hoàn thành đúng hạn {counts['on_time']}, "
        f"hoàn thành trễ hạn {counts['late']}, quá hạn chưa hoàn thành {counts['overdue']}, "
        f"chưa đến hạn hoặc chờ duyệt {counts['pending']}; "
        f"{counts['returned']} nhiệm vụ bị trả lại ({group['returns_total']} lần); "
        f"{counts['waived']} nhiệm vụ có nguyên nhân khách quan. "
        f"Điểm: {score['score']}/100 (số lượng {score['quantity_pct']}%, chất lượng "
        f"{score['quality_pct']}%, tiến độ {score['timeliness_pct']}%) — {GRADE_VI.get(score['grade'], '')}."
    )


def _name(line) -> str:
    return " ".join(part for part in (line.ref, line.content) if part)


def periodic_report_docx(report, data, *, day: date) -> bytes:
    """The secretariat's report: prose sections, per-unit results, appendix of the items."""
    label = period_vi(report.period_kind, report.period_year, report.period_number)
    doc = AdminReport(
        letterhead(report.organisation, report.document_number, day),
        title=f"Báo cáo kết quả thực hiện Chương trình công tác {label}",
        subtitle=f"Kết quả thực hiện Chương trình công tác {label}",
    )
    sections = report.sections
    doc.text(f"(Số liệu từ ngày {_dmy(data.start)} đến ngày {_dmy(data.end)})")
    doc.section("Kết quả thực hiện")
    doc.subsection(SECTION_HEADINGS["summary"])
    doc.text(
        sections.get("summary")
        or f"Trong kỳ, các đơn vị hoàn thành {data.total('completed')} nhiệm vụ, đang triển khai "
        f"{data.total('in_progress')} nhiệm vụ, {data.total('slipped')} nhiệm vụ chậm tiến độ."
    )
    for unit in data.units:
        doc.subsection(unit.name)
        doc.text(
            f"Hoàn thành {len(unit.completed)} nhiệm vụ; đang triển khai {len(unit.in_progress)}; "
            f"chậm tiến độ {len(unit.slipped)}."
        )
        for line in unit.slipped:
            why = f": {line.note}" if line.note else ""
            doc.bullet(f"Chậm: {_name(line)} (hạn {_dmy(line.due_date)}){why}")
        for line in unit.indicators:
            if line.attainment_pct is not None:
                doc.bullet(f"Chỉ tiêu {line.indicator or line.content}: đạt {line.attainment_pct}% kế hoạch.")
    doc.section(SECTION_HEADINGS["shortcomings"])
    doc.text(sections.get("shortcomings") or "")
    doc.section(SECTION_HEADINGS["next_period"])
    doc.text(sections.get("next_period") or "")
    doc.section(SECTION_HEADINGS["proposals"])
    doc.text(sections.get("proposals") or "")
    recipients = [r.strip() for r in (report.recipients or "").splitlines() if r.strip()] or ["Lưu: VT"]
    doc.closing(recipients, report.signer_title or "GIÁM ĐỐC", report.signer_name)
    rows, n = [], 0
    for unit in data.units:
        for part, label_vi in (
            ("completed", "Hoàn thành"),
            ("in_progress", "Đang triển khai"),
            ("slipped", "Chậm tiến độ"),
        ):
            for line in getattr(unit, part):
                n += 1
                rows.append(
                    [
                        n,
                        unit.name,
                        _name(line),
                        _dmy(line.due_date),
                        label_vi,
                        line.note[:200],
                    ]
                )
    doc.appendix(
        f"Danh mục nhiệm vụ theo đơn vị {label}",
        ["STT", "Đơn vị chủ trì", "Nhiệm vụ", "Thời hạn", "Kết quả", "Ghi chú"],
        rows,
    )
    return doc.to_bytes()
