"""The main corpus's siblings of the held-out documents h780 and h777 (moved to the main corpus when
the importer was taught their shapes, by h13fixYT on 2026-12-06). yt1 (h780's): a provincial
Department of Construction's housing division's yearly plan as a PDF (from .docx): lettered tasks
(with `đ`) each followed by its own `Phân công: <tổ>.` and `Thời hạn: …` paragraphs, teams with
two-part dashed names (`Tổ Kiểm tra - Xử lý vi phạm`, `Tổ Thị trường - Bất động sản`), one task
with its team in parentheses instead, the team as `bộ phận đầu mối`. yt3 (h780's): a provincial
water resources survey team's field plan (.odt) with numbered tasks, `Phân công:` and `Thời gian:`
paragraphs, dashed teams (`Tổ Khảo sát - Đo đạc`, `Tổ Địa chất - Thủy văn`). yt2 (h777's): a
commune Farmers' Association's plan as Markdown: dash points under bold numbered topics, nearly all
naming their doer — a chapter or the association's office or board as the sentence's subject, every
chapter (`Các chi hội …`), or the doer in parentheses at the end — one topic's paragraph with no doer.
Their expected items (expected/yt1_…, yt2_…, yt3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yt` writes the three (yt1 and yt3 through
LibreOffice).
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YT1_BODY = (
    "Căn cứ Quyết định số 402/QĐ-SXD ngày 12/8/2027 của Giám đốc Sở Xây dựng quy định chức năng, nhiệm vụ của Phòng Quản lý nhà và Thị trường bất động sản; Phòng xây dựng Kế hoạch công tác năm 2028 như sau:",
    "I. KẾT QUẢ NĂM 2027",
    "Năm 2027, Phòng đã thẩm định 14 dự án nhà ở thương mại, 03 dự án nhà ở xã hội; kiểm tra 09 sàn giao dịch bất động sản, kiến nghị xử phạt 02 trường hợp.",
    "II. NHIỆM VỤ NĂM 2028",
    "a) Thẩm định chủ trương đầu tư, điều chỉnh dự án nhà ở thương mại, nhà ở xã hội trên địa bàn tỉnh.",
    "Phân công: Tổ Phát triển nhà - Nhà ở xã hội.",
    "Thời hạn: thường xuyên.",
    "b) Xây dựng Chương trình phát triển nhà ở tỉnh giai đoạn 2028 - 2035, trình UBND tỉnh phê duyệt.",
    "Phân công: Tổ Phát triển nhà - Nhà ở xã hội chủ trì, phối hợp Viện Quy hoạch xây dựng tỉnh.",
    "Thời hạn: trước ngày 30/6/2028.",
    "c) Kiểm tra hoạt động kinh doanh bất động sản của 15 doanh nghiệp, sàn giao dịch bất động sản.",
    "Phân công: Tổ Kiểm tra - Xử lý vi phạm.",
    "Thời hạn: Quý III/2028.",
    "d) Công bố thông tin về dự án bất động sản đủ điều kiện đưa vào kinh doanh trên Cổng thông tin điện tử của Sở.",
    "Phân công: Tổ Thị trường - Bất động sản.",
    "Thời hạn: hằng tháng.",
    "đ) Giải quyết kiến nghị của người mua nhà tại các dự án chậm bàn giao.",
    "Phân công: Tổ Kiểm tra - Xử lý vi phạm.",
    "Thời hạn: trong vòng 15 ngày kể từ ngày nhận được kiến nghị.",
    "e) Tổng hợp số liệu nhà ở, thị trường bất động sản quý, năm báo cáo Bộ Xây dựng, hoàn thành trước ngày 20/12/2028 (Tổ Thị trường - Bất động sản).",
    "g) Rà soát quỹ nhà ở công vụ của tỉnh, đề xuất phương án bố trí cho cán bộ luân chuyển.",
    "Phân công: Tổ Phát triển nhà - Nhà ở xã hội.",
    "Thời hạn: trước ngày 31/5/2028.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Các tổ thuộc Phòng căn cứ nhiệm vụ được giao chủ động xây dựng kế hoạch chi tiết, triển khai thực hiện.",
    "2. Tổ Kiểm tra - Xử lý vi phạm là bộ phận đầu mối, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả báo cáo Trưởng phòng hằng tháng.",
    "3. Đề nghị Thanh tra Sở phối hợp kiểm tra, xử lý các vi phạm trong kinh doanh bất động sản.",
)

YT3_BODY = (
    "Thực hiện Quyết định số 88/QĐ-TNN ngày 05/01/2028 của Giám đốc Trung tâm Quan trắc tài nguyên nước tỉnh về điều tra hiện trạng khai thác nước dưới đất vùng ven biển, Đoàn khảo sát lập Kế hoạch khảo sát thực địa như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nắm chắc hiện trạng khai thác, sử dụng nước dưới đất tại 06 xã ven biển; số liệu trung thực, đầy đủ.",
    "II. NỘI DUNG KHẢO SÁT",
    "1. Đo mực nước tĩnh, mực nước động tại 120 giếng khoan của hộ gia đình, cơ sở sản xuất.",
    "Phân công: Tổ Khảo sát - Đo đạc.",
    "Thời gian: từ ngày 10/3/2028 đến ngày 25/3/2028.",
    "2. Lấy 60 mẫu nước phân tích độ mặn, gửi phòng thí nghiệm của Trung tâm.",
    "Phân công: Tổ Địa chất - Thủy văn.",
    "Thời gian: trước ngày 31/3/2028.",
    "3. Phỏng vấn hộ khai thác nước theo phiếu điều tra mẫu số 02.",
    "Phân công: Tổ Khảo sát - Đo đạc chủ trì, phối hợp UBND các xã ven biển.",
    "Thời gian: tháng 4/2028.",
    "4. Lập sơ đồ phân bố giếng khoan, khoanh vùng nhiễm mặn tỷ lệ 1/25.000.",
    "Phân công: Tổ Địa chất - Thủy văn.",
    "Thời gian: Quý II/2028.",
    "5. Bố trí phương tiện, nhiên liệu, bảo hộ lao động cho các tổ (Tổ Tổng hợp - Hậu cần).",
    "6. Cập nhật nhật ký khảo sát vào phần mềm quản lý số liệu của Trung tâm.",
    "Phân công: Tổ Tổng hợp - Hậu cần.",
    "Thời gian: hằng tuần.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Tổ Tổng hợp - Hậu cần là bộ phận đầu mối, theo dõi tiến độ, tổng hợp báo cáo Trưởng đoàn trước ngày 15/6/2028.",
    "2. Đề nghị Phòng Nông nghiệp và Môi trường huyện Đông Hải cung cấp danh sách giếng khoan đã đăng ký trước ngày 05/3/2028.",
)

YT2_LINES = (
    "# HỘI NÔNG DÂN HUYỆN ĐÔNG HẢI",
    "## HỘI NÔNG DÂN XÃ TÂN LẬP",
    "",
    "Số: 41/KH-HND — *Tân Lập, ngày 15 tháng 01 năm 2028*",
    "",
    "# KẾ HOẠCH",
    "## Hỗ trợ hội viên tiêu thụ nông sản và chăm lo hội viên khó khăn năm 2028",
    "",
    "Căn cứ Chương trình công tác năm 2028 của Ban Thường vụ Hội Nông dân huyện; Ban Thường vụ Hội Nông dân xã xây dựng Kế hoạch như sau:",
    "",
    "### I. MỤC ĐÍCH",
    "",
    "- Giúp hội viên tiêu thụ rau, quả an toàn ổn định; không để hội viên nghèo thiếu vốn sản xuất.",
    "",
    "### II. NỘI DUNG",
    "",
    "**1. Kết nối tiêu thụ nông sản**",
    "",
    "- Các chi hội thôn rà soát sản lượng rau, quả của hội viên, gửi Văn phòng Hội trước ngày 25/02/2028.",
    "- Văn phòng Hội tổng hợp, lập danh mục sản phẩm giới thiệu với các bếp ăn tập thể trước ngày 10/3/2028.",
    "- Ban Thường vụ Hội làm việc với Công ty TNHH Nông sản Xanh ký kết hợp đồng bao tiêu; hoàn thành trong tháng 4/2028.",
    "",
    "**2. Hỗ trợ vốn, kỹ thuật**",
    "",
    "- Chi hội Nông dân thôn Đông Hạ phối hợp Trạm Khuyến nông huyện tổ chức lớp tập huấn trồng rau theo VietGAP vào ngày 18/3/2028.",
    "- Bình xét, giải ngân vốn Quỹ Hỗ trợ nông dân cho 12 hộ hội viên trước ngày 30/5/2028 (Ban Thường vụ Hội thực hiện).",
    "",
    "**3. Chăm lo hội viên khó khăn**",
    "",
    "- Chi hội Nông dân thôn Tây Sơn thăm hỏi, tặng quà hội viên ốm đau, gia đình gặp rủi ro thiên tai; hoàn thành trước ngày 30/9/2028.",
    "- Văn phòng Hội vận động doanh nghiệp, nhà hảo tâm ủng hộ phân bón, giống cây trồng cho hộ nghèo; thời gian từ ngày 01/4/2028 đến ngày 31/8/2028.",
    "",
    "**4. Ngày hội nông sản**",
    "",
    "Phối hợp Hợp tác xã Nông nghiệp Tân Lập tổ chức phiên chợ nông sản an toàn tại chợ trung tâm xã (dự kiến ngày 20/10/2028).",
    "",
    "### III. TỔ CHỨC THỰC HIỆN",
    "",
    "1. Văn phòng Hội là bộ phận đầu mối, theo dõi, đôn đốc các chi hội triển khai Kế hoạch.",
    "2. Đề nghị Ngân hàng Chính sách xã hội huyện (Phòng giao dịch) hướng dẫn hồ sơ vay vốn cho hội viên trước ngày 15/3/2028.",
    "3. Các chi hội báo cáo kết quả thực hiện về Văn phòng Hội trước ngày 05/12/2028.",
    "",
    "*Nơi nhận:* Hội Nông dân huyện (b/c); Đảng ủy, UBND xã (b/c); các chi hội; lưu VP.",
    "",
    "**TM. BAN THƯỜNG VỤ — CHỦ TỊCH**",
    "",
    "**Lương Văn Thắng**",
)


def _plan_docx(
    h, path: Path, left: list[str], place_date: str, title: list[str], body, signer: list[str]
) -> None:
    """A plan as offices type it in Word: the two-column heading, the title, the body paragraphs and
    the signature table."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(document, left, place_date)
    for text in title:
        document.add_paragraph(text)
    for text in body:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Nơi nhận:\n- Như Mục III;\n- Lưu: VT."
    table.cell(0, 1).text = "\n".join(signer)
    document.save(path)


