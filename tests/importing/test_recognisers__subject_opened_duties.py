"""A plan whose numbered duties are sentences each opening with one named body of the issuer — a team,
a unit, a department — its verb right after the name and no `chủ trì` to show it (`1. Tổ An ninh nắm
tình hình …`, `2. Tổ Cảnh sát khu vực rà soát …`): where nearly all the points of a list open so, each
such point is led by the body it opens with, dated or not (prose_tasks `_among_subject_opened_duties`,
`_subject_doer`; held-out h584, siblings sm1–sm3). Limits: sentences telling what bodies did (`đã`,
`đang`) and a list where few points open with a body are no such list."""

from engine.deadlines.parsing import parse_due
from engine.importing.layouts import prose_plan
from engine.importing.layouts.outline import outline, walk
from engine.importing.layouts.prose_tasks import (
    _among_subject_opened_duties,
    _subject_doer,
    _subject_doer_or_opening,
)
from tests.importing.helpers_blocks import context_of, document_of

PLAN = """
ĐỒN BIÊN PHÒNG CỬA KHẨU TÂN AN
KẾ HOẠCH
Bảo đảm an ninh trật tự khu vực cửa khẩu dịp cuối năm 2028
I. MỤC ĐÍCH, YÊU CẦU
1. Nắm chắc tình hình, không để bị động, bất ngờ.
2. Phối hợp chặt chẽ với các lực lượng trên địa bàn.
II. NHIỆM VỤ
1. Đội Trinh sát nắm tình hình các đường mòn, lối mở thường xuyên, báo cáo Chỉ huy Đồn.
2. Đội Vận động quần chúng phối hợp xã tuyên truyền pháp luật, hoàn thành trước ngày 20/12/2028.
3. Tổ Nghiệp vụ quản lý cư trú kiểm tra giấy tờ người lưu trú, xong trước ngày 25/12/2028.
4. Tổ Cơ động tuần tra, kiểm soát, xử lý vi phạm trên tuyến biên giới hằng đêm, từ 20 giờ.
5. Đề nghị Ban Chỉ huy Quân sự xã bố trí dân quân tham gia tuần tra (ngày 31/12/2028).
6. Đội Tham mưu tổng hợp kết quả, báo cáo Chỉ huy Đồn trước ngày 05/01/2029.
"""

# Sentences that tell what bodies did, numbered under a task heading: no list of duties.
TOLD = """
KẾ HOẠCH
Công tác tháng 12 năm 2028
II. NHIỆM VỤ
1. Phòng Kinh tế đã kiểm tra 12 cơ sở kinh doanh trên địa bàn phường.
2. Phòng Tư pháp đã tiếp nhận 40 hồ sơ chứng thực của người dân.
3. Trạm Y tế đang tiêm vắc xin cho trẻ em dưới 5 tuổi.
4. Phòng Văn hóa đã tổ chức 03 hội thi văn nghệ tại các khu phố.
"""

# Few points open with a body: an outline of unassigned paragraphs, not a list of bodies' duties.
FEW = """
KẾ HOẠCH
Công tác tháng 12 năm 2028
II. NHIỆM VỤ
1. Tăng cường công tác tuyên truyền về phòng cháy, chữa cháy.
2. Rà soát, bổ sung phương án chữa cháy tại các chợ.
3. Đội Kiểm tra kiểm tra các cơ sở kinh doanh karaoke.
4. Tổ chức diễn tập phương án chữa cháy trước ngày 20/12/2028.
5. Tổ Tuyên truyền phát tờ rơi tại các khu dân cư.
6. Nâng cao chất lượng công tác trực ban.
"""


def _by_start(text: str) -> dict[str, object]:
    recognised = prose_plan.recognise(context_of(text))
    return {item.content[:20]: item for item in recognised.items} if recognised else {}


def test_numbered_duties_each_opening_with_a_team_are_led_by_it():
    items = _by_start(PLAN)
    assert items["Đội Trinh sát nắm tì"].lead == "Đội Trinh sát"
    assert items["Đội Vận động quần ch"].lead == "Đội Vận động quần chúng"
    assert items["Tổ Cơ động tuần tra,"].lead == "Tổ Cơ động"
    assert items["Đội Tham mưu tổng hợ"].lead == "Đội Tham mưu"
    # the request to an outside body is led by the body it asks, as before
    assert items["Đề nghị Ban Chỉ huy "].lead == "Ban Chỉ huy Quân sự xã"
    # the aims are no duties
    assert not any(start.startswith("Nắm chắc") for start in items)


