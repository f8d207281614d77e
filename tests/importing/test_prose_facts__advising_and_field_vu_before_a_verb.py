"""Where a unit's name ends inside a sentence (prose_facts._until_verb, _NAME_WORDS): advising (`tư
vấn`) in lower case ends a name as its verb, unless it is printed with a capital (`Tổ Tư vấn học
đường`) or names the body in lower case (`Hội đồng tư vấn`, `đơn vị tư vấn`); and `tổ chức` after a
field ending in `vụ` (`Nghiệp vụ`, `Dịch vụ`) is the body's verb, while `Vụ Tổ chức`, `Ban Tổ
chức`, `Phòng Tổ chức` stay names."""

from engine.importing.layouts.prose_facts import assignment_in


def _lead(text: str) -> str:
    found = assignment_in(text)
    assert found is not None
    return found.lead


def test_advising_in_lower_case_ends_a_name():
    assert _lead("Tổ Tư vấn học đường tư vấn chọn trường cho học sinh lớp 9 trong tháng 4/2028.") == (
        "Tổ Tư vấn học đường"
    )
    assert _lead("Phòng Pháp chế tư vấn pháp lý cho các doanh nghiệp nhỏ và vừa.") == "Phòng Pháp chế"


def test_a_body_named_by_advising_keeps_its_words():
    assert _lead("Hội đồng tư vấn thẩm định hồ sơ đề nghị xét tặng danh hiệu.") == "Hội đồng tư vấn"
    assert _lead("Trung tâm Tư vấn pháp luật tổ chức buổi trợ giúp pháp lý lưu động.") == (
        "Trung tâm Tư vấn pháp luật"
    )


def test_organising_after_a_field_ending_in_vu_is_the_verb():
    assert _lead("Phòng Kế hoạch - Nghiệp vụ tổ chức tập huấn cho nhân viên y tế xã.") == (
        "Phòng Kế hoạch - Nghiệp vụ"
    )
    assert _lead("Trung tâm Dịch vụ tổ chức phiên đấu giá quyền sử dụng đất.") == "Trung tâm Dịch vụ"


def test_an_organising_department_stays_a_name():
    assert _lead("Vụ Tổ chức cán bộ chủ trì rà soát quy hoạch cán bộ.") == "Vụ Tổ chức cán bộ"
    assert _lead("Ban Tổ chức Huyện ủy tham mưu kiện toàn nhân sự.") == "Ban Tổ chức Huyện ủy"
