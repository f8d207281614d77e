"""A notice of conclusions gives its points to posts held in a body of the issuer and to divisions named
after a topic label: the post of the issuer's own Youth Union or trade union branch (`Bí thư Đoàn
trường`, `Chủ tịch Công đoàn cơ sở`) leads as printed, not the branch; a bare deputy's post with his
holder noted (`Phó Trưởng ban (ông …) chủ trì …`) leads without the holder; a lettered point opening with
a topic label (`Về thông tin, tuyên truyền: Phòng … biên tập …`) is led by the unit after the colon;
and an undated charge to every deputy `thường xuyên` overseeing is no item. Own text, not a corpus
document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import assignment_in


def _lead(text: str) -> str | None:
    found = assignment_in(text)
    return found.lead if found else None


def test_a_union_branchs_post_leads_as_printed():
    assert (
        _lead("Bí thư Đoàn trường tổ chức buổi gặp mặt các đội tuyển vào ngày 06/01/2027.")
        == "Bí thư Đoàn trường"
    )
    assert (
        _lead("Phó Bí thư Chi đoàn giáo viên chuẩn bị tiết mục văn nghệ.") == "Phó Bí thư Chi đoàn giáo viên"
    )
    assert (
        _lead("Chủ tịch Công đoàn cơ sở tổ chức thăm hỏi giáo viên trước ngày 20/01/2027.")
        == "Chủ tịch Công đoàn cơ sở"
    )
    assert _lead("Bí thư Đoàn xã vận động đoàn viên tham gia hiến máu.") == "Bí thư Đoàn xã"


def test_limits_of_the_branch_post():
    # the branch itself, and a head named by `đồng chí` and his name: the branch leads as before
    assert _lead("Đoàn trường tổ chức buổi gặp mặt.") == "Đoàn trường"
    assert _lead("Giao đồng chí Trần Văn Bảy, Bí thư Chi bộ, triển khai nghị quyết.") == "Chi bộ"
    # a head of a unit that is no union branch: the unit leads (`Chánh Văn phòng` → `Văn phòng`)
    assert _lead("Chánh Văn phòng Sở rà soát hồ sơ.") == "Văn phòng Sở"


def test_a_bare_deputys_post_with_its_holder_leads():
    text = "Phó Trưởng ban (ông Thào A Sình) chủ trì làm việc với các doanh nghiệp trong tháng 02/2027."
    assert _lead(text) == "Phó Trưởng ban"
    assert (
        _lead("Phó Hiệu trưởng (cô Lê Thu Hằng) bố trí phòng học trước ngày 15/12/2026.") == "Phó Hiệu trưởng"
    )
    # a verb that directs gives the work to the unit after it: not the post
    assert (
        _lead("Phó Trưởng ban (ông Thào A Sình) chỉ đạo Phòng Nghiệp vụ rà soát hồ sơ.") != "Phó Trưởng ban"
    )
    # no holder noted: the bare post is left to the rules of posts (no field, no lead)
    assert _lead("Phó Trưởng ban chủ trì làm việc với các doanh nghiệp.") is None


def test_the_unit_after_a_topic_label_leads():
    assert (
        _lead(
            "Về thông tin, tuyên truyền: Phòng Thông tin - Đối ngoại biên tập đặc san số Xuân 2027; phát hành trước ngày 22/01/2027."
        )
        == "Phòng Thông tin - Đối ngoại"
    )
    assert (
        _lead(
            "Về vận động nguồn lực: Phòng Nghiệp vụ tổng hợp danh mục dự án kêu gọi tài trợ, gửi Sở Tài chính thẩm tra."
        )
        == "Phòng Nghiệp vụ"
    )
    # `giao` after the label: the unit it names
    assert _lead("Về kinh phí: giao Văn phòng Ban lập dự toán.") == "Văn phòng Ban"
    # the body's verdict after the colon: its `giao` names the lead
    assert (
        _lead(
            "Về đề xuất của nhà thầu xin gia hạn: Sở đồng ý về chủ trương, giao Phòng Kế hoạch - Tài chính thẩm định."
        )
        == "Phòng Kế hoạch - Tài chính"
    )
    # no unit after the colon: nothing read from the label
    assert _lead("Về kinh phí: bảo đảm đủ cho các hoạt động.") is None


def test_a_field_then_tong_hop_stays_the_name():
    # `tổng hợp` of a name before a verb or a report: the name keeps it
    assert _lead("Phòng Kế hoạch tổng hợp chủ trì rà soát hồ sơ.") == "Phòng Kế hoạch tổng hợp"
    assert _lead("Trung tâm Dịch vụ tổng hợp xây dựng phương án.") == "Trung tâm Dịch vụ tổng hợp"


NOTICE = """THÔNG BÁO
Kết luận của Hiệu trưởng tại cuộc họp chuẩn bị Hội khỏe Phù Đổng năm 2028

