"""The main corpus's siblings of the held-out document h599 (moved to the main corpus when the importer
was taught its shape, by h13fixSX on 2026-12-06): a dispatch whose tasks to the issuer's own units
stand in a table, followed by a numbered part that asks every body of a kind outside it (`2. Đề nghị
các khách hàng …`, `II. YÊU CẦU CÁC CHỦ TÀU CÁ …`, `2. Đề nghị tất cả sinh viên …`) with its points
under it (`a) …`, `- …`): each point printing a day or a round of its own is a request of those
bodies (no lead); an undated point is none. A power company branch (.docx, lettered points), a
commune People's Committee (.docx, a roman part in capitals, dash points) and a college (.md, a pipe
table, dash points). Their expected items (expected/sx1_…, sx2_…, sx3_…) were written by hand before
the first import. `python tests/importing/corpus/make_docs.py --siblings-sx` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _table(document, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    for cell, label in zip(table.rows[0].cells, header, strict=True):
        cell.text = label
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def sx1_docx(path: Path) -> None:
    """A district power branch's dispatch before Tết: its teams' tasks in a table, then `2. Đề nghị các
    khách hàng …` with lettered points (one undated, two dated), then `3. Tổ chức thực hiện` asking
    every team for a dated report."""
    from docx import Document

    document = Document()
    document.add_paragraph("CÔNG TY ĐIỆN LỰC AN THỦY\nĐIỆN LỰC PHÚ SƠN")
    document.add_paragraph("Số: 412/PCPS-KT")
    document.add_paragraph("V/v bảo đảm cung cấp điện an toàn dịp Tết Nguyên đán Kỷ Dậu 2029")
    document.add_paragraph("Phú Sơn, ngày 10 tháng 12 năm 2028")
    document.add_paragraph("Kính gửi:")
    document.add_paragraph("- Các Tổ, Đội thuộc Điện lực Phú Sơn;")
    document.add_paragraph("- Các khách hàng sử dụng điện trên địa bàn huyện.")
    document.add_paragraph(
        "Thực hiện chỉ đạo của Công ty Điện lực An Thủy, Điện lực Phú Sơn yêu cầu các Tổ, Đội và đề nghị "
        "khách hàng thực hiện một số nội dung sau:"
    )
    document.add_paragraph("1. Nhiệm vụ của các Tổ, Đội")
    _table(
        document,
        ("TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"),
        [
            (
                "1",
                "Kiểm tra, bảo dưỡng các trạm biến áp phân phối cấp điện cho khu chợ, bến xe",
                "Đội Quản lý vận hành lưới điện",
                "Trước 20/12/2028",
            ),
            (
                "2",
                "Trực vận hành 24/24 giờ tại các trạm biến áp trung gian",
                "Tổ Điều độ",
                "Từ 25/01/2029 đến 10/02/2029",
            ),
            (
                "3",
                "Chuẩn bị vật tư, máy phát điện dự phòng cho các phụ tải quan trọng",
                "Tổ Vật tư",
                "15/01/2029",
            ),
            (
                "4",
                "Tuyên truyền sử dụng điện an toàn, tiết kiệm trên hệ thống truyền thanh các xã",
                "Tổ Kinh doanh",
                "Hằng tuần",
            ),
        ],
    )
    document.add_paragraph("2. Đề nghị các khách hàng sử dụng điện trên địa bàn huyện")
    document.add_paragraph(
        "a) Không thả diều, bóng bay gần đường dây điện; thông báo cho Điện lực khi phát hiện sự cố qua tổng "
        "đài chăm sóc khách hàng;"
    )
    document.add_paragraph("b) Thanh toán đầy đủ tiền điện kỳ tháng 12/2028 trước ngày 25/12/2028;")
    document.add_paragraph(
        "c) Đăng ký với Điện lực lịch cắt điện để sửa chữa điện nội bộ trước ngày 05/01/2029."
    )
    document.add_paragraph("3. Tổ chức thực hiện")
    document.add_paragraph(
        "Các Tổ, Đội báo cáo kết quả thực hiện về Phòng Kỹ thuật trước ngày 12/02/2029 để tổng hợp, báo "
        "cáo Công ty."
    )
    document.add_paragraph("Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.")
    document.add_paragraph("GIÁM ĐỐC")
    document.save(path)


def sx2_docx(path: Path) -> None:
    """A coastal commune People's Committee's dispatch on the storm season: `I. NHIỆM VỤ CỦA CÁC BỘ
    PHẬN` over a task table, then `II. YÊU CẦU CÁC CHỦ TÀU CÁ, THUYỀN TRƯỞNG` in capitals with dash
    points (one undated, one dated, one daily), then `III. TỔ CHỨC THỰC HIỆN`."""
    from docx import Document

    document = Document()
    document.add_paragraph("ỦY BAN NHÂN DÂN XÃ HẢI ĐÔNG")
    document.add_paragraph("Số: 88/UBND-KT")
    document.add_paragraph("V/v triển khai công tác phòng, chống thiên tai mùa mưa bão năm 2029")
    document.add_paragraph("Hải Đông, ngày 02 tháng 8 năm 2029")
    document.add_paragraph(
        "Kính gửi: Các bộ phận chuyên môn thuộc UBND xã; các chủ tàu cá, thuyền trưởng trên địa bàn xã."
    )
    document.add_paragraph("I. NHIỆM VỤ CỦA CÁC BỘ PHẬN")
    _table(
        document,
        ("STT", "Nội dung", "Bộ phận chủ trì", "Thời hạn"),
        [
            (
                "1",
                "Rà soát, lập danh sách tàu cá, thuyền viên hoạt động trên biển",
                "Công chức Nông nghiệp - Môi trường",
                "30/8/2029",
            ),
            (
                "2",
                "Kiểm tra các điểm sơ tán dân tại nhà văn hóa thôn, trường học",
                "Ban Chỉ huy Quân sự xã",
                "Trước 15/8/2029",
            ),
            (
                "3",
                "Duy trì thông tin, cảnh báo bão cho tàu thuyền trên biển",
                "Đài Truyền thanh xã",
                "Thường xuyên",
            ),
        ],
    )
    document.add_paragraph("II. YÊU CẦU CÁC CHỦ TÀU CÁ, THUYỀN TRƯỞNG")
    document.add_paragraph("- Trang bị đủ áo phao, phao cứu sinh cho thuyền viên trước khi ra khơi;")
    document.add_paragraph("- Đăng ký danh sách thuyền viên với Công an xã trước ngày 20/8/2029;")
    document.add_paragraph("- Giữ liên lạc với Đồn Biên phòng, báo cáo vị trí tàu hằng ngày khi có tin bão.")
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "Các bộ phận báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã trước ngày 31/8/2029."
    )
    document.add_paragraph("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    document.save(path)


SX3_MD = """# TRƯỜNG CAO ĐẲNG KỸ THUẬT KIÊN LONG

