"""Held-out batch h593–h602, written by h13author56 blind to the importer: ten documents of a
provincial Department of Science and Technology, a district People's Council's standing committee,
a provincial general hospital, a provincial People's Court, a provincial Department of Education and
Training, a provincial Youth Union committee, a customs sub-department, a provincial Department of
Construction, a provincial power company and a provincial historical archives centre. Every name,
person, place, number and date in them is invented (the province of Bình Lĩnh)."""

import datetime
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
    "h595_tbkl_bvdk_tinh_hoi_dong_qlcl",  # h13fixSW
    "h599_cv_hai_quan_cua_khau_tet",  # h13fixSX
    "h596_lich_tuan_tand_tinh_cong_tt",  # h13fixSU
    "h594_kh_giam_sat_tt_hdnd_huyen",  # h13fixSY
    "h597_chi_tieu_nam_hoc_so_gddt",  # h13fixTG
    "h601_kh_dien_luc_cat_dien_quy_i",  # h13fixTG
    "h598_kh_tinh_doan_xuan_tinh_nguyen_phu_luc",  # h13fixTH
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h593_docx(h, path: Path) -> None:
    """Department of Science and Technology: a yearly programme table, a lead cell merged over two
    rows, a partner column and a leader column beside the lead, a note under the table."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH BÌNH LĨNH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n───────\nSố: 1187/CTr-SKHCN",
        right2="Bình Lĩnh, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "##CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
        "##của Sở Khoa học và Công nghệ tỉnh Bình Lĩnh",
        "Căn cứ Chương trình công tác năm 2027 của UBND tỉnh; căn cứ kết quả thực hiện nhiệm vụ năm 2026, "
        "Sở Khoa học và Công nghệ (KH&CN) xây dựng Chương trình công tác năm 2027 như sau:",
        "**I. MỤC TIÊU",
        "Nâng cao hiệu quả quản lý nhà nước về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; "
        "đưa kết quả nghiên cứu vào sản xuất, đời sống; phục vụ phát triển kinh tế - xã hội của tỉnh.",
        "**II. NHIỆM VỤ CỤ THỂ",
    ]
    marked_paragraphs(doc, lines, MARKS)
    t = grid(
        doc,
        [
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Lãnh đạo Sở phụ trách",
        ],
        [
            ("§", "A", "CÔNG TÁC THAM MƯU, XÂY DỰNG VĂN BẢN"),
            [
                "1",
                "Tham mưu UBND tỉnh ban hành Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và "
                "chuyển đổi số tỉnh Bình Lĩnh năm 2027",
                "Phòng Kế hoạch - Tài chính",
                "Các sở, ngành; UBND cấp huyện",
                "Tháng 01/2027",
                "GĐ Đặng Văn Khải",
            ],
            [
                "2",
                "Xây dựng dự thảo Quyết định quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh sử "
                "dụng ngân sách nhà nước (thay thế Quyết định số 22/2021/QĐ-UBND)",
                "Phòng Quản lý khoa học",
                "Sở Tư pháp",
                "Quý II/2027",
                "PGĐ Lê Thị Thu Hà",
            ],
            ("§", "B", "NHIỆM VỤ KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO"),
            [
                "3",
                "Tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì nhiệm vụ KH&CN cấp tỉnh bắt đầu thực "
                "hiện năm 2027",
                "",
                "Hội đồng tư vấn KH&CN tỉnh",
                "Trước 30/4/2027",
                "PGĐ Lê Thị Thu Hà",
            ],
            [
                "4",
                "Kiểm tra tiến độ, nghiệm thu cấp cơ sở các nhiệm vụ chuyển tiếp từ năm 2025, 2026",
                "",
                "Các tổ chức chủ trì nhiệm vụ",
                "Tháng 6 và tháng 11/2027",
                "PGĐ Lê Thị Thu Hà",
            ],
            [
                "5",
                "Tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Bình Lĩnh lần thứ IV (Techfest Bình "
                "Lĩnh 2027)",
                "Trung tâm Đổi mới sáng tạo và Khởi nghiệp",
                "Tỉnh đoàn; Trường Đại học Lĩnh Giang",
                "Tháng 9/2027",
                "PGĐ Vương Minh Trí",
            ],
            [
                "6",
                "Hỗ trợ doanh nghiệp đăng ký bảo hộ quyền sở hữu công nghiệp, xây dựng nhãn hiệu chứng "
                "nhận cho sản phẩm OCOP",
                "Phòng Quản lý công nghệ và Sở hữu trí tuệ",
                "UBND các huyện, thành phố",
                "Thường xuyên",
                "PGĐ Vương Minh Trí",
            ],
            ("§", "C", "TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG VÀ CHUYỂN ĐỔI SỐ"),
            [
                "7",
                "Kiểm định, hiệu chuẩn phương tiện đo nhóm 2 (cột đo xăng dầu, cân thương mại) tại các "
                "chợ, cửa hàng xăng dầu",
                "Chi cục Tiêu chuẩn Đo lường Chất lượng",
                "Đội Quản lý thị trường số 2",
                "Quý I và Quý III/2027",
                "PGĐ Vương Minh Trí",
            ],
            [
                "8",
                "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở; đánh giá "
                "nội bộ năm 2027",
                "Văn phòng Sở",
                "Các phòng, đơn vị",
                "Tháng 10/2027",
                "GĐ Đặng Văn Khải",
            ],
            [
                "9",
                "Cập nhật cơ sở dữ liệu tiềm lực khoa học và công nghệ của tỉnh trên phần mềm dùng chung",
                "Trung tâm Thông tin và Thống kê KH&CN",
                "",
                "Hằng quý",
                "PGĐ Vương Minh Trí",
            ],
            ("§", "D", "CÔNG TÁC KHÁC"),
            [
                "10",
                "Kiểm tra việc chấp hành pháp luật về an toàn bức xạ tại các cơ sở X-quang y tế tư nhân",
                "Phòng Quản lý chuyên ngành",
                "Sở Y tế",
                "Quý III/2027",
                "PGĐ Lê Thị Thu Hà",
            ],
            [
                "11",
                "Tổng kết công tác năm 2027, xây dựng Chương trình công tác năm 2028",
                "Văn phòng Sở",
                "Các phòng, đơn vị",
                "Trước 20/12/2027",
                "GĐ Đặng Văn Khải",
            ],
        ],
        widths=[1.2, 10.0, 4.5, 4.5, 3.0, 3.5],
    )
    # rows 5 and 6 (tasks 3 and 4): the lead printed once, merged down
    h.merge_down(t, 2, 5, 6, "Phòng Quản lý khoa học")
    para(
        doc,
        "Ghi chú: Thời gian ghi theo tháng, quý là hoàn thành trong tháng, quý đó; ô đơn vị phối hợp để "
        "trống là đơn vị chủ trì tự thực hiện.",
        italic=True,
    )
    lines = [
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Căn cứ Chương trình này, Thủ trưởng các phòng, đơn vị thuộc Sở chủ động xây dựng kế hoạch "
        "triển khai của đơn vị mình.",
        "2. Văn phòng Sở là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Chương trình, định kỳ "
        "báo cáo Giám đốc Sở tại cuộc họp giao ban hằng tháng.",
        "3. Các phòng, đơn vị báo cáo kết quả thực hiện nhiệm vụ được giao về Văn phòng Sở trước ngày 25 "
        "hằng tháng để tổng hợp./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Bộ KH&CN (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị "
        "thuộc Sở;\n- Lưu: VT, VP.",
        "GIÁM ĐỐC\n\n\n\nĐặng Văn Khải",
    )
    doc.save(path)


def h594_docx(h, path: Path) -> None:
    """District People's Council standing committee: a supervision plan in prose, each point with
    labelled fields (one point with its fields run on one line) (converted to .doc)."""
    doc = document()
    head_block(
        doc,
        "HỘI ĐỒNG NHÂN DÂN\nHUYỆN HÀ VÂN\nTHƯỜNG TRỰC\n───────\nSố: 86/KH-TTHĐND",
        right2="Hà Vân, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Giám sát, khảo sát của Thường trực Hội đồng nhân dân huyện năm 2027",
        "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015; căn cứ Nghị quyết số "
        "45/NQ-HĐND ngày 27/11/2026 của Hội đồng nhân dân (HĐND) huyện về Chương trình giám sát năm 2027, "
        "Thường trực HĐND huyện ban hành Kế hoạch giám sát, khảo sát năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Đánh giá đúng thực trạng việc thi hành pháp luật, nghị quyết của HĐND huyện; kiến nghị khắc "
        "phục hạn chế, xử lý vướng mắc.",
        "- Giám sát có trọng tâm, trọng điểm, không chồng chéo với hoạt động thanh tra, kiểm tra.",
        "**II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN",
        "**1. Giám sát chuyên đề việc thực hiện chính sách hỗ trợ phát triển sản xuất nông nghiệp giai "
        "đoạn 2024 - 2026",
        "- Đối tượng: UBND huyện; Phòng Nông nghiệp và Môi trường huyện; UBND các xã Hà Bình, Vân Sơn.",
        "- Thời gian: tháng 3/2027.",
        "- Cơ quan chủ trì: Ban Kinh tế - Xã hội HĐND huyện; thành phần đoàn do Thường trực HĐND huyện "
        "quyết định.",
        "**2. Khảo sát tình hình quản lý, sử dụng nhà văn hóa thôn, tổ dân phố",
        "Đối tượng: 06 thôn, tổ dân phố thuộc thị trấn Hà Vân và xã Vân Trung. Thời gian: tháng 5/2027. "
        "Chủ trì: Ban Kinh tế - Xã hội HĐND huyện.",
        "**3. Giám sát việc giải quyết khiếu nại, tố cáo và kiến nghị của cử tri gửi đến kỳ họp thứ "
        "mười hai HĐND huyện",
        "- Đối tượng: UBND huyện; Thanh tra huyện; Ban Tiếp công dân huyện.",
        "- Thời gian: tháng 6/2027 (trước kỳ họp giữa năm).",
        "- Cơ quan chủ trì: Ban Pháp chế HĐND huyện.",
        "**4. Giám sát công tác quản lý đầu tư xây dựng các công trình trường học sử dụng vốn ngân sách "
        "huyện",
        "- Đối tượng: Ban Quản lý dự án đầu tư xây dựng huyện; Phòng Văn hóa - Xã hội huyện.",
        "- Thời gian: Quý III/2027.",
        "- Cơ quan chủ trì: Ban Kinh tế - Xã hội HĐND huyện.",
        "**5. Khảo sát công tác bảo đảm an ninh trật tự, phòng, chống ma túy tại các xã biên giới",
        "- Đối tượng: Công an huyện; UBND các xã Pò Lìu, Nà Khoang.",
        "- Thời gian: tháng 10/2027.",
        "- Cơ quan chủ trì: Ban Pháp chế HĐND huyện.",
        "**6. Giám sát việc thu, chi và quyết toán ngân sách huyện năm 2026",
        "- Đối tượng: Phòng Tài chính - Kế hoạch huyện; Kho bạc Nhà nước khu vực.",
        "- Thời gian: tháng 11/2027.",
        "- Cơ quan chủ trì: Ban Kinh tế - Xã hội HĐND huyện.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Ban Kinh tế - Xã hội, Ban Pháp chế HĐND huyện xây dựng kế hoạch chi tiết từng cuộc giám sát, "
        "khảo sát trình Thường trực HĐND huyện trước khi tiến hành ít nhất 10 ngày; gửi báo cáo kết quả "
        "chậm nhất 15 ngày sau khi kết thúc giám sát.",
        "2. Văn phòng HĐND và UBND huyện là cơ quan thường trực, giúp Thường trực HĐND huyện theo dõi, "
        "đôn đốc việc thực hiện Kế hoạch; bảo đảm kinh phí, phương tiện phục vụ các đoàn giám sát.",
        "3. Đề nghị UBND huyện chỉ đạo các cơ quan, đơn vị chịu sự giám sát chuẩn bị báo cáo theo đề "
        "cương, gửi Thường trực HĐND huyện (qua Văn phòng) trước ngày làm việc với đoàn ít nhất 05 ngày.",
        "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện cử đại diện tham gia các đoàn giám sát.",
        "5. Các Ban HĐND huyện báo cáo kết quả giám sát 6 tháng trước ngày 15/6/2027 và cả năm trước "
        "ngày 15/11/2027 về Thường trực HĐND huyện để tổng hợp, báo cáo tại kỳ họp.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- TT Huyện ủy (b/c);\n- TT HĐND tỉnh (b/c);\n- UBND huyện;\n- UBMTTQVN huyện;\n- Các "
        "Ban HĐND huyện;\n- Đại biểu HĐND huyện;\n- Lưu: VT.",
        "TM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\n\n\n\nNông Văn Thạch",
    )
    doc.save(path)


def h595_docx(h, path: Path) -> None:
    """General hospital: a notice of conclusions, two assignments in one paragraph, a point given to
    the deputy director for professional work."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ BÌNH LĨNH\nBỆNH VIỆN ĐA KHOA TỈNH\n───────\nSố: 1452/TB-BVĐK",
        right2="Bình Lĩnh, ngày 03 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Bệnh viện tại phiên họp Hội đồng Quản lý chất lượng Quý IV/2026",
        "Ngày 01/12/2026, Hội đồng Quản lý chất lượng Bệnh viện họp phiên thường kỳ Quý IV/2026 dưới sự "
        "chủ trì của TTƯT. BSCKII. Hồ Minh Đạt, Giám đốc Bệnh viện, Chủ tịch Hội đồng. Sau khi nghe Phòng "
        "Quản lý chất lượng báo cáo kết quả tự đánh giá chất lượng bệnh viện năm 2026 theo Bộ tiêu chí "
        "chất lượng bệnh viện Việt Nam và ý kiến của các thành viên, Giám đốc Bệnh viện kết luận như sau:",
        "**1. Kết quả chung",
        "Năm 2026, Bệnh viện tự đánh giá đạt 3,62/5 điểm, tăng 0,14 điểm so với năm 2025; không có tiêu "
        "chí mức 1; còn 12 tiêu chí đạt mức 2. Tỷ lệ hài lòng của người bệnh nội trú đạt 94,1%.",
        "**2. Về cải tiến chất lượng",
        "Giao Phòng Quản lý chất lượng chủ trì rà soát 12 tiêu chí đạt mức 2, xây dựng Kế hoạch cải tiến "
        "chất lượng năm 2027 trình Giám đốc trước ngày 20/12/2026.",
        "Phó Giám đốc phụ trách chuyên môn (BSCKII. Trần Quốc Bảo) chỉ đạo các khoa lâm sàng hoàn thành "
        "việc chuẩn hóa hồ sơ bệnh án theo mẫu bệnh án điện tử trước ngày 31/01/2027.",
        "Phòng Điều dưỡng tổ chức khảo sát sự hài lòng của người bệnh nội trú, ngoại trú hằng tháng theo "
        "mẫu của Bộ Y tế; Khoa Dinh dưỡng khắc phục ngay tồn tại về suất ăn bệnh lý, xong trong tháng "
        "12/2026.",
        "**3. Về an toàn người bệnh và kiểm soát nhiễm khuẩn",
        "Yêu cầu Khoa Kiểm soát nhiễm khuẩn tăng cường giám sát tuân thủ vệ sinh tay, nhất là tại Khoa "
        "Hồi sức tích cực - Chống độc và Khoa Ngoại chấn thương; việc giám sát thực hiện liên tục, kết "
        "quả công khai tại giao ban Bệnh viện.",
        "Khoa Dược phối hợp Phòng Vật tư - Thiết bị y tế hoàn thành lựa chọn nhà thầu cung cấp thuốc, "
        "vật tư y tế năm 2027, bảo đảm đủ cơ số thuốc dịp Tết, chậm nhất ngày 15/01/2027.",
        "**4. Về chuẩn bị phục vụ người bệnh dịp Tết Nguyên đán Đinh Mùi 2027",
        "Phòng Kế hoạch tổng hợp xây dựng lịch trực Tết 4 cấp, trình Giám đốc duyệt trước ngày "
        "10/01/2027; Phòng Hành chính quản trị kiểm tra hệ thống điện, khí y tế, phòng cháy chữa cháy "
        "toàn Bệnh viện trước ngày 25/01/2027.",
        "Phòng Tài chính kế toán hoàn thiện hồ sơ quyết toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế "
        "Quý IV/2026, gửi Bảo hiểm xã hội tỉnh trước ngày 05/01/2027.",
        "**5. Tổ chức thực hiện",
        "Các khoa, phòng gửi báo cáo kết quả thực hiện các nội dung được giao về Phòng Quản lý chất lượng "
        "trước ngày 28 hằng tháng để tổng hợp, trình Hội đồng.",
        "Phòng Hành chính quản trị thông báo để các khoa, phòng biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Thành viên Hội đồng QLCL;\n- Các khoa, phòng;"
        "\n- Lưu: VT, QLCL.",
        "TL. GIÁM ĐỐC\nKT. TRƯỞNG PHÒNG HÀNH CHÍNH QUẢN TRỊ\nPHÓ TRƯỞNG PHÒNG\n\n\n\nLê Thị Kim Oanh",
    )
    doc.save(path)


