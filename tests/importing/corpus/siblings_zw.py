"""The main corpus's siblings of the held-out documents h870 (a district Party propaganda board's plan
for anniversaries), h859 (a veterinary sub-department's vaccination plan), h872 (a sports training
centre's plan), h857 (a Farmers' Association's notice of conclusions) and h860 (a project management
board's milestone sheet), moved to the main corpus when the importer was taught their shapes, by
h13fixZW on 2026-12-06.

Their shape: a plan's content section listing the anniversaries it marks (`Kỷ niệm 118 năm Ngày …
(08/3/1910 - 08/3/2028).`: topics, no items), a supply's label then its funding (`Tờ gấp, áp phích:
ngân sách huyện cấp …`: no item) and a closing line saying only to whom the heads answer (`Chi hội
trưởng các chi hội chịu trách nhiệm trước … về …`: no item); a notice of conclusions whose point
names a place after a day (`tại Công viên 26/3, từ ngày 05 đến 08/02/2028`: the range's end), a
contest `theo kế hoạch riêng` and a request `trước vụ Hè Thu 2028` (both for a person to set); and
a milestone sheet titled `BẢNG MỐC TIẾN ĐỘ … NĂM 2028` whose months turn back (`Tháng 10/2028`, then
`Tháng 4`: inside the titled year).

`zw1` (.docx): a district Women's Union's plan for the year's anniversaries.
`zw2` (.docx): a provincial Cooperative Alliance's notice of its chair's conclusions.
`zw3` (.xlsx): a district construction investment board's milestone sheet.

Their expected items (expected/zw1_…, zw2_…, zw3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zw` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def zw1_docx(path: Path) -> None:
    """A district Women's Union's plan for the year's anniversaries (.docx)."""
    doc = document()
    head_block(
        doc,
        "HỘI LIÊN HIỆP PHỤ NỮ\nHUYỆN BẢO LÂM\n───────\nSố: 12/KH-HPN",
        right2="Bảo Lâm, ngày 08 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tuyên truyền các ngày lễ, kỷ niệm năm 2028", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Giáo dục truyền thống của Hội, khơi dậy niềm tự hào của hội viên, phụ nữ trong huyện.")
    para(doc, "II. NỘI DUNG TUYÊN TRUYỀN", bold=True)
    para(doc, "1. Kỷ niệm 118 năm Ngày Quốc tế Phụ nữ (08/3/1910 - 08/3/2028).")
    para(doc, "2. Kỷ niệm 98 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2028).")
    para(doc, "3. Tờ gấp, áp phích: ngân sách huyện cấp 6.000 tờ gấp; áp phích do các cơ sở Hội tự in.")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Ban Tuyên giáo Hội", bold=True)
    para(doc, "- Xây dựng đề cương tuyên truyền kỷ niệm Ngày Quốc tế Phụ nữ trước ngày 20/02/2028.")
    para(doc, '- Tổ chức Hội thi "Phụ nữ với pháp luật" cấp huyện trong quý II/2028.')
    para(doc, "2. Văn phòng Hội", bold=True)
    para(doc, "- In, cấp phát tờ gấp tới các cơ sở Hội trước ngày 28/02/2028.")
    para(doc, "- Theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ Hội trước ngày 05/11/2028.")
    para(
        doc,
        "3. Hội Liên hiệp Phụ nữ các xã, thị trấn báo cáo kết quả tuyên truyền về Văn phòng Hội trước ngày 25/10/2028.",
    )
    para(
        doc,
        "4. Chi hội trưởng các chi hội chịu trách nhiệm trước Ban Thường vụ Hội về chất lượng tuyên truyền tại chi hội.",
    )
    sign_table(doc, "Nơi nhận:\n- Huyện ủy;\n- Lưu: VP.", "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nLò Thị Mai")
    doc.save(path)


def zw2_docx(path: Path) -> None:
    """A provincial Cooperative Alliance's notice of its chair's conclusions (.docx)."""
    doc = document()
    head_block(
        doc,
        "LIÊN MINH HỢP TÁC XÃ TỈNH\n───────\nSố: 09/TB-LMHTX",
        right2="Kim Sơn, ngày 14 tháng 01 năm 2028",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Chủ tịch Liên minh Hợp tác xã tỉnh tại hội nghị giao ban tháng 01/2028",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Ngày 12/01/2028, Liên minh Hợp tác xã tỉnh tổ chức hội nghị giao ban. Sau khi nghe báo cáo và ý kiến của các ban, đơn vị, đồng chí Chủ tịch kết luận như sau:",
    )
    para(doc, "1. Đánh giá chung", bold=True)
    para(
        doc,
        "Trong tháng 12/2027, các ban, đơn vị đã hoàn thành cơ bản nhiệm vụ; công tác tư vấn thành lập hợp tác xã mới đạt kết quả tốt.",
    )
    para(doc, "2. Nhiệm vụ trọng tâm thời gian tới", bold=True)
    para(
        doc,
        "a) Ban Kế hoạch - Hỗ trợ tổ chức Hội chợ sản phẩm OCOP của các hợp tác xã tại Công viên 26/3, từ ngày 05 đến 08/02/2028.",
    )
    para(
        doc,
        "b) Ban Tổ chức - Kiểm tra hoàn thiện hồ sơ đề nghị khen thưởng các hợp tác xã tiêu biểu, trình Thường trực trước ngày 25/01/2028.",
    )
    para(
        doc,
        "c) Quỹ Hỗ trợ phát triển hợp tác xã tỉnh thẩm định, giải ngân các dự án vay vốn đợt 1 năm 2028 trong tháng 3/2028.",
    )
    para(
        doc,
        'd) Ban Tuyên truyền chủ trì tổ chức Diễn đàn "Hợp tác xã với chuyển đổi số" năm 2028 theo kế hoạch riêng.',
    )
    para(
        doc,
        "đ) Đề nghị Sở Nông nghiệp và Môi trường hỗ trợ vật tư đầu vào cho các hợp tác xã trồng lúa hữu cơ trước vụ Hè Thu 2028.",
    )
    para(
        doc,
        "e) Liên minh Hợp tác xã các huyện tổng hợp tình hình hoạt động của hợp tác xã năm 2027, gửi báo cáo về Văn phòng chậm nhất ngày 10/02/2028.",
    )
    para(doc, "Liên minh Hợp tác xã tỉnh thông báo để các ban, đơn vị biết, thực hiện./.")
    sign_table(
        doc, "Nơi nhận:\n- Các ban, đơn vị;\n- Lưu: VT.", "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nĐinh Văn Hưng"
    )
    doc.save(path)


ZW3_ROWS = [
    ("I", "CÔNG TRÌNH CHUYỂN TIẾP", None, None, None, None),
    ("1", "Trường Mầm non Hoa Sen xã Tề Lỗ", None, None, None, None),
    ("1.1", "Hoàn thiện nhà lớp học 2 tầng 8 phòng", "Phòng Kỹ thuật", "Tháng 5/2028", 8000, ""),
    (
        "1.2",
        "Lắp đặt thiết bị, đồ chơi ngoài trời",
        "Phòng Kỹ thuật",
        "Tháng 10/2028",
        2500,
        "Gói thầu TB-02",
    ),
    ("II", "CÔNG TRÌNH KHỞI CÔNG MỚI", None, None, None, None),
    ("2", "Đường giao thông liên xã Tề Lỗ - Đồng Cương", None, None, None, None),
    (
        "2.1",
        "Trình phê duyệt thiết kế bản vẽ thi công và dự toán",
        "Phòng Kế hoạch - Tài chính",
        "Tháng 4",
        0,
        "",
    ),
    ("2.2", "Khởi công xây dựng nền, mặt đường", "Phòng Kỹ thuật", "Tháng 6", 12000, ""),
    ("III", "CÔNG TÁC CHUNG", None, None, None, None),
    ("3", "Báo cáo tình hình giải ngân về UBND huyện", "Phòng Kế hoạch - Tài chính", "Hằng tháng", None, ""),
]


def zw3_xlsx(path: Path) -> None:
    """A district construction investment board's milestone sheet, its months turning back (.xlsx)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Moc tien do 2028"
    sheet.append(["BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG HUYỆN YÊN LẠC"])
    sheet.append(["BẢNG MỐC TIẾN ĐỘ CÁC CÔNG TRÌNH NĂM 2028"])
    sheet.append(["(Kèm theo Quyết định số 15/QĐ-BQLDA ngày 10/01/2028)"])
    sheet.append([])
    sheet.append(
        [
            "STT",
            "Công trình / Nội dung công việc",
            "Bộ phận chủ trì",
            "Mốc hoàn thành",
            "Vốn năm 2028 (triệu đồng)",
            "Ghi chú",
        ]
    )
    for cell in sheet[5]:
        cell.font = Font(bold=True)
    for row in ZW3_ROWS:
        sheet.append(list(row))
        number = sheet.max_row
        if row[2] is None:
            for cell in sheet[number]:
                cell.font = Font(bold=True)
            sheet.merge_cells(start_row=number, start_column=2, end_row=number, end_column=6)
    sheet.append([])
    sheet.append(["", "", "", "GIÁM ĐỐC"])
    sheet.append(["", "", "", "Trịnh Văn Khải"])
    book.save(path)


def siblings_zw() -> None:
    zw1_docx(DOCS / "zw1_kh_hoi_phu_nu_huyen_ngay_le_chu_de.docx")
    zw2_docx(DOCS / "zw2_tbkl_lien_minh_htx_tinh_cong_vien_vu_he_thu.docx")
    zw3_xlsx(DOCS / "zw3_moc_tien_do_bqlda_huyen_thang_quay_lai.xlsx")
