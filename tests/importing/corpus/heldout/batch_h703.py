"""Held-out batch h703–h712, written by h13author67 blind to the importer: ten documents of a
provincial Department of Home Affairs' employment and labour division, a district Veterans'
Association, a provincial general hospital's general planning department, a ward People's
Committee, a provincial library, a provincial customs branch at a border gate, a provincial
Department of Construction's housing and real estate division, a university's training office (the
.md, written by hand), a provincial Labour Federation and a district statistics office. Every name,
person, place, number and date in them is invented."""

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
    "h704_ctr_hoi_ccb_huyen_ghi_chu",  # h13fixXA
    "h708_ctr_quy_hq_cua_khau_cot_ghi_chu",  # h13fixXA
    "h709_kh_sxd_nha_o_xa_hoi",  # h13fixXF
    "h706_lich_tuan_ubnd_phuong_buoi",  # h13fixXF
    "h703_cv_snv_viec_lam_lao_dong",  # h13fixXB
    "h707_kh_thu_vien_tinh_van_hoa_doc",  # h13fixXC
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h703_docx(h, path: Path) -> None:
    """Home Affairs' employment division: a dispatch, numbered unit labels over a)–c), a short form."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH ĐÔNG GIANG\nSỞ NỘI VỤ\n───────\nSố: 3127/SNV-VLLĐ\nV/v triển khai nhiệm vụ giải quyết "
        "việc làm, thị trường lao động năm 2027",
        right2="Đông Giang, ngày 14 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Ủy ban nhân dân các xã, phường;",
        "- Trung tâm Dịch vụ việc làm tỉnh;",
        "- Bảo hiểm xã hội tỉnh Đông Giang.",
        "Thực hiện Kế hoạch số 208/KH-UBND ngày 29/11/2026 của UBND tỉnh về giải quyết việc làm và phát "
        "triển "
        "thị trường lao động năm 2027, Sở Nội vụ đề nghị các cơ quan, đơn vị triển khai các nội dung sau:",
        "**1. Ủy ban nhân dân các xã, phường",
        "a) Rà soát, cập nhật thông tin cung - cầu lao động trên địa bàn vào cơ sở dữ liệu thị trường lao "
        "động, "
        "hoàn thành trước ngày 31/3/2027.",
        "b) Tuyên truyền chính sách bảo hiểm thất nghiệp, hỗ trợ người lao động đi làm việc ở nước ngoài "
        "theo "
        "hợp đồng đến từng thôn, tổ dân phố; thực hiện thường xuyên.",
        "**2. Trung tâm Dịch vụ việc làm tỉnh",
        "a) Tổ chức phiên giao dịch việc làm định kỳ vào ngày 15 hằng tháng tại trụ sở Trung tâm và phiên "
        "lưu "
        "động tại các khu công nghiệp.",
        "b) Phối hợp với các trường cao đẳng, doanh nghiệp khảo sát nhu cầu tuyển dụng lao động qua đào tạo; "
        "hoàn thành trong Quý II/2027.",
        "**3. Phòng Việc làm - Lao động, Sở Nội vụ (Phòng VL-LĐ)",
        "a) Tham mưu Giám đốc Sở trình UBND tỉnh phân bổ chỉ tiêu tạo việc làm mới năm 2027 cho các xã, "
        "phường "
        "trước ngày 15 tháng 02 năm 2027.",
        "b) Hướng dẫn, kiểm tra việc cho vay vốn hỗ trợ tạo việc làm từ Quỹ quốc gia về việc làm tại 06 xã, "
        "phường trong tháng 9/2027.",
        "Phòng VL-LĐ phối hợp Thanh tra Sở kiểm tra việc chấp hành pháp luật về lao động tại các doanh "
        "nghiệp "
        "có sử dụng lao động nước ngoài, xong trước 30/10/2027.",
        "**4. Đề nghị Bảo hiểm xã hội tỉnh",
        "Cung cấp số liệu người lao động đề nghị hưởng trợ cấp thất nghiệp trong tháng về Sở Nội vụ (qua "
        "Phòng "
        "VL-LĐ) trước ngày 05 hằng tháng để theo dõi biến động lao động.",
        "Ủy ban nhân dân các xã, phường, Trung tâm Dịch vụ việc làm tỉnh báo cáo kết quả thực hiện 6 tháng "
        "trước ngày 10/6/2027 và cả năm trước ngày 10/12/2027 về Sở Nội vụ (qua Phòng VL-LĐ) để tổng hợp.",
        "Mọi vướng mắc xin liên hệ Phòng VL-LĐ (đồng chí Trần Thị Hoài Thu, điện thoại 0235.3822.519)./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, VLLĐ.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNgô Văn Thạch",
    )
    doc.save(path)


def h704_docx(h, path: Path) -> None:
    """District Veterans' Association: a yearly programme, abbreviations after first naming, lead in note."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "HỘI CỰU CHIẾN BINH TỈNH ĐÔNG GIANG\nHỘI CỰU CHIẾN BINH HUYỆN SƠN TRÀ\n***\nSố: 41/CTr-CCB",
        "HỘI CỰU CHIẾN BINH VIỆT NAM",
        right2="Sơn Trà, ngày 18 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Ban Thường vụ Hội Cựu chiến binh huyện", bold=True, center=True)
    para(
        doc,
        "Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hội Cựu chiến binh huyện lần thứ 9 (khóa VIII); căn cứ "
        "hướng "
        "dẫn của Hội Cựu chiến binh tỉnh, Ban Thường vụ xây dựng Chương trình công tác năm 2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Thời gian", "Cơ quan tham mưu", "Ghi chú"],
        [
            ("§", "I", "CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC"),
            [
                "1",
                "Tổ chức gặp mặt kỷ niệm 38 năm Ngày truyền thống Hội Cựu chiến binh Việt Nam (06/12)",
                "Tháng 12",
                "Ban Tuyên giáo (Ban TG)",
                "",
            ],
            [
                "2",
                "Tuyên truyền, giáo dục truyền thống cho đoàn viên thanh niên các trường THPT trên địa bàn",
                "Tháng 3 - 4",
                "Ban TG",
                "Phối hợp Huyện đoàn",
            ],
            ("§", "II", "CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI"),
            [
                "3",
                "Hướng dẫn các cơ sở Hội tổ chức hội nghị hội viên, kiện toàn chi hội",
                "Quý I",
                "Ban Tổ chức - Kiểm tra (Ban TC-KT)",
                "",
            ],
            [
                "4",
                "Kiểm tra việc thực hiện Điều lệ Hội tại Hội CCB xã Hòa Phong, xã Tân Lộc",
                "6/2027",
                "Ban TC-KT",
                "",
            ],
            [
                "5",
                "Sơ kết 6 tháng công tác Hội và phong trào CCB",
                "Trước 10/7",
                "",
                "Văn phòng Hội chủ trì chuẩn bị",
            ],
            [
                "6",
                "Tổng kết công tác Hội năm 2027, bình xét thi đua khen thưởng",
                "Trước ngày 15/12/2027",
                "Văn phòng Hội",
                "",
            ],
            ("§", "III", "PHONG TRÀO CCB GƯƠNG MẪU"),
            [
                "7",
                "Phối hợp Ngân hàng Chính sách xã hội huyện kiểm tra hoạt động các tổ tiết kiệm và vay vốn "
                "do Hội "
                "quản lý",
                "Quý III",
                "Ban Kinh tế",
                "",
            ],
            [
                "8",
                "Vận động hội viên tham gia bảo vệ an ninh trật tự, bảo vệ môi trường ở khu dân cư",
                "Thường xuyên",
                "Ban TG",
                "",
            ],
            [
                "9",
                "Tổ chức Hội thi Cựu chiến binh làm kinh tế giỏi cấp huyện",
                "Theo hướng dẫn của Hội CCB tỉnh",
                "Ban Kinh tế",
                "",
            ],
        ],
        widths=[1.0, 11.0, 3.2, 4.2, 4.4],
    )
    para(doc, "")
    para(
        doc,
        "Hội CCB các xã, thị trấn báo cáo tình hình hoạt động về Văn phòng Hội CCB huyện trước ngày 20 hằng "
        "tháng; báo cáo 6 tháng, năm theo hướng dẫn.",
    )
    para(
        doc,
        "Căn cứ Chương trình này, các ban và cơ sở Hội chủ động xây dựng kế hoạch để triển khai thực hiện.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Hội CCB tỉnh (b/c);\n- Ban Thường vụ Huyện ủy (b/c);\n- Các cơ sở Hội;\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nLê Đình Toại",
    )
    doc.save(path)


