"""The main corpus's siblings of h656 for its topic paragraph (taught by h13fixWE on 2026-12-06): a
body's dispatch to the units below it whose lettered points under bold topic headings open with their
doer (every unit of a kind, `Các trường …`, or a named one), and one topic heading with no points of its
own over a paragraph that opens with the issuer's own section, named with capitals and followed by its
parent body (`Bộ phận Khảo thí của Sở GD&ĐT ra đề, tổ chức …`, `Bộ phận Kế hoạch - Nghiệp vụ Trung tâm
Y tế huyện ra đề …`): that section leads it. Setting an examination's paper (`ra đề`) is its verb. Not
a lead: a lower-case `bộ phận chuyên môn` inside a task's object (`Các trường chỉ đạo bộ phận chuyên
môn …`), every section (`các bộ phận`). Their expected items (expected/we1_…, we2_…, we3_…) were written
by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-we` writes the
three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

WE1_PARAGRAPHS = (
    "UBND TỈNH HÀ NGUYÊN",
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    "Số: 1893/SGDĐT-GDTrH",
    "V/v triển khai nhiệm vụ giáo dục trung học học kỳ II năm học 2027-2028",
    "Hà Nguyên, ngày 29 tháng 12 năm 2027",
    "Kính gửi: Hiệu trưởng các trường trung học phổ thông trong tỉnh.",
    "Thực hiện Kế hoạch số 402/KH-UBND ngày 18/11/2027 của UBND tỉnh, Sở Giáo dục và Đào tạo (GD&ĐT) "
    "đề nghị Hiệu trưởng các trường triển khai một số nội dung sau:",
    "1. Về dạy học và kiểm tra, đánh giá",
    "a) Các trường trung học phổ thông (THPT) chỉ đạo bộ phận chuyên môn rà soát kế hoạch giáo dục "
    "nhà trường, điều chỉnh cho học kỳ II trước ngày 12/01/2028.",
    "b) Trường THPT Lê Quý Đôn chủ trì chuyên đề cụm số 3 “Dạy học phát triển năng lực môn Ngữ văn”, "
    "hoàn thành trước ngày 28/02/2028.",
    "c) Các trường THPT tổ chức kiểm tra giữa học kỳ II theo lịch chung trong tháng 3/2028.",
    "2. Về thi chọn học sinh giỏi cấp tỉnh",
    "Bộ phận Khảo thí của Sở GD&ĐT ra đề, tổ chức thi chọn học sinh giỏi lớp 12 cấp tỉnh; hoàn thành "
    "chấm thi, công bố kết quả trước ngày 25/01/2028.",
    "3. Về cơ sở vật chất, thiết bị dạy học",
    "a) Trường THPT Nguyễn Du, Trường THPT Hòa Vang kiểm kê thiết bị phòng thí nghiệm, đề xuất bổ sung "
    "trong Quý I/2028.",
    "b) Các trường THPT rà soát nhu cầu sửa chữa phòng học, gửi về Sở (qua Phòng Kế hoạch - Tài chính) "
    "trước ngày 15/02/2028.",
    "4. Chế độ báo cáo",
    "Các trường THPT báo cáo kết quả thực hiện trước ngày 20 hằng tháng qua hệ thống quản lý văn bản của Sở.",
    "Nhận được Công văn này, Sở GD&ĐT đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực hiện. "
    "Quá trình thực hiện có vướng mắc liên hệ Phòng Giáo dục trung học (bà Đặng Thu Trang, điện thoại "
    "0236.3822.451)./.",
    "Nơi nhận:",
    "- Như trên;",
    "- UBND tỉnh (b/c);",
    "- Lưu: VT, GDTrH.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Phan Văn Hưng",
)


def we1_docx(path: Path) -> None:
    """A provincial Department of Education's dispatch to its upper-secondary schools for the second
    term of 2027-2028 (.docx): four bold topic headings, one of them over a paragraph, not points."""
    from docx import Document

    document = Document()
    for text in WE1_PARAGRAPHS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if text[:2] in ("1.", "2.", "3.", "4."):
            run.bold = True
    document.save(path)


WE2_LINES = (
    "SỞ Y TẾ TỈNH KON LẬP",
    "TRUNG TÂM Y TẾ HUYỆN ĐĂK SƠN",
    "Số: 442/TTYT-KHNV",
    "V/v triển khai một số nhiệm vụ trọng tâm tháng 10 năm 2028",
    "Đăk Sơn, ngày 28 tháng 9 năm 2028",
    "",
    "Kính gửi: Trưởng các trạm y tế xã, thị trấn.",
    "",
    "Thực hiện Kế hoạch số 97/KH-SYT ngày 12/9/2028 của Sở Y tế, Trung tâm Y tế huyện đề nghị Trưởng "
    "các trạm y tế thực hiện các nội dung sau:",
    "",
    "1. Về khám, chữa bệnh ban đầu",
    "a) Các trạm y tế xã, thị trấn rà soát danh mục thuốc bảo hiểm y tế, đề xuất bổ sung trước ngày "
    "08/10/2028.",
    "b) Trạm Y tế xã Ea Tân tổ chức khám sàng lọc bệnh tăng huyết áp cho người cao tuổi trong tháng 10/2028.",
    "c) Các trạm y tế cập nhật hồ sơ sức khỏe điện tử của người dân trước ngày 25/10/2028.",
    "2. Về kiểm tra tay nghề nhân viên y tế",
    "Bộ phận Kế hoạch - Nghiệp vụ Trung tâm Y tế huyện ra đề, tổ chức kiểm tra tay nghề cấp cứu ban "
    "đầu cho nhân viên các trạm y tế trước ngày 20/10/2028.",
    "3. Về y tế dự phòng",
    "a) Trạm Y tế thị trấn Đăk Sơn, Trạm Y tế xã Ngọc Lâm tổ chức phun hóa chất diệt muỗi tại các tổ "
    "dân phố có ca sốt xuất huyết trước ngày 15/10/2028.",
    "b) Các trạm y tế giám sát bệnh tay chân miệng tại các nhóm trẻ, gửi số liệu về Khoa Kiểm soát bệnh "
    "tật trước ngày 30/10/2028.",
    "4. Chế độ báo cáo",
    "Các trạm y tế báo cáo kết quả thực hiện trước ngày 25 hằng tháng qua thư điện tử của Trung tâm.",
    "",
    "Nhận được Công văn này, Trung tâm Y tế huyện đề nghị Trưởng các trạm y tế nghiêm túc triển khai "
    "thực hiện. Quá trình thực hiện có khó khăn, vướng mắc liên hệ Bộ phận Kế hoạch - Nghiệp vụ (ông Y "
    "Bhin Niê, điện thoại 0262.3910.374)./.",
    "",
    "Nơi nhận:",
    "- Như trên;",
    "- Sở Y tế (b/c);",
    "- Lưu: VT, KHNV.",
    "GIÁM ĐỐC",
    "Rơ Châm Hiền",
)
WE2_TEXT = "\n".join(WE2_LINES) + "\n"


def we2_txt(path: Path) -> None:
    """A district health centre's dispatch to its commune health stations for October 2028 (plain text,
    UTF-8): its own planning section sets a skills test under a topic with no points."""
    path.write_text(WE2_TEXT, encoding="utf-8")


WE3_PARAGRAPHS = (
    "UBND HUYỆN TRÀ LINH",
    "PHÒNG NỘI VỤ",
    "Số: 215/PNV-TCCC",
    "V/v triển khai công tác cán bộ, công chức cấp xã năm 2029",
    "Trà Linh, ngày 05 tháng 02 năm 2029",
    "Kính gửi: Chủ tịch UBND các xã, thị trấn.",
    "Thực hiện Kế hoạch số 31/KH-UBND ngày 20/01/2029 của UBND huyện, Phòng Nội vụ đề nghị Chủ tịch "
    "UBND các xã, thị trấn thực hiện các nội dung sau:",
    "1. Về đánh giá, xếp loại công chức",
    "a) Các xã, thị trấn rà soát hồ sơ đánh giá, xếp loại công chức năm 2028, gửi về Phòng trước "
    "ngày 15/3/2029.",
    "b) UBND xã Quang Hán chủ trì hội nghị chuyên đề cụm số 2 về đánh giá công chức theo kết quả công "
    "việc, hoàn thành trước ngày 31/3/2029.",
    "c) Các xã, thị trấn cập nhật cơ sở dữ liệu cán bộ, công chức trên phần mềm của tỉnh trong tháng 3/2029.",
    "2. Về tuyển dụng công chức cấp xã",
    "Bộ phận Tổ chức - Công chức Phòng Nội vụ ra đề, tổ chức kiểm tra sát hạch tuyển dụng công chức "
    "cấp xã; hoàn thành trước ngày 30/4/2029.",
    "3. Về đào tạo, bồi dưỡng",
    "a) UBND xã Cao Chương, UBND thị trấn Hùng Quốc cử công chức tham gia lớp bồi dưỡng quản lý nhà "
    "nước trong Quý II/2029.",
    "b) Các xã, thị trấn đăng ký nhu cầu đào tạo, bồi dưỡng năm 2029 trước ngày 10/3/2029.",
    "4. Chế độ báo cáo",
    "Các xã, thị trấn báo cáo kết quả thực hiện trước ngày 20 hằng tháng về Phòng Nội vụ.",
    "Nhận được Công văn này, Phòng Nội vụ đề nghị các xã, thị trấn nghiêm túc triển khai thực "
    "hiện. Quá trình thực hiện có vướng mắc liên hệ Bộ phận Tổ chức - Công chức (bà Nông "
    "Thị Duyên, điện thoại 0206.3880.157)./.",
    "Nơi nhận:",
    "- Như trên;",
    "- UBND huyện (b/c);",
    "- Lưu: VT, TCCC.",
    "TRƯỞNG PHÒNG",
    "Hoàng Văn Thạch",
)


def we3_docx(path: Path) -> None:
    """A district Home Affairs office's dispatch to its communes for 2029 (.docx, headings not bold):
    its own section sets the civil-service entrance test under a topic with no points."""
    from docx import Document

    document = Document()
    for text in WE3_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


def siblings_we() -> None:
    we1_docx(DOCS / "we1_cv_so_gddt_nhiem_vu_thpt.docx")
    we2_txt(DOCS / "we2_cv_ttyt_tram_y_te_thang10.txt")
    we3_docx(DOCS / "we3_cv_phong_noi_vu_cong_chuc_xa.docx")
