"""The main corpus's siblings of the held-out documents h287 and h294 (moved to the main corpus when
the importer was taught their shapes, helper h13fixLE): a chairman's notice of conclusions whose
dues count working days from the meeting the opening paragraph dates (as a PDF whose lines wrap),
one point assigning two bodies in clauses parted by `;`; and a body's programme of meetings whose
rows are due a count of days before the meeting their group row dates. le2 (text) is written by
hand. Their expected items (expected/le*_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-le` writes le1 (.pdf) and le3 (.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def le1_docx(h, path: Path) -> None:
    """A commune chairman's conclusions at a meeting on a school's construction, printed to a PDF:
    the opening paragraph dates the meeting (`Sáng thứ Ba, ngày 14/9/2027, …`) over wrapped lines,
    `trong 04 ngày làm việc kể từ ngày họp`, a day without a year, results that mention a handover
    (`đã bàn giao`), an approval mentioning land allocation (`giao đất`), a request refused, two
    bodies in one point with a shared time, a `Tổ công tác` as the lead."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(14)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ HƯNG ĐẠO", "Số: 97/TB-UBND"],
        "Hưng Đạo, ngày 15 tháng 9 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Chủ tịch UBND xã tại cuộc họp về tiến độ xây dựng Trường Mầm non Hưng Đạo (điểm trường thôn Đông)",
            "Sáng thứ Ba, ngày 14/9/2027, đồng chí Nguyễn Văn Thịnh, Chủ tịch UBND xã chủ trì cuộc họp về tiến độ xây dựng Trường Mầm non Hưng Đạo, điểm trường thôn Đông. Tham dự có Ban Quản lý dự án xã, đơn vị thi công, Hiệu trưởng Trường Mầm non Hưng Đạo và Trưởng thôn Đông. Sau khi nghe báo cáo, Chủ tịch UBND xã kết luận như sau:",
            "1. Đến nay nhà thầu đã hoàn thành phần móng và khung tầng 1, đạt 45% khối lượng; đã bàn giao 02 phòng học tạm cho nhà trường. Chủ tịch UBND xã ghi nhận sự cố gắng của đơn vị thi công.",
            "2. Giao Ban Quản lý dự án xã chủ trì, phối hợp với đơn vị tư vấn giám sát lập hồ sơ điều chỉnh thiết kế hạng mục sân chơi trong 04 ngày làm việc kể từ ngày họp.",
            "3. Giao Phòng Kinh tế thẩm định dự toán hạng mục tường rào, cổng trường, trình Chủ tịch UBND xã trước ngày 30/9.",
            "4. Thống nhất chủ trương mở rộng khuôn viên điểm trường về phía Bắc sau khi hoàn tất thủ tục giao đất.",
            "5. Giao Trường Mầm non Hưng Đạo sắp xếp lịch học tạm cho các lớp mẫu giáo; Trạm Y tế xã kiểm tra vệ sinh an toàn thực phẩm tại bếp ăn tạm; hoàn thành trong tháng 10/2027.",
            "6. Đối với đề nghị của đơn vị thi công về tạm ứng thêm 30% giá trị hợp đồng: không chấp thuận, thực hiện theo điều khoản thanh toán đã ký.",
            "7. Giao Tổ công tác giám sát công trình của xã đôn đốc nhà thầu hoàn thành phần thô chậm nhất ngày 20/11/2027.",
            "8. Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện các nội dung kết luận này.",
            "Văn phòng HĐND và UBND xã thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Nơi nhận: Thường trực Đảng ủy xã; Chủ tịch, các PCT UBND xã; Các đơn vị dự họp; Lưu: VT.",
            "TL. CHỦ TỊCH",
            "CHÁNH VĂN PHÒNG",
            "Đặng Thị Mai",
        ],
    )
    document.save(path)


