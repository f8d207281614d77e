"""The main corpus's sibling of zd2 (taught by h13fixZI on 2026-12-06): a secondary school's plan whose
teams are named in lower case after a capital `Tổ` and closed by their grade or class number (`Tổ
chuyên môn khối 6`, `Tổ chủ nhiệm lớp 9`): numbered points whose subject is such a team, and a team
label closed by a colon over its lettered duties. Its expected items (expected/zi1_….txt.json) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-zi`
writes it.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

ZI1_LINES = (
    "PHÒNG GD&ĐT HUYỆN THANH SƠN",
    "TRƯỜNG THCS HƯƠNG CẦN",
    "Số: 21/KH-THCS",
    "Hương Cần, ngày 08 tháng 9 năm 2028",
    "",
    "KẾ HOẠCH",
    "Ôn tập và kiểm tra giữa học kỳ I năm học 2028 - 2029",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Đánh giá đúng kết quả học tập của học sinh, kịp thời điều chỉnh phương pháp dạy học.",
    "",
    "II. NHIỆM VỤ",
    "1. Tổ chuyên môn khối 6 biên soạn đề cương ôn tập các môn, gửi học sinh trước ngày 05/10/2028.",
    "2. Tổ chủ nhiệm lớp 9 phối hợp cha mẹ học sinh theo dõi việc tự học ở nhà, hoàn thành "
    "trước ngày 20/10/2028.",
    "3. Tổ chuyên môn khối 7:",
    "a) Xây dựng ma trận đề kiểm tra giữa kỳ trước ngày 10/10/2028.",
    "b) Chấm bài, nhập điểm vào phần mềm quản lý chậm nhất ngày 31/10/2028.",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các thành viên nghiêm túc thực hiện kế hoạch này.",
    "",
    "Nơi nhận:",
    "- Phòng GD&ĐT (b/c);",
    "- Các tổ;",
    "- Lưu: VT.",
    "HIỆU TRƯỞNG",
)


def siblings_zi() -> None:
    """Write zi1 (a plain-text school plan)."""
    DOCS.mkdir(exist_ok=True)
    (DOCS / "zi1_kh_on_tap_giua_ky_thcs.txt").write_text("\n".join(ZI1_LINES) + "\n", encoding="utf-8")
