"""The main corpus's siblings of h743 (a provincial Department of Health's dispatch), of h744 (a district
hospital's infection-control plan) and of a gap h13fixYE found in a notice of conclusions, by h13fixYK on
2026-12-06: a dispatch whose numbered points go to named divisions and whose closing unnumbered paragraph
asks one named body the issuer does not command for a concrete act, opening with `quan tâm` (`Sở Giáo dục
và Đào tạo đề nghị Sở Tài chính quan tâm thẩm định, bố trí kinh phí …`: an item led by that body, due
none), beside one that asks another body for care only (`Đề nghị Công đoàn ngành Giáo dục tỉnh quan tâm,
tạo điều kiện.`: no item); a plan whose activities close with their doer in parentheses, the first
defining the short form inside its own parentheses (`(Khoa Y tế công cộng (Khoa YTCC) chủ trì, …)`: led
by the full name), and a closing duty reporting `định kỳ 03 tháng` (a round of months printed with a
leading zero: recurring); and a notice of conclusions whose points are short dated acts of named units
(`Tổ Kỹ thuật sao lưu cơ sở dữ liệu địa chính trước 31/12/2027.`, `Phòng Hành chính - Tổng hợp kiểm kê
tài sản trước ngày 28 tháng 12.`). Their expected items (expected/yk1_…, yk2_…, yk3_…) were written by
hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yk` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YK1_LINES = (
    "UBND TỈNH ĐÔNG LÂM",
    "**SỞ GIÁO DỤC VÀ ĐÀO TẠO**",
    "",
    "Số: 1562/SGDĐT-TCCB",
    "V/v rà soát, bố trí đội ngũ giáo viên năm học 2027 - 2028",
    "",
    "Đông Lâm, ngày 14 tháng 12 năm 2027",
    "",
    "Kính gửi:",
    "",
    "- Các trường trung học phổ thông trực thuộc Sở;",
    "- Các phòng chuyên môn, nghiệp vụ thuộc Sở.",
    "",
    "Thực hiện Kế hoạch số 204/KH-UBND ngày 25/11/2027 của UBND tỉnh về sắp xếp đội ngũ viên chức ngành "
    "giáo dục; qua rà soát, đến ngày 01/12/2027 toàn tỉnh còn thiếu 146 giáo viên trung học phổ thông, "
    "trong đó môn Tin học thiếu 38 giáo viên.",
    "",
    "Giám đốc Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện một số nội dung sau:",
    "",
    "1. Trường THPT chuyên Nguyễn Trãi: Xây dựng phương án tuyển dụng giáo viên Tin học, Tiếng Anh năm "
    "2028, trình Sở trước ngày 31/01/2028.",
    "",
    "2. Phòng Tổ chức cán bộ: Thẩm định hồ sơ điều động, biệt phái giáo viên giữa các trường, hoàn thành "
    "trước ngày 15/3/2028.",
    "",
    "3. Phòng Kế hoạch - Tài chính: Tổng hợp nhu cầu kinh phí hợp đồng giáo viên của các trường, báo cáo "
    "Giám đốc Sở trước ngày 20/01/2028.",
    "",
    "4. Văn phòng Sở: Cập nhật biến động đội ngũ lên phần mềm quản lý nhân sự ngành, định kỳ hằng quý.",
    "",
    "Sở Giáo dục và Đào tạo đề nghị Sở Tài chính quan tâm thẩm định, bố trí kinh phí hợp đồng giáo viên "
    "cho các trường thiếu giáo viên theo quy định.",
    "",
    "Đề nghị Công đoàn ngành Giáo dục tỉnh quan tâm, tạo điều kiện.",
    "",
    "Thủ trưởng các đơn vị chịu trách nhiệm về số liệu báo cáo; trong quá trình thực hiện, nếu có vướng "
    "mắc, đề nghị liên hệ Phòng Tổ chức cán bộ để được hướng dẫn./.",
    "",
    "Nơi nhận:",
    "- Như trên;",
    "- UBND tỉnh (b/c);",
    "- Sở Tài chính;",
    "- Lưu: VT, TCCB.",
    "",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "",
    "Trịnh Văn Khải",
)
YK1_TEXT = "\n".join(YK1_LINES) + "\n"


def yk1_md(path: Path) -> None:
    """A provincial Department of Education's dispatch, numbered run-in labels and a closing request
    to one named body (.md)."""
    path.write_text(YK1_TEXT, encoding="utf-8")


YK2_PARAGRAPHS = (
    "SỞ Y TẾ TỈNH ĐÔNG LÂM",
    "TRUNG TÂM Y TẾ HUYỆN BẮC SƠN",
    "Số: 96/KH-TTYT",
    "Bắc Sơn, ngày 18 tháng 12 năm 2027",
    "KẾ HOẠCH",
    "Tiêm chủng mở rộng năm 2028",
    "Căn cứ kết quả tiêm chủng mở rộng năm 2027 trên địa bàn huyện, Trung tâm Y tế huyện xây dựng Kế "
    "hoạch tiêm chủng mở rộng năm 2028 như sau:",
    "I. MỤC TIÊU",
    "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%; không để xảy ra tai biến nặng sau "
    "tiêm chủng.",
    "II. CÁC HOẠT ĐỘNG",
    "1. Rà soát đối tượng trẻ em dưới 1 tuổi trên địa bàn, lập danh sách tiêm chủng năm 2028, hoàn "
    "thành trong tháng 02/2028 (Khoa Y tế công cộng (Khoa YTCC) chủ trì, các trạm y tế xã phối hợp).",
    "2. Tổ chức buổi tiêm chủng tại các trạm y tế xã, mỗi tháng 01 lần (Khoa YTCC thực hiện).",
    "3. Tập huấn an toàn tiêm chủng cho nhân viên trạm y tế xã, trong tháng 4/2028 (Khoa YTCC).",
    "4. Cấp phát vắc xin, vật tư tiêm chủng cho các trạm y tế xã theo kế hoạch, thực hiện thường xuyên "
    "(Khoa Dược - Trang thiết bị).",
    "5. Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh cấp đủ vắc xin và sổ tiêm chủng cho huyện trong Quý "
    "I/2028.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Khoa Y tế công cộng là đơn vị thường trực, theo dõi, tổng hợp kết quả tiêm chủng; định kỳ 03 "
    "tháng báo cáo Giám đốc Trung tâm.",
    "2. Phòng Tài chính - Kế toán bảo đảm kinh phí thực hiện Kế hoạch từ nguồn ngân sách được giao.",
    "3. Các trạm y tế xã báo cáo kết quả tiêm chủng về Khoa YTCC trước ngày 05 hằng tháng.",
    "Nơi nhận:",
    "- Sở Y tế (b/c);",
    "- Các khoa, phòng, trạm y tế xã;",
    "- Lưu: VT, YTCC.",
    "GIÁM ĐỐC",
    "Hoàng Thị Mai",
)


def yk2_docx(path: Path) -> None:
    """A district health centre's immunisation plan, each activity's doer in closing parentheses (.docx)."""
    from docx import Document

    document = Document()
    for text in YK2_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


YK3_PARAGRAPHS = (
    "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐÔNG LÂM",
    "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HUYỆN BẮC SƠN",
    "Số: 58/TB-CNVPĐK",
    "Bắc Sơn, ngày 11 tháng 12 năm 2027",
    "THÔNG BÁO",
    "Kết luận của Giám đốc Chi nhánh tại cuộc họp giao ban tháng 12/2027",
    "Ngày 09/12/2027, Chi nhánh Văn phòng đăng ký đất đai huyện Bắc Sơn tổ chức họp giao ban tháng "
    "12/2027. Chủ trì: ông Đặng Quốc Huy, Giám đốc Chi nhánh; dự họp có Phó Giám đốc và tổ trưởng các "
    "tổ. Sau khi nghe báo cáo, Giám đốc Chi nhánh kết luận như sau:",
    "1. Đánh giá chung",
    "Mười một tháng năm 2027, Chi nhánh giải quyết 4.120 hồ sơ đăng ký biến động, trong đó 96% đúng "
    "hạn; còn 37 hồ sơ quá hạn do vướng mắc nguồn gốc đất.",
    "2. Nhiệm vụ trong thời gian tới",
    "- Tổ Kỹ thuật sao lưu cơ sở dữ liệu địa chính trước 31/12/2027.",
    "- Phòng Hành chính - Tổng hợp kiểm kê tài sản trước ngày 28 tháng 12.",
    "- Tổ Đăng ký giải quyết dứt điểm 37 hồ sơ quá hạn trước ngày 15/01.",
    "- Tổ Đo đạc bàn giao hồ sơ trích đo trước ngày 22/12/2027.",
    "- Tổ Lưu trữ hoàn thành số hóa hồ sơ địa chính xã Tân Lập, báo cáo Giám đốc Chi nhánh trước ngày "
    "25/12/2027.",
    "Chi nhánh thông báo để các tổ, bộ phận biết, thực hiện./.",
    "Nơi nhận:",
    "- Văn phòng Đăng ký đất đai tỉnh (b/c);",
    "- Các tổ, bộ phận;",
    "- Lưu: VT.",
    "GIÁM ĐỐC",
    "Đặng Quốc Huy",
)


def yk3_docx(path: Path) -> None:
    """A district land registration branch's notice of its director's conclusions, short dated points
    of named units (.docx)."""
    from docx import Document

    document = Document()
    for text in YK3_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


def siblings_yk() -> None:
    yk1_md(DOCS / "yk1_cv_sgddt_doi_ngu_giao_vien.md")
    yk2_docx(DOCS / "yk2_kh_ttyt_huyen_tiem_chung.docx")
    yk3_docx(DOCS / "yk3_tbkl_cn_vpdk_dat_dai_giao_ban.docx")
