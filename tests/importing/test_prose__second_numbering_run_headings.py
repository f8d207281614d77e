"""Numbered sub-headings counted in a run of their own while the tasks under them are numbered on
across them (h841, taught by h13fixZP): the sub-headings are headings, not tasks; with its limits."""

import io

from engine.importing.build import import_document


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
