"""The main corpus's siblings of the held-out documents h169 and h174 (moved to the main corpus when the
importer was taught their shapes, helper h13fixJQ; h172's and h182's siblings jq2 and jq4 are text
written by hand): the same shape with other bodies, units, tasks, dates and surface details. Their
expected items (expected/jq1_…, jq3_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-jq` writes jq1 (.doc, through LibreOffice) and jq3 (.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jq1_docx(h, path: Path) -> None:
    """A management board's decision (saved as legacy .doc) whose `Điều 2` is the task table, its
    supervising leaders printed as initials and its lead units as abbreviations (one in mixed case,
    `TTr`; one `QLLĐ (VP phối hợp)`) explained only in lines after the signature."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND TỈNH HÀ PHONG", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "Số: 07/QĐ-BQL"],
        "Hà Phong, ngày 09 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Về việc giao nhiệm vụ trọng tâm năm 2028 cho các phòng, đơn vị thuộc Ban",
            "TRƯỞNG BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HÀ PHONG",
            "Căn cứ Quyết định số 21/2024/QĐ-UBND ngày 14/6/2024 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp;",
            "Xét đề nghị của Chánh Văn phòng Ban.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Giao nhiệm vụ trọng tâm năm 2028 cho các phòng, đơn vị thuộc Ban Quản lý các khu công nghiệp tỉnh.",
            "Điều 2. Nội dung nhiệm vụ, lãnh đạo Ban phụ trách, bộ phận chủ trì và thời gian hoàn thành:",
        ],
    )
    table = h.table_with_header(
        document,
        ["STT", "Nội dung nhiệm vụ", "Lãnh đạo Ban phụ trách", "Bộ phận chủ trì", "Thời gian hoàn thành"],
    )
    for values in [
        (
            "1",
            "Rà soát, trình điều chỉnh quy hoạch chi tiết Khu công nghiệp Nam Hà Phong giai đoạn 2",
            "TB",
            "QHXD",
            "Quý III/2028",
        ),
        (
            "2",
            "Hướng dẫn doanh nghiệp thứ cấp thực hiện thủ tục đầu tư theo cơ chế một cửa liên thông",
            "PTB K.",
            "QLĐT",
            "Thường xuyên",
        ),
        (
            "3",
            "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường của các doanh nghiệp trong khu công nghiệp",
            "PTB M.",
            "TTr",
            "Tháng 10/2028",
        ),
        (
            "4",
            "Tổ chức đối thoại với người lao động và doanh nghiệp về nhà ở công nhân",
            "PTB K.",
            "QLLĐ (VP phối hợp)",
            "30/6/2028",
        ),
        (
            "5",
            "Vận hành hệ thống quan trắc nước thải tự động, truyền số liệu về Sở Nông nghiệp và Môi trường",
            "PTB M.",
            "MT",
            "Hằng tháng",
        ),
        (
            "6",
            "Tổng kết, đánh giá kết quả thực hiện nhiệm vụ năm 2028 của Ban",
            "TB",
            "VP",
            "Trước 10/12/2028",
        ),
    ]:
        h.fill_row(table, values)
    h.docx_paragraphs(
        document,
        [
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 4. Chánh Văn phòng Ban, Trưởng các phòng, đơn vị thuộc Ban chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:",
            "- Như Điều 4;",
            "- UBND tỉnh (b/c);",
            "- Lưu: VT, VP.",
            "TRƯỞNG BAN",
            "(đã ký)",
            "Phùng Đức Lâm",
            "Chữ viết tắt:",
            "TB: Trưởng ban; PTB K.: Phó Trưởng ban Hà Văn Khải; PTB M.: Phó Trưởng ban Đinh Thị Mai.",
            "VP: Văn phòng Ban",
            "TTr: Thanh tra Ban",
            "QHXD: Phòng Quy hoạch và Xây dựng",
            "QLĐT: Phòng Quản lý đầu tư",
            "QLLĐ: Phòng Quản lý lao động",
            "MT: Phòng Quản lý môi trường",
        ],
    )
    document.save(path)