Ngày 05/3/2028, Hiệu trưởng chủ trì cuộc họp. Hiệu trưởng kết luận như sau:

1. Phó Hiệu trưởng phụ trách chuyên môn xây dựng kế hoạch thi đấu, ban hành trước ngày 12/3/2028.
2. Bí thư Đoàn trường tổ chức lễ xuất quân cho vận động viên vào ngày 20/3/2028.
3. Chủ tịch Công đoàn cơ sở vận động giáo viên ủng hộ kinh phí trước ngày 15/3/2028.
4. Các Phó Hiệu trưởng theo lĩnh vực được phân công thường xuyên kiểm tra, đôn đốc việc thực hiện các nội dung trên.

Nhà trường thông báo để các bộ phận, cá nhân biết, thực hiện./.
"""


def test_a_schools_notice_posts_lead_and_the_deputies_charge_is_no_item():
    items = import_document(NOTICE.encode(), "tb.txt", units=[], year=2028).items
    leads = [item.lead_text for item in items]
    assert leads == ["Phó Hiệu trưởng phụ trách chuyên môn", "Bí thư Đoàn trường", "Chủ tịch Công đoàn cơ sở"]


BOARD = """Hà Tiên, ngày 08 tháng 01 năm 2028

THÔNG BÁO
Kết luận của Trưởng ban tại cuộc họp chuẩn bị Hội nghị kiều bào năm 2028

Chiều ngày 06/01/2028, Trưởng ban chủ trì cuộc họp. Trưởng ban kết luận:

1. Dự kiến có khoảng 450 đại biểu kiều bào dự Hội nghị; công tác chuẩn bị cơ bản bảo đảm tiến độ.
2. Các nhiệm vụ:
a) Về khánh tiết: Văn phòng Ban chuẩn bị hội trường, tổ chức gặp mặt vào ngày 24/01/2028.
b) Đề nghị Sở Ngoại vụ cử cán bộ phiên dịch tại buổi gặp mặt.
c) Đề nghị Công an tỉnh hướng dẫn thủ tục lưu trú cho kiều bào trong dịp Tết.
3. Các phòng thuộc Ban chủ động phối hợp chặt chẽ, tránh chồng chéo.

Ban thông báo để các phòng biết, thực hiện./.
"""


def test_a_forecast_and_a_charge_to_work_together_are_no_items_and_the_gathering_dates_a_point():
    items = import_document(BOARD.encode(), "tb.txt", units=[], year=2028).items
    assert [item.ref for item in items] == ["2.a", "2.b", "2.c"]
    met, helped, stay = items
    assert [item.lead_text for item in items] == ["Văn phòng Ban", "Sở Ngoại vụ", "Công an tỉnh"]
    assert met.due_date.isoformat() == "2028-01-24"
    assert helped.due_date.isoformat() == "2028-01-24"  # `tại buổi gặp mặt`: the gathering's day
    assert stay.due_needs_review  # `trong dịp Tết`: a time for a person to set


def test_limits_of_the_charge_to_work_together_and_the_forecast():
    from types import SimpleNamespace

    from engine.importing.layouts.conclusions import _reminder, tells_how_things_stand

    def point(content, due="", lead=""):
        return SimpleNamespace(content=content, due=due, lead=lead)

    assert _reminder(point("Các phòng thuộc Ban chủ động phối hợp chặt chẽ, tránh chồng chéo."))
    # an act of its own, or a time: a task
    assert not _reminder(point("Các phòng phối hợp chặt chẽ, rà soát hồ sơ tồn đọng."))
    assert not _reminder(point("Các phòng chủ động phối hợp chặt chẽ", due="trước ngày 15/01/2028"))
    assert tells_how_things_stand(point("Dự kiến có khoảng 1.200 lượt kiều bào về quê dịp Tết."))
    # a plan to hold something is an act
    assert not tells_how_things_stand(point("Dự kiến tổ chức 02 đoàn kiều bào thăm khu công nghiệp."))
