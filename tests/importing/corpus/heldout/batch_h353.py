"""Writes the binaries of the held-out documents h353–h362 (helper h13author32).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h353`.
Every text below is own-authored (other names, units, places, dates and tasks) in how provincial
departments (Sở), provincial People's Committees and ministries commonly keep and circulate their
documents; no third-party text is stored. The .html, .md and .txt documents of the batch are written
by hand and live beside the output. Like `make_docs.py` this writes **only the documents**: their
expected items (`expected/`) were written by hand from the document text before the importer was
first run on them. The two .pdf need LibreOffice (`soffice`); their bytes differ run to run, so
regenerate only on purpose. Conversions run one after another (never in parallel).
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, convert_each, out_path, wrap
from batch_common import a4 as _a4
from batch_common import bold_header as _bold_header
from batch_common import document as _document
from batch_common import paragraphs as _paragraphs
from batch_common import table as _table
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h360_qd_ubnd_tinh_giao_nv_nghi_quyet_cp_phu_luc",  # h13fixQE
    "h353_tbkl_giao_ban_so_cong_thuong_han_theo_diem",  # h13fixPB
    "h354_kh_nha_o_xa_hoi_so_xay_dung_ms_project",  # h13fixPA
    "h355_phieu_xu_ly_vb_den_vp_ubnd_tinh_y_kien",  # h13fixQB
    "h356_chi_tieu_ktxh_ubnd_tinh_giao_so_ghi_chu_o",  # h13fixPA
    "h361_theo_doi_ket_luan_so_gddt_nhom_dong_thu_gon",  # h13fixPA
    "h362_ctct_so_vhttdl_quy_so_la_ma",  # h13fixPD
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h353
def h353(h, path: Path) -> None:
    """A Department of Industry and Trade's notice of the director's briefing conclusions whose
    numbered tasks print no time: **the dues are given in a closing part by reference to the points**
    (`Nhiệm vụ tại điểm 2.1, 2.3: …`), one task carrying its own date, `các nhiệm vụ còn lại`."""
    document = _document(13)
    h.national_header(
        document,
        ["UBND TỈNH PHÚ AN", "SỞ CÔNG THƯƠNG", "Số: 46/TB-SCT"],
        "Phú An, ngày 08 tháng 3 năm 2027",
    )
    _paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở Công Thương tại cuộc họp giao ban công tác tháng 3 năm 2027",
            "Ngày 05/3/2027, đồng chí Võ Thành Nhân, Giám đốc Sở chủ trì cuộc họp giao ban công tác tháng 3 năm 2027. Dự họp có các đồng chí Phó Giám đốc Sở, Trưởng các phòng, đơn vị thuộc Sở. Sau khi nghe Văn phòng Sở báo cáo kết quả thực hiện nhiệm vụ tháng 02 và ý kiến của các đại biểu, Giám đốc Sở kết luận như sau:",
            "1. Đánh giá chung",
            "Trong tháng 02/2027, các phòng, đơn vị đã bám sát nhiệm vụ được giao, bảo đảm cung ứng hàng hóa thiết yếu dịp Tết Nguyên đán; chỉ số sản xuất công nghiệp tăng 8,6% so với cùng kỳ. Tuy nhiên, tiến độ giải quyết một số hồ sơ còn chậm, còn 03 văn bản quá hạn trên hệ thống.",
            "2. Nhiệm vụ trọng tâm thời gian tới",
            "2.1. Phòng Quản lý công nghiệp chủ trì, phối hợp với Phòng Kế hoạch - Tài chính rà soát danh mục cụm công nghiệp đề nghị điều chỉnh, bổ sung vào phương án phát triển cụm công nghiệp của tỉnh; tham mưu văn bản trình UBND tỉnh.",
            "2.2. Phòng Quản lý thương mại xây dựng phương án bảo đảm cân đối cung cầu hàng hóa thiết yếu dịp cao điểm hè và các tháng cuối năm 2027, trình Giám đốc Sở phê duyệt.",
            "2.3. Văn phòng Sở tham mưu dự thảo Báo cáo kết quả công tác cải cách hành chính quý I/2027 của Sở, bảo đảm số liệu khớp với Hệ thống thông tin báo cáo của tỉnh.",
            "2.4. Phòng Kỹ thuật an toàn và Môi trường xây dựng kế hoạch kiểm tra chuyên đề về an toàn hóa chất đối với các cơ sở sản xuất, kinh doanh hóa chất trên địa bàn, trình Giám đốc Sở phê duyệt.",
            "2.5. Phòng Quản lý năng lượng đôn đốc chủ đầu tư các công trình điện mặt trời mái nhà tự sản xuất, tự tiêu thụ hoàn thiện hồ sơ thông báo theo quy định; tổng hợp danh sách, báo cáo Giám đốc Sở.",
            "2.6. Trung tâm Khuyến công và Xúc tiến thương mại hoàn thiện hồ sơ đăng ký gian hàng chung của tỉnh tham gia Hội chợ hàng Việt vùng Duyên hải Nam Trung Bộ; báo cáo kết quả sau khi kết thúc Hội chợ.",
            "2.7. Các phòng, đơn vị thuộc Sở cập nhật tiến độ xử lý văn bản trên Hệ thống quản lý văn bản và điều hành, không để phát sinh văn bản quá hạn.",
            "2.8. Phòng Kế hoạch - Tài chính chủ trì tham mưu phân bổ chi tiết dự toán kinh phí khuyến công địa phương năm 2027; Trung tâm Khuyến công và Xúc tiến thương mại phối hợp thực hiện.",
            "3. Về đề xuất của Trung tâm Khuyến công và Xúc tiến thương mại",
            "Giám đốc Sở đồng ý về chủ trương thuê đơn vị tư vấn xây dựng bộ nhận diện sản phẩm công nghiệp nông thôn tiêu biểu của tỉnh. Giao Trung tâm Khuyến công và Xúc tiến thương mại lập dự toán, hồ sơ lựa chọn đơn vị tư vấn, gửi Phòng Kế hoạch - Tài chính thẩm định trước ngày 25/3/2027.",
            "4. Thời hạn thực hiện",
            "- Nhiệm vụ tại điểm 2.8: hoàn thành trước ngày 20/3/2027.",
            "- Nhiệm vụ tại điểm 2.1, 2.3: hoàn thành trước ngày 31/3/2027.",
            "- Nhiệm vụ tại điểm 2.4, 2.5: hoàn thành trước ngày 15/4/2027.",
            "- Nhiệm vụ tại điểm 2.2: trong tháng 4/2027.",
            "- Nhiệm vụ tại điểm 2.6: theo thời gian tổ chức Hội chợ do Ban Tổ chức thông báo.",
            "- Các nhiệm vụ còn lại: thực hiện thường xuyên.",
            "Văn phòng Sở theo dõi, đôn đốc và tổng hợp kết quả thực hiện các nội dung trên, báo cáo Giám đốc Sở tại cuộc họp giao ban tháng 4/2027.",
            "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.",
            "Nơi nhận: Giám đốc, các PGĐ Sở; Các phòng, đơn vị thuộc Sở; Lưu: VT, VP.",
            "TL. GIÁM ĐỐC",
            "CHÁNH VĂN PHÒNG",
            "Đinh Thị Kim Liên",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h354
def h354(h, path: Path) -> None:
    """A Department of Construction's plan kept in Microsoft Project and **exported to Excel** as
    its default task table: English column names, `Outline_Level`, summary rows (no items),
    milestones of `0 days`, start and finish as date-time cells (the finish is the due), resources
    with an allocation in brackets or two resources split by a comma, an inactive task."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Task_Table1"
    sheet.append(
        [
            "ID",
            "Active",
            "Name",
            "Outline_Level",
            "Duration",
            "Start_Date",
            "Finish_Date",
            "Predecessors",
            "Resource_Names",
            "Percent_Complete",
        ]
    )

    def day(text: str, hour: int) -> datetime.datetime:
        return datetime.datetime.strptime(text, "%d/%m/%Y").replace(hour=hour)

    rows = [
        [
            1,
            "Yes",
            "1. Chuẩn bị và ban hành Kế hoạch năm 2027",
            1,
            "44 days",
            "04/01/2027",
            "05/03/2027",
            "",
            "",
            100,
        ],
        [
            2,
            "Yes",
            "Khảo sát nhu cầu nhà ở xã hội của công nhân các khu công nghiệp, cụm công nghiệp",
            2,
            "20 days",
            "04/01/2027",
            "29/01/2027",
            "",
            "Phòng Quản lý nhà và thị trường bất động sản",
            100,
        ],
        [
            3,
            "Yes",
            "Xây dựng dự thảo Kế hoạch phát triển nhà ở xã hội năm 2027, lấy ý kiến các sở, ngành và UBND các xã, phường",
            2,
            "18 days",
            "01/02/2027",
            "26/02/2027",
            "2",
            "Phòng Quản lý nhà và thị trường bất động sản",
            100,
        ],
        [
            4,
            "Yes",
            "Trình UBND tỉnh ban hành Kế hoạch",
            2,
            "0 days",
            "05/03/2027",
            "05/03/2027",
            "3FS+5 days",
            "Văn phòng Sở",
            100,
        ],
        [5, "Yes", "2. Quỹ đất và quy hoạch", 1, "70 days", "08/03/2027", "11/06/2027", "", "", 60],
        [
            6,
            "Yes",
            "Rà soát quỹ đất 20% dành cho nhà ở xã hội trong các dự án nhà ở thương mại, khu đô thị",
            2,
            "40 days",
            "08/03/2027",
            "30/04/2027",
            "4",
            "Phòng Quy hoạch - Kiến trúc,Phòng Quản lý nhà và thị trường bất động sản",
            90,
        ],
        [
            7,
            "Yes",
            "Đề xuất danh mục vị trí đất độc lập để phát triển nhà ở xã hội, gửi Sở Nông nghiệp và Môi trường thẩm định",
            2,
            "30 days",
            "03/05/2027",
            "11/06/2027",
            "6",
            "Phòng Quy hoạch - Kiến trúc",
            20,
        ],
        [
            8,
            "Yes",
            "3. Thu hút đầu tư và hỗ trợ chủ đầu tư",
            1,
            "85 days",
            "14/06/2027",
            "08/10/2027",
            "",
            "",
            0,
        ],
        [
            9,
            "Yes",
            "Công bố danh mục dự án nhà ở xã hội kêu gọi đầu tư năm 2027",
            2,
            "0 days",
            "30/06/2027",
            "30/06/2027",
            "7",
            "Phòng Quản lý nhà và thị trường bất động sản",
            0,
        ],
        [
            10,
            "No",
            "Tổ chức hội nghị đối thoại với doanh nghiệp kinh doanh bất động sản",
            2,
            "1 day",
            "15/07/2027",
            "15/07/2027",
            "9",
            "Văn phòng Sở",
            0,
        ],
        [
            11,
            "Yes",
            "Hướng dẫn chủ đầu tư lập hồ sơ đề nghị chấp thuận chủ trương đầu tư dự án nhà ở xã hội",
            2,
            "60 days",
            "01/07/2027",
            "22/09/2027",
            "9",
            "Phòng Quản lý nhà và thị trường bất động sản[50%]",
            0,
        ],
        [
            12,
            "Yes",
            "Kiểm tra tiến độ, chất lượng các dự án nhà ở xã hội đang triển khai",
            2,
            "20 days",
            "13/09/2027",
            "08/10/2027",
            "",
            "Phòng Quản lý hoạt động xây dựng",
            0,
        ],
        [13, "Yes", "4. Sơ kết, báo cáo", 1, "10 days", "02/12/2027", "15/12/2027", "", "", 0],
        [
            14,
            "Yes",
            "Báo cáo kết quả thực hiện năm 2027, đề xuất chỉ tiêu nhà ở xã hội năm 2028",
            2,
            "10 days",
            "02/12/2027",
            "15/12/2027",
            "12",
            "Văn phòng Sở",
            0,
        ],
    ]
    for row in rows:
        row[5] = day(row[5], 8)
        row[6] = day(row[6], 17)
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2, min_col=6, max_col=7):
        for cell in cells:
            cell.number_format = "dd/mm/yyyy h:mm"
    for index, width in zip("ABCDEFGHIJ", [5, 7, 70, 13, 10, 17, 17, 13, 55, 16], strict=True):
        sheet.column_dimensions[index].width = width
    book.save(path)