def h596_html(h, path: Path) -> None:
    """Provincial People's Court: the leaders' weekly calendar as published on its portal (HTML), each
    day a row spanning the table, an hour column, lines that only say who is at the office."""
    week = [
        (
            "THỨ HAI - 07/12/2026",
            [
                (
                    "08h00",
                    "Giao ban Lãnh đạo Tòa án nhân dân tỉnh tuần 50",
                    "Đ/c Nguyễn Hữu Phước - Chánh án",
                    "Văn phòng",
                    "Phòng họp số 1",
                ),
                (
                    "14h00",
                    "Chủ tọa phiên tòa xét xử phúc thẩm vụ án hình sự Lò Văn Ph. và đồng phạm về tội "
                    "“Mua bán trái phép chất ma túy”",
                    "Đ/c Vi Thị Hằng - Phó Chánh án",
                    "Tòa Hình sự",
                    "Phòng xử án số 2",
                ),
            ],
        ),
        (
            "THỨ BA - 08/12/2026",
            [
                (
                    "07h30",
                    "Tiếp công dân định kỳ tại Trụ sở Tòa án nhân dân tỉnh",
                    "Đ/c Nguyễn Hữu Phước - Chánh án",
                    "Văn phòng (Bộ phận tiếp công dân)",
                    "Phòng tiếp công dân",
                ),
                (
                    "08h00",
                    "Kiểm tra công tác giải quyết, xét xử các loại án năm 2026 tại Tòa án nhân dân khu vực 2",
                    "Đ/c Vi Thị Hằng - Phó Chánh án",
                    "Phòng Giám đốc kiểm tra",
                    "Thị trấn Hà Vân",
                ),
                ("14h00", "Đ/c Chánh án làm việc tại cơ quan", "", "", ""),
            ],
        ),
        (
            "THỨ TƯ - 09/12/2026",
            [
                (
                    "08h00",
                    "Dự Hội nghị trực tuyến tập huấn áp dụng Bộ luật Tố tụng dân sự (sửa đổi) do Tòa án "
                    "nhân dân tối cao tổ chức",
                    "Lãnh đạo Tòa án tỉnh; Thẩm phán các Tòa chuyên trách",
                    "Văn phòng",
                    "Hội trường tầng 3",
                ),
                (
                    "14h00",
                    "Chủ tọa phiên tòa xét xử sơ thẩm vụ án dân sự “Tranh chấp quyền sử dụng đất” giữa "
                    "ông Đinh Văn T. và bà Hà Thị M.",
                    "Đ/c Lương Đức Toàn - Phó Chánh án",
                    "Tòa Dân sự",
                    "Phòng xử án số 1",
                ),
            ],
        ),
        (
            "THỨ NĂM - 10/12/2026",
            [
                ("Cả ngày", "Trực lãnh đạo: Đ/c Lương Đức Toàn - Phó Chánh án", "", "", ""),
                (
                    "08h00",
                    "Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu thi đua năm 2026 (dự kiến)",
                    "Đ/c Nguyễn Hữu Phước - Chánh án",
                    "Phòng Tổ chức - Thi đua",
                    "Phòng họp số 1",
                ),
                (
                    "14h00",
                    "Dự phiên họp Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
                    "Đ/c Lương Đức Toàn - Phó Chánh án",
                    "Văn phòng",
                    "Sở Tư pháp",
                ),
            ],
        ),
        (
            "THỨ SÁU - 11/12/2026",
            [
                (
                    "08h00",
                    "Làm việc với Đoàn kiểm tra của Tòa án nhân dân cấp cao về công tác xét xử năm 2026",
                    "Đ/c Chánh án; các Phó Chánh án",
                    "Văn phòng; Phòng Giám đốc kiểm tra",
                    "Phòng họp số 1",
                ),
                ("14h00", "Đ/c Vi Thị Hằng - Phó Chánh án giải quyết công việc thường xuyên", "", "", ""),
            ],
        ),
        ("THỨ BẢY, CHỦ NHẬT - 12, 13/12/2026", [("", "(Không có lịch)", "", "", "")]),
    ]
    rows = []
    for day, entries in week:
        rows.append(f'<tr class="ngay"><td colspan="5"><b>{day}</b></td></tr>')
        for entry in entries:
            rows.append("<tr>" + "".join(f"<td>{value}</td>" for value in entry) + "</tr>")
    body = "\n".join(rows)
    text = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Lịch công tác tuần 50 - Tòa án nhân dân tỉnh Bình Lĩnh</title>
