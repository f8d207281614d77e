"""The main corpus's siblings of the held-out documents h807 and h797 (moved to the main corpus when
the importer was taught their shape, by h13fixZB on 2026-12-06): a unit's weekly calendar whose
table runs onto the next page without its header repeated (a PDF from Word: the entries after the
break keep the preparing-unit column, an entry cut by the break read whole), and whose lines that
are no work item name the body's own unit by its kind: who is on duty (`Trực phòng: đ/c …`, `Trực
khoa: ThS …`) and a head at the own seat (`Trưởng khoa làm việc tại khoa`). zb1: a provincial
inspectorate's inspection team's week (.pdf from a .docx). zb2: a school faculty's week (.html, a
rowspan day cell). Their expected items (expected/zb1_…, zb2_…) were written by hand before the
first import. `python tests/importing/corpus/make_docs.py --siblings-zb` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

ZB1_ROWS = [
    [
        "Thứ Hai\n14/12",
        "07h30",
        "Họp Đoàn thanh tra triển khai kế hoạch thanh tra việc quản lý, sử dụng kinh phí sự nghiệp giáo dục năm 2026 tại huyện Vĩnh Lạc",
        "Trưởng đoàn Phan Minh Đức",
        "Tổ Tổng hợp",
        "Phòng họp Thanh tra tỉnh",
    ],
    [
        "",
        "14h00",
        "Làm việc với Phòng Giáo dục và Đào tạo huyện Vĩnh Lạc về hồ sơ, tài liệu phục vụ thanh tra",
        "Trưởng đoàn Phan Minh Đức",
        "Tổ thanh tra số 1",
        "UBND huyện Vĩnh Lạc",
    ],
    [
        "Thứ Ba\n15/12",
        "Cả ngày",
        "Kiểm tra hồ sơ thanh toán kinh phí mua sắm thiết bị dạy học tại Trường THCS Vĩnh Lạc và Trường Tiểu học Thạch Bàn, đối chiếu chứng từ gốc với sổ kế toán",
        "Phó Trưởng đoàn Hà Thị Liên",
        "Tổ thanh tra số 2",
        "Trường THCS Vĩnh Lạc",
    ],
    ["Thứ Tư\n16/12", "Cả ngày", "Trưởng đoàn làm việc tại phòng", "", "", ""],
    [
        "Thứ Năm\n17/12",
        "08h00",
        "Xác minh thực tế công trình nhà lớp học 2 tầng Trường Mầm non Hoa Sen (đo đạc khối lượng, chụp ảnh hiện trạng, lập biên bản làm việc với chủ đầu tư và đơn vị thi công)",
        "Phó Trưởng đoàn Hà Thị Liên",
        "Tổ thanh tra số 1",
        "Xã Thạch Bàn",
    ],
    [
        "",
        "14h00",
        "Tiếp nhận giải trình của Phòng Tài chính - Kế hoạch huyện về các khoản chi chưa đủ chứng từ hợp lệ, tổng hợp thành biên bản làm việc có chữ ký của các bên liên quan",
        "Trưởng đoàn Phan Minh Đức",
        "Tổ Tổng hợp",
        "UBND huyện Vĩnh Lạc",
    ],
    [
        "Thứ Sáu\n18/12",
        "08h00",
        "Dự thảo báo cáo kết quả thanh tra, gửi các thành viên Đoàn góp ý",
        "Trưởng đoàn Phan Minh Đức",
        "Tổ Tổng hợp",
        "Thanh tra tỉnh",
    ],
    [
        "",
        "14h00",
        "Họp Đoàn thông qua dự thảo báo cáo kết quả thanh tra",
        "Trưởng đoàn Phan Minh Đức",
        "Tổ thanh tra số 2",
        "Phòng họp Thanh tra tỉnh",
    ],
    ["Thứ Bảy\n19/12", "", "Trực phòng: đ/c Lò Văn Sơn, thanh tra viên", "", "", ""],
    ["Chủ nhật\n20/12", "", "Nghỉ", "", "", ""],
]


def zb1_docx(path: Path) -> None:
    """An inspection team's week, portrait: long entries so the table runs onto page 2."""
    sys.path.insert(0, str(HERE / "heldout"))
    from batch_common import NATIONAL, document, grid, head_block, para, sign_table

    doc = document(13)
    head_block(
        doc,
        "THANH TRA TỈNH BÌNH KHÊ\nĐOÀN THANH TRA 12/QĐ-TTr\n───────",
        NATIONAL,
        "",
        "Bình Khê, ngày 11 tháng 12 năm 2026",
    )
    para(doc, "LỊCH LÀM VIỆC TUẦN 51 CỦA ĐOÀN THANH TRA", bold=True, center=True)
    para(doc, "(Từ ngày 14/12/2026 đến ngày 20/12/2026)", italic=True, center=True)
    para(
        doc,
        "Căn cứ Quyết định số 12/QĐ-TTr ngày 01/12/2026 của Chánh Thanh tra tỉnh về việc thanh tra việc quản lý, sử dụng kinh phí sự nghiệp giáo dục tại huyện Vĩnh Lạc; căn cứ kế hoạch tiến hành thanh tra đã được phê duyệt, Trưởng đoàn thông báo lịch làm việc của Đoàn trong tuần như sau:",
    )
    t = grid(doc, ["Ngày", "Thời gian", "Nội dung", "Chủ trì", "Bộ phận chuẩn bị", "Địa điểm"], ZB1_ROWS)
    for top, bottom in ((1, 2), (5, 6), (7, 8)):
        merged = t.cell(top, 0).merge(t.cell(bottom, 0))
        merged.text = t.cell(top, 0).text.strip()
    para(
        doc,
        "Lịch làm việc có thể thay đổi theo yêu cầu công tác. Các Tổ thanh tra báo cáo tiến độ về Tổ Tổng hợp trước 16h00 thứ Sáu hằng tuần.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Chánh Thanh tra tỉnh (b/c);\n- Thành viên Đoàn;\n- Lưu: Đoàn TTr.",
        "TRƯỞNG ĐOÀN\n\n\n\nPhan Minh Đức",
    )
    doc.save(path)


