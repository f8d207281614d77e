"""Held-out batch h613–h622, written by h13author58 blind to the importer: ten documents of a
provincial plant protection sub-department, a ward People's Committee, a provincial children's
hospital, a district People's Procuracy, a provincial Farmers' Union, a provincial Department of
Foreign Affairs, a university's science and international cooperation office, a clean water supply
joint-stock company, a provincial political school and a provincial library. Every name, person,
place, number and date in them is invented (the province of Hòa Lĩnh does not exist)."""

import datetime
from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    calendar_page,
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
    "h619_kh_phong_khhtqt_dai_hoc_tu_den",  # h13fixTA
    "h621_kh_truong_chinh_tri_mo_lop",  # h13fixTB
    "h620_qd_cap_nuoc_phu_luc_nhiem_vu",  # h13fixTD
    "h615_tbkl_bv_nhi_giao_ban",  # h13fixTE
    "h613_kh_chi_cuc_bvtv_truong_nhan",  # h13fixTG
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h613_docx(h, path: Path) -> None:
    """Plant protection sub-department: a prose plan, numbered tasks with labelled fields below them."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT\n───────\nSố: 318/KH-TTBVTV",
        right2="Hòa Lĩnh, ngày 01 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Phòng, chống sinh vật gây hại cây trồng vụ Đông Xuân 2026 - 2027",
        "Thực hiện Kế hoạch số 2214/KH-SNNMT ngày 20/11/2026 của Sở Nông nghiệp và Môi trường về sản xuất "
        "vụ Đông Xuân 2026 - 2027; căn cứ tình hình sinh vật gây hại (SVGH) vụ Mùa 2026 và dự báo thời "
        "tiết, Chi cục Trồng trọt và Bảo vệ thực vật (Chi cục TT&BVTV) xây dựng Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Chủ động phát hiện sớm, dự báo chính xác, hướng dẫn nông dân phòng trừ kịp thời các đối tượng "
        "SVGH chủ yếu trên lúa, ngô và rau màu; không để dịch hại lây lan diện rộng.",
        "2. Phân công cụ thể nhiệm vụ cho các phòng, trạm; bảo đảm phối hợp chặt chẽ với chính quyền cơ sở.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**1. Điều tra, phát hiện SVGH tại các điểm điều tra cố định",
        "Điều tra định kỳ trên lúa, ngô, rau màu tại 42 điểm cố định của 7 huyện, thị xã; cập nhật số liệu "
        "vào phần mềm giám sát dịch hại.",
        "- Chủ trì: Phòng Bảo vệ thực vật; phối hợp: Trạm Trồng trọt và BVTV các huyện, thị xã.",
        "- Thời gian: định kỳ 7 ngày/lần trong suốt vụ.",
        "**2. Tập huấn phòng trừ sinh vật gây hại cho nông dân",
        "Tổ chức 20 lớp tập huấn “Nhận biết và phòng trừ rầy nâu, bệnh đạo ôn hại lúa” cho khoảng 600 lượt "
        "nông dân tại các vùng trọng điểm lúa.",
        "- Chủ trì: Phòng Trồng trọt. Thời gian: tháng 01 - tháng 02/2027.",
        "**3. Kiểm tra kinh doanh vật tư nông nghiệp",
        "Kiểm tra điều kiện buôn bán thuốc bảo vệ thực vật, phân bón tại 40 cửa hàng, đại lý; xử lý hoặc "
        "kiến nghị xử lý vi phạm theo quy định.",
        "- Chủ trì: Phòng Thanh tra - Pháp chế",
        "- Phối hợp: Công an tỉnh (Phòng Cảnh sát kinh tế), Trạm Trồng trọt và BVTV các huyện",
        "- Thời gian: Quý I/2027",
        "**4. Xây dựng mô hình quản lý dịch hại tổng hợp trên lúa",
        "Xây dựng 03 mô hình quản lý dịch hại tổng hợp (IPHM) trên lúa, quy mô 15 ha/mô hình, tại các xã "
        "Thanh Xá, Đông Phú (huyện Sơn Vĩnh) và xã Lạc Thủy (huyện Tân Định).",
        "- Chủ trì: Phòng Trồng trọt",
        "- Thời gian: từ ngày 15/12/2026 đến khi kết thúc vụ (dự kiến ngày 30/4/2027).",
        "**5. Kiểm dịch thực vật đối với vật thể vận chuyển vào tỉnh",
        "Kiểm dịch thực vật đối với giống cây trồng, vật thể thuộc diện kiểm dịch vận chuyển vào tỉnh; "
        "ngăn chặn đối tượng kiểm dịch thực vật xâm nhập.",
        "- Chủ trì: Trạm Kiểm dịch thực vật nội địa. Thời gian: thường xuyên.",
        "**6. Chiến dịch diệt chuột tập trung đầu vụ",
        "Hướng dẫn các xã tổ chức chiến dịch diệt chuột tập trung trước khi gieo cấy; thống kê số chuột "
        "diệt được.",
        "- Chủ trì: Trạm Trồng trọt và BVTV các huyện, thị xã",
        "- Thời gian: hoàn thành trước ngày 10/01/2027",
        "**7. Tham mưu sử dụng thuốc bảo vệ thực vật dự trữ",
        "Tham mưu Sở Nông nghiệp và Môi trường đề xuất UBND tỉnh xuất thuốc bảo vệ thực vật dự trữ quốc gia "
        "hỗ trợ các địa phương khi dịch hại phát sinh trên diện rộng.",
        "- Chủ trì: Phòng Hành chính - Tổng hợp; phối hợp: Phòng Bảo vệ thực vật",
        "- Thời gian: khi có dịch xảy ra",
        "**8. Tổng kết công tác bảo vệ thực vật vụ Đông Xuân",
        "Đánh giá kết quả phòng, chống SVGH vụ Đông Xuân 2026 - 2027, rút kinh nghiệm chỉ đạo vụ Hè Thu "
        "2027.",
        "- Chủ trì: Phòng Trồng trọt. Thời gian: tháng 5/2027.",
        "**III. KINH PHÍ",
        "Kinh phí thực hiện từ dự toán ngân sách năm 2027 giao cho Chi cục và các nguồn hợp pháp khác.",
        "**IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; "
        "bảo đảm kinh phí, phương tiện cho các đợt điều tra, kiểm tra.",
        "2. Trưởng các phòng, trạm trực thuộc Chi cục căn cứ nhiệm vụ được giao chủ động triển khai thực "
        "hiện.",
        "3. Các Trạm Trồng trọt và BVTV huyện, thị xã báo cáo tình hình SVGH về Chi cục (qua Phòng "
        "Bảo vệ thực vật) trước 15 giờ thứ Năm hằng tuần để tổng hợp, báo cáo Sở.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nông nghiệp và Môi trường (b/c);\n- Cục Bảo vệ thực vật (b/c);\n- UBND các huyện, "
        "thị xã;\n- Các phòng, trạm thuộc Chi cục;\n- Lưu: VT, BVTV.",
        "CHI CỤC TRƯỞNG\n\n\n\nNguyễn Thế Phong",
    )
    doc.save(path)


def h614_docx(h, path: Path) -> None:
    """Ward People's Committee: a dispatch on urban order before Tết, lettered points under unit labels."""
    doc = document()
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nPHƯỜNG ĐÔNG THẠNH\n───────\nSố: 1187/UBND-KTHTĐT\nV/v tăng cường công tác bảo "
        "đảm trật tự đô thị, vệ sinh môi trường dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027",
        right2="Đông Thạnh, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Phòng Kinh tế, Hạ tầng và Đô thị phường;",
        "- Phòng Văn hóa - Xã hội phường;",
        "- Công an phường;",
        "- Ban điều hành các khu phố;",
        "- Công ty Cổ phần Môi trường đô thị Hòa Lĩnh.",
        "Thời gian qua, tình trạng lấn chiếm lòng đường, vỉa hè để kinh doanh, đổ rác không đúng nơi quy "
        "định tại một số tuyến phố (Trần Phú, Lê Lợi, Nguyễn Huệ, chợ Đông Thạnh) vẫn còn diễn ra, ảnh "
        "hưởng đến mỹ quan đô thị. Để bảo đảm trật tự đô thị, vệ sinh môi trường dịp cuối năm và Tết "
        "Nguyên đán Đinh Mùi 2027, Chủ tịch UBND phường yêu cầu:",
        "**1. Phòng Kinh tế, Hạ tầng và Đô thị phường (Phòng KTHTĐT)",
        "a) Chủ trì, phối hợp Công an phường ra quân lập lại trật tự lòng đường, vỉa hè trên các tuyến Trần "
        "Phú, Lê Lợi, Nguyễn Huệ; đợt 1 từ ngày 14/12/2026 đến ngày 31/12/2026, đợt 2 từ ngày 11/01/2027 "
        "đến ngày 31/01/2027.",
        "b) Rà soát, lập danh sách các điểm tập kết rác tự phát trên địa bàn, đề xuất phương án xóa bỏ, gửi "
        "UBND phường trước ngày 18/12/2026.",
        "c) Kiểm tra việc thu gom, vận chuyển rác thải sinh hoạt của đơn vị cung ứng dịch vụ; thực hiện "
        "thường xuyên.",
        "**2. Công an phường",
        "- Tăng cường tuần tra, kiểm soát, xử lý nghiêm các hành vi lấn chiếm lòng đường, vỉa hè, đỗ xe sai "
        "quy định trong thời gian cao điểm từ ngày 15/01/2027 đến hết ngày 15/02/2027.",
        "- Phối hợp Phòng KTHTĐT lập hồ sơ xử lý vi phạm hành chính về vệ sinh môi trường; tổng hợp kết quả "
        "xử lý gửi UBND phường trước ngày 20/02/2027.",
        "**3. Phòng Văn hóa - Xã hội phường",
        "- Tuyên truyền trên hệ thống loa truyền thanh phường về quy định bảo đảm trật tự đô thị, phân loại "
        "rác tại nguồn vào sáng thứ Hai hằng tuần.",
        "- Phối hợp Ủy ban MTTQ Việt Nam phường phát động ra quân “Ngày Chủ nhật xanh” toàn phường vào "
        "ngày 27/12/2026.",
        "**4. Ban điều hành các khu phố",
        "Vận động các hộ kinh doanh mặt tiền ký cam kết không lấn chiếm vỉa hè, không đổ rác ra đường; "
        "hoàn thành trước ngày 25/12/2026.",
        "**5. Đề nghị Công ty Cổ phần Môi trường đô thị Hòa Lĩnh",
        "Bố trí thêm phương tiện, tăng tần suất thu gom rác lên 02 lần/ngày tại khu vực chợ Đông Thạnh và "
        "các tuyến phố chính từ ngày 20/01/2027 đến ngày 10/02/2027.",
        "Các đơn vị, khu phố báo cáo kết quả thực hiện về UBND phường (qua Phòng KTHTĐT) trước ngày "
        "20/02/2027 để tổng hợp, báo cáo UBND thành phố.",
        "Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND thành phố (b/c);\n- TT Đảng ủy, TT HĐND phường;\n- CT, các PCT UBND "
        "phường;\n- Lưu: VT, KTHTĐT.",
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nTrịnh Văn Lực",
    )
    doc.save(path)


