"""The main corpus's siblings of the held-out documents h828 (a power company branch's quarter plan
whose month columns print `x` or the day a task is finished, told only by a legend under the table)
and h839 (a Department of Transport's dispatch whose numbered points give tasks to the bodies it is
addressed to, with a quarter's Roman number wrapped to the next line), moved to the main corpus when
the importer was taught their shapes, by h13fixZX on 2026-12-06.

Their shape: a quarter plan's table `… | Tháng 4 | Tháng 5 | Tháng 6 | …` whose month cells hold `x`
(during the month) or a day number (the day it is finished that month), with a legend under the table
(`x – thực hiện trong tháng; số – ngày hoàn thành`): `x | 15 |` is due the 15th of the second month;
`Hằng tháng` merged over every month column recurs; a dispatch whose `Kính gửi:` list names outside
bodies and whose numbered points (beside a run-in division label over tasks `(1)`, `(2)`) open with one of them and its verb (`3. Cục Quản lý thị trường tỉnh
bố trí …`: led by it), ask one to announce (`Đề nghị Sở Tài chính thông báo cho …`: led by it), and
print a quarter cut after `Quý` (`trong Quý` / `II/2028.`: the quarter's end).

`zx1` (.docx): a water-supply company's works' quarter plan, the legend in a paragraph under the table.
`zx2` (.pdf, a .docx converted by LibreOffice): a secondary school's plan for three months, its legend
worded otherwise (`x: triển khai trong tháng; số: là ngày phải xong việc`).
`zx3` (.txt, hard-wrapped): a Department of Industry and Trade's dispatch on fuel supply.

Their expected items (expected/zx1_…, zx2_…, zx3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zx` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import cell_text, document, grid, head_block, landscape, para, sign_table, soffice  # noqa: E402


def _month_plan(doc, header: list[str], rows: list) -> None:
    """A plan table; a row given as ("≡", stt, task, unit, text, note) prints `text` merged over the
    three month columns (3–5)."""
    plain = [row if row[0] != "≡" else [row[1], row[2], row[3], "", "", "", row[5]] for row in rows]
    table = grid(doc, header, plain)
    for index, row in enumerate(rows, start=1):
        if row[0] == "≡":
            cells = table.rows[index].cells
            merged = cells[3].merge(cells[5])
            cell_text(merged, row[4], center=True)


ZX1_HEADER = ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Tháng 4", "Tháng 5", "Tháng 6", "Ghi chú"]
ZX1_ROWS = [
    ("§", "I", "SẢN XUẤT - VẬN HÀNH"),
    ["1", "Súc xả, vệ sinh bể chứa nước sạch trạm bơm Tân Hòa", "Tổ Vận hành", "x", "15", "", "02 bể"],
    [
        "2",
        "Thay thế đồng hồ nước hết hạn kiểm định tại khu dân cư Bắc Sơn",
        "Tổ Quản lý khách hàng",
        "x",
        "x",
        "x",
        "1.200 chiếc",
    ],
    ("≡", "3", "Lấy mẫu kiểm tra chất lượng nước tại vòi khách hàng", "Tổ Hóa nghiệm", "Hằng tháng", ""),
    ["4", "Sửa chữa tuyến ống D200 đường Lê Lợi", "Tổ Sửa chữa", "28", "", "", ""],
    ("§", "II", "HÀNH CHÍNH - AN TOÀN"),
    ["5", "Kiểm kê vật tư, hóa chất tồn kho quý II", "Tổ Kế toán - Vật tư", "", "", "24", ""],
    ["6", "Tập huấn an toàn sử dụng hóa chất clo cho công nhân", "Tổ Hóa nghiệm", "", "x", "", ""],
]


def zx1_docx(path: Path) -> None:
    """A water-supply works' quarter plan with x/day month columns and a legend under the table (.docx)."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "CÔNG TY CỔ PHẦN CẤP NƯỚC BÌNH SƠN\nXÍ NGHIỆP CẤP NƯỚC SỐ 2\n───────\nSố: 215/KH-XN2",
        right2="Bình Sơn, ngày 24 tháng 3 năm 2028",
    )
    para(doc, "KẾ HOẠCH CÔNG TÁC QUÝ II NĂM 2028", bold=True, center=True)
    para(
        doc,
        "Thực hiện kế hoạch sản xuất năm 2028 của Công ty, Xí nghiệp cấp nước số 2 xây dựng kế hoạch công tác quý II/2028 như sau:",
    )
    _month_plan(doc, ZX1_HEADER, ZX1_ROWS)
    para(doc, "Ghi chú: x – thực hiện trong tháng; số – ngày hoàn thành trong tháng đó.", italic=True)
    para(doc, "Các tổ báo cáo kết quả thực hiện về Phòng Kỹ thuật trước ngày 28 hằng tháng.")
    sign_table(doc, "Nơi nhận:\n- Công ty (b/c);\n- Các tổ;\n- Lưu: VT.", "GIÁM ĐỐC\n\n\n\nPhan Thanh Tùng")
    doc.save(path)


