"""Held-out batch h623–h632, written by h13author59 blind to the importer: ten documents of a
provincial market surveillance sub-department, a commune Party Committee, a provincial military
command's logistics-technical department, a high school, a provincial Department of Ethnic
Minorities and Religion, a provincial land registration office, a provincial Journalists'
Association, a provincial Cooperative Alliance, a district civil judgment enforcement sub-department
and an industrial park infrastructure company. Every name, person, place, number and date in them is
invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    NATIONAL,
    bold_header,
    cell_text,
    column_widths,
    document,
    grid,
    head_block,
    landscape,
    marked_paragraphs,
    out_path,
    para,
    sign_table,
    wrap,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h624_tbkl_dang_uy_xa_thuong_vu",  # h13fixTC
    "h623_cv_qltt_cao_diem_tet_nhan_dong",  # h13fixTH
    "h631_ctr_quy_thads_huyen",  # h13fixTH
    "h632_kh_bao_tri_kcn_danh_muc_kiem",  # h13fixTH
    "h628_chi_tieu_vpdkdd_chi_tieu_con",  # h13fixTF
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h623_docx(h, path: Path) -> None:
    """Market surveillance sub-department: a dispatch to its teams, the doer as a run-in label on the
    task's own line, lettered points under the teams and dashes under a section."""
    doc = document()
    head_block(
        doc,
        "CỤC QUẢN LÝ VÀ PHÁT TRIỂN\nTHỊ TRƯỜNG TRONG NƯỚC\nCHI CỤC QUẢN LÝ THỊ TRƯỜNG\nTỈNH TÂN "
        "LĨNH\n───────\n"
        "Số: 1186/QLTT-NVTH\nV/v tăng cường kiểm tra, kiểm soát thị trường dịp cuối năm 2026 và Tết Nguyên "
        "đán Đinh Mùi 2027",
        right2="Tân Lĩnh, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các Đội Quản lý thị trường số 1, số 2, số 3, số 4;",
        "- Đội Quản lý thị trường cơ động;",
        "- Các phòng chuyên môn thuộc Chi cục.",
        "Thực hiện Công điện số 14/CĐ-UBND ngày 28/11/2026 của Chủ tịch UBND tỉnh về tăng cường đấu tranh "
        "phòng, chống buôn lậu, gian lận thương mại và hàng giả dịp cuối năm; Kế hoạch số 215/KH-BCĐ389 ngày "
        "01/12/2026 của Ban Chỉ đạo 389 tỉnh, Chi cục Quản lý thị trường tỉnh Tân Lĩnh (sau đây gọi là Chi "
        "cục) yêu cầu các đơn vị triển khai ngay một số nội dung sau:",
        "**1. Các Đội Quản lý thị trường số 1, số 2, số 3, số 4 (sau đây gọi là các Đội)",
        "a) Xây dựng kế hoạch kiểm tra cao điểm trên địa bàn phụ trách, gửi về Chi cục (qua Phòng Nghiệp "
        "vụ - "
        "Tổng hợp) trước ngày 10/12/2026.",
        "b) Tập trung kiểm tra, kiểm soát các mặt hàng thiết yếu tiêu dùng dịp Tết: thực phẩm, bánh kẹo, "
        "rượu bia, thuốc lá điếu, phân bón, hàng điện tử; thời gian thực hiện từ ngày 15/12/2026 đến hết "
        "ngày "
        "20/02/2027.",
        "c) Phối hợp với Ban quản lý chợ, UBND các xã, phường kiểm tra việc niêm yết giá, bán theo giá niêm "
        "yết tại chợ đầu mối, siêu thị, cửa hàng tiện lợi trên địa bàn; thực hiện thường xuyên.",
        "2. Đội Quản lý thị trường cơ động: chủ trì kiểm tra hoạt động kinh doanh trên môi trường thương mại "
        "điện tử, các kho hàng, điểm tập kết hàng hóa nhập lậu tại khu vực cửa khẩu phụ Nà Khoang; báo cáo "
        "kết quả từng đợt về Chi cục trước ngày 20/01/2027.",
        "**3. Phòng Nghiệp vụ - Tổng hợp (NV-TH)",
        "- Tổng hợp kế hoạch của các Đội, trình Lãnh đạo Chi cục phê duyệt trước ngày 14/12/2026.",
        "- Theo dõi, tổng hợp kết quả kiểm tra, xử lý vi phạm của các Đội, báo cáo Cục Quản lý và Phát triển "
        "thị trường trong nước và Ban Chỉ đạo 389 tỉnh định kỳ hằng tuần.",
        "- Chủ trì, phối hợp Đội Quản lý thị trường số 2 tổ chức tiêu hủy hàng hóa vi phạm đã có quyết định "
        "tịch thu, hoàn thành trong Quý I/2027.",
        "4. Phòng Thanh tra - Pháp chế: kiểm tra việc chấp hành quy trình kiểm tra, xử lý vi phạm hành chính "
        "của công chức các Đội; tiếp nhận, xử lý đơn thư phản ánh của người dân, doanh nghiệp trong thời "
        "gian "
        "cao điểm (đến hết ngày 20/02/2027).",
        "5. Phòng Tổ chức - Hành chính: xây dựng lịch trực 24/24 giờ của Lãnh đạo Chi cục và công chức trong "
        "dịp nghỉ Tết Nguyên đán Đinh Mùi, trình Chi cục trưởng ký ban hành trước ngày 29/01/2027.",
        "Các Đội báo cáo nhanh kết quả kiểm tra, xử lý về Chi cục (qua Phòng NV-TH, hộp thư "
        "nghiepvu.qltt@tanlinh.gov.vn) trước 15 giờ 00 thứ Năm hằng tuần.",
        "Kết thúc đợt cao điểm, các Đội gửi báo cáo tổng kết (kèm số liệu theo Phụ lục) về Chi cục trước "
        "ngày 25/02/2027.",
        "Yêu cầu Đội trưởng các Đội, Trưởng các phòng nghiêm túc triển khai thực hiện; quá trình thực "
        "hiện nếu "
        "có khó khăn, vướng mắc, kịp thời báo cáo Chi cục trưởng để chỉ đạo./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Cục QL&PTTTTN (để b/c);\n- BCĐ 389 tỉnh (để b/c);\n- Chi cục trưởng, "
        "các PCCT;"
        "\n- Lưu: VT, NVTH.",
        "KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\n\n\n\nNông Thị Bích Hạnh",
    )
    doc.save(path)


