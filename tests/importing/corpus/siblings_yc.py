"""The main corpus's siblings of the held-out documents h729 and h724 (moved to the main corpus when the
importer was taught their shapes, by h13fixYC on 2026-12-06): a plan whose last numbered label under
`TỔ CHỨC THỰC HIỆN` (a request to other bodies, `5. Đề nghị Ủy ban nhân dân các xã, phường`, or a
division's own label) is followed, without a mark, by the plan's funding sentence (`Kinh phí thực hiện
từ nguồn …`: no item) and by another named body's dated duty as the plan's focal point (`Phòng Quản
lý văn hóa là đơn vị đầu mối, … báo cáo … trước ngày …`: its own item, led by that body, not by the
label above it); and a programme sheet whose lead cell is empty on one row, its lead printed only in
the note column as the short form the lead column uses (`P.TH chủ trì`: that short form leads, as
printed). Their expected items (expected/yc1_…, yc2_…, yc3_…) were written by hand before the first
import. `python tests/importing/corpus/make_docs.py --siblings-yc` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YC1_PARAGRAPHS = (
    "UBND TỈNH BẮC LƯƠNG",
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "Số: 512/KH-SVHTTDL",
    "Bắc Lương, ngày 02 tháng 3 năm 2028",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội Văn hóa các dân tộc tỉnh Bắc Lương năm 2028",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo tồn, phát huy giá trị văn hóa truyền thống của đồng bào các dân tộc; tạo sân chơi lành mạnh "
    "cho Nhân dân.",
    "II. THỜI GIAN, ĐỊA ĐIỂM",
    "1. Thời gian: từ ngày 18/5/2028 đến ngày 20/5/2028.",
    "2. Địa điểm: Quảng trường trung tâm tỉnh.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Quản lý văn hóa:",
    "a) Xây dựng thể lệ Ngày hội, trình Giám đốc Sở ban hành trước ngày 20/3/2028.",
    "b) Thành lập Ban Giám khảo các nội dung thi; hoàn thành trong tháng 4/2028.",
    "2. Phòng Quản lý thể dục thể thao:",
    "Tổ chức các môn thi đấu thể thao dân tộc, chuẩn bị sân bãi trước ngày 10/5/2028.",
    "3. Văn phòng Sở:",
    "Bảo đảm hậu cần, khánh tiết, phương tiện đưa đón các đoàn tham gia Ngày hội.",
    "4. Đề nghị Ủy ban nhân dân các xã, phường",
    "Thành lập đoàn tham gia Ngày hội, gửi danh sách về Sở (qua Phòng Quản lý văn hóa) trước ngày 25/4/2028.",
    "Kinh phí tổ chức Ngày hội từ nguồn ngân sách tỉnh giao Sở năm 2028 và các nguồn xã hội hóa.",
    "Phòng Quản lý văn hóa là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch, báo cáo "
    "UBND tỉnh kết quả trước ngày 05/6/2028.",
    "Nơi nhận:",
    "- UBND tỉnh (b/c);",
    "- UBND các xã, phường;",
    "- Lưu: VT, QLVH.",
    "GIÁM ĐỐC",
    "Lò Văn Thắng",
)


def yc1_docx(path: Path) -> None:
    """A provincial Department of Culture, Sports and Tourism's festival plan (.docx): division labels
    over points, a last label asking the communes, then a funding sentence and the focal division's
    dated duty, both unmarked."""
    from docx import Document

    document = Document()
    for text in YC1_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


YC2_LINES = (
    "TRUNG TÂM Y TẾ HUYỆN YÊN LẠC",
    "Số: 88/KH-TTYT",
    "Yên Lạc, ngày 15 tháng 01 năm 2028",
    "",
    "KẾ HOẠCH",
    "Phòng, chống dịch bệnh mùa Xuân năm 2028",
    "",
    "I. MỤC TIÊU",
    "Phát hiện sớm, khống chế kịp thời các ổ dịch, không để dịch lan rộng.",
    "",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Khoa Kiểm soát bệnh tật:",
    "a) Giám sát ca bệnh sốt phát ban nghi sởi tại các xã; thực hiện thường xuyên.",
    "b) Tập huấn phòng, chống dịch cho nhân viên y tế thôn bản trước ngày 28/02/2028.",
    "2. Khoa Xét nghiệm:",
    "Lấy mẫu, xét nghiệm các ca bệnh nghi ngờ theo hướng dẫn của CDC tỉnh.",
    "3. Khoa Dược - Vật tư y tế:",
    "Dự trữ hóa chất, vật tư phòng dịch, hoàn thành trước ngày 31/01/2028.",
    "Nguồn kinh phí thực hiện từ ngân sách sự nghiệp y tế năm 2028 giao Trung tâm.",
    "Phòng Kế hoạch - Nghiệp vụ tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Trung tâm trước "
    "ngày 15/6/2028.",
    "",
    "Nơi nhận:",
    "- Ban Giám đốc;",
    "- Các khoa, phòng;",
    "- Lưu: VT, KHNV.",
    "GIÁM ĐỐC",
    "Trịnh Văn Hòa",
)
YC2_TEXT = "\n".join(YC2_LINES) + "\n"


def yc2_txt(path: Path) -> None:
    """A district health centre's epidemic plan (plain text): department labels, the last over one
    dated task, then a funding sentence and the planning division's report with its own day."""
    path.write_text(YC2_TEXT, encoding="utf-8")


