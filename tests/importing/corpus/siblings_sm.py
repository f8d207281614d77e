"""The main corpus's siblings of the held-out document h584 (moved to the main corpus when the importer
was taught its shape, by h13fixSM on 2026-12-06): a plan in prose whose tasks are numbered sentences,
each opening with one team or department of the issuer as its subject and its verb right after the
name (`2. Khoa Truyền nhiễm chuẩn bị …`, `1. Tổ Ngữ văn xây dựng …`, `2. Đội Kiểm tra thuế số 1 kiểm
tra …`), no `chủ trì` and no label, the time inside the sentence; beside them a request to an outside
body (`Đề nghị …`), and under `TỔ CHỨC THỰC HIỆN` the standing team and every team's report round. A
district health centre (.docx, sm1), a lower secondary school (plain text, sm2) and a tax office (HTML,
sm3). Their expected items (expected/sm1_…, sm2_…, sm3_…) were written by hand before the first
import. `python tests/importing/corpus/make_docs.py --siblings-sm` writes the three.
"""

# ruff: noqa: E501 (the plain-text document is printed as offices write it, a paragraph a line)

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def sm1_docx(path: Path) -> None:
    """A district health centre's plan against dengue fever for 2028 (.docx): departments as subjects."""
    from docx import Document

    document = Document()
    for text in (
        "SỞ Y TẾ TỈNH BẮC LAM",
        "TRUNG TÂM Y TẾ HUYỆN ĐỒNG XUÂN",
        "Số: 58/KH-TTYT",
        "Đồng Xuân, ngày 12 tháng 3 năm 2028",
        "KẾ HOẠCH",
        "Phòng, chống bệnh sốt xuất huyết năm 2028",
        "Thực hiện Kế hoạch số 102/KH-SYT ngày 01/3/2028 của Sở Y tế tỉnh Bắc Lam về phòng, chống bệnh "
        "truyền nhiễm năm 2028, Trung tâm Y tế huyện Đồng Xuân xây dựng Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Giảm số mắc, không để tử vong do sốt xuất huyết trên địa bàn huyện.",
        "2. Phát hiện sớm, khoanh vùng và xử lý kịp thời các ổ dịch, không để dịch lan rộng.",
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Khoa Kiểm soát bệnh tật giám sát ca bệnh và chỉ số muỗi tại các xã trọng điểm, báo cáo "
        "Giám đốc hằng tuần.",
        "2. Khoa Truyền nhiễm chuẩn bị đủ giường bệnh, thuốc, dịch truyền để thu dung người bệnh, hoàn "
        "thành trước ngày 31/5/2028.",
        "3. Khoa Dược bảo đảm cơ số thuốc, hóa chất diệt muỗi cho mùa mưa, xong trước ngày 15/6/2028.",
        "4. Phòng Kế hoạch - Nghiệp vụ tổ chức tập huấn chẩn đoán, điều trị sốt xuất huyết cho nhân viên "
        "y tế xã trong tháng 4/2028.",
        "5. Khoa Xét nghiệm thực hiện xét nghiệm nhanh cho người bệnh nghi mắc sốt xuất huyết thường "
        "xuyên trong mùa dịch.",
        "6. Đề nghị Phòng Văn hóa - Xã hội huyện phối hợp phát động chiến dịch diệt lăng quăng tại các "
        "xã từ ngày 10/6/2028 đến ngày 20/6/2028.",
        "7. Phòng Kế hoạch - Nghiệp vụ tổng hợp kết quả, xây dựng báo cáo năm, trình Giám đốc gửi Sở Y "
        "tế trước ngày 15/12/2028.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kế hoạch - Nghiệp vụ là đơn vị đầu mối, giúp Giám đốc theo dõi, đôn đốc việc thực hiện Kế "
        "hoạch này.",
        "2. Các khoa, phòng báo cáo kết quả thực hiện về Phòng Kế hoạch - Nghiệp vụ trước ngày 25 hằng "
        "tháng.",
        "3. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách sự nghiệp y tế năm 2028 của Trung tâm.",
        "Nơi nhận:",
        "- Sở Y tế (b/c);",
        "- Các khoa, phòng;",
        "- Lưu: VT, KHNV.",
        "GIÁM ĐỐC",
        "Trần Văn Khải",
    ):
        document.add_paragraph(text)
    document.save(path)


