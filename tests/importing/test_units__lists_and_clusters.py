"""Unit lists split where each part is a unit; --create-units clusters only an abbreviation with its name."""

import pytest

from engine.importing.units import (
    UnitRef,
    UnitResolver,
    expand_codes,
    propose_units,
    sending_office,
    spell_out_short_forms,
    split_units,
)


def test_a_list_of_units_splits_and_a_name_with_a_comma_stays_whole():
    assert split_units("Bộ Tài chính, Bộ Nội vụ, Bộ Tư pháp") == ["Bộ Tài chính", "Bộ Nội vụ", "Bộ Tư pháp"]
    assert split_units("Sở Tài chính; Sở Nội vụ") == ["Sở Tài chính", "Sở Nội vụ"]
    assert split_units("BQLDA, VPUB, các địa phương") == ["BQLDA", "VPUB", "các địa phương"]
    assert split_units("Bộ Văn hóa, Thể thao và Du lịch") == ["Bộ Văn hóa, Thể thao và Du lịch"]
    assert split_units("Bộ Văn hóa, Thể thao và Du lịch, Bộ Công an") == [
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Công an",
    ]
    assert split_units("Báo và Phát thanh, Truyền hình tỉnh") == ["Báo và Phát thanh, Truyền hình tỉnh"]


def test_a_collective_in_the_plural_stays_whole_and_is_no_unit():
    # "các Sở, ban, ngành" names every department, board and sector: "ban" and "ngành" are kinds
    # of the same collective, not units of their own.
    assert split_units("Các Sở, ban, ngành") == ["Các Sở, ban, ngành"]
    assert split_units("Sở Xây dựng, các Sở, ban, ngành tỉnh") == ["Sở Xây dựng", "các Sở, ban, ngành tỉnh"]
    assert split_units("các cơ quan, đơn vị, địa phương liên quan") == [
        "các cơ quan, đơn vị, địa phương liên quan"
    ]
    assert split_units("Các Sở, ban, ngành, Ban Quản lý dự án") == ["Các Sở, ban, ngành", "Ban Quản lý dự án"]
    resolver = UnitResolver([UnitRef(1, "Sở Xây dựng"), UnitRef(2, "Ban Quản lý dự án")])
    found = resolver.resolve("Sở Xây dựng, các Sở, ban, ngành và địa phương")
    assert [u.key for u in found.units] == [1]
    assert found.unresolved == [] and found.vague == ["các Sở, ban, ngành và địa phương"]
    heads = resolver.resolve(
        "Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường"
    )
    assert heads.units == [] and heads.unresolved == [] and len(heads.vague) == 2


UNITS = [
    UnitRef(1, "Bộ Tài chính"),
    UnitRef(2, "Bộ Nội vụ"),
    UnitRef(3, "Bộ Văn hóa, Thể thao và Du lịch"),
    UnitRef(4, "Thanh tra Sở", "Thanh tra", "inspectorate"),
    UnitRef(5, "Phòng Quản lý Khoa học", "QLKH"),
]


def test_the_resolver_reads_each_unit_of_a_list():
    resolver = UnitResolver(UNITS)
    assert [u.key for u in resolver.resolve("Bộ Tài chính, Bộ Nội vụ").units] == [1, 2]
    assert [u.key for u in resolver.resolve("Bộ Văn hóa, Thể thao và Du lịch").units] == [3]
    assert [u.key for u in resolver.resolve("Bộ Văn hóa, Thể thao và Du lịch, Bộ Tài chính").units] == [3, 1]


def test_two_initials_of_plain_words_name_no_unit():
    resolver = UnitResolver(UNITS)
    assert resolver.resolve("Tổ thẩm định").units == []
    assert resolver.resolve("To tham").units == []
    assert [u.key for u in resolver.resolve("TT").units] == [4]


def test_only_an_abbreviation_and_its_full_name_are_clustered():
    proposals = propose_units(
        ["Phòng CĐS", "Chuyển đổi số", "Phòng CDS", "Phòng Chuyển đổi số", "Quản lý Khoa học",
         "Quản lý Kế hoạch", "Quản lý Khoa hoc", "Trung tâm KHXX&NV", "Trung tâm Khoa học Xã hội và Nhân văn"]
    )  # fmt: skip
    assert sorted(sorted(p.spellings) for p in proposals) == sorted(
        [
            sorted(["Phòng CĐS", "Chuyển đổi số", "Phòng CDS", "Phòng Chuyển đổi số"]),
            ["Quản lý Khoa hoc", "Quản lý Khoa học"],
            ["Quản lý Kế hoạch"],
            ["Trung tâm KHXX&NV", "Trung tâm Khoa học Xã hội và Nhân văn"],
        ]
    )
    names = {p.name for p in proposals}
    assert "Phòng Chuyển đổi số" in names and "Trung tâm Khoa học Xã hội và Nhân văn" in names