def h615_docx(h, path: Path) -> None:
    """Children's hospital: a notice of conclusions, topic headings over dashes, one point inside prose."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH HÒA LĨNH\nBỆNH VIỆN NHI\n───────\nSố: 742/TB-BVN",
        right2="Hòa Lĩnh, ngày 02 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Bệnh viện tại cuộc họp giao ban mở rộng tháng 11/2026",
        "Ngày 30/11/2026, Bệnh viện Nhi tỉnh tổ chức họp giao ban mở rộng đánh giá kết quả hoạt động tháng "
        "11/2026, triển khai nhiệm vụ tháng 12/2026 và Quý I/2027. Chủ trì: BSCKII. Đoàn Văn Khải - Giám "
        "đốc Bệnh viện; tham dự có các Phó Giám đốc, trưởng các khoa, phòng, điều dưỡng trưởng. Sau khi "
        "nghe báo cáo và ý kiến thảo luận, Giám đốc Bệnh viện kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 11/2026, Bệnh viện khám 21.436 lượt, điều trị nội trú 3.118 lượt bệnh nhi, công suất "
        "sử dụng giường bệnh 112%. Số ca viêm phổi, cúm mùa tăng 18% so với cùng kỳ; các khoa đã chủ động "
        "bố trí giường kê thêm, không để xảy ra sai sót chuyên môn nghiêm trọng.",
        "**II. NHIỆM VỤ TRONG THỜI GIAN TỚI",
        "**1. Về thu dung, điều trị bệnh nhi mùa đông - xuân",
        "- Khoa Truyền nhiễm chủ trì, phối hợp Khoa Hồi sức tích cực - Chống độc xây dựng phương án mở "
        "rộng khu cách ly, thu dung bệnh nhi cúm, viêm phổi nặng, trình Giám đốc trước ngày 15/12/2026.",
        "- Phòng Vật tư - Thiết bị y tế (VT-TBYT) rà soát, bổ sung máy thở, máy theo dõi bệnh nhân, hệ "
        "thống oxy trung tâm cho các khoa hồi sức; hoàn thành trong tháng 12/2026.",
        "**2. Về chất lượng khám, chữa bệnh",
        "Giám đốc ghi nhận việc cải tiến quy trình tiếp đón tại Khoa Khám bệnh; tuy nhiên thời gian chờ khám "
        "buổi sáng còn kéo dài, nhất là thứ Hai. Giao Khoa Khám bệnh phối hợp Phòng Công nghệ thông tin "
        "triển khai đặt lịch khám qua ứng dụng điện thoại, đưa vào vận hành chính thức trước ngày "
        "01/01/2027.",
        "Phòng Quản lý chất lượng tổ chức khảo sát sự hài lòng của người nhà bệnh nhi hằng quý, công bố "
        "kết quả tại giao ban Bệnh viện.",
        "**3. Về kiểm soát nhiễm khuẩn",
        "Khoa Kiểm soát nhiễm khuẩn tăng cường giám sát việc tuân thủ vệ sinh tay của nhân viên y tế tại "
        "các khoa lâm sàng; thực hiện thường xuyên.",
        "**4. Về tài chính và nhân lực",
        "- Phòng Tài chính - Kế toán hoàn thiện phương án tự chủ tài chính giai đoạn 2027 - 2030, báo cáo "
        "Đảng ủy, Ban Giám đốc trong Quý I/2027.",
        "- Phòng Tổ chức cán bộ tham mưu kế hoạch tuyển dụng viên chức năm 2027 (ưu tiên bác sĩ hồi sức "
        "sơ sinh), trình Giám đốc trước ngày 31/01/2027.",
        "**5. Về chuyên môn",
        "Phó Giám đốc phụ trách chuyên môn (BSCKII. Hà Minh Tâm) chỉ đạo các khoa lâm sàng rà soát, cập "
        "nhật phác đồ điều trị viêm phổi, tiêu chảy cấp ở trẻ em theo hướng dẫn mới của Bộ Y tế, ban hành "
        "trước ngày 31/01/2027.",
        "Các Phó Giám đốc theo lĩnh vực được phân công chỉ đạo các khoa, phòng triển khai kết luận này.",
        "**6. Về công tác xã hội",
        "Đề nghị Công đoàn Bệnh viện phối hợp Phòng Công tác xã hội tổ chức chương trình “Tết yêu thương” "
        "tặng quà bệnh nhi điều trị dài ngày dịp Tết Nguyên đán Đinh Mùi 2027, hoàn thành trước ngày "
        "03/02/2027.",
        "Các khoa, phòng báo cáo kết quả thực hiện các nội dung trên về Phòng Kế hoạch tổng hợp trước ngày "
        "25/12/2026 để tổng hợp, báo cáo tại cuộc họp giao ban tháng 12/2026.",
        "Bệnh viện Nhi tỉnh thông báo để các khoa, phòng biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, KHTH.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP\n\n\n\nBSCKI. Lý Thị Thanh Hương",
    )
    doc.save(path)


def h616_docx(h, path: Path) -> None:
    """District People's Procuracy: a yearly programme table (to PDF), a leader column merged down."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "VIỆN KSND TỈNH HÒA LĨNH\nVIỆN KIỂM SÁT NHÂN DÂN\nHUYỆN SƠN VĨNH\n───────\nSố: 96/CTr-VKSSV",
        right2="Sơn Vĩnh, ngày 03 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Viện kiểm sát nhân dân huyện Sơn Vĩnh", bold=True, center=True)
    para(
        doc,
        "Thực hiện Chỉ thị công tác năm 2027 của Viện trưởng VKSND tối cao và Kế hoạch công tác năm 2027 "
        "của VKSND tỉnh Hòa Lĩnh, Viện kiểm sát nhân dân huyện Sơn Vĩnh (VKSND huyện) xây dựng Chương "
        "trình công tác năm 2027 như sau:",
    )
    t = grid(
        doc,
        ["STT", "Nội dung công việc", "Bộ phận chủ trì", "Lãnh đạo phụ trách", "Thời gian hoàn thành"],
        [
            ("§", "I", "CÔNG TÁC THỰC HÀNH QUYỀN CÔNG TỐ, KIỂM SÁT ĐIỀU TRA, KIỂM SÁT XÉT XỬ HÌNH SỰ"),
            [
                "1",
                "Kiểm sát 100% tin báo, tố giác tội phạm và kiến nghị khởi tố ngay từ khi tiếp nhận",
                "Bộ phận Thực hành quyền công tố, kiểm sát điều tra, xét xử hình sự (Bộ phận Hình sự)",
                "PVT Lê Quang Huy",
                "Thường xuyên",
            ],
            [
                "2",
                "Phối hợp Tòa án nhân dân huyện tổ chức 04 phiên tòa hình sự rút kinh nghiệm",
                "Bộ phận Hình sự",
                "",
                "Quý II và Quý IV/2027",
            ],
            [
                "3",
                "Tuyên truyền Bộ luật Tố tụng hình sự sửa đổi tại các xã trọng điểm về ma túy",
                "Bộ phận Hình sự",
                "",
                "",
            ],
            ("§", "II", "CÔNG TÁC KIỂM SÁT GIẢI QUYẾT CÁC VỤ, VIỆC DÂN SỰ, HÀNH CHÍNH VÀ THI HÀNH ÁN"),
            [
                "4",
                "Kiểm sát việc giải quyết các vụ, việc dân sự, hôn nhân và gia đình; ban hành ít nhất 02 "
                "kiến "
                "nghị yêu cầu khắc phục vi phạm",
                "Bộ phận Dân sự - Hành chính",
                "PVT Phùng Thị Hoa",
                "Trước 30/11/2027",
            ],
            [
                "5",
                "Trực tiếp kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự tại Nhà tạm giữ Công an "
                "huyện",
                "Bộ phận Kiểm sát thi hành án",
                "",
                "Hằng quý",
            ],
            [
                "6",
                "Trực tiếp kiểm sát Chi cục Thi hành án dân sự huyện về việc xét miễn, giảm nghĩa vụ thi "
                "hành án",
                "Bộ phận Kiểm sát thi hành án",
                "",
                "Quý III/2027",
            ],
            ("§", "III", "CÔNG TÁC VĂN PHÒNG, TỔNG HỢP VÀ XÂY DỰNG NGÀNH"),
            [
                "7",
                "Xây dựng báo cáo tổng kết công tác năm 2026, đăng ký chỉ tiêu nghiệp vụ năm 2027",
                "Văn phòng tổng hợp",
                "Viện trưởng Đinh Công Sáng",
                "Trước 20/12/2026",
            ],
            [
                "8",
                "Tổ chức Hội nghị cán bộ, công chức, người lao động năm 2027",
                "Văn phòng tổng hợp",
                "",
                "Tháng 01/2027",
            ],
            [
                "9",
                "Thực hiện chế độ thông tin, báo cáo thống kê định kỳ gửi VKSND tỉnh",
                "Văn phòng tổng hợp",
                "",
                "Hằng tháng (trước ngày 20)",
            ],
            [
                "10",
                "Tiếp công dân, tiếp nhận và giải quyết đơn khiếu nại, tố cáo thuộc thẩm quyền",
                "Văn phòng tổng hợp",
                "",
                "Thường xuyên",
            ],
            ["11", "Sơ kết công tác 6 tháng đầu năm 2027", "Văn phòng tổng hợp", "", "Tháng 6/2027"],
        ],
    )
    h.set_widths(t, [0.5, 4.3, 2.4, 1.5, 1.4])
    # the leader of each section printed once, merged down over its rows
    h.merge_down(t, 3, 2, 4, "PVT Lê Quang Huy")
    h.merge_down(t, 3, 6, 8, "PVT Phùng Thị Hoa")
    h.merge_down(t, 3, 10, 14, "Viện trưởng Đinh Công Sáng")
    para(
        doc,
        "Ghi chú: Thời gian hoàn thành là thời hạn trình Viện trưởng; nội dung phát sinh được bổ sung theo "
        "chỉ đạo của VKSND tỉnh.",
        italic=True,
    )
    para(
        doc,
        "Các bộ phận báo cáo kết quả thực hiện Chương trình về Văn phòng tổng hợp trước ngày 25 của tháng "
        "cuối quý để tổng hợp, báo cáo VKSND tỉnh.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- VKSND tỉnh (b/c);\n- Thường trực Huyện ủy (b/c);\n- Lãnh đạo Viện;\n- Các bộ phận;\n- "
        "Lưu: VT, VP.",
        "VIỆN TRƯỞNG\n\n\n\nĐinh Công Sáng",
    )
    doc.save(path)