def test_a_team_named_with_a_field_that_reads_like_a_verb_is_read_in_full():
    items = _by_start(PLAN)
    assert items["Tổ Nghiệp vụ quản lý"].lead == "Tổ Nghiệp vụ quản lý cư trú"
    assert _subject_doer("Tổ Cán bộ quản lý hồ sơ rà soát hồ sơ lưu trữ.").lead == "Tổ Cán bộ quản lý hồ sơ"


def test_limit_a_name_is_not_read_on_over_a_task_and_more():
    # (`đánh giá chất lượng` then `xây dựng bộ đề`: two acts, the task read into the name)
    text = "Tổ Chuyên môn đánh giá chất lượng xây dựng bộ đề kiểm tra cuối kỳ, xong trước ngày 25/12/2028."
    assert _subject_doer(text).lead == "Tổ Chuyên môn"


def test_a_nightly_duty_is_a_standing_one():
    assert _by_start(PLAN)["Tổ Cơ động tuần tra,"].due == "hằng đêm"
    assert parse_due("hằng đêm", year=2028).recurrence == "ongoing"


def _points(text: str) -> list:
    return [node for node in walk(outline(document_of(text))) if node.kind == "number"]


def test_limit_a_sentence_telling_what_a_body_did_is_no_duty_of_it():
    assert _subject_doer("Phòng Kinh tế đã kiểm tra 12 cơ sở kinh doanh.") is None
    assert _subject_doer("Trạm Y tế đang tiêm vắc xin cho trẻ em dưới 5 tuổi.") is None
    assert not any(_among_subject_opened_duties(node) for node in _points(TOLD))


def test_limit_a_list_where_few_points_open_with_a_body_is_no_list_of_their_duties():
    points = _points(FEW)
    assert not any(_among_subject_opened_duties(node) for node in points)
    # (the list of duties itself, for contrast)
    assert all(_among_subject_opened_duties(node) for node in _points(PLAN) if node.parent.mark == "II")


def test_a_point_whose_verb_no_list_knows_is_led_by_the_unit_it_opens_with():
    """Among duties that open with their body and its verb, a point whose verb is in no list
    (`luyện tập`, `khám`) is still led by the unit it opens with (h96, after `duy trì` became a verb);
    a sentence telling what a body did is not."""
    assert _subject_doer("Trung đội dân quân cơ động xã luyện tập phương án phòng cháy.") is None
    assert _subject_doer_or_opening("Trung đội dân quân cơ động xã luyện tập phương án phòng cháy.").lead == (
        "Trung đội dân quân cơ động xã"
    )
    assert _subject_doer_or_opening(
        "Trạm Y tế xã khám sức khỏe cho công dân, trước ngày 30/10/2028."
    ).lead == ("Trạm Y tế xã")
    assert _subject_doer_or_opening("Phòng Kinh tế đã luyện tập phương án phòng cháy.") is None


# A plan whose duties mostly open with a unit and a verb no list knows (`diễn tập`, `gia cố`,
# `canh gác`): they count as such duties, so the known-verb ones among them are read too (zm1).
DRILLS = """
KẾ HOẠCH
Phòng, chống thiên tai năm 2028
II. NHIỆM VỤ
1. Trung đội dân quân thường trực xã diễn tập phương án sơ tán dân trong tháng 5/2028.
2. Ban Chỉ huy phòng thủ dân sự xã rà soát danh sách hộ dân trước ngày 15/4/2028.
3. Trạm Y tế xã dự trữ cơ số thuốc, hoàn thành trước ngày 31/5/2028.
4. Trường Tiểu học Kim Đồng gia cố mái che phòng học, xong trước ngày 20/8/2028.
5. Đội Thanh niên xung kích xã canh gác các điểm xung yếu thường xuyên.
6. Văn phòng UBND xã tổng hợp, báo cáo kết quả định kỳ hằng quý.
"""


def test_points_whose_verbs_no_list_knows_count_among_the_duties():
    assert all(_among_subject_opened_duties(node) for node in _points(DRILLS) if node.parent.mark == "II")


def test_a_note_in_parentheses_after_the_name_is_read_past():
    """`Sở X (cơ quan thường trực …) theo dõi …`: the unit before the note leads (h151's first point,
    once its list counts as duties opening with their bodies); a parenthesis that opens the sentence,
    or a note after words that are no unit's name, gives no lead."""
    assert _subject_doer_or_opening(
        "Sở Nông nghiệp và Môi trường (cơ quan thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh) theo dõi "
        "chặt chẽ diễn biến của bão, báo cáo trước 17 giờ ngày 15/9/2028."
    ).lead == ("Sở Nông nghiệp và Môi trường")
    assert _subject_doer_or_opening("(Sở Tài chính) theo dõi việc giải ngân.") is None
    assert _subject_doer_or_opening("Tăng cường (nhất là dịp Tết) kiểm tra các cơ sở.") is None