def h705_docx(h, path: Path) -> None:
    """General hospital: a notice of the director's conclusions, points in running text (printed to PDF)."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH ĐÔNG GIANG\nBỆNH VIỆN ĐA KHOA TỈNH\n───────\nSố: 612/TB-BVĐK",
        right2="Đông Giang, ngày 08 tháng 01 năm 2027",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Bệnh viện tại cuộc họp triển khai kế hoạch hoạt động năm 2027",
        "Ngày 06/01/2027, TS.BS. Phạm Quốc Khánh, Giám đốc Bệnh viện chủ trì cuộc họp triển khai kế hoạch "
        "hoạt "
        "động năm 2027. Sau khi nghe Phòng Kế hoạch tổng hợp báo cáo dự thảo Kế hoạch và ý kiến các thành "
        "viên, Giám đốc Bệnh viện kết luận:",
        "**I. VỀ KẾT QUẢ NĂM 2026",
        "Năm 2026 Bệnh viện thực hiện 412.560 lượt khám, 38.904 lượt điều trị nội trú, công suất giường bệnh "
        "bình quân 104%; triển khai 17 kỹ thuật mới.",
        "**II. NHIỆM VỤ TRIỂN KHAI",
        "1. Giao Phòng Kế hoạch tổng hợp hoàn chỉnh Kế hoạch hoạt động năm 2027, trình Giám đốc ký ban hành "
        "trước ngày 15/01/2027; đồng thời giao chỉ tiêu chuyên môn cho từng khoa lâm sàng.",
        "2. Phó Giám đốc phụ trách chuyên môn (BSCKII. Đặng Thị Hồng Vân) chỉ đạo xây dựng danh mục kỹ "
        "thuật mới, kỹ thuật vượt tuyến đề nghị Sở Y tế phê duyệt, hoàn thành trong quý I/2027.",
        "3. Phòng Tài chính kế toán lập dự toán thu, chi năm 2027 theo cơ chế tự chủ, báo cáo Hội đồng quản "
        "lý chậm nhất ngày 31 tháng 01 năm 2027.",
        "4. Về cơ sở vật chất: Phòng Hành chính quản trị khẩn trương hoàn thiện hồ sơ cải tạo Khu nhà điều "
        "trị "
        "Nội B, trình thẩm định trước 28/02/2027.",
        "5. Phòng Điều dưỡng kiểm tra việc thực hiện quy trình chăm sóc người bệnh toàn diện tại các khoa "
        "lâm "
        "sàng hằng tháng.",
        "6. Phòng Quản lý chất lượng tổ chức khảo sát sự hài lòng người bệnh nội trú, ngoại trú định kỳ hằng "
        "quý, công khai kết quả trên trang thông tin điện tử Bệnh viện.",
        "7. Khoa Dược rà soát danh mục thuốc, lập kế hoạch lựa chọn nhà thầu cung cấp thuốc năm 2027 - 2028; "
        "thời gian: tháng 3/2027.",
        "8. Các Phó Giám đốc theo lĩnh vực được phân công chỉ đạo các khoa, phòng triển khai Kế hoạch.",
        "9. Đề nghị Công đoàn Bệnh viện phát động phong trào thi đua “Xanh - Sạch - Đẹp, văn minh, thân "
        "thiện” và tổ chức ký cam kết trước ngày 26/3/2027.",
        "10. Các khoa, phòng báo cáo kết quả thực hiện chỉ tiêu chuyên môn về Phòng Kế hoạch tổng hợp trước "
        "ngày 22 hằng tháng để tổng hợp báo cáo giao ban.",
        "Phòng Kế hoạch tổng hợp thông báo để các khoa, phòng biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, KHTH.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP\n\n\n\nBSCKII. Huỳnh Văn Lợi",
    )
    doc.save(path)


def h706_xlsx(h, path: Path) -> None:
    """Ward People's Committee: a weekly calendar, the date merged down, a session column, office lines."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan 03-2027"
    title_rows(
        ws,
        [
            "ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH",
            "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND PHƯỜNG",
            "Tuần thứ 03 (từ ngày 11/01/2027 đến ngày 17/01/2027)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(["Ngày", "Buổi", "Giờ", "Nội dung", "Lãnh đạo", "Đơn vị chuẩn bị", "Địa điểm"])
    bold_header(ws, 5)
    days = [
        (
            "Thứ Hai\n11/01/2027",
            [
                [
                    "Sáng",
                    "7h30",
                    "Chào cờ, giao ban lãnh đạo UBND phường",
                    "Chủ tịch",
                    "Văn phòng HĐND-UBND",
                    "Hội trường",
                ],
                [
                    "Chiều",
                    "14h00",
                    "Họp Ban Chỉ đạo phòng, chống dịch bệnh gia súc, gia cầm",
                    "PCT Nguyễn Văn Sang",
                    "Phòng Kinh tế",
                    "Phòng họp số 2",
                ],
            ],
        ),
        (
            "Thứ Ba\n12/01/2027",
            [
                [
                    "Sáng",
                    "8h00",
                    "Kiểm tra công tác chỉnh trang đô thị, trật tự vỉa hè tuyến đường Nguyễn Lương Bằng",
                    "PCT Nguyễn Văn Sang",
                    "Phòng Kinh tế; Công an phường",
                    "Khu phố 4",
                ],
                ["Chiều", "", "Làm việc tại cơ quan", "Chủ tịch", "", ""],
            ],
        ),
        (
            "Thứ Tư\n13/01/2027",
            [
                [
                    "Sáng",
                    "7h30",
                    "Tiếp công dân định kỳ",
                    "Chủ tịch Lê Thị Bảo Ngọc",
                    "Văn phòng HĐND-UBND",
                    "Trụ sở tiếp công dân phường",
                ],
                [
                    "Chiều",
                    "14h00",
                    "Duyệt danh sách hộ nghèo, hộ cận nghèo được hỗ trợ quà Tết Nguyên đán Đinh Mùi",
                    "PCT Đoàn Thị Mỹ Linh",
                    "Phòng Văn hóa - Xã hội",
                    "Phòng họp số 1",
                ],
            ],
        ),
        (
            "Thứ Năm\n14/01/2027",
            [
                [
                    "Sáng",
                    "8h00",
                    "Làm việc với Ban Chỉ huy Quân sự phường về công tác tuyển chọn, gọi công dân nhập ngũ "
                    "năm 2027",
                    "Chủ tịch",
                    "Ban CHQS phường",
                    "Phòng họp số 1",
                ],
                [
                    "Chiều",
                    "15h00",
                    "Họp Hội đồng bồi thường, hỗ trợ tái định cư dự án mở rộng đường Âu Cơ (dự kiến)",
                    "PCT Nguyễn Văn Sang",
                    "Phòng Kinh tế",
                    "Phòng họp số 2",
                ],
            ],
        ),
        (
            "Thứ Sáu\n15/01/2027",
            [
                [
                    "Sáng",
                    "8h00",
                    "Dự Hội nghị tổng kết công tác năm 2026 của Công an thành phố",
                    "Chủ tịch",
                    "",
                    "Công an thành phố",
                ],
                [
                    "Chiều",
                    "14h00",
                    "Kiểm tra công tác chuẩn bị tổ chức Chợ hoa Xuân Đinh Mùi năm 2027",
                    "PCT Đoàn Thị Mỹ Linh",
                    "Phòng Văn hóa - Xã hội",
                    "Công viên Hòa Khánh",
                ],
            ],
        ),
        (
            "Thứ Bảy, Chủ nhật\n16-17/01",
            [["", "", "Trực lãnh đạo: PCT Đoàn Thị Mỹ Linh", "", "", ""]],
        ),
    ]
    for label, rows in days:
        first = ws.max_row + 1
        for row in rows:
            ws.append(["", *row])
        ws.cell(first, 1).value = label
        if len(rows) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    wrap(ws, 6, "top")
    column_widths(ws, [14, 7, 7, 50, 22, 24, 22])
    ws.append([])
    ws.append(
        [
            "",
            "",
            "",
            "Các phòng, đơn vị đăng ký lịch tuần sau về Văn phòng HĐND-UBND trước 15h00 thứ Năm hằng tuần.",
            "",
            "",
            "",
        ]
    )
    ws.append(["", "", "", "", "", "TL. CHỦ TỊCH", ""])
    ws.append(["", "", "", "", "", "CHÁNH VĂN PHÒNG", ""])
    ws.append([])
    ws.append(["", "", "", "", "", "Võ Hữu Phước", ""])
    wb.save(path)


def h707_docx(h, path: Path) -> None:
    """Provincial library: a prose plan, lettered duties under numbered headings (converted to .doc)."""
    doc = document()
    head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTHƯ VIỆN TỈNH ĐÔNG GIANG\n───────\nSố: 95/KH-TV",
        right2="Đông Giang, ngày 22 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Phát triển văn hóa đọc và chuyển đổi số thư viện năm 2027",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao chất lượng phục vụ bạn đọc, đẩy mạnh chuyển đổi số trong hoạt động thư viện; phấn đấu thu "
        "hút 185.000 lượt bạn đọc trong năm.",
        "**II. NỘI DUNG NHIỆM VỤ",
        "**1. Phát triển tài nguyên thông tin",
        "a) Phòng Bổ sung - Xử lý tài liệu bổ sung 6.500 bản sách mới, ưu tiên sách địa chí, sách thiếu nhi; "
        "hoàn thành trước 30/9/2027.",
        "b) Số hóa 1.200 tài liệu địa chí quý hiếm, đưa lên thư viện số; thời gian: quý II - quý III/2027 "
        "(Phòng Tin học - Thư viện số thực hiện).",
        "**2. Phục vụ bạn đọc và phát triển văn hóa đọc",
        "a) Phòng Phục vụ bạn đọc tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam "
        "(21/4/2027): trưng bày sách, tọa đàm, giao lưu tác giả.",
        "b) Duy trì xe thư viện lưu động phục vụ các xã vùng sâu, trường học; mỗi tháng ít nhất 02 chuyến "
        "(Phòng Phục vụ bạn đọc).",
        "c) Tổ chức Cuộc thi Đại sứ Văn hóa đọc cấp tỉnh năm 2027, tổng kết, trao giải trong tháng 10.",
        "**3. Hướng dẫn nghiệp vụ cơ sở",
        "Phòng Nghiệp vụ - Địa chí mở 02 lớp tập huấn nghiệp vụ cho cán bộ thư viện xã, phường và thư viện "
        "trường học vào tháng 5 và tháng 8/2027.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; tham "
        "mưu "
        "sơ kết 6 tháng vào tháng 7/2027.",
        "2. Phòng Hành chính - Tổng hợp bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách được giao năm "
        "2027.",
        "3. Trưởng các phòng chủ động triển khai nhiệm vụ được giao.",
        "4. Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường học phối hợp với Thư viện tỉnh tổ chức Cuộc "
        "thi "
        "Đại sứ Văn hóa đọc trong khối trường học.",
        "5. Các phòng báo cáo kết quả thực hiện định kỳ hằng quý về Phòng Hành chính - Tổng hợp để tổng hợp, "
        "báo cáo Sở Văn hóa, Thể thao và Du lịch.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở VHTTDL (b/c);\n- Sở GDĐT (p/h);\n- Các phòng;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nTrương Thị Kim Oanh",
    )
    doc.save(path)


def h708_docx(h, path: Path) -> None:
    """Border-gate customs branch: a quarter programme whose lead is printed only in the note column."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "CHI CỤC HẢI QUAN KHU VỰC XIV\nHẢI QUAN CỬA KHẨU QUỐC TẾ LẠC SƠN\n───────\nSố: 27/CTr-HQLS",
        right2="Lạc Sơn, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Hải quan cửa khẩu quốc tế Lạc Sơn có 03 đội: Đội Thủ tục hàng hóa xuất nhập khẩu (Đội Thủ tục), Đội "
        "Kiểm soát hải quan (Đội KSHQ), Tổ Tổng hợp. Chương trình công tác quý I/2027 như sau:",
    )
    grid(
        doc,
        ["STT", "Nội dung công việc", "Thời hạn", "Ghi chú"],
        [
            ("§", "1", "Công tác nghiệp vụ hải quan"),
            [
                "1.1",
                "Triển khai thủ tục hải quan trên Hệ thống VNACCS/VCIS phiên bản mới cho doanh nghiệp",
                "Tháng 01/2027",
                "Đội Thủ tục chủ trì",
            ],
            [
                "1.2",
                "Bố trí công chức làm thủ tục ngoài giờ, ngày nghỉ cho hàng nông sản xuất khẩu dịp cao điểm "
                "Tết",
                "Từ 25/01 đến 15/02",
                "Đội Thủ tục chủ trì; Tổ Tổng hợp bố trí xe",
            ],
            [
                "1.3",
                "Kiểm tra sau thông quan tại trụ sở người khai hải quan đối với 04 doanh nghiệp kinh doanh "
                "trái cây",
                "Tháng 3",
                "Đội Thủ tục chủ trì",
            ],
            ("§", "2", "Công tác kiểm soát, chống buôn lậu"),
            [
                "2.1",
                "Tuần tra, kiểm soát địa bàn đường mòn, lối mở biên giới",
                "Hằng ngày",
                "Đội KSHQ",
            ],
            [
                "2.2",
                "Phối hợp Đồn Biên phòng cửa khẩu Lạc Sơn mở đợt cao điểm chống buôn lậu, gian lận thương "
                "mại "
                "trước, trong và sau Tết",
                "15/12/2026 - 28/02/2027",
                "Đội KSHQ chủ trì",
            ],
            [
                "2.3",
                "Cập nhật thông tin hồ sơ doanh nghiệp, phương tiện vào Hệ thống quản lý rủi ro",
                "Hằng tuần",
                "Đội KSHQ",
            ],
            ("§", "3", "Công tác tổng hợp, hành chính"),
            [
                "3.1",
                "Tổng hợp số liệu thu ngân sách, kim ngạch xuất nhập khẩu báo cáo Chi cục",
                "Ngày 03 hằng tháng",
                "Tổ Tổng hợp",
            ],
            [
                "3.2",
                "Tổ chức Hội nghị cán bộ, công chức năm 2027",
                "20/01/2027",
                "Tổ Tổng hợp chủ trì",
            ],
            [
                "3.3",
                "Rà soát, đánh giá hiện trạng trang thiết bị soi chiếu container, đề xuất sửa chữa",
                "Quý I",
                "Tổ Tổng hợp; Đội Thủ tục phối hợp",
            ],
            [
                "3.4",
                "Đề nghị Ban Quản lý Khu kinh tế cửa khẩu Lạc Sơn sửa chữa mặt bằng bãi kiểm hóa tập trung",
                "Trước 31/3/2027",
                "Ban Quản lý Khu KTCK",
            ],
        ],
        widths=[1.2, 13.0, 4.4, 6.0],
    )
    para(doc, "")
    para(
        doc,
        "Ghi chú: Các đội, tổ báo cáo kết quả thực hiện Chương trình về Tổ Tổng hợp trước ngày 25/3/2027 để "
        "tổng hợp báo cáo Chi cục.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Chi cục HQKV XIV (b/c);\n- Các đội, tổ;\n- Lưu: VT, TH.",
        "ĐỘI TRƯỞNG\n\n\n\nBế Văn Quang",
    )
    doc.save(path)


def h709_docx(h, path: Path) -> None:
    """Department of Construction: a plan on social housing, a division named by its short form."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH ĐÔNG GIANG\nSỞ XÂY DỰNG\n───────\nSố: 451/KH-SXD",
        right2="Đông Giang, ngày 30 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Triển khai phát triển nhà ở xã hội và quản lý thị trường bất động sản năm 2027",
        "Căn cứ Chương trình phát triển nhà ở tỉnh Đông Giang giai đoạn 2026 - 2030; Sở Xây dựng ban hành Kế "
        "hoạch như sau:",
        "**I. NHIỆM VỤ CỤ THỂ",
        "**1. Phòng Quản lý nhà và thị trường bất động sản (sau đây gọi là Phòng Quản lý nhà)",
        "- Tham mưu UBND tỉnh ban hành Kế hoạch phát triển nhà ở năm 2027, trình trước ngày 28/02/2027.",
        "- Công bố công khai danh mục dự án nhà ở xã hội đủ điều kiện bán, cho thuê mua trên Cổng thông tin "
        "điện tử của Sở; cập nhật thường xuyên.",
        "- Tổng hợp, báo cáo Bộ Xây dựng tình hình giao dịch bất động sản trên địa bàn tỉnh theo quý.",
        "**2. Thanh tra Sở",
        "- Thanh tra việc chấp hành pháp luật về kinh doanh bất động sản tại 05 sàn giao dịch; thời gian: "
        "Quý III/2027.",
        "**3. Phòng Quản lý nhà",
        "- Chủ trì thẩm định giá bán, giá thuê mua nhà ở xã hội dự án Khu nhà ở công nhân Khu công nghiệp "
        "Nam Cầu trong 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "- Kiểm tra việc quản lý, vận hành nhà chung cư tại thành phố Đông Giang; tháng 10 năm 2027.",
        "**4. Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh",
        "- Giải ngân vốn cho vay mua, thuê mua nhà ở xã hội theo kế hoạch vốn được giao; báo cáo kết quả về "
        "Sở Xây dựng trước 15/12/2027.",
        "**II. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Sở là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 18 tháng cuối "
        "quý.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Xây dựng để xem "
        "xét, điều chỉnh.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Bộ Xây dựng (b/c);\n- UBND tỉnh (b/c);\n- NHCSXH chi nhánh tỉnh;\n- Các phòng, đơn vị "
        "thuộc "
        "Sở;\n- Lưu: VT, QLN.",
        "GIÁM ĐỐC\n\n\n\nĐỗ Thành Trung",
    )
    doc.save(path)


