"""The main corpus's sibling of the held-out document h366 (moved to the main corpus when the
importer was taught its shape, helper h13fixQF). qf1: a provincial Department of Agriculture's
plan whose numbered task headings are each followed by dash fields, the first of them on some
tasks a `- Nội dung thực hiện:` line saying what the task holds (no sub-task of its own), then
`- Cơ quan chủ trì:`, `- Cơ quan phối hợp:`, `- Thời gian hoàn thành:` (and a `- Kinh phí:` line).
Its expected items (expected/qf1_…) were written by hand before its first import; qf2 (the same
shape as plain text, decimal tasks, `+` fields) and qf3 (the shape of h369, as plain text) are
written by hand. `python tests/importing/corpus/make_docs.py --siblings-qf` writes qf1 (.docx).
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

_QF1_TASKS = [
    (
        "Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh động vật các cấp",
        "",
        "Chi cục Chăn nuôi và Thú y",
        "Văn phòng Sở; UBND các huyện, thị xã",
        "Thời gian hoàn thành: Tháng 4/2027",
    ),
    (
        "Giám sát chủ động dịch tả lợn châu Phi tại các cơ sở chăn nuôi",
        "Lấy mẫu xét nghiệm tại 120 cơ sở chăn nuôi tập trung; báo cáo ổ dịch mới trong vòng 24 giờ "
        "kể từ khi có kết quả xét nghiệm dương tính.",
        "Trạm Chẩn đoán xét nghiệm bệnh động vật",
        "Các Trạm Chăn nuôi và Thú y cấp huyện",
        "Thời gian thực hiện: Thường xuyên",
    ),
    (
        "Tổ chức tháng tiêu độc, khử trùng môi trường chăn nuôi",
        "Phun hóa chất tại chợ buôn bán gia súc, lò giết mổ và khu vực chăn nuôi; đợt 1 sau Tết Nguyên "
        "đán, đợt 2 trước mùa mưa.",
        "Ủy ban nhân dân các huyện, thị xã",
        "Chi cục Chăn nuôi và Thú y",
        "Thời gian thực hiện: Đợt 1 trong tháng 3/2027; đợt 2 trong tháng 8/2027",
    ),
    (
        "Kiểm soát vận chuyển, giết mổ động vật và sản phẩm động vật",
        "",
        "Chi cục Chăn nuôi và Thú y",
        "Công an tỉnh; Cục Quản lý thị trường tỉnh",
        "Thời gian thực hiện: Từ tháng 5 đến tháng 12/2027",
    ),
    (
        "Tuyên truyền biện pháp chăn nuôi an toàn sinh học",
        "Xây dựng phóng sự, tờ rơi; phối hợp Đài Phát thanh - Truyền hình tỉnh phát sóng 02 kỳ mỗi tháng.",
        "Trung tâm Khuyến nông",
        "Đài Phát thanh - Truyền hình tỉnh",
        "Thời gian hoàn thành: Quý III/2027",
    ),
    (
        "Dự trữ vắc xin, hóa chất phục vụ chống dịch",
        "",
        "Phòng Kế hoạch - Tài chính",
        "Chi cục Chăn nuôi và Thú y",
        "Thời gian hoàn thành: Trước ngày 31/5/2027",
    ),
]


def qf1_docx(path: Path) -> None:
    """A Department of Agriculture's plan: `II. NHIỆM VỤ VÀ PHÂN CÔNG` with six numbered task headings,
    each over dash fields (`- Nội dung thực hiện:` on four), then a funding section and a closing."""
    from docx import Document

    document = Document()
    for line in (
        "UBND TỈNH HÒA BÌNH NAM",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "Số: 142/KH-SNNMT",
        "Hòa Bình Nam, ngày 12 tháng 3 năm 2027",
        "KẾ HOẠCH",
        "Phòng, chống dịch tả lợn châu Phi trên địa bàn tỉnh năm 2027",
        "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;",
        "Sở Nông nghiệp và Môi trường ban hành Kế hoạch phòng, chống dịch tả lợn châu Phi năm 2027 như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "- Chủ động phát hiện sớm, khoanh vùng, xử lý kịp thời ổ dịch, không để dịch lây lan diện rộng.",
        "- Phân công rõ trách nhiệm của từng cơ quan, đơn vị.",
        "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
    ):
        document.add_paragraph(line)
    for number, (title, contents, lead, partners, time) in enumerate(_QF1_TASKS, start=1):
        document.add_paragraph(f"{number}. {title}")
        if contents:
            document.add_paragraph(f"- Nội dung thực hiện: {contents}")
        document.add_paragraph(f"- Cơ quan chủ trì: {lead}")
        document.add_paragraph(f"- Cơ quan phối hợp: {partners}")
        if number == 6:
            document.add_paragraph("- Kinh phí: 2,4 tỷ đồng từ nguồn dự phòng ngân sách tỉnh")
        document.add_paragraph(f"- {time}")
    for line in (
        "III. KINH PHÍ",
        "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách tỉnh năm 2027 và các nguồn hợp pháp "
        "khác.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan, đơn vị căn cứ nhiệm vụ được phân công chủ động triển khai thực hiện. Trong quá trình "
        "thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo Sở để xem xét, giải quyết./.",
        "Nơi nhận:",
        "- UBND tỉnh (b/c);",
        "- Lưu: VT, CNTY.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Lương Văn Khải",
    ):
        document.add_paragraph(line)
    document.save(path)


def siblings_qf() -> None:
    qf1_docx(DOCS / "qf1_kh_dich_ta_lon_so_nn_truong_noi_dung_thuc_hien.docx")