YC3_ROWS = (
    ("I", "CÔNG TÁC CHUYỂN GIAO KỸ THUẬT", "", "", "", ""),
    (
        1,
        "Xây dựng mô hình trồng lúa hữu cơ tại 03 xã vùng trũng",
        "Phòng Kỹ thuật (P.KT)",
        "Trạm Khuyến nông các huyện",
        "Tháng 4/2028",
        "",
    ),
    (2, "Tập huấn kỹ thuật chăm sóc cây ăn quả cho nông dân", "P.KT", "Hội Nông dân tỉnh", "Quý II/2028", ""),
    (
        3,
        "Nghiệm thu, tổng kết các mô hình trình diễn năm 2027",
        "",
        "P.KT",
        "Trước 31/3/2028",
        "P.TH chủ trì",
    ),
    ("II", "CÔNG TÁC THÔNG TIN, TỔNG HỢP", "", "", "", ""),
    (4, "Xuất bản bản tin khuyến nông hằng quý", "Phòng Thông tin - Tổng hợp (P.TH)", "P.KT", "Hằng quý", ""),
    (5, "Xây dựng kế hoạch khuyến nông năm 2029", "P.TH", "Các phòng", "30/11/2028", ""),
)


def yc3_xlsx(path: Path) -> None:
    """A provincial agricultural extension centre's work programme sheet (.xlsx): the two divisions
    named once in full with their short forms, then by these; one row's lead cell empty, its lead
    only in the note (`P.TH chủ trì`)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Chương trình 2028"
    sheet.append(["TRUNG TÂM KHUYẾN NÔNG TỈNH ĐÔNG GIANG"])
    sheet.append(["CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028"])
    sheet.append([])
    sheet.append(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"])
    for row in YC3_ROWS:
        sheet.append([value if value != "" else None for value in row])
        if row[0] in ("I", "II"):
            line = sheet.max_row
            sheet.merge_cells(start_row=line, start_column=2, end_row=line, end_column=6)
    sheet.append([])
    line = sheet.max_row + 1
    sheet.cell(line, 5, "GIÁM ĐỐC")
    sheet.cell(line + 2, 5, "Đinh Công Lực")
    workbook.save(path)


def siblings_yc() -> None:
    yc1_docx(DOCS / "yc1_kh_so_vhttdl_ngay_hoi_van_hoa.docx")
    yc2_txt(DOCS / "yc2_kh_ttyt_huyen_phong_dich_xuan.txt")
    yc3_xlsx(DOCS / "yc3_ctr_trung_tam_khuyen_nong.xlsx")
