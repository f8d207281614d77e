"""The main corpus's siblings of the held-out document h603 (moved to the main corpus when the
importer was taught its shape, helper h13fixSV on 2026-12-06): a dispatch to the issuer's own units
whose numbered or lettered topic headings (`1. Về …`, `a) Về …`) stand over dash or `+` points that
each open with the one body doing them, its verb right after its name (`- Khoa Dược dự trữ …`); a
body is named in full once with its short form in parentheses after it (`Phòng Kế hoạch tổng hợp
(Phòng KHTH) xây dựng …`) and later by the short form alone (`- Phòng KHTH …`): each point is led by
its subject, as printed; a period of papers already handled (`các vụ vi phạm đã phát hiện trong năm
2029`) is not the point's deadline where another phrase prints one.

sv1: a provincial general hospital's dispatch to its departments before Tết (.docx, bold numbered
headings over `-` points, a monthly one).
sv2: a university's dispatch on the second semester as Markdown (`### 1. Về …` headings over `-`
list items, a range `từ ngày … đến ngày …`, a short form with `&`).
sv3: a provincial forest protection sub-department's dispatch to its ranger units (→ .odt by
LibreOffice): lettered headings `a) Về …` over `+` points, a closing monthly report of every unit.
Their expected items (expected/sv*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-sv` writes all three.
"""

# ruff: noqa: E501 (the Markdown dispatch is printed as offices write it, a paragraph a line)

import shutil
import sys
from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, bold_marked, closing, letter, write_converted

SV1_LINES = [
    "Kính gửi: Các khoa, phòng thuộc Bệnh viện.",
    "Để bảo đảm công tác khám bệnh, chữa bệnh trước, trong và sau Tết Nguyên đán Mậu Thân năm 2028, "
    "Giám đốc Bệnh viện yêu cầu các khoa, phòng thực hiện một số nội dung sau:",
    "**1. Về công tác khám bệnh, chữa bệnh dịp Tết",
    "- Phòng Kế hoạch tổng hợp (Phòng KHTH) xây dựng phương án trực Tết, phân công lãnh đạo trực theo "
    "từng ngày, trình Giám đốc trước ngày 15/01/2028.",
    "- Khoa Cấp cứu bố trí đủ kíp trực cấp cứu ngoại viện, sẵn sàng tiếp nhận người bệnh 24/24 giờ; "
    "thực hiện thường xuyên.",
    "- Khoa Dược dự trữ đủ thuốc, dịch truyền, vật tư y tế phục vụ cấp cứu, hoàn thành trước ngày 20/01/2028.",
    "**2. Về kiểm soát nhiễm khuẩn",
    "- Khoa Kiểm soát nhiễm khuẩn (Khoa KSNK) tổ chức tổng vệ sinh các khu điều trị, khu công cộng trước "
    "ngày 25/01/2028.",
    "- Khoa KSNK giám sát việc tuân thủ vệ sinh tay tại các khoa lâm sàng, báo cáo Giám đốc hằng tháng.",
    "**3. Về tài chính và tổ chức cán bộ",
    "- Phòng Tài chính kế toán đối chiếu các khoản thu viện phí đã phát sinh trong quý IV/2027 với Bảo "
    "hiểm xã hội tỉnh, hoàn thành trước ngày 31/01/2028.",
    "- Phòng KHTH phối hợp Phòng Tổ chức cán bộ hoàn thiện hồ sơ đề nghị khen thưởng tập thể, cá nhân "
    "năm 2027, trình Hội đồng Thi đua - Khen thưởng trong tháng 02/2028.",
    "Các khoa, phòng báo cáo kết quả thực hiện về Phòng KHTH trước ngày 05/02/2028 để tổng hợp, báo "
    "cáo Giám đốc.",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng KHTH (điện thoại nội bộ 215) để "
    "được hướng dẫn./.",
]


def sv1_docx(h, path: Path) -> None:
    """A provincial general hospital's dispatch to its departments (08/01/2028), bold headings."""
    doc = letter(
        h,
        ["SỞ Y TẾ TỈNH HÀ NAM SƠN", "BỆNH VIỆN ĐA KHOA TỈNH", "Số: 32/BVĐK-KHTH"],
        "Thanh Lâm, ngày 08 tháng 01 năm 2028",
        SV1_LINES,
        write=bold_marked,
    )
    closing(
        doc,
        ["Nơi nhận:", "- Như trên;", "- Sở Y tế (b/c);", "- Lưu: VT, KHTH."],
        ["GIÁM ĐỐC", "", "", "Hoàng Minh Đức"],
    )
    doc.save(path)


