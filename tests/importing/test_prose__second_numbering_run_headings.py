"""Numbered sub-headings counted in a run of their own while the tasks under them are numbered on
across them (h841, taught by h13fixZP), or numbered again from `1.` under each topic heading (`1. Về
công tác …`, h842, taught by h13fixZY): the sub-headings are headings, not tasks; with its limits."""

import io

from engine.importing.build import import_document
from engine.importing.layouts.outline import _second_run_headings


def _docx(lines: list[str]) -> bytes:
    from docx import Document

    document = Document()
    for line in ["KẾ HOẠCH", "Tổ chức Tháng hành động vì môi trường năm 2030", "I. NỘI DUNG", *lines]:
        document.add_paragraph(line)
    document.add_paragraph("Nơi nhận:")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _contents(lines: list[str]) -> list[str]:
    result = import_document(_docx(lines), "kh.docx", units=[], year=2030)
    return [item.content.split(" ")[0] for item in result.items]


_TASKS = [
    "1. Phát động ra quân dọn vệ sinh bờ hồ Tây Lạc.",
    "- Chủ trì: Phòng Tài nguyên và Môi trường; thời gian: ngày 05/6/2030.",
    "2. Trồng 2.000 cây xanh tại các trường học.",
    "- Chủ trì: Phòng Giáo dục và Đào tạo; thời gian: trước 20/6/2030.",
    "3. Thu gom rác thải nhựa ở các chợ.",
    "- Chủ trì: Ban Quản lý chợ; thời gian: trước 25/6/2030.",
]


def test_short_numbered_headings_of_their_own_run_are_not_tasks():
    lines = ["1. Hoạt động cấp huyện", *_TASKS[:4], "2. Hoạt động ở xã", *_TASKS[4:], "3. Sơ kết"]
    lines += ["4. Sơ kết Tháng hành động, biểu dương điển hình.", "- Chủ trì: Văn phòng; thời gian: 7/2030."]
    assert _contents(lines) == ["Phát", "Trồng", "Thu", "Sơ"]


def test_a_heading_with_a_task_verb_and_its_object_is_no_heading_of_a_run():
    lines = ["1. Tổ chức hội thi vẽ tranh", *_TASKS[:4], "2. Hoạt động ở xã", *_TASKS[4:]]
    assert "Tổ" in _contents(lines) and "Hoạt" in _contents(lines)


def test_headings_that_restart_the_tasks_run_are_no_second_run():
    # every heading followed by a `1.`: the tasks restart under each, nothing runs on across them
    lines = ["1. Hoạt động cấp huyện", *_TASKS[:2], "2. Hoạt động ở xã", _TASKS[0], _TASKS[1]]
    assert "Hoạt" in _contents(lines)


def test_topic_headings_over_points_numbered_again_from_one_are_headings():
    lines = ["1. Về công tác bảo vệ môi trường cấp huyện năm 2030", *_TASKS[:4]]
    lines += ["2. Hoạt động ở xã", *_TASKS[:6], "3. Về sơ kết", *_TASKS[:4]]
    assert _second_run_headings(list(enumerate(lines)))[0] == {0, 5, 12}
    assert _contents(lines) == ["Phát", "Trồng", "Phát", "Trồng", "Thu", "Phát", "Trồng"]


def test_no_topic_headings_where_a_heading_has_one_point_or_ends_in_a_colon():
    # one point under the heading before: the run restarts after a single task (no heading run)
    lines = ["1. Về công tác cấp huyện", *_TASKS[:2], "2. Về công tác ở xã", *_TASKS[:4]]
    assert "Về" in _contents(lines)
    # a heading ending in a colon is a group of its own points (read as such elsewhere), no topic run
    lines = ["1. Phòng Tài nguyên và Môi trường:", *_TASKS[:4], "2. Phòng Giáo dục:", *_TASKS[:4]]
    assert _second_run_headings(list(enumerate(lines))) == (set(), set())
    lines = [line.replace(":", "") if "Phòng" in line[:8] else line for line in lines]
    assert _second_run_headings(list(enumerate(lines)))[0] == {0, 5}
    # a long title not opened by `Về` is no heading
    lines = [
        "1. Công tác bảo vệ môi trường cấp huyện trong năm 2030",
        *_TASKS[:4],
        "2. Hoạt động ở xã",
        *_TASKS[:4],
    ]
    assert "Công" in _contents(lines)
