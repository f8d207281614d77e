"""The main corpus's siblings of the held-out document h620 (moved to the main corpus when the importer
was taught its shape, by h13fixTD on 2026-12-06): a decision issuing a plan whose tasks are an appendix
table after the signature, its `Điều 2. Tổ chức thực hiện` giving named units their own duties in
numbered paragraphs (a follow-up body reporting by a round or a day, a funding duty with no time); the
other articles (issuing the plan, its entry into force, who carries it out) are no items. td1 signs in
a borderless table as h620 does; td2 prints `Nơi nhận` and the signature as paragraphs, its article
title after a colon. Their expected items (expected/td1_…, td2_…) were written by hand before the
first import. `python tests/importing/corpus/make_docs.py --siblings-td` writes the two.
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


def td1_docx(path: Path) -> None:
    """A university's decision issuing its digital transformation plan for 2028: `Điều 2. Tổ chức thực
    hiện` with the information centre as focal body (a dated report) and the finance office's funding
    duty (no time), a general charge to every faculty (no item); the signature in a borderless table;
    after a page break the appendix table with a partner column."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    document.add_paragraph("QUYẾT ĐỊNH")
    document.add_paragraph(
        "Về việc ban hành Kế hoạch chuyển đổi số năm 2028 của Trường Đại học Kinh tế Nam Sơn"
    )
    document.add_paragraph("HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC KINH TẾ NAM SƠN")
    document.add_paragraph("Căn cứ Quy chế tổ chức và hoạt động của Trường Đại học Kinh tế Nam Sơn;")
    document.add_paragraph("Xét đề nghị của Giám đốc Trung tâm Thông tin - Thư viện.")
    document.add_paragraph("QUYẾT ĐỊNH:")
    document.add_paragraph(
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2028 của Trường Đại học Kinh tế "
        "Nam Sơn (chi tiết tại Phụ lục)."
    )
    document.add_paragraph("Điều 2. Tổ chức thực hiện")
    document.add_paragraph(
        "1. Trung tâm Thông tin - Thư viện là đơn vị đầu mối, theo dõi, đôn đốc các đơn vị thực hiện Kế "
        "hoạch, tổng hợp kết quả báo cáo Hiệu trưởng trước ngày 15/12/2028."
    )
    document.add_paragraph(
        "2. Phòng Kế hoạch - Tài chính bảo đảm kinh phí thực hiện Kế hoạch từ nguồn thu sự nghiệp."
    )
    document.add_paragraph("3. Các khoa, phòng căn cứ Kế hoạch này chủ động triển khai tại đơn vị.")
    document.add_paragraph("Điều 3. Quyết định có hiệu lực kể từ ngày ký.")
    document.add_paragraph(
        "Điều 4. Trưởng các phòng, khoa, trung tâm và các cá nhân có liên quan chịu trách nhiệm thi hành "
        "Quyết định này./."
    )
    sign = document.add_table(rows=1, cols=2)
    sign.rows[0].cells[0].text = "Nơi nhận:\n- Như Điều 4;\n- Hội đồng trường;\n- Lưu: VT, TTTV."
    sign.rows[0].cells[1].text = "HIỆU TRƯỞNG\n\n\n\nĐoàn Minh Khải"
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2028")
    document.add_paragraph("(Kèm theo Quyết định số 2210/QĐ-ĐHKTNS ngày 20/12/2027 của Hiệu trưởng)")
    _table(
        document,
        ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
        [
            (
                "1",
                "Triển khai hệ thống quản lý đào tạo theo tín chỉ trên nền tảng số",
                "Phòng Đào tạo",
                "Trung tâm Thông tin - Thư viện",
                "Quý I/2028",
            ),
            (
                "2",
                "Số hóa 5.000 đầu giáo trình, tài liệu tham khảo",
                "Trung tâm Thông tin - Thư viện",
                "Các khoa",
                "Tháng 6/2028",
            ),
            (
                "3",
                "Ký số văn bản đi trên hệ thống quản lý văn bản điều hành",
                "Phòng Hành chính - Tổng hợp",
                "",
                "Trước 31/10/2028",
            ),
            (
                "4",
                "Đánh giá mức độ chuyển đổi số của Trường năm 2028",
                "Trung tâm Thông tin - Thư viện",
                "Phòng Thanh tra - Pháp chế",
                "Tháng 12/2028",
            ),
        ],
    )
    document.add_paragraph("Ghi chú: Chỉ tiêu tỷ lệ hồ sơ xử lý trên môi trường mạng năm 2028 đạt trên 90%.")
    document.save(path)


def td2_docx(path: Path) -> None:
    """A district health centre's decision issuing its dengue prevention plan for 2029: `Điều 2: Tổ
    chức thực hiện` (a colon) with the disease control department reporting by a day each month and
    the finance office's dated funding duty; `Nơi nhận` and the signature as paragraphs, then the
    appendix table with a time column of months, a quarter and a running task."""
    from docx import Document

    document = Document()
    document.add_paragraph("SỞ Y TẾ TỈNH LAM ĐIỀN")
    document.add_paragraph("TRUNG TÂM Y TẾ HUYỆN THẠCH BÀN")
    document.add_paragraph("QUYẾT ĐỊNH")
    document.add_paragraph("Ban hành Kế hoạch phòng, chống sốt xuất huyết năm 2029")
    document.add_paragraph("GIÁM ĐỐC TRUNG TÂM Y TẾ HUYỆN THẠCH BÀN")
    document.add_paragraph(
        "Căn cứ Quyết định số 45/QĐ-SYT ngày 10/02/2025 của Sở Y tế về chức năng, nhiệm vụ của Trung tâm;"
    )
    document.add_paragraph("Theo đề nghị của Trưởng khoa Kiểm soát bệnh tật.")
    document.add_paragraph("QUYẾT ĐỊNH:")
    document.add_paragraph(
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống sốt xuất huyết năm 2029 của "
        "Trung tâm Y tế huyện Thạch Bàn."
    )
    document.add_paragraph("Điều 2: Tổ chức thực hiện")
    document.add_paragraph(
        "1. Khoa Kiểm soát bệnh tật là đầu mối, theo dõi, giám sát ca bệnh, tổng hợp báo cáo Giám đốc trước "
        "ngày 05 hằng tháng."
    )
    document.add_paragraph(
        "2. Phòng Tài chính - Kế toán cấp kinh phí mua hóa chất, máy phun cho các trạm trước ngày 30/4/2029."
    )
    document.add_paragraph("Điều 3. Quyết định này có hiệu lực từ ngày ký ban hành.")
    document.add_paragraph(
        "Điều 4. Trưởng các khoa, phòng, Trạm trưởng Trạm Y tế các xã, thị trấn chịu trách nhiệm thi hành "
        "Quyết định này./."
    )
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("- Như Điều 4;")
    document.add_paragraph("- Sở Y tế (b/c);")
    document.add_paragraph("- Lưu: VT, KSBT.")
    document.add_paragraph("GIÁM ĐỐC")
    document.add_paragraph("Mai Thị Hồng Nhung")
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("CÁC HOẠT ĐỘNG PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2029")
    _table(
        document,
        ("STT", "Hoạt động", "Đơn vị thực hiện", "Thời gian"),
        [
            (
                "1",
                "Tập huấn giám sát, điều trị sốt xuất huyết cho nhân viên y tế tuyến xã",
                "Khoa Kiểm soát bệnh tật",
                "Tháng 3/2029",
            ),
            (
                "2",
                "Chiến dịch diệt lăng quăng, bọ gậy tại các xã trọng điểm",
                "Trạm Y tế xã Phú Lâm",
                "Quý II/2029",
            ),
            ("3", "Phun hóa chất xử lý ổ dịch khi có ca bệnh", "Đội Y tế dự phòng", "Thường xuyên"),
            (
                "4",
                "Tổng kết công tác phòng, chống sốt xuất huyết năm 2029",
                "Khoa Kiểm soát bệnh tật",
                "Tháng 11/2029",
            ),
        ],
    )
    document.save(path)


def siblings_td() -> None:
    td1_docx(DOCS / "td1_qd_dai_hoc_chuyen_doi_so_phu_luc_dieu2.docx")
    td2_docx(DOCS / "td2_qd_ttyt_huyen_sot_xuat_huyet_phu_luc_dieu2.docx")