def h617_xlsx(h, path: Path) -> None:
    """Provincial Farmers' Union: an indicator sheet, roman group rows, a time column partly blank."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu 2027"
    title_rows(
        ws,
        [
            "HỘI NÔNG DÂN TỈNH HÒA LĨNH - BAN THƯỜNG VỤ",
            "BẢNG CHỈ TIÊU THI ĐUA NĂM 2027",
            "(Kèm theo Quyết định số 215-QĐ/HNDT ngày 04/12/2026 của Ban Thường vụ Hội Nông dân tỉnh)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2027", "Ban theo dõi, tham mưu", "Thời điểm đánh giá"]
    )
    bold_header(ws, 5)
    rows = [
        ("I", "CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI"),
        [1, "Kết nạp hội viên mới", "hội viên", "3.500", "Ban Tổ chức - Kiểm tra", "30/11/2027"],
        [2, "Tỷ lệ cơ sở Hội xếp loại vững mạnh", "%", "≥ 75", "Ban Tổ chức - Kiểm tra", ""],
        [
            3,
            "Mở lớp bồi dưỡng nghiệp vụ cho chi hội trưởng",
            "lớp",
            "12",
            "Ban Tổ chức - Kiểm tra",
            "Quý III/2027",
        ],
        ("II", "HOẠT ĐỘNG HỖ TRỢ NÔNG DÂN PHÁT TRIỂN KINH TẾ"),
        [
            4,
            "Hộ đăng ký thi đua sản xuất, kinh doanh giỏi các cấp",
            "hộ",
            "95.000",
            "Ban Kinh tế - Xã hội",
            "Trước 30/6/2027",
        ],
        [
            5,
            "Tăng trưởng nguồn vốn Quỹ Hỗ trợ nông dân tỉnh",
            "tỷ đồng",
            "8",
            "Ban Điều hành Quỹ Hỗ trợ nông dân",
            "",
        ],
        [
            6,
            "Sản phẩm OCOP do hội viên làm chủ được công nhận từ 3 sao trở lên",
            "sản phẩm",
            "15",
            "Ban Kinh tế - Xã hội",
            "31/10/2027",
        ],
        [
            7,
            "Thành lập mới tổ hội nghề nghiệp, chi hội nghề nghiệp",
            "tổ, chi hội",
            "40",
            "Ban Kinh tế - Xã hội",
            "",
        ],
        [
            8,
            "Dạy nghề, chuyển giao kỹ thuật cho nông dân",
            "người",
            "1.200",
            "Trung tâm Dịch vụ hỗ trợ nông dân tỉnh",
            "Đánh giá hằng quý",
        ],
        ("III", "CÔNG TÁC TUYÊN TRUYỀN VÀ BẢO VỆ MÔI TRƯỜNG"),
        [9, "Tuyên truyền, phổ biến pháp luật cho hội viên", "buổi", "300", "Ban Tuyên huấn", "Hằng tháng"],
        [
            10,
            "Xây dựng mô hình “Cánh đồng không rác thải” do Hội chủ trì",
            "mô hình",
            "20",
            "Ban Tuyên huấn",
            "15/11/2027",
        ],
    ]
    for row in rows:
        if isinstance(row, tuple):
            ws.append([row[0], row[1]])
            at = ws.max_row
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=6)
            continue
        ws.append(row)
    wrap(ws, 6)
    column_widths(ws, [6, 46, 11, 12, 26, 16])
    ws.append([])
    ws.append(
        ["", "Ghi chú: (*) Chỉ tiêu giao cho Hội Nông dân các huyện, thị xã, thành phố tại Phụ lục 02."]
    )
    ws.append(
        [
            "",
            "Hội Nông dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện chỉ tiêu về Ban Thường vụ "
            "Hội Nông dân tỉnh (qua Văn phòng) trước ngày 15 tháng cuối quý.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "TM. BAN THƯỜNG VỤ"])
    ws.append(["", "", "", "", "CHỦ TỊCH"])
    ws.append([])
    ws.append(["", "", "", "", "Bùi Đức Thắng"])
    wb.save(path)


def h618_docx(h, path: Path) -> None:
    """Department of Foreign Affairs: a weekly calendar of the directors, the day merged down."""
    doc = calendar_page(
        "UBND TỈNH HÒA LĨNH\nSỞ NGOẠI VỤ\n───────",
        "Hòa Lĩnh, ngày 05 tháng 12 năm 2026",
        "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ NGOẠI VỤ",
        "(Tuần 50, từ ngày 07/12/2026 đến ngày 13/12/2026)",
    )
    days = [
        (
            "Thứ Hai\n07/12",
            [
                [
                    "07h30",
                    "Giao ban lãnh đạo Sở đầu tuần",
                    "Giám đốc Vũ Thanh Hải",
                    "Văn phòng Sở",
                    "Phòng họp số 1",
                ],
                [
                    "14h00",
                    "Tiếp, làm việc với Đoàn công tác Tổng Lãnh sự quán Nhật Bản về chương trình xúc tiến "
                    "đầu tư "
                    "năm 2027",
                    "Giám đốc Vũ Thanh Hải",
                    "Phòng Hợp tác quốc tế",
                    "Phòng khách UBND tỉnh",
                ],
            ],
        ),
        (
            "Thứ Ba\n08/12",
            [
                [
                    "08h00",
                    "Dự Hội nghị triển khai công tác quản lý biên giới, cửa khẩu năm 2027",
                    "PGĐ Lò Thị Mai",
                    "Phòng Quản lý biên giới",
                    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                ],
                ["Chiều", "Giám đốc làm việc tại cơ quan", "", "", ""],
            ],
        ),
        (
            "Thứ Tư\n09/12",
            [
                [
                    "08h00",
                    "Tiếp công dân định kỳ",
                    "Giám đốc Vũ Thanh Hải",
                    "Thanh tra Sở",
                    "Trụ sở tiếp công dân tỉnh",
                ],
                [
                    "14h00",
                    "Họp xét hồ sơ đề nghị cho phép sử dụng thẻ đi lại của doanh nhân APEC (thẻ ABTC) đợt 12",
                    "PGĐ Nguyễn Hữu Tín",
                    "Phòng Lãnh sự và Người Việt Nam ở nước ngoài",
                    "Phòng họp số 2",
                ],
            ],
        ),
        (
            "Thứ Năm\n10/12",
            [
                [
                    "Cả ngày",
                    "Kiểm tra công tác quản lý lối mở, cửa khẩu phụ Nậm Khoang (dự kiến)",
                    "Giám đốc Vũ Thanh Hải, PGĐ Lò Thị Mai",
                    "Phòng Quản lý biên giới",
                    "Huyện Mường Tè Hạ",
                ],
                [
                    "15h00",
                    "Họp Ban Tổ chức Hội nghị gặp mặt các tổ chức phi chính phủ nước ngoài (PCPNN) năm 2026",
                    "PGĐ Nguyễn Hữu Tín",
                    "Phòng Hợp tác quốc tế",
                    "Phòng họp số 1",
                ],
            ],
        ),
        (
            "Thứ Sáu\n11/12",
            [
                [
                    "08h00",
                    "Hội nghị gặp mặt, tổng kết công tác vận động viện trợ các tổ chức PCPNN năm 2026",
                    "Giám đốc Vũ Thanh Hải",
                    "Phòng Hợp tác quốc tế; Trung tâm Thông tin và Dịch vụ đối ngoại",
                    "Khách sạn Hòa Lĩnh Plaza",
                ],
                [
                    "14h00",
                    "Họp Hội đồng Thi đua - Khen thưởng Sở, xét danh hiệu thi đua năm 2026",
                    "Giám đốc Vũ Thanh Hải",
                    "Văn phòng Sở",
                    "Phòng họp số 1",
                ],
                ["", "Trực lãnh đạo: PGĐ Lò Thị Mai", "", "", ""],
            ],
        ),
        (
            "Thứ Bảy\n12/12",
            [
                [
                    "09h00",
                    "Tiễn Đoàn đại biểu tỉnh Xiêng Sạ (Lào) kết thúc chuyến thăm, làm việc",
                    "PGĐ Lò Thị Mai",
                    "Phòng Hợp tác quốc tế",
                    "Cửa khẩu quốc tế Tây Trang Hạ",
                ],
            ],
        ),
        ("Chủ nhật\n13/12", [["", "Trực lãnh đạo: PGĐ Nguyễn Hữu Tín", "", "", ""]]),
    ]
    t = grid(
        doc, ["Thứ, ngày", "Thời gian", "Nội dung", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị", "Địa điểm"], []
    )
    for label, rows in days:
        first = len(t.rows)
        for row in rows:
            cells = t.add_row().cells
            for cell, value in zip(cells[1:], row, strict=True):
                cell.text = value
        if len(rows) > 1:
            h.merge_down(t, 0, first, len(t.rows) - 1, label)
        else:
            t.cell(first, 0).text = label
    h.set_widths(t, [0.9, 0.8, 3.6, 1.7, 1.9, 1.5])
    para(
        doc,
        "Ghi chú: Lịch công tác có thể thay đổi; Văn phòng Sở thông báo bổ sung trên Hệ thống quản lý văn "
        "bản.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Lãnh đạo Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Đăng Cổng TTĐT Sở;\n- Lưu: VT.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nHà Thị Kim Oanh",
    )
    doc.save(path)


def h619_xlsx(h, path: Path) -> None:
    """University science and international cooperation office: from/to date columns, a person in charge."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "KH KHCN-HTQT"
    title_rows(
        ws,
        [
            "TRƯỜNG ĐẠI HỌC NÔNG LÂM HÒA LĨNH - PHÒNG KHOA HỌC VÀ HỢP TÁC QUỐC TẾ",
            "KẾ HOẠCH HOẠT ĐỘNG KHOA HỌC CÔNG NGHỆ VÀ HỢP TÁC QUỐC TẾ NĂM 2027",
            "(Ban hành kèm theo Kế hoạch số 57/KH-KHHTQT ngày 02/12/2026)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(["TT", "Hoạt động", "Từ ngày", "Đến ngày", "Người phụ trách", "Sản phẩm"])
    bold_header(ws, 5)

    def d(day, month, year=2027):
        return datetime.datetime(year, month, day)

    rows = [
        ("A", "HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ"),
        [
            1,
            "Nghiệm thu các đề tài khoa học cấp cơ sở năm 2026 đến hạn",
            d(7, 12, 2026),
            d(25, 12, 2026),
            "PTP Hoàng Thị Ngân",
            "Biên bản nghiệm thu",
        ],
        [
            2,
            "Thông báo, hướng dẫn đăng ký đề tài khoa học cấp cơ sở năm 2027",
            d(5, 1),
            d(20, 1),
            "PTP Hoàng Thị Ngân",
            "Danh mục đăng ký",
        ],
        [
            3,
            "Tổ chức xét duyệt thuyết minh đề tài cấp cơ sở năm 2027",
            d(1, 3),
            d(31, 3),
            "PTP Hoàng Thị Ngân",
            "Quyết định phê duyệt",
        ],
        [
            4,
            "Tổ chức Hội nghị sinh viên nghiên cứu khoa học cấp Trường",
            d(10, 5),
            d(10, 5),
            "CV. Lưu Đức Anh",
            "Kỷ yếu hội nghị",
        ],
        [
            5,
            "Hướng dẫn, hỗ trợ giảng viên đăng ký đề tài cấp tỉnh, cấp Bộ",
            "Thường xuyên",
            None,
            "Trưởng phòng",
            "",
        ],
        [
            6,
            "Xuất bản Tạp chí Khoa học Nông lâm (04 số/năm)",
            "Hằng quý",
            None,
            "CV. Mai Thu Hà",
            "04 số tạp chí",
        ],
        ("B", "HỢP TÁC QUỐC TẾ"),
        [
            7,
            "Tiếp nhận, làm thủ tục cho đoàn chuyên gia Đại học Quốc gia Chungbuk (Hàn Quốc) giảng dạy "
            "ngắn hạn",
            d(1, 4),
            d(15, 4),
            "CV. Trịnh Quốc Bảo",
            "",
        ],
        [
            8,
            "Gia hạn Biên bản ghi nhớ (MOU) với 03 đối tác nước ngoài hết hạn trong năm 2027",
            None,
            d(30, 6),
            "Trưởng phòng",
            "MOU được ký",
        ],
        [
            9,
            "Tổ chức Hội thảo khoa học quốc tế “Nông nghiệp tuần hoàn thích ứng với biến đổi khí hậu”",
            d(20, 10),
            d(21, 10),
            "Trưởng phòng",
            "Kỷ yếu có chỉ số ISBN",
        ],
        [
            10,
            "Quản lý đoàn ra, đoàn vào; cập nhật cơ sở dữ liệu hợp tác quốc tế",
            "Thường xuyên",
            None,
            "CV. Trịnh Quốc Bảo",
            "",
        ],
        [
            11,
            "Báo cáo tình hình thực hiện hợp tác quốc tế gửi Bộ Giáo dục và Đào tạo",
            "Định kỳ 6 tháng",
            None,
            "CV. Trịnh Quốc Bảo",
            "Báo cáo",
        ],
    ]
    for row in rows:
        if isinstance(row, tuple):
            ws.append([row[0], row[1]])
            at = ws.max_row
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=6)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
            continue
        ws.append(row)
        at = ws.max_row
        for column in (3, 4):
            if isinstance(ws.cell(at, column).value, datetime.datetime):
                ws.cell(at, column).number_format = "dd/mm/yyyy"
        if isinstance(row[2], str):
            ws.merge_cells(start_row=at, start_column=3, end_row=at, end_column=4)
    wrap(ws, 6)
    column_widths(ws, [5, 52, 12, 12, 20, 22])
    ws.append([])
    ws.append(["", "Ghi chú: Thời gian có thể điều chỉnh theo kế hoạch năm học của Trường."])
    ws.append(
        [
            "",
            "Các khoa, trung tâm báo cáo kết quả hoạt động khoa học công nghệ và hợp tác quốc tế "
            "về Phòng Khoa học và Hợp tác quốc tế trước ngày 10 của tháng cuối mỗi quý.",
        ]
    )
    ws.append([])
    ws.append(["", "", "", "", "TRƯỞNG PHÒNG"])
    ws.append([])
    ws.append(["", "", "", "", "TS. Đặng Văn Quý"])
    wb.save(path)


def h620_docx(h, path: Path) -> None:
    """Clean water company: a decision, its article 2 assigning duties, the task list after the signature."""
    doc = document()
    head_block(
        doc,
        "CÔNG TY CỔ PHẦN\nCẤP NƯỚC HÒA LĨNH\n───────\nSố: 1456/QĐ-CNHL",
        right2="Hòa Lĩnh, ngày 03 tháng 12 năm 2026",
    )
    lines = [
        "##QUYẾT ĐỊNH",
        "##Về việc ban hành Kế hoạch giảm thất thoát, thất thu nước sạch năm 2027",
        "##TỔNG GIÁM ĐỐC CÔNG TY CỔ PHẦN CẤP NƯỚC HÒA LĨNH",
        "Căn cứ Điều lệ tổ chức và hoạt động của Công ty Cổ phần Cấp nước Hòa Lĩnh;",
        "Căn cứ Nghị quyết số 09/NQ-HĐQT ngày 25/11/2026 của Hội đồng quản trị Công ty về kế hoạch sản "
        "xuất kinh doanh năm 2027;",
        "Theo đề nghị của Trưởng phòng Kỹ thuật - Chống thất thoát.",
        "##QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch giảm thất thoát, thất thu nước sạch năm 2027 "
        "của Công ty Cổ phần Cấp nước Hòa Lĩnh (chi tiết tại Phụ lục).",
        "Điều 2. Tổ chức thực hiện",
        "1. Phòng Kỹ thuật - Chống thất thoát là đơn vị đầu mối, theo dõi, đôn đốc, tổng hợp kết quả thực "
        "hiện Kế hoạch, báo cáo Tổng Giám đốc hằng quý.",
        "2. Phòng Tài chính - Kế toán bố trí nguồn vốn thay thế tuyến ống, đồng hồ theo tiến độ của Kế "
        "hoạch.",
        "Điều 3. Quyết định có hiệu lực kể từ ngày ký.",
        "Điều 4. Chánh Văn phòng, Trưởng các phòng, Giám đốc các Xí nghiệp trực thuộc và các cá nhân có liên "
        "quan chịu trách nhiệm thi hành Quyết định này./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như Điều 4;\n- HĐQT, Ban Kiểm soát (b/c);\n- Ban Tổng Giám đốc;\n- Lưu: VT, KTCTT.",
        "TỔNG GIÁM ĐỐC\n\n\n\nLâm Quốc Việt",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "KẾ HOẠCH GIẢM THẤT THOÁT, THẤT THU NƯỚC SẠCH NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Quyết định số 1456/QĐ-CNHL ngày 03/12/2026 của Tổng Giám đốc Công ty)",
        italic=True,
        center=True,
    )
    t = grid(
        doc,
        ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "PTGĐ phụ trách", "Thời gian"],
        [
            ("§", "I", "GIẢI PHÁP KỸ THUẬT"),
            [
                "1",
                "Phân vùng tách mạng, lắp đặt đồng hồ tổng cho 12 vùng DMA còn lại khu vực thành phố Lĩnh "
                "Giang",
                "Phòng Kỹ thuật - Chống thất thoát",
                "Xí nghiệp Cấp nước Lĩnh Giang",
                "PTGĐ Huỳnh Văn Sơn",
                "Quý I - Quý II/2027",
            ],
            [
                "2",
                "Thay thế 8,5 km tuyến ống gang, ống thép cũ mục trên các đường Hùng Vương, Bạch Đằng",
                "Ban Quản lý dự án",
                "Xí nghiệp Cấp nước Lĩnh Giang",
                "PTGĐ Huỳnh Văn Sơn",
                "Tháng 3 - tháng 9/2027",
            ],
            [
                "3",
                "Dò tìm rò rỉ ngầm bằng thiết bị nghe âm, thiết bị tương quan trên toàn mạng",
                "Đội Chống thất thoát nước",
                "",
                "PTGĐ Huỳnh Văn Sơn",
                "Hằng tháng",
            ],
            [
                "4",
                "Sửa chữa rò rỉ, vỡ ống trên mạng phân phối trong vòng 24 giờ kể từ khi phát hiện",
                "Các Xí nghiệp cấp nước",
                "Đội Chống thất thoát nước",
                "PTGĐ Huỳnh Văn Sơn",
                "Thường xuyên",
            ],
            [
                "5",
                "Xây dựng cơ sở dữ liệu GIS mạng lưới cấp nước, cập nhật hồ sơ hoàn công",
                "Phòng Kỹ thuật - Chống thất thoát",
                "Phòng Công nghệ thông tin",
                "PTGĐ Huỳnh Văn Sơn",
                "",
            ],
            ("§", "II", "GIẢI PHÁP QUẢN LÝ, KINH DOANH"),
            [
                "6",
                "Kiểm định, thay thế 6.000 đồng hồ khách hàng đến hạn kiểm định",
                "Phòng Kinh doanh",
                "Xí nghiệp Đồng hồ nước",
                "PTGĐ Trần Thị Bích Vân",
                "Trước 30/11/2027",
            ],
            [
                "7",
                "Rà soát, xử lý các trường hợp sử dụng nước không qua đồng hồ, gian lận trong sử dụng nước",
                "Phòng Kinh doanh",
                "Phòng Thanh tra - Pháp chế",
                "PTGĐ Trần Thị Bích Vân",
                "Quý II/2027",
            ],
            [
                "8",
                "Thu tiền nước không dùng tiền mặt đạt tối thiểu 85% số hóa đơn",
                "Phòng Kinh doanh",
                "Các Xí nghiệp cấp nước",
                "PTGĐ Trần Thị Bích Vân",
                "31/12/2027",
            ],
            [
                "9",
                "Tổ chức thi đua “Giảm thất thoát nước” giữa các Xí nghiệp; sơ kết 6 tháng",
                "Phòng Tổ chức - Hành chính",
                "Công đoàn Công ty",
                "PTGĐ Trần Thị Bích Vân",
                "Tháng 7/2027",
            ],
            [
                "10",
                "Tổng kết, đánh giá kết quả giảm thất thoát nước năm 2027",
                "Phòng Kỹ thuật - Chống thất thoát",
                "Các phòng, Xí nghiệp",
                "PTGĐ Huỳnh Văn Sơn",
                "Tháng 12/2027",
            ],
        ],
    )
    h.set_widths(t, [0.4, 2.6, 1.5, 1.3, 1.0, 1.0])
    para(
        doc,
        "Ghi chú: Chỉ tiêu tỷ lệ thất thoát nước toàn Công ty năm 2027 phấn đấu giảm còn dưới 17% (năm 2026 "
        "ước đạt 19,4%).",
        italic=True,
    )
    doc.save(path)


