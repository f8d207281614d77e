"""The main corpus's siblings of the held-out documents h572 and h582 (moved to the main corpus when
the importer was taught their shapes, by h13fixSQ on 2026-12-06): a plan's schedule grouped under
numbered month or quarter headings (`1. Tháng 3/2028`, `1. Quý I/2028`) over `-` lines, a line with
no date of its own due at its period's end and the lines of all the periods one list when who leads
them is read (h572: sq1, a .docx, and sq2, plain text); and a yearly programme whose points are
numbered straight through its roman sections, one list across them, with a round printed after
its period (`mỗi quý một kỳ`, h582: sq3, a .docx). Their expected items (expected/sq1_…, sq2_…,
sq3_…) were written by hand before the first import. `python tests/importing/corpus/make_docs.py
--siblings-sq` writes the three.
"""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _paragraphs(document, lines: list[str]) -> None:
    """One paragraph a line; a line opening with `**` is printed in bold (without the marks)."""
    for line in lines:
        if line.startswith("**"):
            document.add_paragraph().add_run(line[2:]).bold = True
        else:
            document.add_paragraph(line)


def sq1_docx(path: Path) -> None:
    """A district Youth Union's plan for a football tournament: its schedule under bold numbered month
    headings; April's lines name their doers only as their subjects; May's last line prints no date."""
    from docx import Document

    document = Document()
    _paragraphs(
        document,
        [
            "HUYỆN ĐOÀN ĐÔNG SƠN",
            "Số: 27-KH/HĐTN",
            "Đông Sơn, ngày 25 tháng 02 năm 2028",
            "**KẾ HOẠCH",
            "**Tổ chức Giải bóng đá thanh niên huyện Đông Sơn năm 2028",
            "Thực hiện Chương trình công tác Đoàn năm 2028, Ban Thường vụ Huyện đoàn xây dựng Kế hoạch tổ "
            "chức Giải bóng đá thanh niên năm 2028 như sau:",
            "**I. MỤC ĐÍCH, YÊU CẦU",
            "- Tạo sân chơi lành mạnh, rèn luyện sức khỏe cho đoàn viên, thanh niên.",
            "- Giải được tổ chức an toàn, tiết kiệm, đúng Điều lệ.",
            "**II. TIẾN ĐỘ THỰC HIỆN",
            "**1. Tháng 3/2028",
            "- Văn phòng Huyện đoàn ban hành Điều lệ Giải, gửi các cơ sở Đoàn trước ngày 10/3/2028.",
            "- Thành lập Ban Tổ chức Giải (Văn phòng Huyện đoàn thực hiện, trước ngày 20/3/2028).",
            "**2. Tháng 4/2028",
            "- Trung tâm Văn hóa - Thể thao huyện chuẩn bị sân thi đấu, hoàn thành trước ngày 05/4/2028.",
            "- Ban Tổ chức Giải tổ chức lễ khai mạc tại Sân vận động huyện vào ngày 12/4/2028.",
            "- Tổ Trọng tài phân công trọng tài các trận đấu vòng bảng, từ ngày 12/4 đến ngày 26/4/2028.",
            "**3. Tháng 5/2028",
            "- Tổ chức các trận bán kết, chung kết và lễ bế mạc trước ngày 20/5/2028 (Ban Tổ chức Giải).",
            "- Tổng kết, trao thưởng cho các đội đạt giải (Văn phòng Huyện đoàn).",
            "**III. KINH PHÍ",
            "Kinh phí tổ chức Giải từ nguồn xã hội hóa và kinh phí hoạt động năm 2028 của Huyện đoàn.",
            "**IV. TỔ CHỨC THỰC HIỆN",
            "1. Văn phòng Huyện đoàn là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
            "2. Các cơ sở Đoàn gửi danh sách cầu thủ về Văn phòng Huyện đoàn trước ngày 25/3/2028./.",
            "Nơi nhận:",
            "- Tỉnh đoàn (b/c);",
            "- Các cơ sở Đoàn;",
            "- Lưu VP.",
            "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN",
            "BÍ THƯ",
            "Hoàng Văn Tâm",
        ],
    )
    document.save(path)


SQ2 = """BỆNH VIỆN ĐA KHOA HUYỆN KIM LÂM
Số: 41/KH-BV
Kim Lâm, ngày 08 tháng 01 năm 2028

KẾ HOẠCH
Cải tiến chất lượng bệnh viện năm 2028

Căn cứ Bộ tiêu chí chất lượng bệnh viện Việt Nam, Bệnh viện xây dựng Kế hoạch cải tiến chất lượng năm 2028 như sau:

I. MỤC TIÊU
- Nâng điểm đánh giá chất lượng bệnh viện so với năm 2027.
- Bảo đảm an toàn người bệnh và nhân viên y tế.

II. LỘ TRÌNH THỰC HIỆN
1. Quý I/2028
- Phòng Quản lý chất lượng xây dựng bộ chỉ số chất lượng, trình Giám đốc trước ngày 15/02/2028.
- Tập huấn quy trình nhận diện người bệnh cho điều dưỡng (Phòng Điều dưỡng thực hiện, trước ngày 20/3/2028).
2. Quý II/2028
- Khoa Kiểm soát nhiễm khuẩn giám sát tuân thủ vệ sinh tay tại các khoa lâm sàng, báo cáo trước ngày 30/5/2028.
- Khoa Dược rà soát danh mục thuốc, hoàn thành trước ngày 15/6/2028.
- Khảo sát sự hài lòng của người bệnh nội trú (Phòng Công tác xã hội).

III. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý chất lượng là bộ phận thường trực, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
2. Các khoa, phòng báo cáo kết quả cải tiến chất lượng về Phòng Quản lý chất lượng trước ngày 05 hằng tháng./.

Nơi nhận:
- Sở Y tế (b/c);
- Các khoa, phòng;
- Lưu: VT, QLCL.
GIÁM ĐỐC
Lê Thị Hồng Nhung
"""


