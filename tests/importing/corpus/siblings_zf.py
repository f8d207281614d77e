"""The main corpus's siblings of the held-out document h823 (a public administration service centre's
January programme), moved to the main corpus when the importer was taught its shape, by h13fixZF on
2026-12-06.

Their shape: a month's programme whose time column prints only a day or a part of the month (`Ngày
10`, `Tuần cuối tháng`, `Giữa tháng`), its month and year the title's; and a closing paragraph under
the table that opens with a general charge to every unit or to their heads (`Thủ trưởng các đơn vị …
chủ động triển khai thực hiện.`: no item) and then asks every unit for a dated report in a sentence of
its own (the item, from that sentence, no lead).

`zf1` (.docx): a district culture, information and sports centre's March programme.
`zf2` (.odt, converted from .docx by LibreOffice): a district health centre's monthly plan.

Their expected items (expected/zf1_…, zf2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zf` writes the two (zf2 needs `soffice`).
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, grid, head_block, para, sign_table, soffice  # noqa: E402 — heldout/ first


def zf1_docx(path: Path) -> None:
    """A district culture, information and sports centre's March programme (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN PHÚ LƯƠNG\nTRUNG TÂM VĂN HÓA, THÔNG TIN VÀ THỂ THAO\n───────\nSố: 19/CTr-TTVHTT",
        right2="Phú Lương, ngày 24 tháng 02 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ kế hoạch công tác năm 2027 được UBND huyện phê duyệt, Trung tâm Văn hóa, Thông tin và Thể thao "
        "huyện xây dựng Chương trình công tác tháng 3/2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung", "Bộ phận thực hiện", "Thời gian", "Ghi chú"],
        [
            ("§", "I", "TUYÊN TRUYỀN, VĂN HÓA"),
            [
                "1",
                "Trang trí cổ động trực quan chào mừng Ngày Quốc tế Phụ nữ 8/3 tại trục đường trung tâm huyện",
                "Tổ Tuyên truyền cổ động",
                "Ngày 05",
                "Pano, băng rôn",
            ],
            [
                "2",
                "Phát sóng chuyên mục an toàn giao thông trên Đài Truyền thanh huyện",
                "Tổ Phát thanh",
                "Thứ Hai hằng tuần",
                "",
            ],
            [
                "3",
                "Tổ chức Liên hoan văn nghệ quần chúng chào mừng Ngày thành lập Đoàn TNCS Hồ Chí Minh",
                "Tổ Văn hóa - Văn nghệ",
                "Ngày 24",
                "Nhà văn hóa huyện",
            ],
            ("§", "II", "THỂ DỤC THỂ THAO"),
            [
                "4",
                "Tổ chức Giải bóng chuyền hơi nữ các xã, thị trấn",
                "Tổ Thể dục thể thao",
                "Trước ngày 15",
                "",
            ],
            [
                "5",
                "Duy tu, bảo dưỡng thiết bị tập luyện tại Sân vận động huyện",
                "Tổ Hành chính - Tổng hợp",
                "Tuần cuối tháng",
                "",
            ],
        ],
    )
    para(
        doc,
        "Thủ trưởng các tổ chuyên môn căn cứ nội dung Chương trình chủ động triển khai thực hiện. Các tổ "
        "chuyên môn báo cáo kết quả thực hiện về Tổ Hành chính - Tổng hợp trước ngày 28/3/2027 để tổng hợp, "
        "báo cáo Giám đốc Trung tâm.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND huyện (b/c);\n- Các tổ chuyên môn;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nLò Văn Thắng",
    )
    doc.save(path)


def zf2_docx(path: Path) -> None:
    """A district health centre's monthly plan (.docx, converted to .odt)."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH BÌNH LAM\nTRUNG TÂM Y TẾ HUYỆN ĐỒNG XUÂN\n───────\nSố: 412/KH-TTYT",
        right2="Đồng Xuân, ngày 27 tháng 4 năm 2027",
    )
    para(doc, "KẾ HOẠCH HOẠT ĐỘNG THÁNG 5/2027", bold=True, center=True)
    grid(
        doc,
        ["STT", "Nội dung hoạt động", "Khoa, phòng chủ trì", "Thời gian hoàn thành", "Kết quả cần đạt"],
        [
            ("§", "A", "CHUYÊN MÔN"),
            [
                "1",
                "Tiêm vắc xin sởi - rubella bổ sung cho trẻ từ 1 đến 5 tuổi tại các trạm y tế xã",
                "Khoa Kiểm soát bệnh tật",
                "Ngày 18",
                "Tỷ lệ tiêm trên 95%",
            ],
            [
                "2",
                "Giám sát chất lượng nước sinh hoạt tại các công trình cấp nước tập trung",
                "Khoa An toàn thực phẩm",
                "Tuần cuối tháng",
                "Biên bản giám sát",
            ],
            ("§", "B", "HÀNH CHÍNH"),
            [
                "3",
                "Kiểm kê thuốc, vật tư y tế tồn kho quý II",
                "Khoa Dược - Vật tư y tế",
                "Ngày 09",
                "Biên bản kiểm kê",
            ],
            [
                "4",
                "Cập nhật hồ sơ sức khỏe điện tử của người dân trên phần mềm",
                "Phòng Kế hoạch - Nghiệp vụ",
                "Thường xuyên",
                "",
            ],
        ],
    )
    para(
        doc,
        "Trưởng các khoa, phòng căn cứ kế hoạch này tổ chức thực hiện nghiêm túc. Các khoa, phòng gửi báo cáo "
        "kết quả thực hiện kế hoạch tháng về Phòng Kế hoạch - Nghiệp vụ trước ngày 29/5/2027.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Các khoa, phòng;\n- Lưu: VT, KHNV.",
        "GIÁM ĐỐC\n\n\n\nHà Thị Nguyệt",
    )
    doc.save(path)


def siblings_zf() -> None:
    zf1_docx(DOCS / "zf1_ctr_thang_tt_vhtt_huyen_ngay_khong_thang.docx")
    if not shutil.which("soffice"):
        print("soffice not found: zf2 (.odt) was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "zf2_kh_thang_ttyt_huyen_tuan_cuoi_thang.docx"
        zf2_docx(source)
        soffice(source, "odt", DOCS / "zf2_kh_thang_ttyt_huyen_tuan_cuoi_thang.odt")
