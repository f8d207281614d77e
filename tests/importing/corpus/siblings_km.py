"""The main corpus's siblings of the held-out documents h250, h261 and h251 (moved to the main corpus
when the importer was taught their shapes, helper h13fixKM): a task table whose lead cells print
units short (`P. QLVH`, `TTr`, `CA xã`) and a legend under the table that spells them out, set over
several lines (km1, km2); a hand-made CSV with commas inside typographic quotes (km3, by hand); a
plan whose unnumbered `TỔ CHỨC THỰC HIỆN` gives every kind of lead unit a duty timed by each task
(km4). Their expected items (expected/km*_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-km` writes km1 (an image-only scan, portrait, about
250 dpi, through LibreOffice and pypdfium2), km2 (.docx, the legend typed as three paragraphs) and
km4 (.docx).
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


def km1_docx(h, path: Path) -> None:
    """A Department of Culture, Sports and Tourism's plan for the last six months (to be scanned):
    `STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn | Ghi chú`, leads abbreviated (`P.
    QLVH`, `P. KH-TC`, `TTr`, `BQL Di tích`, `VP`), the legend `Chữ viết tắt:` under the table,
    times without a year (`Quý III` twice, `Quý IV`, `Tháng 10 - 11`, `Trước 15/8`)."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH HÀ LONG GIANG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 141/KH-SVHTTDL"],
        "Hà Long Giang, ngày 02 tháng 7 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Công tác 6 tháng cuối năm 2027",
            "Căn cứ kết quả 6 tháng đầu năm, Sở Văn hóa, Thể thao và Du lịch xây dựng kế hoạch công tác 6 tháng cuối năm 2027 như sau:",
        ],
    )
    widths = [0.4, 2.6, 1.1, 1.1, 0.9, 1.0]
    table = h.grid_table(
        document,
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"],
        widths,
    )
    for row in [
        [
            "1",
            "Tham mưu tổ chức Liên hoan nghệ thuật quần chúng các dân tộc thiểu số của tỉnh",
            "P. QLVH",
            "VP",
            "Quý III",
            "Tại thị xã Mường Khoa",
        ],
        [
            "2",
            "Lập dự toán ngân sách năm 2028 của Sở và các đơn vị sự nghiệp trực thuộc",
            "P. KH-TC",
            "Các đơn vị",
            "Trước 15/8",
            "",
        ],
        [
            "3",
            "Thanh tra việc chấp hành quy định về kinh doanh karaoke, vũ trường",
            "TTr",
            "Công an tỉnh",
            "Quý III",
            "Theo kế hoạch thanh tra năm",
        ],
        [
            "4",
            "Lập hồ sơ đề nghị xếp hạng di tích quốc gia đình Phú Xuân",
            "BQL Di tích",
            "P. QLVH",
            "Quý IV",
            "",
        ],
        [
            "5",
            "Tổ chức Giải vô địch bóng chuyền hơi các câu lạc bộ người cao tuổi",
            "P. QLTDTT",
            "Hội Người cao tuổi tỉnh",
            "Tháng 10 - 11",
            "Kinh phí xã hội hóa",
        ],
        [
            "6",
            "Cập nhật dữ liệu lên Hệ thống quản lý văn bản và điều hành",
            "VP",
            "",
            "Thường xuyên",
            "",
        ],
    ]:
        h.fill_row(table, row)
    h.set_widths(table, widths)
    h.docx_paragraphs(
        document,
        [
            "Chữ viết tắt: P. QLVH: Phòng Quản lý văn hóa; P. KH-TC: Phòng Kế hoạch - Tài chính; P. QLTDTT: Phòng Quản lý thể dục thể thao; BQL Di tích: Ban Quản lý Di tích tỉnh; TTr: Thanh tra Sở; VP: Văn phòng Sở.",
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, KH-TC.",
            "GIÁM ĐỐC",
            "(đã ký)",
            "Lò Văn Thiện",
        ],
    )
    document.save(path)


