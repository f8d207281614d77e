"""The main corpus's siblings of the held-out document h680 (moved to the main corpus when the importer
was taught its shape, by h13fixWB on 2026-12-06): a body's plan whose numbered tasks each print their
doer on a line of its own below the task, under a bare label with no holder word (`- Chịu trách nhiệm:
Nhóm Kiểm soát nhiễm khuẩn.`, `**Thực hiện:** Đội Quản lý thị trường số 3`, `Trách nhiệm thực hiện:
Bộ phận Số hóa tài liệu nội sinh`), beside a time line of its own: the doer leads that task only; a
doer with a partner after it (`Khoa Ngoại, phối hợp với Nhóm Đào tạo liên tục`: the first leads), a
partners' line of its own (`- Phối hợp: …`: no lead), a doer line naming every unit of a kind (`Các bộ
phận trong Thư viện`: lead not scored), and a closing reporting request. Their expected items
(expected/wb1_…, wb2_…, wb3_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-wb` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

WB1_PARAGRAPHS = (
    "SỞ Y TẾ TỈNH HÀ NGUYÊN",
    "BỆNH VIỆN ĐA KHOA HUYỆN PHÙ VÂN",
    "PHÒNG ĐIỀU DƯỠNG",
    "Số: 09/KH-ĐD",
    "Phù Vân, ngày 05 tháng 01 năm 2028",
    "KẾ HOẠCH",
    "Nâng cao chất lượng chăm sóc người bệnh và kiểm soát nhiễm khuẩn năm 2028",
    "Căn cứ Kế hoạch hoạt động năm 2028 của Bệnh viện, Phòng Điều dưỡng xây dựng Kế hoạch nâng cao chất "
    "lượng chăm sóc người bệnh và kiểm soát nhiễm khuẩn năm 2028 như sau:",
    "I. MỤC TIÊU",
    "Bảo đảm 100% người bệnh nội trú được chăm sóc theo phân cấp; tỷ lệ tuân thủ vệ sinh tay của nhân "
    "viên y tế đạt trên 85%.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Giám sát tuân thủ vệ sinh tay tại các khoa lâm sàng, công bố kết quả trên bảng tin Bệnh viện.",
    "- Chịu trách nhiệm: Nhóm Kiểm soát nhiễm khuẩn.",
    "- Thời hạn: hằng tháng.",
    "2. Tập huấn quy trình chăm sóc vết thương cho 60 điều dưỡng viên mới tuyển dụng.",
    "- Chịu trách nhiệm: Khoa Ngoại, phối hợp với Nhóm Đào tạo liên tục.",
    "- Thời hạn: trước ngày 31/3/2028.",
    "3. Xây dựng bảng kiểm đánh giá chăm sóc người bệnh cấp I, trình Hội đồng Điều dưỡng thông qua.",
    "- Chịu trách nhiệm: Tổ Quản lý chất lượng điều dưỡng.",
    "- Phối hợp: Khoa Hồi sức tích cực - Chống độc.",
    "- Thời hạn: Quý II/2028.",
    "4. Khảo sát sự hài lòng của người bệnh nội trú đợt 1, tổng hợp kiến nghị gửi Ban Giám đốc.",
    "- Chịu trách nhiệm: Nhóm Chăm sóc khách hàng.",
    "- Thời hạn: tháng 6/2028.",
    "5. Kiểm tra việc ghi chép hồ sơ bệnh án, phiếu chăm sóc tại các khoa lâm sàng.",
    "- Chịu trách nhiệm: Tổ Quản lý chất lượng điều dưỡng.",
    "- Thời hạn: thường xuyên.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các khoa lâm sàng báo cáo kết quả thực hiện về Phòng Điều dưỡng trước ngày 25 hằng tháng.",
    "Nơi nhận:",
    "- Ban Giám đốc (b/c);",
    "- Các khoa lâm sàng;",
    "- Lưu: ĐD.",
    "TRƯỞNG PHÒNG",
    "Hà Thị Ngân",
)


def wb1_docx(path: Path) -> None:
    """A district hospital's nursing office's plan for care quality and infection control in 2028
    (.docx): numbered tasks, each over `- Chịu trách nhiệm: …` and `- Thời hạn: …` lines."""
    from docx import Document

    document = Document()
    for text in WB1_PARAGRAPHS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if text.isupper():
            run.bold = True
    document.save(path)


# A city market-management department's inspection plan, in Markdown: each numbered task with bold
# field bullets below it.
WB2_TEXT = """CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LAM GIANG

Số: 41/KH-QLTT

# KẾ HOẠCH
## Kiểm tra, kiểm soát thị trường quý II năm 2028

Thực hiện Chương trình công tác năm 2028, Cục Quản lý thị trường tỉnh ban hành Kế hoạch kiểm tra, \
kiểm soát thị trường quý II năm 2028 như sau:

