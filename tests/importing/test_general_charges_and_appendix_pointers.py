"""Points of a plan that are no items beside its items (held-out h488, h495, h604; siblings tj1–tj3):
under `TỔ CHỨC THỰC HIỆN` an undated charge to the heads of every unit of a kind (`Trưởng các thôn chủ
động …, phối hợp thực hiện Kế hoạch.`: prose_tasks `general_charges`, `_every_unit_or_heads`) and a
post's general direction (`Phó Hiệu trưởng … chỉ đạo chung, …`: recognisers `_directs_in_general`),
and among the tasks a point that only says where a schedule is set out (`Lịch … tại Phụ lục kèm theo
Kế hoạch này.`: prose_tasks `_appendix_pointer`). Their limits: a dated charge is a reporting request
(an item), a task's verb before the appendix keeps the point a task, a post given a task leads it."""

from pathlib import Path

from engine.importing.build import import_document
from engine.importing.layouts import prose_plan
from engine.importing.layouts.prose_tasks import _every_unit_or_heads
from engine.importing.recognisers import _directs_in_general
from engine.text import fold
from tests.importing.helpers_blocks import context_of

PLAN = """
ỦY BAN NHÂN DÂN XÃ TÂN HƯNG
KẾ HOẠCH
Phòng, chống thiên tai năm 2028
I. MỤC ĐÍCH, YÊU CẦU
Chủ động ứng phó, giảm thiểu thiệt hại do thiên tai gây ra.
II. NHIỆM VỤ CỤ THỂ
1. Rà soát các hộ dân sống ven sông có nguy cơ sạt lở
- Chủ trì: Phòng Kinh tế.
- Thời gian: trước ngày 30/4/2028.
2. Diễn tập phương án sơ tán dân
- Chủ trì: Ban Chỉ huy Quân sự xã.
- Thời gian: Quý II/2028.
3. Danh sách các điểm sơ tán dân tại Phụ lục kèm theo Kế hoạch này.
4. Tổ chức tập huấn kỹ năng cứu hộ theo lịch tại Phụ lục kèm theo Kế hoạch này.
- Chủ trì: Phòng Văn hóa - Xã hội.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Công an xã bảo đảm an ninh trật tự tại các điểm sơ tán.
3. Trưởng các thôn chủ động nắm tình hình trên địa bàn, phối hợp thực hiện Kế hoạch.
4. Trưởng các thôn báo cáo tình hình thiệt hại về Phòng Kinh tế trước ngày 25 hằng tháng.
"""


def _by_start(text: str) -> dict[str, object]:
    return {item.content[:20]: item for item in prose_plan.recognise(context_of(text)).items}


def test_an_undated_charge_to_the_heads_of_every_unit_under_the_organising_section_is_no_item():
    items = _by_start(PLAN)
    assert not any(start.startswith("Trưởng các thôn chủ") for start in items)
    # the named units' duties beside it stay items
    assert items["Phòng Kinh tế là cơ "].lead == "Phòng Kinh tế"
    assert items["Công an xã bảo đảm a"].lead == "Công an xã"


def test_a_dated_request_to_the_heads_of_every_unit_stays_an_item_with_no_named_unit():
    item = _by_start(PLAN)["Trưởng các thôn báo "]
    assert item.due  # its round: an item (a closing reporting request), not a general charge


def test_heads_of_every_unit_are_many_bodies_but_the_head_of_one_body_is_not():
    assert _every_unit_or_heads(fold("Trưởng các thôn chủ động nắm tình hình"))
    assert _every_unit_or_heads(fold("Thủ trưởng các đơn vị thuộc Sở triển khai"))
    assert _every_unit_or_heads(fold("Các phòng căn cứ Kế hoạch"))
    assert not _every_unit_or_heads(fold("Trưởng phòng Kinh tế chủ động bố trí"))
    assert not _every_unit_or_heads(fold("Trưởng Công an xã chỉ đạo lực lượng"))


def test_a_point_that_only_says_where_a_schedule_is_set_out_is_no_item():
    items = _by_start(PLAN)
    assert not any(start.startswith("Danh sách các điểm") for start in items)


