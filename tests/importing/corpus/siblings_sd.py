"""The main corpus's siblings of the held-out document h548 (moved to the main corpus when the
importer was taught its shape, helper h13fixSD): a small body's plan for one event whose points under
the assignment section open with a staff post as a run-in label (`Hiệu trưởng: …`, `Kế toán: …`,
`Tổng phụ trách Đội: …`, a subject's teacher `Giáo viên Tin học: …`, a post with its holder in
parentheses `Y sĩ (anh …): …`), each leading its point as printed (the body has no unit below it);
a section of the event's facts (`NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM`: what is held, the day, the place)
gives no item, and the report section's paragraph opens with when it falls before its subject
(`Sau khi kết thúc chương trình, Phó Hiệu trưởng tổng hợp …`): an item led by that post.

sd1: a kindergarten's plan for its Mid-Autumn festival (.docx), numbered points, the deputy head with
her name in parentheses, every class's teachers (lead not scored) and a request to the parents' board.
sd2: a lower secondary school's plan for its STEM day as an e-office text export (.txt), lettered
points with subject teachers, the Pioneers' leader, the equipment clerk and the cashier; the facts
under `THỜI GIAN, ĐỊA ĐIỂM`.
sd3: a commune health station's plan for a vaccination campaign (→ .pdf by LibreOffice): the head of
the station, the physician assistant and the accountant with their names in parentheses, the
midwife, the pharmacy clerk, and a request to the women's union.
Their expected items (expected/sd*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-sd` writes all three.
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, letter, write_converted

SD1_LINES = [
    "KẾ HOẠCH",
    "Tổ chức Vui Tết Trung thu cho trẻ năm 2027",
    "Căn cứ Kế hoạch năm học 2027 - 2028 của nhà trường, Trường Mầm non Hoa Sen xây dựng Kế hoạch tổ "
    "chức Vui Tết Trung thu cho trẻ như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Giúp trẻ hiểu ý nghĩa ngày Tết Trung thu; tạo không khí vui tươi, bảo đảm an toàn, tiết kiệm.",
    "II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM",
    "- Nội dung: Rước đèn, xem múa lân, phá cỗ theo lớp.",
    "- Thời gian: 15 giờ 30 ngày 14/9/2027.",
    "- Địa điểm: Sân trường điểm chính.",
    "III. PHÂN CÔNG NHIỆM VỤ",
    "1. Hiệu trưởng: Phê duyệt chương trình và dự toán kinh phí Vui Tết Trung thu trước ngày 25/8/2027.",
    "2. Phó Hiệu trưởng (cô Trần Thị Hạnh): Xây dựng chương trình, kịch bản buổi vui hội; phân công "
    "giáo viên dẫn chương trình trước ngày 01/9/2027.",
    "3. Kế toán: Lập dự toán kinh phí mua quà, bánh kẹo, đèn ông sao cho trẻ, trình Hiệu trưởng trước "
    "ngày 20/8/2027.",
    "4. Văn thư: Soạn, gửi giấy mời Ban đại diện cha mẹ trẻ và khách mời trước ngày 07/9/2027.",
    "5. Giáo viên các nhóm, lớp: Hướng dẫn trẻ làm đèn lồng, trang trí lớp học xong trước ngày 13/9/2027.",
    "6. Nhân viên nấu ăn: Chuẩn bị mâm cỗ Trung thu cho các lớp trong ngày 14/9/2027.",
    "7. Nhân viên bảo vệ: Trông giữ xe, bảo đảm an ninh, trật tự trong buổi vui hội ngày 14/9/2027.",
    "8. Đề nghị Ban đại diện cha mẹ trẻ: Vận động phụ huynh hỗ trợ quà cho trẻ có hoàn cảnh khó khăn "
    "trước ngày 10/9/2027.",
    "IV. CHẾ ĐỘ BÁO CÁO",
    "Sau khi kết thúc chương trình, Phó Hiệu trưởng tổng hợp kết quả, báo cáo Phòng Văn hóa - Xã hội "
    "phường trước ngày 17/9/2027.",
    "Trên đây là Kế hoạch tổ chức Vui Tết Trung thu cho trẻ năm 2027 của Trường Mầm non Hoa Sen. Đề nghị "
    "cán bộ, giáo viên, nhân viên nghiêm túc thực hiện./.",
    "Nơi nhận:",
    "- Phòng VH-XH phường (b/c);",
    "- CB, GV, NV;",
    "- Lưu: VT.",
    "HIỆU TRƯỞNG",
    "Đỗ Thị Lan",
]


def sd1_docx(h, path: Path) -> None:
    """A kindergarten's plan for its Mid-Autumn festival (18/8/2027)."""
    letter(
        h,
        ["UBND PHƯỜNG ĐÔNG HÒA", "TRƯỜNG MẦM NON HOA SEN", "Số: 31/KH-MNHS"],
        "Đông Hòa, ngày 18 tháng 8 năm 2027",
        SD1_LINES,
    ).save(path)