# -------------------------------------------------------------------------------------------- h355
def h355_docx(h, path: Path) -> None:
    """A provincial People's Committee office's **e-office slip for an incoming document** printed to
    PDF: the document's fields, then the **processing log** (time, who, opinion, deadline): the
    clerk's and chief of office's forwarding lines are no items; the vice-chairman's opinions assign
    several bodies in one cell; an extension granted in a later line replaces the first deadline."""
    document = _document(12)
    _a4(document)
    _paragraphs(
        document,
        [
            "ỦY BAN NHÂN DÂN TỈNH PHÚ AN",
            "VĂN PHÒNG",
            "PHIẾU XỬ LÝ VĂN BẢN ĐẾN",
            "(In từ Hệ thống quản lý văn bản và điều hành lúc 09:32 ngày 21/05/2027)",
        ],
    )
    fields = document.add_table(rows=0, cols=2)
    fields.style = "Table Grid"
    for label, value in [
        ("Số đến", "4127"),
        ("Ngày đến", "11/05/2027"),
        ("Số, ký hiệu", "1885/BXD-QLN"),
        ("Ngày văn bản", "06/05/2027"),
        ("Cơ quan ban hành", "Bộ Xây dựng"),
        ("Trích yếu", "V/v báo cáo tình hình triển khai phát triển nhà ở xã hội 6 tháng đầu năm 2027"),
        ("Độ khẩn", "Thường"),
        ("Hạn trả lời theo văn bản", "31/05/2027"),
    ]:
        h.fill_row(fields, [label, value])
    h.set_widths(fields, [1.9, 4.4])
    _paragraphs(document, ["", "QUÁ TRÌNH XỬ LÝ VÀ Ý KIẾN CHỈ ĐẠO"])
    log = _table(
        document,
        ["STT", "Thời gian", "Người xử lý", "Ý kiến xử lý", "Hạn xử lý"],
        [
            ["1", "11/05/2027 08:15", "Văn thư - Nguyễn Thị Hằng", "Trình Chánh Văn phòng phân xử lý.", ""],
            [
                "2",
                "11/05/2027 09:40",
                "Chánh Văn phòng - Lê Quang Vinh",
                "Kính trình đồng chí Trần Minh Khoa, Phó Chủ tịch UBND tỉnh cho ý kiến chỉ đạo. Đề xuất giao Sở Xây dựng chủ trì.",
                "",
            ],
            [
                "3",
                "12/05/2027 07:55",
                "Phó Chủ tịch UBND tỉnh - Trần Minh Khoa",
                "Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, Sở Nông nghiệp và Môi trường và UBND các xã, phường có liên quan tổng hợp tình hình, số liệu theo yêu cầu của Bộ Xây dựng; dự thảo báo cáo của UBND tỉnh, trình trước ngày 19/5/2027. Giao Sở Tài chính báo cáo riêng về nguồn vốn cho vay ưu đãi nhà ở xã hội qua Ngân hàng Chính sách xã hội, gửi Sở Xây dựng trước ngày 17/5/2027 để tổng hợp. Giao Sở Nông nghiệp và Môi trường cung cấp thông tin về quỹ đất đã giao, cho thuê để thực hiện các dự án nhà ở xã hội, gửi Sở Xây dựng cùng thời hạn.",
                "19/05/2027",
            ],
            [
                "4",
                "12/05/2027 10:20",
                "Chuyên viên Phòng Kinh tế - Đặng Văn Tài",
                "Đã phát hành Phiếu chuyển số 812/PC-VP đến Sở Xây dựng, Sở Tài chính, Sở Nông nghiệp và Môi trường.",
                "",
            ],
            [
                "5",
                "13/05/2027 16:05",
                "Sở Xây dựng (Phòng Quản lý nhà và thị trường bất động sản)",
                "Đề nghị gia hạn đến ngày 21/5/2027 do chờ số liệu của các xã, phường.",
                "",
            ],
            [
                "6",
                "14/05/2027 08:30",
                "Phó Chủ tịch UBND tỉnh - Trần Minh Khoa",
                "Đồng ý gia hạn cho Sở Xây dựng đến ngày 21/5/2027. Yêu cầu UBND các xã, phường có dự án nhà ở xã hội gửi số liệu cho Sở Xây dựng chậm nhất ngày 18/5/2027.",
                "21/05/2027",
            ],
            [
                "7",
                "20/05/2027 15:30",
                "Sở Xây dựng",
                "Đã trình dự thảo báo cáo tại Tờ trình số 402/TTr-SXD ngày 20/5/2027.",
                "",
            ],
            [
                "8",
                "21/05/2027 09:10",
                "Phó Chủ tịch UBND tỉnh - Trần Minh Khoa",
                "Giao Văn phòng UBND tỉnh hoàn chỉnh báo cáo, trình Chủ tịch UBND tỉnh ký gửi Bộ Xây dựng trước ngày 26/5/2027. Sở Xây dựng tiếp tục cập nhật số liệu hằng tháng, báo cáo UBND tỉnh trước ngày 25 hằng tháng.",
                "26/05/2027",
            ],
        ],
        h,
    )
    h.set_widths(log, [0.45, 1.0, 1.25, 2.6, 0.95])
    _paragraphs(
        document, ["", "Người in phiếu: Đặng Văn Tài - Phòng Kinh tế, Văn phòng UBND tỉnh.", "Trang 1/1"]
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h356
def h356(h, path: Path) -> None:
    """A provincial People's Committee's appendix of socio-economic indicators assigned to
    departments (year 2028): a `Kỳ đánh giá` column (a quarter rhythm, two periods, the year, a
    school year), **cell notes (Excel comments)**, one of which gives the school year's last day."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment

    book = Workbook()
    sheet = book.active
    sheet.title = "PL chi tieu 2028"
    h.sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN TỈNH PHÚ AN",
            "Phụ lục",
            "CÁC CHỈ TIÊU CHỦ YẾU VỀ KINH TẾ - XÃ HỘI NĂM 2028 GIAO CÁC SỞ, NGÀNH THEO DÕI, ĐÁNH GIÁ",
            "(Kèm theo Quyết định số 3310/QĐ-UBND ngày 25/12/2027 của UBND tỉnh)",
        ],
        7,
    )
    sheet.append(
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Ước thực hiện năm 2027",
            "Kế hoạch năm 2028",
            "Cơ quan chủ trì theo dõi, đánh giá",
            "Kỳ đánh giá",
        ]
    )
    _bold_header(sheet, 5)
    rows = [
        ["A", "CHỈ TIÊU KINH TẾ", "", "", "", "", ""],
        [
            "1",
            "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)",
            "%",
            "7,1",
            "7,5 - 8,0",
            "Sở Tài chính",
            "Hằng quý",
        ],
        [
            "2",
            "Tổng vốn đầu tư thực hiện toàn xã hội",
            "Tỷ đồng",
            "41.200",
            "45.000",
            "Sở Tài chính",
            "6 tháng, cả năm",
        ],
        ["3", "Kim ngạch xuất khẩu hàng hóa", "Triệu USD", "1.350", "1.500", "Sở Công Thương", "Hằng tháng"],
        ["4", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "820", "900", "Sở Tài chính", "Năm"],
        ["B", "CHỈ TIÊU XÃ HỘI", "", "", "", "", ""],
        [
            "5",
            "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm",
            "Điểm %",
            "1,2",
            "1,0",
            "Sở Nông nghiệp và Môi trường",
            "Năm",
        ],
        ["6", "Tỷ lệ lao động qua đào tạo", "%", "70,5", "72,0", "Sở Nội vụ", "Năm"],
        [
            "7",
            "Tỷ lệ trường học đạt chuẩn quốc gia",
            "%",
            "68,0",
            "71,0",
            "Sở Giáo dục và Đào tạo",
            "Cuối năm học 2027 - 2028",
        ],
        ["8", "Số giường bệnh trên một vạn dân", "Giường", "31,5", "32,5", "Sở Y tế", "Năm"],
        ["C", "CHỈ TIÊU MÔI TRƯỜNG", "", "", "", "", ""],
        [
            "9",
            "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý",
            "%",
            "96,0",
            "97,0",
            "Sở Nông nghiệp và Môi trường",
            "Năm",
        ],
        ["10", "Tỷ lệ che phủ rừng", "%", "48,2", "48,5", "Sở Nông nghiệp và Môi trường", "Năm"],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append([])
    sheet.append(
        [
            "",
            "Ghi chú: Số liệu ước thực hiện năm 2027 theo báo cáo của các sở, ngành tại Kỳ họp thứ 12 HĐND tỉnh.",
        ]
    )
    author = "VP UBND tinh - P.TH"
    sheet["E7"].comment = Comment(
        "Theo Nghị quyết số 98/NQ-HĐND ngày 10/12/2027 của HĐND tỉnh; nếu Trung ương giao khác thì cập nhật.",
        author,
    )
    sheet["G14"].comment = Comment(
        "Sở GDĐT đề nghị đánh giá theo năm học; thời điểm chốt số liệu: 31/5/2028 (đã thống nhất tại cuộc họp ngày 18/12/2027).",
        author,
    )
    sheet["D18"].comment = Comment("Số liệu hiện trạng rừng công bố chính thức vào tháng 3 năm sau.", author)
    for index, width in zip("ABCDEFG", [6, 52, 13, 14, 14, 30, 22], strict=True):
        sheet.column_dimensions[index].width = width
    _wrap(sheet, 6)
    book.save(path)


# -------------------------------------------------------------------------------------------- h360
def h360_docx(h, path: Path) -> None:
    """A provincial People's Committee's decision assigning the tasks of a Government resolution
    (printed to a text PDF): articles that promulgate (no items), a landscape appendix table with a
    column-number row under its header, group rows, `Sản phẩm`, `Thời gian hoàn thành` as a year, a
    quarter, a range of years, `Hằng năm`, a ministry's roadmap (review); a row for every commune."""
    from docx.enum.section import WD_SECTION

    document = _document(13)
    _a4(document)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH LẠC", "Số: 1462/QĐ-UBND"],
        "Bình Lạc, ngày 14 tháng 6 năm 2027",
    )
    _paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Ban hành Danh mục nhiệm vụ triển khai Nghị quyết số 84/NQ-CP ngày 20/5/2027 của Chính phủ về đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình trên địa bàn tỉnh",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH LẠC",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Nghị quyết số 84/NQ-CP ngày 20/5/2027 của Chính phủ;",
            "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 97/TTr-SKHCN ngày 06/6/2027.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Danh mục nhiệm vụ triển khai Nghị quyết số 84/NQ-CP ngày 20/5/2027 của Chính phủ trên địa bàn tỉnh (Phụ lục kèm theo).",
            "Điều 2. Các sở, ban, ngành, UBND các xã, phường căn cứ nhiệm vụ được giao tại Phụ lục, chủ động triển khai thực hiện; định kỳ trước ngày 15/12 hằng năm báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành và Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận: Như Điều 3; Văn phòng Chính phủ (b/c); TT Tỉnh ủy, TT HĐND tỉnh; CT, các PCT UBND tỉnh; Lưu: VT, KGVX.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Hà Văn Lợi",
        ],
    )
    section = document.add_section(WD_SECTION.NEW_PAGE)
    h.set_landscape(section)
    _paragraphs(
        document,
        [
            "Phụ lục",
            "DANH MỤC NHIỆM VỤ TRIỂN KHAI NGHỊ QUYẾT SỐ 84/NQ-CP NGÀY 20/5/2027 CỦA CHÍNH PHỦ",
            "(Kèm theo Quyết định số 1462/QĐ-UBND ngày 14/6/2027 của Chủ tịch UBND tỉnh)",
        ],
    )
    table = _table(
        document,
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"],
        [
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
            ["I", "HOÀN THIỆN THỂ CHẾ, QUY TRÌNH", "", "", "", ""],
            [
                "1",
                "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính để cung cấp dịch vụ công trực tuyến toàn trình",
                "Văn phòng UBND tỉnh",
                "Các sở, ban, ngành",
                "Quyết định của Chủ tịch UBND tỉnh",
                "Quý III/2027",
            ],
            [
                "2",
                "Ban hành quy định về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa các cấp",
                "Sở Khoa học và Công nghệ",
                "Văn phòng UBND tỉnh; Sở Tư pháp",
                "Quyết định của UBND tỉnh",
                "Tháng 10/2027",
            ],
            ["II", "HẠ TẦNG VÀ NỀN TẢNG SỐ", "", "", "", ""],
            [
                "3",
                "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư",
                "Sở Khoa học và Công nghệ",
                "Công an tỉnh",
                "Hệ thống được nâng cấp, vận hành",
                "2027 - 2028",
            ],
            [
                "4",
                "Tích hợp thanh toán trực tuyến phí, lệ phí đối với 100% thủ tục hành chính đủ điều kiện",
                "Sở Tài chính",
                "Sở Khoa học và Công nghệ; Kho bạc Nhà nước khu vực",
                "Báo cáo kết quả",
                "Năm 2027",
            ],
            [
                "5",
                "Triển khai tài khoản định danh điện tử trong thực hiện thủ tục hành chính theo hướng dẫn của Bộ Công an",
                "Công an tỉnh",
                "Sở Khoa học và Công nghệ",
                "Báo cáo kết quả",
                "Theo lộ trình của Bộ Công an",
            ],
            ["III", "TUYÊN TRUYỀN, HỖ TRỢ NGƯỜI DÂN", "", "", "", ""],
            [
                "6",
                "Tuyên truyền, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến trên các phương tiện thông tin đại chúng",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Báo và Phát thanh, Truyền hình tỉnh",
                "Chuyên mục, tin bài",
                "Hằng năm",
            ],
            [
                "7",
                "Bố trí nhân lực hỗ trợ, hướng dẫn tại bộ phận một cửa cấp xã; duy trì tổ công nghệ số cộng đồng",
                "UBND các xã, phường",
                "Đoàn Thanh niên tỉnh",
                "Tổ hỗ trợ hoạt động thường xuyên",
                "Thường xuyên",
            ],
            [
                "8",
                "Tổ chức đánh giá mức độ hài lòng của người dân, doanh nghiệp đối với dịch vụ công trực tuyến",
                "Sở Nội vụ",
                "Văn phòng UBND tỉnh",
                "Báo cáo đánh giá",
                "Quý IV/2027",
            ],
            [
                "9",
                "Sơ kết 01 năm triển khai Nghị quyết, đề xuất nhiệm vụ giai đoạn tiếp theo",
                "Sở Khoa học và Công nghệ",
                "Các sở, ban, ngành; UBND các xã, phường",
                "Báo cáo sơ kết",
                "Tháng 6/2028",
            ],
        ],
        h,
    )
    h.repeat_header_row(table.rows[0])
    h.set_widths(table, [0.45, 3.2, 1.5, 1.65, 1.3, 1.1])
    document.save(path)


