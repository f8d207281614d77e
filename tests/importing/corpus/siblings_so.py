"""The main corpus's siblings of the held-out documents h573 and h587 (moved to the main corpus when
the importer was taught their shapes, by h13fixSO on 2026-12-06): a dispatch whose numbered labels
only name the unit, one closed by a note of its role (`2. Trung tâm X (đơn vị đầu mối)`), over the
unit's lettered points a), b), c) (h573), and a numbered request to a list of named bodies too long
for one name (`Đề nghị Hội A tỉnh, Tỉnh Đoàn, Hội B tỉnh, … phối hợp …`, h587); each closes with a
round before every unit's report (`Định kỳ hằng quý, các đơn vị báo cáo …`) and a courtesy sentence
opening with a condition (`Trong quá trình thực hiện, nếu có vướng mắc, …`, no item). Their expected
items (expected/so1_…, so2_…, so3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-so` writes the three.
"""

# ruff: noqa: E501 (documents are printed as offices write them, a paragraph a line)

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _paragraphs(document, lines: list[str]) -> None:
    """Lines as paragraphs; a line opening with `**` is a bold label."""
    for line in lines:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line.removeprefix("**"))
        run.bold = line.startswith("**")


def so1_docx(path: Path) -> None:
    """A provincial Department of Health's dispatch on expanded immunisation for 2028: bold unit
    labels over lettered points (one closed by `(đơn vị đầu mối)`), a request to five named bodies,
    a quarterly report of every unit and a courtesy closing after a condition."""
    from docx import Document

    document = Document()
    _paragraphs(
        document,
        [
            "UBND TỈNH BÌNH NGUYÊN",
            "SỞ Y TẾ",
            "Số: 318/SYT-NVY",
            "V/v triển khai tiêm chủng mở rộng năm 2028",
            "Bình Nguyên, ngày 20 tháng 02 năm 2028",
            "Kính gửi: Các đơn vị trực thuộc Sở; các cơ quan, đoàn thể có liên quan.",
            "Căn cứ Kế hoạch số 45/KH-UBND ngày 05/02/2028 của UBND tỉnh về tiêm chủng mở rộng năm 2028, Sở "
            "Y tế đề nghị các đơn vị triển khai một số nội dung sau:",
            "**1. Các bệnh viện, trung tâm y tế tuyến huyện",
            "Rà soát nhu cầu vắc xin tiêm chủng mở rộng năm 2028 của địa phương, gửi về Sở Y tế trước ngày "
            "15/3/2028.",
            "**2. Trung tâm Kiểm soát bệnh tật tỉnh (đơn vị đầu mối)",
            "a) Xây dựng kế hoạch tiêm chủng mở rộng năm 2028, trình Sở Y tế trước ngày 31/3/2028.",
            "b) Tổ chức tập huấn an toàn tiêm chủng cho cán bộ y tế tuyến xã trong tháng 5/2028.",
            "c) Giám sát, hỗ trợ kỹ thuật các điểm tiêm chủng thường xuyên.",
            "**3. Phòng Nghiệp vụ Y (Sở Y tế)",
            "a) Kiểm tra công tác tiêm chủng tại 04 huyện trong quý III/2028.",
            "b) Tổng hợp kết quả tiêm chủng mở rộng năm 2028, báo cáo Giám đốc Sở trước ngày 15/12/2028.",
            "4. Đề nghị Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, Hội Nông dân tỉnh, Báo Bình Nguyên, Đài Phát "
            "thanh và Truyền hình tỉnh phối hợp tuyên truyền lợi ích của tiêm chủng trong tháng 4/2028.",
            "Định kỳ hằng quý, các đơn vị báo cáo kết quả tiêm chủng về Sở Y tế (qua Phòng Nghiệp vụ Y) trước "
            "ngày 20 của tháng cuối quý.",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Sở Y tế "
            "(qua Phòng Nghiệp vụ Y) để được hướng dẫn./.",
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu: VT, NVY.",
            "GIÁM ĐỐC",
        ],
    )
    document.save(path)


