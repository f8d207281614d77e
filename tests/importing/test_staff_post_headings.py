"""A small body's plan (a kindergarten, a commune health station) whose numbered headings are its staff
posts alone before their colons (`1. Hiệu trưởng:`, `2. Phó Hiệu trưởng phụ trách chuyên môn (cô …):`,
`3. Kế toán:`), each over the dash tasks it leads: the post leads them as printed, its holder in
parentheses left out (corpus README, "Standing bodies and posts in charge"; h648, uf1, uf2). A sentence
that names the post before its verb and a colon (`Hiệu trưởng phát biểu:`) heads nothing. Own text,
not a corpus document's."""

from engine.importing.build import import_document
from engine.importing.layouts.prose_facts import unit_heading


def test_a_post_alone_before_its_colon_is_a_heading():
    assert unit_heading("Hiệu trưởng:") == ("Hiệu trưởng", "")
    assert unit_heading("Kế toán:") == ("Kế toán", "")
    assert unit_heading("Tổ trưởng tổ Nuôi dưỡng:") == ("Tổ trưởng tổ Nuôi dưỡng", "")
    assert unit_heading("Phó Hiệu trưởng phụ trách chuyên môn (cô Lê Thị Mai):") == (
        "Phó Hiệu trưởng phụ trách chuyên môn",
        "",
    )
    assert unit_heading("Phó Trưởng trạm phụ trách dân số:") == ("Phó Trưởng trạm phụ trách dân số", "")


def test_a_post_speaking_or_without_its_colon_heads_nothing():
    assert unit_heading("Hiệu trưởng phát biểu:") is None
    assert unit_heading("Hiệu trưởng nhấn mạnh:") is None
    assert unit_heading("Kế toán lập dự toán thu, chi năm 2028:") is None
    # a deputy's field is a few words: a long clause after `phụ trách` is a sentence, not a post
    assert unit_heading("Phó Hiệu trưởng phụ trách việc kiểm tra hồ sơ chuyên môn của giáo viên:") is None


PLAN = """KẾ HOẠCH
Thực hiện nhiệm vụ tháng 5 năm 2028

I. TÌNH HÌNH CHUNG
Tổng số trẻ: 198 trẻ/7 nhóm, lớp; tỷ lệ chuyên cần tháng 4/2028 đạt 95,1%.

II. NHIỆM VỤ VÀ PHÂN CÔNG
1. Hiệu trưởng:
- Tổ chức tổng kết năm học 2027 - 2028 vào ngày 26/5/2028.
- Kiểm tra hồ sơ chuyên môn các tổ trước ngày 12/5/2028.
2. Phó Hiệu trưởng phụ trách bán trú (cô Trịnh Thị Lụa):
- Kiểm tra bếp ăn, quy trình chế biến thực phẩm hằng tuần.
3. Kế toán:
- Công khai tài chính quý II/2028 trên bảng tin trước ngày 15/5/2028.

III. TỔ CHỨC THỰC HIỆN
Các tổ chuyên môn báo cáo kết quả thực hiện về Hiệu trưởng trước ngày 28/5/2028.
"""


def test_each_post_heading_leads_its_dash_tasks():
    imported = import_document(PLAN.encode(), "kh.txt", units=[], year=2028)
    leads = [(item.content.split(" ")[0:3], item.lead_text) for item in imported.items]
    assert [lead for _, lead in leads] == [
        "Hiệu trưởng",
        "Hiệu trưởng",
        "Phó Hiệu trưởng phụ trách bán trú",
        "Kế toán",
        "",
    ]
    assert imported.items[-1].content.startswith("Các tổ chuyên môn báo cáo")
    assert not any(item.content.startswith("Tổng số trẻ") for item in imported.items)


def test_limit_the_holders_of_a_post_in_every_unit_of_a_kind_head_no_points():
    """`8. Tổ trưởng các tổ dân phố:` over lettered points is a charge to many, not one post's
    heading (qc3); `1. Hiệu trưởng:` alone is."""
    from engine.importing.layouts.prose_facts import unit_heading

    assert unit_heading("Tổ trưởng các tổ dân phố:") is None
    assert unit_heading("Hiệu trưởng:") is not None
