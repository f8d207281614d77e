"""The main corpus's siblings of the held-out document h673 (moved to the main corpus when the importer
was taught its shape, by h13fixWA on 2026-12-06): a dispatch whose bold numbered labels name the body
that does the tasks below them and close with a note defining the shorter name it goes by later,
without `tắt` (`2. Trung tâm Kiểm nghiệm … (sau đây gọi là Trung tâm Kiểm nghiệm)`, `(sau đây được gọi
là …)`, `(gọi chung là …)`): the note is no part of the name and the label's body leads every lettered
point or plain paragraph under it; a label naming every body of a kind with such a note (`Các trường
… (gọi chung là các trường)`: lead not scored); a paragraph telling what the body did last year under
its label (no item); a closing reporting request to every unit (an item, no lead), and a contact line
(no item).

wa1: a provincial Department of Agriculture and Environment's dispatch on livestock disease (.docx).
wa2: a provincial Department of Education and Training's dispatch on school health (plain text, UTF-8).
wa3: a district People's Committee's dispatch on the dry season's forest fires (.docx → .doc by
LibreOffice).
Their expected items (expected/wa*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-wa` writes all three.
"""

import shutil
import sys
from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, bold_marked, closing, letter, write_converted

WA1_LINES = [
    "Kính gửi:",
    "- Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh;",
    "- Trung tâm Khuyến nông tỉnh;",
    "- Ủy ban nhân dân các huyện, thị xã, thành phố.",
    "Thực hiện Kế hoạch số 96/KH-UBND ngày 14/02/2028 của Ủy ban nhân dân tỉnh về phòng, chống dịch "
    "bệnh động vật năm 2028, Sở Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện một số nội dung "
    "sau:",
    "**1. Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh (sau đây gọi là Chi cục)",
    "a) Lấy mẫu giám sát vi rút dịch tả lợn châu Phi tại các chợ đầu mối, cơ sở giết mổ tập trung, bảo "
    "đảm tối thiểu 420 mẫu; hoàn thành trước ngày 30/6/2028.",
    "b) Hướng dẫn các địa phương tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng cho đàn gia súc "
    "đợt 1 trong tháng 4/2028.",
    "c) Cập nhật tình hình dịch bệnh lên Hệ thống thông tin dịch bệnh động vật Việt Nam (VAHIS) hằng tuần.",
    "**2. Trung tâm Khuyến nông tỉnh (sau đây được gọi là Trung tâm)",
    "Năm 2027, Trung tâm đã xây dựng 14 mô hình chăn nuôi lợn an toàn sinh học tại 6 huyện, được người "
    "chăn nuôi đánh giá cao.",
    "Tổ chức 12 lớp tập huấn kỹ thuật chăn nuôi an toàn sinh học cho các hộ chăn nuôi quy mô nhỏ; hoàn "
    "thành trong Quý III/2028.",
    "Phối hợp Chi cục biên soạn tờ rơi hướng dẫn tái đàn sau dịch, phát hành trước ngày 15/5/2028.",
    "**3. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố",
    "Chỉ đạo Ủy ban nhân dân cấp xã thành lập tổ kiểm soát vận chuyển động vật tại các chốt giao thông; "
    "thực hiện thường xuyên.",
    "Các đơn vị báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường (qua Chi cục) trước ngày 20 "
    "hằng tháng.",
    "Quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Chăn nuôi - Thú y của Chi cục "
    "(điện thoại 0213.3851.442) để được hướng dẫn./.",
]


def wa1_docx(h, path: Path) -> None:
    """A provincial Department of Agriculture and Environment's dispatch on livestock disease
    (05/3/2028): bold labels closed by a naming note over lettered points or plain paragraphs."""
    doc = letter(
        h,
        ["UBND TỈNH LAI SƠN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 512/SNNMT-CNTY"],
        "Lai Sơn, ngày 05 tháng 3 năm 2028",
        WA1_LINES,
        write=bold_marked,
    )
    closing(
        doc,
        ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, CNTY."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lò Văn Khánh"],
    )
    doc.save(path)


