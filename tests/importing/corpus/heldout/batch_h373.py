"""Writes the binaries of the held-out documents h373–h382 (helper h13author34).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h373`.
Every text below is own-authored (other names, units, places, dates and tasks) in how Vietnamese
offices commonly keep and circulate these kinds; no third-party text is stored. h381's .html is
written by hand and lives beside the output. Like `make_docs.py` this writes **only the
documents**: their expected items (`expected/`) were written by hand from the document text before
the importer was first run on them. The .xls, .odt, .doc and the three PDFs need LibreOffice
(`soffice`); their bytes differ run to run, so regenerate only on purpose. Conversions run one after
another (never in parallel).
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
import shutil
import sys
import tempfile
import unicodedata
from functools import partial
from pathlib import Path

from batch_common import DOCS, closing, convert_each, out_path, print_split, signature_box, wrap
from batch_common import a4 as _a4
from batch_common import bold_header as _bold_header
from batch_common import document as _document
from batch_common import fill_rows as _rows
from batch_common import paragraphs as _paragraphs
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h379_qd_dieu_chinh_bo_sung_kh_so_tai_chinh",  # h13fixQL
    "h374_nq_hdnd_xa_chuong_trinh_giam_sat_nam_sau",  # h13fixQK
    "h377_kh_pccc_phuong_unicode_to_hop",  # h13fixQJ
    "h373_nv_chua_hoan_thanh_vp_ubnd_tinh_pivot_dan_gia_tri",  # h13fixQI
    "h376_phan_cong_quy_so_nnmt_nhieu_dong_trong_o",  # h13fixQI
    "h378_kh_cchc_so_noi_vu_excel_in_tach_cot",  # h13fixQH
    "h375_cv_xa_gui_kem_ke_hoach_ky_so_mot_tep",  # h13fixQH
    "h380_phieu_dang_ky_cong_viec_thang_cong_chuc_xa",  # h13fixQM
    "h382_cv_so_xay_dung_sao_y_xa_dau_den_ban_quet",  # h13fixQM
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


def _table(document, header: list[str], rows: list[list[str]], h=None):
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    _rows(h, table, rows)
    return table


def _compact(document) -> None:
    from docx.shared import Pt

    document.styles["Normal"].paragraph_format.space_after = Pt(3)


def _page_break(document) -> None:
    """An empty paragraph that starts a new page (after a table: no blank page between)."""
    document.add_paragraph().paragraph_format.page_break_before = True


def _date(text: str) -> datetime.datetime:
    return datetime.datetime.strptime(text, "%d/%m/%Y")


# -------------------------------------------------------------------------------------------- h373
def h373(h, path: Path) -> None:
    """A provincial People's Committee Office's **PivotTable copied and pasted as values** into a
    workbook of its own: the tracking register's unfinished tasks grouped by lead unit in Excel's
    tabular form — the report filter above (`Tình trạng | Chưa hoàn thành`, `Năm giao | (All)`), the
    lead and the assigning document printed only on a group's first row (blank below, not merged),
    rows sorted as the pivot sorts text, `… Total` subtotal rows and a `Grand Total`, a `Count of …`
    value column of ones, `(blank)` where the register has no deadline."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "TH theo don vi"
    sheet.append(["VĂN PHÒNG UBND TỈNH HẢI ĐÔNG"])
    sheet.append(["TỔNG HỢP NHIỆM VỤ UBND TỈNH GIAO CHƯA HOÀN THÀNH, THEO ĐƠN VỊ CHỦ TRÌ"])
    sheet.append(["(Số liệu trích từ Sổ theo dõi nhiệm vụ, cập nhật đến ngày 12/5/2026)"])
    sheet.append([])
    sheet.append(["Tình trạng", "Chưa hoàn thành"])
    sheet.append(["Năm giao", "(All)"])
    sheet.append([])
    sheet.append(
        [
            "Đơn vị chủ trì",
            "Văn bản giao",
            "Nội dung nhiệm vụ",
            "Hạn xử lý",
            "Count of Nội dung nhiệm vụ",
        ]
    )
    header_row = sheet.max_row
    groups = [
        (
            "Công an tỉnh",
            [
                [
                    "318/TB-UBND ngày 20/3/2026",
                    "Chủ trì kiểm tra, xử lý các phương tiện vận tải quá khổ, quá tải lưu thông trên tuyến ĐT.642",
                    "30/04/2026",
                ],
            ],
        ),
        (
            "Sở Nông nghiệp và Môi trường",
            [
                [
                    "1422/UBND-KT ngày 02/4/2026",
                    "Hoàn thiện hồ sơ điều chỉnh ranh giới rừng phòng hộ ven biển, trình UBND tỉnh",
                    "15/05/2026",
                ],
                [
                    "",
                    "Rà soát, đề xuất phương án xử lý sạt lở bờ sông Lam Giang đoạn qua xã An Thạnh",
                    "30/05/2026",
                ],
                [
                    "510/TB-UBND ngày 24/4/2026",
                    "Tham mưu Kế hoạch phòng, chống hạn hán, xâm nhập mặn mùa khô 2026 - 2027",
                    "31/07/2026",
                ],
            ],
        ),
        (
            "Sở Tài chính",
            [
                [
                    "1205/UBND-KT ngày 18/3/2026",
                    "Đề xuất bố trí vốn đối ứng cho Dự án cấp nước sạch liên xã vùng ven biển",
                    "20/04/2026",
                ],
                [
                    "45/TB-UBND ngày 12/01/2026",
                    "Tham mưu phương án xử lý các cơ sở nhà, đất dôi dư sau sắp xếp đơn vị hành chính",
                    "30/06/2026",
                ],
                [
                    "",
                    "Tổng hợp, báo cáo tình hình giải ngân vốn đầu tư công của tỉnh",
                    "(blank)",
                ],
            ],
        ),
        (
            "Sở Xây dựng",
            [
                [
                    "318/TB-UBND ngày 20/3/2026",
                    "Báo cáo tiến độ thi công cầu Hòa Lạc và đường dẫn hai đầu cầu",
                    "15/04/2026",
                ],
                [
                    "",
                    "Hướng dẫn UBND các xã lập quy hoạch chung xã theo địa giới đơn vị hành chính mới",
                    "30/09/2026",
                ],
            ],
        ),
        (
            "Sở Y tế; Sở Giáo dục và Đào tạo",
            [
                [
                    "602/UBND-VX ngày 06/02/2026",
                    "Triển khai khám sức khỏe định kỳ cho học sinh các trường phổ thông trên địa bàn tỉnh",
                    "31/05/2026",
                ],
            ],
        ),
        (
            "UBND phường Hải Thành",
            [
                [
                    "1422/UBND-KT ngày 02/4/2026",
                    "Bàn giao mặt bằng sạch phần còn lại của Dự án Khu tái định cư Bắc Hải Thành",
                    "10/05/2026",
                ],
            ],
        ),
    ]
    bold = Font(bold=True)
    subtotal_fill = PatternFill("solid", fgColor="DDEBF7")
    total = 0
    for unit, rows in groups:
        for index, (document_cell, task, due) in enumerate(rows):
            due_value = due if due == "(blank)" else _date(due)
            sheet.append([unit if index == 0 else "", document_cell, task, due_value, 1])
            if due != "(blank)":
                sheet.cell(sheet.max_row, 4).number_format = "dd/mm/yyyy"
        sheet.append([f"{unit} Total", "", "", "", len(rows)])
        total += len(rows)
        for cell in sheet[sheet.max_row]:
            cell.font = bold
            cell.fill = subtotal_fill
    sheet.append(["Grand Total", "", "", "", total])
    for cell in sheet[sheet.max_row]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
    for cell in sheet[header_row]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
    for row in (1, 2):
        sheet.cell(row, 1).font = bold
    sheet.cell(3, 1).font = Font(italic=True)
    for index, width in zip("ABCDE", [30, 26, 70, 13, 14], strict=True):
        sheet.column_dimensions[index].width = width
    for row in sheet.iter_rows(min_row=header_row):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.save(path)