## I. NỘI DUNG KIỂM TRA

1. Kiểm tra các cơ sở kinh doanh mỹ phẩm, thực phẩm chức năng trên địa bàn thành phố Lam Giang.
   - **Thực hiện:** Đội Quản lý thị trường số 3.
   - **Thời gian:** tháng 4/2028.
2. Kiểm tra việc niêm yết giá, bán đúng giá niêm yết tại các chợ đầu mối nông sản.
   - **Thực hiện:** Đội Quản lý thị trường số 1, phối hợp Đội Cơ động.
   - **Thời gian:** trước ngày 20/5/2028.
3. Kiểm soát hàng hóa nhập lậu qua tuyến quốc lộ 14B, lập hồ sơ xử lý vi phạm theo quy định.
   - **Thực hiện:** Đội Cơ động.
   - **Thời gian:** Quý II/2028.
4. Rà soát, cập nhật cơ sở dữ liệu các cơ sở kinh doanh xăng dầu, khí hóa lỏng.
   - **Thực hiện:** Đội Quản lý thị trường số 2.
   - **Thời gian:** thường xuyên.

## II. TỔ CHỨC THỰC HIỆN

Các Đội Quản lý thị trường báo cáo kết quả kiểm tra về Cục (qua Phòng Nghiệp vụ - Tổng hợp) trước \
ngày 05 hằng tháng.

Nơi nhận:
- Tổng cục Quản lý thị trường (b/c);
- Các Đội Quản lý thị trường;
- Lưu: VT, NV-TH.

CỤC TRƯỞNG

Lò Văn Thanh
"""


def wb2_md(path: Path) -> None:
    """A provincial market-management department's inspection plan for the second quarter of 2028
    (Markdown)."""
    path.write_text(WB2_TEXT, encoding="utf-8")


# A university library's plan, as a plain text file: each numbered task over its own field lines.
WB3_LINES = (
    "TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TRUNG",
    "THƯ VIỆN",
    "Số: 15/KH-TV",
    "",
    "KẾ HOẠCH",
    "Phát triển tài nguyên thông tin và số hóa tài liệu năm học 2028 - 2029",
    "",
    "Căn cứ kế hoạch năm học 2028 - 2029 của Nhà trường, Thư viện xây dựng kế hoạch phát triển tài "
    "nguyên thông tin và số hóa tài liệu như sau:",
    "",
    "1. Bổ sung 1.200 đầu giáo trình, tài liệu tham khảo theo đề nghị của các khoa chuyên môn.",
    "Trách nhiệm thực hiện: Bộ phận Bổ sung - Biên mục.",
    "Thời gian hoàn thành: 30/11/2028.",
    "",
    "2. Số hóa toàn văn 350 luận văn thạc sĩ, đưa lên thư viện số của Nhà trường.",
    "Trách nhiệm thực hiện: Bộ phận Số hóa tài liệu nội sinh.",
    "Thời gian hoàn thành: 31/3/2029.",
    "",
    "3. Nâng cấp phần mềm quản lý thư viện, kết nối cổng xác thực tài khoản người học.",
    "Trách nhiệm thực hiện: Tổ Kỹ thuật - Công nghệ thông tin.",
    "Thời gian hoàn thành: 15/01/2029.",
    "",
    "4. Tổ chức Tuần lễ giới thiệu sách cho sinh viên năm thứ nhất.",
    "Trách nhiệm thực hiện: Bộ phận Phục vụ bạn đọc, phối hợp Tổ Kỹ thuật - Công nghệ thông tin.",
    "Thời gian hoàn thành: 20/10/2028.",
    "",
    "5. Kiểm kê kho sách mở, thanh lọc tài liệu hư hỏng, lạc hậu.",
    "Trách nhiệm thực hiện: Các bộ phận trong Thư viện.",
    "Thời gian hoàn thành: 30/6/2029.",
    "",
    "Các bộ phận báo cáo tiến độ thực hiện về Giám đốc Thư viện vào ngày 30 hằng tháng.",
    "",
    "Nơi nhận:",
    "- Ban Giám hiệu (b/c);",
    "- Các bộ phận;",
    "- Lưu: TV.",
    "GIÁM ĐỐC THƯ VIỆN",
    "Phan Thị Diệu Linh",
)
WB3_TEXT = "\n".join(WB3_LINES) + "\n"


def wb3_txt(path: Path) -> None:
    """A university library's plan for its collections and digitisation in the 2028–2029 school year
    (plain text, UTF-8)."""
    path.write_text(WB3_TEXT, encoding="utf-8")


def siblings_wb() -> None:
    wb1_docx(DOCS / "wb1_kh_phong_dieu_duong_cham_soc.docx")
    wb2_md(DOCS / "wb2_kh_cuc_qltt_kiem_tra_quy2.md")
    wb3_txt(DOCS / "wb3_kh_thu_vien_so_hoa.txt")
