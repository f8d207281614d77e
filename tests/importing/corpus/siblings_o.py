"""The main corpus's siblings of the held-out documents h106, h107, h112, h113 and h117 (moved to the
main corpus when the importer was taught their shapes, helper h13fixO2): the same shape with other
bodies, units, tasks, dates and surface details. Their expected items (expected/o01_…–o05_…) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-o`
writes them.
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def o01_docx(h, path: Path) -> None:
    """A ward women's union nine-month report (sibling of h117): results and shortcomings first, then
    the quarter's dash tasks each ending `(Giao: <unit>; thời gian: <time>)`, then requests."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["HỘI LHPN QUẬN NAM SƠN", "HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG ĐÔNG HÀ", "Số: 27/BC-HPN"],
        "Đông Hà, ngày 25 tháng 9 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "BÁO CÁO",
            "Kết quả công tác Hội 9 tháng đầu năm, nhiệm vụ trọng tâm quý IV năm 2026",
            "I. KẾT QUẢ ĐẠT ĐƯỢC",
            "1. Công tác tuyên truyền, giáo dục: Ban Thường vụ Hội phối hợp Trạm Y tế phường tổ chức nói chuyện chuyên đề "
            "về chăm sóc sức khỏe sinh sản ngày 12/5/2026 cho 95 hội viên.",
            "2. Hỗ trợ phụ nữ phát triển kinh tế: Chi hội tổ dân phố 3 đã giới thiệu 14 hội viên vay vốn ngày 20/7/2026; "
            "tổng dư nợ ủy thác đạt 3,4 tỷ đồng.",
            "II. TỒN TẠI, HẠN CHẾ",
            "Hoạt động của một số chi hội còn hình thức; tỷ lệ tập hợp phụ nữ trẻ vào Hội còn thấp.",
            "III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2026",
            "- Tổ chức các hoạt động kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
            "20/10/2026), biểu dương hội viên tiêu biểu (Giao: Ban Thường vụ Hội; thời gian: tháng 10/2026).",
            "- Duy trì sinh hoạt câu lạc bộ “Phụ nữ với pháp luật” tại các tổ dân phố (Giao: các chi hội; thời gian: "
            "thường xuyên).",
            "- Phối hợp Trạm Y tế phường tổ chức khám sàng lọc ung thư vú miễn phí cho hội viên (Giao: Ban Chấp hành Hội; "
            "Thời gian: trước 15/11/2026).",
            "- Trao 02 mái ấm “Tình thương” cho hội viên có hoàn cảnh khó khăn tại tổ dân phố 5 (Giao: Chi hội tổ dân phố 5; "
            "thời gian: quý IV/2026).",
            "- Tổ chức Hội thi “Phụ nữ thanh lịch, văn minh” chào mừng Ngày Phụ nữ Việt Nam 20/10 (Giao: Chi hội tổ dân phố 2; "
            "thời gian: 18/10/2026).",
            "- Vận động hội viên tham gia bảo hiểm xã hội tự nguyện, tăng thêm ít nhất 30 người (Giao: Ban Kiểm tra Hội; "
            "thời gian: đến 31/12/2026).",
            "- Tổng kết công tác Hội năm 2026, xây dựng chương trình công tác năm 2027 (Giao: Ban Thường vụ Hội; thời gian: "
            "tháng 12/2026).",
            "IV. ĐỀ XUẤT, KIẾN NGHỊ",
            "Đề nghị UBND phường bố trí kinh phí tổ chức Hội thi trong tháng 10/2026.",
            "Nơi nhận:\n- Hội LHPN quận;\n- Đảng ủy, UBND phường;\n- Các chi hội;\n- Lưu: VT.",
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nLê Thị Thu Hà",
        ],
    )
    document.save(path)