Số: 705/CĐKL-ĐT

V/v tổ chức thi kết thúc học phần học kỳ I năm học 2028-2029

Kiên Long, ngày 28 tháng 11 năm 2028

Kính gửi: Các phòng, khoa, trạm thuộc Trường; sinh viên các khóa.

Để tổ chức thi kết thúc học phần học kỳ I năm học 2028-2029 nghiêm túc, đúng quy chế, Nhà trường \
thông báo như sau:

**1. Công việc của các đơn vị**

| STT | Công việc | Đơn vị thực hiện | Thời hạn |
| --- | --- | --- | --- |
| 1 | Xếp lịch thi, phòng thi học kỳ I | Phòng Đào tạo | 05/12/2028 |
| 2 | Nộp đề thi, đáp án các học phần về Phòng Khảo thí | Khoa Cơ khí động lực | Trước 10/12/2028 |
| 3 | Bố trí nhân viên y tế trực trong các buổi thi | Trạm Y tế | Từ 15/12/2028 đến 30/12/2028 |
| 4 | Nhập điểm thi lên phần mềm quản lý đào tạo | Phòng Khảo thí | 10/01/2029 |

**2. Đề nghị tất cả sinh viên dự thi:**

- Hoàn thành học phí học kỳ I trước ngày 08/12/2028 để đủ điều kiện dự thi;
- Theo dõi lịch thi, phòng thi trên cổng thông tin sinh viên hằng tuần;
- Mang thẻ sinh viên khi vào phòng thi.

**3. Tổ chức thực hiện**

Phòng Đào tạo là đơn vị thường trực, theo dõi, đôn đốc các đơn vị thực hiện Công văn này.

HIỆU TRƯỞNG
"""


def sx3_md(path: Path) -> None:
    """A college's dispatch on the term's exams (.md): its units' tasks in a pipe table, then `**2. Đề
    nghị tất cả sinh viên dự thi:**` with dash points (one dated, one weekly, one undated), then the
    standing body under `3. Tổ chức thực hiện`."""
    path.write_text(SX3_MD, encoding="utf-8")


def siblings_sx() -> None:
    sx1_docx(DOCS / "sx1_cv_dien_luc_tet_de_nghi_khach_hang.docx")
    sx2_docx(DOCS / "sx2_cv_ubnd_xa_mua_bao_yeu_cau_chu_tau.docx")
    sx3_md(DOCS / "sx3_cv_cao_dang_thi_hoc_ky_de_nghi_sinh_vien.md")
