# ruff: noqa: E501 — document text is data: long lines.
"""The main corpus's siblings of the held-out documents h500 and h505 (moved to the main corpus when
the importer was taught their shapes, helper h13fixRS).
rs1: a district Women's Union's plan for a month of action (.docx) whose lettered activities print
their day and doer in a parenthesis with the time first (`(ngày 22/11/2027; Ban X phối hợp Phòng Y)`,
`(ngày 25/11/2027; Văn phòng Hội chủ trì)`), or a day alone in a parenthesis closing the activity's
sentence before a `Giao <ban> chủ trì …` sentence (`… (ngày 15/11/2027). Giao …`); beside them a dash
point whose sentence opens with a named board and its verb (`- Ban Gia đình - Xã hội hướng dẫn …`).
rs2: a provincial Farmers' Association's plan for a farmers' fair (.odt) of the same shape in
numbered points (`(ngày 15/4/2028; Ban Tuyên huấn chủ trì, phối hợp …)`, `(quý II/2028; Trung tâm …
phối hợp …)`, `5. Ban Tổ chức - Kiểm tra hướng dẫn …`).
rs3: a commune People's Committee's notice of conclusions printed to a text PDF whose points end
with a bare day (no year) after a deadline word broken onto a line of its own, the parenthesis and
the sentence closing after it (`… (xong trước` / `20/12).`, `… (trước ngày` / `28/12).`).
Their expected items (expected/rs*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rs` writes the three.
"""

import shutil
import sys
from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, letter, write_converted


def _paragraphs(document, lines: list[str]) -> None:
    """Each line a paragraph; a line starting `**` bold (a heading), the marks dropped; a `⏎` in a
    line is a forced line break there (the words after it start the next printed line)."""
    for line in lines:
        bold = line.startswith("**")
        paragraph = document.add_paragraph()
        parts = line.removeprefix("**").split("⏎")
        for index, part in enumerate(parts):
            run = paragraph.add_run(part)
            run.bold = bold
            if index < len(parts) - 1:
                run.add_break()


def rs1_docx(h, path: Path) -> None:
    """Hội LHPN huyện Tân Phước (Tiền Giang): plan for the 2027 action month for gender equality."""
    letter(
        h,
        ["HỘI LHPN TỈNH TIỀN GIANG", "BAN THƯỜNG VỤ HỘI LHPN HUYỆN TÂN PHƯỚC", "Số: 41/KH-HPN"],
        "Tân Phước, ngày 20 tháng 10 năm 2027",
        [
            "**KẾ HOẠCH",
            "**Tổ chức Tháng hành động vì bình đẳng giới năm 2027",
            "**I. MỤC ĐÍCH, YÊU CẦU",
            "- Nâng cao nhận thức của hội viên, phụ nữ và cộng đồng về bình đẳng giới.",
            "- Các hoạt động thiết thực, phù hợp điều kiện từng địa phương.",
            "**II. THỜI GIAN",
            "Tháng hành động được tổ chức từ ngày 15/11/2027 đến ngày 15/12/2027.",
            "**III. NỘI DUNG HOẠT ĐỘNG",
            "**1. Hoạt động cấp huyện",
            "a) Lễ phát động Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở "
            "giới tại Trung tâm Văn hóa - Thể thao huyện (ngày 15/11/2027). Giao Ban Tuyên giáo chủ trì, phối "
            "hợp Phòng Văn hóa - Thông tin huyện tổ chức.",
            'b) Hội thi "Phụ nữ với pháp luật về bình đẳng giới" cho hội viên các xã (ngày 22/11/2027; Ban '
            "Chính sách - Luật pháp phối hợp Phòng Tư pháp huyện).",
            'c) Tọa đàm "Chia sẻ việc nhà cùng phụ nữ" với đoàn viên, hội viên các đoàn thể (Ban Gia đình - Xã '
            "hội; trong tháng 11/2027).",
            "d) Trao hỗ trợ sinh kế cho 20 phụ nữ là nạn nhân bạo lực gia đình (ngày 25/11/2027; Văn phòng Hội "
            "chủ trì).",
            "**2. Hoạt động ở cơ sở",
            "- Hội LHPN các xã, thị trấn tổ chức ít nhất 01 buổi truyền thông tại khu dân cư; hoàn thành trong "
            "tháng 11/2027.",
            '- Ban Gia đình - Xã hội hướng dẫn Chi hội phụ nữ các ấp xây dựng mô hình "Gia đình không bạo lực" '
            "(từ ngày 05/12 đến ngày 12/12/2027).",
            "**IV. TỔ CHỨC THỰC HIỆN",
            "1. Ban Tuyên giáo là bộ phận thường trực, tham mưu Ban Thường vụ Hội theo dõi, tổng hợp kết quả "
            "thực hiện Kế hoạch.",
            "2. Hội LHPN các xã, thị trấn báo cáo kết quả về Ban Thường vụ Hội LHPN huyện (qua Ban Tuyên giáo) "
            "trước ngày 18/12/2027.",
            "Nơi nhận:",
            "- Hội LHPN tỉnh (b/c);",
            "- Lưu: VT.",
            "TM. BAN THƯỜNG VỤ",
            "CHỦ TỊCH",
            "Nguyễn Thị Bích Thủy",
        ],
        write=_paragraphs,
    ).save(path)