def jq3_docx(path: Path, h) -> None:
    """A vocational college's bilingual cooperation programme for a school year: Vietnamese and
    English cells side by side, deadlines in both languages on two lines or in English only."""
    from docx import Document

    document = Document()
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "TRƯỜNG CAO ĐẲNG KỸ THUẬT HÀ PHONG", "Số: 33/CTr-CĐKT"],
        "Hà Phong, ngày 20 tháng 8 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH HỢP TÁC DOANH NGHIỆP VÀ QUỐC TẾ NĂM HỌC 2027 - 2028",
            "INDUSTRY AND INTERNATIONAL COOPERATION PROGRAMME, SCHOOL YEAR 2027 - 2028",
            "I. MỤC TIÊU / OBJECTIVES",
            "Mở rộng liên kết đào tạo với doanh nghiệp FDI; tăng số sinh viên thực tập ở nước ngoài. / Expand training links with FDI companies; increase the number of students interning abroad.",
            "II. NHIỆM VỤ CỤ THỂ / SPECIFIC TASKS",
        ],
    )
    labels = ["TT / No.", "Nhiệm vụ", "Task", "Đơn vị chủ trì", "Lead unit", "Thời hạn / Deadline"]
    table = h.table_with_header(document, labels)
    rows = [
        ("A. HỢP TÁC DOANH NGHIỆP / INDUSTRY COOPERATION",),
        (
            "1",
            "Ký kết thỏa thuận đặt hàng đào tạo với các doanh nghiệp trong khu công nghiệp",
            "Sign training-order agreements with companies in the industrial park",
            "Phòng Quan hệ doanh nghiệp",
            "Industry Relations Office",
            "31 Dec 2027 / 31/12/2027",
        ),
        (
            "2",
            "Tổ chức Ngày hội việc làm cho sinh viên năm cuối",
            "Organise a job fair for final-year students",
            "Phòng Công tác học sinh, sinh viên",
            "Student Affairs Office",
            "20 November 2027",
        ),
        (
            "3",
            "Cử giảng viên thực tập tại doanh nghiệp để cập nhật công nghệ",
            "Send lecturers on company placements to update their skills",
            "Khoa Cơ khí",
            "Faculty of Mechanical Engineering",
            "Summer 2028 / Hè 2028",
        ),
        ("B. HỢP TÁC QUỐC TẾ / INTERNATIONAL COOPERATION",),
        (
            "4",
            "Tuyển chọn sinh viên thực tập có hưởng lương tại Nhật Bản đợt 1",
            "Select students for the first round of paid internships in Japan",
            "Phòng Hợp tác quốc tế",
            "International Office",
            "Mar 2028 / Tháng 3/2028",
        ),
        (
            "5",
            "Đón đoàn chuyên gia Hàn Quốc đánh giá chương trình đào tạo ngành điện tử",
            "Host Korean experts reviewing the electronics curriculum",
            "Khoa Điện - Điện tử",
            "Faculty of Electrical and Electronic Engineering",
            "TBD / Chưa xác định",
        ),
        (
            "6",
            "Cập nhật thông tin đối tác nước ngoài trên trang tin điện tử của Trường",
            "Update foreign partner information on the college website",
            "Phòng Hợp tác quốc tế",
            "International Office",
            "Monthly / Hằng tháng",
        ),
        (
            "7",
            "Tổng kết chương trình hợp tác năm học 2027 - 2028",
            "Review the 2027 - 2028 cooperation programme",
            "Phòng Hợp tác quốc tế",
            "International Office",
            "June 15, 2028",
        ),
    ]
    for values in rows:
        if len(values) == 1:
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            merged.text = values[0]
        else:
            h.fill_row(
                table,
                [value.replace(" / ", "\n") if index == 5 else value for index, value in enumerate(values)],
            )
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN / IMPLEMENTATION",
            "Phòng Hợp tác quốc tế theo dõi, đôn đốc; các đơn vị báo cáo vướng mắc về Ban Giám hiệu. / The International Office monitors progress; units report issues to the Board of Rectors.",
            "Nơi nhận:",
            "- Ban Giám hiệu;",
            "- Các phòng, khoa;",
            "- Lưu: VT, HTQT.",
            "HIỆU TRƯỞNG",
            "(đã ký)",
            "Tôn Thất Minh",
        ],
    )
    document.save(path)


def siblings_jq() -> None:
    h = heldout_writers()
    jq3_docx(DOCS / "jq3_ctr_hop_tac_cao_dang_cot_song_ngu.docx", h)
    if not shutil.which("soffice"):
        print("soffice not found: jq1 (.doc) was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "jq1_qd_ban_qlkcn_dieu2_viet_tat_chu_giai"
        jq1_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "doc", DOCS / f"{name}.doc")
