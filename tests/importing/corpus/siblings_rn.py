"""The main corpus's siblings of the held-out document h491 (moved to the main corpus when the
importer was taught its shape, helper h13fixRN): a notice of a head's conclusions whose points open
with units named in two parts joined by a dash, the second part no field the importer lists
(`Khoa Hồi sức - Chống độc`, `Phòng Công tác chính trị - Sinh viên`, `Trung tâm Văn hóa - Nghệ
thuật`), one of three parts (`Khoa Tai - Mũi - Họng`), one of four words (`Phòng Khoa học - Hợp tác
quốc tế`), two such units joined by `và`; a task for a named Day whose bare day stands in parentheses
(`Ngày Nhà giáo Việt Nam (20/11)`) beside the task's own deadline; the units' report in rounds (no
lead).
rn1: a provincial hospital's notice of the director's conclusions at the monthly meeting (.docx),
numbered points under `II. NHIỆM VỤ TRỌNG TÂM`.
rn2: a university's notice of the rector's conclusions at the weekly meeting (.pdf with a text
layer), dash points under a numbered heading.
rn3: a provincial culture department's notice of the director's conclusions (.odt), lettered points.
Their expected items (expected/rn*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rn` writes all three.
"""

from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import closing, letter, write_converted

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def rn1_docx(h, path: Path) -> None:
    """Bệnh viện Đa khoa tỉnh Kon Tum: the director's conclusions at the February meeting (06/3/2028)."""
    document = letter(
        h,
        ["SỞ Y TẾ TỈNH KON TUM", "BỆNH VIỆN ĐA KHOA TỈNH", "Số: 52/TB-BVĐK"],
        "Kon Tum, ngày 06 tháng 3 năm 2028",
        (
            "THÔNG BÁO",
            "Kết luận của Giám đốc Bệnh viện tại buổi giao ban tháng 02 năm 2028",
            "Ngày 03/3/2028, Bệnh viện tổ chức giao ban đánh giá kết quả công tác tháng 02 và triển khai "
            "nhiệm vụ tháng 3 năm 2028 do BSCKII Đinh Văn Hòa, Giám đốc Bệnh viện chủ trì. Tham dự có các "
            "Phó Giám đốc, trưởng các khoa, phòng. Sau khi nghe báo cáo và ý kiến của các đơn vị, Giám đốc "
            "Bệnh viện kết luận như sau:",
            "I. KẾT QUẢ THÁNG 02 NĂM 2028",
            "Bệnh viện tiếp nhận khám 18.420 lượt người bệnh, điều trị nội trú 2.315 lượt; công suất giường "
            "bệnh đạt 96%. Không xảy ra sự cố y khoa nghiêm trọng. Tuy nhiên, thời gian chờ khám tại khu "
            "Khám bệnh vào giờ cao điểm còn dài.",
            "II. NHIỆM VỤ TRỌNG TÂM THÁNG 3 NĂM 2028",
            "1. Khoa Hồi sức - Chống độc bố trí 06 giường hồi sức cấp cứu dự phòng cho người bệnh sốt xuất "
            "huyết nặng, hoàn thành trước ngày 20/3/2028.",
            "2. Khoa Kiểm soát nhiễm khuẩn xây dựng kế hoạch truyền thông hưởng ứng Ngày Thế giới phòng, "
            "chống lao (24/3) và Ngày Vệ sinh tay toàn cầu (05/5), trình Giám đốc trước ngày 15/3/2028.",
            "3. Khoa Tai - Mũi - Họng tổ chức khám sàng lọc bệnh lý tai mũi họng cho học sinh Trường Tiểu "
            "học Lê Lợi trong tháng 4/2028.",
            "4. Phòng Tổ chức - Cán bộ và Khoa Dinh dưỡng - Tiết chế hoàn thiện phương án tuyển dụng viên "
            "chức dinh dưỡng lâm sàng, trình Sở Y tế trước ngày 31/3/2028.",
            "5. Khoa Dinh dưỡng - Tiết chế bảo đảm suất ăn bệnh lý cho người bệnh nội trú theo chỉ định "
            "của bác sĩ điều trị; thực hiện thường xuyên.",
            "6. Phòng Hành chính - Quản trị khắc phục hư hỏng hệ thống điều hòa khu Khám bệnh, hoàn thành "
            "trước ngày 30/4/2028.",
            "7. Khoa Khám bệnh rà soát quy trình đón tiếp để rút ngắn thời gian chờ của người bệnh, báo "
            "cáo Giám đốc trước ngày 25/3/2028.",
            "8. Các khoa, phòng báo cáo kết quả thực hiện nhiệm vụ tháng về Phòng Kế hoạch - Tổng hợp "
            "trước ngày 28 hằng tháng.",
            "Phòng Hành chính - Quản trị thông báo để các khoa, phòng biết, thực hiện./.",
        ),
    )
    closing(
        document,
        ["Nơi nhận:\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, HCQT."],
        ["TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG HÀNH CHÍNH - QUẢN TRỊ\n\n\nY Bhin"],
    )
    document.save(path)