def rs2_docx(h, path: Path) -> None:
    """Hội Nông dân tỉnh Hậu Giang: plan for the 2028 provincial farmers' fair (converted to .odt)."""
    letter(
        h,
        ["BAN CHẤP HÀNH", "HỘI NÔNG DÂN TỈNH HẬU GIANG", "Số: 77-KH/HNDT"],
        "Vị Thanh, ngày 02 tháng 3 năm 2028",
        [
            "**KẾ HOẠCH",
            "**Tổ chức Ngày hội Nông dân tỉnh Hậu Giang lần thứ III năm 2028",
            "**I. MỤC ĐÍCH",
            "Quảng bá nông sản chủ lực của tỉnh, tôn vinh nông dân sản xuất, kinh doanh giỏi.",
            "**II. CÁC HOẠT ĐỘNG CHÍNH",
            "1. Khai mạc Hội chợ nông sản an toàn và sản phẩm OCOP tại Quảng trường tỉnh (ngày 08/4/2028). "
            "Giao Ban Kinh tế - Xã hội chủ trì, phối hợp Trung tâm Hỗ trợ nông dân tỉnh tổ chức.",
            '2. Diễn đàn "Nông dân với chuyển đổi số trong tiêu thụ nông sản" (ngày 15/4/2028; Ban Tuyên huấn '
            "chủ trì, phối hợp Sở Công Thương).",
            "3. Tập huấn kỹ thuật canh tác lúa giảm phát thải cho 200 hội viên nông dân (quý II/2028; Trung tâm "
            "Hỗ trợ nông dân tỉnh phối hợp Sở Nông nghiệp và Môi trường).",
            '4. Trao giải cuộc thi "Nhà nông sáng tạo" năm 2028 (ngày 28/4/2028; Văn phòng Hội Nông dân tỉnh '
            "chủ trì).",
            "5. Ban Tổ chức - Kiểm tra hướng dẫn Hội Nông dân các huyện, thị xã đăng ký gian hàng và đại biểu "
            "tham dự (trước ngày 25/3/2028).",
            "6. Hội Nông dân các huyện, thị xã lựa chọn sản phẩm tiêu biểu tham gia Hội chợ; hoàn thành trước "
            "ngày 31/3/2028.",
            "**III. TỔ CHỨC THỰC HIỆN",
            "1. Văn phòng Hội Nông dân tỉnh bảo đảm kinh phí, hậu cần cho các hoạt động của Ngày hội.",
            "2. Hội Nông dân các huyện, thị xã báo cáo kết quả về Ban Thường vụ Hội Nông dân tỉnh trước ngày "
            "10/5/2028.",
            "Nơi nhận:",
            "- Trung ương Hội NDVN (b/c);",
            "- Lưu: VP.",
            "TM. BAN THƯỜNG VỤ",
            "CHỦ TỊCH",
            "Trần Văn Lực",
        ],
        write=_paragraphs,
    ).save(path)


