"""The main corpus's siblings of the held-out documents h335 and h360 (moved to the main corpus when
the importer was taught their shapes, helper h13fixQE), with other bodies, tasks, dates and surface
details. Their expected items (expected/qe*_…) were written by hand before their first import.
`python tests/importing/corpus/make_docs.py --siblings-qe` writes qe1 (.doc) and qe5 (.pdf), both
through LibreOffice; qe2 (text), qe3 and qe4 (HTML, the siblings of h357) are written by hand.

- qe1: a school's Party cell's monthly resolution (.doc): last month's assessment (no items), then
  the month's tasks as dash paragraphs under topic titles, each opening with the body that leads it
  (`Tổ Toán - Tin`, `Tổ Văn phòng - Thiết bị`, `Tổ Ngữ văn phối hợp Liên đội …`, `Chi ủy`, `Công
  đoàn trường`), a named member (no lead), every member (lead not scored); the cell's meeting day in
  its last part (`Chi bộ sinh hoạt định kỳ hằng tháng vào ngày 05`), a task put to next month's
  meeting by its month (`thông qua tại kỳ sinh hoạt thường kỳ tháng 11/2027`) and the follow-up by
  `tại kỳ sinh hoạt tháng sau`.
- qe5: a district People's Committee's decision assigning a provincial plan's tasks, printed to a
  text PDF: an appendix table with a column-number row under its header, the header repeated on
  the next page without that row, a task cut by the page break (its text, its lead and its product
  going on under the repeated header).
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
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


def qe1_docx(h, path: Path) -> None:
    """A lower secondary school's Party cell: the October resolution, tasks as dash paragraphs."""
    document = _document()
    h.national_header(
        document,
        ["ĐẢNG BỘ PHƯỜNG AN KHÁNH", "CHI BỘ TRƯỜNG THCS NGUYỄN DU", "*", "Số 11-NQ/CB"],
        "An Khánh, ngày 05 tháng 10 năm 2027",
    )
    document.tables[0].cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    document.tables[0].cell(1, 1).text = ""
    h.docx_paragraphs(
        document,
        [
            "NGHỊ QUYẾT",
            "về lãnh đạo thực hiện nhiệm vụ tháng 10 năm 2027",
            "Ngày 05/10/2027, Chi bộ Trường THCS Nguyễn Du họp thường kỳ, có 18/19 đảng viên dự (01 đồng chí đi công tác). Sau khi nghe đánh giá tình hình tháng 9 và thảo luận, Chi bộ",
            "QUYẾT NGHỊ",
            "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THÁNG 9/2027",
            "- Nhà trường đã tổ chức Lễ khai giảng năm học 2027 - 2028 trang trọng, an toàn; 100% học sinh đến trường đúng ngày.",
            "- Chi bộ đã hoàn thành kiểm điểm giữa nhiệm kỳ theo hướng dẫn của Đảng ủy phường.",
            "- Tồn tại: một số giáo viên chưa cập nhật kịp thời điểm số trên hệ thống cơ sở dữ liệu ngành.",
            "II. NHIỆM VỤ TRỌNG TÂM THÁNG 10/2027",
            "1. Lãnh đạo công tác chuyên môn",
            "- Tổ Toán - Tin xây dựng ma trận và đề kiểm tra giữa học kỳ I các khối lớp, nộp Ban Giám hiệu trước ngày 18/10/2027.",
            "- Tổ Văn phòng - Thiết bị hoàn thành kiểm kê thiết bị dạy học, đề xuất danh mục mua sắm bổ sung, báo cáo Hiệu trưởng chậm nhất ngày 25/10/2027.",
            "- Tổ Ngữ văn phối hợp Liên đội tổ chức Hội thi kể chuyện theo sách cho học sinh khối 6, khối 7 từ ngày 20 đến ngày 22/10/2027.",
            "2. Công tác xây dựng Đảng và lãnh đạo đoàn thể",
            "- Chi ủy xây dựng kế hoạch kiểm tra, giám sát quý IV năm 2027 đối với đảng viên, thông qua tại kỳ sinh hoạt thường kỳ tháng 11/2027.",
            "- Đồng chí Phạm Văn Tài, chi ủy viên, hoàn thành thủ tục tiếp nhận sinh hoạt đảng cho 01 đảng viên mới chuyển đến, trước ngày 15/10/2027.",
            "- Công đoàn trường phối hợp Chi đoàn giáo viên tổ chức các hoạt động kỷ niệm 97 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, xong trước ngày 20/10/2027.",
            "- Các đồng chí đảng viên đăng ký nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2027 - 2028, nộp Chi ủy trong tháng 10/2027.",
            "3. Tổ chức thực hiện",
            "Chi bộ sinh hoạt định kỳ hằng tháng vào ngày 05; nếu trùng ngày nghỉ thì lùi sang ngày làm việc kế tiếp. Chi ủy theo dõi, đôn đốc các tổ chuyên môn và đoàn thể thực hiện Nghị quyết, báo cáo kết quả tại kỳ sinh hoạt tháng sau.",
            "Nơi nhận:\n- Đảng ủy phường (b/c);\n- Các đảng viên trong Chi bộ;\n- Lưu Chi bộ.",
            "T/M CHI BỘ\nBÍ THƯ\nNguyễn Thị Thu Hà",
        ],
    )
    document.save(path)


