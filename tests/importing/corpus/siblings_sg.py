"""The main corpus's siblings of the held-out document h557 (moved to the main corpus when the
importer was taught its shape, helper h13fixSG): a programme written period by period under titles in
capitals (`THÁNG 3`, `THÁNG 4 - 5`, `QUÝ IV`) and a last title for the standing work (`NHIỆM VỤ
THƯỜNG XUYÊN`, `CÁC NHIỆM VỤ THƯỜNG XUYÊN`, `HOẠT ĐỘNG THƯỜNG XUYÊN`), each task a dash line whose
leading bodies close it in parentheses, two or three of them split by `;` (`(Ban Tuyên giáo; Văn
phòng)`) or by a comma: every one leads, none is the task's time; a task under the standing title is
ongoing. sg1 a district Women's Union's yearly programme (.pdf, LibreOffice), with a body and a month
in one parenthesis (`(Ban Kinh tế; tháng 5/2027)`: the month is its time); sg2 a provincial Youth
Union's (.docx), three bodies in one parenthesis; sg3 a commune Farmers' Association's (.odt), its
bodies split by commas. Their expected items (expected/sg*_…) were written by hand before the first
import. `python tests/importing/corpus/make_docs.py --siblings-sg` writes all three.
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ on the path first


def _periods(doc, periods: list[tuple[str, list[str]]]) -> None:
    """Each period's title in bold capitals, then its tasks as dash paragraphs."""
    for title, tasks in periods:
        para(doc, title, bold=True)
        for task in tasks:
            para(doc, "- " + task)


def sg1_docx(path: Path) -> None:
    """A district Women's Union: months and a quarter, then `NHIỆM VỤ THƯỜNG XUYÊN`; pairs of boards
    split by `;`, one parenthesis a board and a month."""
    doc = document()
    head_block(
        doc,
        "HỘI LHPN HUYỆN ĐÔNG SƠN\nBAN THƯỜNG VỤ\n───────\nSố: 45/CTr-HPN",
        right2="Đông Sơn, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Ban Thường vụ Hội Liên hiệp Phụ nữ huyện", bold=True, center=True)
    para(
        doc,
        "Căn cứ Nghị quyết Đại hội Đại biểu Phụ nữ huyện nhiệm kỳ 2026 - 2031, Ban Thường vụ Hội LHPN huyện xây dựng Chương trình công tác năm 2027 như sau:",
    )
    _periods(
        doc,
        [
            (
                "THÁNG 3",
                [
                    "Tổ chức các hoạt động kỷ niệm 117 năm Ngày Quốc tế Phụ nữ (08/3/1910 - 08/3/2027), tọa đàm về bình đẳng giới trong gia đình (Ban Tuyên giáo; Văn phòng).",
                    "Hướng dẫn cơ sở Hội rà soát, cập nhật danh sách hội viên phụ nữ nghèo, cận nghèo năm 2027 (Ban Gia đình - Xã hội).",
                ],
            ),
            (
                "THÁNG 4 - 5",
                [
                    "Khảo sát nhu cầu vay vốn của hội viên tại 06 xã vùng bãi ngang để đề xuất nguồn vốn ủy thác (Ban Kinh tế; tháng 5/2027).",
                    "Kiểm tra việc thu, nộp hội phí và quản lý tài chính Hội tại cơ sở (Ban Tổ chức - Kiểm tra; Văn phòng).",
                ],
            ),
            (
                "QUÝ IV",
                [
                    "Tổng kết công tác Hội và phong trào phụ nữ năm 2027, bình xét thi đua, khen thưởng tập thể, cá nhân tiêu biểu (Văn phòng; Ban Tổ chức - Kiểm tra).",
                ],
            ),
            (
                "NHIỆM VỤ THƯỜNG XUYÊN",
                [
                    "Duy trì hoạt động các Tổ phụ nữ tiết kiệm, câu lạc bộ phụ nữ khởi nghiệp; hỗ trợ hội viên tiếp cận nguồn vốn vay ưu đãi (Ban Kinh tế; Ban Gia đình - Xã hội).",
                    "Nắm bắt dư luận xã hội trong hội viên, phụ nữ, kịp thời báo cáo Ban Thường vụ (Ban Tuyên giáo).",
                ],
            ),
        ],
    )
    para(
        doc,
        "Ban Thường vụ Hội LHPN huyện đề nghị Hội LHPN các xã, thị trấn căn cứ Chương trình xây dựng kế hoạch thực hiện, báo cáo kết quả hằng tháng về Văn phòng Hội LHPN huyện.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Hội LHPN tỉnh;\n- Thường trực Huyện ủy;\n- Hội LHPN các xã, TT;\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nNguyễn Thị Hồng Vân",
    )
    doc.save(path)


