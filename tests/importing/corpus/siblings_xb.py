"""The main corpus's siblings of the held-out documents h693 and h703 (moved to the main corpus when the
importer was taught their shapes, by h13fixXB on 2026-12-06): a dispatch whose preamble defines the
division drafting it inside a parenthesis that opens on something else (`(qua Phòng Quản lý thương
mại, sau đây viết tắt là Phòng QLTM)`: the full name leads every point naming the short one), points
that open with a lead-in clause before that division (`Căn cứ kết quả khảo sát tại điểm 1, Phòng QLTM
lập …`, `Trên cơ sở …, Chi cục CNTY cấp phát …`), and a verb no list knows after the short name
(`Chi cục CNTY ra quyết định …`); and a dispatch whose bold unit labels head lettered points, the
first label printing its short form (`1. Phòng Tài nguyên và Môi trường huyện (Phòng TN-MT)`), an
unlettered paragraph after its points opening with that short form and a partner and printing its own
day (its own item, led as printed), and a closing report request naming the labelled bodies (they
lead). Their expected items (expected/xb1_…, xb2_…, xb3_…) were written by hand before the first
import. `python tests/importing/corpus/make_docs.py --siblings-xb` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

XB1_PARAGRAPHS = (
    "UBND TỈNH KIM SƠN",
    "SỞ CÔNG THƯƠNG",
    "Số: 1452/SCT-QLTM",
    "V/v kiểm soát thị trường hàng hóa dịp cuối năm 2028",
    "Kính gửi:",
    "- Các phòng, đơn vị thuộc Sở;",
    "- Ủy ban nhân dân các huyện, thành phố.",
    "Thực hiện Kế hoạch số 301/KH-UBND ngày 10/10/2028 của UBND tỉnh, Sở Công Thương (qua Phòng Quản lý "
    "thương mại, sau đây viết tắt là Phòng QLTM) đề nghị các đơn vị thực hiện các nội dung sau:",
    "1. Phòng QLTM khảo sát nguồn cung hàng hóa thiết yếu tại các chợ đầu mối, hoàn thành trước ngày "
    "15/11/2028.",
    "2. Căn cứ kết quả khảo sát tại điểm 1, Phòng QLTM lập phương án dự trữ hàng hóa bình ổn giá, trình "
    "Giám đốc Sở trước ngày 30/11/2028.",
    "3. Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tổ chức 02 lớp tập huấn về thương mại "
    "điện tử cho hộ kinh doanh trong tháng 12/2028.",
    "4. Trên cơ sở phương án được duyệt, Phòng QLTM ra văn bản đề nghị các doanh nghiệp phân phối đăng "
    "ký tham gia chương trình bình ổn giá trước ngày 10/12/2028.",
    "5. Thanh tra Sở phối hợp Phòng QLTM kiểm tra việc niêm yết giá tại các siêu thị, cửa hàng tiện lợi; "
    "thời gian thực hiện: Quý IV/2028.",
    "6. Văn phòng Sở cập nhật tình hình thị trường lên Cổng thông tin điện tử của Sở hằng tuần.",
    "7. Phòng QLTM là đơn vị đầu mối, theo dõi, tổng hợp kết quả thực hiện văn bản này.",
    "Các đơn vị báo cáo kết quả thực hiện về Sở (qua Phòng QLTM) trước ngày 20/12/2028 để tổng hợp, báo "
    "cáo UBND tỉnh.",
    "Mọi vướng mắc xin liên hệ Phòng QLTM, điện thoại 0207.3822.145./.",
    "Nơi nhận:",
    "- Như trên;",
    "- UBND tỉnh (b/c);",
    "- Lưu: VT, QLTM.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Hoàng Minh Tuấn",
)


def xb1_docx(path: Path) -> None:
    """A provincial Department of Industry and Trade's dispatch on the year-end market (.docx): seven
    numbered points, the trade division defined in the preamble's parenthesis after a comma."""
    from docx import Document

    document = Document()
    for text in XB1_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


