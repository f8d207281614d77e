"""The main corpus's siblings of the held-out documents h441 and h445 (moved to the main corpus when
the importer was taught their shapes, helper h13fixRF). rf1: a sub-department's dispatch (.docx)
whose bold unit headings lead dash paragraphs, with times bound to an event or a condition (`trong
những ngày có …`: review), a time only foreseen (`thời gian dự kiến tháng 3/2027`: that month's
end), and a closing request for a monthly report addressed to the kind of unit the first heading
names (`Các Trạm … tổng hợp …, báo cáo … trước ngày 20 hằng tháng`: recurring, led by that kind).
rf2: a notice of a department's conclusions (.docx) whose points give the task first and its lead
after it (`Giao <unit> chủ trì …`), with a time bound to a meeting of a month (`trình … tại hội
nghị tháng 12/2027`: that month's end), a standing duty in the assigning sentence (`Giao <unit> …
kiểm tra, nhắc nhở thường xuyên.`: ongoing), and an opening point that only agrees with the report
heard (`Ban Giám đốc cơ bản thống nhất với báo cáo …`: no item). Their expected items
(expected/rf*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rf` writes both.
"""

from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _document():
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    return document


def _bold(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def rf1_docx(h, path: Path) -> None:
    """A provincial livestock and veterinary sub-department's dispatch on African swine fever
    (12/01/2027): `Kính gửi` lines, a preamble, three bold unit headings over dash paragraphs, a
    closing monthly report request by the kind the first heading names, a closing charge."""
    document = _document()
    h.national_header(
        document,
        [
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG",
            "CHI CỤC CHĂN NUÔI VÀ THÚ Y",
            "Số: 145/CNTY-DT",
            "V/v chủ động phòng, chống bệnh Dịch tả lợn châu Phi",
        ],
        "Lâm Đồng, ngày 12 tháng 01 năm 2027",
    )
    for text in (
        "Kính gửi:",
        "- Các Trạm Chăn nuôi và Thú y khu vực;",
        "- Phòng Dịch tễ thú y;",
        "- Phòng Thanh tra, pháp chế.",
        "Thời gian gần đây bệnh Dịch tả lợn châu Phi tái phát tại một số tỉnh lân cận, thời tiết giao "
        "mùa tạo điều kiện thuận lợi cho mầm bệnh lây lan. Để chủ động phòng, chống dịch, Chi cục Chăn "
        "nuôi và Thú y đề nghị các đơn vị thực hiện các nội dung sau:",
    ):
        document.add_paragraph(text)
    _bold(document, "1. Các Trạm Chăn nuôi và Thú y khu vực")
    for text in (
        "- Rà soát tổng đàn lợn, lập danh sách hộ chăn nuôi nhỏ lẻ có nguy cơ cao; gửi về Chi cục "
        "trước ngày 25/01/2027.",
        "- Hướng dẫn hộ chăn nuôi phun tiêu độc, khử trùng chuồng trại trong những ngày có mưa phùn, "
        "độ ẩm không khí cao.",
    ):
        document.add_paragraph(text)
    _bold(document, "2. Phòng Dịch tễ thú y")
    for text in (
        "- Lấy mẫu giám sát lưu hành vi rút tại các chợ buôn bán lợn và cơ sở giết mổ tập trung; "
        "thời gian dự kiến tháng 3/2027.",
        "- Điều động cán bộ kỹ thuật hỗ trợ địa phương khi có ổ dịch mới phát sinh.",
    ):
        document.add_paragraph(text)
    _bold(document, "3. Phòng Thanh tra, pháp chế")
    document.add_paragraph(
        "- Kiểm tra việc vận chuyển lợn, sản phẩm từ lợn không rõ nguồn gốc cùng lực lượng quản lý thị "
        "trường; hoàn thành đợt cao điểm trước ngày 28/02/2027."
    )
    for text in (
        "Các Trạm Chăn nuôi và Thú y khu vực tổng hợp tình hình dịch bệnh trên đàn vật nuôi, báo cáo về "
        "Chi cục (qua Phòng Dịch tễ thú y) trước ngày 20 hằng tháng; trường hợp có ổ dịch mới phải báo "
        "cáo ngay qua điện thoại.",
        "Đề nghị Thủ trưởng các đơn vị khẩn trương triển khai thực hiện./.",
        "Nơi nhận:",
        "- Như trên;",
        "- Sở Nông nghiệp và Môi trường (b/c);",
        "- Lưu: VT, DT.",
        "CHI CỤC TRƯỞNG",
        "Lê Văn Khánh",
    ):
        document.add_paragraph(text)
    document.save(path)


def rf2_docx(h, path: Path) -> None:
    """A provincial health department's notice of its directors' conclusions (05/10/2027): an opening
    paragraph, point 1 agreeing with the report heard (no item), point 2's numbered tasks written
    first with `Giao <unit> …` after them, point 3 the office's follow-up at the monthly meeting."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH ĐÔNG GIANG", "SỞ Y TẾ", "Số: 212/TB-SYT"],
        "Đông Giang, ngày 05 tháng 10 năm 2027",
    )
    for text in (
        "THÔNG BÁO",
        "Kết luận của Ban Giám đốc Sở Y tế tại cuộc họp giao ban ngày 03/10/2027",
        "Ngày 03/10/2027, Ban Giám đốc Sở Y tế họp giao ban, nghe Văn phòng Sở báo cáo kết quả công tác "
        "quý III và phương hướng nhiệm vụ quý IV năm 2027. Sau khi nghe ý kiến các phòng, Giám đốc Sở "
        "kết luận như sau:",
        "1. Ban Giám đốc cơ bản thống nhất với báo cáo kết quả công tác quý III năm 2027 do Văn phòng Sở "
        "trình bày. Một số chỉ tiêu về tiêm chủng mở rộng đạt thấp; tiến độ giải ngân vốn đầu tư còn chậm.",
        "2. Nhiệm vụ trọng tâm quý IV năm 2027:",
        "2.1. Rà soát, sửa đổi quy chế chi tiêu nội bộ áp dụng từ năm 2028. Giao Phòng Kế hoạch - Tài "
        "chính chủ trì, phối hợp các phòng chuyên môn thực hiện, hoàn thành trước ngày 15/11/2027.",
        "2.2. Xây dựng báo cáo tổng kết công tác y tế năm 2027 và kế hoạch năm 2028. Giao Văn phòng Sở "
        "chủ trì tổng hợp, trình Ban Giám đốc tại hội nghị tháng 12/2027.",
        "2.3. Kiểm tra điều kiện an toàn thực phẩm tại các bếp ăn tập thể trong khu công nghiệp. Giao "
        "Chi cục An toàn vệ sinh thực phẩm chủ trì, phối hợp Thanh tra Sở kiểm tra, nhắc nhở thường xuyên.",
        "3. Văn phòng Sở theo dõi, đôn đốc việc thực hiện Thông báo này; báo cáo Ban Giám đốc tại cuộc họp "
        "giao ban hằng tháng.",
        "Văn phòng Sở Y tế thông báo để các phòng, đơn vị biết, thực hiện.",
        "Nơi nhận:",
        "- Ban Giám đốc Sở;",
        "- Các phòng, đơn vị thuộc Sở;",
        "- Lưu: VT, VP.",
        "TL. GIÁM ĐỐC",
        "CHÁNH VĂN PHÒNG",
        "Trần Thị Minh Hòa",
    ):
        document.add_paragraph(text)
    document.save(path)


def siblings_rf() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    rf1_docx(h, DOCS / "rf1_cv_chi_cuc_thu_y_dich_ta_lon_su_kien.docx")
    rf2_docx(h, DOCS / "rf2_tb_ket_luan_so_y_te_hoi_nghi_thang.docx")