ZX2_HEADER = ["TT", "Nội dung", "Bộ phận/cá nhân thực hiện", "Tháng 9", "Tháng 10", "Tháng 11", "Ghi chú"]
ZX2_ROWS = [
    ("§", "A", "CHUYÊN MÔN"),
    [
        "1",
        "Khảo sát chất lượng đầu năm học môn Toán, Ngữ văn, Tiếng Anh",
        "Tổ Chuyên môn",
        "x",
        "",
        "",
        "Khối 10, 11",
    ],
    ["2", "Thao giảng chào mừng Ngày Nhà giáo Việt Nam", "Tổ Chuyên môn", "", "x", "16", ""],
    ("≡", "3", "Kiểm tra hồ sơ chuyên môn của giáo viên", "Ban Giám hiệu", "Hằng tháng", ""),
    ("§", "B", "CÔNG TÁC HỌC SINH"),
    ["4", "Tổ chức Lễ khai giảng năm học 2028 - 2029", "Đoàn Thanh niên", "5", "", "", ""],
    ["5", "Họp cha mẹ học sinh đầu năm học", "Tổ Tư vấn học đường", "x", "12", "", ""],
    ["6", "Kiểm tra phòng cháy, chữa cháy tại khu nội trú", "Tổ Văn phòng", "", "", "x", ""],
]


def zx2_pdf(path: Path) -> None:
    """A secondary school's quarter plan, x/day month columns, its legend worded otherwise (.pdf)."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THPT NAM ĐÀN 3\n───────\nSố: 42/KH-THPTNĐ3",
        right2="Nam Đàn, ngày 25 tháng 8 năm 2028",
    )
    para(doc, "KẾ HOẠCH CÔNG TÁC THÁNG 9, 10, 11 NĂM 2028", bold=True, center=True)
    para(
        doc,
        "Căn cứ kế hoạch năm học 2028 - 2029, Nhà trường xây dựng kế hoạch công tác các tháng 9, 10, 11 năm 2028 như sau:",
    )
    _month_plan(doc, ZX2_HEADER, ZX2_ROWS)
    para(doc, "Chú thích: x: triển khai trong tháng; số: là ngày phải xong việc.", italic=True)
    para(doc, "Các tổ, bộ phận báo cáo kết quả thực hiện về Ban Giám hiệu vào ngày 30 hằng tháng.")
    sign_table(
        doc, "Nơi nhận:\n- Sở GDĐT (b/c);\n- Các tổ;\n- Lưu: VT.", "HIỆU TRƯỞNG\n\n\n\nTrần Đình Khang"
    )
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{path.stem}.docx"
        doc.save(source)
        soffice(source, "pdf", path)


ZX3_TEXT = """\
UBND TỈNH LAM SƠN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG                             Độc lập - Tự do - Hạnh phúc
Số: 318/SCT-QLTM
V/v bảo đảm nguồn cung xăng dầu
                                   Lam Sơn, ngày 08 tháng 01 năm 2028

Kính gửi:
- Ủy ban nhân dân các huyện, thị xã;
- Công an tỉnh;
- Cục Quản lý thị trường tỉnh;
- Sở Tài chính;
- Các phòng thuộc Sở.

Thời gian qua, một số cửa hàng bán lẻ xăng dầu trên địa bàn tỉnh tạm ngừng
bán hàng không có lý do. Để bảo đảm nguồn cung xăng dầu, Sở Công Thương đề
nghị các cơ quan, đơn vị thực hiện các nội dung sau:

1. Ủy ban nhân dân các huyện, thị xã chỉ đạo Phòng Kinh tế rà soát mạng lưới
cửa hàng bán lẻ xăng dầu trên địa bàn, gửi về Sở trước ngày 20/02/2028.

2. Các phòng thuộc Sở:

- Phòng Quản lý thương mại: (1) tổng hợp tình hình cung ứng xăng dầu của các
thương nhân đầu mối, báo cáo Giám đốc Sở trước ngày 25/01/2028; (2) cập nhật
danh sách cửa hàng bán lẻ xăng dầu trên Cổng thông tin điện tử của Sở trong
tháng 02/2028.

- Thanh tra Sở kiểm tra việc chấp hành quy định về thời gian bán hàng của
các cửa hàng xăng dầu; thời gian trong Quý
II/2028.

3. Cục Quản lý thị trường tỉnh bố trí lực lượng kiểm tra, xử lý hành vi găm
hàng, tạm ngừng bán xăng dầu trái quy định trong Quý I/2028.

4. Đề nghị Công an tỉnh chỉ đạo lực lượng công an cơ sở phối hợp nắm tình
hình, bảo đảm an ninh trật tự tại các cửa hàng xăng dầu.

5. Đề nghị Sở Tài chính thông báo cho các doanh nghiệp kinh doanh xăng dầu
về việc trích lập, sử dụng Quỹ bình ổn giá theo quy định.

Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở (qua Phòng Quản lý
thương mại) định kỳ hằng tháng, trước ngày 25.

Sở Công Thương đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.

Nơi nhận:                                        KT. GIÁM ĐỐC
- Như trên;                                      PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Lưu: VT, QLTM.
                                                 Lê Quang Vinh
"""


def zx3_txt(path: Path) -> None:
    """A Department of Industry and Trade's dispatch to outside bodies, hard-wrapped (.txt)."""
    path.write_text(ZX3_TEXT, encoding="utf-8")


def siblings_zx() -> None:
    zx1_docx(DOCS / "zx1_kh_quy_xn_cap_nuoc_cot_thang_ngay.docx")
    zx2_pdf(DOCS / "zx2_kh_thpt_thang_9_11_x_va_ngay.pdf")
    zx3_txt(DOCS / "zx3_cv_so_cong_thuong_kinh_gui_quy_xuong_dong.txt")