def siblings_yt() -> None:
    (DOCS / "yt2_kh_hoi_nong_dan_xa_tieu_thu_nong_san.md").write_text(
        "\n".join(YT2_LINES) + "\n", encoding="utf-8"
    )
    if not shutil.which("soffice"):
        print("soffice not found: yt1 and yt3 were not regenerated", file=sys.stderr)
        return
    h = heldout_writers()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        name = "yt1_kh_phong_quan_ly_nha_phan_cong"
        _plan_docx(
            h,
            tmp / f"{name}.docx",
            ["SỞ XÂY DỰNG TỈNH HÒA NAM", "PHÒNG QUẢN LÝ NHÀ VÀ THỊ TRƯỜNG BẤT ĐỘNG SẢN", "Số: 09/KH-QLN"],
            "Hòa Nam, ngày 28 tháng 12 năm 2027",
            ["KẾ HOẠCH", "Công tác quản lý nhà và thị trường bất động sản năm 2028"],
            YT1_BODY,
            ["TRƯỞNG PHÒNG", "", "", "Đinh Quốc Bảo"],
        )
        h.soffice_convert(tmp / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
        name = "yt3_kh_doan_khao_sat_nuoc_duoi_dat"
        _plan_docx(
            h,
            tmp / f"{name}.docx",
            ["TRUNG TÂM QUAN TRẮC TÀI NGUYÊN NƯỚC", "ĐOÀN KHẢO SÁT NƯỚC DƯỚI ĐẤT VEN BIỂN", "Số: 03/KH-ĐKS"],
            "Hòa Nam, ngày 20 tháng 02 năm 2028",
            ["KẾ HOẠCH", "Khảo sát thực địa hiện trạng khai thác nước dưới đất vùng ven biển năm 2028"],
            YT3_BODY,
            ["TRƯỞNG ĐOÀN", "", "", "Vũ Thị Hạnh"],
        )
        h.soffice_convert(tmp / f"{name}.docx", "odt", DOCS / f"{name}.odt")
