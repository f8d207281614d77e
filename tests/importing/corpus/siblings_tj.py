"""The main corpus's siblings of the held-out documents h488, h495 and h604 (moved to the main corpus
when the importer was taught their shape, by h13fixTJ on 2026-12-06): points that are no items beside
the items of a plan — under `TỔ CHỨC THỰC HIỆN` an undated charge to the heads of every unit of a
kind (`Trưởng các khu phố chủ động …, phối hợp thực hiện Kế hoạch.`) and a post's general direction
(`Hiệu trưởng phụ trách chung, …`), and among the plan's tasks a point that only says where a
schedule is set out (`Lịch kiểm tra … tại Phụ lục kèm theo Kế hoạch này.`). tj1 is written by hand
(docs/tj1_…txt); `python tests/importing/corpus/make_docs.py --siblings-tj` writes tj2 and tj3. Their
expected items (expected/tj1_…, tj2_…, tj3_…) were written by hand before the first import.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _table(document, rows) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def tj2_docx(path: Path) -> None:
    """A provincial Department of Finance's plan for inspecting public finances in 2028 (.docx): prose
    tasks whose doer and time follow the task, a point that only points to the appendix's schedule,
    the organising section with a charge to the heads of every division, then the appendix table."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    for text in (
        "UBND TỈNH BẮC ĐIỀN",
        "SỞ TÀI CHÍNH",
        "Số: 56/KH-STC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bắc Điền, ngày 08 tháng 01 năm 2028",
        "KẾ HOẠCH",
        "Kiểm tra công tác quản lý tài chính, tài sản công năm 2028",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Phát hiện, chấn chỉnh kịp thời sai sót trong quản lý, sử dụng ngân sách, tài sản công.",
        "2. Việc kiểm tra bảo đảm khách quan, không gây phiền hà cho đơn vị được kiểm tra.",
        "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN",
        "1. Ban hành quyết định thành lập các Đoàn kiểm tra. Văn phòng Sở chủ trì thực hiện; thời "
        "gian: trong tháng 02/2028.",
        "2. Kiểm tra việc quản lý, sử dụng tài sản công tại các đơn vị sự nghiệp công lập. Phòng Quản "
        "lý giá và công sản chủ trì, phối hợp Thanh tra Sở thực hiện trong Quý II/2028.",
        "3. Các sở, ban, ngành tự kiểm tra công tác tài chính của cơ quan, đơn vị mình, gửi kết quả "
        "về Sở Tài chính trước ngày 30/6/2028.",
        "4. Tổng hợp kết quả kiểm tra, kiến nghị xử lý sai phạm (Phòng Tài chính hành chính sự nghiệp; "
        "tháng 11/2028).",
        "5. Lịch kiểm tra cụ thể tại từng cơ quan, đơn vị tại Phụ lục kèm theo Kế hoạch này.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Thanh tra Sở là cơ quan thường trực, tham mưu Giám đốc Sở theo dõi, đôn đốc việc thực "
        "hiện Kế hoạch.",
        "2. Văn phòng Sở bảo đảm phương tiện, kinh phí phục vụ các Đoàn kiểm tra.",
        "3. Trưởng các phòng thuộc Sở chủ động bố trí công chức tham gia Đoàn kiểm tra, phối hợp thực "
        "hiện Kế hoạch.",
        "4. Các Đoàn kiểm tra báo cáo kết quả về Sở Tài chính (qua Thanh tra Sở) trước ngày 15/12/2028.",
        "Nơi nhận:",
        "- UBND tỉnh (b/c);",
        "- Các phòng thuộc Sở;",
        "- Lưu: VT, TTr.",
        "GIÁM ĐỐC",
        "Đinh Văn Thắng",
    ):
        document.add_paragraph(text)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("Lịch kiểm tra năm 2028 (kèm theo Kế hoạch số 56/KH-STC ngày 08/01/2028)")
    _table(
        document,
        (
            ("TT", "Nội dung kiểm tra", "Đơn vị được kiểm tra", "Đơn vị thực hiện", "Thời gian"),
            (
                "1",
                "Kiểm tra quyết toán ngân sách năm 2027",
                "Sở Nông nghiệp và Môi trường",
                "Phòng Quản lý ngân sách",
                "Tháng 3/2028",
            ),
            (
                "2",
                "Kiểm tra việc mua sắm tài sản tập trung",
                "Bệnh viện Đa khoa tỉnh",
                "Phòng Quản lý giá và công sản",
                "Ngày 16/5/2028",
            ),
            (
                "3",
                "Kiểm tra việc sử dụng nguồn thu sự nghiệp",
                "Trường Cao đẳng Kỹ thuật Bắc Điền",
                "Phòng Tài chính hành chính sự nghiệp",
                "Tháng 9/2028",
            ),
        ),
    )
    document.save(path)


def tj3_docx(path: Path) -> None:
    """A lower secondary school's plan for its 2028 reading festival (.docx): the plan's prose whose
    organising points give the principal the general direction (no item), the teams a monthly report
    (an item) and every teacher a general charge, then an appendix table with a unit column beside
    the one of the persons in charge."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    for text in (
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG HẢI",
        "TRƯỜNG THCS LÝ TỰ TRỌNG",
        "Số: 19/KH-THCS",
        "Đông Hải, ngày 20 tháng 02 năm 2028",
        "KẾ HOẠCH",
        "Tổ chức Ngày hội đọc sách năm học 2027 - 2028",
        "I. MỤC ĐÍCH",
        "Khơi dậy niềm say mê đọc sách của học sinh, xây dựng văn hóa đọc trong nhà trường.",
        "II. NỘI DUNG",
        "Các hoạt động của Ngày hội được phân công tại Phụ lục kèm theo.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phó Hiệu trưởng phụ trách cơ sở vật chất chỉ đạo chung, kiểm tra tiến độ chuẩn bị các hoạt động.",
        "2. Các tổ chuyên môn báo cáo tiến độ chuẩn bị về Hiệu trưởng trước ngày 28 hằng tháng.",
        "3. Toàn thể cán bộ, giáo viên, nhân viên nghiêm túc thực hiện Kế hoạch này.",
        "HIỆU TRƯỞNG",
        "Phạm Thị Hồng",
    ):
        document.add_paragraph(text)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("Phân công thực hiện Ngày hội đọc sách")
    _table(
        document,
        (
            ("TT", "Nội dung công việc", "Bộ phận thực hiện", "Người phụ trách", "Thời gian"),
            ("1", "Bổ sung đầu sách mới cho thư viện", "Tổ Văn phòng", "Cô Lê Thu Hà", "Trước 15/3/2028"),
            (
                "2",
                "Tổ chức cuộc thi giới thiệu sách hay",
                "Tổ Ngữ văn - Lịch sử",
                "PHT Trần Văn Nam",
                "Tháng 4/2028",
            ),
            (
                "3",
                "Trang trí không gian đọc ngoài trời",
                "Liên đội",
                "Thầy Võ Minh Quân",
                "Từ 10/4 đến 20/4/2028",
            ),
        ),
    )
    document.save(path)


def siblings_tj() -> None:
    tj2_docx(DOCS / "tj2_kh_so_tai_chinh_kiem_tra_lich_phu_luc.docx")
    tj3_docx(DOCS / "tj3_kh_truong_thcs_ngay_hoi_doc_sach_phu_trach_chung.docx")