def h624_docx(h, path: Path) -> None:
    """Commune Party Committee: a notice of conclusions under topic headings, dashed points giving each
    duty inside a sentence (`Giao …`, a leader in parentheses, `Đề nghị …`), converted to .pdf."""
    doc = document()
    head_block(
        doc,
        "ĐẢNG BỘ TỈNH TÂN LĨNH\nĐẢNG ỦY XÃ YÊN THẠCH\n*\nSố: 87-TB/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM\n───────",
        right2="Yên Thạch, ngày 03 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##kết luận của Ban Thường vụ Đảng ủy xã tại hội nghị thường kỳ tháng 12/2026",
        "^^-----",
        "Ngày 01/12/2026, Ban Thường vụ Đảng ủy xã họp hội nghị thường kỳ tháng 12 dưới sự chủ trì của đồng "
        "chí Lò Văn Thắng, Bí thư Đảng ủy xã. Sau khi nghe Văn phòng Đảng ủy báo cáo tình hình thực hiện "
        "nhiệm vụ tháng 11, các cơ quan trình bày tờ trình và ý kiến thảo luận của các đồng chí dự họp, Ban "
        "Thường vụ Đảng ủy kết luận như sau:",
        "**1. Về dự thảo Báo cáo kết quả năm 2026, phương hướng nhiệm vụ năm 2027",
        "Ban Thường vụ cơ bản thống nhất với dự thảo. Giao Văn phòng Đảng ủy tiếp thu ý kiến, hoàn chỉnh dự "
        "thảo Báo cáo và dự thảo Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2027, gửi tài liệu đến các đồng "
        "chí Ủy viên Ban Chấp hành trước ngày 17/12/2026.",
        "**2. Về công tác xây dựng Đảng",
        "- Đồng ý chủ trương kết nạp 03 quần chúng ưu tú tại Chi bộ thôn Nà Pò và Chi bộ Trường THCS Yên "
        "Thạch. Giao Ban Xây dựng Đảng hoàn thiện hồ sơ, trình Ban Thường vụ ký quyết định kết nạp trước "
        "ngày "
        "15/12/2026.",
        "- Giao Ủy ban Kiểm tra Đảng ủy xã hướng dẫn các chi bộ tự kiểm tra việc thu, nộp, quản lý đảng phí "
        "năm 2026; tổng hợp kết quả, báo cáo Ban Thường vụ trong tháng 01/2027.",
        "- Các chi bộ tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026 xong "
        "trước ngày 25/12/2026; gửi kết quả về Đảng ủy (qua Ban Xây dựng Đảng) trước ngày 28/12/2026.",
        "- Trung tâm Chính trị xã mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới kết nạp năm 2026, "
        "hoàn thành trong Quý I/2027.",
        "**3. Về kinh tế - xã hội, quốc phòng - an ninh",
        "- Giao Ủy ban nhân dân xã (đồng chí Hà Văn Toàn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trực tiếp chỉ "
        "đạo) tập trung các giải pháp thu ngân sách, phấn đấu hoàn thành vượt dự toán được giao năm 2026 "
        "trước ngày 31/12/2026.",
        "- Ban Chỉ huy Quân sự xã chủ trì, phối hợp Công an xã và Trạm Y tế xã tổ chức khám sức khỏe "
        "nghĩa vụ "
        "quân sự năm 2027 cho công dân trong độ tuổi, hoàn thành trước ngày 20/12/2026.",
        "- Công an xã tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự, phòng, chống đốt pháo trái "
        "phép trên địa bàn; thực hiện thường xuyên, nhất là dịp Tết Nguyên đán.",
        "- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì vận động Quỹ \u201cVì người nghèo\u201d, tặng "
        "quà Tết cho hộ nghèo, gia đình chính sách, hoàn thành trước ngày 30/01/2027.",
        "**4. Về công tác chuẩn bị Tết Nguyên đán Đinh Mùi năm 2027",
        "Giao Văn phòng Đảng ủy phối hợp Văn phòng HĐND và UBND xã lập danh sách, chuẩn bị quà thăm hỏi các "
        "đồng chí lão thành cách mạng, đảng viên được tặng Huy hiệu 50 năm tuổi Đảng trở lên, hoàn thành "
        "trước ngày 25/01/2027; đồng chí Vi Thị Hạnh, Phó Bí thư Thường trực Đảng ủy trực tiếp chỉ đạo.",
        "**5. Về chế độ giao ban",
        "Duy trì giao ban giữa Thường trực Đảng ủy với bí thư các chi bộ vào ngày 05 hằng tháng; Văn phòng "
        "Đảng ủy chuẩn bị nội dung, tài liệu.",
        "Các đồng chí Ủy viên Ban Thường vụ theo lĩnh vực được phân công chỉ đạo, đôn đốc việc thực hiện.",
        "Các chi bộ, cơ quan, đơn vị liên quan báo cáo kết quả thực hiện các nội dung trên về Ban Thường vụ "
        "Đảng ủy (qua Văn phòng Đảng ủy) trước ngày 20/01/2027.",
        "Văn phòng Đảng ủy xã thông báo để các chi bộ, cơ quan, đơn vị biết, thực hiện.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c);\n- Các đồng chí Đảng ủy viên;\n- Các chi bộ trực thuộc;"
        "\n- Lưu Văn phòng Đảng ủy.",
        "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\n\n\nMa Thị Duyên",
    )
    doc.save(path)


