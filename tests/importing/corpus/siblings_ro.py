"""The main corpus's siblings of the held-out documents h480 and h482 (moved to the main corpus when the
importer was taught their shape, helper h13fixRO): a plan or dispatch that assigns its work unit by
unit, some numbered points being a unit's name alone over its lettered tasks, and, beside them or
under a heading that names a kind of body (`2. Các khoa lâm sàng`), points whose sentence opens with
one named body — a committee, a board, a station, a council — its verb right after the name: that
body leads the point, dated or not.
ro1: a ward People's Committee's dengue plan (.docx), `1. Trạm Y tế phường` and `2. Phòng Văn hóa -
Xã hội` over `a)`–`c)`, then `3. Ban Chỉ huy Quân sự phường bố trí …`, `4. Đội Quản lý trật tự đô thị
phường kiểm tra …`, `5. Hội Chữ thập đỏ phường vận động …` and every quarter's report.
ro2: a provincial hospital's dispatch preparing a quality inspection (.odt), a label with its colon
(`1. Phòng Quản lý chất lượng:`), `2. Các khoa lâm sàng` over one task of every ward and two of a named
ward (`b) Khoa Hồi sức tích cực - Chống độc kiểm tra …`), `4. Hội đồng Thuốc và Điều trị rà soát …`.
ro3: a commune People's Council standing committee's plan for a session (.doc), `1. Ủy ban nhân dân
xã` over `a)`, `b)`, `2. Ban Kinh tế - Xã hội thẩm tra …`, `3. Ban Pháp chế giám sát …`, every
deputies' group's contacts with voters (no lead) and the office's heading over its tasks.
Their expected items (expected/ro*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-ro` writes the three.
"""

import shutil
import sys
from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import letter, write_converted

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _paragraphs(document, lines: list[str]) -> None:
    """Each line a paragraph; a line starting `**` bold (a label or a heading), the marks dropped."""
    for line in lines:
        bold = line.startswith("**")
        run = document.add_paragraph().add_run(line.removeprefix("**"))
        run.bold = bold


def ro1_docx(h, path: Path) -> None:
    """UBND phường An Khánh (Cần Thơ), plan against dengue fever for 2027 (12/3/2027)."""
    document = letter(
        h,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN KHÁNH", "Số: 58/KH-UBND"],
        "An Khánh, ngày 12 tháng 3 năm 2027",
        [
            "**KẾ HOẠCH",
            "**Phòng, chống bệnh sốt xuất huyết trên địa bàn phường năm 2027",
            "Thực hiện Kế hoạch số 35/KH-SYT ngày 20/02/2027 của Sở Y tế thành phố Cần Thơ về phòng, chống "
            "dịch bệnh truyền nhiễm năm 2027, Ủy ban nhân dân phường An Khánh ban hành Kế hoạch như sau:",
            "**I. MỤC ĐÍCH, YÊU CẦU",
            "Giảm số ca mắc và không để tử vong do sốt xuất huyết; phát hiện sớm, xử lý kịp thời ổ dịch.",
            "**II. NHIỆM VỤ CỤ THỂ",
            "**1. Trạm Y tế phường",
            "a) Giám sát chặt chẽ ca bệnh sốt xuất huyết tại các khu vực, báo cáo Ủy ban nhân dân phường "
            "hằng tuần.",
            "b) Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại 100% hộ gia đình, hoàn thành trước ngày "
            "30/4/2027.",
            "c) Tập huấn cho cộng tác viên y tế khu vực về giám sát, phòng bệnh, hoàn thành trong tháng "
            "5/2027.",
            "**2. Phòng Văn hóa - Xã hội",
            "a) Tuyên truyền về phòng, chống sốt xuất huyết trên hệ thống loa truyền thanh của phường "
            "thường xuyên trong mùa mưa.",
            "b) Phối hợp các trường học tổ chức ngày “Trường học không lăng quăng” trước ngày 15/5/2027.",
            "3. Ban Chỉ huy Quân sự phường bố trí lực lượng dân quân tham gia phun hóa chất diệt muỗi tại "
            "các ổ dịch khi có yêu cầu.",
            "4. Đội Quản lý trật tự đô thị phường kiểm tra, xử lý các điểm tập kết phế thải, vật dụng chứa "
            "nước đọng trên vỉa hè, lòng đường hằng tháng.",
            "5. Hội Chữ thập đỏ phường vận động tình nguyện viên tham gia các đợt ra quân vệ sinh môi "
            "trường.",
            "6. Các khu vực báo cáo tình hình, kết quả thực hiện về Ủy ban nhân dân phường (qua Trạm Y tế "
            "phường) trước ngày 20 của tháng cuối quý.",
            "Trên đây là Kế hoạch phòng, chống bệnh sốt xuất huyết năm 2027 của Ủy ban nhân dân phường An "
            "Khánh./.",
            "Nơi nhận:",
            "- UBND thành phố (b/c);",
            "- Trung tâm Y tế khu vực Ninh Kiều;",
            "- Các khu vực;",
            "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Trần Thị Mỹ Duyên",
        ],
        write=_paragraphs,
    )
    document.save(path)