def rs3_docx(h, path: Path) -> None:
    """UBND xã Phú Hữu: notice of the chairman's conclusions at the November 2027 briefing (to PDF);
    two points end with a bare day after a deadline word forced onto a line of its own."""
    letter(
        h,
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚ HỮU", "Số: 312/TB-UBND"],
        "Phú Hữu, ngày 03 tháng 12 năm 2027",
        [
            "**THÔNG BÁO",
            "**Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp giao ban tháng 11 năm 2027",
            "Ngày 01/12/2027, Chủ tịch UBND xã chủ trì cuộc họp giao ban tháng 11 năm 2027. Sau khi nghe báo "
            "cáo và ý kiến của các đại biểu, Chủ tịch UBND xã kết luận như sau:",
            "**1. Đánh giá chung",
            "Trong tháng 11 năm 2027, các phòng, đơn vị đã hoàn thành cơ bản nhiệm vụ được giao; tuy nhiên "
            "tiến độ giải ngân vốn đầu tư công còn chậm.",
            "**2. Nhiệm vụ trọng tâm tháng 12 năm 2027",
            "2.1. Phòng Kinh tế chủ trì rà soát, hoàn thiện hồ sơ quyết toán các công trình hoàn thành năm "
            "2027, gửi Văn phòng HĐND và UBND xã (xong trước⏎20/12).",
            "2.2. Phòng Văn hóa - Xã hội lập danh sách hộ nghèo, hộ cận nghèo được tặng quà Tết Nguyên đán; "
            "trình Chủ tịch UBND xã trước ngày 15/12/2027.",
            "2.3. Trung tâm Phục vụ hành chính công xã tổng hợp, công khai số hồ sơ trễ hạn, báo cáo Chủ tịch "
            "UBND xã định kỳ hằng tháng.",
            "2.4. Công an xã chủ trì, phối hợp Ban Chỉ huy Quân sự xã bảo đảm an ninh trật tự dịp Lễ Giáng "
            "sinh và Tết Dương lịch (hoàn thành kế hoạch trước⏎22/12).",
            "2.5. Văn phòng HĐND và UBND xã chuẩn bị nội dung kỳ họp cuối năm của Hội đồng nhân dân xã; thời "
            "gian trong tháng 12/2027.",
            "2.6. Ban Chỉ huy Quân sự xã hoàn thành hồ sơ gọi công dân nhập ngũ năm 2028 (trước ngày⏎28/12).",
            "**3. Đối với các ấp",
            "Ban nhân dân các ấp báo cáo kết quả vận động Quỹ Vì người nghèo năm 2027 về UBND xã (qua Phòng "
            "Văn hóa - Xã hội) trước ngày 26/12/2027.",
            "Ủy ban nhân dân xã thông báo để các phòng, đơn vị và Ban nhân dân các ấp biết, thực hiện./.",
            "Nơi nhận:",
            "- Thường trực Đảng ủy xã (b/c);",
            "- Lưu: VT.",
            "TL. CHỦ TỊCH",
            "CHÁNH VĂN PHÒNG",
            "Lê Văn Tâm",
        ],
        write=_paragraphs,
    ).save(path)


def siblings_rs() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    rs1_docx(h, DOCS / "rs1_kh_hoi_phu_nu_huyen_thang_hanh_dong.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the .odt and the .pdf were not regenerated", file=sys.stderr)
        return
    write_converted(
        h,
        [
            (rs2_docx, "rs2_kh_hoi_nong_dan_tinh_ngay_hoi.docx", "odt"),
            (rs3_docx, "rs3_tb_kl_ubnd_xa_giao_ban.docx", "pdf"),
        ],
    )
