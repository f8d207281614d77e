"""The main corpus's siblings of the held-out documents h677 and h679 (moved to the main corpus when the
importer was taught their shape, by h13fixWD on 2026-12-06): a closing reporting request addressed to a
post or a body held in every unit of a kind — the head nurse of every ward (`Điều dưỡng trưởng các
khoa`), the head of every teaching team (`Tổ trưởng các tổ chuyên môn`), the front committee of every
residential area or hamlet (`Ban Công tác Mặt trận các khu dân cư`, `Chi hội Phụ nữ các ấp`) — is an
item with no lead scored, dated or recurring, also where it is the second sentence of a paragraph
under `TỔ CHỨC THỰC HIỆN` that opens with a person's general follow-up (no item); a point whose
bold run-in label asks bodies outside (`Đề nghị Hội Cựu chiến binh, Hội Nông dân và Đoàn Thanh niên
phường …`) is led by them and its first words follow the label; a deputy heads' undated general
charge is no item. Their expected items (expected/wd1_…, wd2_…, wd3_…) were written by hand before the
first import. `python tests/importing/corpus/make_docs.py --siblings-wd` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

# A high school's notice of the headmaster's conclusions at the monthly staff briefing (.docx)
WD1_PARAGRAPHS = (
    "THÔNG BÁO",
    "Kết luận của Hiệu trưởng tại cuộc họp giao ban chuyên môn tháng 3/2028",
    "Ngày 02/3/2028, Trường THPT Nguyễn Trãi tổ chức họp giao ban chuyên môn tháng 3/2028. Chủ trì: "
    "Hiệu trưởng Đặng Văn Minh; tham dự có các Phó Hiệu trưởng, tổ trưởng 08 tổ chuyên môn. Sau khi nghe "
    "báo cáo, Hiệu trưởng kết luận như sau:",
    "I. ĐÁNH GIÁ CHUNG",
    "Tháng 2/2028, nhà trường duy trì nề nếp dạy học; tỷ lệ học sinh chuyên cần đạt 97,6%. Còn 02 lớp "
    "chưa hoàn thành kế hoạch kiểm tra giữa kỳ đúng hạn.",
    "II. NHIỆM VỤ TRONG THỜI GIAN TỚI",
    "1. Tổ Toán - Tin học xây dựng đề kiểm tra giữa học kỳ II khối 12, nộp về Phó Hiệu trưởng phụ trách "
    "chuyên môn trước ngày 12/3/2028.",
    "2. Tổ Ngữ văn tổ chức chuyên đề đổi mới phương pháp dạy đọc hiểu trong tháng 3/2028.",
    "3. Tổ Văn phòng hoàn thiện hồ sơ thi tốt nghiệp trung học phổ thông của học sinh khối 12 trước ngày "
    "25/3/2028.",
    "4. Đề nghị Ban đại diện cha mẹ học sinh phối hợp tổ chức buổi tư vấn hướng nghiệp cho học sinh khối "
    "12 trong tháng 4/2028.",
    "5. Các Phó Hiệu trưởng theo lĩnh vực được phân công chỉ đạo, kiểm tra việc thực hiện các nội dung trên.",
    "Tổ trưởng các tổ chuyên môn báo cáo kết quả thực hiện về Phó Hiệu trưởng phụ trách chuyên môn trước "
    "ngày 28 hằng tháng.",
    "Nhà trường thông báo để các tổ, cá nhân biết, thực hiện./.",
)


def wd1_docx(path: Path) -> None:
    """A high school's notice of conclusions, March 2028 (.docx): numbered points, a deputy heads'
    general charge, the team heads' monthly closing request."""
    from docx import Document

    document = Document()
    for text in WD1_PARAGRAPHS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if text[:2] in ("I.", "II") or text == "THÔNG BÁO":
            run.bold = True
    document.save(path)


