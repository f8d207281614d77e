"""A closing reporting request whose subject is a list of kinds (`Các tổ, ban …`, `Các Đội, Trạm …`,
`Các bộ môn, Tổ Văn phòng …`) and whose report is on the carrying out of the document (`… báo cáo kết
quả thực hiện các nội dung trên …`), printed as a dash paragraph under a `Tổ chức thực hiện` label or
alone under a notice's last section heading (`III. TỔ CHỨC THỰC HIỆN`): an item with no lead, wherever
the shape stands. Own text, not a corpus document's."""

# ruff: noqa: E501 — document text is data: long lines.

from engine.importing.blocks import Paragraph
from engine.importing.layouts import conclusions, prose_plan
from engine.importing.layouts.prose_facts import asks_report, reports_results
from engine.importing.recognisers import closing_requests
from engine.text import fold

from .helpers_blocks import BlocksDocument, context_of, table_of


def test_a_report_on_the_carrying_out_by_a_list_of_kinds_is_a_report_of_results():
    assert reports_results(
        fold("Các tổ, ban báo cáo kết quả thực hiện các nội dung trên về Văn phòng trước ngày 12/3/2030.")
    )
    assert reports_results(fold("Các Đội, Trạm gửi báo cáo kết quả về Phòng trước ngày 02/8/2030."))
    assert asks_report(fold("Các bộ môn, Tổ Văn phòng báo cáo tiến độ về Trưởng khoa hằng tuần."))
    # a charge to carry out, a named unit, a report only named: none
    assert not reports_results(fold("Các tổ, ban triển khai thực hiện các nội dung trên."))
    assert not reports_results(fold("Phòng Tổng hợp báo cáo kết quả thực hiện các nội dung trên."))
    assert not reports_results(fold("Các tổ, ban căn cứ báo cáo kết quả năm trước xây dựng kế hoạch."))


NOTICE = """
THÔNG BÁO
Kết luận của Giám đốc Trung tâm tại cuộc họp giao ban tháng 2 năm 2030
I. ĐÁNH GIÁ CHUNG
Trong tháng 2, các tổ đã hoàn thành phần lớn nhiệm vụ; một số việc còn chậm.
II. NHIỆM VỤ THÁNG 3
1. Phòng Kỹ thuật hoàn thành bảo dưỡng máy phát điện trước ngày 15/3/2030.
2. Phòng Hành chính lập danh sách cán bộ đi học trước ngày 20/3/2030.
3. Tổ Bảo vệ kiểm tra hệ thống phòng cháy trước ngày 25/3/2030.
III. TỔ CHỨC THỰC HIỆN
Các tổ, ban báo cáo kết quả thực hiện các nội dung trên về Phòng Hành chính trước ngày 31/3/2030 để tổng hợp.
"""


def test_a_kind_lists_request_under_a_notices_last_section_heading_is_an_item():
    items = conclusions.recognise(context_of(NOTICE)).items
    last = items[-1]
    assert last.content.startswith("Các tổ, ban báo cáo kết quả")
    assert (last.lead, last.due) == ("", "trước ngày 31/3/2030")


LETTER = """
Kính gửi: Các Đội, Trạm thuộc Chi cục.
Để bảo đảm chất lượng vật tư nông nghiệp vụ xuân năm 2030, Chi cục yêu cầu các Đội, Trạm thực hiện các nội dung sau:
1. Đội Kiểm tra số 1: Kiểm tra các cửa hàng phân bón trên địa bàn huyện, hoàn thành trước ngày 10/5/2030.
2. Đội Kiểm tra số 2: Lấy mẫu thức ăn chăn nuôi tại các đại lý, hoàn thành trước ngày 20/5/2030.
3. Trạm Kiểm dịch: Rà soát hồ sơ kiểm dịch tồn đọng, hoàn thành trước ngày 30/5/2030.
Các Đội, Trạm báo cáo kết quả thực hiện các nội dung trên về Chi cục trước ngày 05/6/2030 để tổng hợp.
Yêu cầu các Đội trưởng, Trạm trưởng nghiêm túc thực hiện./.
"""


def test_a_kind_lists_request_on_the_carrying_out_after_the_points_is_an_item():
    items = prose_plan.recognise(context_of(LETTER)).items
    requests = [item for item in items if item.content.startswith("Các Đội, Trạm báo cáo")]
    assert [(item.lead, item.due) for item in requests] == [("", "trước ngày 05/6/2030")]


