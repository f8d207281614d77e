"""A task's doer under `Phân công:` (a paragraph of its own under a lettered task), a team named by
two acts with its dashed act and object (`Tổ Kiểm tra - Giám sát khai thác`), a bare body closing a
point among points that print their fields, and dash points led by their subject among fellows that
name their doer by every body of a kind or a closing parenthesis (h13fixYT: h780, h777)."""

import pytest

from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import assignment_in, doer_labelled, labelled_fields

pytestmark = pytest.mark.django_db


def test_a_doer_under_phan_cong_leads_as_a_holders_label_does():
    assert labelled_fields("Phân công: Tổ Quy hoạch - Tài nguyên khoáng sản.") == {
        "lead": "Tổ Quy hoạch - Tài nguyên khoáng sản"
    }
    fields = labelled_fields(
        "Phân công: Tổ Cấp phép khai thác khoáng sản chủ trì, phối hợp Trung tâm Phát triển quỹ đất."
    )
    assert fields["lead"] == "Tổ Cấp phép khai thác khoáng sản"
    assert fields["coordinating"] == "Trung tâm Phát triển quỹ đất"


def test_a_date_or_a_heading_holding_phan_cong_or_a_person_under_it_is_no_doer_field():
    # limits: the label alone before its colon, a body's name after it
    assert doer_labelled("Ngày phân công: 02/3/2027") is None
    assert doer_labelled("Phân công nhiệm vụ: các tổ thực hiện như sau") is None
    assert doer_labelled("Phân công: đồng chí Lê Thị Lan") is None
    assert doer_labelled("PHÂN CÔNG: TỔ KIỂM TRA") is None


def test_a_team_named_by_two_acts_keeps_its_dashed_act_and_object():
    assert assignment_in("Tổ Kiểm tra - Giám sát khai thác là bộ phận đầu mối, theo dõi, đôn đốc").lead == (
        "Tổ Kiểm tra - Giám sát khai thác"
    )
    assert labelled_fields("Phân công: Tổ Kiểm tra - Xử lý vi phạm.") == {
        "lead": "Tổ Kiểm tra - Xử lý vi phạm"
    }


def test_a_dashed_act_after_a_name_that_is_no_act_or_with_more_after_it_is_cut_as_before():
    # limits: a subject's name before the dash (`Tổ Ngữ văn`), or a number after the object
    assert labelled_fields("Phân công: Tổ Ngữ văn - Giám sát khai thác.") != {
        "lead": "Tổ Ngữ văn - Giám sát khai thác"
    }
    assert labelled_fields("Phân công: Tổ Kiểm tra - Giám sát khai thác số 2.") != {
        "lead": "Tổ Kiểm tra - Giám sát khai thác số 2"
    }


_CHAPTERS = """# HỘI CHỮ THẬP ĐỎ XÃ AN PHÚ

# KẾ HOẠCH
## Hoạt động nhân đạo năm 2028

### II. NỘI DUNG

**1. Khảo sát**

- Các chi hội thôn rà soát hộ khó khăn, gửi Văn phòng Hội trước ngày 20/01/2028.
- Văn phòng Hội tổng hợp danh sách trước ngày 25/01/2028.
- Chi hội thôn Nam Sơn phối hợp Trạm Y tế xã khám bệnh cho người cao tuổi ngày 15/01/2028.

**2. Trao quà**

- Ban Thường vụ Hội vận động doanh nghiệp ủng hộ quà Tết trước ngày 30/01/2028.
- Tổ chức trao quà tại Hội trường xã ngày 05/02/2028 (Văn phòng Hội chuẩn bị).
- Chi hội thôn Bắc Sơn thăm hỏi người cao tuổi cô đơn trước ngày 08/02/2028.
"""


def _leads(text: str, name: str = "ke_hoach.md") -> dict[str, str]:
    imported = import_document(text.encode(), name, units=[], year=2028)
    return {item.content[:25]: item.lead_text for item in imported.items}


def test_dash_points_led_by_their_subject_beside_every_chapters_and_a_closing_doer():
    leads = _leads(_CHAPTERS)
    assert leads["Văn phòng Hội tổng hợp da"] == "Văn phòng Hội"
    assert leads["Ban Thường vụ Hội vận độn"] == "Ban Thường vụ Hội"
    assert leads["Chi hội thôn Bắc Sơn thăm"] == "Chi hội thôn Bắc Sơn"


def _dash_nodes(text: str) -> dict[str, object]:
    from engine.importing.layouts.outline import outline, walk
    from engine.importing.readers import read_document

    tree = outline(read_document(text.encode(), "ke_hoach.md"))
    return {node.text[:25]: node for node in walk(tree) if node.kind == "dash"}


def test_dash_points_among_fellows_naming_their_doer_are_subject_points():
    from engine.importing.layouts.prose_tasks import _among_subject_body_points

    # three fellows open with a named body; every chapter's point and the closing doer name theirs too
    assert _among_subject_body_points(_dash_nodes(_CHAPTERS)["Văn phòng Hội tổng hợp da"])


def test_dash_points_mostly_bare_tasks_are_not_subject_points():
    from engine.importing.layouts.prose_tasks import _among_subject_body_points

    # limit: the same three named bodies among bare tasks that name no doer (under the share)
    bare = _CHAPTERS.replace("- Các chi hội thôn rà soát", "- Rà soát").replace(
        " (Văn phòng Hội chuẩn bị)", ""
    )
    assert not _among_subject_body_points(_dash_nodes(bare)["Văn phòng Hội tổng hợp da"])


_FIELDED = """KẾ HOẠCH KHẢO SÁT NĂM 2028

II. NỘI DUNG

1. Đo mực nước tại 120 giếng khoan.
Phân công: Tổ Khảo sát - Đo đạc.
Thời gian: trước ngày 25/3/2028.
2. Lấy 60 mẫu nước phân tích độ mặn.
Phân công: Tổ Địa chất - Thủy văn.
Thời gian: trước ngày 31/3/2028.
3. Lập sơ đồ phân bố giếng khoan vùng ven biển.
Phân công: Tổ Địa chất - Thủy văn.
Thời gian: Quý II/2028.
4. Bố trí phương tiện, nhiên liệu cho các tổ (Tổ Tổng hợp - Hậu cần).
"""


def test_a_bare_body_closing_a_point_among_fielded_points_leads_it():
    leads = _leads(_FIELDED, "ke_hoach.txt")
    assert leads["Đo mực nước tại 120 giếng"] == "Tổ Khảo sát - Đo đạc"
    assert leads["Bố trí phương tiện, nhiên"] == "Tổ Tổng hợp - Hậu cần"