def qe5_docx(h, path: Path) -> None:
    """A district People's Committee's decision (portrait) over a landscape appendix table whose
    third task is long enough to run over the page break, under a header repeated without its
    column-number row."""
    from docx.enum.section import WD_SECTION
    from docx.shared import Mm

    document = _document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN ĐĂK HÀ", "Số: 2215/QĐ-UBND"],
        "Đăk Hà, ngày 20 tháng 8 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Ban hành Danh mục nhiệm vụ thực hiện Kế hoạch số 96/KH-UBND ngày 02/8/2027 của UBND tỉnh về phát triển du lịch cộng đồng trên địa bàn huyện",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ",
            "Căn cứ Luật Tổ chức chính quyền địa phương;",
            "Căn cứ Kế hoạch số 96/KH-UBND ngày 02/8/2027 của UBND tỉnh;",
            "Xét đề nghị của Trưởng phòng Văn hóa, Khoa học và Thông tin huyện.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Danh mục nhiệm vụ thực hiện Kế hoạch số 96/KH-UBND của UBND tỉnh trên địa bàn huyện (Phụ lục kèm theo).",
            "Điều 2. Các cơ quan, đơn vị được giao chủ trì căn cứ Danh mục tổ chức thực hiện; gửi báo cáo kết quả về Phòng Văn hóa, Khoa học và Thông tin trước ngày 10/12/2027 để tổng hợp, báo cáo UBND huyện.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận: Như Điều 3; UBND tỉnh (b/c); TT Huyện ủy; Lưu: VT, VHKHTT.",
            "CHỦ TỊCH",
            "Y Thanh Hùng",
        ],
    )
    appendix = document.add_section(WD_SECTION.NEW_PAGE)
    h.set_landscape(appendix)
    h.docx_paragraphs(
        document,
        [
            "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2027 - 2028",
            "(Kèm theo Quyết định số 2215/QĐ-UBND ngày 20/8/2027 của Chủ tịch UBND huyện)",
        ],
    )
    header = [
        "STT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Kết quả, sản phẩm",
        "Thời hạn hoàn thành",
    ]
    long_task = (
        "Khảo sát, lựa chọn và hỗ trợ các hộ gia đình tại làng Kon Tu Rằng cải tạo nhà sàn truyền thống "
        "thành điểm lưu trú cộng đồng (homestay), bảo đảm các tiêu chí về vệ sinh, an toàn phòng cháy, "
        "chữa cháy và cảnh quan; tập huấn kỹ năng đón tiếp, phục vụ khách, nấu ăn, giới thiệu văn hóa "
        "truyền thống của đồng bào Xơ Đăng cho các hộ tham gia; xây dựng bộ quy tắc ứng xử của cộng đồng "
        "với du khách; lắp đặt biển chỉ dẫn, bản đồ du lịch tại cổng làng; kết nối các hộ với doanh "
        "nghiệp lữ hành trong và ngoài tỉnh để đưa đón, giới thiệu khách; theo dõi, đánh giá hiệu quả "
        "hoạt động của các điểm lưu trú sau 06 tháng vận hành thử và đề xuất nhân rộng mô hình ra các "
        "làng lân cận có điều kiện tương tự trên địa bàn huyện"
    )
    rows = [
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["A", "CÔNG TÁC QUY HOẠCH, CƠ CHẾ", "", "", "", ""],
        [
            "1",
            "Rà soát, bổ sung các điểm du lịch cộng đồng vào Quy hoạch sử dụng đất huyện đến năm 2030, trình cấp có thẩm quyền điều chỉnh",
            "Phòng Nông nghiệp và Môi trường",
            "Phòng Kinh tế, Hạ tầng và Đô thị; UBND các xã",
            "Hồ sơ điều chỉnh quy hoạch",
            "Quý IV/2027",
        ],
        [
            "2",
            "Xây dựng quy chế quản lý hoạt động du lịch cộng đồng tại các làng đồng bào dân tộc thiểu số của huyện, trình UBND huyện ban hành",
            "Phòng Văn hóa, Khoa học và Thông tin",
            "Phòng Tư pháp; UBND các xã có điểm du lịch",
            "Quyết định của UBND huyện",
            "Tháng 11/2027",
        ],
        ["B", "PHÁT TRIỂN SẢN PHẨM DU LỊCH", "", "", "", ""],
        [
            "3",
            long_task,
            "UBND xã Đăk Rơ Wa",
            "Phòng Văn hóa, Khoa học và Thông tin; Trung tâm Văn hóa - Thể thao và Truyền thông huyện; Hội Liên hiệp Phụ nữ huyện; Đoàn Thanh niên huyện",
            "Điểm lưu trú cộng đồng được công nhận đạt chuẩn; bộ quy tắc ứng xử; báo cáo đánh giá sau vận hành thử",
            "2027 - 2028",
        ],
        [
            "4",
            "Khôi phục, duy trì đội cồng chiêng và nghề dệt thổ cẩm phục vụ khách tham quan",
            "Trung tâm Văn hóa - Thể thao và Truyền thông huyện",
            "UBND các xã",
            "Đội cồng chiêng hoạt động",
            "Thường xuyên",
        ],
        [
            "5",
            "Tổ chức Ngày hội Văn hóa - Du lịch cộng đồng huyện lần thứ nhất",
            "Phòng Văn hóa, Khoa học và Thông tin",
            "Các cơ quan, đơn vị liên quan",
            "Ngày hội được tổ chức",
            "Tháng 4/2028",
        ],
        ["C", "QUẢNG BÁ, XÚC TIẾN", "", "", "", ""],
        [
            "6",
            "Xây dựng chuyên trang quảng bá du lịch cộng đồng trên Cổng thông tin điện tử huyện",
            "Văn phòng HĐND và UBND huyện",
            "Trung tâm Văn hóa - Thể thao và Truyền thông huyện",
            "Chuyên trang được vận hành",
            "Trước 30/12/2027",
        ],
    ]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    h.repeat_header_row(table.rows[0])
    h.set_widths(table, [0.55, 3.5, 1.5, 1.7, 1.45, 1.1])
    document.save(path)


def siblings_qe() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: qe1 (.doc) and qe5 (.pdf) were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "qe1_nq_chi_bo_truong_thcs_gach_dau_dong.docx"
        qe1_docx(h, source)
        h.soffice_convert(source, "doc", DOCS / "qe1_nq_chi_bo_truong_thcs_gach_dau_dong.doc")
        source = Path(tmp) / "qe5_qd_ubnd_huyen_phu_luc_hang_cat_trang.docx"
        qe5_docx(h, source)
        h.soffice_convert(source, "pdf", DOCS / "qe5_qd_ubnd_huyen_phu_luc_hang_cat_trang.pdf")
