"""Labels a plan abbreviates and defines in its own text (`CT: …; PH: …; TG: …`), a campaign named by
its noun as a time, a task assigned to a comrade by name and post in a branch, an occasion's date
that is no deadline, the day of the meeting a task is put to, and a task done before an undated
step. Texts other than the corpus documents'."""

from engine.deadlines.parsing import parse_due
from engine.importing.build import recognise
from engine.importing.event_dues import resolve_event_dues
from engine.importing.layouts.prose_facts import assignment_in, due_in, labelled_fields
from engine.importing.model import RawItem
from engine.importing.recognition import label_abbreviations, spell_out_label_abbreviations
from engine.importing.units import UnitResolver
from tests.importing.helpers_blocks import document_of


def test_label_abbreviations_are_read_from_their_definitions():
    assert label_abbreviations(["(Dưới đây, ĐV là đơn vị thực hiện, TH là thời hạn.)"]) == {
        "ĐV": "đơn vị thực hiện",
        "TH": "thời hạn",
    }
    assert label_abbreviations(["Chú thích: CQ = cơ quan chủ trì; PH – phối hợp; SP: sản phẩm"]) == {
        "CQ": "cơ quan chủ trì",
        "PH": "phối hợp",
        "SP": "sản phẩm",
    }
    assert label_abbreviations(["ghi rõ cơ quan chủ trì (viết tắt CT) và thời gian thực hiện (TG)"]) == {
        "CT": "cơ quan chủ trì",
        "TG": "thời gian thực hiện",
    }
    # a unit legend, a field's value and an abbreviation defined twice differently are no label's
    assert label_abbreviations(["VP: Văn phòng; TC: Phòng Tài chính", "CT: Ban Tuyên giáo"]) == {}
    assert label_abbreviations(["CT là chủ trì", "CT là cơ quan chủ trì"]) == {}


def test_abbreviated_labels_are_spelled_out_where_they_label_a_field():
    document = document_of(
        """KẾ HOẠCH
        Ghi chú: ĐV - đơn vị thực hiện; TH - thời hạn hoàn thành.
        1. Sửa chữa mái nhà văn hóa thôn Đông.
        ĐV: Ban phát triển thôn; TH: 30/9/2028.
        2. Lắp đèn đường (ĐVT: bộ) tại ngõ 4.
        """
    )
    assert spell_out_label_abbreviations(document) == {"ĐV": "đơn vị thực hiện", "TH": "thời hạn hoàn thành"}
    texts = [line.text.strip() for line in document.lines]
    assert "Đơn vị thực hiện: Ban phát triển thôn; Thời hạn hoàn thành: 30/9/2028." in texts
    assert "Ghi chú: ĐV - đơn vị thực hiện; TH - thời hạn hoàn thành." in texts  # the definition stays
    assert "2. Lắp đèn đường (ĐVT: bộ) tại ngõ 4." in texts  # `ĐVT` is another word
    assert labelled_fields("Đơn vị thực hiện: Ban phát triển thôn; Thời hạn hoàn thành: 30/9/2028.") == {
        "lead": "Ban phát triển thôn",
        "due": "30/9/2028",
    }


def test_a_plan_whose_measures_carry_abbreviated_labels_reads_their_leads_and_dues():
    text = """ỦY BAN NHÂN DÂN XÃ BẢO LÂM
    KẾ HOẠCH
    Ra quân làm đường giao thông nông thôn năm 2029
    I. MỤC ĐÍCH, YÊU CẦU
    Huy động sức dân; chiến dịch ra quân diễn ra từ ngày 02/3/2029 đến ngày 30/4/2029.
    II. NHIỆM VỤ
    (Trong phần này, CQ là cơ quan chủ trì, PH là phối hợp, TG là thời gian.)
    1. Vận động các hộ hiến đất mở rộng đường liên thôn.
    CQ: Ban Mặt trận thôn Na; PH: Chi hội Nông dân thôn Na; TG: trong chiến dịch.
    2. Đổ bê tông tuyến đường nội đồng số 2.
    TG: tháng 4/2029; CQ: Hợp tác xã Bảo Lâm; PH: Đoàn Thanh niên xã.
    3. Nghiệm thu các tuyến đường hoàn thành.
    CQ: Ban Quản lý dự án xã; PH: Công chức Địa chính - Xây dựng; TG: trước ngày 15/5/2029.
    """
    raw = recognise(document_of(text), UnitResolver([]), 2029)
    assert [(item.lead, item.due) for item in raw.items] == [
        ("Ban Mặt trận thôn Na", "30/04/2029 (trong chiến dịch)"),
        ("Hợp tác xã Bảo Lâm", "tháng 4/2029"),
        ("Ban Quản lý dự án xã", "trước ngày 15/5/2029"),
    ]


