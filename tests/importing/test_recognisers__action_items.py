"""The fallback for prose (layouts/action_items.py): marked paragraphs that carry an action are guessed
items, with the unit and the deadline the sentence prints, when no other recogniser reads anything;
and the shapes of an e-mail of assignments (`1/ <unit>: <task>`, a closing request to every unit,
`trước 16h00 ngày …`) that the prose plan reads."""

from django.utils import translation

from engine.importing import recognisers
from engine.importing.layouts import action_items, prose_plan
from engine.importing.layouts.outline import mark_of
from engine.importing.layouts.prose_facts import due_in
from engine.importing.recognition import LOW_CONFIDENCE, reason_text
from tests.importing.helpers_blocks import context_of

PLAN = """KẾ HOẠCH TRIỂN KHAI THÁNG 9/2026
Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2026 của UBND huyện;
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm sự phối hợp chặt chẽ giữa các bộ phận.
2. Tổ chức thực hiện nghiêm túc, hiệu quả.
II. CÁC VIỆC CẦN LÀM
a) Phòng Tài chính - Kế hoạch: lập dự toán kinh phí năm 2027, trình trước ngày 15/10/2026.
b) Trạm Y tế xã tổ chức tiêm chủng mở rộng đợt 2, hoàn thành trong tháng 9/2026.
c) Rà soát hộ nghèo, hộ cận nghèo trên địa bàn; báo cáo hằng quý.
d) Danh sách các hộ được hỗ trợ
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_marked_action_paragraphs_are_guessed_items_with_the_sentences_unit_and_deadline():
    found = action_items.recognise(context_of(PLAN))
    assert found is not None and found.layout == "action_items"
    got = [(item.content[:22], item.lead, item.due) for item in found.items]
    assert got == [
        ("lập dự toán kinh phí n", "Phòng Tài chính - Kế hoạch", "trước ngày 15/10/2026"),
        ("Trạm Y tế xã tổ chức t", "Trạm Y tế xã", "trong tháng 9/2026"),
        ("Rà soát hộ nghèo, hộ c", "", "hằng quý"),
    ]
    for item in found.items:
        assert item.confidence < LOW_CONFIDENCE and "guessed" in item.reasons
    assert "no_lead" in found.items[2].reasons
    with translation.override("vi"):
        assert reason_text("guessed") == "đoán từ câu văn"


def test_the_fallback_skips_aims_legal_bases_titles_and_what_follows_the_recipients():
    text = """KẾ HOẠCH
1. Căn cứ Luật Tổ chức chính quyền địa phương, xây dựng kế hoạch như sau:
II. MỤC ĐÍCH, YÊU CẦU
1. Triển khai đồng bộ các giải pháp.
2. Nâng cao trách nhiệm của người đứng đầu.
III. NỘI DUNG
1. Các nhiệm vụ trọng tâm:
- Tổ chức hội nghị sơ kết 6 tháng, trước ngày 20/7/2026.
- Kiểm tra công tác văn thư tại các thôn.
Nơi nhận:
- Tổ chức lưu trữ hồ sơ;
- Xây dựng lại danh sách.
"""
    found = action_items.recognise(context_of(text))
    assert [item.content for item in found.items] == [
        "Tổ chức hội nghị sơ kết 6 tháng, trước ngày 20/7/2026.",
        "Kiểm tra công tác văn thư tại các thôn.",
    ]


def test_paragraphs_without_an_action_are_no_fallback():
    text = """BÁO CÁO
1. Tình hình chung của đơn vị.
2. Số liệu thống kê quý III.
3. Danh sách cán bộ được khen thưởng.
"""
    assert action_items.recognise(context_of(text)) is None


def test_the_fallback_runs_only_when_no_recogniser_reads_anything():
    found, _answers = recognisers.best(context_of(PLAN))
    assert found.layout == "action_items"
    labelled = """KẾ HOẠCH NĂM 2026
