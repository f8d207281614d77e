"""The main corpus's siblings of the held-out documents h595 and h609 (moved to the main corpus when the
importer was taught their shapes, by h13fixSW on 2026-12-06): notices of conclusions in which one
sentence gives two named units a task each in clauses parted by `;`, each clause with a time of its own
(`Phòng A xây dựng … trước ngày 10/01/2027; Phòng B kiểm tra … trước ngày 25/01/2027.`: two tasks, h595),
and a deputy named by his post and his name who directs a named unit (`Phó Giám đốc Nguyễn Thị B chỉ
đạo Khoa X tổ chức …`: the unit leads, h609); with their limits (a clause with no time of its own, a
deputy directing every unit of a kind). Their expected items (expected/sw1_…, sw2_…, sw3_…) were written
by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-sw` writes the
three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def sw1_docx(path: Path) -> None:
    """A medical college's notice of the rector's conclusions at its science and training council
    (.docx): numbered topic headings over unnumbered paragraphs; one paragraph gives two faculties a
    dated task each, one a named deputy rector directing a named centre."""
    from docx import Document

    document = Document()
    for text in (
        "THÔNG BÁO",
        "Kết luận của Hiệu trưởng tại cuộc họp Hội đồng Khoa học và Đào tạo học kỳ I năm học 2027-2028",
        "Ngày 10/01/2028, Hiệu trưởng Trường Cao đẳng Y tế Hà Trung chủ trì cuộc họp Hội đồng Khoa học và "
        "Đào tạo. Sau khi nghe Phòng Đào tạo báo cáo kết quả đào tạo học kỳ I và ý kiến của các thành "
        "viên, Hiệu trưởng kết luận như sau:",
        "1. Đánh giá chung",
        "Học kỳ I năm học 2027-2028, Nhà trường tuyển sinh đạt 96% chỉ tiêu; tỷ lệ sinh viên đạt kết quả "
        "học tập từ khá trở lên đạt 61,5%, tăng 3,2% so với cùng kỳ.",
        "2. Về công tác đào tạo",
        "Giao Phòng Đào tạo chủ trì rà soát chương trình đào tạo ngành Điều dưỡng, trình Hội đồng trước "
        "ngày 28/02/2028.",
        "Khoa Điều dưỡng xây dựng ngân hàng câu hỏi thi kết thúc học phần trước ngày 15/3/2028; Khoa Dược "
        "hoàn thiện đề cương thực tập tại cơ sở trong tháng 3/2028.",
        "Phó Hiệu trưởng Đặng Thị Mai chỉ đạo Trung tâm Thực hành tiền lâm sàng bổ sung mô hình thực hành "
        "hồi sức cơ bản, hoàn thành trước ngày 30/4/2028.",
        "3. Về nghiên cứu khoa học",
        "Phòng Quản lý khoa học tổ chức nghiệm thu các đề tài cấp cơ sở năm 2027 trước ngày 31/3/2028; "
        "Phòng Tài chính - Kế toán phối hợp thanh quyết toán kinh phí các đề tài.",
        "Phó Hiệu trưởng phụ trách chuyên môn chỉ đạo các khoa đăng ký đề tài cấp cơ sở năm 2028 trước "
        "ngày 15/02/2028.",
        "4. Tổ chức thực hiện",
        "Các khoa, phòng, trung tâm báo cáo kết quả thực hiện về Phòng Đào tạo trước ngày 25 hằng tháng.",
        "Phòng Hành chính - Tổng hợp thông báo để các đơn vị biết, thực hiện./.",
    ):
        document.add_paragraph(text)
    document.save(path)


SW2_TXT = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐÔNG SƠN
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 9/2027
Ngày 30/9/2027, Giám đốc Sở chủ trì cuộc họp giao ban tháng 9/2027. Sau khi nghe Văn phòng Sở báo cáo \
và ý kiến của các đại biểu, Giám đốc Sở kết luận như sau:
I. ĐÁNH GIÁ CHUNG
Trong tháng 9/2027, các đơn vị đã hoàn thành cơ bản nhiệm vụ; sản lượng lúa vụ Hè Thu đạt 412.000 tấn. \
Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn chậm.
II. NHIỆM VỤ TRỌNG TÂM THÁNG 10/2027
1. Chi cục Thủy lợi kiểm tra an toàn hồ chứa trước mùa mưa lũ, báo cáo Giám đốc Sở trước ngày 10/10/2027.
2. Phó Giám đốc Sở Hoàng Văn Lực chỉ đạo Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn nông dân gieo \
trồng vụ Đông, hoàn thành trong tháng 10/2027.
3. Văn phòng Sở tổng hợp báo cáo kết quả 9 tháng, trình Giám đốc Sở trước ngày 05/10/2027; Thanh tra Sở \
hoàn thành thanh tra việc sử dụng phân bón tại 03 huyện trước ngày 25/10/2027.
4. Chi cục Kiểm lâm thực hiện tuần tra, kiểm soát phòng cháy rừng thường xuyên.
5. Phòng Kế hoạch - Tài chính chủ trì xây dựng dự toán ngân sách năm 2028; Văn phòng Sở tổng hợp, trình \
Giám đốc Sở trước ngày 15/10/2027.
6. Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện tháng 10 về Văn phòng Sở trước ngày 28/10/2027.
Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.
Nơi nhận:
- Ban Giám đốc Sở;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT.
"""