def ro2_docx(h, path: Path) -> None:
    """Bệnh viện Đa khoa tỉnh Kon Tum, dispatch preparing the yearly quality inspection (25/8/2027)."""
    document = letter(
        h,
        ["SỞ Y TẾ TỈNH KON TUM", "BỆNH VIỆN ĐA KHOA TỈNH", "Số: 1187/BVĐK-QLCL"],
        "Kon Tum, ngày 25 tháng 8 năm 2027",
        [
            "V/v chuẩn bị kiểm tra, đánh giá chất lượng bệnh viện năm 2027",
            "Kính gửi: Các khoa, phòng trong Bệnh viện.",
            "Thực hiện Công văn số 2041/SYT-NVY ngày 12/8/2027 của Sở Y tế về kiểm tra, đánh giá chất lượng "
            "bệnh viện năm 2027, Đoàn kiểm tra của Sở dự kiến làm việc tại Bệnh viện ngày 28/9/2027. Ban "
            "Giám đốc Bệnh viện yêu cầu các khoa, phòng triển khai các nội dung sau:",
            "**1. Phòng Quản lý chất lượng:",
            "a) Rà soát kết quả tự đánh giá theo Bộ tiêu chí chất lượng bệnh viện, gửi Ban Giám đốc trước "
            "ngày 10/9/2027.",
            "b) Tổng hợp hồ sơ minh chứng của các khoa, phòng, hoàn thành trước ngày 20/9/2027.",
            "**2. Các khoa lâm sàng",
            "a) Hoàn thiện hồ sơ bệnh án, sổ sách chuyên môn theo quy định, xong trước ngày 15/9/2027.",
            "b) Khoa Hồi sức tích cực - Chống độc kiểm tra cơ số thuốc, trang thiết bị cấp cứu tại các "
            "khoa, hoàn thành trước ngày 12/9/2027.",
            "c) Khoa Kiểm soát nhiễm khuẩn giám sát việc tuân thủ vệ sinh tay của nhân viên y tế hằng tuần.",
            "**3. Phòng Hành chính - Quản trị:",
            "a) Sửa chữa hệ thống biển báo, chỉ dẫn trong khuôn viên Bệnh viện, hoàn thành trước ngày "
            "18/9/2027.",
            "b) Chuẩn bị phòng họp và các điều kiện làm việc cho Đoàn kiểm tra.",
            "4. Hội đồng Thuốc và Điều trị rà soát danh mục thuốc sử dụng tại Bệnh viện, trình Giám đốc phê "
            "duyệt trước ngày 05/9/2027.",
            "5. Tổ Công nghệ thông tin cập nhật dữ liệu khám bệnh, chữa bệnh lên phần mềm quản lý chất "
            "lượng, hoàn thành trong tháng 9/2027.",
            "Yêu cầu Trưởng các khoa, phòng nghiêm túc triển khai thực hiện./.",
            "Nơi nhận:",
            "- Như trên;",
            "- Sở Y tế (b/c);",
            "- Ban Giám đốc;",
            "- Lưu: VT, QLCL.",
            "GIÁM ĐỐC",
            "Y Bhin Êban",
        ],
        write=_paragraphs,
    )
    document.save(path)