# The dispatch's lines (a paragraph is one line, as a plain text file prints it)
XB2_LINES = (
    "ỦY BAN NHÂN DÂN",
    "HUYỆN TÂN PHƯỚC",
    "Số: 845/UBND-TNMT",
    "V/v triển khai công tác quản lý đất đai, môi trường năm 2028",
    "",
    "Kính gửi:",
    "- Phòng Tài nguyên và Môi trường huyện;",
    "- Ủy ban nhân dân các xã, thị trấn;",
    "- Trung tâm Phát triển quỹ đất huyện.",
    "",
    "Thực hiện Kế hoạch số 77/KH-UBND ngày 05/01/2028 của UBND tỉnh, Ủy ban nhân dân huyện yêu cầu các "
    "cơ quan, đơn vị triển khai các nội dung sau:",
    "",
    "1. Phòng Tài nguyên và Môi trường huyện (Phòng TN-MT)",
    "a) Tham mưu UBND huyện ban hành kế hoạch sử dụng đất năm 2029, trình trước ngày 30/9/2028.",
    "b) Hướng dẫn các xã lập hồ sơ cấp Giấy chứng nhận quyền sử dụng đất lần đầu; hoàn thành trong Quý "
    "II/2028.",
    "Phòng TN-MT phối hợp Công an huyện kiểm tra việc khai thác cát trái phép trên sông Vàm Cỏ, xong "
    "trước ngày 31/5/2028.",
    "2. Ủy ban nhân dân các xã, thị trấn",
    "a) Rà soát, thống kê các trường hợp lấn chiếm đất công, hoàn thành trước ngày 15/4/2028.",
    "b) Tuyên truyền, vận động người dân thu gom, phân loại rác thải tại nguồn; thực hiện thường xuyên.",
    "3. Trung tâm Phát triển quỹ đất huyện",
    "Lập phương án bồi thường, hỗ trợ dự án Khu dân cư Tân Hòa trước ngày 30/6/2028.",
    "Ủy ban nhân dân các xã, thị trấn và Trung tâm Phát triển quỹ đất huyện báo cáo kết quả thực hiện 6 "
    "tháng trước ngày 15/6/2028 và cả năm trước ngày 15/12/2028 về Ủy ban nhân dân huyện (qua Phòng "
    "TN-MT).",
    "",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng TN-MT (ông Lê Văn Trọng, điện "
    "thoại 0272.3851.404) để được hướng dẫn./.",
    "",
    "Nơi nhận:",
    "- Như trên;",
    "- UBND tỉnh (b/c);",
    "- Lưu: VT, TNMT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Văn Hùng",
)
XB2_TEXT = "\n".join(XB2_LINES) + "\n"


def xb2_txt(path: Path) -> None:
    """A district People's Committee's dispatch on land and the environment (plain text): three unit
    labels, the first printing its short form, an unlettered dated paragraph after its points."""
    path.write_text(XB2_TEXT, encoding="utf-8")


XB3_LINES = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH NAM TRÀ",
    "",
    "Số: 2210/SNNMT-CNTY",
    "",
    "V/v phòng, chống dịch bệnh động vật vụ Đông Xuân",
    "",
    "Kính gửi: Ủy ban nhân dân các xã, phường; các đơn vị thuộc Sở.",
    "",
    "Thực hiện Kế hoạch số 145/KH-UBND ngày 20/10/2028 của UBND tỉnh, Sở Nông nghiệp và Môi trường (qua "
    "Chi cục Chăn nuôi và Thú y, sau đây viết tắt là Chi cục CNTY) đề nghị các đơn vị thực hiện các nội "
    "dung sau:",
    "",
    "1. Chi cục CNTY xây dựng kế hoạch tiêm phòng vắc xin lở mồm long móng đợt 2 năm 2028, ban hành "
    "trước ngày 25/11/2028.",
    "2. Trên cơ sở kế hoạch được phê duyệt, Chi cục CNTY cấp phát vắc xin cho các xã, phường trước ngày "
    "05/12/2028.",
    "3. Ủy ban nhân dân các xã, phường tổ chức tiêm phòng cho đàn gia súc trên địa bàn, hoàn thành trong "
    "tháng 12/2028.",
    "4. Căn cứ diễn biến dịch bệnh, Chi cục CNTY ra quyết định thành lập các tổ giám sát lưu động tại "
    "vùng có nguy cơ cao; thực hiện thường xuyên.",
    "5. Trung tâm Dịch vụ nông nghiệp tỉnh phối hợp Chi cục CNTY tập huấn kỹ năng lấy mẫu xét nghiệm cho "
    "thú y viên cơ sở trong Quý I/2029.",
    "6. Văn phòng Sở đăng tải thông tin dịch bệnh trên Cổng thông tin điện tử của Sở hằng tuần.",
    "",
    "Các đơn vị báo cáo kết quả thực hiện về Sở (qua Chi cục CNTY) trước ngày 20 hằng tháng để tổng hợp.",
    "",
    "Mọi vướng mắc xin liên hệ Chi cục CNTY, điện thoại 0255.3712.480./.",
    "",
    "**Nơi nhận:**",
    "- Như trên;",
    "- Lưu: VT, CNTY.",
    "",
    "**KT. GIÁM ĐỐC**",
    "**PHÓ GIÁM ĐỐC**",
    "",
    "Phạm Thị Lan",
)
XB3_TEXT = "\n".join(XB3_LINES) + "\n"


def xb3_md(path: Path) -> None:
    """A provincial Department of Agriculture and Environment's dispatch on animal disease (Markdown):
    six numbered points, the animal health sub-department defined after a comma in a parenthesis."""
    path.write_text(XB3_TEXT, encoding="utf-8")


def siblings_xb() -> None:
    xb1_docx(DOCS / "xb1_cv_so_cong_thuong_binh_on_gia.docx")
    xb2_txt(DOCS / "xb2_cv_ubnd_huyen_dat_dai_moi_truong.txt")
    xb3_md(DOCS / "xb3_cv_so_nnmt_dich_benh_dong_vat.md")