# The second sibling, a provincial Department of Education and Training's dispatch (a plain text file)
WA2_LINES = (
    "UBND TỈNH HÀ NGUYÊN",
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    "Số: 1307/SGDĐT-CTHSSV",
    "V/v triển khai công tác y tế trường học năm học 2028-2029",
    "",
    "Hà Nguyên, ngày 10 tháng 9 năm 2028",
    "",
    "Kính gửi:",
    "- Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên;",
    "- Trung tâm Kiểm soát bệnh tật tỉnh.",
    "",
    "Căn cứ Kế hoạch số 2210/KH-SGDĐT ngày 25/8/2028 về nhiệm vụ năm học 2028-2029, Sở Giáo dục và Đào "
    "tạo đề nghị các đơn vị thực hiện các nội dung sau:",
    "",
    "1. Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên (gọi "
    "chung là các trường)",
    "Tổ chức khám sức khỏe đầu năm học cho học sinh, lập hồ sơ theo dõi sức khỏe; hoàn thành trước ngày "
    "31/10/2028.",
    "Kiện toàn Ban Chăm sóc sức khỏe học sinh, bố trí nhân viên y tế trường học trong tháng 9/2028.",
    "",
    "2. Trung tâm Kiểm soát bệnh tật tỉnh (sau đây gọi là Trung tâm)",
    "Năm học 2027-2028, Trung tâm đã phối hợp tẩy giun cho hơn 18.000 học sinh tại 46 trường trên địa bàn.",
    "Hướng dẫn các trường triển khai phòng, chống dịch bệnh truyền nhiễm trong trường học; thực hiện "
    "thường xuyên.",
    "Tập huấn sơ cấp cứu ban đầu cho nhân viên y tế trường học trước ngày 20/11/2028.",
    "",
    "3. Phòng Giáo dục Trung học (Sở Giáo dục và Đào tạo)",
    "Kiểm tra công tác y tế trường học tại 12 trường trong tháng 11/2028.",
    "",
    "Các đơn vị báo cáo kết quả thực hiện công tác y tế trường học học kỳ I năm học 2028-2029 về Sở Giáo "
    "dục và Đào tạo (qua Phòng Giáo dục Trung học) trước ngày 20/12/2028.",
    "",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Hoàng Thị Mai, chuyên viên Phòng "
    "Giáo dục Trung học (điện thoại 0219.3867.305)./.",
    "",
    "Nơi nhận:",
    "- Như trên;",
    "- Lãnh đạo Sở;",
    "- Lưu: VT, CTHSSV.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Nông Đức Thành",
)
WA2_TEXT = "\n".join(WA2_LINES) + "\n"


def wa2_txt(path: Path) -> None:
    """A provincial Department of Education and Training's dispatch on school health (plain text)."""
    path.write_text(WA2_TEXT, encoding="utf-8")


WA3_LINES = [
    "Kính gửi:",
    "- Hạt Kiểm lâm huyện;",
    "- Ban Quản lý rừng phòng hộ Sông Mã;",
    "- Ủy ban nhân dân các xã.",
    "Để chủ động phòng cháy, chữa cháy rừng trong mùa khô năm 2029, Ủy ban nhân dân huyện yêu cầu các "
    "cơ quan, đơn vị thực hiện các nội dung sau:",
    "**1. Hạt Kiểm lâm huyện (sau đây gọi là Hạt Kiểm lâm)",
    "a) Tham mưu Ủy ban nhân dân huyện kiện toàn Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng và "
    "phòng cháy, chữa cháy rừng trước ngày 15/01/2029.",
    "b) Duy trì trực phòng cháy, chữa cháy rừng tại các vùng trọng điểm; thực hiện thường xuyên.",
    "c) Tổng hợp tình hình cháy rừng, báo cáo Ủy ban nhân dân huyện định kỳ hằng tháng.",
    "**2. Ban Quản lý rừng phòng hộ Sông Mã (sau đây gọi là Ban Quản lý rừng)",
    "a) Xây dựng đường băng cản lửa tại các tiểu khu rừng thông; hoàn thành trước ngày 28/02/2029.",
    "b) Tổ chức diễn tập chữa cháy rừng tại tiểu khu 412 trong tháng 3/2029.",
    "**3. Ủy ban nhân dân các xã (gọi chung là cấp xã)",
    "Rà soát, lập danh sách hộ gia đình sống gần rừng, ký cam kết không đốt nương làm rẫy trong mùa "
    "khô; hoàn thành trước ngày 31/01/2029.",
    "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân huyện (qua Hạt Kiểm lâm) trước "
    "ngày 30/4/2029.",
    "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện./.",
]


def wa3_docx(h, path: Path) -> None:
    """A district People's Committee's dispatch on the dry season's forest fires (08/01/2029)."""
    doc = letter(
        h,
        ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG LÁT", "Số: 41/UBND-NN"],
        "Mường Lát, ngày 08 tháng 01 năm 2029",
        WA3_LINES,
        write=bold_marked,
    )
    closing(
        doc,
        ["Nơi nhận:", "- Như trên;", "- Chi cục Kiểm lâm tỉnh (b/c);", "- Lưu: VT, NN."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hà Văn Thiệu"],
    )
    doc.save(path)


def siblings_wa() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    wa1_docx(h, DOCS / "wa1_cv_so_nnmt_dich_benh_dong_vat.docx")
    wa2_txt(DOCS / "wa2_cv_so_gddt_y_te_truong_hoc.txt")
    if not shutil.which("soffice"):
        print("soffice not found: the .doc wa3 was not regenerated", file=sys.stderr)
        return
    write_converted(h, [(wa3_docx, "wa3_cv_ubnd_huyen_chay_rung.docx", "doc")])