def test_full_names_one_letter_apart_stay_two_units():
    proposals = propose_units(
        ["Phòng Quản lý Công nghệ", "Phòng Quản lý Chất lượng", "Phòng Kế hoạch Tài chính"]
    )
    assert len(proposals) == 3


def test_coordinating_kinds_of_bodies_read_whole_up_to_related():
    from engine.importing.layouts.prose_facts import coordinating_in

    # "tổ chức" is a verb, but after "cơ quan," it is another kind of body; "liên quan" ends them.
    text = "Chủ trì, phối hợp với cơ quan, tổ chức liên quan thẩm định hoặc có ý kiến về công nghệ"
    assert coordinating_in(text) == "cơ quan, tổ chức liên quan"
    assert (
        coordinating_in("Chủ trì, phối hợp với các đơn vị liên quan, tổ chức kiểm tra")
        == "các đơn vị liên quan"
    )
    assert coordinating_in("Chủ trì, phối hợp với Sở Tài chính tổ chức kiểm tra") == "Sở Tài chính"


def test_a_short_form_spelt_out_in_a_note_names_the_unit_its_letters_start():
    from engine.importing.units import short_form_legend, spells_out

    assert spells_out("Ban QLDA", "Ban Quản lý dự án")
    assert spells_out("Trung tâm Dịch vụ và HTNN", "Trung tâm Dịch vụ và Hỗ trợ nông nghiệp")
    assert spells_out("Phòng KH&ĐT", "Phòng Kế hoạch và Đầu tư")  # the `và` the abbreviation skips
    assert spells_out("Đội QLTT số 3", "Đội Quản lý thị trường số 3")
    assert spells_out("Ban QLDA", "Ban Quản lý dự án đầu tư xây dựng")  # it may stop before the end
    assert not spells_out("Ban QLDA", "Ban Quản lý chợ")  # other letters
    assert not spells_out("Phòng KT", "Trạm Khuyến nông Tân Hòa")  # another body
    legend = short_form_legend(
        [
            "(Ban QLDA: Ban Quản lý dự án đầu tư xây dựng)",  # the letters of its first words
            "(Ban QLC: Ban Quản lý dự án chợ)",  # letters the name's words do not start
            "Ghi chú: Đội QLTT số 3 là Đội Quản lý thị trường số 3.",
            "* Phòng KH&ĐT: Phòng Kế hoạch và Đầu tư.",
            "Thời gian: 15/3/2029",  # no short form
            "Trung tâm Dịch vụ và HTNN (Trung tâm Dịch vụ và Hỗ trợ nông nghiệp) chủ trì",  # a sentence
        ]
    )
    assert legend == {
        "Ban QLDA": "Ban Quản lý dự án đầu tư xây dựng",
        "Đội QLTT số 3": "Đội Quản lý thị trường số 3",
        "Phòng KH&ĐT": "Phòng Kế hoạch và Đầu tư",
    }


def test_a_short_form_may_cut_a_word_with_a_dot_mix_cases_and_leave_off_the_last_words():
    from engine.importing.units import spells_out

    assert spells_out("P. TNMT", "Phòng Tài nguyên và Môi trường")  # `P.` cuts `Phòng`
    assert spells_out("Ph. TNMT", "Phòng Tài nguyên và Môi trường")
    assert not spells_out("P. TNMT", "Ban Tài nguyên và Môi trường")  # `P.` is no cut of `Ban`
    assert spells_out("TTr", "Thanh tra huyện")  # small letters go on the capital's word
    assert spells_out("CTr Sở", "Chương trình Sở")
    assert not spells_out("TTr", "Trung tâm Tin học")  # `Tr` does not start `tâm`
    assert spells_out("BQL Chợ", "Ban Quản lý Chợ thị trấn")  # the level word left off
    assert not spells_out("BQL Chợ", "Ban Quản lý Khu du lịch Chợ Gạo")
    assert not spells_out("Sở", "Sở Y tế")  # no abbreviation