SW3_MD = """**ỦY BAN NHÂN DÂN XÃ NẬM KHÁNH**
Số: 52/TB-UBND

*Nậm Khánh, ngày 08 tháng 5 năm 2029*

# THÔNG BÁO

## Kết luận của Chủ tịch UBND xã tại phiên họp thường kỳ tháng 4/2029

Ngày 06/5/2029, Chủ tịch UBND xã chủ trì phiên họp thường kỳ tháng 4/2029. Sau khi nghe Văn phòng HĐND \
và UBND xã báo cáo và ý kiến của các thành viên, Chủ tịch UBND xã kết luận như sau:

### 1. Về phát triển kinh tế

Phòng Kinh tế xây dựng phương án hỗ trợ chuyển đổi cây trồng, trình Chủ tịch UBND xã trước ngày \
15/5/2029; Trung tâm Phục vụ hành chính công tổng hợp hồ sơ đăng ký hỗ trợ của các hộ dân hằng tuần.

### 2. Về văn hóa - xã hội

Phó Chủ tịch UBND xã Lò Văn Sinh chỉ đạo Phòng Văn hóa - Xã hội tổ chức Ngày hội văn hóa các dân tộc \
của xã, hoàn thành trước ngày 30/5/2029.

Trạm Y tế xã tiếp tục triển khai tiêm chủng mở rộng cho trẻ em hằng tháng.

### 3. Về quốc phòng, an ninh

Công an xã tổ chức tuần tra, kiểm soát bảo đảm an ninh trật tự trên địa bàn định kỳ hằng tuần; Ban Chỉ \
huy Quân sự xã hoàn thành huấn luyện dân quân năm 2029 trước ngày 30/6/2029.

### 4. Tổ chức thực hiện

Các phòng, đơn vị báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã trước ngày 25/5/2029.

Văn phòng HĐND và UBND xã thông báo để các đơn vị biết, thực hiện./.

*Nơi nhận:* Chủ tịch, các PCT UBND xã; các đơn vị; Lưu: VT.

**CHỦ TỊCH**
Vàng A Chư
"""


def siblings_sw() -> None:
    sw1_docx(DOCS / "sw1_tbkl_cao_dang_y_hai_khoa_mot_cau.docx")
    (DOCS / "sw2_tbkl_giao_ban_so_nong_nghiep_pho_giam_doc_chi_dao.txt").write_text(SW2_TXT, encoding="utf-8")
    (DOCS / "sw3_tb_kl_chu_tich_xa_hai_don_vi_mot_doan.md").write_text(SW3_MD, encoding="utf-8")
