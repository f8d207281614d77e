"""The main corpus's siblings of the held-out document h751 (moved to the main corpus when the importer
was taught its shape, by h13fixYH on 2026-12-06): tasks that close with their fields run in on the same
line, each field after a dash that follows the task's full stop (`<task>. — *Chủ trì:* Phòng X. —
*Thời gian:* hằng tháng.`, an em dash or an en dash, the label in italics or plain): the fields are the
task's lead, partners and time, as on lines of their own under it. Beside them, a task without fields
whose subject is a named body with the place where it sits in parentheses (`Trạm Khuyến nông số 2 (tại
huyện Bảo Lâm) hướng dẫn …`) is led by that body.

`yh1`: a provincial agricultural extension centre's yearly plan (Markdown, bold topic labels over dash
tasks, italic labels after em dashes). `yh2`: a provincial market surveillance department's quarterly
plan (.docx, numbered tasks, plain labels after en dashes). `yh3`: a district health centre's plan
(plain text, dash tasks, plain labels after em dashes).

Their expected items (expected/yh1_…, yh2_…, yh3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yh` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YH1_LINES = (
    "**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH CAO NGUYÊN**",
    "**TRUNG TÂM KHUYẾN NÔNG**",
    "",
    "Số: 36/KH-TTKN",
    "",
    "*Cao Nguyên, ngày 05 tháng 01 năm 2028*",
    "",
    "# KẾ HOẠCH",
    "## Công tác khuyến nông năm 2028",
    "",
    "### I. KẾT QUẢ NĂM 2027",
    "",
    "Năm 2027, Trung tâm xây dựng 14 mô hình trình diễn, tập huấn cho 2.300 lượt nông dân. Việc nhân rộng "
    "mô hình ở các xã vùng cao còn chậm.",
    "",
    "### II. NHIỆM VỤ NĂM 2028",
    "",
    "**1. Xây dựng mô hình trình diễn**",
    "",
    "- Xây dựng 06 mô hình trồng ngô lai trên đất dốc theo hướng canh tác bền vững. — *Chủ trì:* Phòng "
    "Kỹ thuật trồng trọt. — *Phối hợp:* Phòng Nông nghiệp các huyện. — *Thời gian:* Quý III/2028.",
    "- Theo dõi, đánh giá hiệu quả các mô hình chăn nuôi bò sinh sản đã chuyển giao. — *Chủ trì:* Phòng "
    "Kỹ thuật chăn nuôi. — *Thời gian:* hằng quý.",
    "- Trạm Khuyến nông số 2 (tại huyện Bảo Lâm) hướng dẫn nông dân các xã Lý Bôn, Mông Ân kỹ thuật bón "
    "phân cân đối vào thứ Sáu hằng tuần.",
    "",
    "**2. Thông tin, huấn luyện**",
    "",
    "- Tổ chức 20 lớp tập huấn kỹ thuật cho nông dân các xã vùng cao. — *Chủ trì:* Phòng Thông tin - "
    "Huấn luyện. — *Thời gian:* trước ngày 30/11/2028.",
    "- Phát hành bản tin khuyến nông và cập nhật trang thông tin điện tử của Trung tâm. — *Chủ trì:* "
    "Phòng Thông tin - Huấn luyện. — *Thời gian:* thường xuyên.",
    "",
    "### III. KINH PHÍ",
    "",
    "Kinh phí thực hiện từ nguồn sự nghiệp kinh tế năm 2028 giao Trung tâm: 2.450 triệu đồng.",
    "",
    "### IV. TỔ CHỨC THỰC HIỆN",
    "",
    "1. Phòng Hành chính - Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
    "2. Đề nghị Sở Nông nghiệp và Môi trường bố trí kinh phí bổ sung cho mô hình ngô lai trên đất dốc.",
    "",
    "Nơi nhận:",
    "- Sở Nông nghiệp và Môi trường (b/c);",
    "- Các phòng, Trạm;",
    "- Lưu: VT.",
    "",
    "**GIÁM ĐỐC**",
    "",
    "Nông Văn Thạch",
)

YH2_PARAGRAPHS = (
    "SỞ CÔNG THƯƠNG TỈNH LÂM HÀ",
    "CHI CỤC QUẢN LÝ THỊ TRƯỜNG",
    "Số: 21/KH-QLTT",
    "Lâm Hà, ngày 28 tháng 3 năm 2028",
    "KẾ HOẠCH",
    "Kiểm tra, kiểm soát thị trường quý II năm 2028",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Kịp thời phát hiện, xử lý hành vi buôn lậu, gian lận thương mại và hàng giả trên địa bàn tỉnh.",
    "II. NỘI DUNG",
    "1. Kiểm tra việc niêm yết giá, bán theo giá niêm yết tại các chợ đầu mối nông sản. – Chủ trì: "
    "Phòng Nghiệp vụ - Tổng hợp. – Phối hợp: Sở Tài chính. – Thời hạn: 30/6/2028.",
    "2. Kiểm tra chất lượng xăng dầu tại các cửa hàng bán lẻ trên quốc lộ 20. – Chủ trì: Đội Quản lý "
    "thị trường số 1. – Thời hạn: tháng 5/2028.",
    "3. Đội Quản lý thị trường số 2 (đặt tại thị xã Hòa Lạc) kiểm soát hàng hóa vận chuyển qua cửa khẩu "
    "Tà Lùng hằng tháng.",
    "4. Tổng hợp, báo cáo kết quả kiểm tra gửi Cục Quản lý thị trường. – Chủ trì: Phòng Nghiệp vụ - "
    "Tổng hợp. – Thời hạn: trước ngày 05/7/2028.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các Đội Quản lý thị trường báo cáo kết quả về Phòng Nghiệp vụ - Tổng hợp trước ngày 20 hằng tháng.",
    "Nơi nhận:",
    "- Cục Quản lý thị trường (b/c);",
    "- Các Đội QLTT;",
    "- Lưu: VT.",
    "CHI CỤC TRƯỞNG",
    "Hoàng Đức Thuận",
)
_YH2_BOLD = ("KẾ HOẠCH", "I. ", "II. ", "III. ")

YH3_LINES = (
    "UBND HUYỆN NA HANG",
    "TRUNG TÂM Y TẾ HUYỆN",
    "",
    "Số: 58/KH-TTYT",
    "Na Hang, ngày 10 tháng 02 năm 2028",
    "",
    "KẾ HOẠCH",
    "Phòng, chống bệnh truyền nhiễm năm 2028",
    "",
    "I. TÌNH HÌNH NĂM 2027",
    "Năm 2027, toàn huyện ghi nhận 41 ca sốt xuất huyết, 12 ca tay chân miệng; không có tử vong.",
    "",
    "II. CÁC HOẠT ĐỘNG",
    "- Giám sát ca bệnh sốt xuất huyết tại các xã có ổ dịch cũ. — Chủ trì: Khoa Kiểm soát bệnh tật. "
    "— Thời gian: hằng tuần.",
    "- Tập huấn phác đồ điều trị tay chân miệng cho nhân viên y tế tuyến xã. — Chủ trì: Khoa Khám bệnh. "
    "— Phối hợp: Khoa Nhi. — Thời gian: tháng 4/2028.",
    "- Phòng khám đa khoa khu vực số 2 (tại xã Yên Hoa) tổ chức tiêm chủng mở rộng cho trẻ em dưới 1 tuổi "
    "vào ngày 15 hằng tháng.",
    "- Kiểm tra công tác kiểm soát nhiễm khuẩn tại các trạm y tế xã. — Chủ trì: Khoa Kiểm soát nhiễm "
    "khuẩn. — Thời gian: trước ngày 30/9/2028.",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các khoa, phòng, trạm y tế xã báo cáo tình hình dịch bệnh về Khoa Kiểm soát bệnh tật trước 16 giờ "
    "thứ Sáu hằng tuần.",
    "",
    "Nơi nhận:",
    "- Sở Y tế (b/c);",
    "- Các khoa, phòng;",
    "- Lưu: VT.",
    "GIÁM ĐỐC",
    "Ma Thị Hạnh",
)


def yh1_md(path: Path) -> None:
    """A provincial agricultural extension centre's yearly plan (Markdown written by hand)."""
    path.write_text("\n".join(YH1_LINES) + "\n", encoding="utf-8")


def yh2_docx(path: Path) -> None:
    """A provincial market surveillance department's quarterly plan (.docx): roman sections, numbered
    tasks whose fields follow their full stop after en dashes."""
    from docx import Document

    document = Document()
    for text in YH2_PARAGRAPHS:
        run = document.add_paragraph().add_run(text)
        if text.startswith(_YH2_BOLD):
            run.bold = True
    document.save(path)


def yh3_txt(path: Path) -> None:
    """A district health centre's plan against communicable diseases (plain text, UTF-8)."""
    path.write_text("\n".join(YH3_LINES) + "\n", encoding="utf-8")


def siblings_yh() -> None:
    yh1_md(DOCS / "yh1_kh_tt_khuyen_nong_tinh_md.md")
    yh2_docx(DOCS / "yh2_kh_qltt_quy_truong_gach_noi.docx")
    yh3_txt(DOCS / "yh3_kh_ttyt_huyen_truyen_nhiem.txt")