def h625_docx(h, path: Path) -> None:
    """Military command's logistics-technical department: a weekly calendar of its chief and deputies,
    the day merged down, chair by rank and name, a preparing-unit column."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "BỘ CHỈ HUY QUÂN SỰ TỈNH TÂN LĨNH\nPHÒNG HẬU CẦN - KỸ THUẬT\n───────",
        NATIONAL,
        "",
        "Tân Lĩnh, ngày 05 tháng 12 năm 2026",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN", bold=True, center=True)
    para(doc, "của Chủ nhiệm, các Phó Chủ nhiệm Phòng Hậu cần - Kỹ thuật", bold=True, center=True)
    para(doc, "(Tuần 50: từ ngày 07/12/2026 đến ngày 13/12/2026)", italic=True, center=True)
    header = [
        "Thứ, ngày",
        "Thời gian",
        "Nội dung công việc",
        "Chỉ huy chủ trì",
        "Cơ quan chuẩn bị",
        "Địa điểm",
    ]
    hung = "Thượng tá Đặng Văn Hùng, Chủ nhiệm"
    son = "Trung tá Lường Văn Sơn, Phó Chủ nhiệm"
    nguyet = "Thiếu tá Phạm Thị Minh Nguyệt, Phó Chủ nhiệm"
    days = [
        (
            "Thứ Hai\n07/12/2026",
            [
                [
                    "07h00",
                    "Chào cờ; giao ban Phòng Hậu cần - Kỹ thuật tuần 50",
                    hung,
                    "Ban Kế hoạch - Tổng hợp",
                    "Phòng họp Phòng HC-KT",
                ],
                [
                    "14h00",
                    "Kiểm tra công tác bảo quản vũ khí, trang bị kỹ thuật mùa mưa ẩm tại Kho K25",
                    son,
                    "Ban Quân khí",
                    "Kho K25",
                ],
            ],
        ),
        (
            "Thứ Ba\n08/12/2026",
            [
                [
                    "08h00",
                    "Tập huấn công tác quân y, phòng, chống dịch bệnh mùa đông xuân cho nhân viên quân "
                    "y Ban CHQS các xã, phường",
                    nguyet,
                    "Ban Quân y",
                    "Hội trường Bộ CHQS tỉnh",
                ],
                [
                    "14h00",
                    "Làm việc với Công ty Xăng dầu Tân Lĩnh về hợp đồng cấp phát xăng dầu năm 2027",
                    hung,
                    "Ban Xăng dầu",
                    "Phòng khách Bộ CHQS tỉnh",
                ],
            ],
        ),
        (
            "Thứ Tư\n09/12/2026",
            [
                [
                    "07h30 - 11h00",
                    "Kiểm tra tăng gia sản xuất, bếp ăn tập thể tại Đại đội Bộ binh 1 (dự kiến)",
                    nguyet,
                    "Ban Quân nhu",
                    "Đại đội Bộ binh 1",
                ],
                [
                    "13h30",
                    "Thông qua dự thảo Kế hoạch bảo đảm hậu cần - kỹ thuật năm 2027",
                    hung,
                    "Ban Kế hoạch - Tổng hợp",
                    "Phòng họp Phòng HC-KT",
                ],
            ],
        ),
        (
            "Thứ Năm\n10/12/2026",
            [
                [
                    "08h00",
                    "Kiểm tra kỹ thuật xe ô tô, niêm cất xe máy đợt 2 năm 2026",
                    son,
                    "Ban Xe - Máy",
                    "Trạm Sửa chữa tổng hợp",
                ],
                [
                    "14h00",
                    "Dự giao ban trực tuyến ngành Hậu cần - Kỹ thuật Quân khu tháng 12",
                    hung,
                    "Ban Kế hoạch - Tổng hợp",
                    "Điểm cầu Bộ CHQS tỉnh",
                ],
                ["", "Trực chỉ huy: Trung tá Lường Văn Sơn", "", "", ""],
            ],
        ),
        (
            "Thứ Sáu\n11/12/2026",
            [
                [
                    "08h00",
                    "Nghiệm thu công trình sửa chữa nhà ở chiến sĩ Đại đội Trinh sát",
                    son,
                    "Ban Doanh trại",
                    "Đại đội Trinh sát",
                ],
                [
                    "15h30",
                    "Hội ý chỉ huy Phòng, đánh giá kết quả công tác tuần 50",
                    hung,
                    "Ban Kế hoạch - Tổng hợp",
                    "Phòng họp Phòng HC-KT",
                ],
            ],
        ),
        (
            "Thứ Bảy\n12/12/2026",
            [
                [
                    "07h30",
                    "Kiểm tra chế độ trực sẵn sàng chiến đấu, canh gác kho",
                    nguyet,
                    "Kho K25",
                    "Kho K25",
                ],
            ],
        ),
        ("Chủ nhật\n13/12/2026", [["", "Nghỉ", "", "", ""]]),
    ]
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, header, strict=True):
        cell_text(c, text, bold=True, center=True)
    h.repeat_header_row(t.rows[0])
    for label, rows in days:
        first = len(t.rows)
        for row in rows:
            cells = t.add_row().cells
            for c, text in zip(cells[1:], row, strict=True):
                cell_text(c, text)
        last = len(t.rows) - 1
        day = t.cell(first, 0).merge(t.cell(last, 0)) if last > first else t.cell(first, 0)
        cell_text(day, label, bold=True, center=True)
    h.set_widths(t, [1.1, 1.0, 3.5, 1.9, 1.5, 1.6])
    para(doc, "")
    para(doc, "Ghi chú: Lịch có thể thay đổi; Ban Kế hoạch - Tổng hợp sẽ thông báo bổ sung.", italic=True)
    sign_table(
        doc,
        "Nơi nhận:\n- Chỉ huy Bộ CHQS tỉnh (b/c);\n- Các ban, kho, trạm thuộc Phòng;\n- Lưu: KH-TH.",
        "CHỦ NHIỆM\n\n\n\nThượng tá Đặng Văn Hùng",
    )
    doc.save(path)


def h626_docx(h, path: Path) -> None:
    """High school: a plan whose tasks are titled points, each with labelled lines under it (time,
    person in charge, result), and a closing section with a report and a request (converted to .doc)."""
    doc = document()
    head_block(
        doc,
        "SỞ GD&ĐT TỈNH TÂN LĨNH\nTRƯỜNG THPT ĐỒNG MAI\n───────\nSố: 146/KH-THPTĐM",
        right2="Đồng Mai, ngày 04 tháng 12 năm 2026",
    )
    tasks = [
        (
            "Xây dựng kế hoạch ôn tập chi tiết của từng môn thi tốt nghiệp",
            "hoàn thành trước ngày 18/12/2026.",
            "Các tổ chuyên môn.",
            "Kế hoạch ôn tập từng môn, phân công giáo viên dạy ôn.",
        ),
        (
            "Rà soát, phân loại học lực học sinh khối 12 theo kết quả khảo sát đầu năm",
            "từ ngày 14/12/2026 đến ngày 26/12/2026.",
            "Phó Hiệu trưởng phụ trách chuyên môn (thầy Đinh Công Khải).",
            "Danh sách học sinh theo nhóm năng lực; danh sách học sinh cần phụ đạo.",
        ),
        (
            "Tổ chức dạy ôn tập buổi chiều cho học sinh khối 12 (04 buổi/tuần)",
            "từ ngày 04/01/2027 đến ngày 28/5/2027.",
            "Giáo viên dạy các môn thi tốt nghiệp THPT.",
            "Đủ số tiết theo kế hoạch; sổ theo dõi ôn tập được cập nhật.",
        ),
        (
            "Tổ chức thi thử tốt nghiệp THPT lần thứ nhất",
            "ngày 09 - 10/3/2027.",
            "Ban Khảo thí nhà trường.",
            "Đề thi, đáp án; bảng điểm, phổ điểm từng môn.",
        ),
        (
            "Tổ chức thi thử tốt nghiệp THPT lần thứ hai",
            "ngày 11 - 12/5/2027.",
            "Ban Khảo thí nhà trường.",
            "Bảng điểm; so sánh kết quả với lần thứ nhất.",
        ),
        (
            "Hướng dẫn học sinh đăng ký dự thi trực tuyến và đăng ký xét công nhận tốt nghiệp",
            "theo hướng dẫn của Sở Giáo dục và Đào tạo.",
            "Tổ Văn phòng.",
            "100% học sinh khối 12 đăng ký đúng, đủ thông tin.",
        ),
        (
            "Tư vấn hướng nghiệp, chọn tổ hợp môn xét tuyển đại học, cao đẳng cho học sinh",
            "tháng 02/2027.",
            "Đoàn trường.",
            "01 buổi tư vấn tập trung; phiếu khảo sát nguyện vọng.",
        ),
        (
            "Họp cha mẹ học sinh khối 12 thông báo kết quả thi thử lần thứ nhất",
            "Chủ nhật, ngày 21/3/2027.",
            "Hiệu trưởng.",
            "Biên bản họp của từng lớp.",
        ),
        (
            "Kiểm tra, dự giờ các lớp ôn tập",
            "hằng tháng.",
            "Phó Hiệu trưởng phụ trách chuyên môn.",
            "Mỗi giáo viên được dự ít nhất 01 tiết/tháng.",
        ),
        (
            "Lập dự toán, bố trí kinh phí chi trả tiền dạy ôn tập cho giáo viên",
            "trước ngày 31/12/2026.",
            "Kế toán.",
            "Dự toán trình Hiệu trưởng phê duyệt.",
        ),
        (
            "Theo dõi chuyên cần của học sinh trong các buổi ôn tập, thông tin kịp thời cho cha mẹ học sinh",
            "thường xuyên.",
            "Giáo viên chủ nhiệm các lớp 12.",
            "",
        ),
    ]
    lines = [
        "##KẾ HOẠCH",
        "##Ôn tập, thi thử và đăng ký dự thi tốt nghiệp THPT năm 2027",
        "Căn cứ Kế hoạch số 2310/KH-SGDĐT ngày 25/11/2026 của Sở GD&ĐT tỉnh Tân Lĩnh về tổ chức Kỳ thi tốt "
        "nghiệp THPT năm 2027; căn cứ kết quả khảo sát chất lượng đầu năm học 2026 - 2027, Trường THPT Đồng "
        "Mai xây dựng Kế hoạch ôn tập, thi thử và đăng ký dự thi tốt nghiệp THPT năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Củng cố kiến thức, kỹ năng làm bài cho học sinh khối 12; phấn đấu tỷ lệ tốt nghiệp đạt 99,5%, "
        "điểm "
        "trung bình các môn thi cao hơn năm 2026.",
        "- Việc ôn tập được tổ chức nghiêm túc, phù hợp với từng nhóm đối tượng học sinh; không gây áp lực, "
        "quá tải.",
        "**II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN",
    ]
    for number, (title, time, doer, result) in enumerate(tasks, start=1):
        lines.append(f"**{number}. {title}")
        lines.append(f"- Thời gian: {time}")
        lines.append(f"- Người thực hiện: {doer}")
        if result:
            lines.append(f"- Kết quả cần đạt: {result}")
    lines += [
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Các tổ chuyên môn, giáo viên chủ nhiệm lớp 12 báo cáo tiến độ ôn tập về Phó Hiệu trưởng phụ "
        "trách "
        "chuyên môn vào thứ Sáu cuối mỗi tháng.",
        "2. Đề nghị Ban đại diện cha mẹ học sinh nhà trường phối hợp động viên học sinh tham gia đầy đủ các "
        "buổi ôn tập.",
        "Trên đây là Kế hoạch ôn tập, thi thử và đăng ký dự thi tốt nghiệp THPT năm 2027 của Trường THPT "
        "Đồng "
        "Mai. Yêu cầu cán bộ, giáo viên, nhân viên nghiêm túc thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở GD&ĐT (b/c);\n- BGH;\n- Các tổ CM, GVCN lớp 12;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nTrần Văn Lâm",
    )
    doc.save(path)


def h627_xlsx(h, path: Path) -> None:
    """Department of Ethnic Minorities and Religion: a yearly programme on a sheet under a two-row header
    (`Phân công thực hiện` over `Chủ trì` / `Phối hợp`), roman section rows, one lead merged down over a
    section, a leader column, notes under the table."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "CTCT 2027"
    ws["A1"] = "UBND TỈNH TÂN LĨNH"
    ws["A2"] = "SỞ DÂN TỘC VÀ TÔN GIÁO"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:C2")
    ws.merge_cells("E1:G1")
    ws.merge_cells("E2:G2")
    ws["A4"] = "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027"
    ws["A5"] = (
        "(Ban hành kèm theo Quyết định số 412/QĐ-SDTTG ngày 08/12/2026 của Giám đốc Sở Dân tộc và Tôn giáo)"
    )
    ws.merge_cells("A4:G4")
    ws.merge_cells("A5:G5")
    for ref in ("A1", "A2", "E1", "E2", "A4"):
        ws[ref].font = Font(bold=True)
        ws[ref].alignment = Alignment(horizontal="center")
    ws["A5"].font = Font(italic=True)
    ws["A5"].alignment = Alignment(horizontal="center")
    ws.append([])
    ws.append(
        [
            "STT",
            "Nội dung công việc",
            "Phân công thực hiện",
            "",
            "Thời gian hoàn thành",
            "Lãnh đạo Sở phụ trách",
            "Ghi chú",
        ]
    )
    ws.append(["", "", "Chủ trì", "Phối hợp", "", "", ""])
    for col in ("A", "B", "E", "F", "G"):
        ws.merge_cells(f"{col}7:{col}8")
    ws.merge_cells("C7:D7")
    bold_header(ws, 7)
    bold_header(ws, 8)
    dung, thao = "PGĐ Hoàng Văn Dũng", "PGĐ Lý Thị Thảo"
    rows = [
        ["I", "CÔNG TÁC DÂN TỘC"],
        [
            "1",
            "Tham mưu UBND tỉnh ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia phát triển "
            "kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2027",
            "Phòng Kế hoạch - Tài chính",
            "Các sở, ngành liên quan",
            "Tháng 01/2027",
            dung,
            "",
        ],
        [
            "2",
            "Tổ chức thăm hỏi, tặng quà người có uy tín trong đồng bào dân tộc thiểu số dịp Tết Nguyên đán "
            "Đinh Mùi",
            "Văn phòng Sở",
            "Phòng Chính sách dân tộc",
            "Tháng 01 - 02/2027",
            dung,
            "",
        ],
        [
            "3",
            "Rà soát, đề nghị công nhận người có uy tín trong đồng bào dân tộc thiểu số giai đoạn 2027 - "
            "2031",
            "Phòng Chính sách dân tộc",
            "UBND các xã, phường",
            "Quý II/2027",
            dung,
            "",
        ],
        [
            "4",
            "Tổ chức Hội nghị biểu dương người có uy tín, điển hình tiên tiến trong đồng bào dân tộc thiểu "
            "số tỉnh lần thứ V",
            "Phòng Chính sách dân tộc",
            "Văn phòng Sở",
            "Quý III/2027",
            dung,
            "Trình UBND tỉnh phê duyệt đề án",
        ],
        [
            "5",
            "Theo dõi, nắm tình hình đời sống, an ninh trật tự vùng đồng bào dân tộc thiểu số, báo cáo UBND "
            "tỉnh",
            "Phòng Chính sách dân tộc",
            "Công an tỉnh",
            "Hằng tháng",
            dung,
            "",
        ],
        ["II", "CÔNG TÁC TÔN GIÁO"],
        [
            "6",
            "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính trong lĩnh vực tín ngưỡng, tôn giáo",
            "Phòng Quản lý tôn giáo",
            "",
            "Thường xuyên",
            thao,
            "Qua Trung tâm Phục vụ hành chính công",
        ],
        [
            "7",
            "Thăm, chúc mừng các tổ chức tôn giáo nhân dịp Lễ Phật đản, Lễ Giáng sinh và các ngày lễ lớn "
            "của các tôn giáo",
            "",
            "Văn phòng Sở",
            "Theo lịch lễ của các tôn giáo",
            thao,
            "",
        ],
        [
            "8",
            "Tập huấn nghiệp vụ công tác tín ngưỡng, tôn giáo cho công chức cấp xã",
            "",
            "Trường Chính trị tỉnh",
            "Tháng 8/2027",
            thao,
            "",
        ],
        ["III", "CÔNG TÁC THANH TRA, PHÁP CHẾ"],
        [
            "9",
            "Thanh tra việc thực hiện chính sách hỗ trợ đất ở, nhà ở, nước sinh hoạt cho hộ đồng bào dân tộc "
            "thiểu số nghèo tại xã Yên Thạch, xã Nà Khoang",
            "Thanh tra Sở",
            "Phòng Kế hoạch - Tài chính",
            "Quý III/2027",
            thao,
            "",
        ],
        [
            "10",
            "Tiếp công dân định kỳ vào ngày 15 hằng tháng",
            "Thanh tra Sở",
            "Văn phòng Sở",
            "Hằng tháng",
            "Giám đốc Sở",
            "",
        ],
        ["IV", "CÔNG TÁC VĂN PHÒNG, TỔNG HỢP"],
        [
            "11",
            "Xây dựng Báo cáo tổng kết công tác dân tộc, tôn giáo năm 2027, phương hướng nhiệm vụ năm 2028",
            "Văn phòng Sở",
            "Các phòng thuộc Sở",
            "Trước 15/12",
            "Giám đốc Sở",
            "",
        ],
        [
            "12",
            "Triển khai các nhiệm vụ cải cách hành chính, chuyển đổi số của Sở năm 2027",
            "Văn phòng Sở",
            "Các phòng thuộc Sở",
            "",
            "Giám đốc Sở",
            "",
        ],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
    # the religion section's lead printed once over its three rows
    ws.merge_cells("C16:C18")
    wrap(ws, 9, "top")
    column_widths(ws, [6, 50, 20, 20, 15, 16, 18])
    ws.append([])
    ws.append(["", "Ghi chú:"])
    ws.append(
        ["", "- Chương trình được điều chỉnh, bổ sung khi có chỉ đạo của Bộ Dân tộc và Tôn giáo, UBND tỉnh."]
    )
    ws.append(
        [
            "",
            "- Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện Chương trình về Văn phòng Sở trước ngày "
            "20 của tháng cuối quý để tổng hợp, báo cáo Giám đốc Sở.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "GIÁM ĐỐC"])
    ws.append([])
    ws.append([])
    ws.append(["", "", "", "", "Sầm Văn Quyết"])
    wb.save(path)


def h628_xlsx(h, path: Path) -> None:
    """Land registration office: an indicator sheet, group rows (letters), a parent indicator with
    lettered sub-indicators, last year's figure and this year's target side by side, a unit and a
    deadline column mostly blank, numbered notes under the table."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    lines = [
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH TÂN LĨNH",
        "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI",
        "",
        "BẢNG GIAO CHỈ TIÊU NHIỆM VỤ CHUYÊN MÔN NĂM 2027",
        "(Kèm theo Quyết định số 96/QĐ-VPĐKĐĐ ngày 07/12/2026 của Giám đốc Văn phòng Đăng ký đất đai)",
    ]
    for i, line in enumerate(lines, start=1):
        ws.cell(i, 1).value = line or None
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:C2")
    ws.merge_cells("A4:G4")
    ws.merge_cells("A5:G5")
    for ref in ("A1", "A2", "A4"):
        ws[ref].font = Font(bold=True)
        ws[ref].alignment = Alignment(horizontal="center")
    ws["A5"].font = Font(italic=True)
    ws["A5"].alignment = Alignment(horizontal="center")
    ws.append([])
    ws.append(
        [
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Ước thực hiện năm 2026",
            "Chỉ tiêu năm 2027",
            "Đơn vị thực hiện",
            "Thời hạn",
        ]
    )
    bold_header(ws, 7)
    rows = [
        ["A", "ĐĂNG KÝ, CẤP GIẤY CHỨNG NHẬN"],
        [
            "1",
            "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "a",
            "Hộ gia đình, cá nhân sử dụng đất ở, đất nông nghiệp",
            "Giấy",
            "1.850",
            "2.200",
            "Các Chi nhánh",
            "",
        ],
        [
            "b",
            "Tổ chức sử dụng đất (kể cả cơ sở tôn giáo, tín ngưỡng)",
            "Giấy",
            "64",
            "80",
            "Phòng Đăng ký và Cấp giấy chứng nhận",
            "",
        ],
        [
            "2",
            "Đăng ký biến động đất đai (chuyển nhượng, thừa kế, tặng cho, thế chấp)",
            "Hồ sơ",
            "13.920",
            "14.500",
            "Các Chi nhánh",
            "",
        ],
        [
            "3",
            "Tỷ lệ hồ sơ đăng ký, cấp giấy chứng nhận giải quyết đúng hạn",
            "%",
            "96,4",
            "≥ 98",
            "Phòng Đăng ký và Cấp giấy chứng nhận",
            "",
        ],
        [
            "4",
            "Cấp đổi Giấy chứng nhận theo bản đồ địa chính mới tại xã Yên Thạch",
            "Giấy",
            "",
            "1.300",
            "Chi nhánh Văn phòng Đăng ký đất đai huyện Đồng Mai",
            "Quý IV/2027",
        ],
        ["B", "ĐO ĐẠC, CƠ SỞ DỮ LIỆU ĐẤT ĐAI"],
        [
            "5",
            "Số hóa hồ sơ địa chính lưu trữ",
            "Trang A4",
            "96.000",
            "120.000",
            "Phòng Thông tin, Lưu trữ và Cơ sở dữ liệu",
            "Quý III/2027",
        ],
        [
            "6",
            "Hoàn thành xây dựng cơ sở dữ liệu đất đai huyện Đồng Mai, đưa vào vận hành",
            "Huyện",
            "",
            "01",
            "Phòng Thông tin, Lưu trữ và Cơ sở dữ liệu",
            "30/6/2027",
        ],
        [
            "7",
            "Đo đạc chỉnh lý bản đồ địa chính phục vụ đăng ký biến động",
            "Ha",
            "610",
            "850",
            "Phòng Kỹ thuật địa chính",
            "",
        ],
        [
            "8",
            "Cập nhật, chỉnh lý biến động vào cơ sở dữ liệu đất đai",
            "%",
            "100",
            "100",
            "Các Chi nhánh",
            "Thường xuyên",
        ],
        ["C", "CUNG CẤP THÔNG TIN, THU NGÂN SÁCH"],
        [
            "9",
            "Cung cấp thông tin, dữ liệu đất đai cho tổ chức, cá nhân",
            "Lượt",
            "4.380",
            "≥ 5.000",
            "Phòng Thông tin, Lưu trữ và Cơ sở dữ liệu",
            "",
        ],
        [
            "10",
            "Thu phí, lệ phí và giá dịch vụ sự nghiệp công",
            "Triệu đồng",
            "8.740",
            "9.500",
            "Phòng Hành chính - Tổng hợp",
            "",
        ],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
    wrap(ws, 8, "center")
    column_widths(ws, [6, 52, 11, 13, 13, 30, 13])
    ws.append([])
    ws.append(["", "Ghi chú:"])
    ws.append(
        [
            "",
            "1. \u201cCác Chi nhánh\u201d: các Chi nhánh Văn phòng Đăng ký đất đai cấp huyện; chỉ tiêu từng "
            "Chi nhánh giao tại Phụ lục 02.",
        ]
    )
    ws.append(
        [
            "",
            "2. Các Chi nhánh, các phòng chuyên môn báo cáo kết quả thực hiện chỉ tiêu về Phòng Hành chính - "
            "Tổng hợp trước ngày 05 hằng tháng.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "", "GIÁM ĐỐC"])
    ws.append([])
    ws.append([])
    ws.append(["", "", "", "", "", "Khổng Minh Tuấn"])
    wb.save(path)


def h629_docx(h, path: Path) -> None:
    """Journalists' Association: a plan in prose whose organising section names a standing office, a
    report and a request, and whose tasks stand in an appendix table after the signature (section
    rows, one lead merged over two rows)."""
    doc = document()
    head_block(
        doc,
        "HỘI NHÀ BÁO VIỆT NAM\nHỘI NHÀ BÁO TỈNH TÂN LĨNH\n───────\nSố: 58/KH-HNB",
        right2="Tân Lĩnh, ngày 07 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức Giải Báo chí tỉnh Tân Lĩnh lần thứ XII và các hoạt động kỷ niệm 102 năm Ngày Báo chí cách "
        "mạng Việt Nam (21/6/1925 - 21/6/2027)",
        "Thực hiện Chương trình công tác năm 2027 của Ban Chấp hành Hội Nhà báo tỉnh, Ban Thường vụ Hội Nhà "
        "báo tỉnh Tân Lĩnh ban hành Kế hoạch tổ chức Giải Báo chí tỉnh lần thứ XII (sau đây gọi là Giải) và "
        "các hoạt động kỷ niệm 102 năm Ngày Báo chí cách mạng Việt Nam như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Tôn vinh những tác phẩm báo chí có chất lượng cao về nội dung và hình thức, phản ánh sinh động "
        "đời sống kinh tế - xã hội của tỉnh; động viên hội viên, người làm báo tích cực sáng tạo.",
        "2. Tổ chức Giải bảo đảm công khai, khách quan, đúng Thể lệ; các hoạt động kỷ niệm thiết thực, tiết "
        "kiệm.",
        "**II. NỘI DUNG",
        "1. Đối tượng tham dự: hội viên Hội Nhà báo tỉnh; phóng viên, biên tập viên các cơ quan báo chí, "
        "cộng tác viên có tác phẩm viết về Tân Lĩnh đăng, phát từ ngày 01/4/2026 đến ngày 31/3/2027.",
        "2. Thể loại: báo in; báo điện tử; phát thanh; truyền hình; ảnh báo chí.",
        "3. Cơ cấu giải: mỗi thể loại 01 giải A, 02 giải B, 03 giải C và một số giải khuyến khích; giải đặc "
        "biệt (nếu có) do Ban Tổ chức quyết định.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Hội là cơ quan thường trực, tham mưu Ban Thường vụ theo dõi, đôn đốc việc thực hiện Kế "
        "hoạch.",
        "2. Các chi hội nhà báo trực thuộc phổ biến Kế hoạch đến hội viên; gửi danh sách tác phẩm dự Giải "
        "của "
        "hội viên về Văn phòng Hội trước ngày 15/4/2027.",
        "3. Đề nghị Sở Văn hóa, Thể thao và Du lịch hỗ trợ kinh phí giải thưởng theo Đề án phát triển báo "
        "chí của tỉnh; thông báo kết quả cho Hội trước ngày 31/3/2027.",
        "4. Kinh phí tổ chức Giải từ nguồn ngân sách tỉnh cấp cho Hội năm 2027 và nguồn vận động tài trợ "
        "hợp pháp.",
        "(Có Phụ lục phân công nhiệm vụ và tiến độ kèm theo)",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Hội Nhà báo Việt Nam (b/c);\n- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);\n- Sở VHTTDL;"
        "\n- Các cơ quan báo chí địa phương;\n- Các chi hội trực thuộc;\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nNhà báo Quách Thị Lệ Thu",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "PHÂN CÔNG NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 58/KH-HNB ngày 07/12/2026 của Ban Thường vụ Hội Nhà báo tỉnh)",
        italic=True,
        center=True,
    )
    rows = [
        ("§", "A", "GIẢI BÁO CHÍ TỈNH LẦN THỨ XII"),
        [
            "1",
            "Ban hành Thể lệ Giải, đăng tải trên các cơ quan báo chí của tỉnh",
            "Ban Nghiệp vụ",
            "Trước 20/12/2026",
            "",
        ],
        [
            "2",
            "Thông báo, tuyên truyền về Giải trên Báo Tân Lĩnh, Đài Phát thanh - Truyền hình tỉnh",
            "",
            "Tháng 12/2026 - tháng 01/2027",
            "",
        ],
        [
            "3",
            "Tiếp nhận tác phẩm dự Giải",
            "Văn phòng Hội",
            "Từ 02/01/2027 đến 17h00 ngày 15/4/2027",
            "Theo dấu bưu điện",
        ],
        ["4", "Thành lập Hội đồng Sơ khảo, Hội đồng Chung khảo", "Ban Nghiệp vụ", "Tháng 4/2027", ""],
        [
            "5",
            "Chấm sơ khảo, chung khảo; trình Ban Thường vụ quyết định giải",
            "Hội đồng Giám khảo",
            "20/4 - 25/5/2027",
            "",
        ],
        [
            "6",
            "Tổ chức Lễ trao Giải, gặp mặt kỷ niệm 102 năm Ngày Báo chí cách mạng Việt Nam",
            "Văn phòng Hội",
            "19/6/2027 (dự kiến)",
            "Hội trường Tỉnh ủy",
        ],
        [
            "7",
            "Tuyển chọn tác phẩm đoạt giải gửi dự Giải Báo chí quốc gia",
            "Ban Nghiệp vụ",
            "Theo Thể lệ của Hội Nhà báo Việt Nam",
            "",
        ],
        ["8", "Tổng kết, rút kinh nghiệm công tác tổ chức Giải", "Văn phòng Hội", "Tháng 7/2027", ""],
        ("§", "B", "CÁC HOẠT ĐỘNG KHÁC"),
        [
            "9",
            "Tổ chức đoàn nhà báo đi thực tế sáng tác tại các xã biên giới",
            "Ban Công tác hội viên",
            "Tháng 3/2027",
            "Kết hợp thăm đồn Biên phòng",
        ],
        [
            "10",
            "Kiểm tra việc thực hiện Quy định về đạo đức nghề nghiệp người làm báo tại các chi hội",
            "Ban Kiểm tra",
            "Quý III/2027",
            "",
        ],
    ]
    t = grid(
        doc,
        ["TT", "Nội dung công việc", "Bộ phận chủ trì", "Thời gian", "Ghi chú"],
        rows,
        widths=[1.0, 7.5, 3.2, 3.3, 2.5],
    )
    # rows 1 and 2 (table rows 2 and 3) share one lead cell
    h.merge_down(t, 2, 2, 3, "Ban Nghiệp vụ")
    doc.save(path)


def h630_docx(h, path: Path) -> None:
    """Cooperative Alliance: a decision whose second article assigns the standing duty, with the plan
    attached after the signature; each task closes with its doer and time in parentheses."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH TÂN LĨNH\nLIÊN MINH HỢP TÁC XÃ\n───────\nSố: 214/QĐ-LMHTX",
        right2="Tân Lĩnh, ngày 09 tháng 12 năm 2026",
    )
    lines = [
        "##QUYẾT ĐỊNH",
        "##Ban hành Kế hoạch hỗ trợ phát triển kinh tế tập thể, hợp tác xã năm 2027",
        "##CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH TÂN LĨNH",
        "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;",
        "Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam và Quy chế tổ chức, hoạt động của Liên minh Hợp tác xã "
        "tỉnh Tân Lĩnh;",
        "Căn cứ Nghị quyết Hội nghị Ban Chấp hành Liên minh Hợp tác xã tỉnh lần thứ 8, khóa VII;",
        "Theo đề nghị của Chánh Văn phòng Liên minh Hợp tác xã tỉnh.",
        "##QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ phát triển kinh tế tập thể, hợp tác xã năm "
        "2027 của Liên minh Hợp tác xã tỉnh Tân Lĩnh.",
        "Điều 2. Giao Văn phòng Liên minh Hợp tác xã tỉnh theo dõi, đôn đốc các ban, đơn vị triển khai Kế "
        "hoạch; tổng hợp kết quả, báo cáo Thường trực Liên minh trước ngày 15/12/2027.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các ban, Giám đốc "
        "Trung tâm "
        "Tư vấn và Hỗ trợ hợp tác xã, Giám đốc Quỹ Hỗ trợ phát triển hợp tác xã tỉnh và các đơn vị liên quan "
        "chịu trách nhiệm thi hành Quyết định này./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như Điều 3;\n- Liên minh HTX Việt Nam (b/c);\n- UBND tỉnh (b/c);\n- Lưu: VT, VP.",
        "CHỦ TỊCH\n\n\n\nBế Văn Khánh",
    )
    doc.add_page_break()
    plan = [
        "##KẾ HOẠCH",
        "##Hỗ trợ phát triển kinh tế tập thể, hợp tác xã năm 2027",
        "__(Ban hành kèm theo Quyết định số 214/QĐ-LMHTX ngày 09/12/2026 của Chủ tịch Liên minh Hợp tác xã "
        "tỉnh)",
        "**I. MỤC TIÊU",
        "Củng cố, nâng cao hiệu quả hoạt động của các hợp tác xã, tổ hợp tác; phát triển hợp tác xã gắn với "
        "chuỗi giá trị sản phẩm chủ lực, sản phẩm OCOP của tỉnh.",
        "**II. NHIỆM VỤ VÀ PHÂN CÔNG",
        "1. Tuyên truyền Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn thi hành trên Báo Tân Lĩnh, Đài "
        "Phát thanh - Truyền hình tỉnh, trang thông tin điện tử của Liên minh (Chủ trì: Ban Tuyên truyền - "
        "Thi đua; thời gian: thường xuyên).",
        "2. Tư vấn, hỗ trợ thành lập mới 25 hợp tác xã, 60 tổ hợp tác, ưu tiên lĩnh vực nông nghiệp công "
        "nghệ "
        "cao và du lịch cộng đồng (Chủ trì: Trung tâm Tư vấn và Hỗ trợ hợp tác xã; thời gian: đến ngày "
        "30/11/2027).",
        "3. Mở 06 lớp bồi dưỡng quản trị, kế toán cho cán bộ quản lý hợp tác xã (Chủ trì: Ban Hỗ trợ phát "
        "triển; thời gian: Quý II và Quý III/2027).",
        "4. Thẩm định, cho vay vốn từ Quỹ Hỗ trợ phát triển hợp tác xã tỉnh, bảo đảm dư nợ đến cuối năm "
        "đạt 45 "
        "tỷ đồng (Chủ trì: Quỹ Hỗ trợ phát triển hợp tác xã tỉnh; thời gian: xét duyệt hằng quý).",
        "5. Hỗ trợ hợp tác xã hoàn thiện sản phẩm OCOP, tham gia Hội chợ hợp tác xã vùng Trung du và miền "
        "núi "
        "phía Bắc (Chủ trì: Ban Hỗ trợ phát triển; thời gian: tháng 10/2027).",
        "6. Rà soát, hướng dẫn giải thể hợp tác xã ngừng hoạt động từ 12 tháng trở lên (Chủ trì: Ban Tổ chức "
        "- Kiểm tra; phối hợp: Sở Tài chính; thời gian: trước ngày 30/6/2027).",
        "7. Kiểm tra việc chấp hành Điều lệ, tình hình hoạt động của 20 hợp tác xã thành viên (Chủ trì: "
        "Ban Tổ "
        "chức - Kiểm tra; thời gian: Quý III/2027).",
        "8. Tổ chức Hội nghị tổng kết, khen thưởng phong trào kinh tế tập thể năm 2027 (Chủ trì: Văn phòng "
        "Liên minh; thời gian: tháng 12/2027).",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Các ban, đơn vị thuộc Liên minh căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, chủ động "
        "triển khai thực hiện.",
        "2. Các ban, đơn vị báo cáo kết quả thực hiện định kỳ hằng quý (trước ngày 15 của tháng cuối quý) về "
        "Văn phòng Liên minh để tổng hợp.",
    ]
    marked_paragraphs(doc, plan, MARKS)
    doc.save(path)


def h631_html(h, path: Path) -> None:
    """District civil judgment enforcement sub-department: a quarter's programme published as a web
    page, month section rows spanning the table, a `Người thực hiện` column of posts and persons only,
    a leader column, a closing paragraph under the table."""
    rows = [
        ("THÁNG 01/2027",),
        (
            "1",
            "Rà soát, phân loại việc có điều kiện và chưa có điều kiện thi hành, cập nhật vào Phần mềm quản "
            "lý thi hành án dân sự",
            "Các Chấp hành viên",
            "Chi cục trưởng",
            "15/01/2027",
        ),
        (
            "2",
            "Tổ chức cưỡng chế kê biên quyền sử dụng đất theo Quyết định thi hành án số 245/QĐ-CCTHADS",
            "Chấp hành viên Lê Văn Tâm",
            "Chi cục trưởng",
            "21/01/2027 (dự kiến)",
        ),
        ("THÁNG 02/2027",),
        (
            "3",
            "Chi trả tiền thi hành án cho người được thi hành án trước Tết Nguyên đán",
            "Kế toán",
            "Phó Chi cục trưởng",
            "Trước 04/02/2027",
        ),
        (
            "4",
            "Tiêu hủy vật chứng, tài sản tạm giữ theo bản án, quyết định đã có hiệu lực pháp luật",
            "Thủ kho",
            "Phó Chi cục trưởng",
            "26/02/2027",
        ),
        ("THÁNG 3/2027",),
        (
            "5",
            "Lập hồ sơ đề nghị Tòa án xét miễn, giảm nghĩa vụ thi hành án đối với khoản thu nộp ngân sách "
            "nhà nước",
            "Chấp hành viên Vi Văn Hòa",
            "Phó Chi cục trưởng",
            "20/3/2027",
        ),
        (
            "6",
            "Phối hợp Viện kiểm sát nhân dân huyện kiểm sát hoạt động thi hành án dân sự quý I",
            "Phó Chi cục trưởng Trần Thị Bích",
            "",
            "Tháng 3/2027",
        ),
        (
            "7",
            "Xây dựng báo cáo sơ kết 06 tháng công tác thi hành án dân sự năm 2027",
            "Thư ký tổng hợp",
            "Chi cục trưởng",
            "25/3/2027",
        ),
        ("NHIỆM VỤ THƯỜNG XUYÊN",),
        (
            "8",
            "Tiếp công dân, giải quyết khiếu nại, tố cáo về thi hành án dân sự (tiếp định kỳ thứ Năm tuần "
            "thứ hai hằng tháng)",
            "Chi cục trưởng",
            "",
            "Hằng tháng",
        ),
        (
            "9",
            "Lập báo cáo thống kê thi hành án dân sự gửi Cục Thi hành án dân sự tỉnh (trước ngày 05 của "
            "tháng sau)",
            "Thư ký tổng hợp",
            "Phó Chi cục trưởng",
            "Hằng tháng",
        ),
        (
            "10",
            "Xác minh điều kiện thi hành án đối với các việc chưa có điều kiện thi hành",
            "Các Chấp hành viên",
            "Chi cục trưởng",
            "Thường xuyên",
        ),
        (
            "11",
            "Phối hợp với UBND các xã tống đạt quyết định, giấy báo, giấy triệu tập cho đương sự",
            "Văn thư",
            "",
            "Thường xuyên",
        ),
    ]
    body = []
    for row in rows:
        if len(row) == 1:
            body.append(f'    <tr><td colspan="5"><b>{row[0]}</b></td></tr>')
        else:
            cells = "".join(f"<td>{value}</td>" for value in row)
            body.append(f"    <tr>{cells}</tr>")
    table_rows = "\n".join(body)
    text = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Chương trình công tác quý I/2027 - Chi cục THADS huyện Đồng Mai</title>
</head>
<body>
<p><b>CỤC THI HÀNH ÁN DÂN SỰ TỈNH TÂN LĨNH<br>CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN ĐỒNG MAI</b></p>
<p>Số: 39/CTr-CCTHADS</p>
<p style="text-align:right"><i>Đồng Mai, ngày 08 tháng 12 năm 2026</i></p>
<h2 style="text-align:center">CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027</h2>
<p>Căn cứ Chỉ thị số 06/CT-CTHADS ngày 20/10/2026 của Cục trưởng Cục Thi hành án dân sự tỉnh về nhiệm vụ
trọng tâm công tác thi hành án dân sự năm 2027; căn cứ số việc, số tiền phải thi hành chuyển sang, Chi cục
Thi hành án dân sự huyện Đồng Mai xây dựng Chương trình công tác quý I năm 2027 như sau:</p>
<table border="1" cellspacing="0" cellpadding="4">
  <thead>
    <tr><th>TT</th><th>Nội dung công việc</th><th>Người thực hiện</th>
    <th>Lãnh đạo chỉ đạo</th><th>Thời hạn</th></tr>
  </thead>
  <tbody>
{table_rows}
  </tbody>
</table>
<p>Các Chấp hành viên, công chức báo cáo kết quả thực hiện nhiệm vụ được giao tại cuộc họp giao ban cơ
quan vào sáng thứ Hai tuần đầu hằng tháng.</p>
<p>Trong quá trình thực hiện, nếu có phát sinh, Chi cục trưởng sẽ điều chỉnh, bổ sung Chương trình cho phù
hợp./.</p>
<p><b>Nơi nhận:</b><br>- Cục THADS tỉnh (b/c);<br>- VKSND huyện;
<br>- Lãnh đạo, công chức Chi cục;<br>- Lưu: VT.</p>
<p style="text-align:right"><b>CHI CỤC TRƯỞNG</b><br><br><br>Nguyễn Đình Chiến</p>
</body>
</html>
"""
    path.write_text(text, encoding="utf-8")


def h632_docx(h, path: Path) -> None:
    """Industrial park infrastructure company: a yearly maintenance checklist, area section rows, a
    frequency-or-deadline column, a blank tick column, the supervising deputy director above it."""
    doc = document(12)
    head_block(
        doc,
        "CÔNG TY CỔ PHẦN PHÁT TRIỂN\nHẠ TẦNG KCN NAM TÂN LĨNH\n───────\nSố: 312/KH-HTNTL",
        right2="Tân Lĩnh, ngày 10 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Bảo trì hạ tầng kỹ thuật, phòng cháy chữa cháy và bảo vệ môi trường",
        "##Khu công nghiệp Nam Tân Lĩnh năm 2027",
        "Căn cứ Hợp đồng thuê lại đất và sử dụng hạ tầng với các doanh nghiệp thứ cấp; căn cứ Giấy phép môi "
        "trường số 118/GPMT-BQL ngày 16/3/2026 của Ban Quản lý các khu công nghiệp tỉnh, Tổng Giám đốc Công "
        "ty ban hành danh mục công việc bảo trì, an toàn năm 2027 như sau:",
        "Chỉ đạo chung: Phó Tổng Giám đốc phụ trách kỹ thuật (ông Nguyễn Hữu Phước).",
    ]
    marked_paragraphs(doc, lines, MARKS)
    box = "\u2610"
    rows = [
        ("§", "A", "GIAO THÔNG NỘI KHU, CHIẾU SÁNG"),
        [
            "1",
            "Kiểm tra, vá ổ gà, sửa chữa mặt đường các trục chính D1, D3, N2",
            "Quý II/2027",
            "Phòng Kỹ thuật - Hạ tầng",
            box,
        ],
        [
            "2",
            "Bảo dưỡng hệ thống đèn chiếu sáng công cộng, thay thế bóng, tủ điện hỏng",
            "Hằng tháng",
            "Phòng Kỹ thuật - Hạ tầng",
            box,
        ],
        ("§", "B", "CẤP, THOÁT NƯỚC VÀ XỬ LÝ NƯỚC THẢI"),
        [
            "3",
            "Nạo vét hệ thống mương, cống thoát nước mưa toàn khu",
            "Trước 30/4/2027",
            "Phòng Kỹ thuật - Hạ tầng",
            box,
        ],
        [
            "4",
            "Vận hành trạm quan trắc nước thải tự động, truyền số liệu về Sở Nông nghiệp và Môi trường",
            "Liên tục 24/24 giờ",
            "Nhà máy Xử lý nước thải tập trung",
            box,
        ],
        [
            "5",
            "Lấy mẫu, phân tích nước thải đầu nối của các doanh nghiệp thứ cấp",
            "Định kỳ 03 tháng/lần",
            "Nhà máy Xử lý nước thải tập trung",
            box,
        ],
        [
            "6",
            "Bảo dưỡng máy thổi khí, bơm bùn Module 2",
            "15/3 - 31/3/2027",
            "Nhà máy Xử lý nước thải tập trung",
            box,
        ],
        ("§", "C", "PHÒNG CHÁY CHỮA CHÁY, AN NINH"),
        [
            "7",
            "Kiểm tra áp lực, bảo dưỡng 46 trụ nước chữa cháy trong khu",
            "Hằng quý",
            "Đội Bảo vệ - PCCC",
            box,
        ],
        [
            "8",
            "Phối hợp Phòng Cảnh sát PCCC và CNCH Công an tỉnh thực tập phương án chữa cháy, cứu nạn cứu hộ "
            "toàn khu",
            "Tháng 9/2027",
            "Đội Bảo vệ - PCCC",
            box,
        ],
        ("§", "D", "MÔI TRƯỜNG, CÂY XANH"),
        [
            "9",
            "Lập báo cáo công tác bảo vệ môi trường năm 2026 của KCN gửi Sở Nông nghiệp và Môi trường, Ban "
            "Quản lý các khu công nghiệp tỉnh",
            "Trước 15/01/2027",
            "Phòng An toàn - Môi trường",
            box,
        ],
        [
            "10",
            "Cắt tỉa cây xanh, phát quang hành lang tuyến điện 22 kV trước mùa mưa bão",
            "",
            "Phòng An toàn - Môi trường",
            box,
        ],
        [
            "11",
            "Cập nhật Kế hoạch ứng phó sự cố môi trường của KCN",
            "Theo yêu cầu của cơ quan quản lý",
            "Phòng An toàn - Môi trường",
            box,
        ],
    ]
    grid(
        doc,
        ["TT", "Hạng mục công việc", "Tần suất / thời hạn", "Bộ phận thực hiện", "Đã xong"],
        rows,
        widths=[1.0, 8.0, 3.2, 3.6, 1.4],
    )
    para(doc, "")
    closing = [
        "__Ghi chú: đánh dấu \u2612 vào cột \u201cĐã xong\u201d khi hạng mục được nghiệm thu.",
        "Các phòng, bộ phận gửi biên bản kiểm tra, nghiệm thu các hạng mục đã hoàn thành về Phòng Kỹ thuật - "
        "Hạ tầng trước ngày 25 hằng tháng để tổng hợp, báo cáo Tổng Giám đốc.",
    ]
    marked_paragraphs(doc, closing, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- HĐQT (b/c);\n- Ban TGĐ;\n- Các phòng, đơn vị;\n- Lưu: VT, KTHT.",
        "TỔNG GIÁM ĐỐC\n\n\n\nĐoàn Quốc Việt",
    )
    doc.save(path)


def batch_h623() -> None:
    """Writes h623–h632 (the .doc and .pdf through LibreOffice, the .html as text)."""
    write_batch(
        [
            (h623_docx, "h623_cv_qltt_cao_diem_tet_nhan_dong.docx"),
            (h625_docx, "h625_lich_tuan_phong_hckt_bchqs.docx"),
            (h627_xlsx, "h627_ctct_so_dttg_hai_hang_tieu_de.xlsx"),
            (h628_xlsx, "h628_chi_tieu_vpdkdd_chi_tieu_con.xlsx"),
            (h629_docx, "h629_kh_hoi_nha_bao_phu_luc_sau_ky.docx"),
            (h630_docx, "h630_qd_lien_minh_htx_kh_kem_theo.docx"),
            (h631_html, "h631_ctr_quy_thads_huyen.html"),
            (h632_docx, "h632_kh_bao_tri_kcn_danh_muc_kiem.docx"),
        ],
        [
            (h624_docx, "h624_tbkl_dang_uy_xa_thuong_vu.docx", "pdf"),
            (h626_docx, "h626_kh_thpt_on_thi_truong_nhan.docx", "doc"),
        ],
        _out,
    )
