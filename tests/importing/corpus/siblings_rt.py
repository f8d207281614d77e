"""The main corpus's siblings of the held-out documents h502 and h511 (moved to the main corpus when
the importer was taught their shapes, helper h13fixRT). rt1: a provincial social insurance office's
year-end plan (.docx) whose dash tasks name their lead several ways side by side: the sentence's
subject (`- Phòng Quản lý thu thực hiện …`), a trailing `Đơn vị thực hiện: …; thời hạn:
…`, a closing parenthesis (`(Văn phòng thực hiện)`) or a label line naming only the unit (`- Phòng
Kế hoạch - Tài chính:`) over `+` tasks; under `III. TỔ CHỨC THỰC HIỆN` the focal unit's duty (`… là
đơn vị đầu mối, theo dõi …`). rt2: a medical college's administrative reform plan (.docx) numbered
I./1./1.1 whose lead and time follow each task in a trailing sentence worded several ways (`Giao X
thực hiện, trình … trước ngày …`, `X phối hợp Y thực hiện trong tháng …`, `X chủ trì, hoàn thành …`,
`X thực hiện thường xuyên.`) and whose standing office is `cơ quan đầu mối`. rt3: a district
hospital's plan (.docx) mixing both: a department's label over `+` tasks, subject-led dash tasks,
`Giao cho X thực hiện, …`, `(X thực hiện)` and a focal office that is `bộ phận đầu mối`. Their expected
items (expected/rt*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rt` writes all three.
"""

# ruff: noqa: E501 (document text is data: long lines)

from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, letter


def _lines(document, lines, bold_prefixes=("I.", "II.", "III.", "KẾ HOẠCH")) -> None:
    """Each line a paragraph; a line starting `**` is printed bold (a heading)."""
    for line in lines:
        bold = line.startswith("**")
        text = line[2:] if bold else line
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold or text.startswith(bold_prefixes)


def rt1_docx(h, path: Path) -> None:
    """A provincial social insurance office's plan for the 2027 year-end closing (10/12/2027)."""
    letter(
        h,
        ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH NAM TRUNG", "Số: 412/KH-BHXH"],
        "Nam Trung, ngày 10 tháng 12 năm 2027",
        [
            "KẾ HOẠCH",
            "**Triển khai công tác thu, chi và khóa sổ quyết toán năm 2027",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Hoàn thành chỉ tiêu thu bảo hiểm xã hội, bảo hiểm y tế năm 2027; số liệu khóa sổ đầy đủ, chính xác.",
            "II. NỘI DUNG THỰC HIỆN",
            "**1. Công tác thu, quản lý sổ, thẻ",
            "- Phòng Quản lý thu thực hiện đối chiếu, đôn đốc các đơn vị sử dụng lao động nợ đóng "
            "bảo hiểm xã hội nộp tiền trước ngày 25/12/2027.",
            "- Lập danh sách đơn vị nợ đóng từ 03 tháng trở lên để chuyển cơ quan thanh tra. Đơn vị thực "
            "hiện: Phòng Quản lý thu; thời hạn: trước ngày 05/01/2028.",
            "**2. Công tác kế hoạch, tài chính",
            "- Phòng Kế hoạch - Tài chính:",
            "+ Khóa sổ kế toán quỹ bảo hiểm năm 2027 vào cuối ngày 31/12/2027;",
            "+ Đối chiếu số dư tài khoản chuyên thu, chuyên chi với ngân hàng trước ngày 10/01/2028;",
            "+ Lập báo cáo quyết toán thu, chi năm 2027 gửi Bảo hiểm xã hội Việt Nam trước ngày 15/3/2028.",
            "**3. Công tác chi trả chế độ",
            "- Các đơn vị Bảo hiểm xã hội cấp huyện tổ chức chi trả lương hưu, trợ cấp tháng 01/2028 trước "
            "Tết Dương lịch, hoàn thành trước ngày 31/12/2027.",
            "**4. Công tác văn phòng",
            "- Văn phòng bố trí cán bộ trực, bảo đảm an ninh trụ sở, hệ thống công nghệ thông tin trong dịp "
            "nghỉ Tết Dương lịch, từ ngày 31/12/2027 đến hết ngày 02/01/2028.",
            "- Tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc trước ngày 08/01/2028 (Văn phòng thực hiện).",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Kế hoạch - Tài chính là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
            "2. Các phòng, Bảo hiểm xã hội cấp huyện báo cáo tiến độ về Phòng Kế hoạch - Tài chính định kỳ "
            "hằng tuần (chiều thứ Sáu) cho đến khi hoàn thành.",
            "3. Trưởng các phòng, Giám đốc Bảo hiểm xã hội cấp huyện chịu trách nhiệm trước Giám đốc về kết "
            "quả thực hiện./.",
            "Nơi nhận:",
            "- Bảo hiểm xã hội Việt Nam (b/c);",
            "- Lưu: VT, KHTC.",
            "GIÁM ĐỐC",
            "Lê Thị Hồng Vân",
        ],
        write=_lines,
    ).save(path)