H621_ROWS = [
    (
        "1",
        "Trung cấp lý luận chính trị - hành chính hệ tập trung K47",
        "Cán bộ diện quy hoạch cấp xã; 70 học viên",
        "02/2027 - 07/2027",
        "Khoa Lý luận cơ sở",
    ),
    (
        "2",
        "Trung cấp lý luận chính trị - hành chính hệ không tập trung K46 (mở tại huyện Sơn Vĩnh)",
        "80 học viên",
        "03/2027 - 12/2027",
        "Khoa Xây dựng Đảng",
    ),
    (
        "3",
        "Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
        "120 học viên",
        "Quý II/2027",
        "Khoa Dân vận",
    ),
    (
        "4",
        "Bồi dưỡng lãnh đạo, quản lý cấp phòng và tương đương (02 lớp)",
        "60 học viên/lớp",
        "Tháng 5 và tháng 10/2027",
        "Khoa Nhà nước và pháp luật",
    ),
    (
        "5",
        "Bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ cơ sở",
        "100 học viên",
        "Tháng 8/2027",
        "Khoa Dân vận",
    ),
    (
        "6",
        "Bồi dưỡng cập nhật kiến thức cho đại biểu HĐND cấp xã",
        "Theo danh sách của Thường trực HĐND các huyện",
        "Theo kế hoạch của Thường trực HĐND tỉnh",
        "Khoa Nhà nước và pháp luật",
    ),
]

