"""The main corpus's siblings of the held-out documents h199 and h192 (moved to the main corpus when
the importer was taught their shapes, helper h13fixJU): inspection and supervision programmes whose
numbered programmes carry labelled fields naming those inspected (`Đối tượng kiểm tra`, `Đơn vị được
thanh tra`: no lead), the time and the body that inspects (`Chủ thể kiểm tra`, `Lực lượng thực
hiện`), and an e-office export whose kind-of-task column gives the round where no deadline is
printed. Other bodies, places, dates and tasks. Their expected items (expected/ju1_…–ju3_…) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-ju`
writes ju1 (.docx); ju2 (.txt) and ju3 (.csv) are written by hand.
"""

# ruff: noqa: E501 — document text is data: long lines.
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def ju1_docx(h, path: Path) -> None:
    """A ward Party committee's inspection and supervision programme: `A.`/`B.`/`C.` heads naming who
    acts over numbered programmes, each followed by its own `+ <label>: …` paragraphs (`Đối tượng
    kiểm tra`, `Thời điểm kiểm tra`, `Chủ thể kiểm tra` with the advising committee in parentheses,
    `Trưởng đoàn`), a `Lực lượng` body, a time only `khi có dấu hiệu vi phạm` and a standing one."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["ĐẢNG BỘ THÀNH PHỐ ĐÔNG TRIỀU", "ĐẢNG ỦY PHƯỜNG HỒNG PHONG", "*", "Số: 12-CTr/ĐU"],
        "Hồng Phong, ngày 15 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH",
            "Kiểm tra, giám sát của Đảng ủy phường năm 2028",
            "Thực hiện Quy định của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng, Đảng ủy phường ban hành Chương trình kiểm tra, giám sát năm 2028 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Kịp thời phát hiện, uốn nắn những thiếu sót, khuyết điểm; phòng ngừa vi phạm của tổ chức đảng và đảng viên.",
            "II. NỘI DUNG KIỂM TRA, GIÁM SÁT",
            "A. BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG",
            "1. Kiểm tra việc thực hiện Nghị quyết của Đảng ủy về chỉnh trang đô thị năm 2028",
            "+ Đối tượng kiểm tra: Chi bộ khu phố Vĩnh Thông, Chi bộ khu phố Yên Lâm.",
            "+ Thời điểm kiểm tra: Tháng 5/2028.",
            "+ Chủ thể kiểm tra: Ban Thường vụ Đảng ủy phường (Ủy ban Kiểm tra Đảng ủy tham mưu).",
            "+ Trưởng đoàn: đồng chí Phó Bí thư Thường trực Đảng ủy.",
            "2. Giám sát thường xuyên việc tu dưỡng, rèn luyện đạo đức của cán bộ diện Ban Thường vụ quản lý",
            "+ Đối tượng giám sát: Cán bộ diện Ban Thường vụ Đảng ủy quản lý.",
            "+ Thời gian: Thường xuyên.",
            "+ Chủ thể giám sát: Ban Thường vụ Đảng ủy phường.",
            "B. ỦY BAN KIỂM TRA ĐẢNG ỦY PHƯỜNG",
            "3. Kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí năm 2027",
            "+ Đối tượng kiểm tra: Chi bộ Trường Mầm non Hồng Phong, Chi bộ Công an phường.",
            "+ Thời điểm kiểm tra: Quý III/2028.",
            "+ Lực lượng: Ủy ban Kiểm tra Đảng ủy phường.",
            "4. Kiểm tra đảng viên khi có dấu hiệu vi phạm",
            "+ Thời gian: Khi có dấu hiệu vi phạm.",
            "+ Lực lượng kiểm tra: Ủy ban Kiểm tra Đảng ủy phường.",
            "C. CÁC CHI BỘ TRỰC THUỘC",
            "5. Mỗi chi bộ kiểm tra ít nhất 02 đảng viên trong năm; gửi báo cáo kết quả về Ủy ban Kiểm tra Đảng ủy phường trước ngày 10/12/2028.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Ủy ban Kiểm tra Đảng ủy phường giúp Ban Thường vụ theo dõi, tổng hợp, báo cáo sơ kết việc thực hiện Chương trình trước ngày 25/6/2028.",
            "2. Các đồng chí Đảng ủy viên phụ trách chi bộ chỉ đạo chi bộ mình thực hiện nghiêm Chương trình này.",
            "Nơi nhận:\n- Ủy ban Kiểm tra Thành ủy;\n- Các chi bộ trực thuộc;\n- Lưu Văn phòng Đảng ủy.",
            "T/M ĐẢNG ỦY\nPHÓ BÍ THƯ\n(đã ký)\nPhạm Thị Thu Hằng",
        ],
    )
    document.save(path)


def siblings_ju() -> None:
    h = heldout_writers()
    ju1_docx(h, DOCS / "ju1_ctr_kiem_tra_giam_sat_dang_uy_phuong.docx")