def rn2_docx(h, path: Path) -> None:
    """Trường Đại học Kinh tế Bảo Lộc (invented): the rector's conclusions at the weekly meeting of
    25/10/2027, dash points under `2. Nhiệm vụ`; written as .docx, printed to PDF."""
    document = letter(
        h,
        ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC KINH TẾ BẢO LỘC", "Số: 318/TB-ĐHKTBL"],
        "Lâm Đồng, ngày 27 tháng 10 năm 2027",
        (
            "THÔNG BÁO",
            "Ý kiến kết luận của Hiệu trưởng tại cuộc họp giao ban Ban Giám hiệu ngày 25/10/2027",
            "Chiều ngày 25/10/2027, PGS.TS. Hoàng Minh Đức, Hiệu trưởng Nhà trường chủ trì cuộc họp giao "
            "ban tuần với trưởng các đơn vị. Sau khi nghe các đơn vị báo cáo, Hiệu trưởng kết luận:",
            "1. Về tình hình chung",
            "Công tác tuyển sinh đợt bổ sung năm 2027 hoàn thành vượt 6% chỉ tiêu; các lớp khóa mới đã ổn "
            "định, học tập đúng kế hoạch.",
            "2. Nhiệm vụ trong thời gian tới",
            "- Phòng Đào tạo - Khảo thí hoàn thành lịch thi kết thúc học phần học kỳ I năm học 2027-2028, "
            "công bố trên trang thông tin của Trường trước ngày 15/11/2027.",
            "- Phòng Công tác chính trị - Sinh viên chủ trì, phối hợp Đoàn Thanh niên tổ chức chuỗi hoạt "
            "động chào mừng Ngày Nhà giáo Việt Nam (20/11), gửi kế hoạch về Ban Giám hiệu trước ngày "
            "05/11/2027.",
            "- Trung tâm Thông tin - Thư viện cập nhật học liệu số cho 12 học phần mới, hoàn thành trong "
            "tháng 12/2027.",
            "- Phòng Khoa học - Hợp tác quốc tế tổ chức hội thảo khoa học cấp trường về chuyển đổi số "
            "trong đào tạo kinh tế trước ngày 10/12/2027.",
            "- Phòng Quản trị - Thiết bị và Trung tâm Thông tin - Thư viện tiến hành kiểm kê tài sản, "
            "thiết bị phòng máy tính trước ngày 30/11/2027.",
            "- Các đơn vị báo cáo tiến độ thực hiện nhiệm vụ về Phòng Hành chính - Tổng hợp trước 16 giờ "
            "thứ Sáu hằng tuần.",
            "Phòng Hành chính - Tổng hợp thông báo để các đơn vị biết, thực hiện./.",
            "Nơi nhận:",
            "- Ban Giám hiệu;",
            "- Các đơn vị thuộc Trường;",
            "- Lưu: VT, HCTH.",
            "TL. HIỆU TRƯỞNG",
            "TRƯỞNG PHÒNG HÀNH CHÍNH - TỔNG HỢP",
            "Nguyễn Thị Thanh Hương",
        ),
    )
    document.save(path)


def rn3_docx(h, path: Path) -> None:
    """Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Nông: the director's conclusions at the May meeting
    (05/6/2028), lettered points; written as .docx, saved as .odt."""
    document = letter(
        h,
        ["UBND TỈNH ĐẮK NÔNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 147/TB-SVHTTDL"],
        "Đắk Nông, ngày 05 tháng 6 năm 2028",
        (
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 5 năm 2028",
            "Ngày 03/6/2028, đồng chí Lê Thị Phương Thảo, Giám đốc Sở chủ trì cuộc họp giao ban đánh giá "
            "công tác tháng 5, triển khai nhiệm vụ tháng 6 năm 2028. Sau khi nghe các phòng, đơn vị báo "
            "cáo, Giám đốc Sở kết luận:",
            "1. Kết quả công tác tháng 5",
            "Sở đã tổ chức thành công Lễ hội Văn hóa thổ cẩm lần thứ II; lượng khách du lịch tăng 12% so "
            "với cùng kỳ năm trước.",
            "2. Nhiệm vụ tháng 6 và thời gian tới:",
            "a) Phòng Quản lý Văn hóa - Gia đình xây dựng kế hoạch tổ chức các hoạt động hưởng ứng Ngày Gia "
            "đình Việt Nam (28/6), trình Giám đốc Sở trước ngày 12/6/2028.",
            "b) Trung tâm Văn hóa - Nghệ thuật xây dựng chương trình nghệ thuật chào mừng kỷ niệm 80 năm "
            "Ngày Cách mạng tháng Tám và Quốc khánh (02/9), tổng duyệt trước ngày 20/8/2028.",
            "c) Ban Quản lý Di tích - Danh thắng phối hợp UBND huyện Krông Nô rà soát hồ sơ xếp hạng di "
            "tích thác Dray Sáp, hoàn thành trong quý III/2028.",
            "d) Bảo tàng - Thư viện tỉnh tổ chức trưng bày chuyên đề “Đắk Nông - 25 năm xây dựng và phát "
            "triển” từ ngày 01/11/2028.",
            "đ) Phòng Quản lý Du lịch và Phòng Kế hoạch - Tài chính tham mưu dự toán kinh phí xúc tiến du "
            "lịch năm 2029, gửi Sở Tài chính trước ngày 15/7/2028.",
            "e) Văn phòng Sở rà soát, cập nhật danh mục thủ tục hành chính lĩnh vực văn hóa, du lịch trên "
            "Cổng Dịch vụ công của tỉnh; thực hiện thường xuyên.",
            "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.",
            "Nơi nhận:",
            "- Giám đốc, các Phó Giám đốc Sở;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, VP.",
            "TL. GIÁM ĐỐC",
            "CHÁNH VĂN PHÒNG",
            "Trần Văn Khải",
        ),
    )
    document.save(path)


def siblings_rn() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    rn1_docx(h, DOCS / "rn1_tb_kl_giao_ban_benh_vien_gach_noi.docx")
    write_converted(
        h,
        [
            (rn2_docx, "rn2_tb_kl_giao_ban_dai_hoc_gach_noi.docx", "pdf"),
            (rn3_docx, "rn3_tb_kl_giao_ban_so_vhttdl_gach_noi.docx", "odt"),
        ],
    )
