"""The main corpus's siblings of the held-out documents h235, h241 and h225 (helper h13fixKE):
ke1, a ward Youth Union's campaign plan (.docx) whose measures are each followed by a line of
abbreviated labels (`CT: …; PH: …; TG: …`, in varying order), the abbreviations defined once in
the plan's own text (`sau đây viết tắt: CT là chủ trì, …`), one time being the campaign itself
(`trong chiến dịch`, its span printed in part I). ke2 (a residential area's Party cell resolution,
tasks assigned to a comrade by name and post in a branch, `dịp 2/9` a purpose) and ke3 (a commune's
plan whose abbreviations stand in a `Ghi chú` legend, a task done `trước khi` an undated approval)
are text files written by hand. Their expected items (expected/ke1_…–ke3_…) were written by hand
before the first import. `python tests/importing/corpus/make_docs.py --siblings-ke` writes ke1.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

KE1_PARAGRAPHS = (
    "KẾ HOẠCH",
    "Triển khai Chiến dịch Thanh niên tình nguyện hè năm 2028",
    "Thực hiện Kế hoạch của Ban Thường vụ Quận đoàn về Chiến dịch Thanh niên tình nguyện hè năm 2028, Ban Chấp hành Đoàn phường Hòa An xây dựng Kế hoạch triển khai như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phát huy vai trò xung kích của đoàn viên, thanh niên trong xây dựng đô thị văn minh; tạo sân chơi bổ ích cho thiếu nhi trong dịp hè. Chiến dịch được tổ chức từ ngày 10/6/2028 đến ngày 20/8/2028.",
    "II. NỘI DUNG THỰC HIỆN",
    "Đơn vị và thời gian của từng nội dung ghi theo ký hiệu (sau đây viết tắt: CT là chủ trì, PH là phối hợp, TG là thời gian).",
    "1. Ra quân làm sạch kênh rạch, thu gom rác thải tại các khu phố ven sông Cái.",
    "CT: Chi đoàn Khu phố 3; PH: Ban điều hành Khu phố 3; TG: 18/6/2028.",
    "2. Tổ chức lớp kỹ năng bơi an toàn cho thiếu nhi tại hồ bơi Nhà văn hóa phường.",
    "TG: trong chiến dịch; CT: Hội đồng Đội phường; PH: Trung tâm Văn hóa - Thể thao phường.",
    "3. Hỗ trợ người dân đăng ký tài khoản định danh điện tử và cài đặt ứng dụng dịch vụ công trực tuyến.",
    "CT: Chi đoàn Khu phố 5; PH: Công an phường, Bộ phận Một cửa phường; TG: tháng 7/2028.",
    "4. Tổ chức “Ngày hội hiến máu tình nguyện” hè năm 2028.",
    "CT: Ban Thường vụ Đoàn phường; PH: Trạm Y tế phường, Hội Chữ thập đỏ phường; TG: 05/7 - 12/7/2028.",
    "5. Duy trì đội hình tình nguyện hướng dẫn giao thông giờ tan tầm tại các giao lộ.",
    "CT: Chi đoàn Khu phố 1; PH: Công an phường; TG: hằng tuần (thứ Bảy).",
    "6. Tổ chức trại hè “Em yêu khoa học” cho thiếu nhi trên địa bàn phường.",
    "CT: Hội đồng Đội phường; PH: Trường Tiểu học Hòa An; TG: trong chiến dịch.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Các chi đoàn khu phố căn cứ Kế hoạch chủ động triển khai, bảo đảm an toàn cho đoàn viên, thiếu nhi.",
    "2. Văn phòng Đoàn phường tổng hợp kết quả chiến dịch, báo cáo Ban Thường vụ Quận đoàn trước ngày 25/8/2028.",
    "Nơi nhận: Ban Thường vụ Quận đoàn; Đảng ủy phường; Các chi đoàn; Lưu VP.",
    "TM. BAN CHẤP HÀNH — BÍ THƯ",
    "Nguyễn Hoàng Phúc",
)


def ke1_docx(path: Path) -> None:
    """The ward Youth Union's campaign plan: a two-column heading table, then paragraphs."""
    from docx import Document

    document = Document()
    table = document.add_table(rows=3, cols=2)
    heading = (
        ("QUẬN ĐOÀN BÌNH THỦY", "ĐOÀN TNCS HỒ CHÍ MINH"),
        ("BCH ĐOÀN PHƯỜNG HÒA AN", ""),
        ("Số: 14-KH/ĐTN", "Hòa An, ngày 28 tháng 5 năm 2028"),
    )
    for row, (left, right) in zip(table.rows, heading, strict=True):
        row.cells[0].text, row.cells[1].text = left, right
    for text in KE1_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


def siblings_ke() -> None:
    DOCS.mkdir(exist_ok=True)
    ke1_docx(DOCS / "ke1_kh_doan_phuong_viet_tat_ct_ph_tg.docx")