def sq2_txt(path: Path) -> None:
    """A district hospital's quality plan as plain text: its road map under numbered quarter headings;
    the second quarter's lines name their doers only as their subjects, its last prints no date."""
    path.write_text(SQ2, encoding="utf-8")


def sq3_docx(path: Path) -> None:
    """A provincial journalists' association's yearly programme: points 1–11 numbered straight
    through sections I–V; only section I and II print who leads in a parenthesis or a closing clause."""
    from docx import Document

    document = Document()
    _paragraphs(
        document,
        [
            "HỘI NHÀ BÁO TỈNH BẮC HÀ",
            "Số: 09/CTr-HNB",
            "Bắc Hà, ngày 20 tháng 12 năm 2027",
            "**CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028",
            "**của Ban Thường vụ Hội Nhà báo tỉnh",
            "Căn cứ Điều lệ Hội Nhà báo Việt Nam và Nghị quyết Đại hội Hội Nhà báo tỉnh nhiệm kỳ 2025 - 2030, "
            "Ban Thường vụ xây dựng Chương trình công tác năm 2028 như sau:",
            "**I. CÔNG TÁC HỘI VIÊN",
            "1. Rà soát, cập nhật danh sách hội viên trên trang thông tin của Hội trước ngày 31/3/2028 (Văn "
            "phòng Hội thực hiện).",
            "2. Ban Công tác hội viên thẩm định hồ sơ kết nạp hội viên mới, trình Ban Thường vụ thường xuyên "
            "trong năm.",
            "**II. HOẠT ĐỘNG NGHIỆP VỤ",
            "3. Tổ chức lớp bồi dưỡng kỹ năng báo chí số cho hội viên trong tháng 6/2028; Ban Nghiệp vụ chủ trì.",
            "4. Ban Nghiệp vụ phối hợp Đài Phát thanh và Truyền hình tỉnh tổ chức Giải Báo chí tỉnh, trao giải "
            "vào ngày 21/6/2028.",
            "**III. SINH HOẠT CHUYÊN ĐỀ VÀ HỖ TRỢ HỘI VIÊN",
            "5. Ban Lý luận - Phê bình tổ chức tọa đàm chuyên đề về đạo đức nghề nghiệp người làm báo, mỗi quý "
            "một kỳ.",
            "6. Đề nghị Sở Văn hóa, Thể thao và Du lịch tỉnh hỗ trợ kinh phí tổ chức Hội báo Xuân trước ngày "
            "15/01/2028.",
            "**IV. THI ĐUA, KHEN THƯỞNG",
            "7. Hội đồng Thi đua - Khen thưởng xem xét, đề nghị khen thưởng hội viên có tác phẩm đạt giải; thực "
            "hiện thường xuyên.",
            "8. Hội đồng Thi đua - Khen thưởng tổng hợp, đề xuất khen thưởng năm 2028 trước ngày 10/12/2028.",
            "**V. TỔ CHỨC THỰC HIỆN",
            "9. Văn phòng Hội là cơ quan thường trực, giúp Ban Thường vụ theo dõi, đôn đốc việc thực hiện "
            "Chương trình.",
            "10. Các chi hội gửi báo cáo hoạt động năm 2028 về Văn phòng Hội trước ngày 05/12/2028.",
            "11. Các Ủy viên Ban Thường vụ theo lĩnh vực được phân công chỉ đạo, kiểm tra việc thực hiện "
            "Chương trình./.",
            "Nơi nhận:",
            "- Hội Nhà báo Việt Nam (b/c);",
            "- Các chi hội;",
            "- Lưu: VP.",
            "TM. BAN THƯỜNG VỤ",
            "CHỦ TỊCH",
            "Đỗ Minh Khôi",
        ],
    )
    document.save(path)


def siblings_sq() -> None:
    """Writes sq1–sq3 into docs/."""
    sq1_docx(DOCS / "sq1_kh_huyen_doan_giai_bong_da_moc_thang.docx")
    sq2_txt(DOCS / "sq2_kh_benh_vien_cai_tien_chat_luong_moc_quy.txt")
    sq3_docx(DOCS / "sq3_ctr_hoi_nha_bao_tinh_so_lien_muc.docx")
