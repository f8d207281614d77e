"""The main corpus's siblings of the held-out documents h85, h86 and h87 (moved to the main corpus
when the readers were taught their shapes, helper h13fixK): the same shape with other bodies,
units, tasks, dates and surface details. Their expected items (expected/k01_…–k03_…) were written
by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-k` writes
them, with the held-out script's writer helpers (tracked runs, content controls, sheet titles).
"""

import datetime
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _heldout():
    return heldout_writers()


def k01_docx(h, path: Path) -> None:
    """A district culture office's draft plan (sibling of h85) with tracked changes: a due replaced
    inside a cell, a lead replaced, a row deleted, a row inserted, a word deleted from a task and a
    moved run."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND HUYỆN SƠN TRÀ", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "Số:      /KH-VHTT"],
        "Sơn Trà, ngày      tháng 02 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "DỰ THẢO",
            "KẾ HOẠCH",
            "Tuyên truyền các ngày lễ lớn năm 2026",
            "I. MỤC ĐÍCH",
            "Khơi dậy niềm tự hào dân tộc, tạo không khí phấn khởi trong Nhân dân.",
            "II. NỘI DUNG",
        ],
    )
    table = h.grid_table(document, ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời hạn"])
    rows = [
        (
            "1",
            [("", "Treo băng rôn, cờ phướn kỷ niệm Ngày Giải phóng miền Nam 30/4")],
            [("", "Trung tâm Văn hóa - Thể thao huyện")],
            [("del", "Tháng 3/2026"), ("ins", "Trước 25/4/2026")],
            "",
        ),
        (
            "2",
            [("", "Tổ chức triển lãm ảnh về Chủ tịch Hồ Chí Minh")],
            [("del", "Thư viện huyện"), ("ins", "Bảo tàng huyện")],
            [("", "Tháng 5/2026")],
            "",
        ),
        (
            "3",
            [("del", "Tổ chức liên hoan văn nghệ quần chúng các thôn")],
            [("del", "Phòng Văn hóa và Thông tin")],
            [("del", "Tháng 6/2026")],
            "del",
        ),
        (
            "4",
            [("", "Biên tập chuyên mục phát thanh "), ("del", "hằng tuần "), ("", "về lịch sử địa phương")],
            [("", "Đài Truyền thanh huyện")],
            [("", "Thường xuyên")],
            "",
        ),
        (
            "5",
            [("ins", "Tổ chức giải chạy việt dã chào mừng Quốc khánh 2/9")],
            [("ins", "Trung tâm Văn hóa - Thể thao huyện")],
            [("ins", "Trước 31/8/2026")],
            "ins",
        ),
        (
            "6",
            [("", "Báo cáo kết quả công tác tuyên truyền năm 2026")],
            [("", "Phòng Văn hóa và Thông tin")],
            [("", "Trước "), ("del", "20"), ("ins", "15"), ("", "/12/2026")],
            "",
        ),
    ]
    for number, content, lead, time, row_mark in rows:
        row = table.add_row()
        row.cells[0].text = ""
        h.tracked_paragraph(row.cells[0].paragraphs[0], [(row_mark, number)], "2026-02-10T14:00:00Z")
        for cell, parts in zip(row.cells[1:], (content, lead, time), strict=True):
            cell.text = ""
            h.tracked_paragraph(cell.paragraphs[0], parts, "2026-02-10T14:00:00Z")
        if row_mark:
            h.mark_row(row, row_mark)
    # A closing paragraph whose words were moved (w:moveFrom / w:moveTo): read once, where moved to.
    paragraph = document.add_paragraph()
    h.tracked_paragraph(
        paragraph,
        [
            ("moveFrom", "Kinh phí từ nguồn sự nghiệp văn hóa. "),
            ("", "Các cơ quan triển khai theo Kế hoạch. "),
        ],
    )
    paragraph = document.add_paragraph()
    h.tracked_paragraph(paragraph, [("moveTo", "Kinh phí từ nguồn sự nghiệp văn hóa.")])
    h.docx_paragraphs(document, ["Nơi nhận:\n- UBND huyện;\n- Lưu: VT.", "TRƯỞNG PHÒNG"])
    document.save(path)


def k02_docx(h, path: Path) -> None:
    """A hospital's training plan filled into a form template (sibling of h86): a block content
    control around the task table, a repeating row wrapped in a row-level control, cells as
    plain-text controls, a rich-text control around a whole cell, and an unfilled row of prompts."""
    from docx import Document
    from docx.oxml import OxmlElement

    document = Document()
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH LÂM HÀ", "BỆNH VIỆN ĐA KHOA KHU VỰC BẮC LÂM", "Số: 77/KH-BV"],
        "Bắc Lâm, ngày 02 tháng 02 năm 2026",
    )
    h.docx_paragraphs(document, ["KẾ HOẠCH", "Đào tạo liên tục năm 2026", "Nội dung:"])
    table = h.grid_table(document, ["STT", "Nội dung đào tạo", "Khoa/phòng thực hiện", "Hạn hoàn thành"])
    rows = [
        ("1", "Tập huấn cấp cứu ngừng tuần hoàn cho điều dưỡng", "Khoa Hồi sức tích cực", "Tháng 3/2026"),
        ("2", "Đào tạo kiểm soát nhiễm khuẩn bệnh viện", "Khoa Kiểm soát nhiễm khuẩn", "Trước 30/4/2026"),
        ("3", "Cập nhật phác đồ điều trị đái tháo đường", "Khoa Nội tổng hợp", "Quý III/2026"),
        ("4", "Bồi dưỡng kỹ năng giao tiếp, ứng xử cho nhân viên y tế", "Phòng Điều dưỡng", "20/10/2026"),
        ("5", "Tổng kết công tác đào tạo năm 2026", "Phòng Kế hoạch tổng hợp", "Trước 15/12/2026"),
    ]
    for index, (number, task, unit, time) in enumerate(rows):
        row = table.add_row()
        row.cells[0].text = number
        h.sdt_cell(row.cells[1], task, "NoiDung")
        h.sdt_cell(row.cells[2], unit, "KhoaPhong")
        h.sdt_cell(row.cells[3], time, "HanHoanThanh")
        if index == 2:  # a repeating-section item: the whole row inside a control
            tr = row._tr
            parent = tr.getparent()
            position = parent.index(tr)
            parent.remove(tr)
            parent.insert(position, h.sdt([tr], "DongLap", block=True))
        if index == 3:  # a cell-level control: the cell itself inside the control
            tc = row.cells[2]._tc
            parent = tc.getparent()
            position = parent.index(tc)
            parent.remove(tc)
            parent.insert(position, h.sdt([tc], "O", block=True))
    row = table.add_row()
    row.cells[0].text = "6"
    h.sdt_cell(row.cells[1], "Bấm vào đây để nhập nội dung.", "NoiDung", placeholder=True)
    h.sdt_cell(row.cells[2], "Chọn khoa, phòng.", "KhoaPhong", placeholder=True)
    h.sdt_cell(row.cells[3], "Chọn ngày.", "HanHoanThanh", placeholder=True)
    table_element = table._tbl
    parent = table_element.getparent()
    position = parent.index(table_element)
    parent.remove(table_element)
    parent.insert(position, h.sdt([table_element], "BangDaoTao", block=True))
    # A placeholder paragraph at block level: the template's prompt, not content.
    prompt = OxmlElement("w:p")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "Nhập ghi chú khác (nếu có)."
    run.append(text)
    prompt.append(run)
    document.element.body.insert(position + 1, h.sdt([prompt], "GhiChu", placeholder=True, block=True))
    h.docx_paragraphs(document, ["Nơi nhận:\n- Sở Y tế;\n- Lưu: VT, KHTH.", "GIÁM ĐỐC"])
    document.save(path)


def k03_xlsx(path: Path) -> None:
    """A ward's task workbook (sibling of h87): one sheet per unit named by the sheet, a hidden
    column, deadlines as date cells and typed text; a first sheet of notes that names no unit."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    notes = workbook.active
    notes.title = "Hướng dẫn"
    notes.append(["Mỗi trang tính là nhiệm vụ của một đơn vị; cập nhật tình trạng trước ngày 25 hằng tháng."])
    sheets = {
        "Văn phòng HĐND và UBND phường": [
            ("Xây dựng chương trình công tác năm 2027 của UBND phường", "20/12/2026"),
            ("Rà soát, cập nhật thủ tục hành chính trên Cổng dịch vụ công", "Hằng quý"),
        ],
        "Phòng Quản lý đô thị": [
            ("Kiểm tra hệ thống thoát nước trước mùa mưa", datetime.date(2026, 4, 30)),
            ("Lập danh mục tuyến đường cần chỉnh trang vỉa hè", "Quý II/2026"),
            ("Cấp giấy phép sửa chữa nhà ở riêng lẻ đúng hạn", "Thường xuyên"),
        ],
        "Trạm Y tế phường": [
            ("Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi", "Hằng tháng"),
            ("Phun hóa chất phòng, chống sốt xuất huyết tại khu dân cư", datetime.date(2026, 7, 15)),
        ],
    }
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        sheet.append(["UBND PHƯỜNG HÒA AN"])
        sheet.append(["NHIỆM VỤ TRỌNG TÂM NĂM 2026"])
        sheet.append([])
        sheet.append(["TT", "Mã", "Nhiệm vụ", "Thời hạn", "Kết quả"])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for index, (task, due) in enumerate(rows, start=1):
            sheet.append([index, f"HA-{index:02d}", task, due, ""])
            if isinstance(due, datetime.date):
                sheet.cell(sheet.max_row, 4).number_format = "dd/mm/yyyy"
        sheet.column_dimensions["B"].hidden = True
        sheet.column_dimensions["C"].width = 60
    workbook.save(path)


def siblings_k() -> None:
    h = _heldout()
    k01_docx(h, DOCS / "k01_kh_phong_vhtt_du_thao_sua_doi.docx")
    k02_docx(h, DOCS / "k02_kh_dao_tao_benh_vien_bieu_mau.docx")
    k03_xlsx(DOCS / "k03_nhiem_vu_phuong_moi_trang_mot_don_vi.xlsx")