<style>table {{border-collapse: collapse}} td, th {{border: 1px solid #999; padding: 4px}}</style>
</head>
<body>
<div class="breadcrumb">Trang chủ &gt; Thông tin điều hành &gt; Lịch công tác</div>
<p><b>TÒA ÁN NHÂN DÂN TỈNH BÌNH LĨNH</b></p>
<h2 style="text-align:center">LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO TÒA ÁN NHÂN DÂN TỈNH</h2>
<p style="text-align:center"><i>(Tuần 50, từ ngày 07/12/2026 đến ngày 13/12/2026)</i></p>
<table>
<tr><th>Giờ</th><th>Nội dung công việc</th><th>Lãnh đạo chủ trì, dự</th>
<th>Đơn vị chuẩn bị</th><th>Địa điểm</th></tr>
{body}
</table>
<p><i>Ghi chú: Lịch công tác có thể thay đổi; Văn phòng sẽ thông báo bổ sung trên Cổng thông tin điện
tử của Tòa án nhân dân tỉnh. Lịch xét xử các vụ án xem tại mục “Lịch xét xử”.</i></p>
<p>Ngày đăng: 04/12/2026 - Văn phòng Tòa án nhân dân tỉnh</p>
</body>
</html>
"""
    path.write_text(text, encoding="utf-8")


def h597_xlsx(h, path: Path) -> None:
    """Department of Education and Training: a school-year indicator sheet, last year's result beside
    the target, the lead merged down over a group's rows, one blank time cell."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu NH 2026-2027"
    title_rows(
        ws,
        [
            "UBND TỈNH BÌNH LĨNH - SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "CHỈ TIÊU NHIỆM VỤ NĂM HỌC 2026 - 2027 GIAO CÁC PHÒNG CHUYÊN MÔN THUỘC SỞ",
            "(Kèm theo Quyết định số 2210/QĐ-SGDĐT ngày 02/12/2026 của Giám đốc Sở GD&ĐT)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện NH 2025 - 2026",
            "Chỉ tiêu NH 2026 - 2027",
            "Phòng chủ trì theo dõi",
            "Thời điểm đánh giá",
        ]
    )
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])
    bold_header(ws, 5)
    rows = [
        ["I", "GIÁO DỤC MẦM NON"],
        [
            1,
            "Tỷ lệ huy động trẻ mẫu giáo 5 tuổi ra lớp",
            "%",
            "99,6",
            "≥ 99,8",
            "Phòng Giáo dục Mầm non",
            "31/5/2027",
        ],
        [
            2,
            "Số trường mầm non được công nhận mới đạt chuẩn quốc gia",
            "Trường",
            14,
            18,
            None,
            "Tháng 4/2027",
        ],
        ["II", "GIÁO DỤC PHỔ THÔNG"],
        [
            3,
            "Tỷ lệ học sinh tiểu học hoàn thành chương trình lớp học",
            "%",
            "98,9",
            "≥ 99,0",
            "Phòng Giáo dục phổ thông",
            "31/5/2027",
        ],
        [
            4,
            "Tỷ lệ học sinh lớp 12 tốt nghiệp trung học phổ thông",
            "%",
            "97,4",
            "≥ 98,0",
            None,
            "Tháng 7/2027",
        ],
        [5, "Số giải học sinh giỏi quốc gia trung học phổ thông", "Giải", 41, 45, None, "Tháng 3/2027"],
        [
            6,
            "Tỷ lệ trường THCS, THPT tổ chức dạy học theo định hướng giáo dục STEM",
            "%",
            85,
            100,
            "Phòng Giáo dục phổ thông",
            "Hằng học kỳ",
        ],
        ["III", "GIÁO DỤC THƯỜNG XUYÊN, GIÁO DỤC NGHỀ NGHIỆP"],
        [
            7,
            "Số học viên theo học chương trình giáo dục thường xuyên cấp THPT",
            "Học viên",
            "5.820",
            "6.000",
            "Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên",
            "31/5/2027",
        ],
        [
            8,
            "Tỷ lệ học sinh tốt nghiệp THCS được phân luồng vào giáo dục nghề nghiệp",
            "%",
            "28,5",
            "≥ 30",
            "Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên",
            "30/9/2027",
        ],
        ["IV", "ĐIỀU KIỆN BẢO ĐẢM CHẤT LƯỢNG"],
        [
            9,
            "Số phòng học được kiên cố hóa, xây mới từ nguồn ngân sách tỉnh",
            "Phòng",
            126,
            150,
            "Phòng Kế hoạch - Tài chính",
            "Quý IV/2027",
        ],
        [
            10,
            "Tỷ lệ cán bộ quản lý, giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục",
            "%",
            "91,2",
            "≥ 94",
            "Phòng Tổ chức cán bộ",
            None,
        ],
        [
            11,
            "Tỷ lệ cơ sở giáo dục phổ thông triển khai học bạ số",
            "%",
            60,
            100,
            "Phòng Quản lý chất lượng và Công nghệ thông tin",
            "Trước 31/12/2026",
        ],
    ]
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
    # the lead printed once for a group: F8:F9 (tasks 1, 2), F11:F13 (tasks 3-5)
    ws.merge_cells("F8:F9")
    ws.merge_cells("F11:F13")
    wrap(ws, 7)
    column_widths(ws, [6, 52, 10, 13, 13, 26, 14])
    ws.append([])
    ws.append(["", "Ghi chú: Cột (4) là kết quả thực hiện năm học trước, để đối chiếu."])
    ws.append(
        [
            "",
            "Các phòng chuyên môn báo cáo tiến độ thực hiện chỉ tiêu về Văn phòng Sở định kỳ hằng quý "
            "(trước ngày 20 của tháng cuối quý) để tổng hợp, báo cáo Giám đốc Sở.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "", "KT. GIÁM ĐỐC"])
    ws.append(["", "", "", "", "", "PHÓ GIÁM ĐỐC"])
    ws.append([])
    ws.append(["", "", "", "", "", "Trịnh Thị Bảo Ngọc"])
    wb.save(path)


def h598_docx(h, path: Path) -> None:
    """Provincial Youth Union: a short campaign plan, its activities in an appendix table after the
    signature, a range of dates, a row led by every district union (converted to .pdf)."""
    doc = document()
    head_block(
        doc,
        "BCH ĐOÀN TỈNH BÌNH LĨNH\n***\nSố: 214-KH/TĐTN-PT",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        right2="Bình Lĩnh, ngày 05 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tổ chức Chiến dịch Xuân tình nguyện năm 2027",
        "Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2027, Ban Thường vụ Tỉnh "
        "đoàn ban hành Kế hoạch tổ chức Chiến dịch Xuân tình nguyện năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "- Phát huy vai trò xung kích của đoàn viên, thanh niên trong các hoạt động chăm lo Tết cho "
        "thanh thiếu nhi, gia đình chính sách, người có hoàn cảnh khó khăn.",
        "- Hoạt động thiết thực, tiết kiệm, an toàn; gắn với kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản "
        "Việt Nam.",
        "**II. THỜI GIAN, PHẠM VI",
        "Chiến dịch diễn ra từ ngày 09/01/2027 đến ngày 28/02/2027 trên địa bàn toàn tỉnh.",
        "**III. NỘI DUNG HOẠT ĐỘNG",
        "Các hoạt động trọng tâm, đơn vị chủ trì và thời gian thực hiện tại Phụ lục kèm theo Kế hoạch này.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Ban Phong trào Tỉnh đoàn là đơn vị đầu mối, tham mưu Ban Thường vụ Tỉnh đoàn theo dõi, đôn "
        "đốc việc triển khai Kế hoạch.",
        "2. Văn phòng Tỉnh đoàn bố trí kinh phí tổ chức các hoạt động cấp tỉnh theo dự toán được duyệt.",
        "3. Các huyện, thành đoàn, đoàn trực thuộc xây dựng kế hoạch cụ thể gửi về Tỉnh đoàn (qua Ban "
        "Phong trào) trước ngày 20/12/2026; báo cáo kết quả Chiến dịch trước ngày 25/02/2027.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Trung ương Đoàn (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Các huyện, thành đoàn, đoàn "
        "trực thuộc;\n- Lưu: VP, PT.",
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\n\n\n\nHà Thị Minh Thư",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "CÁC HOẠT ĐỘNG TRỌNG TÂM CHIẾN DỊCH XUÂN TÌNH NGUYỆN NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 214-KH/TĐTN-PT ngày 05/12/2026 của BTV Tỉnh đoàn)",
        italic=True,
        center=True,
    )
    appendix = grid(
        doc,
        ["TT", "Hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        [
            [
                "1",
                "Ra quân đồng loạt Chiến dịch Xuân tình nguyện năm 2027 tại huyện Hà Vân",
                "Ban Phong trào",
                "Huyện đoàn Hà Vân",
                "09/01/2027",
            ],
            [
                "2",
                "Chương trình “Tết sum vầy - Xuân chia sẻ”: thăm, tặng 1.500 suất quà cho thanh thiếu "
                "nhi, gia đình chính sách có hoàn cảnh khó khăn",
                "Ban Phong trào",
                "Hội Liên hiệp Thanh niên Việt Nam tỉnh",
                "Từ 15/01 đến 04/02/2027",
            ],
            [
                "3",
                "Phiên chợ “0 đồng” và “Chuyến xe mùa xuân” đưa công nhân, sinh viên về quê đón Tết",
                "Hội Liên hiệp Thanh niên Việt Nam tỉnh",
                "Đoàn Khối các cơ quan và doanh nghiệp tỉnh",
                "01/02 - 03/02/2027",
            ],
            [
                "4",
                "Tuyên truyền trên Fanpage, Zalo OA “Tuổi trẻ Bình Lĩnh” về các hoạt động của Chiến dịch",
                "Ban Tuyên giáo",
                "",
                "Thường xuyên",
            ],
            [
                "5",
                "Thăm, chúc Tết các đơn vị lực lượng vũ trang, đồn biên phòng đóng quân trên địa bàn tỉnh",
                "Văn phòng Tỉnh đoàn",
                "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                "Tháng 01/2027",
            ],
            [
                "6",
                "Lễ thượng cờ, báo công dâng Bác nhân kỷ niệm 97 năm Ngày thành lập Đảng (03/02/2027)",
                "Ban Tuyên giáo",
                "Thành đoàn Lĩnh Giang",
                "02/02/2027",
            ],
            [
                "7",
                "Hoạt động “Tiễn thanh niên lên đường nhập ngũ năm 2027”; tặng quà tân binh",
                "Các huyện, thành đoàn",
                "Ban Chỉ huy quân sự cấp huyện",
                "Tháng 02/2027",
            ],
            [
                "8",
                "Ra quân trồng cây “Đời đời nhớ ơn Bác Hồ” - công trình “Con đường cây xanh thanh niên”",
                "Ban Phong trào",
                "Sở Nông nghiệp và Môi trường",
                "Sau Tết Nguyên đán",
            ],
            [
                "9",
                "Tổng kết Chiến dịch Xuân tình nguyện năm 2027, khen thưởng tập thể, cá nhân tiêu biểu",
                "Ban Phong trào",
                "Ban Tổ chức - Kiểm tra",
                "Trước 10/3/2027",
            ],
        ],
        widths=[1.0, 7.5, 3.2, 3.3, 2.5],
    )
    h.set_widths(appendix, [0.4, 2.5, 1.1, 1.3, 1.2])
    _rows_kept_whole(appendix)
    doc.save(path)


def _rows_kept_whole(table) -> None:
    """Each row of a Word table kept on one page ('Allow row to break across pages' unticked)."""
    from docx.oxml import OxmlElement

    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def h599_docx(h, path: Path) -> None:
    """Customs sub-department: a dispatch with its tasks to its own teams in a small table (a team's
    cell merged over three rows), then lettered requests to the traders."""
    doc = document()
    head_block(
        doc,
        "CỤC HẢI QUAN TỈNH BÌNH LĨNH\nCHI CỤC HẢI QUAN CỬA KHẨU TÂY LĨNH\n───────\nSố: 1036/CCHQTL-NV\n"
        "V/v bảo đảm thông quan hàng hóa dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027",
        right2="Tây Lĩnh, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các Đội thuộc Chi cục;",
        "- Các doanh nghiệp xuất nhập khẩu, đại lý làm thủ tục hải quan.",
        "Thực hiện Công văn số 6821/HQBL-GSQL ngày 30/11/2026 của Cục Hải quan tỉnh Bình Lĩnh về tăng "
        "cường công tác quản lý, tạo thuận lợi thương mại dịp cuối năm, Chi cục Hải quan cửa khẩu Tây Lĩnh "
        "(sau đây gọi là Chi cục) yêu cầu các Đội và đề nghị cộng đồng doanh nghiệp thực hiện như sau:",
        "**1. Nhiệm vụ giao các Đội thuộc Chi cục",
    ]
    marked_paragraphs(doc, lines, MARKS)
    t = grid(
        doc,
        ["TT", "Nội dung", "Đội thực hiện", "Thời hạn"],
        [
            [
                "1",
                "Bố trí công chức làm thủ tục hải quan ngoài giờ, kể cả Thứ Bảy, Chủ nhật trong thời gian "
                "cao điểm",
                "Đội Thủ tục hàng hóa xuất nhập khẩu",
                "Từ 15/12/2026 đến 05/02/2027",
            ],
            [
                "2",
                "Phối hợp Đồn Biên phòng cửa khẩu Tây Lĩnh tuần tra, kiểm soát khu vực đường mòn, lối "
                "mở; xác lập chuyên án phòng, chống buôn lậu pháo nổ, ma túy",
                "Đội Kiểm soát hải quan",
                "Thường xuyên",
            ],
            [
                "3",
                "Kiểm tra hoạt động của hệ thống camera giám sát, máy soi container tại bãi kiểm hóa",
                "Đội Giám sát hải quan",
                "Hằng tuần",
            ],
            [
                "4",
                "Rà soát tờ khai tồn đọng chưa thanh khoản; đôn đốc doanh nghiệp nộp tiền thuế nợ đọng",
                "",
                "Trước 25/12/2026",
            ],
            [
                "5",
                "Tổ chức Hội nghị đối thoại doanh nghiệp về thủ tục hải quan đối với nông sản xuất khẩu",
                "",
                "18/12/2026",
            ],
            [
                "6",
                "Tổng hợp số liệu kim ngạch, số thu ngân sách năm 2026, báo cáo Cục Hải quan tỉnh",
                "",
                "31/12/2026",
            ],
        ],
        widths=[1.0, 9.0, 4.0, 3.0],
    )
    h.merge_down(t, 2, 4, 6, "Đội Tổng hợp")
    lines = [
        "**2. Đề nghị các doanh nghiệp xuất nhập khẩu, đại lý làm thủ tục hải quan",
        "a) Chủ động đăng ký lịch làm thủ tục ngoài giờ với Đội Thủ tục hàng hóa xuất nhập khẩu trước "
        "16h00 hằng ngày;",
        "b) Nộp đủ số tiền thuế còn nợ, tiền chậm nộp trước ngày 31/12/2026; trường hợp khó khăn có văn "
        "bản đề nghị gửi Chi cục trước ngày 20/12/2026.",
        "**3. Tổ chức thực hiện",
        "Đội Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Công văn này, tổng hợp báo cáo "
        "Lãnh đạo Chi cục hằng tuần (chiều Thứ Sáu).",
        "Các Đội báo cáo kết quả thực hiện, khó khăn, vướng mắc về Chi cục (qua Đội Tổng hợp) trước ngày "
        "08/02/2027 để tổng hợp, báo cáo Cục Hải quan tỉnh.",
        "Trong quá trình thực hiện, nếu có vướng mắc, doanh nghiệp liên hệ Đội Tổng hợp (điện thoại "
        "0217.3866.215) để được hướng dẫn./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Cục Hải quan tỉnh (b/c);\n- Đồn Biên phòng CK Tây Lĩnh (p/h);\n- Lưu: "
        "VT, NV.",
        "KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\n\n\n\nTriệu Quang Vũ",
    )
    doc.save(path)


def h600_docx(h, path: Path) -> None:
    """Department of Construction: a decision whose Article 2 assigns the plan, then the attached
    plan's inspection list (an investor column that is no lead, the inspecting unit last)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH BÌNH LĨNH\nSỞ XÂY DỰNG\n───────\nSố: 645/QĐ-SXD",
        right2="Bình Lĩnh, ngày 01 tháng 12 năm 2026",
    )
    lines = [
        "##QUYẾT ĐỊNH",
        "##Ban hành Kế hoạch kiểm tra công tác quản lý chất lượng công trình xây dựng và an toàn trong "
        "thi công xây dựng năm 2027",
        "##GIÁM ĐỐC SỞ XÂY DỰNG TỈNH BÌNH LĨNH",
        "Căn cứ Luật Xây dựng ngày 18/6/2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày "
        "17/6/2020;",
        "Căn cứ Nghị định số 06/2021/NĐ-CP ngày 26/01/2021 của Chính phủ quy định chi tiết một số nội dung "
        "về quản lý chất lượng, thi công xây dựng và bảo trì công trình xây dựng;",
        "Căn cứ Quyết định số 38/2025/QĐ-UBND ngày 14/3/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, "
        "quyền hạn và cơ cấu tổ chức của Sở Xây dựng;",
        "Theo đề nghị của Trưởng phòng Quản lý chất lượng công trình xây dựng.",
        "##QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác quản lý chất lượng công "
        "trình xây dựng và an toàn trong thi công xây dựng năm 2027.",
        "Điều 2. Tổ chức thực hiện",
        "1. Phòng Quản lý chất lượng công trình xây dựng chủ trì thành lập các đoàn kiểm tra, tổ chức "
        "kiểm tra theo Kế hoạch; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 15/12/2027.",
        "2. Văn phòng Sở bố trí kinh phí, phương tiện phục vụ các đoàn kiểm tra từ nguồn kinh phí không "
        "thực hiện tự chủ năm 2027.",
        "3. Đề nghị UBND các huyện, thành phố chỉ đạo phòng có chức năng quản lý xây dựng cử cán bộ phối "
        "hợp với đoàn kiểm tra khi kiểm tra công trình trên địa bàn.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng thuộc Sở, "
        "chủ đầu tư các công trình có tên tại Kế hoạch và các tổ chức, cá nhân có liên quan chịu trách "
        "nhiệm thi hành Quyết định này./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như Điều 3;\n- Bộ Xây dựng (b/c);\n- UBND tỉnh (b/c);\n- UBND các huyện, thành "
        "phố;\n- Lưu: VT, QLCL.",
        "GIÁM ĐỐC\n\n\n\nPhan Quốc Huy",
    )
    doc.add_page_break()
    lines = [
        "##KẾ HOẠCH",
        "##Kiểm tra công tác quản lý chất lượng công trình xây dựng và an toàn trong thi công xây dựng "
        "năm 2027",
        "^^(Ban hành kèm theo Quyết định số 645/QĐ-SXD ngày 01/12/2026 của Giám đốc Sở Xây dựng)",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Kiểm tra việc tuân thủ quy định về quản lý chất lượng, an toàn trong thi công; kịp thời chấn "
        "chỉnh, xử lý vi phạm; không gây cản trở hoạt động của chủ đầu tư, nhà thầu.",
        "**II. DANH MỤC CÔNG TRÌNH, THỜI GIAN KIỂM TRA",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        [
            "TT",
            "Công trình, nội dung kiểm tra",
            "Chủ đầu tư",
            "Thời gian kiểm tra",
            "Đơn vị chủ trì kiểm tra",
        ],
        [
            ("§", "A", "Công trình sử dụng vốn đầu tư công"),
            [
                "1",
                "Bệnh viện Đa khoa huyện Hà Vân (giai đoạn hoàn thiện): kiểm tra công tác quản lý chất "
                "lượng, hồ sơ nghiệm thu giai đoạn",
                "Ban QLDA đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh",
                "Tháng 3/2027",
                "Phòng Quản lý chất lượng công trình xây dựng",
            ],
            [
                "2",
                "Nhà đa năng Trường THPT chuyên Lĩnh Giang: kiểm tra công tác nghiệm thu hoàn thành đưa "
                "vào sử dụng",
                "Ban QLDA đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh",
                "Quý II/2027",
                "Phòng Quản lý chất lượng công trình xây dựng",
            ],
            [
                "3",
                "Đường tránh phía Tây thành phố Lĩnh Giang: kiểm tra an toàn lao động, an toàn máy, thiết "
                "bị thi công",
                "Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh",
                "Tháng 5 - 6/2027",
                "Phòng Quản lý hoạt động xây dựng",
            ],
            ("§", "B", "Công trình sử dụng vốn khác"),
            [
                "4",
                "Khu nhà ở xã hội phường Bắc Lĩnh (khối B1, B2): kiểm tra chất lượng phần thân, hồ sơ "
                "quản lý chất lượng vật liệu",
                "Công ty CP Đầu tư Phát triển nhà Hoàng Lĩnh",
                "Tháng 8/2027",
                "Phòng Quản lý chất lượng công trình xây dựng",
            ],
            [
                "5",
                "Trung tâm thương mại Lĩnh Giang Plaza: kiểm tra biện pháp thi công, an toàn khi thi công "
                "tầng hầm",
                "Công ty TNHH Thương mại Dịch vụ Phúc Lĩnh",
                "Quý III/2027",
                "Phòng Quản lý hoạt động xây dựng",
            ],
            [
                "6",
                "Các chung cư cao tầng trên địa bàn thành phố Lĩnh Giang (05 chung cư): kiểm tra công tác "
                "bảo trì công trình",
                "Ban quản trị các nhà chung cư",
                "Tháng 10/2027",
                "Phòng Quản lý nhà và thị trường bất động sản",
            ],
            [
                "7",
                "Kiểm tra đột xuất công trình khi xảy ra sự cố hoặc có phản ánh của tổ chức, công dân",
                "",
                "Khi có yêu cầu",
                "Phòng Quản lý chất lượng công trình xây dựng",
            ],
        ],
        widths=[1.0, 7.0, 4.0, 2.5, 3.5],
    )
    lines = [
        "**III. TỔ CHỨC THỰC HIỆN",
        "Thực hiện theo Điều 2 Quyết định số 645/QĐ-SXD ngày 01/12/2026 của Giám đốc Sở Xây dựng.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    doc.save(path)


def h601_xlsx(h, path: Path) -> None:
    """Power company: a quarter's schedule of repair and outage works, from and to dates in date cells,
    one blank end date, 'Hằng tháng' and 'Thường xuyên' merged across both date columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "KH Quy I-2027"
    title_rows(
        ws,
        [
            "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC - CÔNG TY ĐIỆN LỰC BÌNH LĨNH",
            "KẾ HOẠCH SỬA CHỮA, BẢO DƯỠNG LƯỚI ĐIỆN VÀ CẮT ĐIỆN CÔNG TÁC QUÝ I/2027",
            "(Ban hành kèm theo Quyết định số 3390/QĐ-PCBL ngày 04/12/2026 của Giám đốc Công ty)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Hạng mục công việc",
            "Đơn vị thực hiện",
            "Từ ngày",
            "Đến ngày",
            "Khu vực mất điện",
            "Ghi chú",
        ]
    )
    bold_header(ws, 5)
    d = datetime.datetime
    rows = [
        ["I", "LƯỚI ĐIỆN 110kV"],
        [
            1,
            "Thay thế máy cắt 171 tại TBA 110kV Lĩnh Giang 2",
            "Đội Quản lý vận hành lưới điện cao thế",
            d(2027, 1, 10),
            d(2027, 1, 11),
            "Không (chuyển tải qua TBA Lĩnh Giang 1)",
            "",
        ],
        [
            2,
            "Vệ sinh cách điện đường dây 110kV Lĩnh Giang - Hà Vân bằng phương pháp hotline",
            "Đội Quản lý vận hành lưới điện cao thế",
            d(2027, 1, 18),
            d(2027, 1, 22),
            "Không",
            "Sửa chữa nóng",
        ],
        ["II", "LƯỚI ĐIỆN TRUNG, HẠ ÁP"],
        [
            3,
            "Cải tạo đường trục 22kV lộ 473 E5.2 đoạn từ cột 45 đến cột 88",
            "Điện lực Hà Vân",
            d(2027, 2, 20),
            d(2027, 2, 21),
            "Xã Hà Bình, xã Vân Sơn",
            "",
        ],
        [
            4,
            "Thay máy biến áp quá tải TBA Vân Sơn 3, TBA Hà Bình 5",
            "Điện lực Hà Vân",
            d(2027, 3, 6),
            None,
            "Thôn Nà Lẹng, thôn Bản Chang",
            "Trong ngày",
        ],
        [
            5,
            "Bảo dưỡng các tủ RMU khu đô thị Nam Lĩnh Giang",
            "Điện lực thành phố Lĩnh Giang",
            d(2027, 3, 13),
            d(2027, 3, 14),
            "Khu đô thị Nam Lĩnh Giang",
            "",
        ],
        [
            6,
            "Lắp đặt thiết bị đóng cắt có điều khiển xa (Recloser) trên lộ 471, 475 E5.1",
            "Điện lực thành phố Lĩnh Giang; Đội Thí nghiệm điện",
            d(2027, 3, 27),
            d(2027, 3, 28),
            "Phường Bắc Lĩnh, phường Đông Lĩnh",
            "",
        ],
        ["III", "CÔNG TÁC KHÁC"],
        [
            7,
            "Kiểm tra định kỳ ngày, đêm đường dây và trạm biến áp",
            "Các Điện lực trực thuộc",
            "Hằng tháng",
            None,
            "",
            "Theo Quy trình kỹ thuật",
        ],
        [
            8,
            "Thí nghiệm định kỳ thiết bị nhất thứ các TBA 110kV",
            "Đội Thí nghiệm điện",
            d(2027, 2, 1),
            d(2027, 3, 31),
            "",
            "",
        ],
        [
            9,
            "Thông báo lịch ngừng, giảm cung cấp điện cho khách hàng trên website, Zalo OA và tin nhắn SMS",
            "Phòng Kinh doanh",
            "Thường xuyên",
            None,
            "",
            "Trước ít nhất 05 ngày",
        ],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
            continue
        for column in (4, 5):
            if isinstance(ws.cell(at, column).value, datetime.datetime):
                ws.cell(at, column).number_format = "dd/mm/yyyy"
        if isinstance(row[3], str):
            ws.merge_cells(start_row=at, start_column=4, end_row=at, end_column=5)
    wrap(ws, 6)
    column_widths(ws, [6, 48, 28, 12, 12, 26, 18])
    ws.append([])
    ws.append(
        [
            "",
            "Ghi chú: Thời gian cắt điện từ 06h00 đến 17h00 các ngày nêu trên; gặp thời tiết xấu, "
            "Phòng Điều độ thông báo lùi lịch.",
        ]
    )
    ws.append(["", "Các đơn vị báo cáo kết quả thực hiện Kế hoạch về Phòng Kỹ thuật trước ngày 05/4/2027."])
    ws.append([])
    ws.append(["", "", "", "", "KT. GIÁM ĐỐC"])
    ws.append(["", "", "", "", "PHÓ GIÁM ĐỐC"])
    ws.append([])
    ws.append(["", "", "", "", "Hoàng Văn Chiến"])
    wb.save(path)


def h602_docx(h, path: Path) -> None:
    """Historical archives centre: a checklist-style preservation and fire-safety plan, a frequency
    column (daily, weekly, twice a year), a blank sign-off column, sub-points inside one cell."""
    doc = document()
    head_block(
        doc,
        "SỞ NỘI VỤ TỈNH BÌNH LĨNH\nTRUNG TÂM LƯU TRỮ LỊCH SỬ\n───────\nSố: 57/KH-TTLTLS",
        right2="Bình Lĩnh, ngày 30 tháng 11 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Bảo quản an toàn tài liệu lưu trữ và phòng cháy, chữa cháy tại Kho lưu trữ chuyên dụng năm 2027",
        "Căn cứ Luật Lưu trữ năm 2024; căn cứ Thông tư số 10/2022/TT-BNV của Bộ Nội vụ quy định thời hạn "
        "bảo quản tài liệu, Trung tâm Lưu trữ lịch sử tỉnh xây dựng Kế hoạch năm 2027 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm an toàn tuyệt đối cho 4.860 mét giá tài liệu đang bảo quản tại 06 kho; các công việc "
        "thực hiện đúng tần suất, có sổ theo dõi và người xác nhận.",
        "**II. DANH MỤC CÔNG VIỆC",
    ]
    marked_paragraphs(doc, lines, MARKS)
    grid(
        doc,
        ["TT", "Công việc", "Tần suất / thời hạn", "Bộ phận thực hiện", "Xác nhận"],
        [
            ("§", "1", "BẢO QUẢN TRONG KHO"),
            [
                "1.1",
                "Kiểm tra nhiệt độ, độ ẩm trong kho; ghi sổ theo dõi 02 lần/ngày (08h00 và 14h00)",
                "Hằng ngày",
                "Phòng Bảo quản và Tu bổ tài liệu",
                "",
            ],
            [
                "1.2",
                "Vệ sinh giá, hộp, cặp tài liệu và sàn kho",
                "Hằng tuần (chiều Thứ Sáu)",
                "Phòng Bảo quản và Tu bổ tài liệu",
                "",
            ],
            [
                "1.3",
                "Khử trùng, diệt côn trùng, nấm mốc toàn bộ 06 kho (thuê đơn vị có chức năng)",
                "06 tháng/lần (tháng 4 và tháng 10)",
                "Phòng Bảo quản và Tu bổ tài liệu",
                "",
            ],
            ("§", "2", "PHÒNG CHÁY, CHỮA CHÁY"),
            [
                "2.1",
                "Kiểm tra hệ thống báo cháy tự động và hệ thống chữa cháy khí FM200",
                "Hằng tháng",
                "Tổ Bảo vệ - PCCC",
                "",
            ],
            [
                "2.2",
                "Nạp sạc bình chữa cháy xách tay hết hạn; bổ sung 12 bình khí CO2",
                "Trước 31/3/2027",
                "Phòng Hành chính - Tổng hợp",
                "",
            ],
            [
                "2.3",
                "Thực tập phương án chữa cháy tại cơ sở, có sự tham gia của Công an thành phố Lĩnh Giang",
                "Tháng 9/2027",
                "Tổ Bảo vệ - PCCC",
                "",
            ],
            ("§", "3", "TU BỔ, SỐ HÓA TÀI LIỆU"),
            [
                "3.1",
                "Tu bổ, phục chế 1.200 tờ tài liệu phông Ủy ban hành chính tỉnh (1955 - 1975) bị hư "
                "hỏng nặng:\na) Khảo sát, lập danh mục tài liệu cần tu bổ: Quý I;\nb) Tu bổ, phục chế, đóng "
                "gói trả về kho: Quý II - Quý III.",
                "Quý III/2027",
                "Phòng Bảo quản và Tu bổ tài liệu",
                "",
            ],
            [
                "3.2",
                "Số hóa 45.000 trang tài liệu phông UBND tỉnh giai đoạn 1976 - 1991, tạo lập cơ sở dữ liệu "
                "tài liệu lưu trữ số",
                "30/11/2027",
                "Phòng Thu thập, Chỉnh lý và Số hóa tài liệu",
                "",
            ],
            [
                "3.3",
                "Sao lưu dữ liệu tài liệu số lên máy chủ dự phòng và ổ lưu trữ ngoại tuyến",
                "Hằng tháng (ngày làm việc cuối tháng)",
                "Phòng Thu thập, Chỉnh lý và Số hóa tài liệu",
                "",
            ],
        ],
        widths=[1.0, 8.0, 3.0, 3.5, 1.5],
    )
    para(
        doc,
        "Ghi chú: Cột “Xác nhận” do người thực hiện ký sau mỗi lần thực hiện; sổ theo dõi lưu tại "
        "Phòng Bảo quản và Tu bổ tài liệu.",
        italic=True,
    )
    lines = [
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là bộ phận đầu mối, theo dõi việc thực hiện Kế hoạch; lập dự toán "
        "kinh phí các công việc thuê ngoài trình Giám đốc.",
        "2. Trưởng các phòng, Tổ trưởng Tổ Bảo vệ - PCCC chủ động bố trí người thực hiện công việc được "
        "giao.",
        "3. Các phòng, tổ báo cáo kết quả thực hiện về Phòng Hành chính - Tổng hợp trước ngày 05 của tháng "
        "đầu mỗi quý để tổng hợp, báo cáo Giám đốc./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nội vụ (b/c);\n- Ban Giám đốc;\n- Các phòng, tổ;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nNinh Thị Thanh Hương",
    )
    doc.save(path)


def batch_h593() -> None:
    """Writes h593–h602 (the .doc and .pdf through LibreOffice)."""
    write_batch(
        [
            (h593_docx, "h593_ctr_so_khcn_nam_lanh_dao_phu_trach.docx"),
            (h595_docx, "h595_tbkl_bvdk_tinh_hoi_dong_qlcl.docx"),
            (h596_html, "h596_lich_tuan_tand_tinh_cong_tt.html"),
            (h597_xlsx, "h597_chi_tieu_nam_hoc_so_gddt.xlsx"),
            (h599_docx, "h599_cv_hai_quan_cua_khau_tet.docx"),
            (h600_docx, "h600_qd_so_xay_dung_kiem_tra_chat_luong.docx"),
            (h601_xlsx, "h601_kh_dien_luc_cat_dien_quy_i.xlsx"),
            (h602_docx, "h602_kh_luu_tru_bang_kiem_bao_quan.docx"),
        ],
        [
            (h594_docx, "h594_kh_giam_sat_tt_hdnd_huyen.docx", "doc"),
            (h598_docx, "h598_kh_tinh_doan_xuan_tinh_nguyen_phu_luc.docx", "pdf"),
        ],
        _out,
    )