SV2_TEXT = """TRƯỜNG ĐẠI HỌC KINH TẾ - KỸ THUẬT BẮC HÀ

Số: 118/ĐHBH-ĐT

Bắc Hà, ngày 12 tháng 01 năm 2029

**V/v triển khai một số nhiệm vụ trọng tâm học kỳ II năm học 2028 - 2029**

Kính gửi: Các phòng, trung tâm thuộc Trường.

Để hoàn thành các nhiệm vụ trọng tâm học kỳ II năm học 2028 - 2029, Hiệu trưởng yêu cầu các đơn vị thực hiện các nội dung sau:

### 1. Về công tác tuyển sinh năm 2029

- Trung tâm Tuyển sinh và Truyền thông (Trung tâm TS&TT) xây dựng đề án tuyển sinh năm 2029, trình Hiệu trưởng trước ngày 28/02/2029.
- Trung tâm TS&TT tổ chức tư vấn tuyển sinh tại các trường trung học phổ thông trong tỉnh từ ngày 01/3 đến ngày 30/4/2029.
- Phòng Đào tạo cập nhật chỉ tiêu tuyển sinh các ngành lên hệ thống của Bộ Giáo dục và Đào tạo trước ngày 15/3/2029.

### 2. Về khảo thí và bảo đảm chất lượng

- Phòng Khảo thí và Bảo đảm chất lượng (Phòng KT&BĐCL) tổ chức lấy ý kiến người học về hoạt động giảng dạy, tổng hợp báo cáo Hiệu trưởng hằng quý.
- Phòng KT&BĐCL hoàn thiện báo cáo tự đánh giá chương trình đào tạo ngành Kế toán, gửi tổ chức kiểm định trước ngày 30/6/2029.

### 3. Về cơ sở vật chất và học liệu

- Phòng Quản trị thiết bị sửa chữa hệ thống điều hòa tại giảng đường B, hoàn thành trong tháng 7/2029.
- Trung tâm Thông tin - Thư viện số hóa các luận văn thạc sĩ đã tiếp nhận trong năm 2028, xong trước ngày 30/9/2029.

Các đơn vị báo cáo kết quả thực hiện về Phòng Đào tạo trước ngày 15/10/2029 để tổng hợp./.

Nơi nhận:
- Như trên;
- Ban Giám hiệu;
- Lưu: VT, ĐT.

HIỆU TRƯỞNG

Phan Quốc Bảo
"""

SV3_LINES = [
    "Kính gửi: Các Hạt Kiểm lâm, phòng, đội thuộc Chi cục.",
    "Thực hiện Chỉ thị của Ủy ban nhân dân tỉnh về tăng cường quản lý, bảo vệ rừng năm 2030, Chi cục "
    "Kiểm lâm yêu cầu các đơn vị thực hiện một số nội dung sau:",
    "a) Về phòng cháy, chữa cháy rừng mùa khô",
    "+ Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng (Đội KLCĐ&PCCCR) kiểm tra phương án phòng cháy, "
    "chữa cháy rừng của các chủ rừng trọng điểm, hoàn thành trước ngày 31/3/2030.",
    "+ Hạt Kiểm lâm Lục Ngạn duy trì trực phòng cháy tại các chòi canh lửa trên địa bàn; thực hiện thường "
    "xuyên.",
    "+ Đội KLCĐ&PCCCR tập huấn kỹ năng chữa cháy rừng cho các tổ, đội quần chúng bảo vệ rừng trong tháng "
    "4/2030.",
    "b) Về quản lý lâm sản",
    "+ Hạt Kiểm lâm Sơn Động rà soát các cơ sở chế biến, kinh doanh gỗ trên địa bàn, báo cáo Chi cục "
    "trước ngày 15/5/2030.",
    "+ Phòng Pháp chế - Thanh tra hoàn thiện hồ sơ các vụ vi phạm đã phát hiện trong năm 2029, chuyển cơ "
    "quan có thẩm quyền xử lý trước ngày 30/4/2030.",
    "c) Về phát triển rừng",
    "+ Phòng Quản lý bảo vệ rừng tổng hợp diện tích rừng trồng mới của các huyện, báo cáo Chi cục "
    "trưởng hằng tháng.",
    "Các Hạt Kiểm lâm báo cáo kết quả thực hiện về Chi cục (qua Phòng Pháp chế - Thanh tra) trước ngày "
    "05/6/2030./.",
    "Nơi nhận:",
    "- Như trên;",
    "- Sở Nông nghiệp và Môi trường (b/c);",
    "- Lưu: VT, PCTT.",
    "CHI CỤC TRƯỞNG",
    "Nông Văn Thạch",
]


def sv3_docx(h, path: Path) -> None:
    """A provincial forest protection sub-department's dispatch to its units (10/3/2030)."""
    letter(
        h,
        ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC KIỂM LÂM", "Số: 214/CCKL-PCTT"],
        "Bắc Giang Sơn, ngày 10 tháng 3 năm 2030",
        SV3_LINES,
    ).save(path)


def siblings_sv() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    sv1_docx(h, DOCS / "sv1_cv_benh_vien_tinh_truc_tet_khoa_phong.docx")
    (DOCS / "sv2_cv_dai_hoc_hoc_ky_ii_phong_trung_tam.md").write_text(SV2_TEXT, encoding="utf-8")
    if not shutil.which("soffice"):
        print("soffice not found: the ODT sv3 was not regenerated", file=sys.stderr)
        return
    write_converted(h, [(sv3_docx, "sv3_cv_chi_cuc_kiem_lam_hat_doi_mua_kho.docx", "odt")])