def rt2_docx(h, path: Path) -> None:
    """A medical college's administrative reform plan for 2028 (05/01/2028), numbered I./1./1.1."""
    letter(
        h,
        ["SỞ Y TẾ TỈNH TÂY SƠN", "TRƯỜNG CAO ĐẲNG Y TẾ", "Số: 09/KH-CĐYT"],
        "Tây Sơn, ngày 05 tháng 01 năm 2028",
        [
            "KẾ HOẠCH",
            "**Cải cách hành chính năm 2028",
            "Thực hiện Kế hoạch cải cách hành chính năm 2028 của Sở Y tế, Trường Cao đẳng Y tế ban hành "
            "Kế hoạch cải cách hành chính năm 2028 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Nâng cao chất lượng phục vụ người học; phấn đấu 100% thủ tục tuyển sinh, cấp văn bằng được "
            "giải quyết trực tuyến.",
            "2. Gắn trách nhiệm của trưởng các đơn vị với kết quả cải cách hành chính.",
            "II. NHIỆM VỤ VÀ GIẢI PHÁP",
            "**1. Cải cách thể chế",
            "1.1. Sửa đổi Quy chế chi tiêu nội bộ phù hợp với cơ chế tự chủ tài chính của Trường. Giao "
            "Phòng Tài chính - Kế toán thực hiện, trình Hiệu trưởng trước ngày 31/3/2028.",
            "1.2. Rà soát, hệ thống hóa văn bản quản lý nội bộ ban hành từ năm 2020 đến nay. Phòng Tổ chức "
            "- Hành chính chủ trì, hoàn thành trong quý II/2028.",
            "**2. Cải cách thủ tục hành chính",
            "2.1. Công khai quy trình tuyển sinh, xét tốt nghiệp, cấp bảng điểm trên Cổng thông tin điện tử "
            "của Trường. Phòng Đào tạo thực hiện thường xuyên.",
            "2.2. Cấp bản sao văn bằng, chứng chỉ qua dịch vụ công trực tuyến. Phòng Đào tạo phối hợp "
            "Trung tâm Tin học - Ngoại ngữ thực hiện trong tháng 9/2028.",
            "**3. Hiện đại hóa hành chính",
            "3.1. Triển khai phần mềm quản lý đào tạo tín chỉ cho toàn bộ sinh viên khóa mới. Trung tâm Tin "
            "học - Ngoại ngữ chủ trì, phối hợp Phòng Đào tạo; thời gian: tháng 8/2028.",
            "3.2. Số hóa hồ sơ sinh viên tốt nghiệp giai đoạn 2018 - 2023 (Trung tâm Tin học - Ngoại ngữ; "
            "tháng 5 và tháng 10/2028).",
            "3.3. Khảo sát sự hài lòng của người học đối với dịch vụ hành chính của Trường. Giao cho Phòng "
            "Khảo thí và Đảm bảo chất lượng thực hiện, báo cáo Hiệu trưởng trong tháng 11/2028.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Tổ chức - Hành chính là cơ quan đầu mối, giúp Hiệu trưởng theo dõi, đôn đốc việc thực "
            "hiện Kế hoạch này.",
            "2. Trưởng các đơn vị chủ động triển khai nhiệm vụ được giao, bảo đảm chất lượng, tiến độ.",
            "3. Các phòng, khoa, trung tâm báo cáo kết quả thực hiện định kỳ 6 tháng (trước ngày 15/6) và "
            "năm (trước ngày 15/12) về Phòng Tổ chức - Hành chính để tổng hợp.",
            "Nơi nhận:",
            "- Sở Y tế (b/c);",
            "- Lưu: VT, TCHC.",
            "HIỆU TRƯỞNG",
            "Phạm Quốc Bảo",
        ],
        write=_lines,
    ).save(path)


