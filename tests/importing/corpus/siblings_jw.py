"""The main corpus's siblings of the held-out documents h187, h190 and h198 (moved to the main corpus
when the importer was taught their shapes, helper h13fixJW), with other bodies, places, dates, tasks
and surface details: a plan of numbered task titles over labelled dash fields (a funding field among
them, a month written in words, a closing report duty of every part); a directive of numbered body
headings (one opening `Đề nghị`) over duties with no subject, a count in words from a day printed in
parentheses, a time naming the event the preamble dates and a closing `Giao …` sentence; a plan
whose tasks are in an appendix table (the lead merged down), a due tied to a decree's entry into force
printed in the preamble and numbered duties in its closing part. Their expected items (expected/jw1_…
– jw3_…) were written by hand before the first import. `python tests/importing/corpus/make_docs.py
--siblings-jw` writes them (.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jw1_docx(h, path: Path) -> None:
    """A district rescue centre's flood-season plan: purposes and the situation (no items), numbered
    task titles each over `- Cơ quan chủ trì:`/`- Chủ trì:`, `- Phối hợp:`, `- Thời hạn:` and a
    funding line (`- Kinh phí dự kiến: …`, `- Nguồn kinh phí: …`), a due with its month in words and
    a closing report duty of every team."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND HUYỆN ĐỒNG LÂM", "BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI"],
        "Đồng Lâm, ngày 05 tháng 3 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2028",
            "Căn cứ Kế hoạch số 41/KH-UBND ngày 20/02/2028 của UBND huyện, Ban Chỉ huy xây dựng Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Chủ động ứng phó, giảm thiểu thiệt hại về người và tài sản do thiên tai gây ra.",
            "- Phân công cụ thể trách nhiệm của từng tổ, đội và các cơ quan liên quan.",
            "II. ĐẶC ĐIỂM TÌNH HÌNH",
            "Năm 2027 trên địa bàn huyện xảy ra 03 đợt lũ (ngày 12/9, 28/9 và 15/10/2027), làm hư hỏng 4,2 km đê bao.",
            "III. NHIỆM VỤ CỤ THỂ",
            "1. Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro",
            "- Cơ quan chủ trì: Văn phòng Ban Chỉ huy.",
            "- Cơ quan phối hợp: Phòng Nông nghiệp và Môi trường huyện.",
            "- Thời hạn: Trước ngày 31/3/2028.",
            "- Kinh phí dự kiến: 25 triệu đồng.",
            "2. Gia cố 4,2 km đê bao bị hư hỏng tại các xã Đồng Tiến, Đồng Phú",
            "- Cơ quan chủ trì: Ban Quản lý dự án đầu tư xây dựng huyện.",
            "- Cơ quan phối hợp: UBND xã Đồng Tiến; UBND xã Đồng Phú.",
            "- Thời hạn: Từ tháng 3 đến hết tháng 5/2028.",
            "- Nguồn kinh phí: Ngân sách huyện năm 2028.",
            "3. Tập huấn kỹ năng cứu hộ, cứu nạn cho lực lượng xung kích các xã",
            "- Chủ trì: Đội Cứu hộ cứu nạn huyện.",
            "- Phối hợp: Ban Chỉ huy Quân sự huyện.",
            "- Thời hạn: Chậm nhất là cuối tháng Sáu năm 2028.",
            "- Kinh phí: 60 triệu đồng.",
            "4. Kiểm tra, bổ sung phao cứu sinh, xuồng máy và thiết bị thông tin liên lạc",
            "- Cơ quan chủ trì: Đội Cứu hộ cứu nạn huyện.",
            "- Thời hạn: Hằng tháng trong mùa mưa bão.",
            "5. Tổng kết công tác phòng, chống thiên tai năm 2028",
            "- Cơ quan chủ trì: Văn phòng Ban Chỉ huy.",
            "- Thời hạn: Sau khi kết thúc mùa mưa bão, chậm nhất là ngày 20 tháng Mười Hai năm 2028.",
            "IV. KINH PHÍ",
            "Tổng kinh phí thực hiện 285 triệu đồng từ nguồn ngân sách huyện và Quỹ phòng, chống thiên tai.",
            "V. TỔ CHỨC THỰC HIỆN",
            "Các tổ, đội xung kích báo cáo kết quả thực hiện Kế hoạch về Văn phòng Ban Chỉ huy trước ngày 28 hằng tháng để tổng hợp, báo cáo Trưởng Ban. Khi có sự cố đê điều phải báo cáo ngay cho Trưởng Ban.",
            "Nơi nhận:\n- UBND huyện (b/c);\n- Các xã, thị trấn;\n- Lưu: VT, VP.",
            "TRƯỞNG BAN\n\n\nLê Quang Vinh",
        ],
    )
    document.save(path)