def test_a_campaign_or_a_round_named_by_its_noun_is_due_at_its_printed_end():
    text = """Đợt tổng vệ sinh môi trường được tổ chức từ ngày 05/5/2029 đến ngày 25/5/2029."""
    items = [
        RawItem(line=0, content="Khơi thông cống rãnh", due="trong đợt tổng vệ sinh"),
        RawItem(line=0, content="Phun thuốc muỗi", due="Trong chiến dịch"),  # no span printed for it
    ]
    resolve_event_dues(items, document_of(text), 2029)
    assert [item.due for item in items] == ["25/05/2029 (trong đợt tổng vệ sinh)", "Trong chiến dịch"]


def test_a_comrade_named_with_a_post_in_a_branch_gives_the_branch_as_lead():
    cases = {
        "Thu hội phí; giao đồng chí Đinh Thị Mai, Chi hội trưởng Chi hội Nông dân thôn 2, thực hiện.": (
            "Chi hội Nông dân thôn 2"
        ),
        "Tổ chức sinh hoạt hè; giao đồng chí Bí thư Chi đoàn thôn Bắc thực hiện.": "Chi đoàn thôn Bắc",
        "Xây dựng báo cáo; giao đồng chí Lò Văn Páo, Bí thư Chi bộ, chủ trì.": "Chi bộ",
        "Hòa giải tranh chấp; giao đồng chí Vi Văn Sơn, Tổ trưởng Tổ hòa giải thôn, thực hiện.": (
            "Tổ hòa giải thôn"
        ),
        "Giữ gìn trật tự; giao Tổ bảo vệ an ninh, trật tự thôn thực hiện thường xuyên.": (
            "Tổ bảo vệ an ninh, trật tự thôn"
        ),
    }
    for text, lead in cases.items():
        assert assignment_in(text).lead == lead, text


def test_an_occasions_date_is_no_deadline_but_a_deadline_before_it_is():
    assert due_in("Lập danh sách tặng quà dịp 22/12; gửi về Hội trước ngày 10/12.") == "trước ngày 10/12"
    assert due_in("Thăm hỏi các gia đình nhân dịp 27/7, hoàn thành trước ngày 25/7.") == "trước ngày 25/7"
    assert due_in("Trang trí khu trung tâm xong trước dịp 2/9/2029.") == "2/9/2029"


def test_the_day_of_the_meeting_a_task_is_put_to_is_its_due():
    text = "Dự thảo quy ước thôn; giao đồng chí Trưởng thôn chuẩn bị, thông qua tại kỳ họp thôn ngày 12/10."
    assert due_in(text) == "ngày 12/10"
    assert due_in("Báo cáo tại buổi sinh hoạt ngày 05/11/2029 kết quả vận động.") == "ngày 05/11/2029"
    assert due_in("Thực hiện kết luận tại cuộc họp ngày 02/5/2029 của Ban Chỉ đạo.") == ""


def test_a_task_done_before_an_undated_step_is_for_a_person_to_set():
    text = "Ban Quản lý dự án hoàn thiện hồ sơ, xong trước khi khởi công công trình trường mầm non."
    assert due_in(text) == "xong trước khi khởi công công trình trường mầm non"
    assert parse_due(due_in(text), year=2029).needs_review
    # with the step's day printed in parentheses, that day is the due
    assert due_in("Sửa chữa phòng học, hoàn thành trước khi khai giảng (ngày 05/9/2029).") == "ngày 05/9/2029"
    assert assignment_in("Công chức Tài chính - Kế toán lập dự toán kinh phí.").lead == (
        "Công chức Tài chính - Kế toán"
    )
