"""The main corpus's siblings of the held-out document h821 (a provincial Veterans' Association's
yearly programme in prose under month headings), moved to the main corpus by h13fixZE, written by
h13fixZO on 2026-12-06.

Their shape: a body's yearly programme in prose under month headings printed alone without a colon
(`Tháng 02/2027`, `Tháng 3 năm 2027`, `Tháng 11 - 12/2027`, in capitals without the year `THÁNG 3`,
`THÁNG 7 - 8`), a quarter among them (`Quý III/2027`, `QUÝ IV`), and a standing-work heading (`Các hoạt
động thường xuyên`, `NHIỆM VỤ THƯỜNG XUYÊN`, `Công việc thường xuyên trong năm 2027`) over dash points
closing with their board in parentheses (`(Ban Gia đình - Xã hội)`), some with two boards (`(Ban
Tuyên giáo; Ban Kinh tế)`); a monthly report of every lower body under TỔ CHỨC THỰC HIỆN.

`zo1` (.docx): a provincial Women's Union's yearly programme.
`zo2` (.docx): a district Youth Union's yearly programme, its month titles in capitals.
`zo3` (.docx): a provincial Lawyers' (jurists') Association's yearly programme.

Their expected items (expected/zo1_…, zo2_…, zo3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zo` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def _body(doc, lines: list[str]) -> None:
    """Paragraphs: a line starting with `#` is a bold heading (the mark dropped), the rest plain."""
    for line in lines:
        if line.startswith("#"):
            para(doc, line[1:], bold=True)
        else:
            para(doc, line)


def zo1_docx(path: Path) -> None:
    """A provincial Women's Union's yearly programme under month headings (.docx)."""
    doc = document()
    head_block(
        doc,
        "HỘI LHPN VIỆT NAM\nHỘI LIÊN HIỆP PHỤ NỮ TỈNH HÒA SƠN\n───────\nSố: 41-CTr/HPN",
        right2="Hòa Sơn, ngày 22 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh", bold=True, center=True)
    _body(
        doc,
        [
            "Thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh xây dựng Chương trình công tác năm 2027 như sau:",
            "#Tháng 02/2027",
            "- Thăm, tặng quà hội viên phụ nữ nghèo, phụ nữ đơn thân nuôi con nhỏ dịp Tết Nguyên đán (Ban Gia đình - Xã hội).",
            "- Xây dựng Kế hoạch tuyên truyền kỷ niệm Ngày Quốc tế Phụ nữ 08/3 (Ban Tuyên giáo).",
            "#Tháng 3 năm 2027",
            "- Tổ chức Hội thi Phụ nữ khéo tay cấp tỉnh chào mừng 97 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2027) (Ban Tuyên giáo; Ban Kinh tế).",
            "#Tháng 6 và tháng 7/2027",
            "- Khảo sát tình hình hoạt động các tổ hợp tác do phụ nữ làm chủ tại 04 huyện miền núi (Ban Kinh tế).",
            "- Tập huấn kỹ năng phòng, chống bạo lực gia đình cho Chi hội trưởng phụ nữ (Ban Gia đình - Xã hội).",
            "#Quý III/2027",
            "- Sơ kết 05 năm thực hiện Đề án hỗ trợ phụ nữ khởi nghiệp giai đoạn 2022 - 2027 (Ban Kinh tế).",
            "#Tháng 11 - 12/2027",
            "- Tổng kết công tác Hội và phong trào phụ nữ năm 2027 (Văn phòng).",
            "#Các hoạt động thường xuyên",
            "- Theo dõi, nắm bắt dư luận xã hội trong hội viên, phụ nữ (Ban Tuyên giáo).",
            "- Phối hợp Ngân hàng Chính sách xã hội quản lý các tổ tiết kiệm và vay vốn do Hội nhận ủy thác (Ban Kinh tế).",
            "#TỔ CHỨC THỰC HIỆN",
            "Hội Liên hiệp Phụ nữ các huyện, thành phố báo cáo kết quả công tác Hội về Văn phòng Hội tỉnh trước ngày 18 hằng tháng.",
            "Các ban chuyên môn căn cứ Chương trình chủ động xây dựng kế hoạch, tham mưu Ban Thường vụ triển khai thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Trung ương Hội LHPN Việt Nam (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Hội LHPN các huyện, thành phố;\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nLò Thị Khánh",
    )
    doc.save(path)


def zo2_docx(path: Path) -> None:
    """A district Youth Union's yearly programme, its month titles in capitals without the year (.docx)."""
    doc = document()
    head_block(
        doc,
        "BCH ĐOÀN TỈNH LAM GIANG\nBCH HUYỆN ĐOÀN KHE SÀNG\n───────\nSố: 27-CTr/HĐTN",
        left2="***",
        right2="Khe Sàng, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH THIẾU NHI NĂM 2027", bold=True, center=True)
    _body(
        doc,
        [
            "Căn cứ Chương trình công tác năm 2027 của Ban Thường vụ Tỉnh đoàn, Ban Thường vụ Huyện đoàn ban hành Chương trình công tác năm 2027 như sau:",
            "#THÁNG 3",
            "- Tổ chức Ngày hội Thanh niên khỏe và Lễ ra quân Tháng Thanh niên năm 2027 (Ban Phong trào).",
            "- Kiện toàn Ban Chấp hành các chi đoàn thôn, bản khuyết chức danh (Ban Xây dựng Đoàn - Kiểm tra).",
            "#THÁNG 5",
            "- Tuyên truyền kỷ niệm 137 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2027) trong đoàn viên, thanh niên (Ban Tuyên giáo).",
            "#THÁNG 7 - 8",
            "- Triển khai Chiến dịch Thanh niên tình nguyện hè tại 03 xã vùng cao: Pà Cò, Nậm Sỏ, Tà Lèng (Ban Phong trào, Ban Tuyên giáo).",
            "#QUÝ IV",
            "- Kiểm tra công tác Đoàn tại 05 cơ sở Đoàn trực thuộc (Ủy ban Kiểm tra).",
            "- Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2027 (Văn phòng).",
            "#NHIỆM VỤ THƯỜNG XUYÊN",
            "- Quản lý, phát triển đoàn viên mới trong thanh niên dân tộc thiểu số (Ban Xây dựng Đoàn - Kiểm tra).",
            "- Cập nhật tin, bài trên trang thông tin của Huyện đoàn (Ban Tuyên giáo).",
            "#TỔ CHỨC THỰC HIỆN",
            "Các cơ sở Đoàn báo cáo kết quả thực hiện về Văn phòng Huyện đoàn trước ngày 15 hằng tháng.",
            "Các ban của Huyện đoàn theo chức năng, nhiệm vụ chủ động triển khai thực hiện Chương trình./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Thường vụ Tỉnh đoàn (b/c);\n- Thường trực Huyện ủy (b/c);\n- Các cơ sở Đoàn;\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ\nBÍ THƯ\n\n\n\nVàng A Tủa",
    )
    doc.save(path)


def zo3_docx(path: Path) -> None:
    """A provincial jurists' association's yearly programme under month headings (.docx)."""
    doc = document()
    head_block(
        doc,
        "HỘI LUẬT GIA TỈNH ĐÔNG THÀNH\nBAN THƯỜNG VỤ\n───────\nSố: 15/CTr-HLG",
        right2="Đông Thành, ngày 30 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    _body(
        doc,
        [
            "Ban Thường vụ Hội Luật gia tỉnh xây dựng Chương trình công tác năm 2027 với các nội dung sau:",
            "#Tháng 01/2027",
            "- Ban hành Kế hoạch tư vấn pháp luật miễn phí cho người dân năm 2027 (Ban Tư vấn pháp luật).",
            "#Tháng 5/2027",
            "- Tổ chức Tọa đàm góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Đất đai (Ban Nghiên cứu khoa học; Ban Tư vấn pháp luật).",
            "- Biên soạn tài liệu bồi dưỡng nghiệp vụ hòa giải ở cơ sở (Văn phòng).",
            "#Tháng 9 - 10/2027",
            "- Tổ chức Hội thi Tìm hiểu pháp luật trong hội viên luật gia lần thứ V (Ban Tuyên truyền - Phổ biến pháp luật).",
            "#Quý IV/2027",
            "- Kiểm tra hoạt động của các Trung tâm tư vấn pháp luật trực thuộc Hội (Ủy ban Kiểm tra).",
            "#Công việc thường xuyên trong năm 2027",
            "- Tiếp công dân, tư vấn pháp luật miễn phí tại trụ sở Hội (Ban Tư vấn pháp luật).",
            "- Phát triển hội viên trong các cơ quan tư pháp, trường học (Ban Tổ chức - Hội viên).",
            "#TỔ CHỨC THỰC HIỆN",
            "Các chi hội luật gia trực thuộc báo cáo kết quả hoạt động về Văn phòng Hội trước ngày 20 của tháng cuối quý.",
            "Các ban chuyên môn chủ động tham mưu, triển khai thực hiện Chương trình./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Trung ương Hội Luật gia Việt Nam (b/c);\n- Ban Nội chính Tỉnh ủy (b/c);\n- Các chi hội trực thuộc;\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nTriệu Văn Bình",
    )
    doc.save(path)


def siblings_zo() -> None:
    zo1_docx(DOCS / "zo1_ctr_hoi_phu_nu_tinh_theo_thang_quy.docx")
    zo2_docx(DOCS / "zo2_ctr_huyen_doan_thang_chu_in_hoa.docx")
    zo3_docx(DOCS / "zo3_ctr_hoi_luat_gia_tinh_theo_thang.docx")