def jw2_docx(h, path: Path) -> None:
    """A district chairman's directive on a dengue campaign: a preamble dating the campaign, numbered
    body headings on their own line over duties with no subject (lettered under the first), one
    heading opening `Đề nghị`, a count in words from a day in parentheses, `trong thời gian diễn ra
    chiến dịch`, and a closing paragraph whose second sentence gives a standing duty."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN PHÚ LỘC"],
        "Phú Lộc, ngày 02 tháng 7 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "CHỈ THỊ",
            "Về tăng cường phòng, chống sốt xuất huyết năm 2028",
            "Từ đầu năm 2028 đến nay, toàn huyện ghi nhận 214 ca mắc sốt xuất huyết, tăng 35% so với cùng kỳ năm 2027. Chiến dịch diệt lăng quăng, bọ gậy năm 2028 diễn ra từ ngày 15/7 đến hết ngày 25/7/2028 tại tất cả các xã, thị trấn.",
            "Để chủ động kiểm soát dịch bệnh, Chủ tịch Ủy ban nhân dân huyện yêu cầu:",
            "1. Trung tâm Y tế huyện",
            "a) Chủ trì, phối hợp với Phòng Văn hóa - Thông tin, Phòng Giáo dục và Đào tạo xây dựng kế hoạch giám sát ổ dịch, hoàn thành trước ngày 10/7/2028.",
            "b) Tổ chức phun hóa chất diệt muỗi tại các ổ dịch mới trong vòng 48 giờ kể từ khi phát hiện; bảo đảm đủ hóa chất trước ngày 12/7/2028.",
            "c) Tổng hợp, báo cáo Chủ tịch UBND huyện kết quả chiến dịch chậm nhất năm ngày sau ngày kết thúc chiến dịch (dự kiến kết thúc ngày 25/7/2028).",
            "2. Phòng Giáo dục và Đào tạo",
            "Chỉ đạo các trường học tổng vệ sinh khuôn viên, loại bỏ dụng cụ chứa nước đọng trước ngày 14/7/2028.",
            "3. Ủy ban nhân dân các xã, thị trấn",
            "Huy động lực lượng tại chỗ tham gia diệt lăng quăng, bọ gậy tại từng hộ gia đình trong thời gian diễn ra chiến dịch.",
            "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
            "Vận động các tổ chức thành viên tuyên truyền người dân hưởng ứng chiến dịch, hoàn thành trước ngày 15/7/2028.",
            "Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc thực hiện Chỉ thị này. Giao Trung tâm Y tế huyện theo dõi, đôn đốc việc thực hiện Chỉ thị, kịp thời báo cáo Chủ tịch UBND huyện.",
            "Nơi nhận:\n- Sở Y tế (b/c);\n- TT Huyện ủy;\n- Các xã, thị trấn;\n- Lưu: VT.",
            "CHỦ TỊCH\n\n\nPhan Đức Thịnh",
        ],
    )
    document.save(path)


def jw3_docx(h, path: Path) -> None:
    """A provincial department's plan to implement a decree: the decree's entry into force in the
    preamble, numbered duties in `IV. TỔ CHỨC THỰC HIỆN` (a general charge, a follow-up duty, a
    request to the districts), then an appendix table whose lead cell is merged down over two rows,
    a due `Trước ngày Nghị định có hiệu lực thi hành` and a range of years."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND TỈNH HẢI LONG", "SỞ XÂY DỰNG"],
        "Hải Long, ngày 18 tháng 4 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Triển khai thi hành Nghị định số 52/2028/NĐ-CP của Chính phủ về quản lý chất lượng công trình",
            "Nghị định số 52/2028/NĐ-CP có hiệu lực thi hành từ ngày 15/8/2028. Để triển khai thống nhất, Sở Xây dựng ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Xác định rõ nội dung, thời hạn và trách nhiệm của các phòng, đơn vị thuộc Sở.",
            "II. NỘI DUNG",
            "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Trưởng các phòng, đơn vị thuộc Sở chủ động tổ chức thực hiện nhiệm vụ được giao tại Phụ lục.",
            "2. Phòng Quản lý chất lượng công trình theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện trước ngày 05 tháng 12 năm 2028.",
            "3. Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo phòng chuyên môn phối hợp thực hiện các nhiệm vụ tại Phụ lục.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, QLCL.",
            "GIÁM ĐỐC\n(đã ký)\nTrần Hữu Nghĩa",
            "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ TRIỂN KHAI NGHỊ ĐỊNH SỐ 52/2028/NĐ-CP",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả", "Thời hạn"],
    )
    rows = [
        [
            "1",
            "Tổ chức hội nghị quán triệt Nghị định cho cán bộ quản lý xây dựng các huyện",
            "Phòng Quản lý chất lượng công trình",
            "Văn phòng Sở",
            "Hội nghị",
            "Tháng 6/2028",
        ],
        [
            "2",
            "Soạn thảo hướng dẫn kiểm tra công tác nghiệm thu công trình",
            "Phòng Quản lý chất lượng công trình",
            "Thanh tra Sở",
            "Văn bản hướng dẫn",
            "Trước ngày Nghị định có hiệu lực thi hành",
        ],
        [
            "3",
            "Đăng tải Nghị định và tài liệu hướng dẫn trên Trang thông tin điện tử của Sở",
            "Văn phòng Sở",
            "Trung tâm Kiểm định xây dựng",
            "Tin bài",
            "Trong tháng 5/2028",
        ],
        [
            "4",
            "Kiểm tra việc áp dụng Nghị định tại các công trình trọng điểm",
            "Thanh tra Sở",
            "Phòng Quản lý chất lượng công trình",
            "Báo cáo kiểm tra",
            "Năm 2028 - 2029",
        ],
        [
            "5",
            "Theo dõi, tổng hợp vướng mắc trong quá trình thi hành",
            "Văn phòng Sở",
            "Các phòng, đơn vị thuộc Sở",
            "Báo cáo",
            "Thường xuyên",
        ],
    ]
    for row in rows:
        h.fill_row(table, row)
    table.cell(1, 2).merge(table.cell(2, 2)).text = "Phòng Quản lý chất lượng công trình"
    document.save(path)


def siblings_jw() -> None:
    h = heldout_writers()
    jw1_docx(h, DOCS / "jw1_kh_pctt_ban_chi_huy_truong_nhan.docx")
    jw2_docx(h, DOCS / "jw2_chi_thi_sot_xuat_huyet_theo_co_quan.docx")
    jw3_docx(h, DOCS / "jw3_kh_trien_khai_nghi_dinh_so_phu_luc.docx")
