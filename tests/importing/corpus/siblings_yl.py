"""The main corpus's siblings of h769 (a provincial Association of the Elderly's yearly programme), by
h13fixYL on 2026-12-06: a yearly work programme whose tasks stand under roman-numbered quarter headings
(`I. QUÝ I` … `IV. QUÝ IV`, no items), each task closing with its doer in parentheses and a task's own
time after it (`(Văn phòng); trong tháng 02.`, `(Ban Tuyên giáo); xong trước 20/5.`), the tasks without a
time of their own due at their quarter's end, and a roman-numbered standing-work heading (`V. NHIỆM VỤ
THƯỜNG XUYÊN`, `IV. CÔNG VIỆC THƯỜNG XUYÊN`) over tasks that are ongoing; and (yl3) such a programme typed
with hanging indents, a dashed task running onto an indented line that opens with a capital or a
parenthesis (`- … Hồ Chí` / `  Minh vào ngày 26/3 (Văn phòng).`, `- … 2026 - 2030` / `  (Ban Tổ chức).`).
Their expected items (expected/yl1_…, yl2_…, yl3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yl` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YL1_LINES = (
    "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN THANH SƠN",
    "BAN THƯỜNG VỤ",
    "Số: 17/CTr-HLHPN",
    "                                    Thanh Sơn, ngày 22 tháng 12 năm 2027",
    "",
    "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028",
    "",
    "Ban Thường vụ Hội Liên hiệp Phụ nữ huyện xây dựng Chương trình công tác năm 2028 như sau (nhiệm vụ",
    "không ghi thời gian riêng hoàn thành trong quý):",
    "",
    "I. QUÝ I",
    "- Hội nghị tổng kết công tác Hội năm 2027 (Văn phòng); trong tháng 02.",
    "- Tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ tại các xã, thị trấn (Ban Tuyên giáo).",
    "",
    "II. QUÝ II",
    "- Tập huấn kỹ năng khởi nghiệp cho hội viên phụ nữ vùng đồng bào dân tộc thiểu số (Ban Kinh tế).",
    "- Kiểm tra việc quản lý nguồn vốn ủy thác tại 04 xã (Ban Kiểm tra); xong trước 20/5.",
    "",
    "III. QUÝ III",
    "- Tổ chức hội thi tuyên truyền viên giỏi cấp huyện (Văn phòng).",
    "",
    "IV. QUÝ IV",
    "- Tổ chức kỷ niệm Ngày Phụ nữ Việt Nam gắn với tuyên dương phụ nữ tiêu biểu (Ban Tuyên giáo).",
    "- Tổng hợp, đề nghị khen thưởng năm 2028 (Ban Kiểm tra); trước 25/11.",
    "",
    "V. NHIỆM VỤ THƯỜNG XUYÊN",
    "- Nắm tình hình tư tưởng hội viên, phụ nữ; kịp thời phản ánh với cấp ủy (Ban Tuyên giáo).",
    "",
    "Nơi nhận:",
    "- Ban Thường vụ Huyện ủy (b/c);",
    "- Lưu: VP.",
)

YL2_LINES = (
    "# CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028",
    "",
    "**HỘI CHỮ THẬP ĐỎ TỈNH HÀ NGUYÊN** — Số: 09/CTr-CTĐ, ngày 15 tháng 12 năm 2027",
    "",
    "Các nhiệm vụ được bố trí theo quý; nhiệm vụ không ghi thời hạn riêng thực hiện xong trong quý.",
    "",
    "## I. QUÝ I",
    "",
    "- Vận động quà Tết cho hộ nghèo, nạn nhân chất độc da cam (Ban Công tác xã hội); trước 25/01.",
    "- Tổ chức hiến máu tình nguyện đợt 1 tại thành phố (Trung tâm Hiến máu nhân đạo).",
    "",
    "## II. QUÝ II",
    "",
    "- Tập huấn sơ cấp cứu ban đầu cho tình nguyện viên các huyện (Ban Chăm sóc sức khỏe).",
    "",
    "## III. QUÝ III",
    "",
    "- Kiểm tra công tác tài chính tại Hội Chữ thập đỏ 03 huyện (Ban Kiểm tra); xong trước 15/8.",
    "- Chuẩn bị hàng cứu trợ dự phòng mùa mưa bão (Ban Công tác xã hội).",
    "",
    "## IV. CÔNG VIỆC THƯỜNG XUYÊN",
    "",
    "- Cập nhật danh sách đối tượng cần trợ giúp trên phần mềm quản lý (Văn phòng).",
)


YL3_LINES = (
    "HUYỆN ĐOÀN ĐÔNG HẢI",
    "BAN THƯỜNG VỤ",
    "                                    Đông Hải, ngày 20 tháng 12 năm 2027",
    "",
    "CHƯƠNG TRÌNH CÔNG TÁC ĐOÀN NĂM 2028",
    "",
    "Nhiệm vụ không ghi thời gian riêng hoàn thành trong quý.",
    "",
    "I. QUÝ I",
    "- Tổ chức các hoạt động kỷ niệm ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí",
    "  Minh vào ngày 26/3 (Văn phòng).",
    "- Rà soát, bổ sung quy hoạch cán bộ Đoàn cấp cơ sở nhiệm kỳ 2027 - 2032 và giai đoạn 2026 - 2030",
    "  (Ban Tổ chức).",
    "",
    "II. QUÝ II",
    "- Ra quân Chiến dịch thanh niên tình nguyện hè tại các xã vùng bãi ngang của huyện Đông",
    "  Hải (Ban Phong trào); trước 15/6.",
    "- Tập huấn nghiệp vụ công tác Đoàn cho bí thư chi đoàn thôn, khu phố trên địa bàn",
    "  Huyện (Ban Tuyên giáo).",
    "",
    "Nơi nhận:",
    "- Tỉnh đoàn (b/c);",
    "- Lưu: VP.",
)


def _write_lines(path: Path, lines: tuple[str, ...]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def siblings_yl() -> None:
    _write_lines(DOCS / "yl1_ctr_hlhpn_huyen_theo_quy.txt", YL1_LINES)
    _write_lines(DOCS / "yl2_ctr_hoi_ctd_tinh_theo_quy.md", YL2_LINES)
    _write_lines(DOCS / "yl3_ctr_huyen_doan_thut_dong.txt", YL3_LINES)