def rt3_docx(h, path: Path) -> None:
    """A district hospital's plan for the 2028 dengue season (20/02/2028), mixing the shapes."""
    letter(
        h,
        ["SỞ Y TẾ TỈNH ĐÔNG HẢI", "BỆNH VIỆN ĐA KHOA HUYỆN LONG MỸ", "Số: 37/KH-BV"],
        "Long Mỹ, ngày 20 tháng 02 năm 2028",
        [
            "KẾ HOẠCH",
            "**Thu dung, điều trị bệnh sốt xuất huyết năm 2028",
            "I. MỤC TIÊU",
            "Giảm tỷ lệ tử vong do sốt xuất huyết dưới 0,05%; không để lây nhiễm chéo trong bệnh viện.",
            "II. NHIỆM VỤ",
            "**1. Chuẩn bị thu dung",
            "- Phòng Kế hoạch tổng hợp xây dựng phương án thu dung khi số ca bệnh tăng cao, trình Giám đốc "
            "trước ngày 15/3/2028.",
            "- Kiện toàn tổ điều trị sốt xuất huyết của bệnh viện. Giao cho Phòng Tổ chức cán bộ thực hiện, "
            "hoàn thành trước ngày 10/3/2028.",
            "**2. Thuốc, vật tư",
            "- Khoa Dược:",
            "+ Lập dự trù dịch truyền, thuốc hạ sốt, hoàn thành trong tháng 3/2028;",
            "+ Bảo đảm cơ số thuốc chống sốc tại các khoa lâm sàng trong mùa dịch, từ tháng 5 đến hết tháng "
            "10/2028.",
            "- Phòng Vật tư - Thiết bị y tế kiểm tra, bảo dưỡng máy xét nghiệm huyết học trước ngày 30/4/2028.",
            "**3. Đào tạo, truyền thông",
            "- Tập huấn phác đồ chẩn đoán, điều trị sốt xuất huyết cho bác sĩ, điều dưỡng trong tháng 4/2028 "
            "(Phòng Điều dưỡng thực hiện).",
            "- Phòng Công tác xã hội in tờ rơi hướng dẫn phòng bệnh phát cho người bệnh, người nhà trong quý "
            "II/2028.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Kế hoạch tổng hợp là bộ phận đầu mối theo dõi, tổng hợp tình hình thu dung, điều trị, báo cáo "
            "Giám đốc.",
            "2. Các khoa lâm sàng báo cáo số ca bệnh về Phòng Kế hoạch tổng hợp hằng ngày (trước 15 giờ).",
            "3. Trưởng các khoa, phòng chịu trách nhiệm trước Giám đốc về việc thực hiện Kế hoạch này./.",
            "Nơi nhận:",
            "- Sở Y tế (b/c);",
            "- Lưu: VT, KHTH.",
            "GIÁM ĐỐC",
            "Nguyễn Văn Thành",
        ],
        write=_lines,
    ).save(path)


def siblings_rt() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    rt1_docx(h, DOCS / "rt1_kh_bhxh_tinh_khoa_so_muc_nhan.docx")
    rt2_docx(h, DOCS / "rt2_kh_cchc_cao_dang_y_te.docx")
    rt3_docx(h, DOCS / "rt3_kh_benh_vien_sot_xuat_huyet.docx")
