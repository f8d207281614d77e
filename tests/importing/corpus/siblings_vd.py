"""The main corpus's siblings of the held-out documents h662 and h667 (moved to the main corpus when
the importer was taught their shape, by h13fixVD on 2026-12-06): dashed (or `+`) points most of which
open with a team's run-in label and a colon (`- Đội YTDP: …`), one with the team as its sentence's
subject and a partner after `phối hợp` (`- Đội YTDP phối hợp Tổ Truyền thông … tổ chức …`: the first
team leads, its partner does not); and a numbered point whose subject is a unit collecting what is due
(`2. Đội Thuế liên phường Bắc Sơn thu đủ, thu kịp thời …`: `thu` ends the unit's name).
Their expected items (expected/vd1_…–vd4_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-vd` writes vd1 and vd2; vd3 and vd4 are
hand-written text files in docs/.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _save(paragraphs: tuple[str, ...], path: Path) -> None:
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)


VD1_PARAGRAPHS = (
    "TRUNG TÂM Y TẾ HUYỆN LONG ĐIỀN",
    "TRẠM Y TẾ XÃ PHƯỚC HẢI",
    "Số: 17/KH-TYT",
    "KẾ HOẠCH",
    "Phòng, chống sốt xuất huyết mùa mưa năm 2028",
    "Thực hiện Kế hoạch số 96/KH-TTYT ngày 05/3/2028 của Trung tâm Y tế huyện, Trạm Y tế xã Phước Hải "
    "xây dựng Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Chủ động phát hiện sớm, khoanh vùng và xử lý kịp thời ổ dịch, không để dịch lan rộng trên địa bàn xã.",
    "II. NHIỆM VỤ VÀ PHÂN CÔNG",
    "- Đội Y tế dự phòng (Đội YTDP): phun hóa chất diệt muỗi tại 08 thôn có nguy cơ cao, hoàn thành "
    "trước ngày 30/6/2028.",
    "- Đội YTDP phối hợp Tổ Truyền thông giáo dục sức khỏe (Tổ TTGDSK) tổ chức ra quân diệt lăng quăng, "
    "bọ gậy tại các hộ gia đình; hoàn thành trước ngày 15/5/2028.",
    "- Tổ TTGDSK: phát tờ rơi hướng dẫn người dân phòng bệnh sốt xuất huyết; thực hiện thường xuyên.",
    "- Bộ phận Dược: bảo đảm đủ cơ số thuốc, hóa chất phục vụ phòng, chống dịch trước ngày 20/5/2028.",
    "- Bộ phận Khám bệnh: theo dõi, phát hiện sớm ca bệnh nghi sốt xuất huyết, báo cáo Trưởng trạm "
    "khi có ca bệnh.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các bộ phận báo cáo kết quả thực hiện về Trưởng trạm trước ngày 25 hằng tháng.",
    "Nơi nhận:",
    "- TTYT huyện (b/c);",
    "- Lưu: TYT.",
    "TRƯỞNG TRẠM",
    "Lê Thị Bích Ngọc",
)


VD2_PARAGRAPHS = (
    "CHI CỤC THUẾ KHU VỰC XVII",
    "Số: 214/TB-CCT",
    "THÔNG BÁO",
    "Kết luận của Chi cục trưởng tại cuộc họp giao ban tháng 8/2028",
    "Ngày 04/9/2028, Chi cục trưởng Chi cục Thuế khu vực XVII chủ trì cuộc họp giao ban tháng 8/2028. "
    "Sau khi nghe các đội báo cáo, Chi cục trưởng kết luận như sau:",
    "I. ĐÁNH GIÁ CHUNG",
    "Tổng thu ngân sách 8 tháng đạt 71% dự toán; nợ thuế có khả năng thu giảm so với cùng kỳ.",
    "II. NHIỆM VỤ THỜI GIAN TỚI",
    "1. Đội Kiểm tra thuế:",
    "a) Kiểm tra 15 doanh nghiệp có rủi ro cao về hoàn thuế, hoàn thành trước ngày 30/9/2028.",
    "b) Rà soát hồ sơ khai thuế nộp quá hạn; thực hiện thường xuyên.",
    "2. Đội Thuế liên phường Bắc Sơn thu đủ, thu kịp thời thuế của hộ kinh doanh trên địa bàn, hoàn "
    "thành chỉ tiêu thu quý III trước ngày 30/9/2028.",
    "3. Bộ phận Một cửa thu phí, lệ phí trước bạ đúng quy định; báo cáo số thu hằng tháng.",
    "4. Đội Tuyên truyền hỗ trợ người nộp thuế tổ chức 02 hội nghị đối thoại với doanh nghiệp trong "
    "Quý IV/2028.",
    "5. Các đội báo cáo kết quả thực hiện về Đội Hành chính trước ngày 25 hằng tháng.",
    "Chi cục Thuế khu vực XVII thông báo để các đội biết, thực hiện./.",
    "Nơi nhận:",
    "- Các đội;",
    "- Lưu: VT.",
    "CHI CỤC TRƯỞNG",
    "Đặng Quốc Huy",
)


def siblings_vd() -> None:
    _save(VD1_PARAGRAPHS, DOCS / "vd1_kh_tram_y_te_doi_gach_dau.docx")
    _save(VD2_PARAGRAPHS, DOCS / "vd2_tbkl_chi_cuc_thue_thu_du.docx")