# -------------------------------------------------------------------------------------------- h361
def h361(h, path: Path) -> None:
    """A Department of Education's register of the director's conclusions: each notice a summary
    row over its tasks **grouped with Excel's outline (rows at level 1), two groups collapsed** (the
    task rows hidden), statuses, an extension in `Ghi chú`, a time before an event (review)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Theo doi KL 2027"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH PHÚ AN",
            "SỔ THEO DÕI THỰC HIỆN KẾT LUẬN CỦA GIÁM ĐỐC SỞ NĂM 2027",
            "(Văn phòng Sở cập nhật đến ngày 30/4/2027)",
        ],
        6,
    )
    sheet.append(
        ["STT", "Nội dung kết luận, nhiệm vụ", "Đơn vị thực hiện", "Thời hạn", "Tình trạng", "Ghi chú"]
    )
    _bold_header(sheet, 4)
    groups = [
        (
            "Thông báo số 12/TB-SGDĐT ngày 18/01/2027 - Kết luận giao ban tháng 01/2027",
            True,
            [
                [
                    "1",
                    "Hoàn thiện Kế hoạch tuyển sinh lớp 10 năm học 2027 - 2028, trình UBND tỉnh",
                    "Phòng Giáo dục phổ thông",
                    "28/02/2027",
                    "Đã hoàn thành",
                    "",
                ],
                [
                    "2",
                    "Rà soát nhu cầu giáo viên các môn học còn thiếu, đề xuất chỉ tiêu tuyển dụng năm 2027",
                    "Phòng Tổ chức cán bộ",
                    "15/3/2027",
                    "Đã hoàn thành",
                    "Gia hạn đến 31/3/2027 (Thông báo số 31/TB-SGDĐT)",
                ],
                [
                    "3",
                    "Kiểm tra công tác bảo đảm an toàn thực phẩm tại các trường có bán trú",
                    "Phòng Giáo dục mầm non và Giáo dục thường xuyên",
                    "Tháng 3/2027",
                    "Đã hoàn thành",
                    "",
                ],
            ],
        ),
        (
            "Thông báo số 38/TB-SGDĐT ngày 15/3/2027 - Kết luận làm việc với các trường THPT khu vực miền núi",
            True,
            [
                [
                    "1",
                    "Tham mưu phương án bố trí kinh phí sửa chữa ký túc xá Trường Phổ thông Dân tộc nội trú tỉnh",
                    "Phòng Kế hoạch - Tài chính",
                    "30/4/2027",
                    "Đang thực hiện",
                    "",
                ],
                [
                    "2",
                    "Hướng dẫn các trường tổ chức ôn tập cho học sinh lớp 12 trước kỳ thi tốt nghiệp THPT",
                    "Phòng Giáo dục phổ thông",
                    "Trước kỳ thi tốt nghiệp THPT năm 2027",
                    "Đang thực hiện",
                    "",
                ],
                [
                    "3",
                    "Theo dõi, đôn đốc các trường cập nhật dữ liệu ngành lên cơ sở dữ liệu ngành giáo dục",
                    "Văn phòng Sở",
                    "Thường xuyên",
                    "Đang thực hiện",
                    "",
                ],
            ],
        ),
        (
            "Thông báo số 52/TB-SGDĐT ngày 12/4/2027 - Kết luận giao ban tháng 4/2027",
            False,
            [
                [
                    "1",
                    "Xây dựng kế hoạch tổ chức kỳ thi tuyển sinh lớp 10 THPT năm học 2027 - 2028",
                    "Phòng Quản lý chất lượng",
                    "10/5/2027",
                    "Đang thực hiện",
                    "",
                ],
                [
                    "2",
                    "Tổng hợp đề xuất danh mục sách giáo khoa lựa chọn năm học 2027 - 2028",
                    "Phòng Giáo dục phổ thông; Phòng Giáo dục mầm non và Giáo dục thường xuyên",
                    "20/5/2027",
                    "Chưa thực hiện",
                    "",
                ],
                [
                    "3",
                    "Báo cáo tiến độ giải ngân vốn đầu tư công của các công trình trường học",
                    "Phòng Kế hoạch - Tài chính",
                    "Trước ngày 25 hằng tháng",
                    "Đang thực hiện",
                    "",
                ],
            ],
        ),
    ]
    sheet.sheet_properties.outlinePr.summaryBelow = False
    for title, collapsed, rows in groups:
        sheet.append(["", title, "", "", "", ""])
        summary = sheet.max_row
        sheet.merge_cells(start_row=summary, start_column=2, end_row=summary, end_column=6)
        sheet.cell(summary, 2).font = Font(bold=True)
        for row in rows:
            sheet.append(row)
            sheet.row_dimensions[sheet.max_row].outlineLevel = 1
            sheet.row_dimensions[sheet.max_row].hidden = collapsed
        if collapsed:
            sheet.row_dimensions[summary].collapsed = True
    for index, width in zip("ABCDEF", [6, 60, 32, 22, 16, 34], strict=True):
        sheet.column_dimensions[index].width = width
    _wrap(sheet, 5)
    book.save(path)


# -------------------------------------------------------------------------------------------- h362
def h362(h, path: Path) -> None:
    """A Department of Culture, Sports and Tourism's yearly programme whose time column holds
    **Roman quarter numbers only**: one (`II`), a list (`I, III`), a range (`II - IV`), a quarter
    with a month (`III (tháng 8)`), `Cả năm`; a lunar date inside a task's text (no due)."""
    document = _document(12)
    h.national_header(
        document,
        ["UBND TỈNH BÌNH LẠC", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 05/CTr-SVHTTDL"],
        "Bình Lạc, ngày 08 tháng 01 năm 2028",
    )
    _paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028",
            "Thực hiện Quyết định số 3310/QĐ-UBND ngày 25/12/2027 của UBND tỉnh về giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2028, Sở Văn hóa, Thể thao và Du lịch ban hành Chương trình công tác năm 2028 như sau:",
            "I. MỤC TIÊU",
            "Tổ chức tốt các hoạt động văn hóa, thể thao, du lịch phục vụ nhiệm vụ chính trị của tỉnh; đón 3,2 triệu lượt khách du lịch.",
            "II. NHIỆM VỤ CỤ THỂ",
        ],
    )
    section = document.sections[0]
    h.set_landscape(section)
    _table(
        document,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Quý thực hiện", "Ghi chú"],
        [
            [
                "1",
                "Tổ chức Lễ hội Đền Thượng năm 2028 (khai mạc ngày 10/3 âm lịch)",
                "Phòng Quản lý văn hóa",
                "UBND phường Thượng Lạc",
                "II",
                "",
            ],
            [
                "2",
                "Tổ chức Đại hội Thể dục thể thao tỉnh lần thứ X năm 2028",
                "Phòng Quản lý thể dục thể thao",
                "Trung tâm Huấn luyện và Thi đấu thể thao",
                "I, III",
                "Vòng loại quý I; vòng chung kết quý III",
            ],
            [
                "3",
                "Xúc tiến, quảng bá du lịch tại các hội chợ du lịch trong nước và quốc tế",
                "Trung tâm Thông tin và Xúc tiến du lịch",
                "Phòng Quản lý du lịch",
                "II - IV",
                "",
            ],
            [
                "4",
                "Kiểm tra hoạt động kinh doanh dịch vụ karaoke, vũ trường, lưu trú du lịch",
                "Phòng Quản lý du lịch",
                "Công an tỉnh",
                "III (tháng 8)",
                "",
            ],
            [
                "5",
                "Tham mưu UBND tỉnh ban hành Kế hoạch bảo tồn, phát huy giá trị di sản văn hóa phi vật thể giai đoạn 2028 - 2030",
                "Phòng Quản lý văn hóa",
                "Bảo tàng tỉnh",
                "I",
                "",
            ],
            [
                "6",
                "Tổ chức các hoạt động văn hóa, văn nghệ chào mừng các ngày lễ lớn trong năm",
                "Nhà hát Nghệ thuật truyền thống tỉnh",
                "Các phòng, đơn vị thuộc Sở",
                "Cả năm",
                "",
            ],
            [
                "7",
                "Lập hồ sơ đề nghị xếp hạng di tích cấp quốc gia đối với Cụm di tích Gò Tháp Cũ",
                "Bảo tàng tỉnh",
                "Phòng Quản lý văn hóa",
                "II, IV",
                "Trình Bộ VHTTDL",
            ],
            [
                "8",
                "Sơ kết 6 tháng, tổng kết công tác năm 2028 và triển khai nhiệm vụ năm 2029",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "III, IV",
                "Sơ kết: tháng 7",
            ],
        ],
        h,
    )
    _paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Chương trình này là căn cứ để các phòng, đơn vị thuộc Sở xây dựng kế hoạch công tác của đơn vị. Văn phòng Sở theo dõi, đôn đốc việc thực hiện, tổng hợp báo cáo Giám đốc Sở hằng quý.",
            "Nơi nhận: UBND tỉnh (b/c); Giám đốc, các PGĐ Sở; Các phòng, đơn vị thuộc Sở; Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "Lâm Quốc Bảo",
        ],
    )
    document.save(path)


def batch_h353() -> None:
    """Writes h353–h362's binaries (h357's .html, h358's .md and h359's .txt are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h353(h, _out("h353_tbkl_giao_ban_so_cong_thuong_han_theo_diem.docx"))
    h354(h, _out("h354_kh_nha_o_xa_hoi_so_xay_dung_ms_project.xlsx"))
    h356(h, _out("h356_chi_tieu_ktxh_ubnd_tinh_giao_so_ghi_chu_o.xlsx"))
    h361(h, _out("h361_theo_doi_ket_luan_so_gddt_nhom_dong_thu_gon.xlsx"))
    h362(h, _out("h362_ctct_so_vhttdl_quy_so_la_ma.docx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .pdf were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h355_docx, "h355_phieu_xu_ly_vb_den_vp_ubnd_tinh_y_kien.docx", "pdf"),
                (h360_docx, "h360_qd_ubnd_tinh_giao_nv_nghi_quyet_cp_phu_luc.docx", "pdf"),
            ],
            _out,
        )


if __name__ == "__main__":
    batch_h353()
