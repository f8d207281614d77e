"""The main corpus's siblings of the held-out document h683 (moved to the main corpus when the importer
was taught its shape, helper h13fixWC on 2026-12-06): a sub-department's or a department's dispatch
whose numbered unit labels stand over the lettered points they lead, with two shapes of label: one
label naming several units at once (every district's division and the city's own, `Phòng X các
huyện, thị xã; Phòng Y thành phố Z`, parted by `;`, by a comma or by `và` before the next unit's kind
word): all of them lead its points, as printed; and a label printing a body's full name with its
short form in parentheses after it (`Chi cục Tiêu chuẩn Đo lường Chất lượng (Chi cục TĐC)`, the
short form taking a letter a word, or a syllable: `Trung tâm KN-DVNN`): the full name leads. A
request to a body outside, its task timed only by a condition (`khi có yêu cầu của Chi cục`: review),
and a closing reporting request of every addressee (no lead).

wc1: a provincial plant protection sub-department's dispatch on the winter-spring crop (.docx, bold
labels, `;` between the units).
wc2: a provincial science department's dispatch on measurement and quality as Markdown (bold labels,
three units parted by a comma and `và`, a short form by words, `TĐC`).
wc3: a provincial animal health sub-department's dispatch (→ .odt by LibreOffice): two units parted
by `và`, a centre's short form by syllables, a monthly closing report.
Their expected items (expected/wc*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-wc` writes all three.
"""

# ruff: noqa: E501 (the Markdown dispatch is printed as offices write it, a paragraph a line)

import shutil
import sys
from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, bold_marked, closing, letter, write_converted

WC1_LINES = [
    "Kính gửi:",
    "- Phòng Nông nghiệp và Môi trường các huyện, thị xã;",
    "- Phòng Kinh tế thành phố Hòa Phong;",
    "- Trung tâm Khuyến nông và Dịch vụ nông nghiệp tỉnh;",
    "- Hội Nông dân tỉnh.",
    "Thực hiện Kế hoạch số 214/KH-SNNMT ngày 05/11/2027 của Sở Nông nghiệp và Môi trường về sản xuất vụ "
    "Đông Xuân 2027 - 2028, Chi cục Trồng trọt và Bảo vệ thực vật (sau đây gọi là Chi cục) đề nghị các cơ "
    "quan, đơn vị thực hiện các nội dung sau:",
    "**1. Phòng Nông nghiệp và Môi trường các huyện, thị xã; Phòng Kinh tế thành phố Hòa Phong",
    "a) Hướng dẫn nông dân gieo cấy tập trung, né rầy theo lịch thời vụ của Chi cục, hoàn thành trước "
    "ngày 25/01/2028.",
    "b) Phối hợp với Chi cục điều tra, dự tính dự báo sâu bệnh hại lúa tại các cánh đồng lớn, gửi kết quả "
    "về Chi cục vào thứ Năm hằng tuần.",
    "c) Kiểm tra các cửa hàng kinh doanh thuốc bảo vệ thực vật trên địa bàn, tổ chức 02 đợt vào tháng 3 "
    "và tháng 5 năm 2028.",
    "**2. Trung tâm Khuyến nông và Dịch vụ nông nghiệp tỉnh (Trung tâm KN-DVNN)",
    "a) Cung ứng giống lúa xác nhận cho các hợp tác xã theo đơn đặt hàng đã ký, hoàn thành trước ngày "
    "10/01/2028.",
    "b) Xây dựng 03 mô hình trình diễn quản lý dịch hại tổng hợp trên lúa; tổ chức hội nghị đánh giá mô "
    "hình trong tháng 6/2028.",
    "3. Phòng Bảo vệ thực vật chủ trì tập huấn nhận biết, phòng trừ chuột hại lúa cho cán bộ khuyến nông "
    "cơ sở trong Quý I/2028; báo cáo Chi cục trưởng kết quả sau mỗi lớp tập huấn.",
    "**4. Đề nghị Hội Nông dân tỉnh",
    "Vận động hội viên tham gia diệt chuột tập trung theo đợt khi có yêu cầu của Chi cục; phổ biến kinh "
    "nghiệm sản xuất lúa an toàn đến các chi hội.",
    "Các cơ quan, đơn vị gửi báo cáo sơ kết (trước ngày 15/3/2028) và tổng kết vụ Đông Xuân (trước ngày "
    "20/6/2028) về Chi cục (qua Phòng Trồng trọt) để tổng hợp, báo cáo Sở Nông nghiệp và Môi trường.",
    "Quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Trồng trọt (điện thoại "
    "0270.3822.419) để phối hợp giải quyết./.",
]


def wc1_docx(h, path: Path) -> None:
    """A provincial plant protection sub-department's dispatch (20/11/2027), bold unit labels."""
    doc = letter(
        h,
        ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT", "Số: 412/TTBVTV-TT"],
        "Hòa Phong, ngày 20 tháng 11 năm 2027",
        WC1_LINES,
        write=bold_marked,
    )
    closing(
        doc,
        ["Nơi nhận:", "- Như trên;", "- Sở Nông nghiệp và Môi trường (b/c);", "- Lưu: VT, TT."],
        ["CHI CỤC TRƯỞNG", "", "", "Lê Văn Khải"],
    )
    doc.save(path)


WC2_TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐÔNG PHÚ

Số: 903/SKHCN-TĐC

Đông Phú, ngày 04 tháng 12 năm 2028

**V/v triển khai công tác đo lường, chất lượng năm 2029**