H621_MD = """TRƯỜNG CHÍNH TRỊ TỈNH HÒA LĨNH
Số: 208/KH-TCT

**ĐẢNG CỘNG SẢN VIỆT NAM**
*Hòa Lĩnh, ngày 04 tháng 12 năm 2026*

# KẾ HOẠCH
## Mở lớp đào tạo, bồi dưỡng năm 2027

Căn cứ Quyết định số 3418-QĐ/TU ngày 18/11/2026 của Ban Thường vụ Tỉnh ủy giao chỉ tiêu đào tạo, bồi \
dưỡng cán bộ năm 2027; căn cứ chức năng, nhiệm vụ của Trường Chính trị tỉnh, Ban Giám hiệu xây dựng Kế \
hoạch mở lớp năm 2027 như sau:

### I. CÁC LỚP ĐÀO TẠO, BỒI DƯỠNG

| TT | Lớp | Đối tượng, số lượng | Thời gian | Khoa chủ nhiệm |
|----|-----|---------------------|-----------|----------------|
{rows}

*Ghi chú: Số lượng học viên có thể điều chỉnh theo quyết định triệu tập của Ban Tổ chức Tỉnh ủy.*

### II. CÁC NHIỆM VỤ BẢO ĐẢM

1. Phòng Đào tạo - Quản lý khoa học (Phòng ĐT-QLKH) phối hợp các khoa xây dựng, ban hành lịch giảng \
học kỳ I năm 2027 trước ngày 15/01/2027.
2. Khoa Lý luận cơ sở chủ trì tổ chức Hội thi giảng viên dạy giỏi cấp Trường năm 2027 trong tháng 9/2027.
3. Phòng Tổ chức - Hành chính bảo đảm cơ sở vật chất, ký túc xá, bếp ăn cho học viên các lớp tập trung; \
thực hiện thường xuyên.

### III. TỔ CHỨC THỰC HIỆN

1. Phòng Đào tạo - Quản lý khoa học là đơn vị đầu mối, theo dõi, đôn đốc các khoa, phòng thực hiện \
Kế hoạch.
2. Trưởng các khoa, phòng chủ động phân công giảng viên, chuyên viên thực hiện nhiệm vụ được giao.
3. Các khoa, phòng báo cáo kết quả thực hiện Kế hoạch về Ban Giám hiệu (qua Phòng ĐT-QLKH) trước ngày \
05 hằng tháng.

**Nơi nhận:**
- Ban Tổ chức Tỉnh ủy (b/c);
- Ban Giám hiệu;
- Các khoa, phòng;
- Lưu: VT, ĐT-QLKH.

**HIỆU TRƯỞNG**

Phan Thị Thu Hằng
"""