SD2_TEXT = """UBND XÃ HÒA AN
TRƯỜNG THCS HÒA AN
Số: 42/KH-THCS
Hòa An, ngày 05 tháng 10 năm 2027

KẾ HOẠCH
Tổ chức Ngày hội STEM năm học 2027 - 2028

I. MỤC ĐÍCH, YÊU CẦU
Khơi dậy niềm say mê khoa học, kỹ thuật của học sinh; lựa chọn sản phẩm tiêu biểu dự thi cấp xã.

II. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: từ 7 giờ 30 đến 11 giờ 00 ngày 27/11/2027.
- Địa điểm: Nhà đa năng của trường.

III. NHIỆM VỤ CỤ THỂ
a) Hiệu trưởng: Ban hành quyết định thành lập Ban Tổ chức, Ban Giám khảo Ngày hội trước ngày 15/10/2027.
b) Giáo viên Khoa học tự nhiên: Hướng dẫn học sinh các lớp 8, 9 thiết kế sản phẩm; nộp thuyết minh sản phẩm về Ban Tổ chức trước ngày 10/11/2027.
c) Giáo viên Tin học: Chuẩn bị máy chiếu, âm thanh và phần trình chiếu giới thiệu sản phẩm, xong trước ngày 25/11/2027.
d) Tổng phụ trách Đội: Tổ chức cho các chi đội tham quan gian trưng bày sản phẩm trong ngày 27/11/2027.
đ) Nhân viên thiết bị: Cung cấp dụng cụ thí nghiệm, vật liệu cho các nhóm học sinh từ ngày 01/11/2027 đến ngày 12/11/2027.
e) Thủ quỹ: Chi trả tiền vật liệu, giải thưởng theo dự toán được duyệt trước ngày 30/11/2027.

IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO
Khi kết thúc Ngày hội, Phó Hiệu trưởng phụ trách chuyên môn tổng hợp kết quả, lựa chọn sản phẩm tiêu biểu, báo cáo UBND xã trước ngày 03/12/2027.

Trên đây là Kế hoạch tổ chức Ngày hội STEM năm học 2027 - 2028 của Trường THCS Hòa An. Yêu cầu các bộ phận, cá nhân nghiêm túc thực hiện./.

Nơi nhận:
- UBND xã (b/c);
- CB, GV, NV;
- Lưu: VT.

HIỆU TRƯỞNG
Vũ Minh Đức
"""

SD3_LINES = [
    "KẾ HOẠCH",
    "Tổ chức chiến dịch tiêm bổ sung vắc xin Sởi - Rubella năm 2027",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm trên 95% trẻ từ 1 đến 5 tuổi trên địa bàn xã được tiêm bổ sung vắc xin an toàn, hiệu quả.",
    "II. NỘI DUNG, THỜI GIAN VÀ ĐỊA ĐIỂM",
    "- Đối tượng: Trẻ từ 1 đến 5 tuổi chưa tiêm đủ 2 mũi vắc xin Sởi - Rubella.",
    "- Thời gian: từ ngày 12/4/2027 đến ngày 16/4/2027.",
    "- Địa điểm: Trạm Y tế xã và điểm tiêm lưu động tại nhà văn hóa thôn Đồng Tâm.",
    "III. PHÂN CÔNG THỰC HIỆN",
    "1. Trưởng trạm: Phê duyệt danh sách đối tượng và kế hoạch chi tiết của từng điểm tiêm trước ngày "
    "20/3/2027.",
    "2. Y sĩ (anh Phạm Văn Lực): Khám sàng lọc trước tiêm, xử trí phản ứng sau tiêm trong các ngày tiêm "
    "(từ ngày 12/4 đến ngày 16/4/2027).",
    "3. Nữ hộ sinh: Rà soát, lập danh sách trẻ cần tiêm theo từng thôn, hoàn thành trước ngày 31/3/2027.",
    "4. Nhân viên dược: Dự trù, tiếp nhận vắc xin, bơm kim tiêm; bảo quản vắc xin theo dây chuyền lạnh "
    "trước ngày 09/4/2027.",
    "5. Kế toán (chị Hà Thu Trang): Thanh toán phụ cấp cho người tham gia chiến dịch trước ngày 30/4/2027.",
    "6. Đề nghị Hội Liên hiệp Phụ nữ xã: Vận động các bà mẹ đưa trẻ đến tiêm đúng lịch từ ngày 12/4/2027 "
    "đến ngày 16/4/2027.",
    "IV. CHẾ ĐỘ BÁO CÁO",
    "Kết thúc chiến dịch, Trưởng trạm tổng hợp kết quả tiêm, báo cáo Trung tâm Y tế khu vực và UBND xã "
    "trước ngày 20/4/2027.",
    "Trên đây là Kế hoạch tổ chức chiến dịch tiêm bổ sung vắc xin Sởi - Rubella năm 2027 của Trạm Y tế xã "
    "Tân Lập. Đề nghị viên chức, nhân viên Trạm nghiêm túc thực hiện./.",
    "Nơi nhận:",
    "- Trung tâm Y tế khu vực (b/c);",
    "- UBND xã (b/c);",
    "- Lưu: VT.",
    "TRƯỞNG TRẠM",
    "Nông Thị Xuân",
]


def sd3_docx(h, path: Path) -> None:
    """A commune health station's plan for a vaccination campaign (10/3/2027)."""
    letter(
        h,
        ["UBND XÃ TÂN LẬP", "TRẠM Y TẾ XÃ", "Số: 07/KH-TYT"],
        "Tân Lập, ngày 10 tháng 3 năm 2027",
        SD3_LINES,
    ).save(path)


def siblings_sd() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    sd1_docx(h, DOCS / "sd1_kh_mam_non_trung_thu_chuc_danh.docx")
    (DOCS / "sd2_kh_thcs_ngay_hoi_stem_chuc_danh.txt").write_text(SD2_TEXT, encoding="utf-8")
    if not shutil.which("soffice"):
        print("soffice not found: the PDF sd3 was not regenerated", file=sys.stderr)
        return
    write_converted(h, [(sd3_docx, "sd3_kh_tram_y_te_tiem_chung_chuc_danh.docx", "pdf")])