Kính gửi:
- Chi cục Tiêu chuẩn Đo lường Chất lượng;
- Phòng Kinh tế các huyện;
- Phòng Kinh tế - Hạ tầng thị xã Bình Sơn;
- Phòng Kinh tế thành phố Đông Phú.

Thực hiện Kế hoạch số 77/KH-UBND ngày 18/11/2028 của Ủy ban nhân dân tỉnh về nâng cao năng suất và chất lượng sản phẩm, hàng hóa năm 2029, Sở Khoa học và Công nghệ đề nghị các đơn vị triển khai các nội dung sau:

**1. Chi cục Tiêu chuẩn Đo lường Chất lượng (Chi cục TĐC)**

a) Kiểm tra nhà nước về đo lường đối với taxi và đồng hồ đo điện tại các khu nhà trọ, hoàn thành trong Quý III/2029.

b) Hướng dẫn các doanh nghiệp áp dụng hệ thống quản lý chất lượng tiên tiến; thực hiện thường xuyên.

c) Tổ chức Hội nghị phổ biến Giải thưởng Chất lượng quốc gia năm 2029 trước ngày 30/4/2029.

**2. Phòng Kinh tế các huyện, Phòng Kinh tế - Hạ tầng thị xã Bình Sơn và Phòng Kinh tế thành phố Đông Phú**

a) Lập danh sách các chợ, cửa hàng vàng bạc trên địa bàn có sử dụng phương tiện đo, gửi về Sở trước ngày 20/01/2029.

b) Phối hợp với Chi cục TĐC kiểm tra cân tại các chợ đầu mối; thời gian từ ngày 01/3 đến ngày 31/5/2029.

3. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chủ trì xây dựng phòng thử nghiệm phân bón đạt chuẩn ISO/IEC 17025, hoàn thành trong tháng 10/2029.

**4. Đề nghị Hiệp hội Doanh nghiệp tỉnh**

Cử đại diện tham gia Hội đồng sơ tuyển Giải thưởng Chất lượng quốc gia khi có đề nghị của Sở; phổ biến đến các hội viên chương trình hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng.

Các đơn vị gửi báo cáo kết quả thực hiện về Sở (qua Chi cục TĐC) trước ngày 05/12/2029 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.

Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Chi cục TĐC (điện thoại 0251.3816.207) để được hướng dẫn./.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT, TĐC.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Minh Tâm
"""

WC3_LINES = [
    "Kính gửi: Các đơn vị thuộc Chi cục.",
    "Để chủ động phòng, chống bệnh dịch tả lợn châu Phi và bệnh lở mồm long móng trên đàn gia súc năm "
    "2029, Chi cục Chăn nuôi và Thú y yêu cầu các đơn vị thực hiện một số nội dung sau:",
    "**1. Trạm Chăn nuôi và Thú y các huyện, thị xã và Trạm Thú y thành phố Long Giang",
    "a) Rà soát tổng đàn lợn, trâu, bò trên địa bàn, lập kế hoạch tiêm phòng đợt 1, gửi Chi cục trước "
    "ngày 15/3/2029.",
    "b) Tổ chức tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò đợt 1 từ ngày 01/4 đến ngày 30/4/2029.",
    "c) Giám sát, phát hiện sớm ổ dịch tại các thôn, bản; thực hiện thường xuyên.",
    "**2. Trung tâm Chẩn đoán Xét nghiệm Thú y (Trung tâm CĐXN)",
    "a) Lấy mẫu giám sát lưu hành vi rút dịch tả lợn châu Phi tại các chợ buôn bán lợn, hoàn thành "
    "trong Quý II/2029.",
    "b) Trả kết quả xét nghiệm mẫu bệnh phẩm cho các Trạm trong vòng 03 ngày làm việc kể từ ngày nhận mẫu.",
    "**3. Phòng Dịch tễ thú y",
    "a) Cấp phát vắc xin, hóa chất sát trùng cho các Trạm theo kế hoạch đã duyệt trước ngày 25/3/2029.",
    "b) Tổng hợp tình hình dịch bệnh, báo cáo Chi cục trưởng vào thứ Sáu hằng tuần.",
    "Các đơn vị báo cáo kết quả thực hiện về Chi cục (qua Phòng Dịch tễ thú y) trước ngày 25 hằng tháng./.",
    "Nơi nhận:",
    "- Như trên;",
    "- Sở Nông nghiệp và Môi trường (b/c);",
    "- Lưu: VT, DT.",
    "CHI CỤC TRƯỞNG",
    "Hà Thị Nguyệt",
]


def wc3_docx(h, path: Path) -> None:
    """A provincial animal health sub-department's dispatch to its units (02/3/2029), bold labels."""
    letter(
        h,
        ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC CHĂN NUÔI VÀ THÚ Y", "Số: 135/CCCNTY-DT"],
        "Long Giang, ngày 02 tháng 3 năm 2029",
        WC3_LINES,
        write=bold_marked,
    ).save(path)


def siblings_wc() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    wc1_docx(h, DOCS / "wc1_cv_chi_cuc_bvtv_dong_xuan_phong_huyen.docx")
    (DOCS / "wc2_cv_so_khcn_do_luong_chat_luong.md").write_text(WC2_TEXT, encoding="utf-8")
    if not shutil.which("soffice"):
        print("soffice not found: the ODT wc3 was not regenerated", file=sys.stderr)
        return
    write_converted(h, [(wc3_docx, "wc3_cv_chi_cuc_thu_y_tram_trung_tam.docx", "odt")])