def test_a_short_form_may_take_a_letter_a_word_of_a_name_printed_with_a_capital_on_each_word():
    from engine.importing.units import spells_out

    # `TĐC`: Tiêu chuẩn, Đo lường, Chất lượng (h13fixWC)
    assert spells_out("Trung tâm Kỹ thuật TĐC", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng")
    assert spells_out("Chi cục TĐC", "Chi cục Tiêu chuẩn Đo lường Chất lượng")
    # limits: not where the name's words after the first are in lower case (a field, no title)
    assert not spells_out("Trung tâm TĐC", "Trung tâm Tiêu chuẩn đo lường chất lượng")
    # nor past a word of three syllables or more in lower case after a capital
    assert not spells_out("Phòng QT", "Phòng Quản lý đô thị Thành phố")
    # nor with other letters
    assert not spells_out("Chi cục TĐL", "Chi cục Tiêu chuẩn Đo lường Chất lượng")


def test_a_legend_set_over_lines_is_read_across_the_cut_entries():
    from engine.importing.units import short_form_legend

    legend = short_form_legend(
        [
            "Chữ viết tắt: P. TNMT: Phòng Tài nguyên và Môi trường; Ph. GD-ĐT: Phòng Giáo dục -",
            "Đào tạo; TTr: Thanh tra huyện; BQL Chợ:",
            "Ban Quản lý Chợ thị trấn; TT. YT: Trung tâm",
            "y tế huyện.",
            "Nơi nhận:",
            "- Như trên;",
        ]
    )
    assert legend == {
        "P. TNMT": "Phòng Tài nguyên và Môi trường",
        "Ph. GD-ĐT": "Phòng Giáo dục - Đào tạo",
        "TTr": "Thanh tra huyện",
        "BQL Chợ": "Ban Quản lý Chợ thị trấn",
    }  # `TT. YT` has two abbreviations: no short form read
    # without a legend's head, lines are not joined: the cut entry is lost, the others stay
    assert short_form_legend(["Ban QLDA: Ban Quản lý dự án; Phòng KT:", "Phòng Kinh tế."]) == {
        "Ban QLDA": "Ban Quản lý dự án"
    }


def test_a_lead_printed_short_matches_its_legend_entry_whatever_its_spaces():
    from engine.importing.layouts.prose_tasks import expand_short_forms

    legend = {"P. TNMT": "Phòng Tài nguyên và Môi trường", "TTr": "Thanh tra huyện"}
    assert expand_short_forms("P.TNMT", legend) == "Phòng Tài nguyên và Môi trường (P.TNMT)"
    assert (
        expand_short_forms("P.  TNMT, TTr", legend)
        == "Phòng Tài nguyên và Môi trường (P. TNMT), Thanh tra huyện"
    )
    assert expand_short_forms("PTNMT huyện", legend) == "PTNMT huyện"


def test_a_short_form_spelt_out_keeps_what_the_document_printed_beside_the_name():
    """A legend's name replaces no abbreviation: the cell shows both (a calendar's `P.TC-KH` under
    `Viết tắt: P.TC-KH: Phòng Tài chính - Kế hoạch` is found as either); a short form in words only
    (`Văn phòng` for the office's full name) gives way to the name."""
    from engine.importing.layouts.prose_tasks import expand_short_forms

    legend = {
        "P.NN-PTNT": "Phòng Nông nghiệp và Phát triển nông thôn",
        "Văn phòng": "Văn phòng HĐND và UBND huyện",
    }
    assert expand_short_forms("P.NN-PTNT", legend) == "Phòng Nông nghiệp và Phát triển nông thôn (P.NN-PTNT)"
    assert expand_short_forms("Văn phòng", legend) == "Văn phòng HĐND và UBND huyện"
    assert (
        expand_codes("B.QLDA", {"B.QLDA": "Ban Quản lý dự án", "A": "Văn phòng"})
        == "Ban Quản lý dự án (B.QLDA)"
    )
    assert expand_codes("A", {"B.QLDA": "Ban Quản lý dự án", "A": "Văn phòng"}) == "Văn phòng"


@pytest.mark.parametrize(
    ("printed", "spelt"),
    [
        ("P.TCKH", "Phòng Tài chính - Kế hoạch (P.TCKH)"),
        ("Phòng GD-ĐT", "Phòng Giáo dục và Đào tạo (Phòng GD-ĐT)"),
        ("TT PVHCC", "Trung tâm Phục vụ hành chính công (TT PVHCC)"),
        ("CA thị trấn", "Công an thị trấn (CA thị trấn)"),
        ("BCHQS xã", "Ban Chỉ huy Quân sự xã (BCHQS xã)"),
        ("STP", "Sở Tư pháp (STP)"),
        ("P.VH-XH; TYT", "Phòng Văn hóa - Xã hội (P.VH-XH); Trạm Y tế (TYT)"),
        ("VP", "Văn phòng HĐND và UBND (VP)"),
        # not (only) standard short forms: as printed
        ("PCT", "PCT"),  # a leader's post (Phó Chủ tịch)
        ("ANTT", "ANTT"),  # a topic
        ("P.VHXH, Đoàn Thanh niên", "P.VHXH, Đoàn Thanh niên"),
        ("Phòng Nội vụ", "Phòng Nội vụ"),
    ],
)
def test_standard_office_short_forms_are_spelt_out_where_nothing_else_names_them(printed, spelt):
    assert spell_out_short_forms(printed) == spelt


def test_the_document_s_own_office_comes_before_the_standard_name():
    own = {"VP": sending_office(["Nhóm: VP HĐND-UBND XÃ TÂN HÒA - CÔNG VIỆC", "----"])}
    assert own == {"VP": "Văn phòng HĐND-UBND xã Tân Hòa"}
    assert spell_out_short_forms("VP", own) == "Văn phòng HĐND-UBND xã Tân Hòa (VP)"
    assert (
        sending_office(["[Văn phòng UBND thị trấn Ea Pốk] 07:40 02/11/2029"])
        == "Văn phòng UBND thị trấn Ea Pốk"
    )
    assert sending_office(["From: Sở Y tế <syt@example.vn>", "Kính gửi …"]) == ""


def test_a_lead_of_short_forms_reads_as_the_organisation_s_unit_before_the_standard_name():
    """Only where the organisation's units name none of the short forms does the standard name come in."""
    from engine.importing.build import _spelt_out

    office = UnitRef(key=1, name="Văn phòng HĐND và UBND", short_name="VP")
    resolver = UnitResolver([office, UnitRef(key=2, name="Phòng Kinh tế")])
    text, resolution = _spelt_out("VP", resolver, {})
    assert (text, [unit.key for unit in resolution.units]) == ("VP", [1])
    text, resolution = _spelt_out("P.VHXH", resolver, {})
    assert (text, resolution.units) == ("Phòng Văn hóa - Xã hội (P.VHXH)", [])


def test_a_table_lead_printed_short_reads_as_the_name_its_note_spells_out():
    from engine.importing.blocks import Paragraph
    from tests.importing.helpers_blocks import table_items, table_of

    items = table_items(
        table_of(
            [
                ["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
                ["1", "Kiểm tra hàng giả tại chợ Tân Hòa", "Đội QLTT số 3", "10/3/2029"],
                ["2", "Lập kế hoạch đầu tư công năm 2030", "Phòng KH&ĐT", "30/6/2029"],
            ]
        ),
        Paragraph("(Đội QLTT số 3: Đội Quản lý thị trường số 3; Phòng KH&ĐT: Phòng Kế hoạch và Đầu tư)"),
    )
    assert [item.lead for item in items] == [
        "Đội Quản lý thị trường số 3 (Đội QLTT số 3)",
        "Phòng Kế hoạch và Đầu tư (Phòng KH&ĐT)",
    ]


def test_a_short_form_may_hold_abbreviations_between_its_words():
    """`BQL các chợ, TTTM` spells out word by word: each abbreviation stands for as many words as it
    has letters, the words between them the same; two abbreviations side by side stay unread."""
    from engine.importing.units import short_form_legend, spells_out

    assert spells_out("BQL các chợ, TTTM", "Ban Quản lý các chợ, trung tâm thương mại")
    assert spells_out("Đội QLTT các huyện, TX", "Đội Quản lý thị trường các huyện, thị xã")
    assert not spells_out("BQL các chợ, TTTM", "Ban Quản lý các chợ, siêu thị")  # other letters
    assert not spells_out("BQL các chợ, TTTM", "Ban Quản lý các bến, trung tâm thương mại")
    assert not spells_out("TT. KN", "Trung tâm Khuyến nông")  # side by side: where one ends is a guess
    assert short_form_legend(["Ghi chú: BQL các chợ, TTTM - Ban Quản lý các chợ, trung tâm thương mại."]) == {
        "BQL các chợ, TTTM": "Ban Quản lý các chợ, trung tâm thương mại"
    }


def test_a_short_form_with_a_number_after_it_names_the_unit_of_that_number():
    from engine.importing.layouts.prose_tasks import expand_short_forms

    legend = {
        "Đội QLTT": "Đội Quản lý thị trường",
        "BQL các chợ, TTTM": "Ban Quản lý các chợ, trung tâm thương mại",
    }
    assert (
        expand_short_forms("Đội QLTT số 4, Đội QLTT 7", legend)
        == "Đội Quản lý thị trường số 4 (Đội QLTT số 4), Đội Quản lý thị trường 7 (Đội QLTT 7)"
    )
    assert expand_short_forms("Đội QLTT Bắc", legend) == "Đội QLTT Bắc"  # no number: as printed
    # a short form with a comma of its own gives way to the name (beside it, it would read as two units)
    assert expand_short_forms("BQL các chợ, TTTM", legend) == "Ban Quản lý các chợ, trung tâm thương mại"


def test_a_unit_called_by_its_number_after_its_name_reads_as_the_name():
    from engine.importing.units import short_form_legend

    legend = short_form_legend(
        [
            "Năm 2030, Cục Hải quan giao Chi cục Hải quan cửa khẩu cảng biển, cảng hàng không (Chi cục 4) chủ"
            " trì; Phòng Nghiệp vụ (Phòng 2) phối hợp.",
            "Giao tổ công tác (Tổ 1) theo dõi.",  # no `Tổ` with a capital opens the name
            "Đội Kiểm soát số 3 trực; sau đó báo cáo (Đội 3).",  # the name is not in the sentence
            "Các đơn vị gửi báo cáo về Trung tâm Dữ liệu và Công nghệ thông tin hải quan (Trung tâm 9).",
        ]
    )
    assert legend == {
        "Chi cục 4": "Chi cục Hải quan cửa khẩu cảng biển, cảng hàng không",
        "Phòng 2": "Phòng Nghiệp vụ",
        "Trung tâm 9": "Trung tâm Dữ liệu và Công nghệ thông tin hải quan",
    }


def test_a_name_with_its_short_form_beside_it_unresolved_stays_one_spelling():
    resolver = UnitResolver(UNITS)
    found = resolver.resolve("Trung tâm Dữ liệu và Số hóa (Trung tâm DL&SH)")
    assert found.units == [] and found.unresolved == ["Trung tâm Dữ liệu và Số hóa (Trung tâm DL&SH)"]


def test_a_lead_printed_as_a_short_form_leads_by_the_full_name_the_document_prints():
    from engine.importing.units import printed_in_full

    row = "Đề nghị Ban Quản lý Khu kinh tế cửa khẩu Lạc Sơn sửa chữa mặt bằng bãi kiểm hóa"
    # the row's own task spells it out; the place's capitalised name after it goes with it
    assert printed_in_full("Ban Quản lý Khu KTCK", row, []) == "Ban Quản lý Khu kinh tế cửa khẩu Lạc Sơn"
    assert printed_in_full("TTYT huyện", "Phối hợp Trung tâm Y tế huyện Mường Tè, khám sức khỏe", []) == (
        "Trung tâm Y tế huyện Mường Tè"  # up to the comma
    )
    # else another text of the document
    other = ["Làm việc với Ban Quản lý dự án huyện Thuận Châu về tiến độ", "Tổng hợp số liệu"]
    assert (
        printed_in_full("Ban QLDA huyện", "Bàn giao mặt bằng", other) == "Ban Quản lý dự án huyện Thuận Châu"
    )
    # the row's own name before another row's
    assert printed_in_full("Ban QLDA", "Họp Ban Quản lý dự án về tiến độ", other) == "Ban Quản lý dự án"


def test_a_short_form_the_document_does_not_spell_out_once_stays_as_printed():
    from engine.importing.units import printed_in_full

    assert printed_in_full("Bộ phận PCGD", "Tổng hợp số liệu phổ cập giáo dục", []) == ""  # never spelt out
    # two different full names in the same place: which is meant is a guess
    two = ["Làm việc với Ban Quản lý dự án huyện và Ban Quản lý di tích tỉnh về kế hoạch"]
    assert printed_in_full("Ban QLD", "", two) == ""
    # lower-case letters are no abbreviation: `kt` does not stand for `kinh tế`
    assert printed_in_full("Khu kt", "Khảo sát Khu kinh tế cửa khẩu", []) == ""
    assert printed_in_full("Tổ Tổng hợp", "Tổ Tổng hợp báo cáo", []) == ""  # no abbreviation at all
    # two abbreviations side by side: where one ends is a guess
    assert printed_in_full("Ban QLDA ĐTXD", "Ban Quản lý dự án đầu tư xây dựng", []) == ""
    # the short form itself is not its full name
    assert printed_in_full("Ban QLDA", "Ban QLDA báo cáo", []) == ""