# -------------------------------------------------------------------------------------------- h374
def h374(h, path: Path) -> None:
    """A commune People's Council's **resolution on its supervision programme for the next year**
    (adopted at the mid-year session 2026, the programme for 2027): `Điều 1` lists who supervises
    what — the Council at its sessions under time labels (`a) Tại kỳ họp thường lệ giữa năm 2027
    (dự kiến tháng 7/2027): …`), a thematic supervision reported at that session, the Standing
    committee, the two Boards (one paragraph giving a Board two supervisions with a time each), the
    deputies' groups; `Điều 2` the follow-up duties, a request to the Fatherland Front."""
    document = _document(13)
    _a4(document)
    h.national_header(
        document,
        ["HỘI ĐỒNG NHÂN DÂN", "XÃ TÂN LẬP", "Số: 21/NQ-HĐND"],
        "Tân Lập, ngày 10 tháng 7 năm 2026",
    )
    _paragraphs(
        document,
        [
            "NGHỊ QUYẾT",
            "Về Chương trình giám sát năm 2027 của Hội đồng nhân dân xã Tân Lập",
            "HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP",
            "KHÓA I, KỲ HỌP THỨ HAI",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;",
            "Xét Tờ trình số 09/TTr-TTHĐND ngày 25 tháng 6 năm 2026 của Thường trực Hội đồng nhân dân xã về dự kiến Chương trình giám sát năm 2027 của Hội đồng nhân dân xã; báo cáo thẩm tra của các Ban Hội đồng nhân dân xã và ý kiến thảo luận của đại biểu Hội đồng nhân dân xã tại kỳ họp.",
            "QUYẾT NGHỊ:",
            "Điều 1. Chương trình giám sát năm 2027 của Hội đồng nhân dân xã",
            "1. Hội đồng nhân dân xã giám sát tại kỳ họp",
            "a) Tại kỳ họp thường lệ giữa năm 2027 (dự kiến tháng 7/2027): xem xét báo cáo công tác 6 tháng đầu năm 2027 của Thường trực Hội đồng nhân dân, Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân xã; xem xét báo cáo kết quả giải quyết ý kiến, kiến nghị của cử tri trước và sau kỳ họp.",
            "b) Tại kỳ họp thường lệ cuối năm 2027: xem xét báo cáo công tác năm 2027 của Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã; tiến hành chất vấn và xem xét việc trả lời chất vấn của Chủ tịch Ủy ban nhân dân xã, Trưởng Công an xã và Trưởng các phòng chuyên môn thuộc Ủy ban nhân dân xã.",
            "2. Hội đồng nhân dân xã giám sát chuyên đề",
            "Giám sát việc quản lý, sử dụng vốn đầu tư xây dựng các công trình giao thông nông thôn và kênh mương nội đồng trên địa bàn xã giai đoạn 2025 - 2026. Thời gian giám sát: quý II/2027; Đoàn giám sát báo cáo kết quả tại kỳ họp thường lệ giữa năm 2027.",
            "3. Thường trực Hội đồng nhân dân xã giám sát",
            "a) Giám sát việc giải quyết thủ tục hành chính trong lĩnh vực đất đai, xây dựng tại Bộ phận một cửa của Ủy ban nhân dân xã; thời gian: tháng 9/2027.",
            "b) Giám sát việc giải quyết khiếu nại, tố cáo và kiến nghị của cử tri; thời gian: định kỳ hằng quý.",
            "4. Các Ban của Hội đồng nhân dân xã giám sát",
            "a) Ban Kinh tế - Xã hội: giám sát tình hình thu, chi ngân sách xã 6 tháng đầu năm 2027 (tháng 6/2027); giám sát việc thực hiện chính sách hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo, hộ làm nông nghiệp có mức sống trung bình (tháng 8/2027).",
            "b) Ban Pháp chế: giám sát công tác bảo đảm trật tự an toàn giao thông và phòng, chống ma túy tại các ấp giáp ranh; thời gian: tháng 10/2027.",
            "5. Các Tổ đại biểu và đại biểu Hội đồng nhân dân xã giám sát",
            "Các Tổ đại biểu, đại biểu Hội đồng nhân dân xã giám sát việc giải quyết ý kiến, kiến nghị của cử tri đã được chuyển đến cơ quan có thẩm quyền; thời gian: thường xuyên.",
            "Điều 2. Tổ chức thực hiện",
            "1. Thường trực Hội đồng nhân dân xã ban hành Kế hoạch thực hiện Chương trình giám sát năm 2027 trước ngày 31/01/2027; điều hòa, phối hợp hoạt động giám sát của các Ban, các Tổ đại biểu, bảo đảm không chồng chéo.",
            "2. Các Ban của Hội đồng nhân dân xã, các Tổ đại biểu và đại biểu Hội đồng nhân dân xã căn cứ Chương trình này chủ động xây dựng kế hoạch giám sát của mình.",
            "3. Ủy ban nhân dân xã, các cơ quan, tổ chức, đơn vị chịu sự giám sát có trách nhiệm thực hiện đầy đủ yêu cầu của chủ thể giám sát theo quy định của pháp luật.",
            "4. Thường trực Hội đồng nhân dân xã báo cáo kết quả thực hiện Chương trình giám sát năm 2027 tại kỳ họp thường lệ giữa năm 2028.",
            "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp tổ chức các hoạt động giám sát, tuyên truyền và vận động Nhân dân tham gia giám sát việc thực hiện Nghị quyết này.",
            "Điều 3. Hiệu lực thi hành",
            "Nghị quyết này đã được Hội đồng nhân dân xã Tân Lập Khóa I, Kỳ họp thứ hai thông qua ngày 10 tháng 7 năm 2026 và có hiệu lực từ ngày thông qua./.",
            "Nơi nhận:",
            "- Thường trực HĐND tỉnh (b/c);",
            "- Thường trực Đảng ủy xã;",
            "- TT HĐND, UBND, UBMTTQVN xã;",
            "- Đại biểu HĐND xã;",
            "- Lưu: VT.",
            "CHỦ TỊCH",
            "Lê Văn Thắng",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h375
def h375_docx(h, path: Path) -> None:
    """A commune chairman's **dispatch and the plan it sends, in one PDF** as the e-office issues
    them (→ PDF with a text layer): page 1 the dispatch (`V/v triển khai Kế hoạch …`, its own
    numbered requests), pages 2–3 the plan with its own heading, number and signature; **an
    electronic-signature box** (`Ký bởi: …`, `Thời gian ký: 04.08.2025 16:42:10 +07:00`) atop each
    document's first page; anniversary dates in the titles."""
    document = _document(13)
    _a4(document)
    _compact(document)
    signer = [
        "Ký bởi: Ủy ban nhân dân xã Phước Hưng",
        "Email: phuochung@dongkhanh.gov.vn",
        "Cơ quan: Tỉnh Đồng Khánh",
        "Thời gian ký: 04.08.2025 16:42:10 +07:00",
    ]
    signature_box(h, document, signer)
    h.national_header(
        document,
        [
            "ỦY BAN NHÂN DÂN",
            "XÃ PHƯỚC HƯNG",
            "Số: 412/UBND-VHXH",
            "V/v triển khai Kế hoạch tổ chức các hoạt động kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9",
        ],
        "Phước Hưng, ngày 04 tháng 8 năm 2025",
    )
    _paragraphs(
        document,
        [
            "Kính gửi:",
            "- Các cơ quan chuyên môn thuộc Ủy ban nhân dân xã;",
            "- Công an xã; Ban Chỉ huy Quân sự xã;",
            "- Trạm Y tế xã; Trung tâm Dịch vụ tổng hợp xã;",
            "- Ban điều hành các ấp.",
            "Ngày 04/8/2025, Ủy ban nhân dân xã ban hành Kế hoạch số 58/KH-UBND tổ chức các hoạt động kỷ niệm 80 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2025) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945 - 02/9/2025) (gửi kèm theo Công văn này).",
            "Để triển khai kịp thời, Chủ tịch Ủy ban nhân dân xã yêu cầu:",
            "1. Thủ trưởng các cơ quan, đơn vị, Trưởng ban điều hành các ấp nghiên cứu nội dung Kế hoạch, chủ động triển khai thực hiện các nhiệm vụ được phân công.",
            "2. Văn phòng HĐND và UBND xã đăng tải Kế hoạch trên Trang thông tin điện tử của xã và gửi vào nhóm điều hành của xã trong ngày 05/8/2025.",
            "3. Phòng Văn hóa - Xã hội lập dự trù kinh phí tổ chức các hoạt động, gửi Phòng Kinh tế thẩm định trước ngày 08/8/2025.",
            "4. Các cơ quan, đơn vị, các ấp báo cáo kết quả thực hiện về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) trước ngày 08/9/2025 để tổng hợp.",
            "Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
        ],
    )
    closing(
        document,
        [
            "Nơi nhận:",
            "- Như trên;",
            "- TT Đảng ủy, TT HĐND xã (b/c);",
            "- CT, các PCT UBND xã;",
            "- Lưu: VT, VHXH.",
        ],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thị Mỹ Linh"],
    )
    _page_break(document)
    signature_box(h, document, signer)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC HƯNG", "Số: 58/KH-UBND"],
        "Phước Hưng, ngày 04 tháng 8 năm 2025",
    )
    _paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Tổ chức các hoạt động kỷ niệm 80 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2025) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945 - 02/9/2025)",
            "Thực hiện Kế hoạch số 145/KH-UBND ngày 22/7/2025 của Ủy ban nhân dân tỉnh Đồng Khánh về tổ chức các hoạt động kỷ niệm các ngày lễ lớn năm 2025, Ủy ban nhân dân xã Phước Hưng ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Tuyên truyền sâu rộng ý nghĩa lịch sử của Cách mạng tháng Tám và Quốc khánh 2/9, khơi dậy niềm tự hào dân tộc, tinh thần đoàn kết của Nhân dân trong xã.",
            "2. Các hoạt động kỷ niệm tổ chức trang trọng, thiết thực, tiết kiệm, bảo đảm an ninh, trật tự.",
            "II. NỘI DUNG HOẠT ĐỘNG VÀ PHÂN CÔNG THỰC HIỆN",
            "1. Treo cờ Tổ quốc, băng rôn, khẩu hiệu chào mừng tại trụ sở các cơ quan, trường học, các trục đường chính và nhà văn hóa các ấp.",
            "- Đơn vị chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Trung tâm Dịch vụ tổng hợp xã, Ban điều hành các ấp.",
            "- Thời gian: từ ngày 15/8/2025 đến hết ngày 05/9/2025.",
            "2. Tổ chức Lễ chào cờ và dâng hương tại Đài tưởng niệm liệt sĩ xã.",
            "- Đơn vị chủ trì: Văn phòng HĐND và UBND xã; phối hợp: Đoàn Thanh niên xã.",
            "- Thời gian: 07 giờ 00 ngày 19/8/2025.",
            "3. Tổ chức Giải bóng chuyền nam, nữ các ấp chào mừng Quốc khánh.",
            "- Đơn vị chủ trì: Trung tâm Dịch vụ tổng hợp xã; phối hợp: Đoàn Thanh niên xã, Ban điều hành các ấp.",
            "- Thời gian: từ ngày 22/8 đến ngày 31/8/2025.",
            "4. Thăm, tặng quà các gia đình chính sách, người có công với cách mạng tiêu biểu.",
            "- Đơn vị chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã.",
            "- Thời gian: trước ngày 30/8/2025.",
            "5. Bảo đảm an ninh, trật tự, an toàn giao thông, phòng cháy, chữa cháy tại các điểm tổ chức hoạt động.",
            "- Đơn vị chủ trì: Công an xã.",
            "- Thời gian: từ ngày 28/8 đến ngày 03/9/2025.",
            "6. Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, phối hợp bảo vệ các hoạt động kỷ niệm.",
            "- Đơn vị chủ trì: Ban Chỉ huy Quân sự xã.",
            "- Thời gian: từ ngày 31/8 đến ngày 03/9/2025.",
            "7. Bố trí lực lượng, phương tiện trực cấp cứu tại Lễ chào cờ và các trận đấu của Giải bóng chuyền.",
            "- Đơn vị chủ trì: Trạm Y tế xã.",
            "- Thời gian: ngày 19/8/2025 và từ ngày 22/8 đến ngày 31/8/2025.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Kinh phí thực hiện từ nguồn ngân sách xã năm 2025 và các nguồn xã hội hóa hợp pháp.",
            "2. Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, tổng hợp kết quả, tham mưu Ủy ban nhân dân xã báo cáo Ủy ban nhân dân tỉnh (qua Sở Văn hóa, Thể thao và Du lịch) trước ngày 12/9/2025.",
            "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động Nhân dân treo cờ Tổ quốc và tham gia các hoạt động kỷ niệm.",
        ],
    )
    closing(
        document,
        [
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- Sở Văn hóa, Thể thao và Du lịch;",
            "- TT Đảng ủy, TT HĐND xã;",
            "- Các cơ quan, đơn vị, các ấp;",
            "- Lưu: VT, VHXH.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thị Mỹ Linh"],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h376
def h376_xlsx(h, path: Path) -> None:
    """A Department of Agriculture and Environment's quarter assignment sheet (→ legacy .xls) with
    **one row per unit and several tasks as lines inside one cell** (Alt+Enter), **the time cell
    holding matching lines** (`1. Tháng 7` / `2. 15/8/2026` …, or dashes with an empty line where a
    task runs onto a second line), one row giving a single time for all its lines."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Quy III-2026"
    h.sheet_title_rows(
        sheet,
        [
            "UBND TỈNH LÂM BẮC",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "BẢNG PHÂN CÔNG NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2026",
            "(Kèm theo Thông báo số 215/TB-SNNMT ngày 03/7/2026 của Sở Nông nghiệp và Môi trường)",
            "",
        ],
        5,
    )
    sheet.append(["STT", "Đơn vị", "Nhiệm vụ", "Thời gian hoàn thành", "Lãnh đạo Sở phụ trách"])
    _bold_header(sheet, sheet.max_row)
    rows = [
        [
            1,
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            "1. Chỉ đạo gieo cấy, chăm sóc lúa vụ Mùa năm 2026 đúng khung thời vụ\n"
            "2. Xây dựng phương án sản xuất vụ Đông 2026 - 2027, trình Giám đốc Sở\n"
            "3. Kiểm tra chất lượng giống cây trồng, phân bón tại các cơ sở kinh doanh",
            "1. Tháng 7\n2. 15/8/2026\n3. Tháng 9",
            "PGĐ Hoàng Văn Sơn",
        ],
        [
            2,
            "Chi cục Thủy lợi",
            "- Vận hành các hồ chứa theo quy trình, bảo đảm an toàn\n"
            "  hồ đập trong mùa mưa lũ\n"
            "- Tổng hợp thiệt hại do thiên tai, đề xuất kinh phí khắc phục",
            "- Thường xuyên\n\n- Trước 30/9/2026",
            "PGĐ Hoàng Văn Sơn",
        ],
        [
            3,
            "Chi cục Kiểm lâm",
            "- Tuần tra, kiểm soát lâm sản tại các tuyến giáp ranh\n"
            "- Rà soát diện tích rừng trồng thay thế chưa đạt yêu cầu",
            "Quý III",
            "PGĐ Lê Thị Thu",
        ],
        [
            4,
            "Phòng Quản lý đất đai",
            "Thẩm định hồ sơ giao đất, cho thuê đất đối với 12 dự án đã có chủ trương đầu tư",
            "Tháng 8",
            "PGĐ Lê Thị Thu",
        ],
        [
            5,
            "Văn phòng Sở",
            "1. Tổng hợp báo cáo kết quả thực hiện nhiệm vụ tháng, gửi UBND tỉnh\n"
            "2. Tổ chức Hội nghị sơ kết công tác 9 tháng năm 2026",
            "1. Trước ngày 25 hằng tháng\n2. 28/9/2026",
            "Giám đốc Sở",
        ],
        [
            6,
            "Trung tâm Khuyến nông",
            "1. Tổ chức 04 lớp tập huấn kỹ thuật nuôi tôm nước lợ\n"
            "2. Xây dựng mô hình lúa hữu cơ tại xã Tân Phú",
            "1. 10/8\n2. Tháng 8 - 9",
            "PGĐ Hoàng Văn Sơn",
        ],
    ]
    for row in rows:
        sheet.append(row)
    first_data = sheet.max_row - len(rows) + 1
    sheet.append([])
    sheet.append(
        [
            "Ghi chú: Các đơn vị báo cáo kết quả thực hiện nhiệm vụ quý III về Văn phòng Sở trước ngày 26/9/2026 để tổng hợp."
        ]
    )
    note = sheet.max_row
    sheet.merge_cells(start_row=note, start_column=1, end_row=note, end_column=5)
    for index, width in zip("ABCDE", [6, 26, 62, 24, 20], strict=True):
        sheet.column_dimensions[index].width = width
    _wrap(sheet, first_data)
    for index in range(first_data, first_data + len(rows)):
        lines = max(str(cell.value or "").count("\n") + 1 for cell in sheet[index])
        sheet.row_dimensions[index].height = 16 * lines + 6
    book.save(path)


# -------------------------------------------------------------------------------------------- h377
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def tohop(text: str) -> str:
    """`text` as Unikey's **Unicode tổ hợp** charset types it: a vowel's shape mark stays composed
    (`â`, `ê`, `ô`, `ơ`, `ư`, `ă`), its tone mark follows as a combining character (`ế` = `ê` +
    U+0301, `ệ` = `ê` + U+0323)."""
    out: list[str] = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = [mark for mark in parts if mark in _TONES]
        base = unicodedata.normalize("NFC", "".join(mark for mark in parts if mark not in _TONES))
        out.append(base + "".join(tones))
    return "".join(out)


def h377(h, path: Path) -> None:
    """A ward's fire-safety plan **typed with Unikey's `Unicode tổ hợp` charset**: every tone mark
    a combining character after its vowel (the text looks normal on screen), except the heading
    block, which comes from the office's template, and one table row pasted from another document
    (precomposed, as most text is)."""
    document = _document(13)
    _a4(document)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG VĨNH PHƯỚC ĐÔNG", "Số: 17/KH-UBND"],
        "Vĩnh Phước Đông, ngày 20 tháng 01 năm 2027",
    )
    body_before = [
        "KẾ HOẠCH",
        "Triển khai công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ trên địa bàn phường năm 2027",
        "Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29 tháng 11 năm 2024;",
        "Căn cứ Kế hoạch số 06/KH-CAT ngày 08/01/2027 của Công an tỉnh Khánh Lâm về công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2027;",
        "Ủy ban nhân dân phường Vĩnh Phước Đông ban hành Kế hoạch triển khai công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH) trên địa bàn phường năm 2027 như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao ý thức, trách nhiệm của người đứng đầu cơ quan, đơn vị, hộ gia đình và Nhân dân trong công tác PCCC và CNCH; kiềm chế, giảm thiểu các vụ cháy, nổ, không để xảy ra cháy lớn gây thiệt hại nghiêm trọng về người và tài sản.",
        "II. NHIỆM VỤ CỤ THỂ",
    ]
    _paragraphs(document, [tohop(line) for line in body_before])
    rows = [
        [
            "1",
            "Tuyên truyền, phổ biến kiến thức PCCC và CNCH đến hộ gia đình, hộ kinh doanh qua hệ thống loa truyền thanh và trang mạng xã hội của phường",
            "Phòng Văn hóa - Xã hội",
            "Công an phường; các khu phố",
            "Thường xuyên",
        ],
        [
            "2",
            "Rà soát, lập danh sách nhà ở kết hợp sản xuất, kinh doanh có nguy cơ cháy, nổ cao",
            "Công an phường",
            "Trưởng các khu phố",
            "Trước 31/3/2027",
        ],
        [
            "3",
            "Xây dựng, nhân rộng mô hình “Tổ liên gia an toàn PCCC” và “Điểm chữa cháy công cộng” tại 06 khu phố",
            "Công an phường",
            "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
            "Quý II/2027",
        ],
        [
            "4",
            "Kiện toàn, tập huấn nghiệp vụ PCCC và CNCH cho lực lượng dân phòng",
            "Công an phường",
            "Văn phòng HĐND và UBND phường",
            "Đợt 1: tháng 4; đợt 2: tháng 10/2027",
        ],
        [
            "5",
            "Kiểm tra an toàn PCCC đối với các cơ sở thuộc diện quản lý của phường",
            "Công an phường",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Theo Kế hoạch kiểm tra của Công an tỉnh",
        ],
        [
            "6",
            "Tổ chức diễn tập phương án chữa cháy và CNCH tại chợ Vĩnh Phước",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Công an phường; Ban Quản lý chợ",
            "Tháng 9/2027",
        ],
        [
            "7",
            "Bố trí kinh phí mua sắm bình chữa cháy, thang dây, mặt nạ phòng độc cho lực lượng dân phòng",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Văn phòng HĐND và UBND phường",
            "Trước 30/6/2027",
        ],
        [
            "8",
            "Sơ kết 6 tháng, tổng kết năm công tác PCCC và CNCH",
            "Công an phường",
            "Văn phòng HĐND và UBND phường",
            "Tháng 6 và tháng 12/2027",
        ],
    ]
    pasted = {"7"}  # this row was pasted from the budget office's table: precomposed
    typed = [row if row[0] in pasted else [tohop(cell) for cell in row] for row in rows]
    table = _table(
        document,
        [
            tohop(label)
            for label in ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
        ],
        typed,
        h,
    )
    h.set_widths(table, [0.4, 2.6, 1.3, 1.3, 1.1])
    body_after = [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Công an phường là cơ quan thường trực, tham mưu Ủy ban nhân dân phường theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Các cơ quan, đơn vị được phân công báo cáo kết quả thực hiện về Ủy ban nhân dân phường (qua Công an phường) định kỳ trước ngày 10 của tháng cuối quý.",
        "Nơi nhận:",
        "- Công an tỉnh (b/c);",
        "- TT Đảng ủy, TT HĐND phường;",
        "- CT, các PCT UBND phường;",
        "- Các cơ quan, đơn vị, các khu phố;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Đặng Quốc Việt",
    ]
    _paragraphs(document, [tohop(line) for line in body_after])
    document.save(path)


# -------------------------------------------------------------------------------------------- h378
def h378_xlsx(h, path: Path) -> None:
    """A Department of Home Affairs' administrative-reform plan kept in Excel and **printed as it
    is (→ PDF with a text layer): the sheet is wider than the page, so its columns are split over
    two pages** — page 1 `STT | Nội dung nhiệm vụ | Sản phẩm` (the issuer's heading, the title,
    `Nơi nhận`), page 2 `STT` again (the print titles) with `Đơn vị chủ trì | Đơn vị phối hợp | Thời
    gian hoàn thành | Ghi chú` (the national motto, the date line and the signature)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    book = Workbook()
    sheet = book.active
    sheet.title = "KH CCHC 2025"
    bold = Font(name="Times New Roman", bold=True, size=12)
    plain = Font(name="Times New Roman", size=12)
    top = [
        ("B1", "UBND TỈNH NAM KHÁNH", True),
        ("E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("B2", "SỞ NỘI VỤ", True),
        ("E2", "Độc lập - Tự do - Hạnh phúc", True),
        ("E3", "Nam Khánh, ngày 10 tháng 01 năm 2025", False),
        ("B4", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ NỘI VỤ", True),
        (
            "B5",
            "(Ban hành kèm theo Quyết định số 08/QĐ-SNV ngày 10/01/2025 của Giám đốc Sở Nội vụ)",
            False,
        ),
    ]
    for ref, text, is_bold in top:
        sheet[ref] = text
        sheet[ref].font = bold if is_bold else plain
    header = [
        "STT",
        "Nội dung nhiệm vụ",
        "Sản phẩm",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Ghi chú",
    ]
    rows = [
        ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", "", ""],
        [
            "1",
            "Rà soát, đề xuất sửa đổi các quyết định quy phạm pháp luật của UBND tỉnh thuộc lĩnh vực nội vụ",
            "Báo cáo kết quả rà soát",
            "Văn phòng Sở",
            "Các phòng, ban, chi cục",
            "Tháng 6/2025",
            "",
        ],
        [
            "2",
            "Xây dựng dự thảo Quyết định ban hành Quy chế tuyển dụng công chức cấp xã",
            "Quyết định của UBND tỉnh",
            "Phòng Công chức, viên chức",
            "Sở Tư pháp",
            "Quý III/2025",
            "",
        ],
        ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""],
        [
            "3",
            "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực thi đua, khen thưởng",
            "Phương án đơn giản hóa",
            "Ban Thi đua - Khen thưởng",
            "Văn phòng Sở",
            "30/5/2025",
            "",
        ],
        [
            "4",
            "Công khai, cập nhật thủ tục hành chính thuộc thẩm quyền giải quyết của Sở trên Cổng Dịch vụ công quốc gia",
            "Thủ tục hành chính được công khai",
            "Văn phòng Sở",
            "",
            "Thường xuyên",
            "",
        ],
        ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "", "", "", "", ""],
        [
            "5",
            "Tham mưu phương án sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh",
            "Đề án trình UBND tỉnh",
            "Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
            "Các sở, ban, ngành",
            "Quý I/2025",
            "Theo chỉ đạo của Trung ương",
        ],
        [
            "6",
            "Kiểm tra công tác cải cách hành chính tại 04 sở, ngành và 03 UBND cấp huyện",
            "Thông báo kết luận kiểm tra",
            "Phòng Cải cách hành chính",
            "Văn phòng UBND tỉnh",
            "Đợt 1: tháng 5; đợt 2: tháng 9/2025",
            "",
        ],
        ["IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", "", "", ""],
        [
            "7",
            "Tổ chức thi nâng ngạch công chức năm 2025",
            "Kết quả thi được công nhận",
            "Phòng Công chức, viên chức",
            "Hội đồng thi nâng ngạch",
            "Tháng 10 - 11/2025",
            "",
        ],
        [
            "8",
            "Tổ chức điều tra xã hội học phục vụ xác định Chỉ số cải cách hành chính của tỉnh năm 2025",
            "Báo cáo kết quả điều tra",
            "Phòng Cải cách hành chính",
            "Thống kê tỉnh",
            "Trước 15/12/2025",
            "",
        ],
        [
            "9",
            "Báo cáo công tác cải cách hành chính định kỳ quý, 6 tháng, năm của Sở",
            "Báo cáo",
            "Phòng Cải cách hành chính",
            "Các phòng, ban, chi cục",
            "Trước ngày 15 tháng cuối quý",
            "",
        ],
    ]
    start = 7
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column, label in enumerate(header, start=1):
        cell = sheet.cell(start, column, label)
        cell.font = bold
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for offset, row in enumerate(rows, start=1):
        section = row[0] in {"I", "II", "III", "IV"}
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(start + offset, column, value)
            cell.font = bold if section else plain
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    end = start + len(rows)
    closing = [
        (end + 2, "B", "Nơi nhận:", True),
        (end + 3, "B", "- UBND tỉnh (b/c);", False),
        (end + 4, "B", "- Giám đốc, các PGĐ Sở;", False),
        (end + 5, "B", "- Các phòng, ban, chi cục thuộc Sở;", False),
        (end + 6, "B", "- Lưu: VT, CCHC.", False),
        (end + 2, "E", "KT. GIÁM ĐỐC", True),
        (end + 3, "E", "PHÓ GIÁM ĐỐC", True),
        (end + 7, "E", "Trần Minh Khoa", True),
    ]
    for row, column, text, is_bold in closing:
        sheet[f"{column}{row}"] = text
        sheet[f"{column}{row}"].font = bold if is_bold else plain
    print_split(sheet, start, end, [6, 58, 26, 26, 24, 18, 18], end + 7)
    book.save(path)


# -------------------------------------------------------------------------------------------- h379
def h379_docx(h, path: Path) -> None:
    """A Department of Finance director's **decision amending the year's work plan** (→ .odt):
    `Điều 1` changes the times of three tasks in a table (`Thời gian theo Kế hoạch` beside
    `Thời gian điều chỉnh`), the lead of one (`… (thay cho …)`), adds three tasks (`Nhiệm vụ số
    31: …`) and drops two (no items); `Điều 2` keeps the rest and gives the Office a duty counted in
    working days from the signing; `Điều 3` puts it in force."""
    document = _document(13)
    _a4(document)
    h.national_header(
        document,
        ["UBND TỈNH BÌNH LAM", "SỞ TÀI CHÍNH", "Số: 186/QĐ-STC"],
        "Bình Lam, ngày 15 tháng 6 năm 2026",
    )
    _paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Về việc điều chỉnh, bổ sung Kế hoạch công tác năm 2026 của Sở Tài chính",
            "GIÁM ĐỐC SỞ TÀI CHÍNH",
            "Căn cứ Quyết định số 27/2025/QĐ-UBND ngày 30 tháng 6 năm 2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính;",
            "Căn cứ Quyết định số 12/QĐ-STC ngày 10 tháng 01 năm 2026 của Giám đốc Sở Tài chính ban hành Kế hoạch công tác năm 2026 của Sở Tài chính;",
            "Theo đề nghị của Chánh Văn phòng Sở.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Điều chỉnh, bổ sung Kế hoạch công tác năm 2026 của Sở Tài chính ban hành kèm theo Quyết định số 12/QĐ-STC ngày 10/01/2026 như sau:",
            "1. Điều chỉnh thời gian hoàn thành của các nhiệm vụ sau:",
        ],
    )
    table = _table(
        document,
        [
            "STT",
            "Nhiệm vụ (số thứ tự tại Phụ lục Kế hoạch)",
            "Đơn vị chủ trì",
            "Thời gian theo Kế hoạch",
            "Thời gian điều chỉnh",
            "Lý do",
        ],
        [
            [
                "1",
                "Nhiệm vụ số 5: Tham mưu UBND tỉnh ban hành quy định phân cấp thẩm quyền quyết định mua sắm, quản lý tài sản công",
                "Phòng Quản lý giá và Công sản",
                "Quý II/2026",
                "Quý IV/2026",
                "Chờ Nghị định sửa đổi của Chính phủ",
            ],
            [
                "2",
                "Nhiệm vụ số 11: Xây dựng bảng giá cho thuê nhà ở thuộc sở hữu nhà nước trên địa bàn tỉnh",
                "Phòng Quản lý giá và Công sản",
                "30/6/2026",
                "31/8/2026",
                "Bổ sung khảo sát giá thị trường",
            ],
            [
                "3",
                "Nhiệm vụ số 17: Triển khai phần mềm quản lý tài sản công cho các xã, phường",
                "Phòng Tin học và Thống kê",
                "Tháng 5/2026",
                "Tháng 7/2026",
                "Nhà cung cấp đề nghị lùi thời gian bàn giao",
            ],
        ],
        h,
    )
    h.set_widths(table, [0.4, 2.4, 1.3, 0.9, 0.9, 1.3])
    _paragraphs(
        document,
        [
            "2. Điều chỉnh đơn vị chủ trì của nhiệm vụ sau:",
            "Nhiệm vụ số 8: Tổng hợp, báo cáo tình hình thực hiện dự toán thu, chi ngân sách địa phương. Đơn vị chủ trì: Phòng Quản lý ngân sách (thay cho Phòng Tài chính hành chính sự nghiệp); thời gian: hằng quý (không thay đổi).",
            "3. Bổ sung các nhiệm vụ sau vào Kế hoạch:",
            "a) Nhiệm vụ số 31: Tham mưu UBND tỉnh phương án sắp xếp lại, xử lý nhà, đất của các cơ quan, đơn vị dôi dư sau sắp xếp đơn vị hành chính cấp xã. Đơn vị chủ trì: Phòng Quản lý giá và Công sản; phối hợp: các sở, ban, ngành, UBND các xã, phường; thời gian hoàn thành: tháng 9/2026.",
            "b) Nhiệm vụ số 32: Xây dựng dự thảo Nghị quyết của HĐND tỉnh quy định mức chi bảo đảm hoạt động của Hội đồng nhân dân các cấp. Đơn vị chủ trì: Phòng Quản lý ngân sách; thời gian: trình HĐND tỉnh tại kỳ họp thường lệ cuối năm 2026.",
            "c) Nhiệm vụ số 33: Kiểm tra công tác quản lý, sử dụng kinh phí sự nghiệp môi trường tại 05 xã, phường. Đơn vị chủ trì: Phòng Tài chính đầu tư; phối hợp: Sở Nông nghiệp và Môi trường; thời gian hoàn thành: quý III/2026.",
            "4. Đưa ra khỏi Kế hoạch các nhiệm vụ sau:",
            "a) Nhiệm vụ số 14: Tham mưu sáp nhập Trung tâm Dịch vụ tài chính công vào Văn phòng Sở (đã thực hiện theo Quyết định số 1502/QĐ-UBND ngày 28/5/2026 của UBND tỉnh).",
            "b) Nhiệm vụ số 22: Tổ chức hội nghị tập huấn quyết toán ngân sách cấp huyện (không còn đối tượng sau sắp xếp đơn vị hành chính).",
            "Điều 2. Các nội dung khác tại Kế hoạch công tác năm 2026 ban hành kèm theo Quyết định số 12/QĐ-STC ngày 10/01/2026 giữ nguyên. Văn phòng Sở cập nhật các nội dung điều chỉnh, bổ sung vào Hệ thống theo dõi nhiệm vụ của Sở trong 05 ngày làm việc kể từ ngày ký Quyết định này.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng thuộc Sở và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:",
            "- Như Điều 3;",
            "- UBND tỉnh (b/c);",
            "- Giám đốc, các PGĐ Sở;",
            "- Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "Hồ Thị Thanh Vân",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h380
def h380_docx(h, path: Path) -> None:
    """A commune civil servant's **monthly work registration and self-assessment form** (the
    monthly evaluation of civil servants), → legacy .doc: no lead column (every task is the
    person's), section rows `I. NHIỆM VỤ ĐĂNG KÝ ĐẦU THÁNG`, `II. NHIỆM VỤ PHÁT SINH` (each with
    who assigned it and when), `III. NHIỆM VỤ THƯỜNG XUYÊN`; a day-count column and a complexity
    column, evaluation columns partly filled, a due counted in working days from the day given."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["UBND XÃ HÒA MỸ TÂY", "PHÒNG KINH TẾ", ""],
        "Hòa Mỹ Tây, ngày 15 tháng 10 năm 2025",
    )
    _paragraphs(
        document,
        [
            "PHIẾU ĐĂNG KÝ KẾ HOẠCH CÔNG TÁC VÀ THEO DÕI KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10/2025",
            "(Cập nhật nhiệm vụ phát sinh đến ngày 15/10/2025)",
            "Họ và tên: Phạm Quốc Huy",
            "Vị trí việc làm: Công chức phụ trách nông nghiệp, tài nguyên và môi trường",
            "Đơn vị công tác: Phòng Kinh tế, Ủy ban nhân dân xã Hòa Mỹ Tây",
        ],
    )
    header = [
        "STT",
        "Nội dung công việc",
        "Sản phẩm đầu ra",
        "Số ngày công dự kiến",
        "Thời hạn hoàn thành",
        "Mức độ phức tạp (1-3)",
        "Tiến độ (Đúng hạn/ Trễ hạn)",
        "Cá nhân tự đánh giá",
        "Lãnh đạo phòng đánh giá",
    ]
    table = _table(document, header, [], h)
    sections = [
        ("I", "NHIỆM VỤ ĐĂNG KÝ ĐẦU THÁNG"),
        (
            None,
            [
                [
                    "1",
                    "Tham mưu báo cáo tình hình sản xuất nông nghiệp tháng 10/2025, gửi Sở Nông nghiệp và Môi trường",
                    "Báo cáo",
                    "1",
                    "20/10/2025",
                    "1",
                    "",
                    "",
                    "",
                ],
                [
                    "2",
                    "Rà soát, tổng hợp diện tích lúa Thu Đông bị ảnh hưởng do triều cường",
                    "Bảng tổng hợp",
                    "3",
                    "10/10/2025",
                    "2",
                    "Đúng hạn",
                    "Hoàn thành",
                    "",
                ],
                [
                    "3",
                    "Tham mưu Kế hoạch sản xuất vụ Đông Xuân 2025 - 2026 trên địa bàn xã",
                    "Dự thảo Kế hoạch",
                    "4",
                    "31/10/2025",
                    "3",
                    "",
                    "",
                    "",
                ],
                [
                    "4",
                    "Kiểm tra, xử lý phản ánh về ô nhiễm môi trường của các cơ sở chăn nuôi heo tại ấp 3",
                    "Biên bản kiểm tra",
                    "2",
                    "Trong tháng",
                    "2",
                    "",
                    "",
                    "",
                ],
                [
                    "5",
                    "Cập nhật dữ liệu đất đai, môi trường vào phần mềm quản lý của tỉnh",
                    "Dữ liệu được cập nhật",
                    "2",
                    "Thứ Sáu hằng tuần",
                    "1",
                    "",
                    "",
                    "",
                ],
            ],
        ),
        ("II", "NHIỆM VỤ PHÁT SINH (lãnh đạo giao trong tháng)"),
        (
            None,
            [
                [
                    "6",
                    "Dự thảo văn bản trả lời đơn kiến nghị của hộ dân ấp 5 về tranh chấp ranh đất (Phó Chủ tịch UBND xã giao ngày 06/10/2025)",
                    "Công văn trả lời",
                    "1",
                    "13/10/2025",
                    "2",
                    "Đúng hạn",
                    "Hoàn thành",
                    "",
                ],
                [
                    "7",
                    "Phối hợp Công an xã kiểm tra việc khai thác cát trái phép trên sông Hòa Mỹ (Trưởng phòng giao ngày 14/10/2025)",
                    "Báo cáo kết quả kiểm tra",
                    "1",
                    "17/10/2025",
                    "2",
                    "",
                    "",
                    "",
                ],
                [
                    "8",
                    "Tổng hợp danh sách hộ đăng ký hỗ trợ giống lúa vụ Đông Xuân (giao tại cuộc họp giao ban ngày 13/10/2025)",
                    "Danh sách tổng hợp",
                    "2",
                    "05 ngày làm việc kể từ ngày giao",
                    "1",
                    "",
                    "",
                    "",
                ],
            ],
        ),
        ("III", "NHIỆM VỤ THƯỜNG XUYÊN"),
        (
            None,
            [
                [
                    "9",
                    "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính lĩnh vực nông nghiệp, môi trường được phân công",
                    "Hồ sơ được giải quyết đúng hạn",
                    "",
                    "Thường xuyên",
                    "2",
                    "",
                    "",
                    "",
                ],
            ],
        ),
    ]
    for mark, content in sections:
        if mark is not None:
            row = table.add_row()
            row.cells[0].text = ""
            row.cells[0].paragraphs[0].add_run(mark).bold = True
            merged = row.cells[1].merge(row.cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(content).bold = True
        else:
            _rows(h, table, content)
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = "Tổng số nhiệm vụ: 09; đã hoàn thành: 02; đang thực hiện: 07."
    h.set_widths(table, [0.4, 3.0, 1.3, 0.7, 1.1, 0.7, 0.8, 0.8, 0.9])
    _paragraphs(
        document,
        [
            "Ý kiến của lãnh đạo phòng: Đồng ý nội dung đăng ký. Đề nghị đồng chí bám sát thời hạn các nhiệm vụ phát sinh.",
            "NGƯỜI ĐĂNG KÝ                                                                     TRƯỞNG PHÒNG",
            "Phạm Quốc Huy                                                                     Võ Thành Được",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h382
def h382_docx(h, path: Path) -> None:
    """A Department of Construction's dispatch as a commune **received it, copied it and sent it
    on** (→ printed, stamped, scanned): the commune's `CÔNG VĂN ĐẾN` stamp on page 1 (added on the
    scan), the dispatch's `<n>. <body>:` parts over `a)`/`b)`/`c)`, `Giao Phòng …`, `Đề nghị
    Công an tỉnh …`; then **the commune's `SAO Y` block** (its own number, date, `Nơi nhận`, signer)
    after the signature."""
    from docx.shared import Pt

    document = _document(13)
    _a4(document)
    h.national_header(
        document,
        [
            "UBND TỈNH HẢI ĐÔNG",
            "SỞ XÂY DỰNG",
            "Số: 1874/SXD-QLN",
            "V/v rà soát nhà ở, công trình có nguy cơ mất an toàn trước mùa mưa bão năm 2027",
        ],
        "Hải Đông, ngày 06 tháng 7 năm 2027",
    )
    _paragraphs(
        document,
        [
            "",
            "",
            "",
            "Kính gửi:",
            "- Ủy ban nhân dân các xã, phường;",
            "- Công ty TNHH MTV Quản lý nhà và Dịch vụ đô thị Hải Đông.",
            "Thực hiện Công điện số 05/CĐ-UBND ngày 02/7/2027 của Chủ tịch UBND tỉnh về chủ động ứng phó với mưa lũ năm 2027, Sở Xây dựng đề nghị:",
            "1. Ủy ban nhân dân các xã, phường:",
            "a) Chỉ đạo rà soát, thống kê nhà ở riêng lẻ, nhà chung cư cũ, công trình công cộng có nguy cơ sập đổ, sạt lở trên địa bàn; hoàn thành trước ngày 20/7/2027.",
            "b) Lắp đặt biển cảnh báo, khoanh vùng nguy hiểm, không để người dân ở trong các công trình có nguy cơ sập đổ; thực hiện ngay sau khi rà soát và duy trì trong suốt mùa mưa bão (đến hết tháng 11/2027).",
            "c) Gửi báo cáo kết quả rà soát (theo biểu mẫu đính kèm) về Sở Xây dựng (qua Phòng Quản lý nhà và Thị trường bất động sản) trước ngày 25/7/2027.",
            "2. Công ty TNHH MTV Quản lý nhà và Dịch vụ đô thị Hải Đông:",
            "a) Kiểm tra, đánh giá hiện trạng 14 khu nhà chung cư cũ thuộc sở hữu nhà nước do Công ty quản lý; di dời khẩn cấp các hộ dân tại khu nhà có nguy cơ sập đổ, báo cáo Sở Xây dựng trước ngày 18/7/2027.",
            "b) Bố trí lực lượng, phương tiện thường trực ứng cứu sự cố tại các khu nhà chung cư cũ trong suốt mùa mưa bão.",
            "3. Giao Phòng Quản lý nhà và Thị trường bất động sản theo dõi, đôn đốc, tổng hợp kết quả rà soát, tham mưu Sở Xây dựng báo cáo UBND tỉnh trước ngày 30/7/2027.",
            "4. Đề nghị Công an tỉnh chỉ đạo lực lượng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ phối hợp với các địa phương hỗ trợ di dời người dân khi có yêu cầu.",
            "Sở Xây dựng đề nghị các đơn vị khẩn trương triển khai thực hiện./.",
            "Nơi nhận:",
            "- Như trên;",
            "- Công an tỉnh (p/h);",
            "- UBND tỉnh (b/c);",
            "- Giám đốc Sở;",
            "- Lưu: VT, QLN.",
            "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC",
            "(Đã ký)",
            "Phan Thanh Tùng",
            "",
            "--------------------------------------------------------------------------------------",
        ],
    )
    copy = document.add_table(rows=6, cols=2)
    left = [
        "UBND XÃ TÂN PHONG",
        "Số: 37/SY-UBND",
        "Nơi nhận:",
        "- Phòng Kinh tế (thực hiện);",
        "- Văn phòng HĐND và UBND xã;",
        "- Ban điều hành các ấp; Lưu: VT.",
    ]
    right = [
        "SAO Y",
        "Tân Phong, ngày 09 tháng 7 năm 2027",
        "TL. CHỦ TỊCH",
        "CHÁNH VĂN PHÒNG",
        "",
        "Lê Thị Hồng Nhung",
    ]
    for index in range(6):
        copy.cell(index, 0).text = left[index]
        copy.cell(index, 1).text = right[index]
        for cell in (copy.cell(index, 0), copy.cell(index, 1)):
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(12)
    document.save(path)


def _stamp(size: tuple[int, int], scale: float):
    """The commune's incoming-document stamp (`CÔNG VĂN ĐẾN`, number, day, forwarded to), a little
    turned, as the clerk presses it by hand."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = (int(size[0] * scale), int(size[1] * scale))
    stamp = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(stamp)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", int(10 * scale))
        big = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", int(13 * scale))
    except OSError:
        font = big = ImageFont.load_default()
    line = max(1, int(1.6 * scale))
    draw.rectangle([line, line, width - line, height - line], outline=60, width=line)
    lines = [
        ("UBND XÃ TÂN PHONG", font),
        ("CÔNG VĂN ĐẾN", big),
        ("Số: 1187", font),
        ("Ngày: 08/7/2027", font),
        ("Chuyển: P. Kinh tế", font),
    ]
    y = int(5 * scale)
    for text, face in lines:
        draw.text((int(8 * scale), y), text, fill=60, font=face)
        y += int((15 if face is big else 13) * scale)
    return stamp.rotate(3, expand=True, fillcolor=255)


def _scan_with_stamp(pdf: Path, target: Path, scale: float = 200 / 72) -> None:
    """An image-only PDF of `pdf` (about 200 dpi, thresholded, slightly askew) with the incoming
    stamp pressed on page 1 under the issuer's heading."""
    import pypdfium2
    from PIL import Image, ImageChops

    document = pypdfium2.PdfDocument(str(pdf))
    pages = [document[index].render(scale=scale).to_pil().convert("L") for index in range(len(document))]
    stamp = _stamp((150, 80), scale)
    first = pages[0]
    box = (int(80 * scale), int(212 * scale))
    region = first.crop((box[0], box[1], box[0] + stamp.width, box[1] + stamp.height))
    first.paste(ImageChops.darker(region, stamp), box)
    pages = [page.rotate(0.4, expand=False, fillcolor=255) for page in pages]
    pages = [page.point(lambda value: 255 if value > 170 else 0).convert("1") for page in pages]
    head = pages[0]
    assert isinstance(head, Image.Image)
    head.save(target, "PDF", resolution=72 * scale, save_all=True, append_images=pages[1:])


def batch_h373() -> None:
    """Writes h373–h382's binaries (h381's .html is written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h373(h, _out("h373_nv_chua_hoan_thanh_vp_ubnd_tinh_pivot_dan_gia_tri.xlsx"))
    h374(h, _out("h374_nq_hdnd_xa_chuong_trinh_giam_sat_nam_sau.docx"))
    h377(h, _out("h377_kh_pccc_phuong_unicode_to_hop.docx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .xls, .odt, .doc and .pdf were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h375_docx, "h375_cv_xa_gui_kem_ke_hoach_ky_so_mot_tep.docx", "pdf"),
                (h376_xlsx, "h376_phan_cong_quy_so_nnmt_nhieu_dong_trong_o.xlsx", "xls"),
                (h378_xlsx, "h378_kh_cchc_so_noi_vu_excel_in_tach_cot.xlsx", "pdf"),
                (h379_docx, "h379_qd_dieu_chinh_bo_sung_kh_so_tai_chinh.docx", "odt"),
                (h380_docx, "h380_phieu_dang_ky_cong_viec_thang_cong_chuc_xa.docx", "doc"),
            ],
            _out,
        )
        # the dispatch as the commune holds it: printed, stamped on arrival, copied, scanned
        name = "h382_cv_so_xay_dung_sao_y_xa_dau_den_ban_quet"
        h382_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}_text.pdf")
        _scan_with_stamp(tmp / f"{name}_text.pdf", _out(f"{name}.pdf"))


if __name__ == "__main__":
    batch_h373()
