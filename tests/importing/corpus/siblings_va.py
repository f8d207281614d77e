"""The main corpus's siblings of the held-out document h656 (moved to the main corpus when the importer
was taught its shape, by h13fixVA on 2026-12-06): a body's dispatch to the units below it whose
lettered points under bold topic headings open with their doer, every unit of a kind (`Các trạm y tế
…`) or one or two named units (`Trạm Y tế xã A, Trạm Y tế xã B triển khai …`: they lead); a time field
that ends at its sentence (`; thời gian: tuần 3 tháng 11/2028. Các trạm … cử …`: the week's Sunday); a
count of days from an event dated earlier in the sentence (`… ngày 22/11/2028; công bố kết quả chậm
nhất sau 05 ngày kể từ ngày kiểm tra`); and a closing charge opening on the letter's receipt with a
contact line after it (no item). Their expected items (expected/va1_…, va2_…, va3_…) were written by hand
before the first import. `python tests/importing/corpus/make_docs.py --siblings-va` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

VA1_PARAGRAPHS = (
    "SỞ Y TẾ TỈNH BẮC HÀ",
    "TRUNG TÂM Y TẾ HUYỆN MƯỜNG LA",
    "Số: 318/TTYT-KSBT",
    "V/v triển khai công tác tiêm chủng, phòng chống dịch quý IV năm 2028",
    "Kính gửi: Trưởng các trạm y tế xã, thị trấn.",
    "Thực hiện Kế hoạch số 1402/KH-SYT ngày 15/9/2028 của Sở Y tế, Trung tâm Y tế huyện đề nghị "
    "Trưởng các trạm y tế triển khai một số nội dung sau:",
    "1. Về tiêm chủng mở rộng",
    "a) Các trạm y tế xã, thị trấn rà soát đối tượng trẻ dưới 1 tuổi, cập nhật lên Hệ thống thông tin "
    "tiêm chủng quốc gia trước ngày 05/11/2028.",
    "b) Trạm Y tế xã Phú Lâm chủ trì buổi sinh hoạt chuyên môn cụm số 2 về an toàn tiêm chủng; thời "
    "gian: tuần 3 tháng 11/2028. Các trạm y tế trong cụm cử cán bộ tham dự.",
    "c) Các trạm y tế tổ chức tiêm bổ sung vắc xin sởi - rubella cho trẻ chưa tiêm đủ mũi trong tháng "
    "12/2028.",
    "2. Về phòng, chống dịch bệnh",
    "a) Trạm Y tế xã Đông Hòa, Trạm Y tế xã Tân Lập triển khai chiến dịch diệt lăng quăng tại các thôn "
    "có ổ dịch cũ trong Quý IV/2028.",
    "b) Các trạm y tế giám sát ca bệnh sốt xuất huyết, gửi số liệu về Khoa Kiểm soát bệnh tật trước "
    "ngày 20/11/2028.",
    "3. Về đào tạo, tập huấn",
    "a) Trạm Y tế thị trấn Hòa Bình tổ chức kiểm tra tay nghề tiêm chủng cho nhân viên y tế thôn bản "
    "ngày 22/11/2028; công bố kết quả chậm nhất sau 05 ngày kể từ ngày kiểm tra.",
    "4. Chế độ báo cáo",
    "Các trạm y tế báo cáo kết quả thực hiện trước ngày 22 hằng tháng qua thư điện tử của Trung tâm.",
    "Nhận được Công văn này, Trung tâm Y tế huyện đề nghị Trưởng các trạm y tế nghiêm túc triển khai "
    "thực hiện. Quá trình thực hiện có khó khăn, vướng mắc liên hệ Khoa Kiểm soát bệnh tật (bác sĩ Lò "
    "Thị Hạnh, điện thoại 0983.115.274)./.",
    "Nơi nhận:",
    "- Như trên;",
    "- Sở Y tế (b/c);",
    "- Lưu: VT, KSBT.",
    "GIÁM ĐỐC",
    "Cầm Văn Thượng",
)


def va1_docx(path: Path) -> None:
    """A district health centre's dispatch to its commune health stations for the fourth quarter of
    2028 (.docx): four topic headings over lettered points, every station's or named stations'."""
    from docx import Document

    document = Document()
    for text in VA1_PARAGRAPHS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if text[:2] in ("1.", "2.", "3.", "4."):
            run.bold = True
    document.save(path)


# The dispatch's lines (a paragraph is one line, as a plain text file prints it)
VA2_LINES = (
    "UBND QUẬN HẢI AN",
    "PHÒNG VĂN HÓA VÀ THÔNG TIN",
    "Số: 87/VHTT",
    "V/v tổ chức các hoạt động văn hóa, thể thao tháng 5 năm 2029",
    "",
    "Kính gửi: Giám đốc các nhà văn hóa phường.",
    "",
    "Thực hiện Kế hoạch số 56/KH-UBND ngày 02/4/2029 của UBND quận, Phòng Văn hóa và Thông tin đề nghị "
    "các nhà văn hóa phường thực hiện các nội dung sau:",
    "",
    "1. Về hoạt động văn nghệ",
    "a) Nhà Văn hóa phường Bắc Sơn tổ chức Hội diễn văn nghệ quần chúng cụm phía Bắc; thời gian "
    "thực hiện: tuần 2 tháng 5/2029. Các nhà văn hóa trong cụm đăng ký tiết mục tham gia.",
    "b) Nhà Văn hóa phường Đằng Lâm, Nhà Văn hóa phường Cát Bi dựng chương trình nghệ thuật chào mừng "
    "ngày sinh Chủ tịch Hồ Chí Minh, hoàn thành trước ngày 15/5/2029.",
    "c) Các nhà văn hóa phường cập nhật lịch sinh hoạt câu lạc bộ lên trang thông tin điện tử của "
    "phường trước ngày 08/5/2029.",
    "2. Về thể dục thể thao",
    "a) Nhà Văn hóa phường Tràng Cát tổ chức Giải bóng chuyền hơi người cao tuổi, khai mạc ngày "
    "18/5/2029; tổng kết, trao giải chậm nhất sau 10 ngày kể từ ngày khai mạc.",
    "b) Các nhà văn hóa phường rà soát sân tập, dụng cụ thể thao, báo cáo nhu cầu bổ sung trong tháng "
    "5/2029.",
    "3. Chế độ báo cáo",
    "Các nhà văn hóa phường báo cáo kết quả hoạt động trước ngày 28 hằng tháng về Phòng Văn hóa và "
    "Thông tin.",
    "",
    "Nhận được Công văn này, Phòng Văn hóa và Thông tin đề nghị Giám đốc các nhà văn hóa phường nghiêm "
    "túc thực hiện. Trong quá trình thực hiện nếu có khó khăn, vướng mắc, đề nghị liên hệ bộ phận "
    "Văn hóa cơ sở (ông Vũ Đức Hậu, điện thoại 0225.3741.226)./.",
    "",
    "Nơi nhận:",
    "- Như trên;",
    "- UBND quận (b/c);",
    "- Lưu: VT.",
    "TRƯỞNG PHÒNG",
    "Vũ Thị Ngọc Anh",
)
VA2_TEXT = "\n".join(VA2_LINES) + "\n"


def va2_txt(path: Path) -> None:
    """A city district's culture office's dispatch to its ward cultural houses for May 2029 (plain text,
    UTF-8)."""
    path.write_text(VA2_TEXT, encoding="utf-8")


# The third sibling, a provincial tax department's dispatch to its regional offices (a plain text file)
VA3_LINES = (
    "CỤC THUẾ TỈNH ĐÔNG HẢI",
    "Số: 2215/CTĐH-TH",
    "V/v triển khai một số nhiệm vụ trọng tâm tháng 9 năm 2029",
    "",
    "Kính gửi: Các Chi cục Thuế khu vực.",
    "",
    "Căn cứ chỉ đạo của Tổng cục Thuế tại Công văn số 3120/TCT-KK ngày 14/8/2029, Cục Thuế tỉnh đề nghị "
    "các Chi cục Thuế khu vực thực hiện các nội dung sau:",
    "",
    "1. Về quản lý thu, hoàn thuế",
    "a) Chi cục Thuế khu vực Bến Gỗ chủ trì hội nghị đối thoại với doanh nghiệp cụm phía Nam; thời gian "
    "thực hiện: tuần 2 tháng 9/2029. Các Chi cục Thuế khu vực trong cụm cử cán bộ tham dự.",
    "b) Chi cục Thuế khu vực Long Điền, Chi cục Thuế khu vực Xuân Sơn rà soát hồ sơ hoàn thuế giá trị "
    "gia tăng tồn đọng, hoàn thành trước ngày 20/9/2029.",
    "c) Các Chi cục Thuế khu vực cập nhật danh sách người nộp thuế ngừng hoạt động trên ứng dụng quản lý "
    "thuế tập trung trước ngày 10/9/2029.",
    "2. Về tuyên truyền, hỗ trợ người nộp thuế",
    "a) Chi cục Thuế khu vực Phước Hải tổ chức cuộc thi trực tuyến tìm hiểu chính sách thuế, khai mạc "
    "ngày 11/9/2029; tổng kết, trao giải chậm nhất sau 15 ngày kể từ ngày khai mạc.",
    "b) Các Chi cục Thuế khu vực rà soát bộ phận một cửa, báo cáo nhu cầu trang bị máy tra cứu trong "
    "tháng 9/2029.",
    "3. Chế độ báo cáo",
    "Các Chi cục Thuế khu vực báo cáo kết quả thực hiện trước ngày 26 hằng tháng về Cục Thuế (qua Phòng "
    "Tổng hợp - Nghiệp vụ - Dự toán).",
    "",
    "Nhận được Công văn này, Cục Thuế tỉnh đề nghị Thủ trưởng các đơn vị nghiêm túc triển khai thực "
    "hiện. Trong quá trình thực hiện nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Tổng hợp - Nghiệp "
    "vụ - Dự toán (bà Trịnh Thu Hà, điện thoại 0254.3856.190)./.",
    "",
    "Nơi nhận:",
    "- Như trên;",
    "- Lãnh đạo Cục;",
    "- Lưu: VT, TH.",
    "KT. CỤC TRƯỞNG",
    "PHÓ CỤC TRƯỞNG",
    "Đinh Quốc Bảo",
)
VA3_TEXT = "\n".join(VA3_LINES) + "\n"


def va3_txt(path: Path) -> None:
    """A provincial tax department's dispatch to its regional offices for September 2029 (plain text)."""
    path.write_text(VA3_TEXT, encoding="utf-8")


def siblings_va() -> None:
    va1_docx(DOCS / "va1_cv_ttyt_tram_y_te_quy4.docx")
    va2_txt(DOCS / "va2_cv_phong_vhtt_nha_van_hoa.txt")
    va3_txt(DOCS / "va3_cv_cuc_thue_chi_cuc_khu_vuc.txt")