II. NỘI DUNG
1. Tổ chức hội nghị tổng kết.
- Cơ quan chủ trì: Văn phòng Sở.
- Thời gian: Tháng 01/2026.
2. Rà soát quy chế làm việc.
- Cơ quan chủ trì: Phòng Tổ chức.
- Thời gian: Quý II/2026.
"""
    found, _answers = recognisers.best(context_of(labelled))
    assert found.layout == "prose_plan"
    assert all("guessed" not in item.reasons for item in found.items)


MAIL = """Từ: Văn phòng Sở <vp@so.gov.vn>
Gửi: Thứ Hai, 09/11/2026 16:42
Tiêu đề: V/v triển khai ý kiến chỉ đạo
Kính gửi: Các phòng, đơn vị thuộc Sở,
Văn phòng Sở thông báo các việc cần triển khai như sau:
1/ Phòng Quản lý nhà: rà soát danh sách chung cư cũ, gửi Văn phòng trước 9h30 ngày 12/11/2026.
2/ Trung tâm Giám định: lấy mẫu bê tông tại công trình trường học xã Bình An.
3/ Phòng Thẩm định + Phòng Quản lý nhà: kiểm tra hồ sơ dự án; báo cáo vào thứ Năm hằng tuần.
Đề nghị các phòng, đơn vị cập nhật tiến độ lên phần mềm trước 17h00 thứ Sáu hằng tuần.
Đề nghị các phòng, đơn vị thực hiện nghiêm túc các nhiệm vụ được giao, báo cáo hằng tuần.
Trân trọng./.
"""


def test_an_email_numbers_its_assignments_with_a_slash():
    assert mark_of("1/ Phòng Quản lý nhà: rà soát") == ("number", "1", "Phòng Quản lý nhà: rà soát")
    # A document's number wrapped onto a line's start is no mark (`… theo Quyết định số` / `87/QĐ-UBND …`).
    assert mark_of("87/QĐ-UBND ngày 02/6/2026 của Chủ tịch, gồm các bước sau") is None
    assert mark_of("3/Tổ Dân vận: lập danh sách") == ("number", "3", "Tổ Dân vận: lập danh sách")
    assert mark_of("09/11/2026 họp giao ban") is None


def test_an_email_of_assignments_is_read_with_its_closing_request_to_every_unit():
    found = prose_plan.recognise(context_of(MAIL))
    got = [(item.content[:20], item.lead, item.due) for item in found.items]
    assert got == [
        ("Phòng Quản lý nhà: r", "Phòng Quản lý nhà", "trước 9h30 ngày 12/11/2026"),
        ("Trung tâm Giám định:", "Trung tâm Giám định", ""),
        ("Phòng Thẩm định + Ph", "Phòng Thẩm định + Phòng Quản lý nhà", "hằng tuần"),
        ("Đề nghị các phòng, đ", "", "hằng tuần"),
    ]
    assert "no_lead" in found.items[-1].reasons


def test_an_hour_before_the_day_is_part_of_the_deadline():
    assert due_in("gửi trước 16h00 ngày 12/11/2026.") == "trước 16h00 ngày 12/11/2026"
    assert due_in("trước 17 giờ ngày 5/3/2026") == "trước 17 giờ ngày 5/3/2026"
    assert due_in("tại cuộc họp ngày 05/11/2026") == ""


def test_the_fallback_reads_a_unit_named_at_the_end_of_a_task():
    text = """KẾ HOẠCH THÁNG 10/2026
