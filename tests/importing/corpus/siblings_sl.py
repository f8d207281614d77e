"""The main corpus's siblings of the held-out document h578 (moved to the main corpus when the
importer was taught its shape, helper h13fixSL on 2026-12-06): a plan whose activities are numbered
headings of their own (`Hoạt động 1. <title>`, `Hoạt động 2: …`) over labelled lines (`- Nội dung:
…`, `- Thời gian: …`, `- Đơn vị chủ trì: …; phối hợp: …`, `- Địa điểm: …`): each activity one task,
titled by its heading, its lead and time in its fields (a partner does not lead, the contents and
the place are no tasks); activities printed under a plan's goals (`Mục tiêu 1. …`) are the goals'
tasks and a goal is none.

sl1: a district Youth Union's plan for Youth Month (.docx, bold `Hoạt động N:` headings with `-`
fields, the contents field first or last), then a standing body and a dated report request under
`TỔ CHỨC THỰC HIỆN`.
sl2: a commune health station's plan against child malnutrition as an e-office text export (.txt):
`Mục tiêu N.` goals over `Hoạt động N:` activities (numbered on through the goals), a monthly one
(recurring).
sl3: a provincial library's plan for the reading-culture day (→ .odt by LibreOffice): `Hoạt động N.`
headings over `+` fields with a place among them and a unit in charge (`Bộ phận phụ trách: …`).
Their expected items (expected/sl*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-sl` writes all three.
"""

import shutil
import sys
from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, bold_marked, letter, write_converted

SL1_LINES = [
    "**KẾ HOẠCH",
    "**Tổ chức các hoạt động Tháng Thanh niên năm 2029",
    "Căn cứ Kế hoạch số 15-KH/TĐTN ngày 05/01/2029 của Ban Thường vụ Tỉnh đoàn, Ban Thường vụ Huyện "
    "đoàn Kim Bảng ban hành Kế hoạch tổ chức các hoạt động Tháng Thanh niên năm 2029 như sau:",
    "**I. MỤC ĐÍCH, YÊU CẦU",
    "- Phát huy vai trò xung kích, tình nguyện của đoàn viên, thanh niên trong xây dựng nông thôn mới.",
    "- Các hoạt động tổ chức thiết thực, tiết kiệm, thu hút đông đảo đoàn viên tham gia.",
    "**II. CÁC HOẠT ĐỘNG CAO ĐIỂM",
    "**Hoạt động 1: Lễ ra quân Tháng Thanh niên và ngày Chủ nhật xanh",
    "- Thời gian: ngày 04/3/2029.",
    "- Đơn vị chủ trì: Ban Phong trào Huyện đoàn.",
    "- Đơn vị phối hợp: Đoàn xã Hòa Bình.",
    "- Nội dung: dọn vệ sinh, trồng cây xanh trên tuyến đường liên xã.",
    '**Hoạt động 2: Hiến máu tình nguyện "Giọt hồng tuổi trẻ"',
    "- Nội dung: vận động đoàn viên, thanh niên hiến 300 đơn vị máu.",
    "- Thời gian: trước ngày 20/3/2029.",
    "- Đơn vị chủ trì: Hội Liên hiệp Thanh niên huyện; phối hợp: Trung tâm Y tế huyện.",
    "**Hoạt động 3: Giải bóng đá thanh niên các xã, thị trấn",
    "- Thời gian: từ ngày 10/3/2029 đến ngày 24/3/2029.",
    "- Đơn vị chủ trì: Ban Tổ chức - Kiểm tra Huyện đoàn.",
    '**Hoạt động 4: Tọa đàm "Thanh niên khởi nghiệp từ nông nghiệp"',
    "- Nội dung: chia sẻ kinh nghiệm của các mô hình kinh tế thanh niên tiêu biểu.",
    "- Thời gian: tháng 3/2029.",
    "- Đơn vị chủ trì: Hội Doanh nhân trẻ huyện.",
    "**III. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng Huyện đoàn là bộ phận thường trực, giúp Ban Thường vụ theo dõi, đôn đốc các cơ sở "
    "đoàn thực hiện Kế hoạch.",
    "2. Các cơ sở đoàn báo cáo kết quả Tháng Thanh niên về Văn phòng Huyện đoàn trước ngày 05/4/2029.",
    "Trên đây là Kế hoạch tổ chức các hoạt động Tháng Thanh niên năm 2029 của Ban Thường vụ Huyện đoàn "
    "Kim Bảng./.",
    "Nơi nhận:",
    "- Ban Thường vụ Tỉnh đoàn (b/c);",
    "- Các cơ sở đoàn;",
    "- Lưu: VP.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Trần Quốc Việt",
]


def sl1_docx(h, path: Path) -> None:
    """A district Youth Union's plan for Youth Month (12/02/2029), bold headings."""
    letter(
        h,
        ["BCH ĐOÀN TỈNH HÀ NAM SƠN", "BCH ĐOÀN HUYỆN KIM BẢNG", "Số: 41-KH/HĐTN"],
        "Kim Bảng, ngày 12 tháng 02 năm 2029",
        SL1_LINES,
        write=bold_marked,
    ).save(path)