def test_a_dash_request_under_the_organising_label_after_a_table_is_read():
    table = table_of(
        [
            ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
            ["1", "Rà soát học phần", "Bộ môn Hóa", "Tháng 4/2030"],
        ]
    )
    table.row_lines = [10, 11]
    blocks = [
        table,
        Paragraph("Tổ chức thực hiện", line=20),
        Paragraph("- Trưởng các bộ môn chủ động triển khai thực hiện.", line=21),
        Paragraph(
            "- Các bộ môn, Tổ Văn phòng báo cáo tiến độ về Trưởng khoa trước ngày 27 hằng tháng.", line=22
        ),
    ]
    found = closing_requests(BlocksDocument(blocks), taken={11}, leads=["Bộ môn Hóa"])
    assert [(item.line, item.lead) for item in found] == [(22, "")]


# A Party committee's grassroots bodies and a company's member units are kinds asked for a report as
# `Các đơn vị …` are; a charge to them that asks no report is not.
def test_a_party_committees_or_a_companys_kinds_asked_for_a_report_are_every_unit():
    assert asks_report(
        fold("Các chi, đảng bộ cơ sở báo cáo kết quả về Văn phòng Huyện ủy trước ngày 10 hằng tháng.")
    )
    assert asks_report(fold("Các đảng bộ trực thuộc hằng quý báo cáo kết quả học tập về Ban Tuyên giáo."))
    assert asks_report(
        fold("Các nhà máy báo cáo sản lượng về Phòng Kế hoạch trước 16 giờ thứ Sáu hằng tuần.")
    )
    assert asks_report(
        fold("Các chi nhánh gửi báo cáo doanh thu về Phòng Tài chính trước ngày 05 hằng tháng.")
    )
    # (a charge to carry out, a named member unit, a report only named: none)
    assert not asks_report(fold("Các chi, đảng bộ cơ sở căn cứ Kế hoạch chủ động triển khai thực hiện."))
    assert not asks_report(fold("Xí nghiệp Cơ khí báo cáo tiến độ về Phòng Kỹ thuật hằng tuần."))
    assert not asks_report(fold("Các nhà máy căn cứ báo cáo năm trước xây dựng kế hoạch sản xuất."))


def _programme(*closing: str):
    table = table_of(
        [
            ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Sửa chữa trạm bơm số 3", "Phòng Kỹ thuật", "Tháng 4/2031"],
        ]
    )
    table.row_lines = [10, 11]
    return BlocksDocument([table, *(Paragraph(text, line=20 + n) for n, text in enumerate(closing))])


def test_a_standing_bodys_duty_under_the_table_with_no_organising_heading_is_its_item():
    document = _programme(
        "Phòng Hành chính - Tổng hợp là đơn vị thường trực, theo dõi, đôn đốc việc thực hiện Chương trình.",
        "Các nhà máy báo cáo kết quả về Phòng Hành chính - Tổng hợp trước ngày 28 hằng tháng.",
    )
    found = closing_requests(document, taken={11}, leads=["Phòng Kỹ thuật"])
    assert [(item.line, item.lead, item.due) for item in found] == [
        (20, "Phòng Hành chính - Tổng hợp", ""),
        (21, "", "hằng tháng"),
    ]


def test_a_numbered_standing_body_or_a_plain_remark_under_the_table_is_no_item():
    # (outside `TỔ CHỨC THỰC HIỆN` a numbered paragraph is not the programme's closing; a remark on
    # the standing body's place names no duty)
    document = _programme(
        "1. Phòng Hành chính - Tổng hợp là đơn vị thường trực, theo dõi việc thực hiện Chương trình.",
        "Chương trình có thể được điều chỉnh khi có chỉ đạo của cấp trên.",
    )
    assert closing_requests(document, taken={11}, leads=["Phòng Kỹ thuật"]) == []


def _plan_with_appendix(*organising: str):
    table = table_of(
        [
            ["TT", "Thời gian", "Nội dung công việc", "Đơn vị thực hiện"],
            ["1", "Trước 15/3/2031", "Diễn tập phương án chữa cháy", "Đội Bảo vệ"],
        ]
    )
    table.row_lines = [40, 41]
    paragraphs = [
        Paragraph("I. MỤC ĐÍCH, YÊU CẦU", line=1),
        Paragraph("Nâng cao ý thức phòng cháy của người lao động.", line=2),
        Paragraph("II. TỔ CHỨC THỰC HIỆN", line=3),
        *(Paragraph(text, line=4 + n) for n, text in enumerate(organising)),
        Paragraph("PHỤ LỤC", line=30),
    ]
    return BlocksDocument([*paragraphs, table])


def test_a_numbered_request_to_a_named_body_above_an_appendix_is_its_duty():
    document = _plan_with_appendix(
        "1. Đề nghị Công đoàn cơ sở phối hợp vận động người lao động tham gia diễn tập đầy đủ.",
        "2. Đề nghị các đơn vị quan tâm, tạo điều kiện.",
    )
    found = closing_requests(document, taken={41}, leads=["Đội Bảo vệ"])
    assert [(item.line, item.lead) for item in found] == [(4, "Công đoàn cơ sở")]