def ro3_docx(h, path: Path) -> None:
    """Thường trực HĐND xã Tân Phước (Đồng Tháp), plan for the council's fourth session (02/6/2027)."""
    document = letter(
        h,
        ["HỘI ĐỒNG NHÂN DÂN", "XÃ TÂN PHƯỚC", "THƯỜNG TRỰC", "Số: 21/KH-TTHĐND"],
        "Tân Phước, ngày 02 tháng 6 năm 2027",
        [
            "**KẾ HOẠCH",
            "**Tổ chức Kỳ họp thứ tư Hội đồng nhân dân xã khóa I, nhiệm kỳ 2026 - 2031",
            "**I. MỤC ĐÍCH, YÊU CẦU",
            "Chuẩn bị chu đáo nội dung, bảo đảm kỳ họp diễn ra đúng quy định, đạt chất lượng.",
            "**II. THỜI GIAN, ĐỊA ĐIỂM",
            "Kỳ họp dự kiến tổ chức trong 01 ngày, ngày 10/7/2027, tại Hội trường Ủy ban nhân dân xã.",
            "**III. PHÂN CÔNG NHIỆM VỤ",
            "**1. Ủy ban nhân dân xã",
            "a) Chuẩn bị báo cáo tình hình kinh tế - xã hội, quốc phòng, an ninh 6 tháng đầu năm 2027, gửi "
            "Thường trực Hội đồng nhân dân xã trước ngày 20/6/2027.",
            "b) Chỉ đạo Phòng Kinh tế chuẩn bị tờ trình điều chỉnh dự toán ngân sách xã năm 2027, hoàn thành "
            "trước ngày 22/6/2027.",
            "2. Ban Kinh tế - Xã hội thẩm tra các báo cáo, tờ trình, dự thảo nghị quyết về kinh tế, ngân "
            "sách, văn hóa, xã hội trình kỳ họp; gửi báo cáo thẩm tra đến Thường trực Hội đồng nhân dân xã "
            "trước ngày 03/7/2027.",
            "3. Ban Pháp chế giám sát việc giải quyết đơn thư của công dân 6 tháng đầu năm 2027, hoàn thành "
            "trước ngày 30/6/2027.",
            "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tổng hợp ý kiến, kiến nghị của cử tri, gửi "
            "Thường trực Hội đồng nhân dân xã trước ngày 25/6/2027.",
            "5. Các Tổ đại biểu Hội đồng nhân dân xã tổ chức tiếp xúc cử tri trước kỳ họp từ ngày 22/6 đến "
            "ngày 30/6/2027.",
            "**6. Văn phòng HĐND và UBND xã",
            "a) Chuẩn bị hội trường, tài liệu phục vụ kỳ họp, hoàn thành trước ngày 08/7/2027.",
            "b) Gửi giấy mời, tài liệu kỳ họp đến đại biểu Hội đồng nhân dân xã trước ngày 03/7/2027.",
            "Trên đây là Kế hoạch tổ chức Kỳ họp thứ tư Hội đồng nhân dân xã khóa I./.",
            "Nơi nhận:",
            "- Thường trực Đảng ủy xã (b/c);",
            "- UBND xã, UBMTTQVN xã;",
            "- Đại biểu HĐND xã;",
            "- Lưu: VT.",
            "TM. THƯỜNG TRỰC HĐND",
            "CHỦ TỊCH",
            "Nguyễn Văn Lành",
        ],
        write=_paragraphs,
    )
    document.save(path)


def siblings_ro() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    ro1_docx(h, DOCS / "ro1_kh_phuong_sot_xuat_huyet_don_vi.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the .odt and the .doc were not regenerated", file=sys.stderr)
        return
    write_converted(
        h,
        [
            (ro2_docx, "ro2_cv_benh_vien_kiem_tra_chat_luong.docx", "odt"),
            (ro3_docx, "ro3_kh_tt_hdnd_xa_ky_hop.docx", "doc"),
        ],
    )
