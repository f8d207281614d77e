"""The main corpus's siblings of the held-out documents h388 and h389 (moved to the main corpus when the
importer was taught their shapes, helper h13fixQQ): notices of a meeting's conclusions. h388's (qq1,
.docx): the chair's assessment opening with the day its figures run to (`1. Tính đến hết tháng 5/2027,
… mới đạt 62% …`: no item), lettered tasks in the mixed forms (`Giao <unit> …`, a run-in label longer
than its task's first words, `Thời gian: thường xuyên`, a unit as the sentence's subject) and a request
to a body outside the issuer whose only time is how promptly it answers each case (`xử lý kịp thời khi
phát hiện …`: none). h389's (qq2, a PDF printed from Word): bold unit headings over dash tasks, an
anniversary's span of years in parentheses beside the task's own deadline (`(19/8/1945 - 19/8/2027);
hoàn thành trước ngày 12/8/2027`), and a time set by another body's summons (`thực hiện theo giấy mời
của Thường trực HĐND xã`: review). qq3 is plain text, by hand. Their expected items (expected/qq*_…)
were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qq` writes qq1 (.docx) and qq2 (.pdf).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def qq1_docx(path: Path) -> None:
    """An economic zone board's notice of its head's conclusions on site clearance (.docx): point 1 the
    assessment as at the end of a month, point 2 lettered tasks a)–e), point 3 a request to the police."""
    from docx import Document

    document = Document()
    for line in (
        "UBND TỈNH BÌNH ĐỊNH",
        "BAN QUẢN LÝ KHU KINH TẾ",
        "Số: 145/TB-BQL",
        "Bình Định, ngày 08 tháng 6 năm 2027",
        "THÔNG BÁO",
        "Kết luận của Trưởng ban Nguyễn Văn Tài tại cuộc họp về công tác bồi thường, giải phóng mặt bằng các "
        "dự án trong Khu kinh tế",
        "Ngày 05/6/2027, Trưởng ban Ban Quản lý Khu kinh tế chủ trì cuộc họp với các phòng chuyên môn, Trung "
        "tâm Phát triển quỹ đất và Dịch vụ hạ tầng Khu kinh tế Nhơn Hội mở rộng, UBND xã Cát Tiến và Công an "
        "xã Cát Tiến. Sau khi nghe báo cáo, Trưởng ban kết luận như sau:",
        "1. Tính đến hết tháng 5/2027, công tác kiểm đếm mới đạt 62% diện tích cần thu hồi; một số hộ dân "
        "chưa đồng thuận với phương án bồi thường.",
        "2. Nhiệm vụ trong thời gian tới:",
        "a) Giao Phòng Quản lý đầu tư chủ trì, phối hợp với các đơn vị liên quan rà soát nguồn vốn bồi "
        "thường của từng dự án; hoàn thành trước ngày 20/6/2027.",
        "b) Trung tâm Phát triển quỹ đất và Dịch vụ hạ tầng Khu kinh tế Nhơn Hội mở rộng: Hoàn chỉnh phương "
        "án bồi thường, hỗ trợ tái định cư các hộ còn lại, trình phê duyệt trước ngày 30/6/2027.",
        "c) Phòng Quản lý Tài nguyên và Môi trường: Hướng dẫn các nhà đầu tư thực hiện thủ tục giao đất, "
        "cho thuê đất theo quy định. Thời gian: thường xuyên.",
        "d) UBND xã Cát Tiến hoàn thành việc di dời các ngôi mộ trong phạm vi dự án trước ngày 15/7/2027.",
        "đ) Giao Văn phòng Ban Quản lý Khu kinh tế theo dõi, đôn đốc, tổng hợp báo cáo Trưởng ban kết quả "
        "thực hiện hằng tháng.",
        "3. Đề nghị Công an xã Cát Tiến phối hợp bảo đảm an ninh trật tự tại khu vực dự án, xử lý kịp thời "
        "khi phát hiện hành vi cản trở thi công.",
        "Văn phòng Ban thông báo để các đơn vị liên quan biết, thực hiện./.",
        "Nơi nhận:",
        "- Trưởng ban, các Phó Trưởng ban;",
        "- Các phòng, đơn vị thuộc Ban;",
        "- UBND xã Cát Tiến;",
        "- Lưu: VT, VP.",
        "CHÁNH VĂN PHÒNG",
        "Trần Thị Mỹ Linh",
    ):
        document.add_paragraph(line)
    document.save(path)


def qq2_docx(path: Path) -> None:
    """A commune's notice of its chairman's conclusions at the July briefing (.docx, printed to PDF):
    bold unit headings over dash tasks; a unit label and its task on one line for the last point."""
    from docx import Document

    document = Document()

    def line(text: str, bold: bool = False) -> None:
        document.add_paragraph().add_run(text).bold = bold

    for text in (
        "ỦY BAN NHÂN DÂN XÃ HÒA PHƯỚC",
        "Số: 57/TB-UBND",
        "Hòa Phước, ngày 30 tháng 7 năm 2027",
    ):
        line(text)
    line("THÔNG BÁO", bold=True)
    line("Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 7 năm 2027", bold=True)
    line(
        "Ngày 28/7/2027, Chủ tịch UBND xã Phạm Đức Hậu chủ trì cuộc họp giao ban. Sau khi nghe các bộ phận "
        "báo cáo, Chủ tịch UBND xã kết luận như sau:"
    )
    line("I. KẾT QUẢ THÁNG 7", bold=True)
    line(
        "Trong tháng 7, các bộ phận đã hoàn thành phần lớn nhiệm vụ được giao; công tác tiếp nhận hồ sơ "
        "trực tuyến được duy trì."
    )
    line("II. NHIỆM VỤ THÁNG 8/2027", bold=True)
    line("1. Phòng Văn hóa - Xã hội:", bold=True)
    line(
        "- Tham mưu tổ chức các hoạt động kỷ niệm 82 năm Cách mạng Tháng Tám thành công (19/8/1945 - "
        "19/8/2027); hoàn thành trước ngày 12/8/2027."
    )
    line(
        "- Lập danh sách học sinh có hoàn cảnh khó khăn được tặng quà đầu năm học; báo cáo trước ngày 25/8/2027."
    )
    line("2. Văn phòng HĐND và UBND xã:", bold=True)
    line(
        "- Chuẩn bị tài liệu phục vụ kỳ họp thường lệ giữa năm của HĐND xã; thực hiện theo giấy mời của "
        "Thường trực HĐND xã."
    )
    line("- Tổng hợp tình hình tiếp nhận, giải quyết hồ sơ, báo cáo Chủ tịch UBND xã hằng tuần.")
    line(
        "3. Phòng Kinh tế: Kiểm tra, xử lý các trường hợp xây dựng không phép trên địa bàn; hoàn thành "
        "trước ngày 31/8/2027."
    )
    for text in (
        "UBND xã thông báo để các bộ phận biết, thực hiện./.",
        "Nơi nhận:",
        "- TT Đảng ủy xã;",
        "- Các bộ phận;",
        "- Lưu: VT.",
        "TL. CHỦ TỊCH",
        "CHÁNH VĂN PHÒNG",
        "Võ Thị Thanh Thủy",
    ):
        line(text)
    document.save(path)


def siblings_qq() -> None:
    DOCS.mkdir(exist_ok=True)
    qq1_docx(DOCS / "qq1_tb_kl_ban_qlkkt_giai_phong_mat_bang.docx")
    if not shutil.which("soffice"):
        print("soffice not found: qq2 (PDF) was not regenerated", file=sys.stderr)
        return
    h = heldout_writers()
    name = "qq2_tb_kl_giao_ban_thang_7_xa_hoa_phuoc"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        qq2_docx(tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