SL2_TEXT = """UBND XÃ NAM PHONG
TRẠM Y TẾ XÃ
Số: 11/KH-TYT
Nam Phong, ngày 08 tháng 01 năm 2030

KẾ HOẠCH
Phòng, chống suy dinh dưỡng trẻ em năm 2030

I. MỤC ĐÍCH
Giảm tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi trên địa bàn xã xuống dưới 18%.

II. MỤC TIÊU VÀ HOẠT ĐỘNG
Mục tiêu 1. Phát hiện sớm trẻ suy dinh dưỡng
Hoạt động 1: Cân, đo chiều cao cho trẻ dưới 5 tuổi toàn xã
- Đơn vị thực hiện: Trạm Y tế xã
- Thời gian: tháng 6/2030
Hoạt động 2: Cập nhật sổ theo dõi trẻ suy dinh dưỡng
- Đơn vị thực hiện: Trạm Y tế xã
- Thời gian: hằng tháng
Mục tiêu 2. Nâng cao kiến thức nuôi dưỡng trẻ của các bà mẹ
Hoạt động 3: Tổ chức lớp thực hành dinh dưỡng tại các thôn
- Nội dung: hướng dẫn chế biến bữa ăn bổ sung từ thực phẩm sẵn có tại địa phương.
- Đơn vị thực hiện: Hội Liên hiệp Phụ nữ xã
- Thời gian: Quý III/2030
Hoạt động 4: Phát chuyên mục dinh dưỡng trên hệ thống loa truyền thanh
- Đơn vị thực hiện: Đài Truyền thanh xã
- Thời gian: trước ngày 01/6/2030

III. KINH PHÍ
Từ nguồn kinh phí sự nghiệp y tế của xã năm 2030.

Trên đây là Kế hoạch phòng, chống suy dinh dưỡng trẻ em năm 2030 của Trạm Y tế xã Nam Phong./.

Nơi nhận:
- Trung tâm Y tế huyện (b/c);
- UBND xã (b/c);
- Lưu: VT.

TRƯỞNG TRẠM
Lường Thị Hoa
"""

SL3_LINES = [
    "KẾ HOẠCH",
    "Tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2031",
    "Thực hiện Kế hoạch của Sở Văn hóa, Thể thao và Du lịch, Thư viện tỉnh xây dựng Kế hoạch tổ chức các "
    "hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2031 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Lan tỏa thói quen đọc sách trong cộng đồng; các hoạt động tổ chức trang trọng, tiết kiệm.",
    "II. CÁC HOẠT ĐỘNG",
    "Hoạt động 1. Triển lãm sách chuyên đề về biển, đảo quê hương",
    "+ Thời gian: từ ngày 15/4/2031 đến ngày 25/4/2031.",
    "+ Địa điểm: sảnh tầng 1 Thư viện tỉnh.",
    "+ Bộ phận phụ trách: Phòng Bổ sung - Xử lý tài liệu.",
    "Hoạt động 2. Cuộc thi giới thiệu sách trực tuyến dành cho học sinh",
    "+ Nội dung: học sinh quay video giới thiệu một cuốn sách yêu thích, đăng trên trang thông tin của "
    "Thư viện.",
    "+ Thời gian: trước ngày 10/4/2031.",
    "+ Bộ phận phụ trách: Phòng Thông tin - Thư mục.",
    "Hoạt động 3. Đưa xe thư viện lưu động về các trường vùng sâu",
    "+ Địa điểm: 12 trường tiểu học thuộc các huyện miền núi.",
    "+ Thời gian: Quý II/2031.",
    "+ Bộ phận phụ trách: Phòng Phục vụ bạn đọc.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các phòng chuyên môn báo cáo kết quả các hoạt động về Phòng Hành chính - Tổng hợp trước ngày 30/4/2031.",
    "Nơi nhận:",
    "- Sở VHTTDL (b/c);",
    "- Lưu: VT.",
    "GIÁM ĐỐC",
    "Đinh Văn Khải",
]


def sl3_docx(h, path: Path) -> None:
    """A provincial library's plan for the reading-culture day (20/3/2031)."""
    letter(
        h,
        ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "THƯ VIỆN TỈNH", "Số: 26/KH-TV"],
        "Thanh Lâm, ngày 20 tháng 3 năm 2031",
        SL3_LINES,
    ).save(path)


def siblings_sl() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    sl1_docx(h, DOCS / "sl1_kh_huyen_doan_thang_thanh_nien_hoat_dong.docx")
    (DOCS / "sl2_kh_tram_y_te_suy_dinh_duong_muc_tieu_hoat_dong.txt").write_text(SL2_TEXT, encoding="utf-8")
    if not shutil.which("soffice"):
        print("soffice not found: the ODT sl3 was not regenerated", file=sys.stderr)
        return
    write_converted(h, [(sl3_docx, "sl3_kh_thu_vien_tinh_van_hoa_doc_hoat_dong.docx", "odt")])