def le3_docx(h, path: Path) -> None:
    """A ward People's Committee's programme of its regular meetings for 2029: group rows merged
    across the table date each meeting (`(dự kiến ngày 30/3/2029)`, one only by its month); the
    time to submit is a date, a month or `Trước phiên họp 10 ngày`; a last row of arising tasks."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG THẠCH BÀN", "Số: 08/CTr-UBND"],
        "Thạch Bàn, ngày 05 tháng 01 năm 2029",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH",
            "Các phiên họp thường kỳ của Ủy ban nhân dân phường năm 2029",
            "Căn cứ Quy chế làm việc của UBND phường, UBND phường ban hành Chương trình các phiên họp thường kỳ năm 2029 như sau:",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Nội dung", "Đơn vị chủ trì chuẩn bị", "Đơn vị phối hợp", "Thời hạn trình", "Ghi chú"],
        [0.5, 3.4, 1.7, 1.8, 1.4, 1.2],
    )

    def rows(values: list[list[str]]) -> None:
        for cells in values:
            row = table.add_row()
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text

    h.full_width_row(table, "I. PHIÊN HỌP THƯỜNG KỲ QUÝ I (dự kiến ngày 30/3/2029)")
    rows(
        [
            [
                "1",
                "Báo cáo kết quả cải cách hành chính quý I năm 2029",
                "Văn phòng HĐND và UBND phường",
                "Các phòng chuyên môn",
                "Trước 15/3",
                "",
            ],
            [
                "2",
                "Kế hoạch chỉnh trang đô thị các tuyến phố năm 2029",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Các tổ dân phố",
                "Trước phiên họp 10 ngày",
                "",
            ],
        ]
    )
    h.full_width_row(table, "II. PHIÊN HỌP THƯỜNG KỲ QUÝ II (dự kiến ngày 29/6/2029)")
    rows(
        [
            [
                "3",
                "Đề án xây dựng tổ dân phố văn minh, an toàn",
                "Phòng Văn hóa - Xã hội",
                "Công an phường",
                "Trước phiên họp 05 ngày",
                "Xin ý kiến Đảng ủy",
            ],
        ]
    )
    h.full_width_row(table, "III. PHIÊN HỌP THƯỜNG KỲ QUÝ III (dự kiến tháng 9/2029)")
    rows(
        [
            [
                "4",
                "Báo cáo công tác phòng cháy, chữa cháy tại các khu nhà trọ",
                "Công an phường",
                "Văn phòng HĐND và UBND phường",
                "Trước phiên họp 10 ngày",
                "",
            ],
            [
                "5",
                "Quy chế quản lý chợ dân sinh Thạch Bàn",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Ban quản lý chợ",
                "Tháng 7/2029",
                "",
            ],
        ]
    )
    h.full_width_row(table, "IV. PHIÊN HỌP THƯỜNG KỲ QUÝ IV (dự kiến ngày 14/12/2029)")
    rows(
        [
            [
                "6",
                "Dự toán ngân sách phường năm 2030",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Kho bạc Nhà nước khu vực I",
                "Trước phiên họp 10 ngày",
                "Trình HĐND phường",
            ],
            ["", "Các nhiệm vụ phát sinh khác", "Các phòng, đơn vị", "", "Khi có yêu cầu", ""],
        ]
    )
    h.docx_paragraphs(
        document,
        [
            "Văn phòng HĐND và UBND phường thông báo lịch họp cụ thể trước 03 ngày làm việc.",
            "Nơi nhận: TT Đảng ủy phường; Chủ tịch, các PCT UBND phường; các phòng, đơn vị; Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH",
            "Trịnh Quang Hưng",
        ],
    )
    document.save(path)


def siblings_le() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: le1 was not regenerated", file=sys.stderr)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            name = "le1_tbkl_chu_tich_xa_ngay_lam_viec_tu_ngay_hop"
            le1_docx(h, Path(tmp) / f"{name}.docx")
            h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
    le3_docx(h, DOCS / "le3_ctr_phien_hop_thuong_ky_phuong_truoc_phien_hop.docx")
