"""The main corpus's siblings of the held-out documents h132 and h138 (moved to the main corpus when the
importer was taught their shapes, helper h13fixJB; h132's siblings jb1 and jb2 are plain text written by
hand): the same shape with other bodies, units, tasks, dates and surface details. Their expected items
(expected/jb1_…–jb3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-jb` writes jb3.
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jb3_docx(h, path: Path) -> None:
    """A district Youth Union's yearly programme (sibling of h138, saved as .odt): `Nhiệm vụ N:` labels
    over `+` items whose times close them in parentheses, each group's `Bộ phận tham mưu:` line printed
    after its items (one group of three, one of two, one of one), two closing requests to every body."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN HUYỆN BẮC HÀ", "Số: 05-CTr/HĐTN"],
        "Bắc Hà, ngày 12 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH THIẾU NHI NĂM 2027",
            "I. MỤC TIÊU CHUNG",
            "Nâng cao chất lượng sinh hoạt của tổ chức cơ sở Đoàn; 100% chi đoàn sinh hoạt chủ điểm hằng tháng.",
            "II. CÁC NHIỆM VỤ CHỦ YẾU",
            "Nhiệm vụ 1: Giáo dục chính trị, tư tưởng cho đoàn viên, thanh niên",
            "+ Tổ chức Hội thi tìm hiểu lịch sử địa phương cho đoàn viên khối trường học (tháng 3/2027).",
            '+ Duy trì chuyên mục "Thanh niên Bắc Hà" trên trang thông tin điện tử của Huyện đoàn (hằng tháng).',
            "+ Tổ chức Lễ trưởng thành Đoàn cho đoàn viên tròn 18 tuổi tại các trường trung học phổ thông (trước 26/3/2027).",
            "Bộ phận tham mưu: Ban Tuyên giáo Huyện đoàn.",
            "Nhiệm vụ 2: Đồng hành với thanh niên lập thân, lập nghiệp",
            "+ Xây dựng 04 mô hình kinh tế thanh niên ứng dụng công nghệ cao (quý III/2027).",
            "+ Phối hợp Phòng Giao dịch Ngân hàng Chính sách xã hội huyện hướng dẫn thanh niên vay vốn khởi nghiệp (cả năm).",
            "Bộ phận tham mưu: Ban Phong trào Huyện đoàn.",
            "Nhiệm vụ 3: Củng cố tổ chức cơ sở Đoàn",
            "+ Rà soát, đánh giá chất lượng chi đoàn, cơ sở Đoàn năm 2027 (tháng 11/2027).",
            "Bộ phận tham mưu: Ban Tổ chức - Kiểm tra Huyện đoàn.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các cơ sở Đoàn trực thuộc xây dựng kế hoạch thực hiện Chương trình, gửi về Văn phòng Huyện đoàn trước ngày 20/02/2027.",
            "Đoàn Thanh niên các xã, thị trấn báo cáo kết quả thực hiện về Huyện đoàn trước ngày 22 hằng tháng.",
            "Nơi nhận: - Ban Thường vụ Tỉnh đoàn; - Ban Thường vụ Huyện ủy; - Các cơ sở Đoàn; - Lưu VP.",
            "TM. BAN THƯỜNG VỤ\nBÍ THƯ\n(đã ký)\nLò Văn Tuấn",
        ],
    )
    document.save(path)


def siblings_jb() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: the .odt was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "jb3_ctr_huyen_doan_nhiem_vu_n_tham_muu_sau.docx"
        jb3_docx(h, Path(tmp) / name)
        h.soffice_convert(Path(tmp) / name, "odt", DOCS / f"{Path(name).stem}.odt")