a) Lắp đặt camera tại cổng chợ, hoàn thành chậm nhất ngày 20/10/2026 (Ban Quản lý chợ).
b) Chuẩn bị hội trường cho Hội nghị tổng kết (dự kiến ngày 28/10/2026);
Văn phòng HĐND và UBND xã chủ trì, phối hợp Đoàn Thanh niên xã.
c) Sửa chữa vạch kẻ đường trước trường học (Đề án 06).
"""
    found = action_items.recognise(context_of(text))
    got = [(item.content[:10], item.lead, item.coordinating) for item in found.items]
    assert got == [
        ("Lắp đặt ca", "Ban Quản lý chợ", ""),  # a bare body after the sentence's own time
        ("Chuẩn bị h", "Văn phòng HĐND và UBND xã", "Đoàn Thanh niên xã"),  # its own clause
        ("Sửa chữa v", "", ""),  # a document's name in parentheses, no time: no lead
    ]
    assert "no_lead" not in found.items[0].reasons and "no_lead" in found.items[2].reasons


def test_a_recurring_report_of_every_unit_is_an_item_a_recurring_charge_with_no_report_is_not():
    table = "\n".join(
        [
            "KẾ HOẠCH CÔNG TÁC NĂM 2027",
            "STT\tNội dung\tĐơn vị thực hiện\tThời hạn",
            "1\tRà soát hồ sơ đất công\tPhòng Kinh tế\t10/5/2027",
            "2\tKiểm tra an toàn thực phẩm\tTrạm Y tế\t20/5/2027",
        ]
    )
    request = "Các tổ, bộ phận chủ động triển khai; báo cáo kết quả về Văn phòng trước ngày 10 hằng tháng."
    chosen, _answers = recognisers.best(context_of(f"{table}\nIII. TỔ CHỨC THỰC HIỆN\n{request}"))
    assert [(item.content[:12], item.lead, item.due) for item in chosen.items][-1] == (
        "Các tổ, bộ p",
        "",
        "hằng tháng",
    )
    # under the table too: a closing reporting request (corpus README, "Closing reporting requests are
    # items"), its report in the later clause
    chosen, _answers = recognisers.best(context_of(f"{table}\n{request}"))
    assert [(item.content[:12], item.lead) for item in chosen.items][-1] == ("Các tổ, bộ p", "")
    charge = "Các tổ, bộ phận chủ động triển khai; hằng tháng rà soát tiến độ các nhiệm vụ được giao."
    chosen, _answers = recognisers.best(context_of(f"{table}\n{charge}"))
    assert len(chosen.items) == 2  # a general charge asking no report: no item


def test_a_duty_of_every_kind_of_lead_unit_under_an_unnumbered_organising_label_is_an_item():
    table = "\n".join(
        [
            "KẾ HOẠCH THANH TRA NĂM 2028",
            "STT\tNội dung\tĐơn vị chủ trì\tThời gian",
            "1\tThanh tra việc cấp phép xây dựng\tVụ Quản lý hoạt động xây dựng\tQuý I/2028",
            "2\tThanh tra dự án nhà ở xã hội\tVụ Quản lý nhà\tQuý III/2028",
        ]
    )
    closing = "\n".join(
        [
            "Tổ chức thực hiện:",
            "1. Các Vụ được giao chủ trì gửi báo cáo trong vòng 20 ngày kể từ khi kết thúc thanh tra.",
            "2. Văn phòng Bộ tổng hợp kết quả năm 2028, báo cáo Bộ trưởng trước ngày 10/12/2028.",
            "3. Các Vụ chủ động phối hợp trong quá trình thực hiện.",
        ]
    )
    chosen, _answers = recognisers.best(context_of(f"{table}\n{closing}"))
    assert [(item.content[:14], item.lead, item.due) for item in chosen.items][2:] == [
        ("1. Các Vụ được", "", "trong vòng 20 ngày kể từ khi kết thúc thanh tra"),
        ("2. Văn phòng B", "Văn phòng Bộ", "trước ngày 10/12/2028"),
    ]  # the third, undated and timed by nothing, is an exhortation
    # the same duties without the label are no closing section's: only the dated one is an item
    chosen, _answers = recognisers.best(context_of(f"{table}\n{closing.split(chr(10), 1)[1]}"))
    assert [item.content[:14] for item in chosen.items][2:] == []


# A list of numbered duties, each a unit as subject, several with verbs no list holds (h96, h84, z01).
DUTY_LIST = """KẾ HOẠCH
Công tác bảo vệ môi trường năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Giữ gìn cảnh quan sạch đẹp trên địa bàn thị trấn.
II. NHIỆM VỤ
1. Đội Quản lý trật tự đô thị thị trấn kiểm tra việc đổ rác sai quy định, trước ngày 30/6/2027.
2. Tiểu đội dân quân thường trực thị trấn nạo vét kênh mương nội đồng trong tháng 3/2027.
3. Trạm Y tế thị trấn tổ chức phun hóa chất diệt muỗi tại các khu dân cư, trước ngày 15/5/2027.
4. Trường Mầm non Hoa Sen trồng thêm cây xanh trong khuôn viên trường thường xuyên.
5. Các khu phố báo cáo khối lượng rác thu gom về Văn phòng hằng tuần.
III. TỔ CHỨC THỰC HIỆN
Kinh phí từ ngân sách thị trấn năm 2027.
Nơi nhận:
- Lưu: VT.
"""


def test_a_numbered_duty_among_duties_is_read_whatever_its_verb_with_the_unit_that_opens_it():
    found = action_items.recognise(context_of(DUTY_LIST))
    assert found is not None
    got = [(item.content[:20], item.lead, item.due) for item in found.items]
    assert got == [
        ("Đội Quản lý trật tự ", "Đội Quản lý trật tự đô thị thị trấn", "trước ngày 30/6/2027"),
        ("Tiểu đội dân quân th", "Tiểu đội dân quân thường trực thị trấn", "trong tháng 3/2027"),
        ("Trạm Y tế thị trấn t", "Trạm Y tế thị trấn", "trước ngày 15/5/2027"),
        ("Trường Mầm non Hoa S", "Trường Mầm non Hoa Sen", "thường xuyên"),
        ("Các khu phố báo cáo ", "", "hằng tuần"),
    ]


def test_a_paragraph_with_an_unknown_verb_outside_a_list_of_duties_is_no_item():
    text = """KẾ HOẠCH
