"""A Markdown plan's bullet tree unit → task → sub-step with footnotes; `Phòng, chống …` as a task."""

from datetime import date

from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import due_in, unit_heading
from engine.importing.read_markdown import plain

_PLAN = """**BAN QUẢN LÝ DỰ ÁN NƯỚC SẠCH**

# KẾ HOẠCH năm 2029

### I. MỤC ĐÍCH

- Bảo đảm nước sạch cho các xã ven biển[^1].

### II. NHIỆM VỤ

- **Phòng Kỹ thuật**
  - Cải tạo trạm bơm tăng áp xã Hải Đông[^2] — hoàn thành tháng 8/2029
    - Khảo sát hiện trạng đường ống: trước 15/3/2029
    - Lắp đặt máy bơm mới: quý II/2029
  - Phòng ngừa sự cố mất nước mùa khô năm 2029:
    - Lập phương án cấp nước bằng xe bồn: tháng 4/2029
- **Phòng Kế toán**
  - Quyết toán vốn công trình năm 2028 — ngày 30/6/2029[^3]

---

[^1]: Theo Quyết định số 12/QĐ-UBND ngày 02/01/2028.
[^2]: Báo cáo tiến độ gửi trước ngày 10/12/2029.
[^3]: Hạn cuối nộp hồ sơ.
"""


def test_a_footnote_reference_is_no_part_of_the_text():
    assert plain("Cải tạo trạm bơm[^2] — ngày 30/6/2029[^note]") == "Cải tạo trạm bơm — ngày 30/6/2029"
    assert plain("[^2]: Báo cáo tiến độ").startswith("[^2]:")  # the note itself stays


def test_a_month_or_quarter_alone_after_a_closing_colon_is_the_time():
    assert due_in("Lắp đặt máy bơm mới: quý II/2029") == "quý II/2029"
    assert due_in("Lập phương án cấp nước: tháng 4/2029.") == "tháng 4/2029"
    assert due_in("Kế hoạch tháng 4/2029: tổ chức họp") == ""  # a colon not closing the line


def test_phong_as_a_verb_opens_no_unit_heading():
    assert unit_heading("Phòng, chống dịch bệnh trên đàn gia súc:") is None
    assert unit_heading("Phòng cháy, chữa cháy rừng năm 2029:") is None
    assert unit_heading("Phòng ngừa sự cố mất nước mùa khô:") is None
    assert unit_heading("Phòng Kỹ thuật:") == ("Phòng Kỹ thuật", "")


def test_a_bullet_tree_gives_each_dated_step_its_units_lead_and_a_timeless_parent_no_item():
    items = import_document(_PLAN.encode(), "kh.md", units=[], year=2029).items
    got = {item.content.split(" —")[0].split(":")[0]: (item.lead_text, item.due_date) for item in items}
    assert got == {
        "Cải tạo trạm bơm tăng áp xã Hải Đông": ("Phòng Kỹ thuật", date(2029, 8, 31)),
        "Khảo sát hiện trạng đường ống": ("Phòng Kỹ thuật", date(2029, 3, 15)),
        "Lắp đặt máy bơm mới": ("Phòng Kỹ thuật", date(2029, 6, 30)),
        "Lập phương án cấp nước bằng xe bồn": ("Phòng Kỹ thuật", date(2029, 4, 30)),
        "Quyết toán vốn công trình năm 2028": ("Phòng Kế toán", date(2029, 6, 30)),
    }


def test_a_unit_run_in_before_a_dash_leads_the_sentence_after_it():
    # a list item's bold label then a dash: the unit, and the task the sentence after it
    assert unit_heading(
        "Khoa Dược - Lập dự trù thuốc và vật tư y tế cho quý I năm 2030, trình Giám đốc phê duyệt."
    ) == ("Khoa Dược", "Lập dự trù thuốc và vật tư y tế cho quý I năm 2030, trình Giám đốc phê duyệt.")
    # a dash inside a name, a short title, a unit leading with `chủ trì`: no dash label
    assert unit_heading("Phòng Văn hóa - Thông tin tổ chức hội thi.") is None
    assert unit_heading("Phòng Nội vụ - Tổ chức cán bộ chủ trì rà soát hồ sơ công chức năm 2030.") is None
    assert unit_heading("Phòng Tài chính - Kế hoạch: Tham mưu phân bổ vốn.") == (
        "Phòng Tài chính - Kế hoạch",
        "Tham mưu phân bổ vốn.",
    )
