"""The main corpus's siblings of the held-out document h645 (moved to the main corpus when the importer
was taught its shape, by h13fixUD on 2026-12-06): a dispatch whose bold numbered labels only name the
unit (`1. Phòng Điều độ`, `3. Đề nghị <body outside>`) over lettered points or one unlettered
paragraph, the label's unit leading every point under it; a duty kept round the clock with no other
time printed (`… 24/24h, …`, `… 24/24 giờ, …`: ongoing), a round bounded by a range put after it with a
comma (`trước ngày 25 hằng tháng, từ tháng 12/2027 đến tháng 02/2028, để …`, `… hằng tuần, từ ngày
01/6/2028 đến ngày 30/11/2028.`: recurring, not the range's end), and a count written like it (`24/24
trạm y tế`: no time).

ud1: a provincial power company's dispatch before Tết (→ .doc by LibreOffice, as h645 is).
ud2: a regional medical centre's dispatch for the dengue season (.docx).
ud3: an industrial parks authority's dispatch (plain text, UTF-8).
Their expected items (expected/ud*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-ud` writes all three.
"""

import shutil
import sys
from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, bold_marked, closing, letter, write_converted

UD1_LINES = [
    "Kính gửi:",
    "- Các phòng chuyên môn thuộc Công ty;",
    "- Điện lực Hải Hậu, Điện lực Giao Thủy;",
    "- Ủy ban nhân dân xã Hải Hậu, xã Giao Thủy.",
    "Thực hiện chỉ đạo của Tổng công ty Điện lực miền Bắc về bảo đảm cung cấp điện an toàn, ổn định "
    "dịp Tết Nguyên đán Mậu Thân năm 2028, Công ty Điện lực Nam Sơn yêu cầu các đơn vị thực hiện một số "
    "nội dung sau:",
    "**1. Phòng Điều độ",
    "a) Trực vận hành hệ thống điều khiển xa (SCADA) 24/24h, chỉ huy xử lý sự cố trên lưới điện trung "
    "áp, khôi phục cấp điện nhanh nhất cho khách hàng.",
    "b) Lập phương thức vận hành lưới điện dịp Tết, trình Giám đốc Công ty phê duyệt trước ngày 05/01/2028.",
    "c) Tổng hợp tình hình cung cấp điện, báo cáo Tổng công ty trước 9 giờ hằng ngày, từ ngày "
    "28/01/2028 đến ngày 05/02/2028.",
    "**2. Phòng Kỹ thuật",
    "a) Kiểm tra, thí nghiệm các máy biến áp phân phối cấp điện cho chợ hoa, khu vui chơi, điểm bắn "
    "pháo hoa; hoàn thành trong tháng 01/2028.",
    "b) Rà soát, bổ sung vật tư, thiết bị dự phòng cho các tổ xử lý sự cố; xong trước ngày 15/01/2028.",
    "**3. Điện lực Hải Hậu, Điện lực Giao Thủy",
    "Phát quang hành lang tuyến đường dây 22 kV đi qua khu dân cư, vườn cây; thời gian từ ngày "
    "02/01/2028 đến ngày 20/01/2028.",
    "**4. Phòng Kinh doanh",
    "Cập nhật số điện thoại của khách hàng sử dụng điện lên hệ thống chăm sóc khách hàng, bảo đảm nhắn "
    "tin kịp thời khi tạm ngừng cấp điện.",
    "**5. Đề nghị Ủy ban nhân dân xã Hải Hậu, xã Giao Thủy",
    "Chỉ đạo các thôn tuyên truyền người dân không thả diều, bóng bay gần đường dây điện, không đốt "
    "vàng mã dưới trạm biến áp; thực hiện thường xuyên.",
    "Các đơn vị báo cáo kết quả thực hiện Công văn này về Công ty (qua Phòng Điều độ) trước ngày 25 hằng "
    "tháng, từ tháng 12/2027 đến tháng 02/2028, để tổng hợp báo cáo Tổng công ty.",
    "Đề nghị các đơn vị nghiêm túc thực hiện./.",
]


