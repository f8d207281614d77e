"""The main corpus's siblings of the held-out document h853 (a Department of Home Affairs' dispatch),
moved to the main corpus when the importer was taught its shape, by h13fixVH on 2026-12-06.

Their shape: a dispatch whose last numbered label names a body (`3. Văn phòng Sở`) over its own
paragraph, then two unnumbered paragraphs that close the letter: a request to every unit opened by a
round printed only by its day in each round (`Định kỳ trước ngày 05 của tháng đầu quý, các đơn vị …
báo cáo …`, `Định kỳ trước ngày 25 hằng tháng, …`, `Định kỳ chậm nhất ngày 10 của tháng cuối quý,
…`: recurring, lead not scored) and a contact or courtesy line (no item); neither is the label's.

`vh1` (.docx): a provincial Department of Natural Resources and Environment's dispatch.
`vh2` (.docx): a provincial Department of Health's dispatch with a label asking another body.
`vh3` (.docx): a provincial Department of Agriculture's dispatch on forest fire prevention.

Their expected items (expected/vh1_…, vh2_…, vh3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-vh` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def _dispatch(path: Path, head: str, place_date: str, paragraphs: list[str], signer: str) -> None:
    doc = document()
    head_block(doc, head, right2=place_date)
    for text in paragraphs:
        para(doc, text)
    sign_table(doc, "Nơi nhận:\n- Như trên;\n- Lưu: VT.", signer)
    doc.save(path)


def vh1_docx(path: Path) -> None:
    """A provincial Department of Natural Resources and Environment's dispatch (.docx)."""
    _dispatch(
        path,
        "UBND TỈNH LÂM ĐỒNG\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n───────\nSố: 214/STNMT-VP\nV/v thống kê đất đai năm 2027",
        "Lâm Đồng, ngày 08 tháng 01 năm 2028",
        [
            "Kính gửi: UBND các huyện, thành phố.",
            "Thực hiện chỉ đạo của UBND tỉnh về thống kê đất đai năm 2027, Sở Tài nguyên và Môi trường đề nghị các đơn vị thực hiện một số nội dung sau:",
            "1. Về thống kê đất đai năm 2027",
            "a) Các đơn vị, địa phương tổ chức thống kê đất đai năm 2027 trên địa bàn, hoàn thành trước ngày 31/01/2028.",
            "b) Gửi báo cáo kết quả thống kê (theo Biểu số 01 kèm theo) về Sở Tài nguyên và Môi trường trước ngày 15 tháng 02 năm 2028.",
            "2. Văn phòng Đăng ký đất đai",
            "Hướng dẫn nghiệp vụ cập nhật biến động đất đai cho các Chi nhánh trong tháng 3/2028.",
            "3. Văn phòng Sở",
            "Đăng tải Văn bản này trên Cổng thông tin điện tử của Sở Tài nguyên và Môi trường.",
            "Định kỳ trước ngày 05 của tháng đầu quý, các đơn vị, địa phương báo cáo tình hình biến động đất đai quý trước về Sở Tài nguyên và Môi trường.",
            "Quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Quản lý đất đai, Sở Tài nguyên và Môi trường (đồng chí K'Bình, điện thoại 0263.3822.114) để phối hợp giải quyết./.",
        ],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nPhạm Thị Ngân",
    )


def vh2_docx(path: Path) -> None:
    """A provincial Department of Health's dispatch with a label asking another body (.docx)."""
    _dispatch(
        path,
        "UBND TỈNH SƠN LA\nSỞ Y TẾ\n───────\nSố: 95/SYT-NVY\nV/v kiểm tra hồ sơ bệnh án",
        "Sơn La, ngày 15 tháng 01 năm 2028",
        [
            "Kính gửi: Các đơn vị y tế trực thuộc Sở.",
            "Sở Y tế đề nghị các đơn vị triển khai các nội dung sau:",
            "1. Về kiểm tra chất lượng hồ sơ bệnh án",
            "a) Các đơn vị tự kiểm tra hồ sơ bệnh án năm 2027, hoàn thành chậm nhất ngày 20/02/2028.",
            "b) Phòng Nghiệp vụ Y tổng hợp kết quả, báo cáo Giám đốc Sở trong tháng 3/2028.",
            "2. Đề nghị Bảo hiểm xã hội tỉnh",
            "Phối hợp cung cấp số liệu thanh toán khám bệnh, chữa bệnh bảo hiểm y tế năm 2027 của các đơn vị.",
            "3. Văn phòng Sở",
            "Cập nhật Văn bản này lên Trang thông tin điện tử Sở Y tế.",
            "Định kỳ trước ngày 25 hằng tháng, các đơn vị báo cáo số ca bệnh truyền nhiễm trong tháng về Sở Y tế (qua Phòng Nghiệp vụ Y).",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Nghiệp vụ Y (đồng chí Lò Văn Phúc, điện thoại 0212.3852.556) để được hướng dẫn./.",
        ],
        "GIÁM ĐỐC\n\n\n\nCầm Văn Đức",
    )


def vh3_docx(path: Path) -> None:
    """A provincial Department of Agriculture's dispatch on forest fire prevention (.docx)."""
    _dispatch(
        path,
        "UBND TỈNH YÊN BÁI\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n───────\nSố: 311/SNN-VP\nV/v phòng cháy, chữa cháy rừng",
        "Yên Bái, ngày 20 tháng 01 năm 2028",
        [
            "Kính gửi: Các cơ quan, đơn vị thuộc Sở.",
            "Sở Nông nghiệp và Phát triển nông thôn đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
            "1. Về phòng cháy, chữa cháy rừng mùa khô năm 2028",
            "a) Các cơ quan, đơn vị rà soát phương án phòng cháy, chữa cháy rừng, gửi Chi cục Kiểm lâm trước ngày 10/3/2028.",
            "b) Chi cục Kiểm lâm kiểm tra công tác chuẩn bị lực lượng, phương tiện tại các vùng trọng điểm, hoàn thành trước ngày 30/4/2028.",
            "2. Văn phòng Sở",
            "Theo dõi, tổng hợp tình hình thực hiện, tham mưu Giám đốc Sở báo cáo UBND tỉnh.",
            "Định kỳ chậm nhất ngày 10 của tháng cuối quý, các cơ quan, đơn vị gửi báo cáo kết quả thực hiện về Sở Nông nghiệp và Phát triển nông thôn (qua Văn phòng Sở).",
            "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Văn phòng Sở (điện thoại 0216.3876.201) để được hướng dẫn./.",
        ],
        "GIÁM ĐỐC\n\n\n\nHoàng Văn Thạch",
    )


def siblings_vh() -> None:
    vh1_docx(DOCS / "vh1_cv_so_tnmt_thong_ke_dat_dai_dau_quy.docx")
    vh2_docx(DOCS / "vh2_cv_so_y_te_ho_so_benh_an_hang_thang.docx")
    vh3_docx(DOCS / "vh3_cv_so_nnptnt_chay_rung_cuoi_quy.docx")
