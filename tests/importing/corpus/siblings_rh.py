"""The main corpus's siblings of the held-out h456, h468, h470 and h471 (moved to the main corpus when
the importer was taught their shape, helper h13fixRH): a closing reporting request after the tasks
whose subject is a list of kinds (`Các Đội, Tổ …`, `Các Bộ môn, Tổ Văn phòng …`, `Các phòng, ban …`)
and whose report is on the carrying out of the document (`… kết quả thực hiện các nội dung trên …`),
with a day of its own or a round: an item of those units, no lead. rh1: a traffic police
department's dispatch (.docx) with numbered team duties; rh2: a faculty's monthly plan (.docx) with a
task table and a `Tổ chức thực hiện` label over dash paragraphs; rh3: a notice of conclusions (.docx)
whose request stands under `III. TỔ CHỨC THỰC HIỆN`. Their expected items (expected/rh*_…) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-rh`
writes the three.
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


def rh1_docx(h, path: Path) -> None:
    """A district police's traffic department dispatch before the Tết holiday (02/01/2029): numbered
    team duties, a closing request to `Các Đội, Tổ …` dated, a closing charge."""
    document = _document()
    h.national_header(
        document,
        ["CÔNG AN TỈNH HÒA BÌNH", "PHÒNG CẢNH SÁT GIAO THÔNG", "Số: 18/PC08-TMTH"],
        "Hòa Bình, ngày 02 tháng 01 năm 2029",
    )
    h.docx_paragraphs(
        document,
        [
            "Kính gửi: Các Đội, Tổ công tác thuộc Phòng.",
            "Để bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán Kỷ Dậu năm 2029, Phòng Cảnh sát "
            "giao thông yêu cầu các Đội, Tổ thực hiện tốt các nội dung sau:",
            "1. Đội Tham mưu: Xây dựng phương án phân luồng tại các nút giao trung tâm thành phố, trình "
            "lãnh đạo Phòng trước ngày 10/01/2029.",
            "2. Đội Tuần tra đường thủy: Kiểm tra phương tiện chở khách ngang sông tại các bến đò, hoàn "
            "thành trước ngày 20/01/2029.",
            "3. Tổ Xử lý vi phạm qua hình ảnh: Gửi thông báo vi phạm đến chủ phương tiện trong vòng 05 "
            "ngày làm việc kể từ khi phát hiện.",
            "Các Đội, Tổ báo cáo kết quả thực hiện các nội dung trên về Phòng (qua Đội Tham mưu) trước "
            "ngày 15/02/2029 để tổng hợp, báo cáo Giám đốc Công an tỉnh.",
            "Yêu cầu Đội trưởng, Tổ trưởng nghiêm túc triển khai thực hiện./.",
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu: VT, TMTH.",
            "TRƯỞNG PHÒNG",
            "Lò Văn Kiên",
        ],
    )
    document.save(path)


def rh2_docx(h, path: Path) -> None:
    """A university faculty's plan for March 2029: a task table led by departments (`Bộ môn …`), then
    the label `Tổ chức thực hiện` over a general charge and a monthly reporting request."""
    document = _document()
    h.docx_paragraphs(
        document,
        [
            "TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TRUNG",
            "KHOA CƠ KHÍ",
            "KẾ HOẠCH CÔNG TÁC THÁNG 3 NĂM 2029",
            "Khoa Cơ khí xây dựng kế hoạch công tác tháng 3 năm 2029 như sau:",
        ],
    )
    labels = ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành"]
    widths = [0.4, 3.4, 1.8, 1.4]
    table = h.grid_table(document, labels, widths)
    for row in [
        ["1", "Rà soát đề cương chi tiết các học phần năm thứ nhất", "Bộ môn Cơ học", "15/3/2029"],
        ["2", "Tổ chức seminar chuyên đề về robot công nghiệp", "Bộ môn Cơ điện tử", "22/3/2029"],
        ["3", "Kiểm kê thiết bị xưởng thực hành", "Bộ môn Công nghệ chế tạo máy", "31/3/2029"],
    ]:
        h.fill_row(table, row)
    h.set_widths(table, widths)
    h.docx_paragraphs(
        document,
        [
            "Tổ chức thực hiện",
            "- Trưởng các Bộ môn chủ động phân công giảng viên thực hiện các nội dung trên.",
            "- Các Bộ môn, Tổ Văn phòng báo cáo tiến độ thực hiện về Trưởng khoa trước ngày 28 hằng tháng.",
            "TRƯỞNG KHOA",
            "Phan Đức Thịnh",
        ],
    )
    document.save(path)


def rh3_docx(h, path: Path) -> None:
    """A provincial archives centre's notice of its director's conclusions (12/6/2028): an assessment,
    numbered points led by the units they name, `III. TỔ CHỨC THỰC HIỆN` over one request to `Các
    phòng, ban` with a day, a closing formula."""
    document = _document()
    h.national_header(
        document,
        ["SỞ NỘI VỤ TỈNH BẮC SƠN", "TRUNG TÂM LƯU TRỮ LỊCH SỬ", "Số: 31/TB-TTLT"],
        "Bắc Sơn, ngày 12 tháng 6 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Trung tâm tại cuộc họp sơ kết công tác 5 tháng đầu năm 2028",
            "Ngày 10/6/2028, Giám đốc Trung tâm chủ trì cuộc họp sơ kết công tác 5 tháng đầu năm 2028. "
            "Sau khi nghe các phòng báo cáo, Giám đốc Trung tâm kết luận như sau:",
            "I. ĐÁNH GIÁ CHUNG",
            "Trong 5 tháng đầu năm, Trung tâm đã chỉnh lý 320 mét giá tài liệu, phục vụ 1.150 lượt độc "
            "giả; tuy nhiên việc số hóa tài liệu còn chậm so với kế hoạch.",
            "II. NHIỆM VỤ THỜI GIAN TỚI",
            "1. Phòng Thu thập, chỉnh lý hoàn thành chỉnh lý phông lưu trữ Ủy ban nhân dân tỉnh giai "
            "đoạn 1991 - 2000 trước ngày 31/8/2028.",
            "2. Phòng Bảo quản, số hóa đẩy nhanh số hóa tài liệu bản đồ địa chính, báo cáo Giám đốc "
            "Trung tâm trong tháng 7/2028.",
            "3. Phòng Hành chính - Tổng hợp lập dự toán kinh phí mua sắm giá kệ năm 2029, trình Giám đốc "
            "trước ngày 15/7/2028.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các phòng, ban báo cáo kết quả thực hiện các nội dung kết luận về Phòng Hành chính - Tổng "
            "hợp trước ngày 20/9/2028 để tổng hợp, báo cáo Giám đốc Trung tâm.",
            "Trên đây là kết luận của Giám đốc Trung tâm tại cuộc họp sơ kết công tác 5 tháng đầu năm "
            "2028./.",
            "Nơi nhận:",
            "- Ban Giám đốc;",
            "- Các phòng thuộc Trung tâm;",
            "- Lưu: VT.",
            "GIÁM ĐỐC",
            "Đinh Thị Ngọc Lan",
        ],
    )
    document.save(path)


def siblings_rh() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    rh1_docx(h, DOCS / "rh1_cv_pc08_tet_doi_to.docx")
    rh2_docx(h, DOCS / "rh2_kh_thang_khoa_co_khi.docx")
    rh3_docx(h, DOCS / "rh3_tb_ket_luan_luu_tru_so_ket.docx")
