"""The main corpus's siblings of the held-out documents h216, h212 and h204 (moved to the main corpus when the
importer was taught their shapes, helper h13fixJZ): the same shapes with other bodies, units, tasks,
dates and surface details. Their expected items (expected/jz1_…, jz2_…) were written by hand before
the first import. `python tests/importing/corpus/make_docs.py --siblings-jz` writes jz1, jz2 and jz3
(.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jz1_docx(h, path: Path) -> None:
    """A ward's plan against dengue fever: numbered groups of lettered tasks, each group's fields
    (`- Đơn vị chủ trì`, `- Đơn vị phối hợp`, `- Thời gian`, in another order in one group) printed
    once after its tasks; a task overriding the group's time in parentheses; a group of one
    unlettered paragraph over its fields; a group due `khi …` (review)."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN HÒA", "Số: 41/KH-UBND"],
        "An Hòa, ngày 06 tháng 02 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phòng, chống sốt xuất huyết trên địa bàn phường năm 2028",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Giảm số ca mắc sốt xuất huyết so với năm 2027; không để dịch lan rộng trong khu dân cư.",
            "II. NỘI DUNG THỰC HIỆN",
            "1. Diệt lăng quăng, bọ gậy",
            "a) Tổ chức chiến dịch diệt lăng quăng tại 09 khu phố, ưu tiên khu nhà trọ.",
            "b) Thu gom vật dụng phế thải chứa nước đọng tại các công trình đang thi công.",
            "c) Kiểm tra hộ gia đình về thả cá diệt lăng quăng trong dụng cụ chứa nước (kiểm tra định kỳ hằng tuần).",
            "- Đơn vị chủ trì: Trạm Y tế phường.",
            "- Đơn vị phối hợp: Ban điều hành các khu phố; Đoàn Thanh niên phường.",
            "- Thời gian: Tháng 4 - tháng 5/2028.",
            "2. Giám sát ca bệnh",
            "a) Điều tra, xử lý ổ dịch trong vòng 48 giờ kể từ khi phát hiện ca bệnh.",
            "b) Cập nhật số ca mắc lên phần mềm giám sát bệnh truyền nhiễm (trước ngày 25 hằng tháng).",
            "- Thời gian: Thường xuyên.",
            "- Đơn vị chủ trì: Trạm Y tế phường.",
            "- Đơn vị phối hợp: Phòng khám đa khoa khu vực An Hòa.",
            "3. Truyền thông phòng bệnh",
            "a) Phát thông điệp phòng bệnh trên loa phát thanh các khu phố.",
            "b) Treo băng rôn tại chợ An Hòa và các trường học.",
            "- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.",
            "- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc phường.",
            "- Thời gian: Đợt 1 tháng 6/2028; đợt 2 tháng 10/2028.",
            "4. Phun hóa chất diệt muỗi",
            "Phun hóa chất diệt muỗi trên diện rộng tại các khu phố có ổ dịch, theo chỉ định của Trung tâm Y tế quận.",
            "- Đơn vị chủ trì: Trạm Y tế phường.",
            "- Đơn vị phối hợp: Công an phường.",
            "- Thời gian: Khi có ổ dịch được xác định.",
            "5. Kiểm tra vệ sinh môi trường",
            "Kiểm tra, nhắc nhở các cơ sở kinh doanh phế liệu, lốp xe cũ để nước đọng.",
            "- Đơn vị chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị.",
            "- Đơn vị phối hợp: Công an phường.",
            "- Thời gian: Quý II và quý III/2028.",
            "III. KINH PHÍ",
            "Kinh phí từ ngân sách phường năm 2028.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Trạm Y tế phường là đơn vị thường trực, tổng hợp, báo cáo kết quả thực hiện Kế hoạch về UBND phường trước ngày 10/12/2028.",
            "Nơi nhận:",
            "- Trung tâm Y tế quận;",
            "- Các đơn vị có tên trong Kế hoạch;",
            "- Lưu: VT.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Lê Thị Hồng Nhung",
        ],
    )
    document.save(path)