# A ward Fatherland Front's plan for the Great Solidarity houses (HTML, one <p> a line)
WD2_BODY = (
    "<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>",
    "<p>Huy động nguồn lực xã hội hỗ trợ hộ nghèo, hộ cận nghèo trên địa bàn phường xây mới, sửa chữa "
    "nhà ở; bảo đảm công khai, đúng đối tượng.</p>",
    "<p><b>II. NHIỆM VỤ CỤ THỂ</b></p>",
    "<p><b>1. Ban Thường trực Ủy ban MTTQ phường</b></p>",
    "<p>- Ban hành Thư kêu gọi ủng hộ Quỹ xây dựng nhà Đại đoàn kết năm 2028; hoàn thành trước ngày "
    "15/3/2028.</p>",
    "<p>- Phối hợp với UBND phường khảo sát, lập danh sách hộ cần hỗ trợ nhà ở; xong trước ngày "
    "30/3/2028.</p>",
    "<p>- Tổ chức bàn giao nhà Đại đoàn kết cho các hộ được hỗ trợ trong tháng 8/2028.</p>",
    "<p><b>2. Ban Công tác Mặt trận các khu dân cư</b></p>",
    "<p>- Vận động các hộ gia đình, doanh nghiệp trên địa bàn khu dân cư ủng hộ Quỹ; nộp về Ban Thường "
    "trực trước ngày 30/4/2028.</p>",
    "<p>- Theo dõi tiến độ xây dựng, sửa chữa nhà ở của các hộ; thực hiện thường xuyên.</p>",
    "<p><b>3. Đề nghị Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ, Hội Nông dân và Đoàn Thanh niên phường</b> "
    "huy động hội viên, đoàn viên tham gia ngày công xây dựng nhà cho hộ nghèo tại khu dân cư số 3, khu "
    "dân cư số 7; hoàn thành trước ngày 31/7/2028.</p>",
    "<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>",
    "<p>Đồng chí Phó Chủ tịch Ủy ban MTTQ phường Nguyễn Thị Hằng giúp Ban Thường trực theo dõi chung việc "
    "thực hiện Kế hoạch. Ban Công tác Mặt trận các khu dân cư báo cáo tiến độ vận động về Ban Thường trực "
    "Ủy ban MTTQ phường trước ngày 20 hằng tháng.</p>",
)
WD2_HTML = (
    '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
    "<title>Kế hoạch vận động Quỹ nhà Đại đoàn kết năm 2028</title>\n</head>\n<body>\n"
    "<p>ỦY BAN MTTQ VIỆT NAM<br>PHƯỜNG TÂN HÒA</p>\n"
    "<p>Số: 07/KH-MTTQ-BTT</p>\n"
    "<p>Tân Hòa, ngày 05 tháng 3 năm 2028</p>\n"
    "<p><b>KẾ HOẠCH</b></p>\n"
    "<p><b>Vận động ủng hộ Quỹ xây dựng nhà Đại đoàn kết năm 2028</b></p>\n"
    "<p>Thực hiện Hướng dẫn số 12/HD-MTTQ-BTT ngày 20/02/2028 của Ban Thường trực Ủy ban MTTQ Việt Nam "
    "thành phố, Ban Thường trực Ủy ban MTTQ Việt Nam phường Tân Hòa xây dựng Kế hoạch như sau:</p>\n"
    + "\n".join(WD2_BODY)
    + "\n<p><b>TM. BAN THƯỜNG TRỰC<br>CHỦ TỊCH</b></p>\n<p><b>Lê Quang Vinh</b></p>\n</body>\n</html>\n"
)


def wd2_html(path: Path) -> None:
    """A ward Fatherland Front's 2028 plan (HTML): unit labels over dash tasks, a bold request label to
    four bodies, the residential areas' monthly request after a person's follow-up."""
    path.write_text(WD2_HTML, encoding="utf-8")


# A commune women's union's plan (plain text, a paragraph a line)
WD3_LINES = (
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ VĨNH THẠNH",
    "Số: 15/KH-HPN",
    "Vĩnh Thạnh, ngày 10 tháng 5 năm 2027",
    "KẾ HOẠCH",
    'Triển khai mô hình "Tiết kiệm vì phụ nữ nghèo" năm 2027',
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Giúp hội viên phụ nữ nghèo có vốn phát triển kinh tế gia đình; việc quản lý nguồn vốn công khai, "
    "minh bạch.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Ban Thường vụ Hội LHPN xã",
    "- Ban hành Quy chế quản lý nguồn vốn tiết kiệm của mô hình; hoàn thành trước ngày 31/5/2027.",
    "- Tổ chức tập huấn kỹ năng quản lý tổ tiết kiệm cho cán bộ chi hội trong tháng 6/2027.",
    "2. Chi hội Phụ nữ các ấp",
    "- Thành lập tổ tiết kiệm, bầu tổ trưởng, tổ phó; xong trước ngày 30/6/2027.",
    "- Duy trì sinh hoạt tổ tiết kiệm, ghi chép sổ sách hằng tháng.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Đồng chí Phó Chủ tịch Hội LHPN xã Trần Thị Mỹ giúp Ban Thường vụ theo dõi chung việc thực hiện Kế "
    "hoạch. Chi hội Phụ nữ các ấp báo cáo kết quả thực hiện mô hình về Ban Thường vụ Hội LHPN xã trước "
    "ngày 15/12/2027.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Võ Thị Hoa",
)
WD3_TEXT = "\n".join(WD3_LINES) + "\n"


def wd3_txt(path: Path) -> None:
    """A commune women's union's 2027 plan (plain text, UTF-8): every hamlet's branch's dated closing
    request after a person's follow-up."""
    path.write_text(WD3_TEXT, encoding="utf-8")


def siblings_wd() -> None:
    wd1_docx(DOCS / "wd1_tb_kl_thpt_giao_ban_chuyen_mon.docx")
    wd2_html(DOCS / "wd2_kh_mttq_phuong_nha_dai_doan_ket.html")
    wd3_txt(DOCS / "wd3_kh_hpn_xa_tiet_kiem.txt")