SO2 = """TỈNH ĐOÀN BÌNH NGUYÊN
BAN THƯỜNG VỤ
Số: 87-CV/TĐTN-PT
V/v triển khai Chiến dịch Thanh niên tình nguyện hè năm 2029
Bình Nguyên, ngày 18 tháng 4 năm 2029

Kính gửi: Các ban, Văn phòng Tỉnh Đoàn; các cơ sở Đoàn trực thuộc.

Thực hiện chương trình công tác năm 2029, Ban Thường vụ Tỉnh Đoàn đề nghị các cơ sở Đoàn triển khai một số nội dung sau:
1. Ban Phong trào Tỉnh Đoàn (cơ quan thường trực Chiến dịch)
a) Xây dựng kế hoạch chi tiết Chiến dịch Thanh niên tình nguyện hè năm 2029, trình Ban Thường vụ trước ngày 10/5/2029.
b) Tổ chức Lễ ra quân Chiến dịch cấp tỉnh trong tháng 6/2029.
2. Văn phòng Tỉnh Đoàn
a) Bảo đảm kinh phí, cơ sở vật chất phục vụ các hoạt động của Chiến dịch thường xuyên.
b) Tổng hợp kết quả Chiến dịch, báo cáo Ban Bí thư Trung ương Đoàn trước ngày 31/8/2029.
3. Đề nghị Ban Thường vụ Huyện Đoàn Tân Phú, Huyện Đoàn Đông Hải, Thành Đoàn Bạc Điền, Đoàn Khối các cơ quan tỉnh, Đoàn Thanh niên Công an tỉnh xây dựng kế hoạch thực hiện Chiến dịch tại địa phương, đơn vị, gửi về Tỉnh Đoàn (qua Ban Phong trào) trước ngày 25/5/2029.
Hằng tháng, các cơ sở Đoàn báo cáo tiến độ thực hiện Chiến dịch về Tỉnh Đoàn (qua Ban Phong trào) trước ngày 20.
Trường hợp phát sinh vướng mắc, các đơn vị liên hệ Ban Phong trào Tỉnh Đoàn để được hướng dẫn./.

Nơi nhận:
- Như trên;
- Lưu: VP, BPT.
TM. BAN THƯỜNG VỤ
PHÓ BÍ THƯ
"""


def so2_txt(path: Path) -> None:
    """A provincial Youth Union's dispatch on the summer volunteer campaign (.txt): numbered labels
    of its boards with no bold (one closed by `(cơ quan thường trực Chiến dịch)`) over lettered
    points, a request to five named Youth Union bodies, a monthly report after `Hằng tháng,` and a
    closing after `Trường hợp phát sinh vướng mắc,`."""
    path.write_text(SO2, encoding="utf-8")


def so3_docx(path: Path) -> None:
    """A university's dispatch on its 2030 admissions: bold unit labels over lettered points or one
    paragraph (two closed by a role note), every faculty's duty, a monthly report of every unit and a
    closing after `Trong quá trình triển khai thực hiện, nếu có vướng mắc,`."""
    from docx import Document

    document = Document()
    _paragraphs(
        document,
        [
            "TRƯỜNG ĐẠI HỌC KINH TẾ - KỸ THUẬT MIỀN TRUNG",
            "Số: 56/ĐHKTKT-ĐT",
            "V/v chuẩn bị công tác tuyển sinh năm 2030",
            "Để chuẩn bị công tác tuyển sinh năm 2030, Hiệu trưởng yêu cầu các đơn vị thực hiện một số nội "
            "dung sau:",
            "**1. Phòng Đào tạo (cơ quan thường trực Hội đồng tuyển sinh)",
            "a) Xây dựng Đề án tuyển sinh năm 2030, trình Hiệu trưởng trước ngày 28/02/2030.",
            "b) Công bố chỉ tiêu tuyển sinh trên Cổng thông tin điện tử của Trường theo quy định.",
            "**2. Phòng Kế hoạch - Tài chính",
            "Lập dự toán kinh phí tổ chức tuyển sinh năm 2030, trình Hiệu trưởng phê duyệt trong tháng 3/2030.",
            "**3. Trung tâm Công nghệ thông tin (đơn vị quản trị hệ thống)",
            "a) Nâng cấp phần mềm đăng ký xét tuyển trực tuyến, hoàn thành trước ngày 15/4/2030.",
            "b) Bảo đảm an toàn dữ liệu thí sinh thường xuyên.",
            "**4. Các khoa đào tạo",
            "Cử giảng viên tham gia tư vấn tuyển sinh tại các trường trung học phổ thông trước ngày 31/5/2030.",
            "Định kỳ hằng tháng, các đơn vị báo cáo kết quả thực hiện về Phòng Đào tạo để tổng hợp, báo cáo "
            "Hiệu trưởng.",
            "Trong quá trình triển khai thực hiện, nếu có vướng mắc, các đơn vị báo cáo Hiệu trưởng (qua Phòng "
            "Đào tạo) để xem xét, giải quyết./.",
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu: VT, ĐT.",
            "HIỆU TRƯỞNG",
        ],
    )
    document.save(path)


def siblings_so() -> None:
    so1_docx(DOCS / "so1_cv_so_y_te_tiem_chung_nhan_don_vi.docx")
    so2_txt(DOCS / "so2_cv_tinh_doan_chien_dich_he_nhan_ban.txt")
    so3_docx(DOCS / "so3_cv_dai_hoc_tuyen_sinh_nhan_don_vi.docx")
