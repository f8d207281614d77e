"""The main corpus's siblings of the held-out documents h861 (a business registration office's quarterly
programme) and h869 (a notary office's quarterly programme in Markdown), moved to the main corpus when
the importer was taught their shape, by h13fixZV on 2026-12-06.

Their shape: a work programme's task table, then, outside any `TỔ CHỨC THỰC HIỆN` part, a bare
paragraph that asks one named body the issuer does not command for an act by a time of its own
(`Đề nghị Cục Thống kê tỉnh cung cấp … trước ngày 20/02/2028 …`, `Đề nghị Sở Nội vụ bổ sung … trong
quý II/2028.`): an item led by that body; an undated request there stays none.

`zv1` (.docx): a district land registration branch's quarterly programme, a request by a day.
`zv2` (.md): a provincial archive's quarterly programme, a request under `## III. Kiến nghị` by a month.

Their expected items (expected/zv1_…, zv2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zv` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, grid, head_block, para, sign_table  # noqa: E402 — heldout/ first

ZV1_ROWS = [
    ["1", "Tiếp nhận, giải quyết hồ sơ đăng ký biến động đất đai đúng hạn", "Tổ Đăng ký", "Thường xuyên"],
    [
        "2",
        "Chỉnh lý bản đồ địa chính xã Hòa Mỹ sau đo đạc bổ sung",
        "Tổ Kỹ thuật - Đo đạc",
        "Trước 15/02/2028",
    ],
    ["3", "Số hóa hồ sơ địa chính lưu trữ giai đoạn 2010 - 2015", "Tổ Lưu trữ", "Tháng 3/2028"],
    ["4", "Sơ kết công tác quý I, xây dựng chương trình quý II", "Giám đốc Chi nhánh", "25/03/2028"],
]


def zv1_docx(path: Path) -> None:
    """A district land registration branch's quarterly programme: a table, then a dated request (.docx)."""
    doc = document()
    head_block(
        doc,
        "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH\nCHI NHÁNH HUYỆN PHÚ LẠC\n───────\nSố: 02/CTr-CNPL",
        right2="Phú Lạc, ngày 28 tháng 12 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2028", bold=True, center=True)
    para(
        doc,
        "Chi nhánh Văn phòng đăng ký đất đai huyện Phú Lạc xây dựng Chương trình công tác quý I năm 2028 như sau:",
    )
    grid(doc, ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Thời gian"], ZV1_ROWS)
    para(
        doc,
        "Đề nghị Chi cục Thuế khu vực Phú Lạc cung cấp danh sách hồ sơ chưa hoàn thành nghĩa vụ tài chính trước ngày 20/02/2028 để Chi nhánh đối chiếu.",
    )
    para(doc, "Đề nghị UBND các xã, thị trấn quan tâm, phối hợp thực hiện.")
    sign_table(doc, "Nơi nhận:\n- Văn phòng ĐKĐĐ tỉnh;\n- Lưu: VT.", "GIÁM ĐỐC\n\n\n\nPhan Thị Ngọc Lan")
    doc.save(path)


ZV2 = """**SỞ NỘI VỤ TỈNH HÀ LONG**
**TRUNG TÂM LƯU TRỮ LỊCH SỬ**

Số: 03/CTr-TTLT — *Hà Long, ngày 29 tháng 12 năm 2027*

# CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2028

Trung tâm Lưu trữ lịch sử ban hành Chương trình công tác quý I/2028 như sau:

## I. Nhiệm vụ chuyên môn

| TT | Nội dung | Người thực hiện | Thời hạn |
|----|----------|-----------------|----------|
| 1 | Thu thập hồ sơ, tài liệu của các cơ quan thuộc nguồn nộp lưu năm 2027 | Phòng Thu thập - Chỉnh lý | 31/03/2028 |
| 2 | Tu bổ, bồi nền tài liệu giấy bị hư hỏng | Phòng Bảo quản | Tháng 01 - tháng 3 |
| 3 | Phục vụ độc giả khai thác tài liệu tại phòng đọc | Phòng Khai thác | Hằng ngày |

## II. Kiến nghị

Đề nghị Sở Nội vụ bổ sung kinh phí mua giá, hộp bảo quản tài liệu trong tháng 02/2028.

Đề nghị các cơ quan thuộc nguồn nộp lưu quan tâm, phối hợp.

**GIÁM ĐỐC**

**Vũ Minh Đức**
"""


def zv2_md(path: Path) -> None:
    """A provincial archive's quarterly programme in Markdown: a request by a month (.md)."""
    path.write_text(ZV2, encoding="utf-8")


def siblings_zv() -> None:
    zv1_docx(DOCS / "zv1_ctr_chi_nhanh_dkdd_de_nghi_co_ngay.docx")
    zv2_md(DOCS / "zv2_ctr_luu_tru_kien_nghi_theo_thang.md")
