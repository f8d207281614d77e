"""The main corpus's siblings of the held-out documents h270, h272 and h264 (moved to the main corpus when
the importer was taught their shapes, helper h13fixKN): a weekly calendar whose day lines cut the
weekday short (`T2 (20/9)`, `T4-T5 (22-23/9)`, `T2, 11/10/2027`), whose entries close on an
abbreviated label (`BPCB:`, `ĐVCB:`) and unit codes (`Đ.KTr`, `P.KHTH`) that a `Viết tắt:` line
spells out, and whose week part puts the unit in parentheses before the time (kn1, kn2, by hand);
a notice of conclusions whose tasks end on a bracketed field list `[Chủ trì: …; Hạn: …]` beside a
paragraph of praise and a standing reminder that carry none, closed by a request after the notice's
formula (kn3); a plan whose tasks run in the lead and time in their last sentence (kn4, by hand).
Their expected items (expected/kn*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-kn` writes kn3 (.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.
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


def kn3_docx(h, path: Path) -> None:
    """A provincial Department of Justice's notice of the director's conclusions at a quarter's
    briefing (.docx): numbered conclusions, the tasks each closing on `[Chủ trì: …; Phối hợp: …;
    Hạn: …]`, a results-and-praise paragraph and a reminder without brackets, and a closing paragraph
    whose second sentence asks every division for a monthly report."""
    document = _document()
    h.national_header(
        document,
        ["SỞ TƯ PHÁP TỈNH LAM HÀ", "Số: 214/TB-STP"],
        "Lam Hà, ngày 09 tháng 10 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở tại cuộc họp giao ban công tác quý III năm 2027",
            "Chiều ngày 06/10/2027, Giám đốc Sở Tư pháp chủ trì cuộc họp giao ban đánh giá kết quả công tác quý III, triển khai nhiệm vụ quý IV năm 2027. Dự họp có các Phó Giám đốc Sở, lãnh đạo các phòng và đơn vị sự nghiệp trực thuộc. Sau khi nghe báo cáo và ý kiến tham gia, Giám đốc Sở kết luận:",
            "1. Trong quý III, toàn ngành đã giải quyết 1.286 hồ sơ lý lịch tư pháp đúng hạn, thẩm định 42 dự thảo văn bản quy phạm pháp luật; Giám đốc Sở đánh giá cao, biểu dương Phòng Hành chính tư pháp và Trung tâm Trợ giúp pháp lý nhà nước.",
            "2. Hoàn thành rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh kỳ 2024 - 2027 [Chủ trì: Phòng Xây dựng và Kiểm tra văn bản; Phối hợp: Văn phòng Sở; Hạn: 30/11/2027]",
            "3. Tổ chức Ngày Pháp luật Việt Nam năm 2027 bằng hình thức tọa đàm trực tuyến với các xã. [Chủ trì: Phòng Phổ biến, giáo dục pháp luật; Hạn: trước ngày 09/11]",
            "4. Số hóa sổ hộ tịch lưu trữ giai đoạn 2015 - 2020 tại 12 xã còn lại. [Chủ trì: Phòng Hành chính tư pháp; Phối hợp: Ủy ban nhân dân các xã; Hạn: Quý IV/2027]",
            "5. Kiện toàn đội ngũ cộng tác viên trợ giúp pháp lý ở các xã vùng đồng bào dân tộc thiểu số. [Chủ trì: Trung tâm Trợ giúp pháp lý nhà nước; Hạn: trong tháng 12/2027]",
            "6. Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính, tổng hợp vào báo cáo chung của Sở. [Chủ trì: Thanh tra Sở; Hạn: định kỳ 6 tháng]",
            "7. Cán bộ, công chức, viên chức toàn ngành tiếp tục nêu cao tinh thần trách nhiệm, thực hiện nghiêm quy chế làm việc của cơ quan.",
            "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện. Các phòng, đơn vị gửi báo cáo tiến độ các nội dung được giao về Văn phòng Sở trước ngày 20 hằng tháng.",
            "Nơi nhận: Giám đốc, các Phó Giám đốc Sở; Các phòng, đơn vị thuộc Sở; Lưu: VT, VP.",
            "TL. GIÁM ĐỐC — CHÁNH VĂN PHÒNG",
            "Đinh Thị Thu Hằng",
        ],
    )
    document.save(path)


def siblings_kn() -> None:
    h = heldout_writers()
    kn3_docx(h, DOCS / "kn3_tbkl_so_tu_phap_ngoac_vuong_truong.docx")
