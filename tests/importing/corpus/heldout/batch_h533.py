"""Held-out batch h533–h542, written by h13author50 blind to the importer: ten documents of a provincial
Department of Construction (its transport side), a ward People's Committee, a provincial general
hospital, a university faculty, a provincial Youth Union, a commune People's Committee, a grassroots tax
office, a provincial land registry office, a provincial historical archives centre and a state
water-supply company. Every name, person, place, number and date in them is invented."""

import datetime
import tempfile
from pathlib import Path

from batch_common import (
    NATIONAL,
    bold_header,
    cell_text,
    convert_each,
    document,
    grid,
    head_block,
    out_path,
    para,
    sign_table,
    wrap,
    writers,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h539_ctct_thang_thue_co_so_doi_chu_tri",  # h13fixSF
    "h535_kh_cai_tien_chat_luong_bv_truong_nhan",  # h13fixSB
    "h542_tbkl_cap_nuoc_giao_ban_thang",  # h13fixSE
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def _lines(doc, lines) -> None:
    """Each `(text, options)` as one paragraph (`para`)."""
    for text, opts in lines:
        para(doc, text, **opts)


B = {"bold": True}
I = {"italic": True}  # noqa: E741


def h533_docx(h, path: Path) -> None:
    """Department of Construction: a Tết transport dispatch, unit labels over a) b), '-' lines and a
    unit as a sentence's subject, a dated closing request."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH HÀ PHONG\nSỞ XÂY DỰNG\nSố: 2874/SXD-QLGT\nV/v bảo đảm trật tự an toàn giao thông, phục vụ "
        "nhu cầu đi lại dịp Tết Dương lịch, Tết Nguyên đán Đinh Mùi và mùa Lễ hội Xuân 2027",
        right2="Hà Phong, ngày 08 tháng 12 năm 2026",
    )
    _lines(
        doc,
        [
            ("Kính gửi: Các phòng, đơn vị thuộc Sở.", B),
            (
                "Thực hiện Chỉ thị số 21/CT-UBND ngày 02/12/2026 của Chủ tịch UBND tỉnh về tăng cường bảo "
                "đảm "
                "trật tự an toàn giao thông dịp Tết Dương lịch, Tết Nguyên đán Đinh Mùi và mùa Lễ hội Xuân "
                "năm "
                "2027, Giám đốc Sở Xây dựng yêu cầu các phòng, đơn vị triển khai thực hiện các nội dung sau:",
                {},
            ),
            ("1. Phòng Quản lý vận tải, phương tiện và người lái", B),
            (
                "a) Chỉ đạo các doanh nghiệp, hợp tác xã vận tải hành khách xây dựng phương án tăng cường "
                "phương tiện, niêm yết giá vé, không để hành khách bị ùn ứ tại bến; hoàn thành trước ngày "
                "20/12/2026.",
                {},
            ),
            (
                "b) Phối hợp với Phòng Cảnh sát giao thông Công an tỉnh kiểm tra điều kiện hoạt động của xe "
                "khách tuyến cố định, xe hợp đồng tại các bến xe, điểm đón, trả khách, từ ngày 25/12/2026 "
                "đến "
                "ngày 28/02/2027.",
                {},
            ),
            ("2. Phòng Quản lý kết cấu hạ tầng giao thông", B),
            (
                "a) Rà soát, đề xuất xử lý các điểm đen, điểm tiềm ẩn nguy cơ tai nạn giao thông trên các "
                "tuyến ĐT.741, ĐT.752 và ĐT.768; báo cáo Giám đốc Sở kết quả trước ngày 10/01/2027.",
                {},
            ),
            (
                "b) Đôn đốc các nhà thầu đang thi công trên các tuyến đường tỉnh hoàn trả mặt bằng, bảo đảm "
                "giao thông thông suốt trước ngày 15/01/2027; không tập kết vật liệu, máy móc lấn chiếm lòng "
                "đường trong dịp Tết.",
                {},
            ),
            ("3. Ban Quản lý bảo trì đường bộ tỉnh", B),
            (
                "- Bổ sung, thay thế biển báo hiệu, sơn kẻ lại vạch tín hiệu giao thông bị mờ, hư hỏng trên "
                "các tuyến được giao quản lý, hoàn thành trước ngày 25/01/2027.",
                {},
            ),
            (
                "- Tổ chức tuần đường, trực bảo đảm giao thông 24/24 giờ tại các vị trí xung yếu, đèo dốc, "
                "từ ngày 01/02/2027 đến hết ngày 14/02/2027.",
                {},
            ),
            (
                "4. Trung tâm Đăng kiểm xe cơ giới tỉnh bố trí lực lượng kiểm định xuyên trưa, làm việc cả "
                "ngày thứ Bảy, Chủ nhật để đáp ứng nhu cầu kiểm định phương tiện trước Tết, từ ngày "
                "04/01/2027 đến ngày 05/02/2027.",
                {},
            ),
            ("5. Văn phòng Sở", B),
            (
                "- Công bố số điện thoại đường dây nóng của Sở trên Cổng Thông tin điện tử Sở trước ngày "
                "15/12/2026; tham mưu phân công lãnh đạo, công chức trực Tết theo quy định.",
                {},
            ),
            (
                "- Tổng hợp kết quả thực hiện của các phòng, đơn vị, tham mưu Giám đốc Sở báo cáo UBND tỉnh "
                "và Bộ Xây dựng trước ngày 18/02/2027.",
                {},
            ),
            (
                "Các phòng, đơn vị báo cáo kết quả thực hiện các nội dung trên về Văn phòng Sở trước ngày "
                "12/02/2027 để tổng hợp.",
                {},
            ),
            (
                "Yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện; trong quá trình thực "
                "hiện nếu có khó khăn, vướng mắc, kịp thời báo cáo Giám đốc Sở (qua Văn phòng Sở) để chỉ "
                "đạo./.",
                {},
            ),
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Ban ATGT tỉnh;\n- Giám đốc, các PGĐ Sở;\n"
        "- Lưu: VT, QLGT.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nTrương Công Khải",
    )
    doc.save(path)


def h534_docx(h, path: Path) -> None:
    """Ward People's Committee: notice of the chairman's conclusions, 2.1–2.8 points with facts inside
    sentences, a point to a deputy chairwoman, a request to the Front, a weekly report request."""
    doc = document()
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nPHƯỜNG ĐÔNG THÀNH\nSố: 415/TB-UBND",
        right2="Đông Thành, ngày 11 tháng 12 năm 2026",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Chủ tịch UBND phường Nguyễn Hữu Thắng tại cuộc họp về công tác giải phóng mặt bằng "
        "dự án nâng cấp, mở rộng đường Lê Văn Hưu và chỉnh trang đô thị dịp Tết Nguyên đán Đinh Mùi 2027",
        bold=True,
        center=True,
    )
    _lines(
        doc,
        [
            (
                "Ngày 10/12/2026, Chủ tịch UBND phường chủ trì cuộc họp về công tác giải phóng mặt bằng dự "
                "án "
                "nâng cấp, mở rộng đường Lê Văn Hưu và chỉnh trang đô thị dịp Tết Nguyên đán Đinh Mùi 2027. "
                "Tham dự cuộc họp có: đồng chí Lê Thị Mai, Phó Chủ tịch UBND phường; đại diện Ủy ban Mặt "
                "trận "
                "Tổ quốc Việt Nam phường; Trưởng Công an phường; Trưởng các phòng: Kinh tế, Hạ tầng và Đô "
                "thị, Văn hóa - Xã hội; Chánh Văn phòng HĐND và UBND phường; Giám đốc Trung tâm Phục vụ hành "
                "chính công phường; Bí thư chi bộ, Tổ trưởng các tổ dân phố số 3, 5, 7.",
                {},
            ),
            (
                "Sau khi nghe Phòng Kinh tế, Hạ tầng và Đô thị báo cáo tiến độ giải phóng mặt bằng và ý kiến "
                "của các thành viên dự họp, Chủ tịch UBND phường kết luận như sau:",
                {},
            ),
            ("1. Đánh giá chung", B),
            (
                "Đến nay đã chi trả tiền bồi thường, hỗ trợ cho 46/58 hộ, đạt 79,3%; 39 hộ đã bàn giao mặt "
                "bằng. Tuy nhiên, còn 12 hộ chưa nhận tiền do vướng mắc về nguồn gốc đất; tình trạng lấn "
                "chiếm vỉa hè, lòng đường để kinh doanh tại một số tuyến phố vẫn tái diễn.",
                {},
            ),
            ("2. Nhiệm vụ trong thời gian tới", B),
            (
                "2.1. Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Tổ công tác giải phóng mặt "
                "bằng hoàn chỉnh hồ sơ, trình phê duyệt phương án bồi thường bổ sung cho 12 hộ còn lại trước "
                "ngày 25/12/2026.",
                {},
            ),
            (
                "2.2. Công an phường phối hợp với Tổ dân phố số 5 tiếp tục vận động các hộ chưa bàn giao mặt "
                "bằng; trường hợp cố tình không chấp hành, tham mưu UBND phường tổ chức cưỡng chế theo quy "
                "định, bảo đảm bàn giao toàn bộ mặt bằng cho nhà thầu trong tháng 01/2027.",
                {},
            ),
            (
                "2.3. Văn phòng HĐND và UBND phường tham mưu ban hành Kế hoạch ra quân chỉnh trang đô thị, "
                "lập lại trật tự vỉa hè, lòng đường trên địa bàn phường, trình Chủ tịch UBND phường trước "
                "ngày 18/12/2026.",
                {},
            ),
            (
                "2.4. Phòng Văn hóa - Xã hội chủ trì trang trí cờ, hoa, băng rôn, khẩu hiệu chào mừng năm "
                "mới và mừng Xuân Đinh Mùi trên các tuyến phố chính, hoàn thành trước ngày 25/01/2027.",
                {},
            ),
            (
                "2.5. Trung tâm Phục vụ hành chính công phường niêm yết công khai trình tự, thủ tục cấp Giấy "
                "chứng nhận quyền sử dụng đất tái định cư; tiếp nhận, giải quyết hồ sơ của người dân thường "
                "xuyên, không để hồ sơ quá hạn.",
                {},
            ),
            (
                "2.6. Phó Chủ tịch UBND phường Lê Thị Mai trực tiếp chỉ đạo, đôn đốc các phòng, đơn vị thực "
                "hiện các nội dung trên; hằng tuần báo cáo Chủ tịch UBND phường kết quả thực hiện.",
                {},
            ),
            (
                "2.7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp với các tổ dân phố tuyên "
                "truyền, vận động nhân dân đồng thuận với chủ trương mở rộng đường Lê Văn Hưu.",
                {},
            ),
            (
                "2.8. Phòng Kinh tế, Hạ tầng và Đô thị tổng hợp kết quả giải phóng mặt bằng, báo cáo Chủ "
                "tịch UBND phường tại cuộc họp giao ban ngày 05/01/2027.",
                {},
            ),
            (
                "3. Các phòng, đơn vị liên quan báo cáo tiến độ thực hiện các nội dung được giao về Văn "
                "phòng "
                "HĐND và UBND phường trước 16 giờ thứ Sáu hằng tuần để tổng hợp.",
                {},
            ),
            (
                "Ủy ban nhân dân phường thông báo để các cơ quan, đơn vị, cá nhân liên quan biết, thực "
                "hiện./.",
                {},
            ),
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TT Đảng ủy, TT HĐND phường (b/c);\n- CT, các PCT UBND phường;\n- UBMTTQ VN phường;\n"
        "- Các phòng, đơn vị thuộc UBND phường;\n- Các TDP số 3, 5, 7;\n- Lưu: VT.",
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nĐỗ Thị Hồng Nhung",
    )
    doc.save(path)


def _project(doc, number: int, title: str, fields: list[tuple[str, str]]) -> None:
    """One improvement project: its bold numbered title, then its labelled fields as '-' lines."""
    para(doc, f"Đề án {number}. {title}", bold=True)
    for label, value in fields:
        para(doc, f"- {label}: {value}")


def h535_docx(h, path: Path) -> None:
    """General hospital: a quality-improvement plan whose tasks are projects with labelled fields
    (chủ trì, phối hợp, nội dung, thời gian, chỉ số), then TỔ CHỨC THỰC HIỆN."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH QUẢNG YÊN\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 1620/KH-BVĐK",
        right2="Quảng Yên, ngày 14 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cải tiến chất lượng bệnh viện năm 2027", bold=True, center=True)
    _lines(
        doc,
        [
            ("Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;", I),
            ("Căn cứ Bộ tiêu chí chất lượng bệnh viện Việt Nam do Bộ Y tế ban hành;", I),
            (
                "Căn cứ kết quả tự đánh giá chất lượng bệnh viện năm 2026 và đề xuất của Hội đồng Quản lý "
                "chất lượng, Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch cải tiến chất lượng năm 2027 như sau:",
                {},
            ),
            ("I. MỤC TIÊU", B),
            ("1. Mục tiêu chung", B),
            (
                "Nâng cao chất lượng khám bệnh, chữa bệnh, bảo đảm an toàn người bệnh và sự hài lòng của "
                "người bệnh, nhân viên y tế.",
                {},
            ),
            ("2. Mục tiêu cụ thể", B),
            ("- Điểm trung bình chung theo Bộ tiêu chí chất lượng đạt từ 3,80 trở lên;", {}),
            ("- Tỷ lệ hài lòng của người bệnh nội trú đạt ≥ 95%, người bệnh ngoại trú đạt ≥ 90%;", {}),
            ("- Không để xảy ra sự cố y khoa nghiêm trọng do lỗi chuyên môn.", {}),
            ("II. CÁC ĐỀ ÁN CẢI TIẾN CHẤT LƯỢNG", B),
        ],
    )
    projects = [
        (
            "Rút ngắn thời gian chờ khám bệnh ngoại trú",
            [
                ("Đơn vị chủ trì", "Khoa Khám bệnh"),
                ("Đơn vị phối hợp", "Phòng Công nghệ thông tin; Phòng Tài chính kế toán"),
                (
                    "Nội dung",
                    "Triển khai đặt lịch khám qua ứng dụng và tổng đài; bố trí thêm 04 bàn khám vào giờ cao "
                    "điểm",
                ),
                ("Thời gian hoàn thành", "30/6/2027"),
                ("Chỉ số đo lường", "thời gian chờ khám trung bình dưới 90 phút"),
            ],
        ),
        (
            "Giảm tỷ lệ nhiễm khuẩn vết mổ tại các khoa ngoại",
            [
                ("Đơn vị chủ trì", "Khoa Kiểm soát nhiễm khuẩn"),
                ("Đơn vị phối hợp", "Khoa Phẫu thuật - Gây mê hồi sức; các khoa ngoại"),
                (
                    "Nội dung",
                    "Áp dụng gói giải pháp phòng ngừa nhiễm khuẩn vết mổ; giám sát ca bệnh hằng tuần",
                ),
                ("Thời gian thực hiện", "Từ tháng 3/2027 đến tháng 11/2027"),
                ("Chỉ số đo lường", "tỷ lệ nhiễm khuẩn vết mổ dưới 2%"),
            ],
        ),
        (
            "Triển khai bệnh án điện tử tại 100% khoa lâm sàng",
            [
                ("Đơn vị chủ trì", "Phòng Công nghệ thông tin"),
                ("Đơn vị phối hợp", "Phòng Kế hoạch tổng hợp; các khoa lâm sàng"),
                ("Nội dung", "Hoàn thiện phần mềm, ký số bệnh án; đào tạo người dùng theo từng khoa"),
                ("Thời gian hoàn thành", "Quý IV/2027"),
                ("Chỉ số đo lường", "100% khoa lâm sàng sử dụng bệnh án điện tử, không in bệnh án giấy"),
            ],
        ),
        (
            "Chuẩn hóa bàn giao người bệnh giữa các khoa theo mẫu SBAR",
            [
                ("Đơn vị chủ trì", "Phòng Điều dưỡng, Khoa Hồi sức tích cực - Chống độc"),
                ("Đơn vị phối hợp", "Các khoa lâm sàng"),
                (
                    "Nội dung",
                    "Ban hành quy trình, biểu mẫu bàn giao; tập huấn cho điều dưỡng trưởng các khoa",
                ),
                ("Thời gian hoàn thành", "Quý II/2027"),
                ("Chỉ số đo lường", "≥ 90% ca chuyển khoa được bàn giao đúng mẫu"),
            ],
        ),
        (
            "Giảm sai sót trong cấp phát thuốc nội trú",
            [
                ("Đơn vị chủ trì", "Khoa Dược"),
                ("Đơn vị phối hợp", "Phòng Điều dưỡng"),
                (
                    "Nội dung",
                    "Cấp phát thuốc theo liều cá thể; đối chiếu mã vạch khi giao nhận thuốc tại khoa",
                ),
                ("Thời gian hoàn thành", "Tháng 9/2027"),
                ("Chỉ số đo lường", "số sai sót cấp phát được ghi nhận giảm 50% so với năm 2026"),
            ],
        ),
        (
            "Khảo sát sự hài lòng của người bệnh và nhân viên y tế",
            [
                ("Đơn vị chủ trì", "Phòng Quản lý chất lượng"),
                ("Đơn vị phối hợp", "Phòng Công tác xã hội"),
                (
                    "Nội dung",
                    "Khảo sát trực tuyến và trực tiếp theo mẫu của Bộ Y tế; phân tích, phản hồi cho các khoa",
                ),
                ("Thời gian thực hiện", "Hằng quý"),
                ("Chỉ số đo lường", "tỷ lệ hài lòng theo mục tiêu tại Mục I"),
            ],
        ),
        (
            "Cải tạo khu vệ sinh khu điều trị nội trú tòa nhà B",
            [
                ("Đơn vị chủ trì", "Phòng Hành chính quản trị"),
                ("Đơn vị phối hợp", "Phòng Tài chính kế toán"),
                ("Nội dung", "Cải tạo 24 phòng vệ sinh, lắp tay vịn và chuông gọi cho người bệnh"),
                ("Thời gian hoàn thành", "Trước 31/8/2027"),
                ("Chỉ số đo lường", "100% khu vệ sinh đạt yêu cầu khi kiểm tra"),
            ],
        ),
        (
            "Giám sát tuân thủ vệ sinh tay của nhân viên y tế",
            [
                ("Đơn vị chủ trì", "Khoa Kiểm soát nhiễm khuẩn"),
                ("Đơn vị phối hợp", "Mạng lưới kiểm soát nhiễm khuẩn các khoa"),
                (
                    "Nội dung",
                    "Giám sát trực tiếp, công khai kết quả tuân thủ theo từng khoa trên bảng tin nội bộ",
                ),
                ("Thời gian thực hiện", "Thường xuyên"),
                ("Chỉ số đo lường", "tỷ lệ tuân thủ vệ sinh tay ≥ 85%"),
            ],
        ),
    ]
    for number, (title, fields) in enumerate(projects, start=1):
        _project(doc, number, title, fields)
    _lines(
        doc,
        [
            ("III. KINH PHÍ", B),
            (
                "Từ nguồn thu sự nghiệp của Bệnh viện và các nguồn hợp pháp khác theo quy định; các đơn vị "
                "lập dự toán chi tiết cho từng đề án.",
                {},
            ),
            ("IV. TỔ CHỨC THỰC HIỆN", B),
            (
                "1. Phòng Quản lý chất lượng là đơn vị đầu mối, giúp Giám đốc theo dõi, đôn đốc, đánh giá "
                "việc thực hiện Kế hoạch; định kỳ báo cáo Hội đồng Quản lý chất lượng.",
                {},
            ),
            ("2. Phòng Tài chính kế toán bố trí kinh phí thực hiện các đề án theo dự toán được duyệt.", {}),
            (
                "3. Trưởng các khoa, phòng có đề án cải tiến báo cáo tiến độ thực hiện về Phòng Quản lý chất "
                "lượng trước ngày 25 của tháng cuối quý.",
                {},
            ),
            ("Trên đây là Kế hoạch cải tiến chất lượng năm 2027 của Bệnh viện Đa khoa tỉnh./.", {}),
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Hội đồng QLCL;\n- Các khoa, phòng;\n- Lưu: VT, "
        "QLCL.",
        "GIÁM ĐỐC\n\n\n\nBSCKII. Phan Thanh Nghị",
    )
    doc.save(path)


def h536_docx(h, path: Path) -> None:
    """University faculty: a semester plan table, a 'Bộ phận chủ trì' column merged down over two rows
    beside a column of persons in charge, times as weeks, ranges and 'Theo lịch của Nhà trường'."""
    doc = document()
    head_block(
        doc,
        "TRƯỜNG ĐẠI HỌC HỒNG LĨNH\nKHOA CÔNG NGHỆ THÔNG TIN\nSố: 87/KH-CNTT",
        right2="Hồng Lĩnh, ngày 18 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH CÔNG TÁC HỌC KỲ II", bold=True, center=True)
    para(doc, "NĂM HỌC 2026 - 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Kế hoạch đào tạo năm học 2026 - 2027 của Nhà trường và kết quả thực hiện nhiệm vụ học kỳ I, "
        "Khoa Công nghệ thông tin xây dựng Kế hoạch công tác học kỳ II năm học 2026 - 2027 như sau:",
    )
    kt = "Bộ môn Kỹ thuật phần mềm"
    t = grid(
        doc,
        ["TT", "Nội dung công việc", "Bộ phận chủ trì", "Người phụ trách", "Thời gian", "Ghi chú"],
        [
            ("§", "I", "CÔNG TÁC ĐÀO TẠO"),
            [
                "1",
                "Rà soát, cập nhật đề cương chi tiết học phần theo chương trình đào tạo điều chỉnh năm 2026",
                "Các bộ môn",
                "Trưởng các bộ môn",
                "Trước 20/01/2027",
                "Nộp bản mềm về Văn phòng Khoa",
            ],
            [
                "2",
                "Tổ chức thi kết thúc học phần học kỳ I (đợt 2), nhập điểm lên hệ thống quản lý đào tạo",
                "Văn phòng Khoa",
                "ThS. Lê Thu Hà (Trợ lý đào tạo)",
                "04/01 - 15/01/2027",
                "",
            ],
            [
                "3",
                "Giao đề tài, phân công giảng viên hướng dẫn đồ án tốt nghiệp cho sinh viên khóa 2023",
                kt,
                "TS. Nguyễn Đức Long",
                "Tháng 02/2027",
                "",
            ],
            [
                "4",
                "Tổ chức bảo vệ đồ án tốt nghiệp đợt tháng 6/2027",
                kt,
                "TS. Nguyễn Đức Long",
                "21/6 - 30/6/2027",
                "Thành lập 04 hội đồng",
            ],
            [
                "5",
                "Mời chuyên gia doanh nghiệp tham gia giảng dạy học phần Điện toán đám mây",
                "Bộ môn Mạng máy tính và Truyền thông",
                "TS. Vũ Hoàng Nam",
                "Tháng 3 - 4/2027",
                "",
            ],
            ("§", "II", "KHOA HỌC CÔNG NGHỆ VÀ HỢP TÁC"),
            [
                "6",
                "Xét duyệt đề tài nghiên cứu khoa học cấp cơ sở năm 2027 của giảng viên, sinh viên",
                "Hội đồng Khoa học và Đào tạo Khoa",
                "PGS.TS. Đặng Quốc Việt",
                "Trước 28/02/2027",
                "",
            ],
            [
                "7",
                'Tổ chức Hội thảo khoa học "Trí tuệ nhân tạo và ứng dụng" lần thứ 3',
                "Bộ môn Khoa học máy tính",
                "PGS.TS. Trần Minh Châu",
                "22/5/2027",
                "Kỷ yếu có chỉ số ISBN",
            ],
            [
                "8",
                "Ký kết thỏa thuận hợp tác đào tạo, thực tập với ít nhất 05 doanh nghiệp phần mềm",
                "Văn phòng Khoa",
                "Phó Trưởng khoa Hoàng Thị Yến",
                "Quý I/2027",
                "",
            ],
            ("§", "III", "CÔNG TÁC SINH VIÊN"),
            [
                "9",
                "Xét cấp học bổng khuyến khích học tập học kỳ I năm học 2026 - 2027",
                "Văn phòng Khoa; Liên chi đoàn Khoa",
                "Phó Trưởng khoa Hoàng Thị Yến",
                "Tháng 3/2027",
                "",
            ],
            [
                "10",
                "Đối thoại giữa Ban Chủ nhiệm Khoa với sinh viên",
                "Liên chi đoàn Khoa",
                "Bí thư Liên chi đoàn",
                "Theo lịch của Nhà trường",
                "",
            ],
            [
                "11",
                "Theo dõi, cảnh báo học vụ đối với sinh viên có điểm trung bình tích lũy dưới 1,2",
                "Văn phòng Khoa",
                "Cố vấn học tập các lớp",
                "Hằng tháng",
                "",
            ],
            ("§", "IV", "CÔNG TÁC KHÁC"),
            [
                "12",
                "Tổng kết học kỳ II, xây dựng kế hoạch công tác năm học 2027 - 2028",
                "Văn phòng Khoa",
                "Trưởng khoa",
                "Tháng 7/2027",
                "",
            ],
        ],
        widths=[1.0, 6.5, 3.2, 3.0, 2.6, 2.2],
    )
    # rows 4 and 5 (tasks 3 and 4): one 'Bộ phận chủ trì' cell merged down, as clerks type it
    merged = t.cell(4, 2).merge(t.cell(5, 2))
    cell_text(merged, kt)
    para(
        doc,
        "Các bộ môn, bộ phận báo cáo kết quả thực hiện kế hoạch trong tháng về Văn phòng Khoa vào ngày 28 "
        "hằng tháng để tổng hợp, báo cáo Ban Chủ nhiệm Khoa.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám hiệu (để b/c);\n- Phòng Đào tạo;\n- Các bộ môn, LCĐ Khoa;\n- Lưu: VPK.",
        "TRƯỞNG KHOA\n\n\n\nPGS.TS. Đặng Quốc Việt",
    )
    doc.save(path)


def h537_xlsx(path: Path) -> None:
    """Provincial Youth Union: a sheet of 2027 indicators, title block in merged rows, Roman group rows,
    a 'Ban theo dõi' cell merged down over three rows, real dates beside text times, notes below."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    ws["A1"] = "BCH ĐOÀN TỈNH VĨNH HÀ"
    ws["E1"] = "ĐOÀN TNCS HỒ CHÍ MINH"
    ws["A2"] = "***"
    ws["E2"] = "Vĩnh Hà, ngày 20 tháng 12 năm 2026"
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:C2")
    ws.merge_cells("E1:G1")
    ws.merge_cells("E2:G2")
    ws["E2"].font = Font(italic=True)
    ws["A4"] = "HỆ THỐNG CHỈ TIÊU CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH THIẾU NHI NĂM 2027"
    ws["A5"] = "(Kèm theo Chương trình số 45-CTr/TĐTN-VP ngày 20/12/2026 của Ban Thường vụ Tỉnh đoàn)"
    for r in (4, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    ws["A4"].font = Font(bold=True)
    ws["A5"].font = Font(italic=True)
    ws.append([])
    ws.append(
        [
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Chỉ tiêu năm 2027",
            "Ban theo dõi",
            "Thời điểm hoàn thành",
            "Ghi chú",
        ]
    )
    header_row = ws.max_row
    d = datetime.datetime
    rows = [
        ["I", "CHỈ TIÊU VỀ GIÁO DỤC, TẬP HỢP THANH NIÊN"],
        [
            1,
            "Tỷ lệ cán bộ, đoàn viên được học tập, quán triệt các chuyên đề học tập lý luận chính trị",
            "%",
            "≥ 90",
            "Ban Tuyên giáo và Đoàn kết tập hợp thanh niên",
            d(2027, 9, 30),
            None,
        ],
        [
            2,
            "Số tác phẩm, video clip tuyên truyền trên các nền tảng mạng xã hội của Tỉnh đoàn",
            "Sản phẩm",
            250,
            "Ban Tuyên giáo và Đoàn kết tập hợp thanh niên",
            "Hằng tháng",
            "Tối thiểu 20 sản phẩm/tháng",
        ],
        ["II", "CHỈ TIÊU VỀ CÁC PHONG TRÀO HÀNH ĐỘNG CÁCH MẠNG"],
        [
            3,
            "Số công trình, phần việc thanh niên cấp tỉnh được thực hiện",
            "Công trình",
            12,
            "Ban Phong trào",
            d(2027, 3, 26),
            None,
        ],
        [
            4,
            "Số thanh niên được hỗ trợ vay vốn, tư vấn khởi nghiệp, lập nghiệp",
            "Lượt",
            400,
            "Ban Phong trào",
            "Quý IV",
            "Phối hợp Ngân hàng CSXH tỉnh",
        ],
        [
            5,
            "Số lượt tình nguyện viên tham gia Chiến dịch Thanh niên tình nguyện hè 2027",
            "Lượt người",
            15000,
            None,
            d(2027, 8, 31),
            None,
        ],
        [
            6,
            "Số đơn vị máu tiếp nhận từ đoàn viên, thanh niên hiến máu tình nguyện",
            "Đơn vị máu",
            6000,
            None,
            d(2027, 11, 30),
            None,
        ],
        ["III", "CHỈ TIÊU VỀ CÔNG TÁC THIẾU NHI"],
        [7, "Tỷ lệ Liên đội xếp loại vững mạnh", "%", "≥ 80", "Ban Công tác thiếu nhi", d(2027, 5, 31), None],
        [
            8,
            "Số điểm vui chơi, sân chơi cho thiếu nhi được xây dựng mới, nâng cấp",
            "Điểm",
            30,
            "Ban Công tác thiếu nhi",
            "Quý II",
            None,
        ],
        ["IV", "CHỈ TIÊU VỀ XÂY DỰNG TỔ CHỨC ĐOÀN"],
        [
            9,
            "Số đoàn viên mới được kết nạp",
            "Đoàn viên",
            8500,
            "Ban Tổ chức - Kiểm tra",
            d(2027, 12, 31),
            None,
        ],
        [
            10,
            "Số đoàn viên ưu tú được giới thiệu cho Đảng xem xét kết nạp",
            "Đoàn viên",
            1800,
            "Ban Tổ chức - Kiểm tra",
            d(2027, 12, 31),
            None,
        ],
        [
            11,
            "Số cuộc kiểm tra, giám sát của Ban Thường vụ Tỉnh đoàn đối với tổ chức đoàn trực thuộc",
            "Cuộc",
            10,
            "Ủy ban Kiểm tra Tỉnh đoàn",
            "Theo kế hoạch kiểm tra, giám sát",
            None,
        ],
        [
            12,
            "Tỷ lệ tổ chức cơ sở đoàn xếp loại hoàn thành tốt nhiệm vụ trở lên",
            "%",
            "≥ 70",
            "Văn phòng",
            "Tháng 12",
            None,
        ],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
        if isinstance(ws.cell(at, 6).value, datetime.datetime):
            ws.cell(at, 6).number_format = "dd/mm/yyyy"
    # 'Ban Phong trào' typed once, merged down over tasks 4–6
    r4 = next(r for r in range(first, ws.max_row + 1) if ws.cell(r, 1).value == 4)
    ws.merge_cells(start_row=r4, start_column=5, end_row=r4 + 2, end_column=5)
    last = ws.max_row
    bold_header(ws, header_row)
    wrap(ws, first)
    for r in range(first, last + 1):
        if ws.cell(r, 4).value is not None:
            ws.cell(r, 4).number_format = "#,##0"
    ws.append([])
    ws.append(["", "Ghi chú:"])
    ws.append(
        [
            "",
            "- Các ban, Văn phòng Tỉnh đoàn theo dõi, hướng dẫn cơ sở thực hiện chỉ tiêu theo lĩnh vực phụ "
            "trách.",
        ]
    )
    ws.append(
        [
            "",
            "- Các cơ sở đoàn trực thuộc báo cáo kết quả thực hiện chỉ tiêu 6 tháng trước ngày 10/6/2027 và "
            "cả "
            "năm trước ngày 10/11/2027 về Văn phòng Tỉnh đoàn (qua phần mềm Quản lý đoàn viên).",
        ]
    )
    for r in range(last + 3, ws.max_row + 1):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 32
    ws.append([])
    ws.append([""] * 4 + ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"])
    ws.append([""] * 4 + ["PHÓ BÍ THƯ THƯỜNG TRỰC"])
    ws.append([])
    ws.append([""] * 4 + ["Lý Thanh Tùng"])
    for letter, width in zip("ABCDEFG", [5, 52, 11, 12, 26, 16, 22], strict=True):
        ws.column_dimensions[letter].width = width
    wb.save(path)


def _html_calendar() -> str:
    """The commune's leaders' week as the portal prints it: the day merged down (rowspan)."""
    days = [
        (
            "Thứ Hai<br>28/12/2026",
            [
                (
                    "07h30",
                    "Chào cờ đầu tuần; giao ban lãnh đạo UBND xã",
                    "Chủ tịch UBND xã Phạm Văn Toàn",
                    "Phòng họp số 1",
                    "Văn phòng HĐND và UBND xã",
                ),
                (
                    "09h30",
                    "Làm việc với Đoàn kiểm tra của Sở Nông nghiệp và Môi trường về xây dựng xã nông thôn "
                    "mới "
                    "nâng cao",
                    "PCT UBND xã Nguyễn Thị Lan",
                    "Phòng họp số 2",
                    "Phòng Kinh tế",
                ),
                (
                    "14h00",
                    "Họp Ban Chỉ đạo, triển khai kế hoạch tổ chức Tết Nguyên đán Đinh Mùi 2027 trên địa bàn "
                    "xã",
                    "Chủ tịch UBND xã Phạm Văn Toàn",
                    "Hội trường UBND xã",
                    "Phòng Văn hóa - Xã hội",
                ),
            ],
        ),
        (
            "Thứ Ba<br>29/12/2026",
            [
                (
                    "Sáng",
                    "Tiếp công dân định kỳ",
                    "Chủ tịch UBND xã Phạm Văn Toàn",
                    "Trụ sở tiếp công dân xã",
                    "Văn phòng HĐND và UBND xã",
                ),
                (
                    "08h00",
                    "Kiểm tra tiến độ xây dựng Trường Mầm non Tân Hòa (điểm trường thôn Đồng Cao)",
                    "PCT UBND xã Nguyễn Thị Lan",
                    "Thôn Đồng Cao",
                    "Phòng Kinh tế",
                ),
                ("Chiều", "Lãnh đạo UBND xã làm việc tại cơ quan", "", "", ""),
            ],
        ),
        (
            "Thứ Tư<br>30/12/2026",
            [
                (
                    "Cả ngày",
                    "Kỳ họp thứ Tư (kỳ họp thường lệ cuối năm) HĐND xã khóa I, nhiệm kỳ 2026 - 2031",
                    "Chủ tịch HĐND xã Hoàng Văn Sơn; lãnh đạo UBND xã dự",
                    "Hội trường UBND xã",
                    "Văn phòng HĐND và UBND xã",
                ),
            ],
        ),
        (
            "Thứ Năm<br>31/12/2026",
            [
                (
                    "08h00",
                    "Dự Hội nghị tổng kết công tác Hội và phong trào nông dân năm 2026",
                    "PCT UBND xã Nguyễn Thị Lan",
                    "Hội trường UBND xã",
                    "Hội Nông dân xã",
                ),
                (
                    "08h00",
                    "Họp Ban Chỉ đạo phòng, chống dịch bệnh gia súc, gia cầm vụ Đông Xuân (dự kiến)",
                    "PCT UBND xã Trần Văn Bình",
                    "Phòng họp số 2",
                    "Phòng Kinh tế",
                ),
                (
                    "14h00",
                    "Kiểm tra công tác bảo đảm trật tự, an toàn giao thông và phòng cháy, chữa cháy tại chợ "
                    "Tân Hòa",
                    "PCT UBND xã Trần Văn Bình",
                    "Chợ Tân Hòa",
                    "Công an xã",
                ),
            ],
        ),
        ("Thứ Sáu<br>01/01/2027", [("", "Nghỉ Tết Dương lịch", "", "", "")]),
        ("Thứ Bảy<br>02/01/2027", [("", "Trực lãnh đạo: PCT UBND xã Trần Văn Bình", "", "", "")]),
        (
            "Chủ nhật<br>03/01/2027",
            [
                (
                    "07h00",
                    "Dự Lễ khai mạc Giải bóng đá thanh niên xã Tân Hòa mở rộng năm 2027",
                    "Chủ tịch UBND xã Phạm Văn Toàn",
                    "Sân vận động xã",
                    "Đoàn Thanh niên xã",
                ),
            ],
        ),
    ]
    body = []
    for day, entries in days:
        for index, entry in enumerate(entries):
            cells = "".join(f"<td>{value}</td>" for value in entry)
            lead = f'<td rowspan="{len(entries)}"><b>{day}</b></td>' if index == 0 else ""
            body.append(f"      <tr>{lead}{cells}</tr>")
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Lịch công tác tuần - UBND xã Tân Hòa</title>
  <style>
    table.lich {{ border-collapse: collapse; width: 100%; }}
    table.lich td, table.lich th {{ border: 1px solid #999; padding: 4px; vertical-align: top; }}
  </style>
</head>
<body>
  <div class="breadcrumb">Trang chủ &raquo; Lịch công tác &raquo; Lịch tuần</div>
  <table class="tieude">
    <tr><td><b>ỦY BAN NHÂN DÂN<br>XÃ TÂN HÒA</b></td>
        <td><b>{NATIONAL.replace(chr(10), "<br>")}</b></td></tr>
    <tr><td></td><td><i>Tân Hòa, ngày 26 tháng 12 năm 2026</i></td></tr>
  </table>
  <h2 style="text-align:center">LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC HĐND, LÃNH ĐẠO UBND XÃ</h2>
  <p style="text-align:center"><i>(Từ ngày 28/12/2026 đến ngày 03/01/2027)</i></p>
  <table class="lich">
    <thead>
      <tr><th>Thứ, ngày</th><th>Thời gian</th><th>Nội dung</th><th>Chủ trì / Lãnh đạo dự</th>
          <th>Địa điểm</th><th>Đơn vị chuẩn bị</th></tr>
    </thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p><i>Ghi chú: Lịch công tác có thể thay đổi; các phòng, đơn vị theo dõi lịch cập nhật trên Cổng thông tin
  điện tử xã. Trường hợp thay đổi, Văn phòng HĐND và UBND xã sẽ thông báo.</i></p>
  <p style="text-align:right"><b>VĂN PHÒNG HĐND VÀ UBND XÃ</b></p>
  <div class="footer">Cổng thông tin điện tử xã Tân Hòa - tỉnh Lâm Thủy</div>
</body>
</html>
"""


def h538_html(path: Path) -> None:
    """Commune People's Committee: a leaders' weekly calendar published as a web page."""
    path.write_text(_html_calendar(), encoding="utf-8")


def h539_xlsx(path: Path) -> None:
    """Grassroots tax office: a month programme sheet, lettered group rows, a column of leaders in
    charge beside the team column, deadlines as dates, day-months, two rounds and 'Hằng ngày'."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "CTCT T01-2027"
    ws["A1"] = "THUẾ TỈNH QUẢNG YÊN"
    ws["A2"] = "THUẾ CƠ SỞ 2"
    ws["A1"].font = Font(bold=False)
    ws["A2"].font = Font(bold=True)
    ws["A4"] = "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01/2027"
    ws["A5"] = "(Kèm theo Thông báo số 25/TB-TCS2 ngày 28/12/2026 của Trưởng Thuế cơ sở 2)"
    for r in (4, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    ws["A4"].font = Font(bold=True, size=13)
    ws["A5"].font = Font(italic=True)
    ws.append([])
    ws.append(
        ["STT", "Nội dung công việc", "Đội chủ trì", "Lãnh đạo phụ trách", "Thời hạn hoàn thành", "Sản phẩm"]
    )
    header_row = ws.max_row
    d = datetime.datetime
    nv = "Đội Nghiệp vụ - Dự toán - Pháp chế"
    hc = "Đội Hành chính - Nhân sự - Tài vụ - Ấn chỉ"
    ho = "Đội Tuyên truyền - Hỗ trợ người nộp thuế"
    rows = [
        ["A", "CÔNG TÁC QUẢN LÝ THU, QUẢN LÝ NỢ"],
        [
            1,
            "Đôn đốc thu nộp tiền sử dụng đất, lệ phí trước bạ phát sinh cuối năm 2026",
            "Đội Trước bạ và thu khác",
            "Phó Trưởng Thuế cơ sở Lê Văn Hậu",
            d(2027, 1, 15),
            "Báo cáo kết quả thu",
        ],
        [
            2,
            "Rà soát, hướng dẫn hộ kinh doanh chuyển đổi từ phương pháp khoán sang phương pháp kê khai",
            "Đội Quản lý hộ kinh doanh, cá nhân",
            "Phó Trưởng Thuế cơ sở Lê Văn Hậu",
            d(2027, 1, 31),
            "Danh sách hộ đã chuyển đổi",
        ],
        [
            3,
            "Theo dõi tình hình nộp hồ sơ khai thuế tháng 12/2026, quý IV/2026; gửi thông báo nhắc nộp hồ sơ "
            "khai thuế",
            "Đội Kê khai - Kế toán thuế",
            "Phó Trưởng Thuế cơ sở Vũ Thị Thoa",
            "Ngày 20/01 (tháng), ngày 31/01 (quý)",
            "Thông báo mẫu 01/TB-KK",
        ],
        [
            4,
            "Ban hành thông báo tiền thuế nợ, tiền phạt và tiền chậm nộp đến người nộp thuế",
            "Đội Quản lý nợ",
            "Phó Trưởng Thuế cơ sở Vũ Thị Thoa",
            "Trước ngày 10/01",
            "Thông báo mẫu 07/QLN",
        ],
        [
            5,
            "Cưỡng chế nợ thuế bằng biện pháp thông báo hóa đơn không còn giá trị sử dụng đối với 35 doanh "
            "nghiệp nợ thuế trên 90 ngày",
            "Đội Quản lý nợ",
            "Trưởng Thuế cơ sở",
            "15/01 (đợt 1); 25/01 (đợt 2)",
            "Quyết định cưỡng chế",
        ],
        ["B", "CÔNG TÁC KIỂM TRA"],
        [
            6,
            "Kiểm tra tại trụ sở người nộp thuế đối với 04 doanh nghiệp theo kế hoạch kiểm tra năm 2027",
            "Đội Kiểm tra thuế",
            "Phó Trưởng Thuế cơ sở Vũ Thị Thoa",
            "Từ 11/01 đến 29/01/2027",
            "Biên bản, kết luận kiểm tra",
        ],
        [
            7,
            "Kiểm tra hồ sơ khai thuế tại cơ quan thuế; xử lý hồ sơ đề nghị hoàn thuế giá trị gia tăng",
            "Đội Kiểm tra thuế",
            "Phó Trưởng Thuế cơ sở Vũ Thị Thoa",
            "Thường xuyên",
            "",
        ],
        ["C", "CÔNG TÁC TUYÊN TRUYỀN, HỖ TRỢ VÀ HÀNH CHÍNH"],
        [
            8,
            "Tổ chức hội nghị tập huấn chính sách thuế mới có hiệu lực từ ngày 01/01/2027 cho doanh nghiệp",
            ho,
            "Trưởng Thuế cơ sở",
            d(2027, 1, 14),
            "Hội nghị, tài liệu tập huấn",
        ],
        [
            9,
            "Trả lời vướng mắc của người nộp thuế qua điện thoại, thư điện tử và bộ phận một cửa",
            ho,
            "Phó Trưởng Thuế cơ sở Lê Văn Hậu",
            "Hằng ngày",
            "",
        ],
        [
            10,
            "Tổ chức Hội nghị tổng kết công tác thuế năm 2026, triển khai nhiệm vụ năm 2027",
            nv,
            "Trưởng Thuế cơ sở",
            d(2027, 1, 8),
            "Báo cáo tổng kết",
        ],
        [
            11,
            "Chuẩn bị điều kiện, phân công trực Tết; chăm lo Tết Nguyên đán Đinh Mùi cho công chức, người "
            "lao động",
            hc,
            "Trưởng Thuế cơ sở",
            "Trước 30/01/2027",
            "Lịch trực Tết",
        ],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=6)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
        if isinstance(ws.cell(at, 5).value, datetime.datetime):
            ws.cell(at, 5).number_format = "dd/mm/yyyy"
    bold_header(ws, header_row)
    wrap(ws, first)
    ws.append([])
    ws.append(
        [
            "Các Đội báo cáo kết quả thực hiện Chương trình công tác tháng về Đội Nghiệp vụ - Dự toán - "
            "Pháp chế "
            "trước ngày 27/01/2027 để tổng hợp, báo cáo Trưởng Thuế cơ sở."
        ]
    )
    note = ws.max_row
    ws.merge_cells(start_row=note, start_column=1, end_row=note, end_column=6)
    ws.cell(note, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[note].height = 32
    ws.append([])
    ws.append(["", "", "", "", "TRƯỞNG THUẾ CƠ SỞ"])
    ws.append([])
    ws.append([])
    ws.append(["", "", "", "", "Nguyễn Thị Thanh Huyền"])
    for letter, width in zip("ABCDEF", [6, 54, 26, 24, 18, 24], strict=True):
        ws.column_dimensions[letter].width = width
    wb.save(path)


def h540_docx(h, path: Path) -> None:
    """Land registry office: a plan in prose whose tasks sit in an appendix table, two tasks split into
    numbered sub-rows that carry their own unit and deadline (the parent rows carry none)."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nVĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI\nSố: 642/KH-VPĐK",
        right2="Hà Phong, ngày 16 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Cập nhật, chỉnh lý cơ sở dữ liệu đất đai và cấp Giấy chứng nhận quyền sử dụng đất năm 2027",
        bold=True,
        center=True,
    )
    _lines(
        doc,
        [
            (
                "Thực hiện Kế hoạch số 318/KH-SNNMT ngày 02/12/2026 của Sở Nông nghiệp và Môi trường về "
                "quản lý đất đai năm 2027, Văn phòng Đăng ký đất đai xây dựng Kế hoạch như sau:",
                {},
            ),
            ("I. MỤC ĐÍCH, YÊU CẦU", B),
            (
                "1. Cơ sở dữ liệu đất đai được cập nhật đầy đủ, kịp thời các biến động, bảo đảm “đúng, đủ, "
                "sạch, sống”, phục vụ giải quyết thủ tục hành chính trên môi trường điện tử.",
                {},
            ),
            (
                "2. Giải quyết dứt điểm hồ sơ cấp Giấy chứng nhận tồn đọng; mỗi nhiệm vụ phải có đơn vị thực "
                "hiện, sản phẩm và thời hạn cụ thể.",
                {},
            ),
            ("II. NHIỆM VỤ", B),
            (
                "Các nhiệm vụ, sản phẩm, đơn vị thực hiện, đơn vị phối hợp và thời hạn hoàn thành chi tiết "
                "tại "
                "Phụ lục kèm theo Kế hoạch này.",
                {},
            ),
            ("III. TỔ CHỨC THỰC HIỆN", B),
            (
                "1. Phòng Kỹ thuật - Dữ liệu là đơn vị đầu mối, giúp Giám đốc theo dõi, đôn đốc, kiểm tra "
                "việc thực hiện Kế hoạch.",
                {},
            ),
            (
                "2. Phòng Hành chính - Tổng hợp bảo đảm kinh phí, trang thiết bị phục vụ thực hiện các nhiệm "
                "vụ tại Phụ lục.",
                {},
            ),
            (
                "3. Các Chi nhánh Văn phòng Đăng ký đất đai khu vực báo cáo kết quả thực hiện về Phòng Kỹ "
                "thuật - Dữ liệu trước ngày 05 hằng tháng.",
                {},
            ),
            (
                "Trong quá trình thực hiện, nếu có vướng mắc, các phòng, Chi nhánh báo cáo Giám đốc (qua "
                "Phòng Kỹ thuật - Dữ liệu) để xem xét, giải quyết./.",
                {},
            ),
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nông nghiệp và MT (b/c);\n- Ban Giám đốc;\n- Các phòng, Chi nhánh;\n- Lưu: VT, "
        "KTDL.",
        "GIÁM ĐỐC\n\n\n\nMai Xuân Trường",
    )
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "DANH MỤC NHIỆM VỤ NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 642/KH-VPĐK ngày 16/12/2026 của Văn phòng Đăng ký đất đai)",
        italic=True,
        center=True,
    )
    cn1 = "Chi nhánh Văn phòng Đăng ký đất đai khu vực 1"
    cn2 = "Chi nhánh Văn phòng Đăng ký đất đai khu vực 2"
    dk = "Phòng Đăng ký và Cấp giấy chứng nhận"
    kt = "Phòng Kỹ thuật - Dữ liệu"
    t = grid(
        doc,
        ["TT", "Nhiệm vụ", "Sản phẩm", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời hạn hoàn thành"],
        [
            ["1", "Chỉnh lý, cập nhật biến động đất đai vào cơ sở dữ liệu", "", "", "", ""],
            [
                "1.1",
                "Đối với các phường Bắc Sơn, Nam Hà, Đông Thành",
                "Cơ sở dữ liệu được cập nhật",
                cn1,
                kt,
                "30/6/2027",
            ],
            [
                "1.2",
                "Đối với các xã Tân Hòa, Yên Lạc, Phú Mỹ, Đồng Cao",
                "Cơ sở dữ liệu được cập nhật",
                cn2,
                kt,
                "30/9/2027",
            ],
            [
                "2",
                "Số hóa hồ sơ địa chính lưu trữ giai đoạn 2005 - 2015 (khoảng 42.000 hồ sơ)",
                "Hồ sơ số hóa, liên kết cơ sở dữ liệu",
                kt,
                "Trung tâm Lưu trữ lịch sử tỉnh",
                "Quý III/2027",
            ],
            ["3", "Cấp Giấy chứng nhận lần đầu cho hộ gia đình, cá nhân đủ điều kiện", "", "", "", ""],
            [
                "3.1",
                "Rà soát, phân loại hồ sơ tồn đọng chưa được cấp Giấy chứng nhận",
                "Danh sách phân loại hồ sơ",
                dk,
                "Các Chi nhánh",
                "Tháng 3/2027",
            ],
            [
                "3.2",
                "Giải quyết dứt điểm hồ sơ tồn đọng đủ điều kiện cấp Giấy chứng nhận",
                "Giấy chứng nhận được cấp",
                "Các Chi nhánh",
                dk,
                "31/12/2027",
            ],
            [
                "4",
                "Xây dựng dự thảo giá dịch vụ đo đạc, trích lục bản đồ địa chính",
                "Dự thảo trình Sở",
                "Phòng Hành chính - Tổng hợp",
                kt,
                "Trước 15/3/2027",
            ],
            [
                "5",
                "Triển khai dịch vụ công trực tuyến toàn trình đối với thủ tục đăng ký biến động đất đai",
                "Tỷ lệ hồ sơ trực tuyến ≥ 60%",
                dk,
                "Trung tâm Phục vụ hành chính công tỉnh",
                "Quý II/2027",
            ],
            [
                "6",
                "Đo đạc, chỉnh lý bản đồ địa chính phục vụ bồi thường, giải phóng mặt bằng các dự án trọng "
                "điểm",
                "Mảnh bản đồ, mảnh trích đo",
                kt,
                "Chi nhánh khu vực 1, 2",
                "Theo tiến độ từng dự án",
            ],
            [
                "7",
                "Kiểm tra nghiệp vụ đăng ký đất đai tại các Chi nhánh",
                "Thông báo kết quả kiểm tra",
                dk,
                "Phòng Hành chính - Tổng hợp",
                "Tháng 10/2027",
            ],
            [
                "8",
                "Tổng kết thực hiện Kế hoạch năm 2027",
                "Báo cáo tổng kết",
                "Phòng Hành chính - Tổng hợp",
                "Các phòng, Chi nhánh",
                "Tháng 12/2027",
            ],
        ],
        widths=[1.0, 5.5, 3.0, 3.2, 3.0, 2.3],
    )
    for r in (1, 5):  # parent rows: the task's text merged across the empty cells
        merged = t.cell(r, 1).merge(t.cell(r, 5))
        cell_text(merged, t.cell(r, 1).paragraphs[0].text, bold=True)
    doc.save(path)


def h541_docx(h, path: Path) -> None:
    """Provincial archives centre: a yearly programme table whose one doer column prints 'Chủ trì: …'
    and 'Phối hợp: …' on lines of their own; two rounds in a cell, 'Hằng quý', a plan no date reads from."""
    doc = document()
    head_block(
        doc,
        "SỞ NỘI VỤ TỈNH VĨNH HÀ\nTRUNG TÂM LƯU TRỮ LỊCH SỬ\nSố: 96/CTr-TTLT",
        right2="Vĩnh Hà, ngày 11 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    _lines(
        doc,
        [
            ("Căn cứ Luật Lưu trữ năm 2024;", I),
            ("Căn cứ Kế hoạch công tác năm 2027 của Sở Nội vụ tỉnh Vĩnh Hà;", I),
            (
                "Trung tâm Lưu trữ lịch sử tỉnh ban hành Chương trình công tác năm 2027 với các nội dung cụ "
                "thể "
                "như sau:",
                {},
            ),
        ],
    )
    tt = "Phòng Thu thập và Chỉnh lý tài liệu"
    bq = "Phòng Bảo quản và Số hóa tài liệu"
    kt = "Phòng Khai thác và Phát huy giá trị tài liệu"
    hc = "Phòng Hành chính - Tổng hợp"
    grid(
        doc,
        ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành", "Ghi chú"],
        [
            ("§", "I", "CÔNG TÁC THU THẬP, CHỈNH LÝ TÀI LIỆU"),
            [
                "1",
                "Thu thập tài liệu đến hạn nộp lưu của 12 cơ quan, tổ chức thuộc Danh mục nguồn nộp lưu số "
                "02",
                f"Chủ trì: {tt}\nPhối hợp: các cơ quan, tổ chức thuộc nguồn nộp lưu",
                "Quý II, Quý IV/2027",
                "Khoảng 320 mét giá",
            ],
            [
                "2",
                "Chỉnh lý khoảng 180 mét giá tài liệu của các cơ quan cấp huyện đã kết thúc hoạt động",
                f"Chủ trì: {tt}",
                "Tháng 3 - 10/2027",
                "",
            ],
            [
                "3",
                "Hướng dẫn nghiệp vụ lưu trữ cho công chức văn thư, lưu trữ các xã, phường",
                f"Chủ trì: {tt}\nPhối hợp: {hc}",
                "Tháng 5/2027",
                "02 lớp",
            ],
            ("§", "II", "CÔNG TÁC BẢO QUẢN, SỐ HÓA TÀI LIỆU"),
            [
                "4",
                "Số hóa 250.000 trang tài liệu phông Ủy ban nhân dân tỉnh giai đoạn 1991 - 2000",
                f"Chủ trì: {bq}",
                "Trước 30/11/2027",
                "",
            ],
            [
                "5",
                "Vệ sinh kho, khử trùng, diệt côn trùng tại kho lưu trữ số 1 và số 2",
                f"Chủ trì: {bq}",
                "Hằng quý",
                "",
            ],
            [
                "6",
                "Tu bổ, phục chế 1.500 tờ tài liệu bị hư hỏng nặng",
                f"Chủ trì: {bq}\nPhối hợp: {tt}",
                "Quý III/2027",
                "",
            ],
            ("§", "III", "KHAI THÁC, PHÁT HUY GIÁ TRỊ TÀI LIỆU"),
            [
                "7",
                'Tổ chức Triển lãm tài liệu lưu trữ "Dấu ấn mùa xuân" nhân dịp Tết Nguyên đán Đinh Mùi',
                f"Chủ trì: {kt}\nPhối hợp: Bảo tàng tỉnh",
                "Tháng 01/2027",
                "",
            ],
            [
                "8",
                "Phục vụ độc giả khai thác, sử dụng tài liệu tại phòng đọc và trên cổng dịch vụ công trực "
                "tuyến",
                f"Chủ trì: {kt}",
                "Thường xuyên",
                "",
            ],
            [
                "9",
                "Biên soạn, xuất bản sách ảnh giới thiệu tài liệu lưu trữ về các đơn vị hành chính của tỉnh "
                "qua các thời kỳ",
                f"Chủ trì: {kt}\nPhối hợp: {tt}",
                "Theo kế hoạch được Sở Nội vụ phê duyệt",
                "",
            ],
            ("§", "IV", "CÔNG TÁC KHÁC"),
            [
                "10",
                "Kiểm tra công tác văn thư, lưu trữ tại một số cơ quan, tổ chức thuộc nguồn nộp lưu",
                f"Chủ trì: {tt}\nPhối hợp: Phòng Văn thư - Lưu trữ (Sở Nội vụ)",
                "Tháng 8 - 9/2027",
                "",
            ],
            [
                "11",
                "Sơ kết 6 tháng, tổng kết công tác năm 2027 của Trung tâm",
                f"Chủ trì: {hc}",
                "Tháng 6, tháng 12/2027",
                "",
            ],
        ],
        widths=[1.0, 7.0, 4.5, 2.8, 2.0],
    )
    para(
        doc,
        "Các phòng báo cáo kết quả thực hiện Chương trình về Phòng Hành chính - Tổng hợp trước ngày 20 của "
        "tháng cuối quý để tổng hợp, báo cáo Giám đốc Trung tâm.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Nội vụ (b/c);\n- Ban Giám đốc;\n- Các phòng thuộc Trung tâm;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nTạ Thị Thu Trang",
    )
    doc.save(path)


def h542_docx(h, path: Path) -> None:
    """State water-supply company: notice of the general director's conclusions at the monthly briefing,
    roman parts, '-' points by theme, a point to a deputy by post, a time that is a holiday, a request."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH LÂM THỦY\nCÔNG TY TNHH MỘT THÀNH VIÊN\nCẤP NƯỚC LÂM THỦY\nSố: 318/TB-CTN",
        right2="Lâm Thủy, ngày 22 tháng 12 năm 2026",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Tổng Giám đốc Công ty tại cuộc họp giao ban tháng 12 năm 2026",
        bold=True,
        center=True,
    )
    _lines(
        doc,
        [
            (
                "Ngày 21/12/2026, Tổng Giám đốc Công ty chủ trì cuộc họp giao ban tháng 12 năm 2026. Tham dự "
                "có các Phó Tổng Giám đốc, Kế toán trưởng, Chủ tịch Công đoàn Công ty, Trưởng các phòng, "
                "ban, "
                "Giám đốc các Xí nghiệp Cấp nước và Nhà máy nước Sông Lam. Sau khi nghe Phòng Kế hoạch - "
                "Kinh "
                "doanh báo cáo kết quả sản xuất, kinh doanh tháng 12 và năm 2026, ý kiến của các đơn vị, "
                "Tổng "
                "Giám đốc kết luận như sau:",
                {},
            ),
            ("I. KẾT QUẢ THỰC HIỆN THÁNG 12 VÀ NĂM 2026", B),
            (
                "Sản lượng nước thương phẩm năm 2026 ước đạt 38,6 triệu m³, bằng 101,2% kế hoạch; tỷ lệ thất "
                "thoát, thất thu nước giảm còn 17,8%; phát triển mới 6.450 khách hàng. Tuy nhiên, một số khu "
                "vực cuối nguồn còn thiếu áp lực vào giờ cao điểm; tỷ lệ thất thoát tại Xí nghiệp Cấp nước "
                "số "
                "2 còn cao.",
                {},
            ),
            ("II. NHIỆM VỤ TRỌNG TÂM THÁNG 01/2027 VÀ DỊP TẾT NGUYÊN ĐÁN", B),
            ("1. Về sản xuất, cung cấp nước", B),
            (
                "- Nhà máy nước Sông Lam hoàn thành súc xả, vệ sinh bể lắng, bể lọc và kiểm tra hệ thống "
                "châm "
                "hóa chất trước ngày 25/01/2027; bảo đảm chất lượng nước đạt quy chuẩn trong dịp Tết.",
                {},
            ),
            (
                "- Giao Phòng Kỹ thuật - Công nghệ lập phương án cấp nước bằng xe bồn cho khu vực cuối nguồn "
                "phường Bắc Sơn, xã Yên Lạc khi xảy ra sự cố, trình Tổng Giám đốc trước ngày 05/01/2027.",
                {},
            ),
            (
                "- Phó Tổng Giám đốc phụ trách sản xuất (ông Lê Minh Tuấn) trực tiếp chỉ đạo công tác ứng "
                "trực, "
                "xử lý sự cố mạng lưới trong thời gian nghỉ Tết, từ ngày 04/02/2027 đến ngày 10/02/2027.",
                {},
            ),
            ("2. Về giảm thất thoát, thất thu", B),
            (
                "- Các Xí nghiệp Cấp nước tiếp tục rà soát, thay thế đồng hồ đo nước đến hạn kiểm định; mỗi "
                "Xí nghiệp thay tối thiểu 800 đồng hồ trong tháng 01/2027.",
                {},
            ),
            (
                "- Xí nghiệp Cấp nước số 2 khẩn trương khắc phục tình trạng thất thoát tại các vùng DMA 2.05 "
                "và DMA 2.07 (tỷ lệ trên 30%), báo cáo kết quả tại cuộc họp giao ban tháng 01/2027.",
                {},
            ),
            ("3. Về kinh doanh, tài chính", B),
            (
                "- Phòng Kế hoạch - Kinh doanh đôn đốc thu tiền nước tồn đọng, phấn đấu tỷ lệ thu đạt 99% "
                "trước ngày 31/01/2027; đồng thời chuẩn bị phương án điều chỉnh giá nước sạch trình Hội đồng "
                "thành viên.",
                {},
            ),
            (
                "- Phòng Tài chính - Kế toán hoàn thành quyết toán tài chính năm 2026, lập báo cáo tài chính "
                "gửi đơn vị kiểm toán độc lập trước ngày 28/02/2027.",
                {},
            ),
            ("4. Về đầu tư xây dựng", B),
            (
                "- Ban Quản lý dự án đẩy nhanh tiến độ thi công tuyến ống truyền tải D600 dọc Quốc lộ 1A "
                "(đoạn "
                "Km 12 - Km 17), phấn đấu đưa vào vận hành trước Tết Nguyên đán Đinh Mùi.",
                {},
            ),
            (
                "- Ban Quản lý dự án phối hợp với UBND phường Nam Hà hoàn thành giải phóng mặt bằng tuyến "
                "ống "
                "phân phối khu đô thị mới Nam Hà trong quý I/2027.",
                {},
            ),
            ("5. Về công tác tổ chức, đoàn thể", B),
            (
                "- Phòng Tổ chức - Hành chính xây dựng phương án chi thưởng Tết, thăm hỏi, tặng quà người "
                "lao "
                "động có hoàn cảnh khó khăn, trình Tổng Giám đốc trước ngày 15/01/2027.",
                {},
            ),
            (
                '- Đề nghị Công đoàn Công ty phối hợp tổ chức chương trình "Tết sum vầy" cho người lao động '
                "và gia đình.",
                {},
            ),
            ("III. TỔ CHỨC THỰC HIỆN", B),
            (
                "Các phòng, ban, đơn vị báo cáo kết quả thực hiện các nội dung kết luận nêu trên về Phòng Tổ "
                "chức - Hành chính trước ngày 25/01/2027 để tổng hợp, báo cáo tại cuộc họp giao ban tháng "
                "01/2027.",
                {},
            ),
            ("Công ty thông báo để các đơn vị biết, thực hiện./.", {}),
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Chủ tịch Công ty (b/c);\n- Ban Tổng Giám đốc;\n- Các phòng, ban, đơn vị;\n"
        "- Công đoàn Công ty;\n- Lưu: VT, TCHC.",
        "TL. TỔNG GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nNguyễn Thị Thu Hằng",
    )
    doc.save(path)


def batch_h533() -> None:
    """Writes h533–h542 (the .doc and .pdf through LibreOffice)."""
    h = writers()
    h533_docx(h, _out("h533_cv_so_xay_dung_tet_giao_thong.docx"))
    h536_docx(h, _out("h536_kh_hk2_khoa_cntt_chu_tri_gop.docx"))
    h537_xlsx(_out("h537_chi_tieu_tinh_doan_2027_ban_gop.xlsx"))
    h538_html(_out("h538_lich_tuan_xa_tan_hoa_tet_duong_lich.html"))
    h539_xlsx(_out("h539_ctct_thang_thue_co_so_doi_chu_tri.xlsx"))
    h540_docx(h, _out("h540_kh_vpdkdd_phu_luc_hang_con.docx"))
    h541_docx(h, _out("h541_ct_luu_tru_lich_su_chu_tri_phoi_hop.docx"))
    h542_docx(h, _out("h542_tbkl_cap_nuoc_giao_ban_thang.docx"))
    with tempfile.TemporaryDirectory() as tmp:
        convert_each(
            h,
            Path(tmp),
            [
                (h534_docx, "h534_tbkl_ubnd_phuong_gpmb.docx", "doc"),
                (h535_docx, "h535_kh_cai_tien_chat_luong_bv_truong_nhan.docx", "pdf"),
            ],
            _out,
        )