def km2_docx(h, path: Path) -> None:
    """A commune's plan for a month (.docx, text): leads abbreviated (`P. KT`, `P. VH-XH`, `CA xã`,
    `BCHQS xã`, `Trung tâm PVHCC`) and the legend typed as three paragraphs, one cut after its
    colon and one inside a name after a hyphen (`P. VH-XH: Phòng Văn hóa -` / `Xã hội; …`)."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHONG", "Số: 58/KH-UBND"],
        "Tân Phong, ngày 27 tháng 8 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Thực hiện nhiệm vụ trọng tâm tháng 9 năm 2027",
            "UBND xã ban hành kế hoạch thực hiện các nhiệm vụ trọng tâm tháng 9/2027 như sau:",
        ],
    )
    widths = [0.4, 3.0, 1.2, 1.2, 1.2]
    table = h.grid_table(
        document, ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"], widths
    )
    for row in [
        ["1", "Thống kê thiệt hại cây trồng do mưa lớn cuối tháng 8", "P. KT", "Các thôn", "05/9/2027"],
        [
            "2",
            "Tổ chức Lễ khai giảng năm học mới tại các trường trên địa bàn",
            "P. VH-XH",
            "Các trường học",
            "05/9/2027",
        ],
        [
            "3",
            "Tuần tra bảo đảm an ninh trật tự dịp Tết Trung thu",
            "CA xã",
            "BCHQS xã",
            "Trước 15/9/2027",
        ],
        [
            "4",
            "Tập huấn cho lực lượng dân quân về phòng chống thiên tai",
            "BCHQS xã",
            "P. KT",
            "Tháng 9/2027",
        ],
        [
            "5",
            "Rút ngắn thời gian giải quyết hồ sơ đất đai tiếp nhận tại bộ phận một cửa",
            "Trung tâm PVHCC",
            "P. KT",
            "30/9/2027",
        ],
    ]:
        h.fill_row(table, row)
    h.set_widths(table, widths)
    h.docx_paragraphs(
        document,
        [
            "* Viết tắt: P. KT: Phòng Kinh tế; P. VH-XH: Phòng Văn hóa -",
            "Xã hội; CA xã: Công an xã; BCHQS xã:",
            "Ban Chỉ huy quân sự xã; Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã.",
            "Nơi nhận:",
            "- Đảng ủy xã (b/c);",
            "- Các cơ quan, đơn vị;",
            "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Hoàng Văn Lương",
        ],
    )
    document.save(path)


def km4_docx(h, path: Path) -> None:
    """A Department of Health's supervision plan (.docx, sibling of h251): `TT | Nội dung giám sát |
    Đơn vị được giám sát | Đơn vị thực hiện | Thời gian`, the supervised body no lead; then an
    unnumbered `TỔ CHỨC THỰC HIỆN` over numbered duties, the first addressing every kind of lead
    unit (`Các Chi cục, Trung tâm được giao chủ trì …`) with times each supervision sets."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH ĐÔNG NGUYÊN", "SỞ Y TẾ", "Số: 37/KH-SYT"],
        "Đông Nguyên, ngày 15 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Giám sát chuyên đề năm 2027",
            "Để nâng cao chất lượng quản lý nhà nước về y tế trên địa bàn, Sở Y tế ban hành Kế hoạch giám sát chuyên đề năm 2027 như sau:",
        ],
    )
    widths = [0.4, 2.6, 1.5, 1.5, 1.0]
    table = h.grid_table(
        document, ["TT", "Nội dung giám sát", "Đơn vị được giám sát", "Đơn vị thực hiện", "Thời gian"], widths
    )
    for row in [
        [
            "1",
            "Giám sát việc thực hiện quy định về an toàn thực phẩm tại bếp ăn tập thể",
            "Các doanh nghiệp tại Khu công nghiệp Nam Cầu",
            "Chi cục An toàn vệ sinh thực phẩm",
            "Tháng 4/2027",
        ],
        [
            "2",
            "Giám sát công tác tiêm chủng mở rộng và bảo quản vắc xin",
            "Trạm Y tế các xã Pà Cò, Hang Kia, Tân Sơn",
            "Trung tâm Kiểm soát bệnh tật",
            "Quý II/2027",
        ],
        [
            "3",
            "Giám sát việc cung ứng dịch vụ kế hoạch hóa gia đình tại tuyến xã",
            "Trạm Y tế 06 xã biên giới",
            "Chi cục Dân số",
            "Tháng 8/2027",
        ],
        [
            "4",
            "Giám sát hoạt động hành nghề y, dược ngoài công lập",
            "Các phòng khám, nhà thuốc tư nhân",
            "Thanh tra Sở",
            "Quý III/2027",
        ],
        [
            "5",
            "Giám sát việc thu gom, xử lý chất thải y tế nguy hại",
            "Bệnh viện Đa khoa khu vực Bắc Nguyên",
            "Phòng Nghiệp vụ Y",
            "Tháng 10/2027",
        ],
    ]:
        h.fill_row(table, row)
    h.set_widths(table, widths)
    h.docx_paragraphs(
        document,
        [
            "TỔ CHỨC THỰC HIỆN",
            "1. Các Chi cục, Trung tâm được giao chủ trì xây dựng kế hoạch chi tiết từng cuộc giám sát, gửi đơn vị được giám sát trước ngày giám sát ít nhất 07 ngày làm việc; báo cáo kết quả về Sở Y tế trong thời hạn 10 ngày làm việc kể từ ngày kết thúc giám sát.",
            "2. Phòng Nghiệp vụ Y tổng hợp kết quả giám sát năm 2027, báo cáo Giám đốc Sở trước ngày 20/12/2027.",
            "3. Kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2027 của Sở Y tế.",
            "Nơi nhận:",
            "- Các đơn vị thuộc Sở;",
            "- Lưu: VT, NVY.",
            "GIÁM ĐỐC",
            "(đã ký)",
            "Mai Thị Hồng Loan",
        ],
    )
    document.save(path)


def siblings_km() -> None:
    h = heldout_writers()
    km2_docx(h, DOCS / "km2_kh_thang_xa_don_vi_viet_tat_chu_giai_xuong_dong.docx")
    km4_docx(h, DOCS / "km4_kh_giam_sat_so_y_te_to_chuc_thuc_hien_khong_so.docx")
    if not shutil.which("soffice"):
        print("soffice not found: km1 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        name = "km1_kh_6_thang_so_vhttdl_viet_tat_ban_quet"
        km1_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        h.rasterise(tmp / f"{name}.pdf", DOCS / f"{name}.pdf", scale=250 / 72)