def h621_md(h, path: Path) -> None:
    """Provincial political school: a plan in Markdown, a class table then numbered duties."""
    rows = "\n".join("| " + " | ".join(row) + " |" for row in H621_ROWS)
    path.write_text(H621_MD.replace("{rows}", rows), encoding="utf-8")


def h622_docx(h, path: Path) -> None:
    """Provincial library: a quarterly programme, month section rows, days without a year."""
    doc = document()
    head_block(
        doc,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTHƯ VIỆN TỈNH HÒA LĨNH\n───────\nSố: 164/CTr-TV",
        right2="Hòa Lĩnh, ngày 03 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Kế hoạch hoạt động năm 2027 của Thư viện tỉnh đã được Sở Văn hóa, Thể thao và Du lịch phê "
        "duyệt, Thư viện tỉnh xây dựng Chương trình công tác Quý I năm 2027 như sau:",
    )
    t = grid(
        doc,
        ["TT", "Nội dung công việc", "Thời gian", "Phòng chủ trì", "Phòng phối hợp"],
        [
            ("§", "", "THÁNG 01/2027"),
            [
                "1",
                "Hoàn thiện báo cáo thống kê hoạt động thư viện năm 2026 gửi Sở VHTTDL, Thư viện Quốc gia",
                "08/01",
                "Phòng Nghiệp vụ",
                "Các phòng",
            ],
            [
                "2",
                "Luân chuyển 2.000 bản sách về 08 thư viện xã và 05 điểm bưu điện văn hóa xã",
                "11/01 - 22/01",
                "Phòng Luân chuyển sách cơ sở",
                "",
            ],
            [
                "3",
                "Trưng bày, giới thiệu sách chuyên đề “Mừng Đảng, mừng Xuân Đinh Mùi 2027”",
                "18/01 - 28/02",
                "Phòng Thông tin - Thư mục",
                "Phòng Phục vụ bạn đọc",
            ],
            [
                "4",
                "Khai mạc Hội báo Xuân Đinh Mùi 2027",
                "28/01",
                "Phòng Phục vụ bạn đọc; Phòng Thông tin - Thư mục",
                "Phòng Hành chính - Tổng hợp",
            ],
            ("§", "", "THÁNG 02/2027"),
            [
                "5",
                "Trực Tết, bảo vệ kho sách, tài sản cơ quan dịp Tết Nguyên đán",
                "05/02 - 10/02",
                "Phòng Hành chính - Tổng hợp",
                "",
            ],
            [
                "6",
                "Kiểm kê kho sách định kỳ (kho mở, kho đọc tổng hợp)",
                "Trong tháng",
                "Phòng Bổ sung - Xử lý tài liệu",
                "Phòng Phục vụ bạn đọc",
            ],
            ("§", "", "THÁNG 3/2027"),
            [
                "7",
                "Xe thư viện lưu động phục vụ tại 04 trường học huyện Sơn Vĩnh (đợt 1)",
                "08/3 - 12/3",
                "Phòng Phục vụ bạn đọc",
                "Phòng Luân chuyển sách cơ sở",
            ],
            [
                "8",
                "Phát động Cuộc thi “Đại sứ Văn hóa đọc” tỉnh Hòa Lĩnh năm 2027",
                "15/3",
                "Phòng Nghiệp vụ",
                "",
            ],
            [
                "9",
                "Sơ kết công tác Quý I, triển khai nhiệm vụ Quý II/2027",
                "Cuối tháng",
                "Phòng Hành chính - Tổng hợp",
                "",
            ],
            ("§", "", "CÔNG VIỆC THƯỜNG XUYÊN"),
            [
                "10",
                "Phục vụ bạn đọc tại chỗ và cho mượn về nhà; mở cửa cả thứ Bảy, Chủ nhật",
                "Thường xuyên",
                "Phòng Phục vụ bạn đọc",
                "",
            ],
            [
                "11",
                "Số hóa tài liệu địa chí Hòa Lĩnh, tối thiểu 500 trang/ngày",
                "Hằng ngày",
                "Phòng Nghiệp vụ",
                "",
            ],
            [
                "12",
                "Cập nhật tin, bài giới thiệu sách mới lên Trang thông tin điện tử Thư viện",
                "Hằng tuần",
                "Phòng Thông tin - Thư mục",
                "",
            ],
        ],
    )
    h.set_widths(t, [0.4, 3.2, 1.0, 1.4, 1.2])
    para(
        doc,
        "Các phòng báo cáo kết quả thực hiện Chương trình về Phòng Hành chính - Tổng hợp trước ngày 25 hằng "
        "tháng để tổng hợp, báo cáo Giám đốc.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở VHTTDL (b/c);\n- Ban Giám đốc;\n- Các phòng;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nNgô Thị Thanh Tâm",
    )
    doc.save(path)


def batch_h613() -> None:
    """Writes h613–h622 (the .doc and .pdf through LibreOffice, the .md as plain text)."""
    write_batch(
        [
            (h613_docx, "h613_kh_chi_cuc_bvtv_truong_nhan.docx"),
            (h615_docx, "h615_tbkl_bv_nhi_giao_ban.docx"),
            (h617_xlsx, "h617_chi_tieu_hoi_nong_dan_tinh_2027.xlsx"),
            (h618_docx, "h618_lich_tuan_so_ngoai_vu.docx"),
            (h619_xlsx, "h619_kh_phong_khhtqt_dai_hoc_tu_den.xlsx"),
            (h620_docx, "h620_qd_cap_nuoc_phu_luc_nhiem_vu.docx"),
            (h621_md, "h621_kh_truong_chinh_tri_mo_lop.md"),
            (h622_docx, "h622_ctr_quy_thu_vien_tinh.docx"),
        ],
        [
            (h614_docx, "h614_cv_ubnd_phuong_trat_tu_do_thi.docx", "doc"),
            (h616_docx, "h616_ctr_vksnd_huyen_nam_2027.docx", "pdf"),
        ],
        _out,
    )
