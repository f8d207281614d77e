"""The main corpus's siblings of the held-out documents h372 and h368 (moved to the main corpus when
the importer was taught their shapes, helper h13fixQG). h372's (qg2; qg1 is HTML, by hand): a
school's month plan whose week cells are merged down their rows, the day of a row in its short note,
and a column of those in charge naming only posts and persons. h368's (qg3): a chairman's
conclusions whose lettered points ask bodies of a numbered region (`Chi cục Thuế khu vực VII`) for
work. Their expected items (expected/qg*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qg` writes qg2 and qg3 (.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def qg2_docx(path: Path) -> None:
    """A primary school's March plan (.docx): `Tuần | Nội dung công việc | Người chịu trách nhiệm |
    Ghi chú`, each week cell merged down over its two or three rows (`Tuần 26` / `(06/3 - 11/3)`),
    then `Trong tháng` over two rows; posts and persons only in the third column."""
    from docx import Document

    document = Document()
    for line in (
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BẾN CÁT",
        "TRƯỜNG TIỂU HỌC KIM ĐỒNG",
        "Số: 27/KH-THKĐ",
        "Bến Cát, ngày 28 tháng 02 năm 2028",
        "KẾ HOẠCH CÔNG TÁC THÁNG 3 NĂM 2028",
        "Thực hiện kế hoạch năm học 2027 - 2028, Trường Tiểu học Kim Đồng xây dựng kế hoạch công tác "
        "tháng 3/2028 như sau:",
        "1. Trọng tâm",
        "Tổ chức các hoạt động chào mừng Ngày Quốc tế Phụ nữ 8/3 và Ngày thành lập Đoàn 26/3.",
        "2. Lịch công tác",
    ):
        document.add_paragraph(line)
    weeks = [
        (
            "Tuần 26\n(06/3 - 11/3)",
            [
                (
                    "Tổ chức gặp mặt nữ cán bộ, giáo viên, nhân viên nhân ngày 8/3",
                    "Chủ tịch Công đoàn",
                    "Chiều thứ Tư 08/3",
                ),
                ("Dự giờ, thăm lớp giáo viên mới tuyển dụng", "PHT Lê Thu Hà", ""),
            ],
        ),
        (
            "Tuần 27\n(13/3 - 18/3)",
            [
                (
                    "Kiểm tra vở sạch chữ đẹp học sinh khối 4, khối 5",
                    "Khối trưởng khối 4, khối 5",
                    "Xong trước 16/3",
                ),
                ("Cập nhật sổ theo dõi mượn, trả sách của học sinh", "Nhân viên thư viện", ""),
                (
                    "Sinh hoạt chuyên đề đọc sách theo chủ điểm tháng 3",
                    "Tổng phụ trách Đội",
                    "Tiết chào cờ 13/3",
                ),
            ],
        ),
        (
            "Tuần 28\n(20/3 - 25/3)",
            [
                (
                    "Hội thi kể chuyện về Bác Hồ cấp trường chào mừng 26/3",
                    "Bí thư Chi đoàn; Tổng phụ trách Đội",
                    "Sáng thứ Sáu 24/3",
                ),
                ("Rà soát hồ sơ phổ cập giáo dục tiểu học năm 2028", "Hiệu trưởng", ""),
            ],
        ),
        (
            "Trong tháng",
            [
                (
                    "Theo dõi nề nếp, vệ sinh lớp học và khu vực sân trường",
                    "Giáo viên chủ nhiệm các lớp",
                    "Thường xuyên",
                ),
                (
                    "Phụ đạo học sinh chưa hoàn thành môn Toán, Tiếng Việt",
                    "PHT Lê Thu Hà",
                    "Chiều thứ Tư hằng tuần",
                ),
            ],
        ),
    ]
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ["Tuần", "Nội dung công việc", "Người chịu trách nhiệm", "Ghi chú"], strict=True
    ):
        cell.text = text
    for week, rows in weeks:
        first = len(table.rows)
        for content, who, note in rows:
            cells = table.add_row().cells
            cells[1].text, cells[2].text, cells[3].text = content, who, note
        top = table.rows[first].cells[0]
        if len(rows) > 1:
            top = top.merge(table.rows[first + len(rows) - 1].cells[0])
        lines = week.split("\n")
        top.text = lines[0]
        for line in lines[1:]:
            top.add_paragraph(line)
    for line in (
        "3. Tổ chức thực hiện",
        "Các tổ chuyên môn nộp báo cáo đánh giá giữa học kỳ II về Ban Giám hiệu trước ngày 31/3/2028.",
        "Trên đây là kế hoạch công tác tháng 3/2028, đề nghị cán bộ, giáo viên, nhân viên thực hiện./.",
        "Nơi nhận:",
        "- Phòng GD&ĐT (b/c);",
        "- CB, GV, NV;",
        "- Lưu: VT.",
        "HIỆU TRƯỞNG",
        "Đinh Văn Toàn",
    ):
        document.add_paragraph(line)
    document.save(path)


def qg3_docx(path: Path) -> None:
    """A district chairman's conclusions on budget revenue (.docx): lettered points a)–e), two of them
    asking bodies named by a numbered region (`Chi cục Thuế khu vực VII`, `Kho bạc Nhà nước khu vực 5`)."""
    from docx import Document

    document = Document()
    for line in (
        "UBND HUYỆN PHÚ GIÁO",
        "VĂN PHÒNG HĐND VÀ UBND",
        "Số: 188/TB-VP",
        "Phú Giáo, ngày 06 tháng 10 năm 2027",
        "THÔNG BÁO",
        "Ý kiến kết luận của Chủ tịch UBND huyện Trần Quang Vinh tại buổi làm việc về công tác thu ngân "
        "sách nhà nước 9 tháng năm 2027",
        "Ngày 03/10/2027, Chủ tịch UBND huyện chủ trì buổi làm việc với Phòng Tài chính - Kế hoạch, Chi cục "
        "Thuế khu vực VII, Kho bạc Nhà nước khu vực 5 và UBND các xã, thị trấn. Sau khi nghe báo cáo, Chủ tịch "
        "UBND huyện kết luận:",
        "1. Thu ngân sách 9 tháng đạt 68% dự toán; thu tiền sử dụng đất còn thấp.",
        "2. Nhiệm vụ thời gian tới:",
        "a) Giao Phòng Tài chính - Kế hoạch chủ trì rà soát các khoản thu còn dư địa, tham mưu UBND huyện giải "
        "pháp tăng thu; hoàn thành trước ngày 20/10/2027.",
        "b) Đề nghị Chi cục Thuế khu vực VII đôn đốc thu hồi nợ thuế, công khai danh sách doanh nghiệp nợ thuế "
        "kéo dài; báo cáo kết quả về UBND huyện trước ngày 15/11/2027.",
        "c) Đề nghị Kho bạc Nhà nước khu vực 5 kiểm soát chặt chẽ các khoản chi, thanh toán kịp thời khi đủ hồ sơ.",
        "d) Phòng Tài nguyên và Môi trường đẩy nhanh tiến độ đấu giá quyền sử dụng đất các khu dân cư, hoàn "
        "thành trong tháng 11/2027.",
        "đ) UBND các xã, thị trấn phối hợp với cơ quan thuế tăng cường thu thuế hộ kinh doanh trên địa bàn.",
        "e) Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc, báo cáo Chủ tịch UBND huyện hằng tháng.",
        "Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.",
        "Nơi nhận:",
        "- Chủ tịch, các PCT UBND huyện;",
        "- Như mục 2;",
        "- Lưu: VT.",
        "CHÁNH VĂN PHÒNG",
        "Lê Thị Ngọc Hân",
    ):
        document.add_paragraph(line)
    document.save(path)


def siblings_qg() -> None:
    qg2_docx(DOCS / "qg2_kh_thang_truong_th_tuan_gop_nguoi_chiu_trach_nhiem.docx")
    qg3_docx(DOCS / "qg3_tb_kl_ct_huyen_thu_ngan_sach_khu_vuc.docx")