SM2_TEXT = """TRƯỜNG TRUNG HỌC CƠ SỞ LÊ QUÝ ĐÔN
Số: 14/KH-THCS
Tân Phước, ngày 25 tháng 01 năm 2028

KẾ HOẠCH
Tổ chức ôn tập cho học sinh lớp 9 thi tuyển sinh vào lớp 10 năm 2028

Căn cứ kết quả học kỳ I năm học 2027-2028, Trường THCS Lê Quý Đôn xây dựng Kế hoạch ôn tập như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Củng cố kiến thức, kỹ năng làm bài cho học sinh lớp 9.
2. Phấn đấu tỷ lệ học sinh đỗ vào lớp 10 công lập đạt trên 80%.

II. NHIỆM VỤ
1. Tổ Ngữ văn xây dựng đề cương ôn tập môn Ngữ văn theo cấu trúc đề thi mới, hoàn thành trước ngày 20/02/2028.
2. Tổ Toán - Tin biên soạn bộ đề luyện tập môn Toán, nộp Phó Hiệu trưởng trước ngày 28/02/2028.
3. Tổ Ngoại ngữ tổ chức ôn tập môn Tiếng Anh vào các buổi chiều, từ ngày 04/3/2028 đến ngày 27/5/2028.
4. Tổ Văn phòng chuẩn bị phòng học, tài liệu, nước uống phục vụ các lớp ôn tập thường xuyên.
5. Tổ Tư vấn học đường tư vấn chọn trường, chọn ngành cho học sinh lớp 9 và cha mẹ học sinh trong tháng 4/2028.
6. Tổ Ngữ văn phối hợp Tổ Toán - Tin tổ chức thi thử vào lớp 10 cho học sinh toàn khối, dự kiến ngày 16/5/2028.
7. Đề nghị Ban đại diện cha mẹ học sinh nhà trường phối hợp động viên học sinh tham gia ôn tập đầy đủ, thường xuyên.

III. TỔ CHỨC THỰC HIỆN
1. Các tổ chuyên môn báo cáo tiến độ ôn tập về Phó Hiệu trưởng vào chiều thứ Sáu hằng tuần.
2. Kinh phí tổ chức ôn tập từ nguồn thu thỏa thuận với cha mẹ học sinh theo quy định.

Nơi nhận:
- Phòng GD&ĐT (b/c);
- Các tổ chuyên môn;
- Lưu: VT.
HIỆU TRƯỞNG
Nguyễn Thị Hồng Vân
"""


def sm2_txt(path: Path) -> None:
    """A lower secondary school's plan of exam revision for 2028 (plain text): teams as subjects."""
    path.write_text(SM2_TEXT, encoding="utf-8")


SM3_PARAGRAPHS = (
    "CỤC THUẾ TỈNH BẮC LAM",
    "CHI CỤC THUẾ KHU VỰC SÔNG CẦU",
    "Số: 215/KH-CCT",
    "Sông Cầu, ngày 18 tháng 9 năm 2028",
    "KẾ HOẠCH",
    "Tăng cường thu ngân sách nhà nước những tháng cuối năm 2028",
    "Để hoàn thành dự toán thu ngân sách nhà nước năm 2028 được giao, Chi cục Thuế khu vực Sông Cầu "
    "ban hành Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Thu đúng, thu đủ, kịp thời các khoản thu vào ngân sách nhà nước.",
    "2. Giảm nợ thuế xuống dưới 5% tổng thu ngân sách.",
    "II. NHIỆM VỤ TRỌNG TÂM",
    "1. Đội Quản lý nợ rà soát, phân loại nợ thuế theo từng người nộp thuế, áp dụng biện pháp cưỡng "
    "chế, hoàn thành trước ngày 15/10/2028.",
    "2. Đội Kiểm tra thuế số 1 kiểm tra hồ sơ hoàn thuế giá trị gia tăng tại 12 doanh nghiệp trong quý "
    "IV/2028.",
    "3. Đội Tuyên truyền - Hỗ trợ người nộp thuế tổ chức đối thoại với doanh nghiệp trên địa bàn trước "
    "ngày 30/11/2028.",
    "4. Đội Trước bạ và thu khác đôn đốc thu tiền sử dụng đất các dự án đã giao đất, xong trước ngày "
    "20/12/2028.",
    "5. Đội Nghiệp vụ - Dự toán tổng hợp, phân tích kết quả thu theo từng sắc thuế, báo cáo Chi cục "
    "trưởng hằng tuần.",
    "6. Đội Kiểm tra thuế số 2 thường xuyên kiểm tra việc sử dụng hóa đơn điện tử của các hộ kinh doanh.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Đội Nghiệp vụ - Dự toán là đơn vị đầu mối, giúp Chi cục trưởng theo dõi, đôn đốc việc thực hiện Kế "
    "hoạch này.",
    "2. Các Đội báo cáo kết quả thu về Đội Nghiệp vụ - Dự toán trước 16 giờ thứ Năm hằng tuần.",
    "3. Kinh phí thực hiện Kế hoạch bảo đảm từ dự toán chi thường xuyên năm 2028 của Chi cục.",
    "Nơi nhận:",
    "- Cục Thuế tỉnh (b/c);",
    "- Các Đội thuế;",
    "- Lưu: VT, NVDT.",
    "CHI CỤC TRƯỞNG",
    "Lê Minh Đức",
)


def sm3_html(path: Path) -> None:
    """A tax office's plan for the year-end revenue drive (an HTML page of paragraphs): teams as
    subjects."""
    from html import escape

    body = "\n".join(f"<p>{escape(text)}</p>" for text in SM3_PARAGRAPHS)
    path.write_text(
        '<!DOCTYPE html>\n<html lang="vi">\n<head><meta charset="utf-8"><title>Kế hoạch</title></head>\n'
        f"<body>\n{body}\n</body>\n</html>\n",
        encoding="utf-8",
    )


def siblings_sm() -> None:
    sm1_docx(DOCS / "sm1_kh_ttyt_huyen_sot_xuat_huyet.docx")
    sm2_txt(DOCS / "sm2_kh_truong_thcs_on_thi_lop_10.txt")
    sm3_html(DOCS / "sm3_kh_chi_cuc_thue_thu_cuoi_nam.html")
