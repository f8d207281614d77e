"""The main corpus's siblings of h756 (a provincial Association of Victims of Agent Orange's plan), by
h13fixYM on 2026-12-06: plans whose numbered activities are each followed by field lines, the time under
`Thời gian:` and the doer under a bare `Giao:` (assigned to) label with no holder word (`- Giao: Ban
Tuyên truyền - Đối ngoại.`): the unit after it leads that activity, a body named after `phối hợp` takes
part, and a line handing two units a part each (`Giao: Văn phòng Hội chuẩn bị …; Ban Công tác xã hội lập
…`) gives the activity both as leads. A district Red Cross's plan (.docx, dash field lines, time first),
a provincial Youth Union's campaign plan (.md, `+` field lines, the doer first) and a secondary school's
plan (.txt, field lines with no mark, one handing two teams a part each). Their expected items
(expected/ym1_…, ym2_…, ym3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-ym` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YM1_PARAGRAPHS = (
    "HỘI CHỮ THẬP ĐỎ TỈNH ĐÔNG LÂM",
    "HỘI CHỮ THẬP ĐỎ HUYỆN BẮC SƠN",
    "Số: 19/KH-CTĐ",
    "Bắc Sơn, ngày 20 tháng 4 năm 2028",
    "KẾ HOẠCH",
    "Tổ chức Tháng Nhân đạo năm 2028",
    "Thực hiện Kế hoạch số 31/KH-CTĐ ngày 10/4/2028 của Hội Chữ thập đỏ tỉnh, Ban Thường vụ Hội Chữ thập "
    "đỏ huyện xây dựng Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Lan tỏa tinh thần nhân đạo, huy động nguồn lực giúp đỡ người nghèo, người khuyết tật.",
    "II. NỘI DUNG HOẠT ĐỘNG",
    "1. Treo băng rôn, khẩu hiệu hưởng ứng Tháng Nhân đạo tại trụ sở các cơ quan, trường học trên địa bàn "
    "huyện.",
    "- Thời gian: hoàn thành trước ngày 05/5/2028.",
    "- Giao: Ban Tuyên truyền - Huấn luyện.",
    "2. Vận động xây dựng 03 nhà nhân đạo cho hộ nghèo tại xã Tân Lập và xã Đồng Tâm.",
    "- Thời gian: tháng 5 - tháng 7/2028.",
    "- Giao: Ban Công tác xã hội, phối hợp Hội Chữ thập đỏ các xã.",
    "3. Tổ chức Ngày hội hiến máu tình nguyện, chỉ tiêu 400 đơn vị máu.",
    "- Thời gian: ngày 18/5/2028 tại Nhà văn hóa huyện.",
    "- Giao: Ban Chỉ đạo vận động hiến máu tình nguyện huyện.",
    "4. Tổ chức Lễ phát động Tháng Nhân đạo cấp huyện.",
    "- Thời gian: sáng ngày 08/5/2028.",
    "- Giao: Văn phòng Hội chuẩn bị kịch bản, khánh tiết; Ban Tuyên truyền - Huấn luyện mời đại biểu.",
    "III. KINH PHÍ",
    "Từ nguồn ngân sách huyện cấp cho Hội năm 2028 và nguồn vận động.",
    "Nơi nhận:",
    "- Hội Chữ thập đỏ tỉnh (b/c);",
    "- Hội Chữ thập đỏ các xã;",
    "- Lưu: VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Thị Hạnh",
)


def ym1_docx(path: Path) -> None:
    """A district Red Cross's plan for its humanitarian month, dash `Thời gian:` and `Giao:` lines (.docx)."""
    from docx import Document

    document = Document()
    for text in YM1_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