II. NHIỆM VỤ
1. Phòng Kinh tế thị trấn kiểm tra các cơ sở kinh doanh, hoàn thành trước ngày 30/6/2027.
2. Trạm Y tế thị trấn phun hóa chất diệt muỗi tại các khu dân cư.
3. Nhân dân tích cực hưởng ứng phong trào.
4. Ban Quản lý chợ tuyên truyền nội quy chợ.
"""
    found = action_items.recognise(context_of(text))
    assert found is not None
    # two of three siblings read by their verbs: the unit-led one joins, the exhortation does not
    assert [item.content[:12] for item in found.items] == ["Phòng Kinh t", "Trạm Y tế th", "Ban Quản lý "]


def test_the_parties_giving_named_units_a_standing_duty_under_a_misread_heading_is_an_item():
    # A joint programme's closing part (siblings ja1, h126): the heading's numeral misread by OCR,
    # the parties give a unit of each a periodic duty; the units given lead it.
    table = "\n".join(
        [
            "CHƯƠNG TRÌNH PHỐI HỢP NĂM 2027",
            "STT\tNội dung\tĐơn vị chủ trì\tThời hạn",
            "1\tTuyên truyền an toàn giao thông\tCông an huyện\t10/5/2027",
            "2\tTập huấn kỹ năng lái xe an toàn\tĐoàn Thanh niên huyện\t20/6/2027",
        ]
    )
    closing = (
        "IIL TỔ CHỨC THỰC HIỆN\n"
        "Hai bên thống nhất giao Đội Cảnh sát giao thông (Công an huyện) và Ban Tuyên giáo (Huyện đoàn) "
        "làm đầu mối, định kỳ trao đổi tình hình."
    )
    chosen, _answers = recognisers.best(context_of(f"{table}\n{closing}"))
    last = chosen.items[-1]
    assert last.content.startswith("Hai bên thống nhất giao Đội Cảnh sát")
    assert last.lead.startswith("Đội Cảnh sát giao thông") and "Ban Tuyên giáo" in last.lead
    assert last.due == "định kỳ"
    undated = closing.replace(", định kỳ trao đổi tình hình", "")
    chosen, _answers = recognisers.best(context_of(f"{table}\n{undated}"))
    assert len(chosen.items) == 2  # no time of its own: a statement, no item


def test_phap_luat_after_a_dash_continues_a_units_name():
    from engine.importing.layouts.prose_facts import assignment_in

    found = assignment_in(
        "Giao Ban Chính sách - Pháp luật (Công đoàn ngành) tổng hợp ý kiến trước 05/9/2027."
    )
    assert found.lead == "Ban Chính sách - Pháp luật"
