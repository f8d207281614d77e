"""The main corpus's siblings of the held-out h180 (moved to the main corpus when the importer was
taught its shape, helper h13fixQY): a low-resolution scan (100 dpi, thresholded) of a table of tasks
behind time, `Hạn ban đầu | Hạn điều chỉnh`, where a row whose deadline was not adjusted prints `—`
in the adjusted column and keeps its first deadline, and the lead cells name a commune's or a
district's standard offices (`Phòng Văn hóa - Xã hội`, `Phòng Tài chính - Kế hoạch`). Their expected
items (expected/qy*_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-qy` writes qy1 (landscape) and qy2 (portrait), both
image-only PDFs through LibreOffice and pypdfium2.
"""

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _document(h, landscape: bool):
    from docx import Document
    from docx.shared import Pt

    document = Document()
    if landscape:
        h.set_landscape(document.sections[0])
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    return document


def qy1_docx(h, path: Path) -> None:
    """A ward's list of tasks behind time in the third quarter (landscape, to be scanned at 100
    dpi): `STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Hạn ban đầu | Hạn điều chỉnh | Ghi chú`, two
    rows not adjusted (`—`), one adjusted to a quarter."""
    document = _document(h, landscape=True)
    h.docx_paragraphs(
        document,
        [
            "Phụ lục II",
            "NHIỆM VỤ CHƯA HOÀN THÀNH ĐÚNG HẠN QUÝ III NĂM 2028",
            "(Kèm theo Báo cáo số 245/BC-UBND ngày 06/10/2028 của UBND phường Đông Hòa)",
        ],
    )
    labels = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Hạn ban đầu", "Hạn điều chỉnh", "Ghi chú"]
    widths = [0.4, 3.4, 1.8, 1.1, 1.1, 2.2]
    table = h.grid_table(document, labels, widths)
    for row in [
        [
            "1",
            "Chỉnh trang vỉa hè tuyến phố Nguyễn Trãi đoạn qua chợ Đông Hòa",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "31/7/2028",
            "30/11/2028",
            "Nhà thầu chậm huy động máy",
        ],
        [
            "2",
            "Rà soát hộ cận nghèo phát sinh sau đợt mưa lũ tháng 6",
            "Phòng Văn hóa - Xã hội",
            "20/8/2028",
            "—",
            "Đang tổng hợp từ các khu phố",
        ],
        [
            "3",
            "Số hóa hồ sơ cấp phép xây dựng nhà ở riêng lẻ năm 2026 - 2027",
            "Văn phòng HĐND và UBND phường",
            "31/8/2028",
            "Quý IV/2028",
            "Thiếu máy quét khổ A3",
        ],
        [
            "4",
            "Kiểm tra an toàn phòng cháy các cơ sở karaoke trên địa bàn",
            "Công an phường",
            "15/9/2028",
            "—",
            "Chờ lịch của đoàn liên ngành",
        ],
        [
            "5",
            "Vận động hội viên tham gia bảo hiểm xã hội tự nguyện",
            "Phòng Văn hóa - Xã hội",
            "30/9/2028",
            "25/10/2028",
            "",
        ],
    ]:
        h.fill_row(table, row)
    h.set_widths(table, widths)
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: ô “—” là nhiệm vụ chưa đề nghị điều chỉnh thời hạn.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "(đã ký)",
            "Hà Minh Quân",
        ],
    )
    document.save(path)


def qy2_docx(h, path: Path) -> None:
    """A district's follow-up of the tasks the People's Committee gave its offices (portrait, to be
    scanned at 100 dpi): `TT | Nhiệm vụ | Đơn vị chủ trì | Hạn ban đầu | Hạn điều chỉnh | Tiến độ`,
    one row not adjusted (`—`)."""
    document = _document(h, landscape=False)
    h.docx_paragraphs(
        document,
        [
            "ỦY BAN NHÂN DÂN HUYỆN LONG SƠN",
            "BẢNG THEO DÕI NHIỆM VỤ QUÁ HẠN ĐẾN NGÀY 15/5/2029",
        ],
    )
    labels = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn ban đầu", "Hạn điều chỉnh", "Tiến độ"]
    widths = [0.35, 2.4, 1.4, 0.95, 0.95, 1.1]
    table = h.grid_table(document, labels, widths)
    for row in [
        [
            "1",
            "Quyết toán kinh phí sự nghiệp giáo dục năm 2028",
            "Phòng Tài chính - Kế hoạch",
            "31/3/2029",
            "30/6/2029",
            "Đạt 70%",
        ],
        [
            "2",
            "Thẩm định hồ sơ công nhận xã đạt chuẩn nông thôn mới nâng cao",
            "Phòng Nông nghiệp và Môi trường",
            "15/4/2029",
            "—",
            "Đang thẩm định",
        ],
        [
            "3",
            "Rà soát văn bản quy phạm pháp luật hết hiệu lực",
            "Phòng Tư pháp",
            "30/4/2029",
            "31/7/2029",
            "Đạt 50%",
        ],
    ]:
        h.fill_row(table, row)
    h.set_widths(table, widths)
    h.docx_paragraphs(
        document,
        [
            "Người lập bảng",
            "Trần Thu Hà",
        ],
    )
    document.save(path)


def siblings_qy() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: qy1, qy2 were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for write, name in (
            (qy1_docx, "qy1_phu_luc_nv_cham_phuong_ban_quet_100dpi"),
            (qy2_docx, "qy2_theo_doi_nv_qua_han_huyen_ban_quet_100dpi"),
        ):
            write(h, tmp / f"{name}.docx")
            h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
            h.rasterise(tmp / f"{name}.pdf", DOCS / f"{name}.pdf", scale=100 / 72)