def test_a_task_done_as_the_appendix_says_stays_a_task():
    items = _by_start(PLAN)
    assert items["Tổ chức tập huấn kỹ "].lead == "Phòng Văn hóa - Xã hội"


def test_a_posts_general_direction_is_told_apart_from_its_task():
    assert _directs_in_general(
        "Phó Hiệu trưởng phụ trách chuyên môn chỉ đạo chung, điều chỉnh kế hoạch khi cần.",
        "Phó Hiệu trưởng phụ trách chuyên môn",
    )
    assert _directs_in_general("Hiệu trưởng phụ trách chung, phân công nhiệm vụ.", "Hiệu trưởng")
    assert not _directs_in_general(
        "Phó Hiệu trưởng phụ trách chuyên môn tổ chức thi thử lần 1.", "Phó Hiệu trưởng phụ trách chuyên môn"
    )
    assert not _directs_in_general("Văn phòng Sở chỉ đạo các tổ thực hiện.", "Văn phòng Sở")


def test_a_school_plan_over_its_appendix_keeps_the_teams_report_and_drops_the_principals_direction():
    path = Path(__file__).parent / "corpus/docs/tj3_kh_truong_thcs_ngay_hoi_doc_sach_phu_trach_chung.docx"
    items = import_document(path.read_bytes(), path.name, units=[], year=2028).items
    contents = [item.content for item in items]
    assert not any("phụ trách chung" in text for text in contents)
    assert any("Các tổ chuyên môn báo cáo" in text for text in contents)
    assert len(items) == 4


# A unit's plan whose organising section opens with its head by the post alone (yz1; siblings zd1, zd2).
TEAM_PLAN = """
ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 2
KẾ HOẠCH
Kiểm tra hàng hóa dịp Tết năm 2028
I. NỘI DUNG
1. Tổ Tổng hợp rà soát danh sách cơ sở kinh doanh trước ngày 05/01/2028.
2. Tổ kiểm tra số 1 kiểm tra 20 cơ sở tại chợ Bắc, từ ngày 08/01 đến ngày 22/01/2028.
II. TỔ CHỨC THỰC HIỆN
1. Đội trưởng chỉ đạo chung, chịu trách nhiệm trước Chi cục trưởng về kết quả kiểm tra.
2. Bộ phận Hành chính bố trí xe ô tô cho các tổ kiểm tra.
3. Trạm trưởng chỉ đạo chung và tổng kết đợt kiểm tra trước ngày 10/02/2028.
"""


def test_the_head_by_the_post_alone_given_only_the_general_direction_is_no_item():
    items = _by_start(TEAM_PLAN)
    assert not any(start.startswith("Đội trưởng chỉ đạo") for start in items)
    assert items["Bộ phận Hành chính b"].lead == "Bộ phận Hành chính"
    # a head's dated point stays an item
    assert items["Trạm trưởng chỉ đạo "].due


def test_a_head_post_alone_is_read_as_the_subject_of_the_general_direction_with_its_limits():
    for text in (
        "Đội trưởng chỉ đạo chung, chịu trách nhiệm trước Chi cục trưởng về kết quả.",
        "Tổ trưởng phụ trách chung.",
        "Trưởng đoàn chỉ đạo chung việc kiểm tra.",
        "Hiệu trưởng chỉ đạo chung, phân công cán bộ, giáo viên thực hiện.",
        "Phó Trạm trưởng phụ trách chung.",
    ):
        assert _directs_in_general(text), text
    # a head given a task by name, asked for a report, the head of every unit, or a body's name
    assert not _directs_in_general("Đội trưởng chỉ đạo Tổ Tổng hợp rà soát danh sách.")
    assert not _directs_in_general("Tổ trưởng chỉ đạo chung, báo cáo kết quả về Chi cục.")
    assert not _directs_in_general("Tổ trưởng các tổ chỉ đạo chung.")
    assert not _directs_in_general("Trưởng Ban Chỉ đạo chung của tỉnh họp.")
    assert not _directs_in_general("Cán bộ chỉ đạo chung.")
