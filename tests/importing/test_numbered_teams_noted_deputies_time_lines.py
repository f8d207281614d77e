"""An inspection plan whose numbered tasks open with their doer, the inspection teams among them by
their number (`Đoàn kiểm tra số 1 kiểm tra …`: the team leads; the team bare, `các Đoàn kiểm tra`,
is no unit), and a deputy head by his field, his holder noted, doing a task in person (`Phó Trưởng
phòng phụ trách … (đồng chí …) trực tiếp kiểm tra …`). A plan's activities over dash fields whose doer
is labelled by the issuer's section kind (`Phòng thực hiện:`) and whose time is a dash line of its own
with no label (`- Phát động … trước ngày …; tổng kết, trao giải ngày …`): the activity's due, no
sub-task. Held-out h810 and h806 (moved); siblings yz1–yz3."""

from engine.importing.layouts.prose_facts import UNIT_START, assignment_in, fold_words, labelled_fields
from engine.importing.layouts.prose_tasks import _opens_task, read_tasks
from engine.importing.recognition import FIELD_LABEL
from engine.text import fold
from tests.importing.helpers_blocks import document_of

_INSPECTION_PLAN = """KẾ HOẠCH
Kiểm tra an toàn thực phẩm năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Phát hiện, xử lý kịp thời các vi phạm.
II. NỘI DUNG, TIẾN ĐỘ
1. Bộ phận Tổng hợp lập danh sách cơ sở, trình ký quyết định kiểm tra trước ngày 04/01/2027.
2. Đoàn kiểm tra số 1 kiểm tra 25 cơ sở khu vực phía Bắc, từ ngày 11/01 đến ngày 12/3/2027.
3. Tổ kiểm tra số 2 kiểm tra 18 cơ sở khu vực phía Nam, từ ngày 18/01 đến ngày 26/3/2027.
4. Bộ phận Pháp chế rà soát hồ sơ, tham mưu xử lý vi phạm trước ngày 05/4/2027.
"""


def test_an_inspection_team_by_its_number_leads_its_task():
    items, _legend, _labelled = read_tasks(document_of(_INSPECTION_PLAN), inline=False)
    leads = {item.content.split(" kiểm tra ")[0]: item.lead for item in items}
    assert leads["Đoàn"] == "Đoàn kiểm tra số 1"
    assert leads["Tổ"] == "Tổ kiểm tra số 2"
    assert [item.lead for item in items].count("") == 0


def test_an_inspection_team_is_a_unit_only_by_its_number():
    for folding in (fold, fold_words):  # (plain, and with a name's words joined: `kiem·tra`)
        assert UNIT_START.match(folding("Đoàn kiểm tra liên ngành số 2 kiểm tra"))
        assert UNIT_START.match(folding("Đoàn thanh tra số II thanh tra"))
        for text in ("Đoàn kiểm tra làm việc với", "Đoàn kiểm tra sẽ kiểm tra", "Đoàn công tác của tỉnh"):
            assert not UNIT_START.match(folding(text)), text
    found = assignment_in("Đoàn kiểm tra số 1 kiểm tra 25 bếp ăn tập thể trước ngày 12/3/2027.")
    assert found is not None and found.lead == "Đoàn kiểm tra số 1"


def test_a_deputy_by_his_field_doing_a_task_in_person_opens_it():
    text = (
        "Phó Trưởng phòng phụ trách kiểm tra sau cấp phép (đồng chí Mai Văn Tùng) trực tiếp kiểm tra "
        "đột xuất 05 cơ sở, trong tháng 3/2027."
    )
    assert _opens_task(text, "Phó Trưởng phòng phụ trách kiểm tra sau cấp phép")
    # (after a body's name a person in parentheses is no gloss: the sentence is not read past it)
    assert not _opens_task("Phòng Tổng hợp (ông Lê Văn A) trực tiếp kiểm tra 05 cơ sở.", "Phòng Tổng hợp")
    assert _opens_task("Phòng Tổng hợp trực tiếp kiểm tra 05 cơ sở.", "Phòng Tổng hợp")


def test_a_label_naming_the_issuers_section_kind_is_the_lead():
    for text in ("Phòng thực hiện: Phòng Tin học - Thư viện số.", "Tổ phụ trách: Tổ Giáo dục công chúng."):
        assert FIELD_LABEL.match(fold(text)), text
        assert (labelled_fields(text) or {}).get("lead", "").startswith(text.split(": ")[1][:8]), text
    # the whole label only: no words run on after it, and `Tổ chức thực hiện` is no section's label
    assert not FIELD_LABEL.match(fold("Phòng thực hiện nhiệm vụ được giao: Phòng X."))


_ACTIVITIES = """KẾ HOẠCH
Tổ chức Ngày Sách năm 2027
II. NỘI DUNG HOẠT ĐỘNG
1. Trưng bày sách chủ đề “Đọc để vươn xa”
- Thời gian: từ 15/4 đến 25/4/2027.
- Đơn vị thực hiện: Phòng Thông tin - Thư mục.
2. Cuộc thi “Đại sứ Văn hóa đọc” năm 2027
- Phát động cuộc thi trước ngày 28/02/2027; tổng kết, trao giải ngày 21/4/2027.
- Bộ phận thực hiện: Phòng Phục vụ bạn đọc.
3. Hội sách “Sách hay cho em”
- Chuẩn bị gian hàng trước ngày 10/4/2027.
- Khai mạc hội sách ngày 15/4/2027.
- Đơn vị thực hiện: Phòng Bổ sung.
4. Tọa đàm “Sách và chuyển đổi số”
- Mời diễn giả, chuẩn bị hội trường; tổ chức ngày 19/4/2027.
- Phòng thực hiện: Phòng Tin học - Thư viện số.
"""


def test_a_lone_dated_line_among_an_activitys_fields_is_its_time():
    items, _legend, _labelled = read_tasks(document_of(_ACTIVITIES), inline=False)
    by_start = {item.content[:12]: item for item in items}
    contest = by_start["Cuộc thi “Đạ"]
    assert contest.lead == "Phòng Phục vụ bạn đọc" and "21/4/2027" in contest.due
    assert not any(item.content.startswith("Phát động") for item in items)
    # two dated lines under a title are its sub-tasks, not its time
    assert any(item.content.startswith("Chuẩn bị gian hàng") for item in items)
    assert any(item.content.startswith("Khai mạc hội sách") for item in items)
    # a line with a clause that prints no date is no time line either
    assert any(item.content.startswith("Mời diễn giả") for item in items)