def h711_xlsx(h, path: Path) -> None:
    """Labour Federation: an indicator sheet, a two-row merged header, the time column mostly blank."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu 2027"
    title_rows(
        ws,
        [
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐÔNG GIANG",
            "BIỂU CHỈ TIÊU HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2027",
            "(Ban hành kèm theo Kế hoạch số 88/KH-LĐLĐ ngày 21/12/2026)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "", "Ban chủ trì", "Thời gian hoàn thành"])
    ws.append(["", "", "", "Ước TH 2026", "KH 2027", "", ""])
    ws.merge_cells("D5:E5")
    for col in "ABCFG":
        ws.merge_cells(f"{col}5:{col}6")
    bold_header(ws, 5)
    bold_header(ws, 6)
    rows = [
        ["I", "VỀ TỔ CHỨC CÔNG ĐOÀN VÀ ĐOÀN VIÊN"],
        [1, "Phát triển đoàn viên công đoàn mới", "Đoàn viên", 7820, 8500, "Ban Tổ chức", ""],
        [
            2,
            "Thành lập công đoàn cơ sở mới tại doanh nghiệp ngoài nhà nước",
            "CĐCS",
            31,
            35,
            "Ban Tổ chức",
            "",
        ],
        [
            3,
            "Tỷ lệ công đoàn cơ sở được đánh giá hoàn thành tốt nhiệm vụ trở lên",
            "%",
            "78",
            "≥ 80",
            "Ban Tổ chức",
            "Tháng 12/2027",
        ],
        ["II", "VỀ CHĂM LO, BẢO VỆ QUYỀN LỢI ĐOÀN VIÊN"],
        [
            4,
            "Tổ chức đối thoại tại nơi làm việc ở doanh nghiệp",
            "Cuộc",
            140,
            160,
            "Ban Chính sách - Pháp luật",
            "",
        ],
        [
            5,
            "Ký mới thỏa ước lao động tập thể đạt loại B trở lên",
            "Bản",
            22,
            30,
            "Ban Chính sách - Pháp luật",
            "Trước 30/11/2027",
        ],
        [
            6,
            "Xây dựng, sửa chữa nhà “Mái ấm Công đoàn”",
            "Nhà",
            18,
            20,
            "Ban Tài chính",
            "Trước Tết Nguyên đán",
        ],
        [
            7,
            "Hỗ trợ đoàn viên, người lao động có hoàn cảnh khó khăn dịp Tết",
            "Người",
            4100,
            4500,
            "Ban Nữ công",
            "",
        ],
        ["III", "VỀ TUYÊN TRUYỀN, THI ĐUA"],
        [
            8,
            "Tuyên truyền, phổ biến pháp luật lao động cho đoàn viên, người lao động",
            "Lượt người",
            52000,
            55000,
            "Ban Tuyên giáo",
            "Thường xuyên",
        ],
        [
            9,
            "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
            "Người",
            265,
            300,
            "Ban Tổ chức",
            "",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    wrap(ws, 7, "center")
    column_widths(ws, [6, 52, 12, 12, 12, 26, 20])
    ws.append([])
    ws.append(
        [
            "",
            "Công đoàn ngành, LĐLĐ các huyện, thị xã, thành phố báo cáo kết quả thực hiện chỉ tiêu về Ban "
            "Tổ chức "
            "LĐLĐ tỉnh trước ngày 15/6/2027 (sơ kết) và trước ngày 15/11/2027 (tổng kết).",
        ]
    )
    ws.append(["", "", "", "", "", "TM. BAN THƯỜNG VỤ", ""])
    ws.append(["", "", "", "", "", "CHỦ TỊCH", ""])
    ws.append([])
    ws.append(["", "", "", "", "", "Hà Văn Lâm", ""])
    wb.save(path)


def h712_docx(h, path: Path) -> None:
    """District statistics office: a dispatch on surveys, dates in several forms, numbered points."""
    doc = document()
    head_block(
        doc,
        "THỐNG KÊ TỈNH ĐÔNG GIANG\nPHÒNG THỐNG KÊ HUYỆN SƠN TRÀ\n───────\nSố: 19/TK-TH\nV/v triển khai các "
        "cuộc điều tra thống kê năm 2027",
        right2="Sơn Trà, ngày 05 tháng 01 năm 2027",
    )
    lines = [
        "^^Kính gửi: Ủy ban nhân dân các xã, thị trấn.",
        "Thực hiện Chương trình điều tra thống kê năm 2027 của Thống kê tỉnh, Phòng Thống kê huyện Sơn Trà "
        "đề "
        "nghị UBND các xã, thị trấn và đề nghị phối hợp một số nội dung sau:",
        "1. Chỉ đạo công chức Văn phòng - Thống kê xã rà soát, cập nhật danh sách hộ, cơ sở sản xuất kinh "
        "doanh cá thể làm dàn mẫu điều tra; gửi về Phòng Thống kê huyện trước ngày 20 tháng 01 năm 2027.",
        "2. Bố trí điều tra viên tham gia Điều tra lao động việc làm hằng tháng tại các địa bàn được chọn "
        "mẫu; "
        "danh sách điều tra viên gửi trước 25/01.",
        "3. Phối hợp tổ chức Điều tra năng suất, sản lượng cây lúa vụ Đông Xuân 2026 - 2027, thời gian thu "
        "thập thông tin từ ngày 10/4 đến ngày 30/4/2027.",
        "4. Cung cấp số liệu về diện tích gieo trồng, chăn nuôi theo biểu mẫu định kỳ vào ngày 12 hằng "
        "tháng.",
        "5. Tuyên truyền để hộ dân, cơ sở cung cấp thông tin đầy đủ, chính xác cho điều tra viên; thực hiện "
        "liên tục trong thời gian điều tra.",
        "Riêng đối với các cơ quan khác:",
        "6. Đề nghị Chi cục Thuế khu vực Sơn Trà cung cấp danh sách hộ kinh doanh nộp thuế khoán năm 2027 "
        "chậm nhất ngày 15/02/2027.",
        "7. Đề nghị Công an huyện cung cấp số liệu dân số, biến động dân cư 6 tháng đầu năm 2027 trước ngày "
        "10 tháng 7 năm 2027.",
        "8. Ủy ban nhân dân các xã, thị trấn báo cáo tình hình triển khai các cuộc điều tra về Phòng Thống "
        "kê "
        "huyện (Tổ Tổng hợp) định kỳ 6 tháng.",
        "Phòng Thống kê huyện Sơn Trà trân trọng đề nghị các cơ quan, đơn vị quan tâm phối hợp./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Chi cục Thuế khu vực Sơn Trà;\n- Công an huyện;\n- Thống kê tỉnh (b/c);"
        "\n- Lưu: VT.",
        "TRƯỞNG PHÒNG\n\n\n\nLý Thị Thanh Hương",
    )
    doc.save(path)


def batch_h703() -> None:
    """Writes h703–h712 (the .doc and .pdf through LibreOffice; the .md is written by hand)."""
    write_batch(
        [
            (h703_docx, "h703_cv_snv_viec_lam_lao_dong.docx"),
            (h704_docx, "h704_ctr_hoi_ccb_huyen_ghi_chu.docx"),
            (h706_xlsx, "h706_lich_tuan_ubnd_phuong_buoi.xlsx"),
            (h708_docx, "h708_ctr_quy_hq_cua_khau_cot_ghi_chu.docx"),
            (h709_docx, "h709_kh_sxd_nha_o_xa_hoi.docx"),
            (h711_xlsx, "h711_chi_tieu_ldld_tinh_tieu_de_hai_hang.xlsx"),
            (h712_docx, "h712_cv_thong_ke_huyen_dieu_tra.docx"),
        ],
        [
            (h705_docx, "h705_tbkl_bvdk_tinh_ke_hoach.docx", "pdf"),
            (h707_docx, "h707_kh_thu_vien_tinh_van_hoa_doc.docx", "doc"),
        ],
        _out,
    )