ZB2_HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Lịch công tác tuần 51 - Khoa Công nghệ thông tin</title></head>
<body>
<p><b>TRƯỜNG CAO ĐẲNG KỸ THUẬT HÀ TRUNG</b><br>KHOA CÔNG NGHỆ THÔNG TIN</p>
<h2 style="text-align:center">LỊCH CÔNG TÁC TUẦN 51</h2>
<p style="text-align:center"><i>Từ ngày 14/12/2026 đến ngày 20/12/2026</i></p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Ngày</th><th>Buổi</th><th>Nội dung</th><th>Người chủ trì</th><th>Đơn vị thực hiện</th><th>Địa điểm</th></tr>
<tr><td rowspan="2">Thứ Hai<br>14/12</td><td>Sáng</td><td>Sinh hoạt chuyên môn khoa: rà soát đề cương học phần Lập trình Web</td><td>ThS Trịnh Văn Khải</td><td>Bộ môn Phần mềm</td><td>Phòng B204</td></tr>
<tr><td>Chiều</td><td>Chấm đồ án tốt nghiệp lớp CĐ Tin học ứng dụng K23</td><td>ThS Trịnh Văn Khải</td><td>Hội đồng chấm đồ án</td><td>Phòng B301</td></tr>
<tr><td>Thứ Ba<br>15/12</td><td>Cả ngày</td><td>Trưởng khoa làm việc tại khoa</td><td></td><td></td><td></td></tr>
<tr><td rowspan="2">Thứ Tư<br>16/12</td><td>Sáng</td><td>Kiểm tra phòng máy thực hành trước kỳ thi kết thúc học phần</td><td>KS Đào Minh Quân</td><td>Bộ môn Mạng máy tính</td><td>Phòng máy 1-4</td></tr>
<tr><td>Chiều</td><td>Làm việc tại khoa Cơ khí về ghép lớp học phần Tin học cơ sở</td><td>ThS Trịnh Văn Khải</td><td>Giáo vụ khoa</td><td>Văn phòng khoa Cơ khí</td></tr>
<tr><td>Thứ Năm<br>17/12</td><td>Sáng</td><td>Dự giờ giáo viên tập sự lớp CĐ Thiết kế đồ họa K25 (dự kiến)</td><td>KS Đào Minh Quân</td><td>Bộ môn Đồ họa</td><td>Phòng B105</td></tr>
<tr><td>Thứ Sáu<br>18/12</td><td>Chiều</td><td>Họp khoa tổng kết công tác tháng 12</td><td>ThS Trịnh Văn Khải</td><td>Giáo vụ khoa</td><td>Phòng B204</td></tr>
<tr><td>Thứ Bảy<br>19/12</td><td></td><td>Trực khoa: ThS Nông Thị Vân</td><td></td><td></td><td></td></tr>
<tr><td>Chủ nhật<br>20/12</td><td></td><td>(Không có lịch)</td><td></td><td></td><td></td></tr>
</table>
<p><i>Ghi chú: Lịch có thể điều chỉnh theo kế hoạch của Nhà trường.</i></p>
<p>Các bộ môn nộp đề thi kết thúc học phần về Giáo vụ khoa trước 16 giờ 00 thứ Tư, ngày 16/12/2026.</p>
<p style="text-align:right"><b>TRƯỞNG KHOA</b><br><br>Trịnh Văn Khải</p>
</body></html>
"""


def siblings_zb() -> None:
    (DOCS / "zb2_lich_tuan_khoa_cntt_cao_dang.html").write_text(ZB2_HTML, encoding="utf-8")
    if not shutil.which("soffice"):
        print("soffice not found: the PDF was not regenerated", file=sys.stderr)
        return
    sys.path.insert(0, str(HERE / "heldout"))
    from batch_common import soffice

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "zb1_lich_tuan_doan_thanh_tra.docx"
        zb1_docx(source)
        soffice(source, "pdf", DOCS / "zb1_lich_tuan_doan_thanh_tra.pdf")
