"""The main corpus's sibling of the held-out document h374 (moved to the main corpus when the importer
was taught its shape, helper h13fixQK): a People's Council's resolution adopting its supervision
programme for the following year. `Điều 1` lists who supervises what, each supervising body a
numbered heading with the body as the subject (`1. Hội đồng nhân dân phường giám sát tại các kỳ họp
thường lệ`, `2. Thường trực Hội đồng nhân dân phường giám sát`) over `a)`/`b)` paragraphs; the
Council's own paragraphs open with the session as a time label, one dated in parentheses (`Tại kỳ
họp thường lệ giữa năm 2028 (dự kiến tổ chức vào tháng 6/2028): …`) that a later paragraph refers to,
one not dated (for review); a Board's paragraph gives it two supervisions split by `;`, each with
its time in parentheses; `thời gian: thường xuyên`. `Điều 2. Tổ chức thực hiện`: the Standing
committee's dated duties (its name in short, `Thường trực HĐND phường`), a charge to every Board
(no task), a request to the Fatherland Front. qk1 (.docx) is written here; qk2 (a provincial
Council's resolution as a plain-text export) by hand, docs/qk2_….txt. Their expected items
(expected/qk*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qk` writes qk1 (.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.

import sys
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _common():
    """heldout/batch_common.py (a Word document in the offices' font, A4, one paragraph a line)."""
    sys.path.insert(0, str(HERE / "heldout"))
    import batch_common

    return batch_common


def qk1_docx(path: Path) -> None:
    """A ward People's Council's resolution (adopted at its year-end session 2027) on its supervision
    programme for 2028."""
    common, h = _common(), heldout_writers()
    document = common.document(13)
    common.a4(document)
    h.national_header(
        document,
        ["HỘI ĐỒNG NHÂN DÂN", "PHƯỜNG AN BÌNH", "Số: 45/NQ-HĐND"],
        "An Bình, ngày 18 tháng 12 năm 2027",
    )
    common.paragraphs(
        document,
        [
            "NGHỊ QUYẾT",
            "Ban hành Chương trình giám sát năm 2028 của Hội đồng nhân dân phường An Bình",
            "HỘI ĐỒNG NHÂN DÂN PHƯỜNG AN BÌNH",
            "KHÓA I, KỲ HỌP THỨ NĂM",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;",
            "Xét Tờ trình số 31/TTr-HĐND ngày 02 tháng 12 năm 2027 của Thường trực Hội đồng nhân dân phường về Chương trình giám sát năm 2028; Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân phường; ý kiến của đại biểu Hội đồng nhân dân phường tại kỳ họp.",
            "QUYẾT NGHỊ:",
            "Điều 1. Nội dung Chương trình giám sát năm 2028",
            "1. Hội đồng nhân dân phường giám sát tại các kỳ họp thường lệ",
            "a) Tại kỳ họp thường lệ giữa năm 2028 (dự kiến tổ chức vào tháng 6/2028): xem xét báo cáo công tác 6 tháng đầu năm 2028 của Thường trực Hội đồng nhân dân, Ủy ban nhân dân phường và Công an phường; xem xét báo cáo tổng hợp ý kiến, kiến nghị của cử tri.",
            "b) Tại kỳ họp thường lệ cuối năm 2028: xem xét báo cáo công tác năm 2028 của Ủy ban nhân dân phường; chất vấn Chủ tịch Ủy ban nhân dân phường về công tác quản lý trật tự xây dựng.",
            "2. Thường trực Hội đồng nhân dân phường giám sát",
            "a) Giám sát việc xử lý lấn chiếm vỉa hè, lòng đường trên các tuyến đường chính của phường; thời gian: quý II/2028.",
            "b) Giám sát việc tiếp công dân và giải quyết đơn thư của Ủy ban nhân dân phường; thời gian: thường xuyên.",
            "3. Các Ban của Hội đồng nhân dân phường giám sát",
            "a) Ban Kinh tế - Xã hội: giám sát công tác thu ngân sách trên địa bàn 6 tháng đầu năm 2028 (tháng 7/2028); giám sát việc chi trả trợ cấp cho người có công với cách mạng (tháng 9/2028).",
            "b) Ban Pháp chế: giám sát công tác thi hành án dân sự trên địa bàn phường (quý III/2028); giám sát việc giải quyết thủ tục hành chính tại Bộ phận Một cửa (tháng 11/2028).",
            "4. Các Tổ đại biểu Hội đồng nhân dân phường giám sát",
            "Các Tổ đại biểu Hội đồng nhân dân phường giám sát việc giải quyết kiến nghị của cử tri tại các khu phố; thời gian: thường xuyên.",
            "Điều 2. Tổ chức thực hiện",
            "1. Thường trực HĐND phường xây dựng Kế hoạch triển khai Chương trình giám sát năm 2028, hoàn thành trước ngày 15/01/2028.",
            "2. Các Ban, các Tổ đại biểu Hội đồng nhân dân phường căn cứ Chương trình này xây dựng kế hoạch giám sát cụ thể.",
            "3. Thường trực Hội đồng nhân dân phường tổng hợp, báo cáo kết quả thực hiện Chương trình giám sát 6 tháng đầu năm tại kỳ họp thường lệ giữa năm 2028.",
            "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp giám sát và vận động Nhân dân tham gia giám sát việc thực hiện Nghị quyết này.",
            "Điều 3. Hiệu lực thi hành",
            "Nghị quyết này đã được Hội đồng nhân dân phường An Bình Khóa I, Kỳ họp thứ năm thông qua ngày 18 tháng 12 năm 2027 và có hiệu lực từ ngày thông qua./.",
            "Nơi nhận:",
            "- Thường trực HĐND thành phố (b/c);",
            "- Thường trực Đảng ủy phường;",
            "- UBND, UBMTTQVN phường;",
            "- Đại biểu HĐND phường;",
            "- Lưu: VT.",
            "CHỦ TỊCH",
            "Trần Thị Mai",
        ],
    )
    document.save(path)


def siblings_qk() -> None:
    DOCS.mkdir(exist_ok=True)
    qk1_docx(DOCS / "qk1_nq_hdnd_phuong_chuong_trinh_giam_sat.docx")
