"""A notice of conclusions' assessment of a period with no `đã` (`Năm 2026, tình hình … cơ bản ổn định;
…`) and its exhortation to all the staff (`Các đồng chí cán bộ, chiến sĩ nâng cao tinh thần trách nhiệm,
chủ động thực hiện nhiệm vụ được giao.`): no items; their limits (h696, siblings xg1, xg2)."""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from types import SimpleNamespace

from engine.importing.layouts import conclusions
from engine.importing.layouts.conclusions import tells_how_things_stand


def _item(content, due="", lead=""):
    return SimpleNamespace(content=content, ref=None, section=None, due=due, lead=lead)


def test_a_period_then_its_state_is_an_assessment():
    assert tells_how_things_stand(
        _item(
            "Năm 2026, tình hình an ninh trật tự trên địa bàn cơ bản ổn định; tai nạn giao thông giảm 2 vụ."
        )
    )
    assert tells_how_things_stand(
        _item("Sáu tháng đầu năm 2029, công tác cải cách hành chính có chuyển biến tích cực; tỷ lệ còn thấp.")
    )
    assert tells_how_things_stand(_item("Quý II/2028, tiến độ giải ngân vốn đầu tư công còn chậm."))
    # the lead read is the clause's own subject, the due the opening period
    assert tells_how_things_stand(
        _item(
            "Quý III/2028, hoạt động khám, chữa bệnh tại Bệnh viện tương đối ổn định; công suất đạt 92%.",
            due="Quý III/2028",
            lead="Quý III/2028, hoạt động khám, chữa bệnh tại Bệnh viện tương đối ổn định",
        )
    )


def test_a_period_then_an_act_or_a_state_aimed_at_is_no_assessment():
    assert not tells_how_things_stand(_item("Năm 2027, các đội tổ chức tuần tra vào các ngày cao điểm."))
    assert not tells_how_things_stand(
        _item("Năm 2027, phấn đấu giữ tình hình an ninh trật tự cơ bản ổn định.")
    )
    assert not tells_how_things_stand(_item("Năm 2027, bảo đảm tình hình an ninh trật tự được giữ vững."))
    # a state in a later clause only: the first clause assigns
    assert not tells_how_things_stand(
        _item("Năm 2027, Đội Cảnh sát giao thông tuần tra Quốc lộ 48E; tình hình còn phức tạp.")
    )
    # a state that assigns or is dated stays a task
    assert not tells_how_things_stand(
        _item("Năm 2027, tình hình còn phức tạp, giao Đội Cảnh sát trật tự tăng cường tuần tra.")
    )


def test_an_exhortation_to_all_the_staff_is_no_task():
    assert conclusions._exhortation(
        _item(
            "Các đồng chí cán bộ, chiến sĩ nâng cao tinh thần trách nhiệm, chủ động thực hiện nhiệm vụ được giao."
        )
    )
    assert conclusions._exhortation(
        _item(
            "Toàn thể viên chức, người lao động nâng cao ý thức trách nhiệm, phát huy tinh thần đoàn kết, hoàn thành tốt nhiệm vụ được giao."
        )
    )
    assert conclusions._exhortation(
        _item(
            "Các đồng chí cán bộ, công chức xã tiếp tục nêu cao tinh thần trách nhiệm, chủ động thực hiện nhiệm vụ được giao."
        )
    )


def test_a_concrete_act_for_all_the_staff_or_a_dated_one_stays_a_task():
    assert not conclusions._exhortation(
        _item("Toàn thể viên chức, người lao động dự Lễ chào cờ đầu tháng tại Hội trường.")
    )
    assert not conclusions._exhortation(
        _item("Các đồng chí đảng viên cập nhật thông tin cá nhân trên Sổ tay đảng viên điện tử.")
    )
    # one concrete clause among the exhortations keeps it a task
    assert not conclusions._exhortation(
        _item(
            "Các đồng chí cán bộ, chiến sĩ nâng cao tinh thần trách nhiệm, trực 100% quân số đêm giao thừa."
        )
    )
    assert not conclusions._exhortation(
        _item(
            "Toàn thể cán bộ nâng cao tinh thần trách nhiệm trước ngày 30/01/2027.",
            due="trước ngày 30/01/2027",
        )
    )
    # a named body or post is no staff at large
    assert not conclusions._exhortation(_item("Phòng Tổ chức nâng cao tinh thần trách nhiệm."))


def test_the_standing_duty_of_every_officer_of_a_kind_is_no_task():
    # (h13fixZY, h842) a kind of post every one of them holds, their duty under the rules
    assert conclusions._exhortation(
        _item(
            "Các kiểm soát viên chịu trách nhiệm về thời hạn giải quyết hồ sơ theo quy định, không để hồ sơ quá hạn."
        )
    )
    assert conclusions._exhortation(
        _item(
            "Các chuyên viên chịu trách nhiệm về tiến độ thẩm định hồ sơ theo quy định, không để hồ sơ tồn đọng."
        )
    )
    # a time the point does not print (its topic heading's year) does not date it
    assert conclusions._exhortation(
        _item(
            "Các kiểm soát viên chịu trách nhiệm về thời hạn giải quyết hồ sơ theo quy định.",
            due="cuối năm 2026",
        )
    )


def test_a_duty_not_under_the_rules_or_dated_or_of_a_named_body_stays_a_task():
    # responsibility for a thing of its own, not `theo quy định`: a task
    assert not conclusions._exhortation(
        _item("Các kiểm soát viên chịu trách nhiệm rà soát hồ sơ tạm ứng quá hạn.")
    )
    assert not conclusions._exhortation(
        _item(
            "Các kiểm soát viên chịu trách nhiệm về thời hạn giải quyết hồ sơ theo quy định, không để hồ sơ quá hạn trước ngày 31/12/2026.",
            due="trước ngày 31/12/2026",
        )
    )
    assert not conclusions._exhortation(
        _item("Tổ Kiểm soát chi chịu trách nhiệm về thời hạn giải quyết hồ sơ theo quy định.")
    )