YM2_LINES = (
    "TỈNH ĐOÀN ĐÔNG LÂM",
    "",
    "Số: 142-KH/TĐTN-PTTN",
    "",
    "Đông Lâm, ngày 02 tháng 6 năm 2028",
    "",
    "# KẾ HOẠCH",
    "",
    "Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2028",
    "",
    "## I. MỤC ĐÍCH, YÊU CẦU",
    "",
    "Phát huy vai trò xung kích của đoàn viên, thanh niên trong xây dựng nông thôn mới, bảo vệ môi trường.",
    "",
    "## II. CÁC HOẠT ĐỘNG CHỦ YẾU",
    "",
    "1. Tổ chức Lễ ra quân Chiến dịch tại huyện Bắc Sơn.",
    "",
    "+ Giao: Ban Phong trào thanh niên.",
    "+ Thời gian: ngày 15/6/2028.",
    "",
    "2. Làm mới 20 km đường giao thông nông thôn, thắp sáng 15 km đường quê tại các xã khó khăn.",
    "",
    "+ Giao: Huyện đoàn Bắc Sơn, phối hợp Ủy ban nhân dân các xã.",
    "+ Thời gian: từ ngày 15/6 đến hết ngày 15/8/2028.",
    "",
    "3. Tổ chức lớp tập huấn kỹ năng sơ cấp cứu cho 300 đội viên tình nguyện.",
    "",
    "+ Giao: Trung tâm Hoạt động thanh thiếu nhi tỉnh.",
    "+ Thời gian: trước ngày 30/6/2028.",
    "",
    "4. Tổng kết Chiến dịch, khen thưởng tập thể, cá nhân tiêu biểu.",
    "",
    "+ Giao: Văn phòng Tỉnh đoàn tổng hợp kết quả; Ban Tổ chức - Kiểm tra đề xuất khen thưởng.",
    "+ Thời gian: tháng 9/2028.",
    "",
    "## III. TỔ CHỨC THỰC HIỆN",
    "",
    "Các huyện, thành đoàn báo cáo kết quả Chiến dịch về Ban Phong trào thanh niên trước ngày 25/8/2028.",
    "",
    "**Nơi nhận:**",
    "",
    "- Trung ương Đoàn (b/c);",
    "- Các huyện, thành đoàn;",
    "- Lưu: VP.",
    "",
    "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN",
    "BÍ THƯ",
    "",
    "Phạm Minh Tuấn",
)
YM2_TEXT = "\n".join(YM2_LINES) + "\n"


def ym2_md(path: Path) -> None:
    """A provincial Youth Union's summer campaign plan, `+ Giao:` before `+ Thời gian:` (.md)."""
    path.write_text(YM2_TEXT, encoding="utf-8")


YM3_LINES = (
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BẮC SƠN",
    "TRƯỜNG THCS TÂN LẬP",
    "",
    "Số: 48/KH-THCS",
    "Tân Lập, ngày 10 tháng 8 năm 2028",
    "",
    "KẾ HOẠCH",
    "Tổ chức Lễ khai giảng năm học 2028 - 2029",
    "",
    "I. MỤC ĐÍCH",
    "Tổ chức Lễ khai giảng trang trọng, an toàn, tạo không khí phấn khởi cho học sinh.",
    "",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Trang trí sân khấu, khánh tiết, cắm cờ, treo khẩu hiệu.",
    "Thời gian: xong trước ngày 03/9/2028.",
    "Giao: Tổ Văn phòng.",
    "2. Xây dựng chương trình văn nghệ chào mừng, tập luyện đội trống.",
    "Thời gian: từ ngày 20/8 đến ngày 02/9/2028.",
    "Giao: Liên đội chuẩn bị tiết mục; Tổ Ngữ văn - Nghệ thuật dàn dựng, duyệt chương trình.",
    "3. Bảo đảm an ninh, trật tự, an toàn giao thông trước cổng trường trong buổi lễ.",
    "Thời gian: sáng ngày 05/9/2028.",
    "Giao: Tổ Bảo vệ, phối hợp Công an xã Tân Lập.",
    "4. Tổng vệ sinh trường lớp, kiểm tra hệ thống điện, âm thanh.",
    "Thời gian: trước ngày 01/9/2028.",
    "Giao: Tổ Văn phòng, phối hợp giáo viên chủ nhiệm các lớp.",
    "",
    "Nơi nhận:",
    "- Phòng GD&ĐT (b/c);",
    "- Các tổ chuyên môn;",
    "- Lưu: VT.",
    "HIỆU TRƯỞNG",
    "Trần Thị Lan",
)
YM3_TEXT = "\n".join(YM3_LINES) + "\n"


def ym3_txt(path: Path) -> None:
    """A secondary school's opening-ceremony plan, unmarked `Thời gian:` and `Giao:` lines (.txt)."""
    path.write_text(YM3_TEXT, encoding="utf-8")


def siblings_ym() -> None:
    ym1_docx(DOCS / "ym1_kh_hoi_chu_thap_do_thang_nhan_dao.docx")
    ym2_md(DOCS / "ym2_kh_tinh_doan_tinh_nguyen_he.md")
    ym3_txt(DOCS / "ym3_kh_thcs_le_khai_giang.txt")
