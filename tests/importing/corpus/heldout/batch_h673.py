"""Held-out batch h673–h682, written by h13author64 blind to the importer: ten documents of a
provincial Department of Health's pharmacy division, a district People's Committee's office (Văn
phòng HĐND và UBND huyện), a provincial radio and television station's news department, a provincial
Department of Culture, Sports and Tourism's heritage division, a commune Fatherland Front committee
(its .html written by hand into docs/), a provincial tax department's inspection division, a
provincial university hospital's nursing department, a provincial archive centre's records
division, a district agricultural service centre and a provincial consumer protection association.
Every name, person, place, number and date in them is invented."""

from itertools import pairwise
from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    column_widths,
    document,
    grid,
    head_block,
    landscape,
    marked_paragraphs,
    out_path,
    para,
    sign_table,
    title_rows,
    wrap,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h680_kh_luu_tru_thu_thap_chinh_ly",  # h13fixWB
    "h674_lich_tuan_vp_hdnd_ubnd_huyen",  # h13fixWF
    "h682_ctr_hoi_bvntd_tinh",  # h13fixWF
    "h673_cv_syt_nghiep_vu_duoc",  # h13fixWA
    "h679_tbkl_phong_dieu_duong_bvdh",  # h13fixWD
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h673_docx(h, path: Path) -> None:
    """Department of Health, pharmacy division: a dispatch, unit labels over lettered points."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH SƠN KHÊ\nSỞ Y TẾ\n───────\nSố: 3127/SYT-NVD\nV/v triển khai công tác quản lý dược "
        "năm 2027",
        right2="Sơn Khê, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các bệnh viện, trung tâm y tế trực thuộc Sở Y tế;",
        "- Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh Sơn Khê;",
        "- Công an tỉnh (Phòng Cảnh sát kinh tế).",
        "Căn cứ Luật Dược ngày 06/4/2016 và Luật sửa đổi, bổ sung một số điều của Luật Dược ngày 21/11/2024; "
        "căn cứ Kế hoạch số 412/KH-SYT ngày 20/11/2026 của Sở Y tế về công tác dược năm 2027, Sở Y tế "
        "(Phòng Nghiệp vụ Dược) đề nghị các đơn vị triển khai một số nội dung sau:",
        "**1. Các cơ sở khám bệnh, chữa bệnh trực thuộc Sở (sau đây gọi là các cơ sở KCB)",
        "a) Rà soát, xây dựng danh mục thuốc sử dụng tại đơn vị năm 2027 bảo đảm phù hợp phân tuyến chuyên "
        "môn kỹ thuật, gửi về Sở Y tế (qua Phòng Nghiệp vụ Dược) trước ngày 31/01/2027.",
        "b) Theo dõi, phát hiện và báo cáo phản ứng có hại của thuốc (ADR) về Trung tâm DI & ADR khu vực "
        "theo quy định; thực hiện thường xuyên.",
        "**2. Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh (sau đây gọi là Trung tâm Kiểm nghiệm)",
        "a) Lấy mẫu thuốc lưu hành trên địa bàn để kiểm tra chất lượng, bảo đảm tối thiểu 650 mẫu, trong đó "
        "thuốc đông y, thuốc từ dược liệu chiếm không dưới 30%; hoàn thành trước ngày 30/11/2027.",
        "b) Thông báo ngay về Sở Y tế các mẫu không đạt chất lượng; tổng hợp kết quả kiểm nghiệm gửi Sở Y tế "
        "định kỳ hằng quý.",
        "c) Hoàn thiện hồ sơ đánh giá duy trì chứng nhận phòng thí nghiệm đạt ISO/IEC 17025:2017 trong Quý "
        "III/2027.",
        "**3. Phòng Nghiệp vụ Dược (Sở Y tế)",
        "a) Chủ trì, phối hợp Thanh tra Sở kiểm tra hoạt động kinh doanh thuốc tại các nhà thuốc, quầy thuốc "
        "dịp Tết Nguyên đán Đinh Mùi; thời gian từ ngày 04/01/2027 đến ngày 05/02/2027.",
        "b) Cập nhật dữ liệu cấp, thu hồi chứng chỉ hành nghề dược lên Hệ thống thông tin cơ sở dữ liệu dược "
        "quốc gia hằng tháng.",
        "**4. Trung tâm Y tế các huyện, thị xã, thành phố",
        "Phối hợp Phòng Y tế cùng cấp kiểm tra điều kiện kinh doanh của các quầy thuốc tại xã, thị trấn; "
        "hoàn thành trong tháng 6/2027.",
        "**5. Đề nghị Công an tỉnh (Phòng Cảnh sát kinh tế)",
        "Phối hợp với Sở Y tế nắm tình hình, đấu tranh với hành vi sản xuất, buôn bán thuốc giả, thuốc không "
        "rõ nguồn gốc trên địa bàn tỉnh; thực hiện thường xuyên.",
        "Các đơn vị báo cáo kết quả thực hiện công tác dược 6 tháng và năm 2027 về Sở Y tế (qua Phòng Nghiệp "
        "vụ Dược) trước ngày 15/6/2027 và trước ngày 15/12/2027.",
        "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Nghiệp vụ Dược (điện "
        "thoại 0215.3822.517) để phối hợp giải quyết./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Thanh tra Sở;\n- "
        "Lưu: VT, NVD.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nDS.CKII Vương Thị Bích Hạnh",
    )
    doc.save(path)


def h674_xlsx(h, path: Path) -> None:
    """District People's Committee's office: a weekly calendar, day and session merged down, leader
    column before the content, the preparing unit abbreviated."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 50"
    title_rows(
        ws,
        [
            "UBND HUYỆN ĐỒNG LÂM - VĂN PHÒNG HĐND VÀ UBND HUYỆN",
            "LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC HĐND, LÃNH ĐẠO UBND HUYỆN",
            "(Tuần 50, từ ngày 07/12/2026 đến ngày 13/12/2026)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(["Ngày", "Buổi", "Lãnh đạo", "Nội dung", "Địa điểm", "Đơn vị chuẩn bị"])
    bold_header(ws, 5)
    days = [
        (
            "Thứ Hai\n07/12/2026",
            [
                [
                    "Sáng",
                    "Chủ tịch UBND huyện Nguyễn Văn Thạch",
                    "Giao ban lãnh đạo UBND huyện đầu tuần",
                    "Phòng họp số 1",
                    "VP HĐND-UBND",
                ],
                [
                    "Chiều",
                    "PCT UBND huyện Hà Thị Mỹ Lệ",
                    "Làm việc với Phòng GD&ĐT về chuẩn bị Hội khỏe Phù Đổng huyện năm 2027",
                    "Phòng họp số 2",
                    "Phòng GD&ĐT",
                ],
            ],
        ),
        (
            "Thứ Ba\n08/12/2026",
            [
                [
                    "Sáng",
                    "Chủ tịch UBND huyện Nguyễn Văn Thạch",
                    "Tiếp công dân định kỳ tháng 12/2026",
                    "Trụ sở Tiếp công dân huyện",
                    "Ban Tiếp công dân huyện",
                ],
                ["Sáng", "PCT UBND huyện Lê Minh Cảnh", "Làm việc tại cơ quan", "", ""],
                [
                    "Chiều",
                    "PCT UBND huyện Lê Minh Cảnh",
                    "Kiểm tra tiến độ thi công công trình đường ĐH.07 đoạn Tân Cừ - Phú Điền",
                    "Xã Tân Cừ, xã Phú Điền",
                    "Ban QLDA ĐTXD huyện",
                ],
            ],
        ),
        (
            "Thứ Tư\n09/12/2026",
            [
                [
                    "Sáng",
                    "Chủ tịch HĐND huyện Đỗ Văn Hưng",
                    "Họp Thường trực HĐND huyện thống nhất nội dung, chương trình Kỳ họp thứ 14 HĐND huyện",
                    "Phòng họp HĐND",
                    "VP HĐND-UBND",
                ],
                [
                    "Chiều",
                    "Chủ tịch UBND huyện Nguyễn Văn Thạch",
                    "Họp UBND huyện thường kỳ tháng 12/2026 (dự kiến)",
                    "Phòng họp số 1",
                    "VP HĐND-UBND",
                ],
            ],
        ),
        (
            "Thứ Năm\n10/12/2026",
            [
                [
                    "Cả ngày",
                    "Thường trực HĐND, lãnh đạo UBND huyện",
                    "Kỳ họp thứ 14 HĐND huyện khóa XXI (kỳ họp thường lệ cuối năm 2026)",
                    "Hội trường huyện",
                    "VP HĐND-UBND",
                ],
                [
                    "Chiều",
                    "PCT UBND huyện Hà Thị Mỹ Lệ",
                    "Dự Hội nghị tổng kết công tác y tế năm 2026 của tỉnh",
                    "Sở Y tế tỉnh",
                    "Phòng Y tế",
                ],
            ],
        ),
        (
            "Thứ Sáu\n11/12/2026",
            [
                [
                    "Sáng",
                    "PCT UBND huyện Lê Minh Cảnh",
                    "Hội nghị triển khai kế hoạch sản xuất vụ Đông Xuân 2026 - 2027",
                    "Hội trường huyện",
                    "Phòng NN&MT",
                ],
                [
                    "Chiều",
                    "Chủ tịch UBND huyện Nguyễn Văn Thạch",
                    "Đối thoại với doanh nghiệp, hợp tác xã trên địa bàn huyện năm 2026",
                    "Hội trường huyện",
                    "Phòng TC-KH",
                ],
            ],
        ),
        ("Thứ Bảy\n12/12/2026", [["", "PCT UBND huyện Lê Minh Cảnh", "Trực lãnh đạo", "", ""]]),
        ("Chủ nhật\n13/12/2026", [["", "", "(Chưa có lịch)", "", ""]]),
    ]
    for day, rows in days:
        first = ws.max_row + 1
        for row in rows:
            ws.append([day if ws.max_row + 1 == first else "", *row])
        if len(rows) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    wrap(ws, 6)
    ws.append([])
    ws.append(
        [
            "Ghi chú: Lịch có thể thay đổi, Văn phòng sẽ thông báo bổ sung. Các phòng, ban, ngành đăng ký "
            "lịch công tác tuần sau về Văn phòng HĐND và UBND huyện trước 15h00 thứ Năm hằng tuần."
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
    ws.append([])
    ws.append(["", "", "", "", "CHÁNH VĂN PHÒNG"])
    ws.append([])
    ws.append(["", "", "", "", "Trịnh Quốc Bảo"])
    column_widths(ws, [14, 9, 26, 48, 22, 20])
    wb.save(path)


def h675_docx(h, path: Path) -> None:
    """Radio and television station's news department: a yearly programme table whose lead column
    uses the team abbreviations the preamble defines, with a leader column after the time."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SƠN KHÊ\nPHÒNG THỜI SỰ\n───────\nSố: 09/CTr-PTS",
        right2="Sơn Khê, ngày 03 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Phòng Thời sự", bold=True, center=True)
    para(
        doc,
        "Thực hiện Kế hoạch số 188/KH-PTTH ngày 25/11/2026 của Giám đốc Đài về nhiệm vụ năm 2027, Phòng Thời "
        "sự xây dựng Chương trình công tác năm 2027. Phòng có 04 tổ: Tổ Phóng viên (Tổ PV), Tổ Biên tập "
        "(Tổ BT), Tổ Kỹ thuật - Dựng hình (Tổ KT-DH) và Tổ Thư ký - Phát thanh (Tổ TK-PT); nhiệm vụ cụ thể "
        "như sau:",
    )
    grid(
        doc,
        ["STT", "Nội dung công việc", "Tổ chủ trì", "Phối hợp", "Thời gian hoàn thành", "Lãnh đạo phụ trách"],
        [
            ("§", "I", "CÔNG TÁC NỘI DUNG"),
            [
                "1",
                "Sản xuất bản tin Thời sự 18h00 và 20h00 phát trên kênh SKTV1",
                "Tổ BT",
                "Tổ PV, Tổ KT-DH",
                "Thường xuyên",
                "PTP Ngô Thanh Hải",
            ],
            [
                "2",
                "Xây dựng chuyên mục “Chuyển đổi số - Đời sống số” phát sóng tối thứ Bảy",
                "Tổ PV",
                "Tổ BT",
                "Hằng tuần",
                "PTP Ngô Thanh Hải",
            ],
            [
                "3",
                "Tuyên truyền mừng Đảng, mừng Xuân và Tết Nguyên đán Đinh Mùi 2027",
                "Tổ BT",
                "Các tổ",
                "Tháng 01 - 02/2027",
                "Trưởng phòng",
            ],
            [
                "4",
                "Loạt phóng sự chuyên đề “Nông thôn mới nâng cao ở Sơn Khê” (05 kỳ)",
                "Tổ PV",
                "Tổ KT-DH",
                "Quý III/2027",
                "PTP Đinh Thị Lan Phương",
            ],
            [
                "5",
                "Tường thuật trực tiếp Kỳ họp thường lệ giữa năm của HĐND tỉnh",
                "Tổ KT-DH",
                "Tổ PV",
                "Tháng 7/2027",
                "Trưởng phòng",
            ],
            [
                "6",
                "Lựa chọn, hoàn thiện tác phẩm dự Giải Báo chí Quốc gia và Giải Báo chí tỉnh",
                "Tổ PV",
                "Tổ BT",
                "Trước 15/4/2027",
                "PTP Đinh Thị Lan Phương",
            ],
            [
                "7",
                "Sản xuất bản tin tiếng Dao phát trên sóng phát thanh 02 buổi/tuần",
                "Tổ TK-PT",
                "Tổ PV",
                "Thường xuyên",
                "PTP Ngô Thanh Hải",
            ],
            ("§", "II", "CÔNG TÁC QUẢN LÝ, TỔ CHỨC"),
            [
                "8",
                "Rà soát, cập nhật quy trình sản xuất tin, bài thời sự theo mô hình tòa soạn hội tụ",
                "Tổ TK-PT",
                "Tổ BT",
                "Quý I/2027",
                "Trưởng phòng",
            ],
            [
                "9",
                "Bồi dưỡng kỹ năng báo chí đa nền tảng cho phóng viên, biên tập viên (02 lớp)",
                "Tổ BT",
                "Phòng Tổ chức - Hành chính Đài",
                "Tháng 5 - 6/2027",
                "PTP Đinh Thị Lan Phương",
            ],
            [
                "10",
                "Chấm điểm chất lượng tin, bài; đề xuất mức nhuận bút",
                "Tổ TK-PT",
                "Tổ BT",
                "Hằng tháng",
                "Trưởng phòng",
            ],
            [
                "11",
                "Tổng kết công tác năm 2027, đăng ký thi đua năm 2028",
                "Tổ TK-PT",
                "Các tổ",
                "Tháng 12/2027",
                "Trưởng phòng",
            ],
        ],
        widths=[1.2, 9.5, 2.4, 3.6, 3.2, 4.2],
    )
    para(
        doc,
        "Các tổ báo cáo kết quả thực hiện nhiệm vụ về Phòng (qua Tổ Thư ký - Phát thanh) trước ngày 25 hằng "
        "tháng để tổng hợp, báo cáo Ban Giám đốc Đài.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc Đài (b/c);\n- Các tổ thuộc Phòng;\n- Lưu: PTS.",
        "TRƯỞNG PHÒNG\n\n\n\nVũ Hoàng Sơn",
    )
    doc.save(path)


def h676_docx(h, path: Path) -> None:
    """Culture, Sports and Tourism, heritage division: a short plan, its tasks in an appendix after the
    signature, the division named in full in the body and abbreviated in the appendix."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH SƠN KHÊ\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n───────\nSố: 506/KH-SVHTTDL",
        right2="Sơn Khê, ngày 01 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Quản lý, bảo vệ và phát huy giá trị di sản văn hóa năm 2027",
        "Căn cứ Luật Di sản văn hóa năm 2024; căn cứ Quyết định số 2210/QĐ-UBND ngày 14/10/2026 của UBND "
        "tỉnh phê duyệt Đề án bảo tồn, phát huy giá trị di sản văn hóa tỉnh Sơn Khê giai đoạn 2026 - 2030, "
        "Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Bảo vệ, phát huy giá trị các di tích đã xếp hạng; từng bước số hóa hiện vật, tư liệu di sản.",
        "2. Xác định rõ đơn vị chủ trì, thời gian hoàn thành từng nhiệm vụ; bảo đảm tiết kiệm, hiệu quả.",
        "**II. NHIỆM VỤ",
        "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Quản lý di sản văn hóa là cơ quan đầu mối, tham mưu Giám đốc Sở theo dõi, đôn đốc "
        "việc thực "
        "hiện Kế hoạch.",
        "2. Phòng Kế hoạch - Tài chính tham mưu bố trí kinh phí thực hiện các nhiệm vụ từ nguồn sự "
        "nghiệp văn "
        "hóa năm 2027.",
        "3. Bảo tàng tỉnh, Ban Quản lý di tích tỉnh báo cáo kết quả thực hiện Kế hoạch về Sở (qua Phòng Quản "
        "lý di sản văn hóa) trước ngày 10/12/2027.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Bảo tàng tỉnh;\n- Ban QLDT "
        "tỉnh;\n- Lưu: VT, "
        "QLDSVH.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nTạ Minh Khuê",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "NHIỆM VỤ QUẢN LÝ, BẢO VỆ VÀ PHÁT HUY GIÁ TRỊ DI SẢN VĂN HÓA NĂM 2027", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 506/KH-SVHTTDL ngày 01/12/2026 của Sở VHTTDL)", italic=True, center=True)
    appendix = grid(
        doc,
        ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"],
        [
            [
                "1",
                "Lập hồ sơ khoa học đề nghị xếp hạng di tích cấp tỉnh Đình làng Phú Mỹ",
                "Phòng QLDSVH",
                "Ban QLDT tỉnh; UBND xã Phú Mỹ",
                "Quý II/2027",
                "Hồ sơ trình UBND tỉnh",
            ],
            [
                "2",
                "Kiểm kê, lập danh mục di sản văn hóa phi vật thể tại huyện Đồng Lâm, huyện Tân Cừ",
                "Bảo tàng tỉnh",
                "Phòng QLDSVH",
                "Tháng 3 - tháng 9/2027",
                "Danh mục kiểm kê",
            ],
            [
                "3",
                "Tu bổ cấp thiết nhà Tiền tế Văn miếu Sơn Khê",
                "Ban Quản lý di tích tỉnh (Ban QLDT)",
                "Phòng QLDSVH",
                "Trước 30/10/2027",
                "Công trình nghiệm thu",
            ],
            [
                "4",
                "Xây dựng hồ sơ đề nghị công nhận Bảo vật quốc gia đối với trống đồng Hòa Lạc",
                "Bảo tàng tỉnh",
                "Phòng QLDSVH",
                "Theo hướng dẫn của Bộ VHTTDL",
                "Hồ sơ",
            ],
            [
                "5",
                "Kiểm tra công tác quản lý, tổ chức lễ hội đầu xuân tại các di tích",
                "Phòng QLDSVH",
                "Thanh tra Sở",
                "Tháng 01 - 02/2027",
                "Báo cáo kết quả",
            ],
            [
                "6",
                "Số hóa 3D 500 hiện vật tiêu biểu, đưa lên Bảo tàng số",
                "Bảo tàng tỉnh",
                "",
                "Năm 2027",
                "Dữ liệu số",
            ],
            [
                "7",
                "Tập huấn nghiệp vụ quản lý di tích cho công chức văn hóa - xã hội cấp xã",
                "Phòng QLDSVH",
                "Ban QLDT",
                "Quý III/2027",
                "02 lớp",
            ],
            [
                "8",
                "Cập nhật cơ sở dữ liệu di tích, hồ sơ di tích trên phần mềm quản lý di sản",
                "Ban QLDT",
                "Bảo tàng tỉnh",
                "Thường xuyên",
                "Dữ liệu cập nhật",
            ],
        ],
    )
    h.set_widths(appendix, [0.35, 2.2, 1.1, 1.05, 1.0, 0.8])
    doc.save(path)


def h678_xlsx(h, path: Path) -> None:
    """Tax department's inspection division: an indicator sheet under roman group rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    title_rows(
        ws,
        [
            "THUẾ TỈNH SƠN KHÊ - PHÒNG THANH TRA, KIỂM TRA",
            "CHỈ TIÊU CÔNG TÁC THANH TRA, KIỂM TRA THUẾ NĂM 2027",
            "(Kèm theo Quyết định số 1884/QĐ-TSK ngày 02/12/2026 của Trưởng Thuế tỉnh)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2027", "Bộ phận thực hiện", "Thời hạn", "Ghi chú"])
    bold_header(ws, 5)
    rows = [
        ["I", "THANH TRA, KIỂM TRA TẠI TRỤ SỞ NGƯỜI NỘP THUẾ"],
        [1, "Số cuộc thanh tra doanh nghiệp", "cuộc", 42, "Đội Thanh tra - Kiểm tra số 1", "31/12/2027", ""],
        [
            2,
            "Số cuộc kiểm tra tại trụ sở người nộp thuế",
            "cuộc",
            380,
            "Đội Thanh tra - Kiểm tra số 2",
            "15/12/2027",
            "Ưu tiên DN rủi ro cao",
        ],
        [
            3,
            "Thanh tra chuyên đề doanh nghiệp có giao dịch liên kết",
            "cuộc",
            6,
            "Đội TT-KT số 1",
            "Quý III/2027",
            "",
        ],
        [
            4,
            "Kiểm tra trước hoàn thuế GTGT đối với hồ sơ thuộc diện kiểm tra trước",
            "%",
            "100%",
            "Đội TT-KT số 2",
            "Thường xuyên",
            "",
        ],
        ["II", "KIỂM TRA TẠI TRỤ SỞ CƠ QUAN THUẾ"],
        [
            5,
            "Kiểm tra hồ sơ khai thuế tại trụ sở cơ quan thuế",
            "hồ sơ",
            4200,
            "Tổ Kiểm tra hồ sơ",
            "Hằng tháng",
            "Bình quân 350 hồ sơ/tháng",
        ],
        [
            6,
            "Tỷ lệ hồ sơ khai thuế được phân tích rủi ro trên ứng dụng TPR",
            "%",
            "≥ 85%",
            "Tổ Phân tích rủi ro",
            "31/12/2027",
            "",
        ],
        ["III", "XỬ LÝ SAU THANH TRA, KIỂM TRA"],
        [
            7,
            "Số thuế truy thu, truy hoàn, phạt qua thanh tra, kiểm tra",
            "tỷ đồng",
            310,
            "Các Đội TT-KT",
            "31/12/2027",
            "",
        ],
        [
            8,
            "Đôn đốc nộp số thuế truy thu, phạt vào ngân sách nhà nước",
            "%",
            "≥ 90%",
            "Tổ Tổng hợp - Xử lý sau thanh tra",
            "Trước 30/11/2027",
            "Trên số phải thu",
        ],
        [
            9,
            "Công khai thông tin người nộp thuế vi phạm trên Trang thông tin điện tử Thuế tỉnh",
            "lượt",
            24,
            "Tổ Tổng hợp - Xử lý sau thanh tra",
            "Hằng quý",
            "",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    wrap(ws, 6)
    ws.append([])
    ws.append(
        [
            "",
            "Ghi chú: Các Đội, Tổ báo cáo kết quả thực hiện chỉ tiêu về Phòng Thanh tra, kiểm tra "
            "(qua Tổ Tổng "
            "hợp - Xử lý sau thanh tra) trước ngày 05 của tháng đầu quý sau.",
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    ws.append([])
    ws.append(["", "", "", "", "TRƯỞNG PHÒNG"])
    ws.append([])
    ws.append(["", "", "", "", "Mai Xuân Trường"])
    column_widths(ws, [6, 44, 9, 12, 28, 14, 20])
    wb.save(path)


def h679_docx(h, path: Path) -> None:
    """University hospital's nursing department: a notice of conclusions, points to every ward's head
    nurse, to a deputy head by field and to a named head nurse."""
    doc = document()
    head_block(
        doc,
        "TRƯỜNG ĐẠI HỌC Y DƯỢC SƠN KHÊ\nBỆNH VIỆN TRƯỜNG ĐẠI HỌC\nY DƯỢC SƠN KHÊ\n───────\nSố: 71/TB-PĐD",
        right2="Sơn Khê, ngày 05 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Trưởng phòng Điều dưỡng tại buổi giao ban điều dưỡng trưởng tháng 12/2026",
        "Ngày 04/12/2026, Phòng Điều dưỡng tổ chức giao ban điều dưỡng trưởng các khoa tháng "
        "12/2026. Chủ trì: "
        "ThS.ĐD Lò Thị Thanh Xuân, Trưởng phòng Điều dưỡng; tham dự có các Phó Trưởng phòng, điều dưỡng "
        "trưởng 28 khoa lâm sàng, cận lâm sàng. Sau khi nghe báo cáo và ý kiến thảo luận, Trưởng phòng Điều "
        "dưỡng kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Tháng 11/2026, công tác chăm sóc người bệnh cơ bản bảo đảm; tỷ lệ tuân thủ vệ sinh tay đạt 82,4%. "
        "Còn 03 sự cố té ngã người bệnh tại Khoa Thần kinh và Khoa Lão khoa; việc ghi phiếu chăm "
        "sóc ở một số "
        "khoa còn sơ sài.",
        "**II. NHIỆM VỤ TRONG THỜI GIAN TỚI",
        "1. Điều dưỡng trưởng các khoa lâm sàng:",
        "a) Kiểm tra việc thực hiện bảng kiểm đánh giá nguy cơ té ngã đối với người bệnh trên 65 "
        "tuổi, ghi kết "
        "quả vào sổ giao ban khoa hằng tuần.",
        "b) Rà soát, bố trí nhân lực điều dưỡng trực Tết Nguyên đán Đinh Mùi, gửi danh sách về Phòng Điều "
        "dưỡng trước ngày 18/12/2026.",
        "2. Khoa Kiểm soát nhiễm khuẩn giám sát tuân thủ vệ sinh tay tại 06 khoa trọng điểm; báo cáo kết quả "
        "tại buổi giao ban tháng 01/2027.",
        "3. Phó Trưởng phòng phụ trách đào tạo (ĐDCKI Phạm Thị Thu Hà) xây dựng Kế hoạch đào tạo "
        "liên tục cho "
        "điều dưỡng, hộ sinh, kỹ thuật viên năm 2027, trình Giám đốc trước ngày 31/12/2026.",
        "4. Phó Trưởng phòng phụ trách chất lượng chăm sóc (CNĐD Hoàng Văn Tiến) tổ chức khảo sát "
        "sự hài lòng "
        "của người bệnh nội trú về công tác chăm sóc trong Quý I/2027.",
        "5. Điều dưỡng trưởng Khoa Hồi sức tích cực - Chống độc hoàn thiện Quy trình chăm sóc người bệnh thở "
        "máy xâm nhập, trình Hội đồng Điều dưỡng trước ngày 15/01/2027.",
        "6. Khoa Dinh dưỡng phối hợp điều dưỡng trưởng các khoa Nội triển khai chỉ định chế độ ăn "
        "bệnh lý trên "
        "phần mềm HIS; hoàn thành trong tháng 02/2027.",
        "7. Đề nghị Phòng Vật tư - Thiết bị y tế bổ sung 40 đệm chống loét cho Khoa Thần kinh và "
        "Khoa Lão khoa "
        "trước ngày 30/12/2026.",
        "8. Các Phó Trưởng phòng theo lĩnh vực được phân công đôn đốc, kiểm tra việc thực hiện các nội dung "
        "trên.",
        "Điều dưỡng trưởng các khoa báo cáo kết quả thực hiện về Phòng Điều dưỡng trước ngày 25 hằng tháng.",
        "Phòng Điều dưỡng thông báo để các khoa, phòng biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc (b/c);\n- Các khoa, phòng liên quan;\n- Điều dưỡng trưởng các "
        "khoa;\n- Lưu: "
        "VT, PĐD.",
        "TRƯỞNG PHÒNG ĐIỀU DƯỠNG\n\n\n\nThS.ĐD Lò Thị Thanh Xuân",
    )
    doc.save(path)


def h680_docx(h, path: Path) -> None:
    """Archive centre's records division: a prose plan, each task followed by its own doer and time
    lines, a division-internal team as the standing body."""
    doc = document()
    head_block(
        doc,
        "TRUNG TÂM LƯU TRỮ LỊCH SỬ\nTỈNH SƠN KHÊ\nPHÒNG THU THẬP VÀ CHỈNH LÝ TÀI LIỆU\n───────\nSố: "
        "14/KH-TTCL",
        right2="Sơn Khê, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Thu thập, chỉnh lý và số hóa tài liệu lưu trữ năm 2027",
        "Thực hiện Kế hoạch công tác năm 2027 của Trung tâm Lưu trữ lịch sử tỉnh, Phòng Thu thập và Chỉnh lý "
        "tài liệu xây dựng Kế hoạch thu thập, chỉnh lý và số hóa tài liệu năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Thu thập đầy đủ tài liệu đến hạn nộp lưu; chỉnh lý hoàn chỉnh các phông tồn đọng; bảo đảm "
        "tiến độ số "
        "hóa theo Đề án của UBND tỉnh.",
        "**II. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN",
        "1. Thu thập tài liệu hết thời hạn bảo quản tại lưu trữ cơ quan của 08 cơ quan thuộc Danh mục nguồn "
        "nộp lưu (giai đoạn 2010 - 2016).",
        "- Thực hiện: Tổ Thu thập.",
        "- Thời gian: Quý II/2027.",
        "2. Hướng dẫn các cơ quan lập hồ sơ, danh mục tài liệu nộp lưu; thẩm định danh mục trước "
        "khi giao nhận.",
        "- Thực hiện: Tổ Thu thập.",
        "- Thời gian: Tháng 3/2027.",
        "3. Chỉnh lý hoàn chỉnh 120 mét giá tài liệu Phông Ủy ban nhân dân tỉnh giai đoạn 1976 - 1991.",
        "- Thực hiện: Tổ Chỉnh lý.",
        "- Thời gian: từ tháng 4 đến tháng 10/2027.",
        "4. Lập mục lục hồ sơ, nhập cơ sở dữ liệu đặc tả Phông Sở Nông nghiệp và Phát triển nông thôn.",
        "- Thực hiện: Tổ Chỉnh lý.",
        "- Thời gian: Quý IV/2027.",
        "5. Số hóa 250.000 trang tài liệu có giá trị sử dụng cao, bảo đảm bình quân 21.000 trang/tháng.",
        "- Thực hiện: Tổ Số hóa.",
        "- Thời gian: Thường xuyên trong năm.",
        "6. Lập hồ sơ đề nghị hủy tài liệu hết giá trị sau chỉnh lý, trình Hội đồng xác định giá "
        "trị tài liệu "
        "của Trung tâm.",
        "- Thực hiện: Tổ Chỉnh lý, phối hợp Tổ Thu thập.",
        "- Thời gian: Tháng 11/2027.",
        "7. Kiểm tra, hướng dẫn nghiệp vụ lưu trữ tại lưu trữ cơ quan của 05 huyện.",
        "- Thực hiện: Tổ Thu thập.",
        "- Thời gian: Quý III/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Tổ Thu thập là bộ phận đầu mối, theo dõi, đôn đốc, tổng hợp việc thực hiện Kế hoạch.",
        "2. Các tổ báo cáo tiến độ thực hiện về Trưởng phòng vào ngày 28 hằng tháng.",
        "3. Đề nghị Phòng Hành chính - Tổng hợp của Trung tâm bảo đảm vật tư (hộp, cặp, bìa hồ sơ) phục vụ "
        "chỉnh lý trước ngày 15/3/2027.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Giám đốc Trung tâm (b/c);\n- Phòng HC-TH;\n- Các tổ thuộc Phòng;\n- Lưu: TTCL.",
        "TRƯỞNG PHÒNG\n\n\n\nLục Văn Duẩn",
    )
    doc.save(path)


def h681_docx(h, path: Path) -> None:
    """District agricultural service centre: a quarter programme, the month merged down the first
    column, teams named in full first and abbreviated later."""
    from docx.shared import Cm

    doc = document(12)
    head_block(
        doc,
        "UBND HUYỆN ĐỒNG LÂM\nTRUNG TÂM DỊCH VỤ NÔNG NGHIỆP\n───────\nSố: 52/CTr-TTDVNN",
        right2="Đồng Lâm, ngày 04 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ chức năng, nhiệm vụ của Trung tâm và Kế hoạch sản xuất nông nghiệp vụ Đông Xuân 2026 - 2027 "
        "của UBND huyện, Trung tâm Dịch vụ nông nghiệp xây dựng Chương trình công tác quý I năm "
        "2027 như sau:",
    )
    rows = [
        (
            "Tháng 01",
            "1",
            "Hướng dẫn cơ cấu giống, lịch thời vụ gieo cấy vụ Đông Xuân 2026 - 2027 đến các xã",
            "Tổ Trồng trọt - Bảo vệ thực vật (Tổ TT-BVTV)",
            "UBND các xã",
        ),
        (
            "",
            "2",
            "Tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng trâu bò đợt 1 năm 2027",
            "Tổ Chăn nuôi - Thú y (Tổ CN-TY)",
            "Thú y viên các xã",
        ),
        (
            "",
            "3",
            "Mở 04 lớp tập huấn kỹ thuật canh tác lúa cải tiến (SRI)",
            "Tổ Khuyến nông",
            "Hội Nông dân huyện",
        ),
        (
            "Tháng 02",
            "4",
            "Điều tra, dự báo rầy nâu, bệnh đạo ôn hại lúa; ra thông báo hướng dẫn phòng trừ",
            "Tổ TT-BVTV",
            "",
        ),
        (
            "",
            "5",
            "Kiểm tra cơ sở kinh doanh thuốc bảo vệ thực vật, giống cây trồng trước và sau Tết",
            "Tổ TT-BVTV",
            "Phòng NN&MT",
        ),
        (
            "Tháng 3",
            "6",
            "Xây dựng mô hình nuôi gà thả vườn an toàn sinh học tại xã Tân Cừ (3.000 con)",
            "Tổ Khuyến nông",
            "UBND xã Tân Cừ",
        ),
        (
            "",
            "7",
            "Sơ kết công tác quý I, xây dựng Chương trình công tác quý II/2027",
            "Tổ Hành chính - Tổng hợp",
            "Các tổ",
        ),
        (
            "Hằng tuần",
            "8",
            "Cập nhật tình hình dịch bệnh gia súc, gia cầm, báo cáo Chi cục Chăn nuôi và Thú y",
            "Tổ CN-TY",
            "",
        ),
        (
            "Thường xuyên",
            "9",
            "Cung ứng giống, vật tư nông nghiệp; tư vấn kỹ thuật cho nông dân tại Trung tâm",
            "Tổ Khuyến nông",
            "Tổ TT-BVTV",
        ),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, label in zip(
        t.rows[0].cells,
        ["Thời gian", "TT", "Nội dung công việc", "Bộ phận thực hiện", "Phối hợp"],
        strict=True,
    ):
        c.text = label
    starts = []
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row, strict=True):
            c.text = v
        if row[0]:
            starts.append(len(t.rows) - 1)
    starts.append(len(t.rows))
    for a, b in pairwise(starts):
        if b - a > 1:
            text = t.cell(a, 0).text
            merged = t.cell(a, 0).merge(t.cell(b - 1, 0))
            merged.text = text
    for r in t.rows:
        for c, w in zip(r.cells, [2.4, 1.0, 7.0, 3.6, 2.8], strict=False):
            c.width = Cm(w)
    para(
        doc,
        "Các tổ chuyên môn báo cáo kết quả thực hiện Chương trình về Tổ Hành chính - Tổng hợp trước ngày "
        "20/3/2027 để tổng hợp, báo cáo Giám đốc Trung tâm.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND huyện (b/c);\n- Phòng NN&MT huyện;\n- Các tổ thuộc Trung tâm;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nBế Thị Hường",
    )
    doc.save(path)


def h682_docx(h, path: Path) -> None:
    """Consumer protection association: a yearly programme whose doer cell prints `Chủ trì:` and
    `Phối hợp:` lines, then a short organising section."""
    doc = document(12)
    head_block(
        doc,
        "HỘI BẢO VỆ NGƯỜI TIÊU DÙNG\nTỈNH SƠN KHÊ\n───────\nSố: 27/CTr-BVNTD",
        right2="Sơn Khê, ngày 05 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Điều lệ Hội Bảo vệ người tiêu dùng tỉnh Sơn Khê; căn cứ Nghị quyết Hội nghị Ban Chấp hành "
        "lần thứ 5 (khóa IV) ngày 28/11/2026, Ban Thường vụ Hội ban hành Chương trình công tác năm 2027 như "
        "sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung", "Phân công thực hiện", "Thời gian"],
        [
            ("§", "I", "CÔNG TÁC TUYÊN TRUYỀN"),
            [
                "1",
                "Tổ chức các hoạt động hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam (15/3)",
                "Chủ trì: Ban Truyền thông\nPhối hợp: Văn phòng Hội",
                "Tháng 3/2027",
            ],
            [
                "2",
                "Phối hợp Đài Phát thanh và Truyền hình tỉnh duy trì chuyên mục “Người tiêu dùng thông thái”",
                "Chủ trì: Ban Truyền thông",
                "01 kỳ/tháng",
            ],
            ("§", "II", "CÔNG TÁC TƯ VẤN, HỖ TRỢ NGƯỜI TIÊU DÙNG"),
            [
                "3",
                "Tiếp nhận, tư vấn, hỗ trợ giải quyết khiếu nại của người tiêu dùng qua đường dây nóng "
                "0215.3866.115",
                "Chủ trì: Ban Tư vấn - Pháp lý",
                "Thường xuyên",
            ],
            [
                "4",
                "Xây dựng Quy trình hòa giải tranh chấp giữa người tiêu dùng và tổ chức, cá nhân kinh doanh",
                "Chủ trì: Ban Tư vấn - Pháp lý\nPhối hợp: Sở Công Thương",
                "Trước 30/6/2027",
            ],
            ("§", "III", "CÔNG TÁC KHẢO SÁT, GIÁM SÁT"),
            [
                "5",
                "Khảo sát chất lượng, giá cả hàng hóa tại 06 chợ, siêu thị dịp Tết Nguyên đán Đinh Mùi",
                "Chủ trì: Ban Kiểm tra - Giám sát (Ban KT-GS)",
                "Tháng 01 - 02/2027",
            ],
            [
                "6",
                "Giám sát việc áp dụng hợp đồng theo mẫu trong cung cấp điện, nước sinh hoạt",
                "Chủ trì: Ban KT-GS\nPhối hợp: Ban Tư vấn - Pháp lý",
                "Quý III/2027",
            ],
            ("§", "IV", "XÂY DỰNG TỔ CHỨC HỘI"),
            [
                "7",
                "Thành lập Chi hội Bảo vệ người tiêu dùng huyện Đồng Lâm và huyện Tân Cừ",
                "Chủ trì: Văn phòng Hội",
                "Quý II/2027",
            ],
            ["8", "Phát triển 200 hội viên mới, ưu tiên hội viên là doanh nghiệp", "Các chi hội", "Năm 2027"],
            [
                "9",
                "Hội nghị Ban Chấp hành lần thứ 6, tổng kết công tác Hội năm 2027",
                "Chủ trì: Văn phòng Hội",
                "Tháng 12/2027",
            ],
        ],
        widths=[1.0, 9.0, 4.5, 2.5],
    )
    lines = [
        "**TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Hội là cơ quan thường trực, giúp Ban Thường vụ theo dõi, đôn đốc việc thực hiện Chương "
        "trình.",
        "2. Các ban chuyên môn, các chi hội báo cáo kết quả hoạt động 6 tháng (trước ngày 15/6/2027) và năm "
        "2027 (trước ngày 05/12/2027) về Văn phòng Hội.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Hội BVNTD Việt Nam (b/c);\n- Sở Công Thương;\n- Ủy viên BCH Hội;\n- Các chi "
        "hội;\n- Lưu: "
        "VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nLâm Quang Nghị",
    )
    doc.save(path)


def batch_h673() -> None:
    """Writes h673–h682 but h677 (.html, by hand in docs/); the .doc and .pdf through LibreOffice."""
    write_batch(
        [
            (h673_docx, "h673_cv_syt_nghiep_vu_duoc.docx"),
            (h674_xlsx, "h674_lich_tuan_vp_hdnd_ubnd_huyen.xlsx"),
            (h675_docx, "h675_ctr_phong_thoi_su_dai_ptth.docx"),
            (h678_xlsx, "h678_chi_tieu_thanh_tra_thue_tinh.xlsx"),
            (h679_docx, "h679_tbkl_phong_dieu_duong_bvdh.docx"),
            (h681_docx, "h681_ctr_quy_tt_dich_vu_nong_nghiep.docx"),
            (h682_docx, "h682_ctr_hoi_bvntd_tinh.docx"),
        ],
        [
            (h676_docx, "h676_kh_di_san_svhttdl_phu_luc.docx", "pdf"),
            (h680_docx, "h680_kh_luu_tru_thu_thap_chinh_ly.docx", "doc"),
        ],
        _out,
    )