def o02_docx(h, path: Path) -> None:
    """A district's singing-contest plan (sibling of h106, → .odt): the opening day printed in the
    time-and-place part, unit headings over dash duties, several dues counted back from the opening day
    (`trước ngày khai mạc 30 ngày`, `chậm nhất 15 ngày trước ngày khai mạc`)."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND HUYỆN TÂN PHONG", "Số: 158/KH-UBND"],
        "Tân Phong, ngày 03 tháng 8 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Tổ chức Hội thi Tiếng hát học sinh huyện Tân Phong năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Phát hiện, bồi dưỡng năng khiếu văn nghệ của học sinh; tổ chức Hội thi an toàn, tiết kiệm, thiết thực.",
            "II. THỜI GIAN, ĐỊA ĐIỂM",
            "Hội thi khai mạc lúc 19 giờ 30 ngày 12/9/2026 (thứ Bảy) tại Nhà văn hóa huyện; vòng chung kết diễn ra "
            "từ ngày 12/9 đến ngày 14/9/2026; bế mạc và trao giải tối ngày 14/9/2026.",
            "III. PHÂN CÔNG NHIỆM VỤ",
            "1. Phòng Văn hóa và Thông tin",
            "- Ban hành Thể lệ Hội thi, gửi các trường trước ngày khai mạc 30 ngày.",
            "- Thành lập Ban Giám khảo Hội thi, hoàn thành chậm nhất ngày 25/8/2026.",
            "2. Trung tâm Văn hóa - Thể thao huyện",
            "- Chuẩn bị sân khấu, âm thanh, ánh sáng tại Nhà văn hóa huyện, hoàn thành trước ngày khai mạc 03 ngày.",
            "- Tổ chức tổng duyệt chương trình trước ngày khai mạc 01 ngày.",
            "3. Phòng Giáo dục và Đào tạo",
            "- Hướng dẫn các trường đăng ký thí sinh, gửi danh sách về Ban Tổ chức chậm nhất 15 ngày trước ngày khai mạc.",
            "4. Trung tâm Y tế huyện",
            "- Bố trí tổ y tế trực tại Nhà văn hóa huyện trong các ngày từ 12/9 đến 14/9/2026.",
            "5. Công an huyện",
            "- Xây dựng phương án bảo đảm an ninh trật tự khu vực tổ chức Hội thi, hoàn thành trước ngày 05/9/2026.",
            "IV. KINH PHÍ",
            "Kinh phí tổ chức Hội thi từ ngân sách huyện năm 2026; Phòng Tài chính - Kế hoạch thẩm định dự toán.",
            "Nơi nhận:\n- Thường trực Huyện ủy, HĐND huyện;\n- Chủ tịch, các PCT UBND huyện;\n- Các cơ quan tại mục III;\n- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrương Văn Lực",
        ],
    )
    document.save(path)


def o03_docx(h, path: Path) -> None:
    """A health director's conclusions (sibling of h107, → legacy .doc) whose paragraphs open `Thứ nhất,
    …` … `Thứ sáu, …`: the unit as subject, after `đề nghị`, or after `giao` following an approval."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND TỈNH HÀ SƠN", "SỞ Y TẾ", "Số: 188/TB-SYT"],
        "Hà Sơn, ngày 09 tháng 10 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở Y tế tại cuộc họp giao ban công tác khám bệnh, chữa bệnh quý III năm 2026",
            "Ngày 07/10/2026, Giám đốc Sở Y tế Phan Thị Minh Nguyệt chủ trì cuộc họp giao ban công tác khám bệnh, chữa "
            "bệnh quý III năm 2026. Tham dự có lãnh đạo các phòng chức năng thuộc Sở, Giám đốc các bệnh viện tuyến tỉnh "
            "và Trung tâm Y tế các huyện. Sau khi nghe báo cáo và ý kiến thảo luận, Giám đốc Sở kết luận như sau:",
            "Giám đốc Sở đánh giá cao các đơn vị đã bảo đảm thuốc, vật tư y tế trong quý III; tuy nhiên tỷ lệ bệnh nhân "
            "chuyển tuyến còn cao, công suất sử dụng giường bệnh ở một số bệnh viện vượt 120%.",
            "Thứ nhất, Phòng Nghiệp vụ Y rà soát danh mục kỹ thuật được phê duyệt của các bệnh viện tuyến huyện, báo cáo "
            "Giám đốc Sở trước ngày 20/10/2026.",
            "Thứ hai, Trung tâm Kiểm soát bệnh tật tỉnh triển khai tiêm vắc xin sởi bổ sung tại 12 xã vùng khó khăn, "
            "hoàn thành trong tháng 11/2026.",
            "Thứ ba, đề nghị Bảo hiểm xã hội tỉnh phối hợp với Sở giải quyết dứt điểm chi phí khám bệnh, chữa bệnh vượt "
            "tổng mức thanh toán năm 2025 trước ngày 15/12/2026.",
            "Thứ tư, về đề nghị của Bệnh viện Đa khoa tỉnh mua sắm bổ sung 10 máy chạy thận nhân tạo: Giám đốc Sở thống "
            "nhất chủ trương; giao Phòng Kế hoạch - Tài chính thẩm định, tham mưu trước ngày 30/10/2026.",
            "Thứ năm, Thanh tra Sở kiểm tra việc niêm yết giá dịch vụ tại các phòng khám tư nhân, báo cáo kết quả chậm "
            "nhất ngày 10/11/2026.",
            "Thứ sáu, Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện Thông báo này, định kỳ hằng quý tổng hợp báo "
            "cáo Giám đốc Sở.",
            "Văn phòng Sở Y tế thông báo để các đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- Giám đốc, các Phó Giám đốc Sở;\n- Bảo hiểm xã hội tỉnh;\n- Các đơn vị trực thuộc;\n- Lưu: VT, VP.",
            "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\nHoàng Văn Thịnh",
        ],
    )
    document.save(path)


def o04_docx(h, path: Path) -> None:
    """A ward chairman's conclusions (sibling of h113, → .odt): the opening paragraph names the units in
    full once with their abbreviations (`(sau đây gọi tắt là …)`, a bare `(…)`), the tasks only by them."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND PHƯỜNG BẮC THÀNH", "VĂN PHÒNG HĐND VÀ UBND", "Số: 95/TB-VP"],
        "Bắc Thành, ngày 10 tháng 9 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Chủ tịch UBND phường Trịnh Văn Đức tại cuộc họp giao ban tháng 9/2026",
            "Ngày 08/9/2026, đồng chí Trịnh Văn Đức, Chủ tịch UBND phường chủ trì cuộc họp giao ban tháng 9/2026. "
            "Tham dự có các đồng chí Phó Chủ tịch UBND phường; lãnh đạo Phòng Kinh tế, Hạ tầng và Đô thị (sau đây gọi tắt "
            "là Phòng KT-HT-ĐT), Phòng Văn hóa - Xã hội (Phòng VH-XH), Trung tâm Phục vụ hành chính công phường "
            "(Trung tâm PVHCC), Ban Chỉ huy Quân sự phường (Ban CHQS), Công an phường và Văn phòng HĐND và UBND "
            "phường (Văn phòng). Sau khi nghe báo cáo, Chủ tịch UBND phường kết luận như sau:",
            "1. Đánh giá chung",
            "Tháng 8/2026 các cơ quan, đơn vị hoàn thành phần lớn nhiệm vụ được giao; Chủ tịch UBND phường ghi nhận "
            "Trung tâm PVHCC đã giải quyết đúng hạn 99,6% hồ sơ trước ngày 31/8/2026.",
            "2. Nhiệm vụ trọng tâm thời gian tới",
            "2.1. Phòng KT-HT-ĐT chủ trì, phối hợp Công an phường kiểm tra, xử lý các trường hợp lấn chiếm vỉa hè trên "
            "tuyến đường Trần Phú, báo cáo UBND phường trước ngày 30/9/2026.",
            "2.2. Trung tâm PVHCC rà soát quy trình tiếp nhận hồ sơ trực tuyến toàn trình, đề xuất rút ngắn thời gian "
            "giải quyết chậm nhất ngày 15/10/2026.",
            "2.3. Phòng VH-XH phối hợp Đoàn Thanh niên phường tổ chức chương trình Vui Tết Trung thu cho thiếu nhi, "
            "hoàn thành trước Tết Trung thu.",
            "2.4. Ban CHQS hoàn thành hồ sơ sơ tuyển công dân nhập ngũ năm 2027; thời gian từ ngày 01/10 đến ngày "
            "20/10/2026.",
            "2.5. Phòng KT-HT-ĐT phối hợp các tổ dân phố duy trì vệ sinh môi trường các tuyến phố chính; thực hiện "
            "thường xuyên.",
            "2.6. Các tổ dân phố rà soát, cập nhật danh sách hộ kinh doanh cá thể, gửi về Phòng KT-HT-ĐT trước ngày "
            "05/10/2026.",
            "2.7. Văn phòng theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND phường trước ngày "
            "10/10/2026.",
            "3. Về đề nghị của Phòng VH-XH sửa chữa nhà văn hóa tổ dân phố 4: Chủ tịch UBND phường thống nhất chủ trương.",
            "Văn phòng HĐND và UBND phường thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- Chủ tịch, các PCT UBND phường;\n- Các cơ quan, đơn vị tại mục 2;\n- Lưu: VT.",
            "CHÁNH VĂN PHÒNG\n(đã ký)\nĐỗ Thị Lan",
        ],
    )
    document.save(path)


def o05_docx(h, path: Path) -> None:
    """A district Party committee's monthly programme (sibling of h112, → PDF with a text layer): a Party
    heading, dated lines `Ngày 02/10 (thứ Sáu): <event>. <Unit> chuẩn bị.`, a day range, then tasks in the
    month without a day, and a note."""
    from docx import Document

    document = Document()
    table = document.add_table(rows=4, cols=2)
    left = ["ĐẢNG BỘ TỈNH HÀ SƠN", "HUYỆN ỦY LONG KHÁNH", "*", "Số 41-CTr/HU"]
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Long Khánh, ngày 28 tháng 9 năm 2026", ""]
    for index in range(4):
        table.cell(index, 0).text = left[index]
        table.cell(index, 1).text = right[index]
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC",
            "tháng 10 năm 2026 của Thường trực, Ban Thường vụ Huyện ủy",
            "I. CÁC HOẠT ĐỘNG THEO LỊCH",
            "Ngày 02/10 (thứ Sáu): Thường trực Huyện ủy làm việc với Đảng ủy xã Hưng Thịnh về tình hình phát triển kinh "
            "tế - xã hội 9 tháng. Văn phòng Huyện ủy chuẩn bị.",
            "Ngày 08/10 (thứ Năm): Ban Thường vụ Huyện ủy họp cho ý kiến về Đề án xây dựng nông thôn mới kiểu mẫu. "
            "Đảng ủy UBND huyện chuẩn bị.",
            "Ngày 14 - 16/10: Đoàn giám sát của Ban Thường vụ Huyện ủy giám sát việc thực hiện Quy định về trách nhiệm "
            "nêu gương tại Đảng ủy thị trấn Long Khánh. Ủy ban Kiểm tra Huyện ủy chuẩn bị.",
            "Ngày 20/10 (thứ Ba): Hội nghị biểu dương phụ nữ tiêu biểu nhân kỷ niệm Ngày Phụ nữ Việt Nam. Ban Dân vận "
            "Huyện ủy chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện chuẩn bị.",
            "Ngày 29/10 (thứ Năm): Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 8. Văn phòng Huyện ủy chuẩn bị.",
            "II. CÁC NỘI DUNG THỰC HIỆN TRONG THÁNG",
            "1. Ban Tuyên giáo Huyện ủy tổ chức hội nghị báo cáo viên, định hướng thông tin tuyên truyền các sự kiện trong tháng.",
            "2. Ủy ban Kiểm tra Huyện ủy hoàn thành hồ sơ xem xét, xử lý kỷ luật đảng viên vi phạm.",
            "III. GHI CHÚ",
            "Các hội nghị bắt đầu lúc 14 giờ 00. Chương trình có thể điều chỉnh; Văn phòng Huyện ủy thông báo lịch cụ thể "
            "hằng tuần.",
            "Nơi nhận:\n- Các đồng chí Huyện ủy viên,\n- Các chi, đảng bộ trực thuộc,\n- Lưu Văn phòng Huyện ủy.",
            "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nVõ Đình Nam",
        ],
    )
    document.save(path)


def siblings_o() -> None:
    h = heldout_writers()
    o01_docx(h, DOCS / "o01_bc_quy_hoi_phu_nu_phuong_giao_thoi_gian_ngoac.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the .odt, .doc and the PDF were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for write, name, extension in (
            (o02_docx, "o02_kh_hoi_thi_huyen_truoc_khai_mac.docx", "odt"),
            (o03_docx, "o03_tbkl_so_y_te_thu_nhat_thu_hai.docx", "doc"),
            (o04_docx, "o04_tbkl_phuong_viet_tat_dinh_nghia_dau.docx", "odt"),
            (o05_docx, "o05_ctr_thang_huyen_uy_dong_ngay.docx", "pdf"),
        ):
            write(h, Path(tmp) / name)
            h.soffice_convert(Path(tmp) / name, extension, DOCS / f"{Path(name).stem}.{extension}")