def sg2_docx(path: Path) -> None:
    """A provincial Youth Union: month spans, then `CÁC NHIỆM VỤ THƯỜNG XUYÊN`; one parenthesis of
    three boards, one of two."""
    doc = document()
    head_block(
        doc,
        "ĐOÀN TNCS HỒ CHÍ MINH\nBCH TỈNH ĐOÀN BẮC LINH\n***\nSố: 210-CTr/TĐTN-VP",
        right="ĐOÀN TNCS HỒ CHÍ MINH",
        right2="Bắc Linh, ngày 05 tháng 01 năm 2028",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028", bold=True, center=True)
    para(doc, "của Ban Thường vụ Tỉnh đoàn", bold=True, center=True)
    _periods(
        doc,
        [
            (
                "THÁNG 01 - 02",
                [
                    "Tổ chức chương trình Xuân tình nguyện, thăm hỏi gia đình chính sách, đoàn viên có hoàn cảnh khó khăn (Ban Phong trào; Ban Tổ chức; Văn phòng).",
                    "Hướng dẫn các cơ sở Đoàn tổ chức Ngày hội Thanh niên với Tổ quốc (Ban Tuyên giáo).",
                ],
            ),
            (
                "THÁNG 3",
                [
                    "Tổ chức Tháng Thanh niên năm 2028 và các hoạt động kỷ niệm 97 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2028) (Ban Phong trào; Ban Tuyên giáo).",
                ],
            ),
            (
                "THÁNG 6 - 8",
                [
                    "Triển khai Chiến dịch Thanh niên tình nguyện hè năm 2028 tại 05 huyện miền núi (Ban Phong trào).",
                    "Tổ chức lớp bồi dưỡng nghiệp vụ công tác Đoàn cho bí thư đoàn cơ sở (Ban Tổ chức; Ban Kiểm tra).",
                ],
            ),
            (
                "CÁC NHIỆM VỤ THƯỜNG XUYÊN",
                [
                    "Quản lý, vận hành trang thông tin điện tử và các nền tảng mạng xã hội của Tỉnh đoàn (Ban Tuyên giáo; Văn phòng).",
                ],
            ),
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TW Đoàn;\n- Thường trực Tỉnh ủy;\n- Các huyện, thành đoàn;\n- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\n\n\n\nLò Văn Quyết",
    )
    doc.save(path)


def sg3_docx(path: Path) -> None:
    """A commune Farmers' Association: months, then `HOẠT ĐỘNG THƯỜNG XUYÊN`; its boards split by
    commas."""
    doc = document()
    head_block(
        doc,
        "HỘI NÔNG DÂN HUYỆN MƯỜNG LA\nHỘI NÔNG DÂN XÃ TÂN HỢP\n***\nSố: 12/CTr-HND",
        right2="Tân Hợp, ngày 10 tháng 01 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH HOẠT ĐỘNG NĂM 2027", bold=True, center=True)
    para(doc, "của Ban Chấp hành Hội Nông dân xã", bold=True, center=True)
    _periods(
        doc,
        [
            (
                "THÁNG 02",
                [
                    "Phát động phong trào nông dân thi đua sản xuất, kinh doanh giỏi năm 2027 tại các chi hội (Ban Kinh tế, Văn phòng Hội).",
                ],
            ),
            (
                "THÁNG 7 - 9",
                [
                    "Phối hợp Trạm Khuyến nông mở 02 lớp tập huấn kỹ thuật trồng cà phê theo hướng hữu cơ (Ban Kinh tế).",
                    "Kiểm tra hoạt động của các tổ hợp tác, tổ vay vốn do Hội quản lý (Ban Kiểm tra, Ban Kinh tế).",
                ],
            ),
            (
                "HOẠT ĐỘNG THƯỜNG XUYÊN",
                [
                    "Tiếp nhận, giải quyết kiến nghị của hội viên về đất đai, vật tư nông nghiệp (Văn phòng Hội, Ban Kiểm tra).",
                ],
            ),
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Hội Nông dân huyện;\n- Đảng ủy xã;\n- Các chi hội;\n- Lưu.",
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\n\n\nCầm Văn Thiêm",
    )
    doc.save(path)


def siblings_sg() -> None:
    h = heldout_writers()
    with tempfile.TemporaryDirectory() as tmp:
        sg2_docx(DOCS / "sg2_ct_tinh_doan_theo_thang_ba_ban.docx")
        if not shutil.which("soffice"):
            print("soffice not found: sg1 and sg3 were not regenerated", file=sys.stderr)
            return
        sg1_docx(Path(tmp) / "sg1_ct_hoi_phu_nu_huyen_theo_thang.docx")
        h.soffice_convert(
            Path(tmp) / "sg1_ct_hoi_phu_nu_huyen_theo_thang.docx",
            "pdf",
            DOCS / "sg1_ct_hoi_phu_nu_huyen_theo_thang.pdf",
        )
        sg3_docx(Path(tmp) / "sg3_ct_hoi_nong_dan_xa_dau_phay.docx")
        h.soffice_convert(
            Path(tmp) / "sg3_ct_hoi_nong_dan_xa_dau_phay.docx",
            "odt",
            DOCS / "sg3_ct_hoi_nong_dan_xa_dau_phay.odt",
        )