def ud1_docx(h, path: Path) -> None:
    """A provincial power company's dispatch before Tết (20/12/2027), bold labels over lettered points."""
    doc = letter(
        h,
        ["TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", "CÔNG TY ĐIỆN LỰC NAM SƠN", "Số: 1125/PCNS-ĐĐ"],
        "Nam Sơn, ngày 20 tháng 12 năm 2027",
        UD1_LINES,
        write=bold_marked,
    )
    closing(
        doc,
        ["Nơi nhận:", "- Như trên;", "- Tổng công ty Điện lực miền Bắc (b/c);", "- Lưu: VT, ĐĐ."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trần Đức Thịnh"],
    )
    doc.save(path)


UD2_LINES = [
    "Kính gửi: Các khoa, phòng, trạm y tế xã thuộc Trung tâm.",
    "Để chủ động phòng, chống bệnh sốt xuất huyết trong mùa mưa năm 2028, Giám đốc Trung tâm Y tế khu "
    "vực Ea Hleo yêu cầu các đơn vị thực hiện những nội dung sau:",
    "**1. Khoa Kiểm soát bệnh tật - HIV/AIDS",
    "a) Trực phòng, chống dịch 24/24 giờ, tiếp nhận thông tin ca bệnh từ các trạm y tế xã và bệnh viện "
    "khu vực.",
    "b) Giám sát véc tơ truyền bệnh tại các ổ dịch cũ; báo cáo Giám đốc Trung tâm trước 15 giờ thứ Năm "
    "hằng tuần, từ ngày 01/6/2028 đến ngày 30/11/2028.",
    "c) Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại các xã trọng điểm, hoàn thành trước ngày 30/6/2028.",
    "**2. Khoa Xét nghiệm - Chẩn đoán hình ảnh",
    "Dự trù sinh phẩm xét nghiệm nhanh NS1, bảo đảm đủ cho mùa dịch; hoàn thành trong tháng 5/2028.",
    "**3. Phòng Kế hoạch - Tài chính",
    "a) Bố trí kinh phí mua hóa chất phun diệt muỗi phục vụ xử lý ổ dịch.",
    "b) Hướng dẫn 24/24 trạm y tế xã thanh quyết toán kinh phí phòng, chống dịch theo quy định.",
    "**4. Đề nghị Phòng Văn hóa - Xã hội xã Ea Ral",
    "Phối hợp chỉ đạo các trường học tổng vệ sinh, loại bỏ dụng cụ chứa nước đọng trước năm học mới; "
    "hoàn thành trước ngày 31/8/2028.",
    "Các khoa, phòng, trạm y tế xã báo cáo kết quả thực hiện về Trung tâm (qua Khoa Kiểm soát bệnh tật "
    "- HIV/AIDS) định kỳ hằng quý, từ quý III/2028 đến hết quý IV/2028.",
    "Yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.",
]


def ud2_docx(h, path: Path) -> None:
    """A regional medical centre's dispatch for the dengue season (15/5/2028)."""
    doc = letter(
        h,
        ["SỞ Y TẾ TỈNH ĐẮK NAM", "TRUNG TÂM Y TẾ KHU VỰC EA HLEO", "Số: 286/TTYT-KSBT"],
        "Ea Hleo, ngày 15 tháng 5 năm 2028",
        UD2_LINES,
        write=bold_marked,
    )
    closing(
        doc,
        ["Nơi nhận:", "- Như trên;", "- Sở Y tế (b/c);", "- Lưu: VT, KSBT."],
        ["GIÁM ĐỐC", "", "", "Y Kông Niê"],
    )
    doc.save(path)


def siblings_ud() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    ud2_docx(h, DOCS / "ud2_cv_ttyt_khu_vuc_sot_xuat_huyet_nhan_khoa.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the .doc ud1 was not regenerated", file=sys.stderr)
        return
    write_converted(h, [(ud1_docx, "ud1_cv_dien_luc_tet_nhan_phong_diem_chu.docx", "doc")])
