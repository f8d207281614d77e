"""The main corpus's siblings of h842 (a State Treasury control division's notice of conclusions),
moved to the main corpus by h13fixZN and taught its topic headings by h13fixZY on 2026-12-06.

Their shape: a notice of conclusions whose points sit under topic headings numbered `1.`, `2.`, …
(`1. Về công tác thu ngân sách quý IV năm 2027`: `Về` and its subject) and are numbered again from
`1.` under each (headings, no items); an undated standing duty of every officer of one kind (`Các
kiểm tra viên/chuyên viên chịu trách nhiệm về … theo quy định, không để hồ sơ quá hạn/tồn đọng`: a
general charge, no item); a unit named by its investment work before the verb `xây dựng` and the
thing drafted (`Bộ phận Quản lý vốn đầu tư xây dựng kế hoạch vốn …`: the unit is `Bộ phận Quản lý
vốn đầu tư`).

`zy1` (.docx): a tax sub-department's notice, bold topic headings, a closing monthly report.
`zy2` (.docx): a district finance and planning office's notice, three plain topic headings.

Their expected items (expected/zy1_…, zy2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zy` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def zy1_docx(path: Path) -> None:
    """A tax sub-department's notice of its head's conclusions, bold `Về …` topic headings (.docx)."""
    doc = document()
    head_block(
        doc,
        "CỤC THUẾ TỈNH NGHI XUÂN\nCHI CỤC THUẾ KHU VỰC SÔNG CẢ\n───────\nSố: 412/TB-CCT",
        right2="Sông Cả, ngày 09 tháng 11 năm 2027",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Chi cục trưởng tại cuộc họp giao ban tháng 11 năm 2027", bold=True, center=True)
    para(
        doc,
        "Sáng ngày 08/11/2027, đồng chí Trần Quốc Bảo, Chi cục trưởng chủ trì cuộc họp giao ban. Trên cơ sở ý kiến của các đội, Chi cục trưởng kết luận như sau:",
    )
    para(doc, "1. Về công tác thu ngân sách quý IV năm 2027", bold=True)
    para(
        doc,
        "1. Đội Nghiệp vụ - Dự toán rà soát các nguồn thu còn dư địa, báo cáo Chi cục trưởng trước ngày 15/11/2027.",
    )
    para(
        doc,
        "2. Đội Kiểm tra thuế số 1 kiểm tra hồ sơ hoàn thuế giá trị gia tăng của 12 doanh nghiệp, hoàn thành trước ngày 30/11/2027.",
    )
    para(
        doc,
        "3. Các kiểm tra viên chịu trách nhiệm về thời hạn xử lý hồ sơ hoàn thuế theo quy định, không để hồ sơ quá hạn.",
    )
    para(doc, "2. Về chuẩn bị nhiệm vụ thu năm 2028", bold=True)
    para(
        doc,
        "1. Đội Hành chính - Tài vụ chuẩn bị kinh phí tổ chức hội nghị đối thoại với doanh nghiệp, trình Chi cục trưởng trước ngày 10/12/2027.",
    )
    para(
        doc,
        "2. Đội Kiểm tra thuế số 2 cập nhật tình hình kê khai thuế của hộ kinh doanh, báo cáo Chi cục trưởng vào thứ Hai hằng tuần.",
    )
    para(doc, "Các đội báo cáo kết quả thực hiện về Đội Nghiệp vụ - Dự toán trước ngày 25 hằng tháng.")
    sign_table(
        doc,
        "Nơi nhận:\n- Cục Thuế tỉnh (b/c);\n- Các đội thuộc Chi cục;\n- Lưu: VT.",
        "CHI CỤC TRƯỞNG\n\n\n\nTrần Quốc Bảo",
    )
    doc.save(path)


def zy2_docx(path: Path) -> None:
    """A district finance and planning office's notice, three plain `Về …` topic headings (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN YÊN KHÊ\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\n───────\nSố: 96/TB-TCKH",
        right2="Yên Khê, ngày 20 tháng 12 năm 2027",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Trưởng phòng tại cuộc họp triển khai nhiệm vụ cuối năm", bold=True, center=True)
    para(
        doc,
        "Ngày 18/12/2027, bà Hoàng Thị Mai, Trưởng phòng Tài chính - Kế hoạch chủ trì cuộc họp toàn phòng. Trưởng phòng kết luận như sau:",
    )
    para(doc, "1. Về quyết toán ngân sách năm 2027")
    para(
        doc,
        "1. Tổ Ngân sách xã thẩm định báo cáo quyết toán ngân sách các xã, hoàn thành trước ngày 31/3/2028.",
    )
    para(
        doc,
        "2. Các chuyên viên chịu trách nhiệm về tiến độ thẩm định hồ sơ quyết toán theo quy định, không để hồ sơ tồn đọng.",
    )
    para(doc, "3. Tổ Kế toán cập nhật tiến độ quyết toán, báo cáo Trưởng phòng vào thứ Sáu hằng tuần.")
    para(doc, "2. Về kế hoạch vốn đầu tư công năm 2028")
    para(
        doc,
        "1. Bộ phận Quản lý vốn đầu tư xây dựng kế hoạch vốn đầu tư công năm 2028 của huyện, trình UBND huyện trước ngày 15/01/2028.",
    )
    para(
        doc,
        "2. Tổ Thẩm định giá phối hợp Phòng Kinh tế và Hạ tầng rà soát đơn giá các công trình chuyển tiếp trong tháng 01/2028.",
    )
    para(doc, "3. Về công tác quản lý tài sản công")
    para(
        doc,
        "1. Tổ Tài sản công hướng dẫn các cơ quan, đơn vị kê khai tài sản công trên phần mềm trước ngày 20/01/2028.",
    )
    para(
        doc,
        "2. Đề nghị Kho bạc Nhà nước khu vực Yên Khê phối hợp đối chiếu số liệu tài sản của các đơn vị dự toán trước ngày 25/01/2028.",
    )
    para(doc, "Phòng Tài chính - Kế hoạch thông báo để các bộ phận biết, thực hiện./.")
    sign_table(
        doc, "Nơi nhận:\n- UBND huyện (b/c);\n- Các bộ phận;\n- Lưu: VT.", "TRƯỞNG PHÒNG\n\n\n\nHoàng Thị Mai"
    )
    doc.save(path)


def siblings_zy() -> None:
    zy1_docx(DOCS / "zy1_tb_chi_cuc_thue_ve_chu_de_danh_so_lai.docx")
    zy2_docx(DOCS / "zy2_tb_phong_tckh_huyen_ba_chu_de_ve.docx")