def jz2_docx(h, path: Path) -> None:
    """A provincial steering committee's yearly plan: tasks numbered straight through lettered parts,
    each opening with its lead as the subject (`Sở X chủ trì, phối hợp …`), its time a sentence of
    its own (`Thời hạn: …`), two months joined by `và` (the later one), one task's contents as dash
    lines after `bao gồm:` with its time in a paragraph after them, and a standing body named with
    the unit that is it in parentheses (`Cơ quan thường trực Ban Chỉ đạo (Sở Nội vụ) chủ trì …`)."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND TỈNH BẮC LAM", "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", "Số: 12/KH-BCĐ"],
        "Bắc Lam, ngày 15 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Hoạt động của Ban Chỉ đạo cải cách hành chính tỉnh năm 2028",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Bảo đảm sự chỉ đạo thống nhất công tác cải cách hành chính; gắn trách nhiệm của từng cơ quan thành viên.",
            "II. NHIỆM VỤ CỤ THỂ",
            "A. CHỈ ĐẠO, ĐIỀU HÀNH",
            "1. Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu ban hành Chương trình công tác của Ban Chỉ đạo năm 2028. Thời hạn: tháng 02/2028.",
            "2. Sở Nội vụ chủ trì tổ chức hội nghị sơ kết 6 tháng và tổng kết năm của Ban Chỉ đạo. Thời hạn: tháng 6/2028 và tháng 12/2028.",
            "B. TUYÊN TRUYỀN, KIỂM TRA",
            "3. Báo Bắc Lam chủ trì, phối hợp với Sở Nội vụ mở chuyên trang cải cách hành chính trên báo điện tử. Thời hạn: hằng tuần.",
            "4. Sở Thông tin và Truyền thông chủ trì tổ chức tập huấn kỹ năng số cho công chức một cửa cấp xã, bao gồm:",
            "- Sử dụng chữ ký số trong giải quyết thủ tục;",
            "- Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính;",
            "- Hướng dẫn người dân nộp hồ sơ trực tuyến.",
            "Thời hạn: quý III/2028.",
            "5. Cơ quan thường trực Ban Chỉ đạo (Sở Nội vụ) chủ trì kiểm tra công tác cải cách hành chính tại 06 sở, ngành và 04 huyện. Thời hạn: quý IV/2028.",
            "6. Sở Tư pháp chủ trì, phối hợp với các sở, ngành rà soát thủ tục hành chính có quy định không còn phù hợp. Thời hạn: trước ngày 30/9/2028.",
            "C. BÁO CÁO",
            "7. Các thành viên Ban Chỉ đạo gửi báo cáo kết quả thực hiện nhiệm vụ được phân công về Sở Nội vụ trước ngày 20/11/2028.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Kinh phí hoạt động của Ban Chỉ đạo bố trí trong dự toán của Sở Nội vụ năm 2028.",
            "Nơi nhận:",
            "- Bộ Nội vụ (b/c);",
            "- Thành viên Ban Chỉ đạo;",
            "- Lưu: VT, SNV.",
            "TRƯỞNG BAN",
            "CHỦ TỊCH UBND TỈNH",
            "Hoàng Văn Thái",
        ],
    )
    document.save(path)


def jz3_docx(h, path: Path) -> None:
    """A town's plan with two appendices: a task table whose `Ghi chú` prints the exact day inside
    the month its time column names (`Dự kiến tổ chức 12/10`), and a report regime (`CHẾ ĐỘ BÁO
    CÁO`) whose rows are led by the unit that reports (`Cơ quan gửi báo cáo`), one due on a day of
    each quarter's last month (`Trước ngày 18 tháng cuối quý`); `Nơi nhận` is who receives it."""
    from docx import Document
    from docx.enum.section import WD_ORIENT

    document = Document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "THỊ XÃ HƯƠNG LÂM", "Số: 133/KH-UBND"],
        "Hương Lâm, ngày 03 tháng 3 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phát triển kinh tế đêm trên địa bàn thị xã năm 2028",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Hình thành 02 tuyến phố đi bộ buổi tối; tăng doanh thu dịch vụ thương mại thêm 10% so với năm 2027.",
            "II. NHIỆM VỤ",
            "Các nhiệm vụ cụ thể giao các cơ quan, đơn vị tại Phụ lục 1 kèm theo; chế độ báo cáo tại Phụ lục 2.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan, đơn vị chủ động triển khai nhiệm vụ được giao.",
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- Lưu: VT.",
            "CHỦ TỊCH",
            "Phan Minh Khang",
        ],
    )
    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    h.docx_paragraphs(
        document, ["Phụ lục 1", "NHIỆM VỤ CỤ THỂ", "(Kèm theo Kế hoạch số 133/KH-UBND ngày 03/3/2028)"]
    )
    table = h.table_with_header(
        document, ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"]
    )
    for values in [
        (
            "1",
            "Khảo sát, đề xuất 02 tuyến phố đi bộ buổi tối",
            "Phòng Quản lý đô thị",
            "Công an thị xã",
            "Tháng 5/2028",
            "",
        ),
        (
            "2",
            "Tổ chức Lễ hội ẩm thực đêm Hương Lâm",
            "Trung tâm Văn hóa - Thể thao thị xã",
            "Hội Liên hiệp Phụ nữ thị xã",
            "Tháng 10/2028",
            "Dự kiến tổ chức 12/10",
        ),
        (
            "3",
            "Lắp đặt hệ thống chiếu sáng trang trí tuyến phố Lê Lợi",
            "Ban Quản lý dự án đầu tư xây dựng thị xã",
            "Điện lực Hương Lâm",
            "Quý III/2028",
            "Vốn ngân sách thị xã",
        ),
        (
            "4",
            "Hướng dẫn hộ kinh doanh đăng ký hoạt động sau 22 giờ",
            "Phòng Kinh tế",
            "UBND phường Tân An, UBND phường Bình Minh",
            "30/6/2028",
            "",
        ),
    ]:
        h.fill_row(table, list(values))
    h.docx_paragraphs(
        document, ["Phụ lục 2", "CHẾ ĐỘ BÁO CÁO", "(Kèm theo Kế hoạch số 133/KH-UBND ngày 03/3/2028)"]
    )
    table = h.table_with_header(
        document, ["STT", "Nội dung báo cáo", "Cơ quan gửi báo cáo", "Kỳ báo cáo", "Thời hạn", "Nơi nhận"]
    )
    for values in [
        (
            "1",
            "Báo cáo doanh thu dịch vụ buổi tối trên các tuyến phố",
            "Phòng Kinh tế",
            "Quý",
            "Trước ngày 18 tháng cuối quý",
            "UBND thị xã",
        ),
        (
            "2",
            "Báo cáo kết quả thực hiện Kế hoạch năm 2028",
            "Phòng Kinh tế",
            "Năm",
            "Trước ngày 08/12/2028",
            "UBND thị xã; Sở Công Thương",
        ),
    ]:
        h.fill_row(table, list(values))
    document.save(path)


def siblings_jz() -> None:
    h = heldout_writers()
    jz1_docx(h, DOCS / "jz1_kh_phuong_sot_xuat_huyet_truong_chung_nhom.docx")
    jz2_docx(h, DOCS / "jz2_kh_bcd_cchc_tinh_chu_ngu_chu_tri.docx")
    jz3_docx(h, DOCS / "jz3_kh_thi_xa_kinh_te_dem_hai_phu_luc_bao_cao.docx")
