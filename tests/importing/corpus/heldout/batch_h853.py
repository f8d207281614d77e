# ruff: noqa: E501
"""Held-out batch h853–h862, written by h13author82 blind to the importer (its code, its output and
the other held-out documents unread): ten documents of a provincial Department of Home Affairs'
civil service division, a district Fatherland Front committee, a provincial general hospital's
nursing department, an upper-secondary school's literature and history subject group, a provincial
Farmers' Association, a city urban management division, a provincial veterinary sub-department, a
provincial public investment project management board, a provincial business registration office
and a provincial land fund development centre. Every name, person, place, number and date in them
is invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    bold_group_rows,
    bold_header,
    calendar_page,
    cell_text,
    column_widths,
    document,
    grid,
    head_block,
    landscape,
    marked_paragraphs,
    notes_and_signer,
    out_path,
    para,
    sign_table,
    title_rows,
    wrap,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h857_tbkl_hoi_nong_dan_tinh_giao_ban",  # h13fixZW
    "h859_kh_chi_cuc_cnty_tiem_phong_dot1",  # h13fixZW
    "h860_moc_tien_do_bqlda_dan_dung",  # h13fixZW
    "h854_ctr_mttq_huyen_nam_2027",  # h13fixZU
    "h861_ctr_quy_phong_dkkd_danh_dau_thang",  # h13fixZV
    "h858_lich_tuan_phong_qldt_thanh_pho",  # h13fixZT
    "h856_kh_thang_to_van_su_thpt",  # h13fixZZ (moved at its merge)
    "h853_cv_snv_danh_gia_cong_chuc_nang_ngach",  # h13fixVH
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h853_docx(h, path: Path) -> None:
    """Home Affairs' civil service division: a dispatch on assessment and promotion exams, numbered points."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH VĨNH XUYÊN\nSỞ NỘI VỤ\n───────\nSố: 1987/SNV-CCVC\nV/v đánh giá, xếp loại công chức năm 2026 "
        "và đăng ký nhu cầu thi nâng ngạch năm 2027",
        right2="Vĩnh Xuyên, ngày 14 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các sở, ban, ngành thuộc UBND tỉnh;",
        "- UBND các huyện, thị xã, thành phố.",
        "Thực hiện Nghị định số 90/2020/NĐ-CP của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công "
        "chức, viên chức (đã được sửa đổi, bổ sung) và chỉ đạo của UBND tỉnh tại Văn bản số 4418/UBND-NC "
        "ngày 02/12/2026, Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
        "**1. Về đánh giá, xếp loại chất lượng công chức năm 2026",
        "a) Các cơ quan, đơn vị tổ chức đánh giá, xếp loại chất lượng công chức thuộc thẩm quyền quản lý "
        "bảo đảm đúng quy trình, thực chất; hoàn thành chậm nhất ngày 15/01/2027.",
        "b) Gửi kết quả đánh giá, xếp loại (theo Biểu số 01, 02 kèm theo) về Sở Nội vụ (qua Phòng Công "
        "chức, viên chức) trước ngày 25 tháng 01 năm 2027, đồng thời gửi bản điện tử qua Hệ thống quản lý "
        "văn bản và điều hành.",
        'Lưu ý: tỷ lệ công chức được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số '
        'được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên.',
        "**2. Về thi nâng ngạch công chức năm 2027",
        "a) Các cơ quan, đơn vị rà soát tiêu chuẩn, điều kiện, đăng ký nhu cầu thi nâng ngạch lên chuyên "
        "viên chính và tương đương (Biểu số 03) gửi Sở Nội vụ trước 28/02/2027; quá thời hạn trên, Sở Nội "
        "vụ không tiếp nhận.",
        "b) Phòng Công chức, viên chức (Phòng CCVC) tổng hợp nhu cầu, tham mưu Giám đốc Sở trình UBND tỉnh "
        "Kế hoạch thi nâng ngạch năm 2027 trong tháng 3/2027.",
        "c) Phòng CCVC phối hợp Trung tâm Công nghệ thông tin và Truyền thông tỉnh chuẩn bị phần mềm thi "
        "trắc nghiệm trên máy vi tính, hoàn thành trước ngày 30/5/2027.",
        "**3. Đề nghị Sở Tài chính",
        "Bố trí kinh phí tổ chức kỳ thi nâng ngạch năm 2027 trong dự toán chi thường xuyên của Sở Nội vụ.",
        "**4. Văn phòng Sở",
        "Đăng tải Văn bản này và các biểu mẫu kèm theo trên Trang thông tin điện tử Sở Nội vụ.",
        "Định kỳ trước ngày 10 của tháng đầu quý, các cơ quan, đơn vị báo cáo tình hình biến động biên chế "
        "công chức quý trước về Sở Nội vụ để tổng hợp.",
        "Quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng CCVC, Sở Nội vụ (đồng chí "
        "Đặng Thu Trang, điện thoại 0211.3862.517) để được hướng dẫn./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, CCVC.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nTạ Quang Thiều",
    )
    doc.save(path)


def h854_docx(h, path: Path) -> None:
    """District Fatherland Front: a yearly programme table under roman sections, a closing monthly report."""
    doc = document()
    head_block(
        doc,
        "UBMTTQ VIỆT NAM TỈNH VĨNH XUYÊN\nỦY BAN MTTQ VIỆT NAM\nHUYỆN THƯỢNG PHONG\n***\nSố: 88/CTr-MTTQ-BTT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        right2="Thượng Phong, ngày 22 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(doc, "Công tác Mặt trận năm 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Chương trình phối hợp và thống nhất hành động năm 2027 của Ủy ban MTTQ Việt Nam tỉnh; căn "
        "cứ Nghị quyết Hội nghị lần thứ 9 Ủy ban MTTQ huyện khóa XIV, Ban Thường trực Ủy ban MTTQ Việt Nam "
        "huyện xây dựng Chương trình công tác năm 2027 như sau:",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Bộ phận chủ trì", "Phối hợp", "Thời gian"],
        [
            ("§", "I", "CÔNG TÁC TUYÊN TRUYỀN, VẬN ĐỘNG"),
            [
                "1",
                "Tổ chức các hoạt động chăm lo Tết Nguyên đán Đinh Mùi cho hộ nghèo, gia đình chính sách",
                "Ban Dân vận - Phong trào",
                "Các tổ chức thành viên",
                "Tháng 1",
            ],
            [
                "2",
                "Tuyên truyền, vận động nhân dân tham gia góp ý dự thảo các văn bản quy phạm pháp luật theo đề nghị của HĐND, UBND huyện",
                "Ban Dân chủ - Pháp luật",
                "",
                "Khi có đề nghị",
            ],
            [
                "3",
                'Tổng kết Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" giai đoạn 2022 - 2026',
                "Ban Dân vận - Phong trào",
                "Phòng Nông nghiệp và Môi trường",
                "Quý II",
            ],
            ("§", "II", "CÔNG TÁC GIÁM SÁT, PHẢN BIỆN XÃ HỘI"),
            [
                "4",
                "Giám sát việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi tại 03 xã",
                "Ban Dân chủ - Pháp luật",
                "Hội Người cao tuổi huyện",
                "Tháng 5 - 6",
            ],
            [
                "5",
                "Phản biện xã hội dự thảo Đề án sắp xếp thôn, tổ dân phố của huyện",
                "Ban Dân chủ - Pháp luật",
                "Phòng Nội vụ",
                "Trước 15/8",
            ],
            [
                "6",
                "Tổng hợp ý kiến, kiến nghị của cử tri trước và sau các kỳ họp HĐND huyện",
                "Văn phòng",
                "",
                "Theo kỳ họp",
            ],
            ("§", "III", "CÔNG TÁC TỔ CHỨC, HỘI NGHỊ"),
            [
                "7",
                "Hội nghị Ủy ban MTTQ huyện sơ kết 6 tháng đầu năm",
                "Văn phòng",
                "Các tổ chức thành viên",
                "Tháng 7",
            ],
            [
                "8",
                "Kiện toàn Ban Công tác Mặt trận các thôn, tổ dân phố sau sắp xếp",
                "Ban Dân vận - Phong trào",
                "UBMTTQ các xã, thị trấn",
                "Quý III",
            ],
            [
                "9",
                "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (18/11)",
                "Ban Dân vận - Phong trào",
                "UBMTTQ các xã, thị trấn",
                "Tháng 10 - 11",
            ],
            [
                "10",
                "Hội nghị tổng kết công tác Mặt trận năm 2027, triển khai nhiệm vụ năm 2028",
                "Văn phòng",
                "",
                "Tháng 12",
            ],
            [
                "11",
                'Quản lý, sử dụng Quỹ "Vì người nghèo" huyện; công khai thu chi theo quy định',
                "Văn phòng",
                "Kế toán",
                "Thường xuyên",
            ],
        ],
        widths=[1.0, 7.5, 3.5, 3.0, 2.0],
    )
    para(doc, "")
    para(
        doc,
        "Ghi chú: Thời gian tổ chức các hội nghị có thể điều chỉnh theo chỉ đạo của Ủy ban MTTQ tỉnh.",
        italic=True,
    )
    para(
        doc,
        "Ban Thường trực đề nghị các tổ chức thành viên, Ủy ban MTTQ các xã, thị trấn căn cứ Chương trình "
        "này xây dựng kế hoạch của đơn vị; báo cáo kết quả thực hiện về Ban Thường trực (qua Văn phòng) "
        "trước ngày 20 hằng tháng để tổng hợp./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban TT UBMTTQ tỉnh;\n- TT Huyện ủy, HĐND, UBND huyện;\n- Các tổ chức thành viên;\n- UBMTTQ các xã, thị trấn;\n- Lưu VT.",
        "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\n\n\nLò Văn Thắm",
    )
    doc.save(path)


def h855_xlsx(h, path: Path) -> None:
    """General hospital's nursing department: a monthly plan sheet, the doers posts and persons only."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "T01-2027"
    title_rows(
        ws,
        [
            "BỆNH VIỆN ĐA KHOA TỈNH VĨNH XUYÊN",
            "PHÒNG ĐIỀU DƯỠNG",
            "KẾ HOẠCH HOẠT ĐỘNG THÁNG 01/2027",
            "(Kèm theo Kế hoạch số 03/KH-PĐD ngày 28/12/2026)",
        ],
        5,
        (1, 2, 3),
    )
    ws.append([])
    ws.append(["STT", "Nội dung công việc", "Người thực hiện", "Thời gian", "Ghi chú"])
    bold_header(ws, 6)
    rows = [
        [
            1,
            "Kiểm tra công tác chăm sóc người bệnh cấp I tại các khoa Hồi sức tích cực, Nội tim mạch, Ngoại thần kinh",
            "Trưởng phòng Điều dưỡng",
            "Thứ Ba hằng tuần",
            "",
        ],
        [
            2,
            "Tập huấn quy trình tiêm an toàn và phòng ngừa phơi nhiễm do vật sắc nhọn cho điều dưỡng mới tuyển dụng",
            "ĐD Hoàng Thị Bích Liên",
            "08/01/2027",
            "Hội trường B",
        ],
        [
            3,
            "Hoàn thiện bộ bảng kiểm đánh giá tuân thủ quy trình chuyên môn điều dưỡng năm 2027",
            "Phó Trưởng phòng Điều dưỡng",
            "Trước 15/01",
            "Trình Hội đồng Điều dưỡng",
        ],
        [
            4,
            "Giám sát việc ghi chép phiếu chăm sóc trên bệnh án điện tử",
            "ĐD Vi Văn Khánh",
            "Hằng ngày",
            "Ngẫu nhiên 10 hồ sơ/ngày",
        ],
        [
            5,
            "Tổ chức sinh hoạt Hội đồng Điều dưỡng tháng 1",
            "Trưởng phòng Điều dưỡng",
            "14h00 ngày 19/01",
            "",
        ],
        [
            6,
            "Khảo sát hài lòng người bệnh nội trú về chăm sóc điều dưỡng (mẫu Bộ Y tế)",
            "ĐD Nông Thị Mến",
            "18 - 22/01/2027",
            "Phối hợp P.QLCL",
        ],
        [
            7,
            "Phân công điều dưỡng trực Tết Nguyên đán Đinh Mùi; dự trù vật tư tiêu hao cho các ngày nghỉ Tết",
            "Phó Trưởng phòng Điều dưỡng",
            "Trước 25/01",
            "",
        ],
        [
            8,
            "Xây dựng kế hoạch thi tay nghề điều dưỡng giỏi năm 2027",
            "Trưởng phòng Điều dưỡng",
            "Tháng 1 - 2",
            "",
        ],
        [
            9,
            "Tổng hợp số liệu sự cố y khoa liên quan chăm sóc điều dưỡng, báo cáo Giám đốc",
            "ĐD Hoàng Thị Bích Liên",
            "29/01/2027",
            "",
        ],
        [
            10,
            'Đào tạo liên tục: "Chăm sóc người bệnh thở máy" (02 lớp)',
            "Phó Trưởng phòng Điều dưỡng",
            "Theo lịch của Trung tâm Đào tạo",
            "",
        ],
    ]
    for row in rows:
        ws.append(row)
    wrap(ws, 7)
    notes_and_signer(
        ws,
        [
            "* Nội dung số 4 thực hiện luân phiên tại các khoa lâm sàng theo danh sách Phòng Điều dưỡng gửi kèm.",
            "* Điều dưỡng trưởng các khoa nộp báo cáo hoạt động điều dưỡng tháng 01 về Phòng Điều dưỡng trước ngày 28/01/2027.",
        ],
        ["TRƯỞNG PHÒNG ĐIỀU DƯỠNG", "", "", "CN. Đàm Thị Xuân"],
        column=4,
    )
    column_widths(ws, [6, 58, 26, 18, 22])
    wb.save(path)


H856_MD = """SỞ GD&ĐT VĨNH XUYÊN
TRƯỜNG THPT LƯƠNG VĂN CHI
**TỔ NGỮ VĂN - LỊCH SỬ**

# KẾ HOẠCH HOẠT ĐỘNG CHUYÊN MÔN THÁNG 01/2027

*Thượng Phong, ngày 30 tháng 12 năm 2026*

## I. Đánh giá tháng 12/2026

- Hoàn thành chương trình học kỳ I đúng tiến độ; 100% giáo viên nộp đề kiểm tra cuối kỳ đúng hạn.
- Hạn chế: sổ điểm điện tử một số lớp nhập chậm (lớp 10A4, 11A2).

## II. Nhiệm vụ trọng tâm tháng 01/2027

1. Hoàn thành nhập điểm, nhận xét học kỳ I trên phần mềm quản lý trường học trước 16h00 ngày 08/01/2027.
   *Phụ trách:* Tổ trưởng chuyên môn (thầy Bế Văn Tường)
2. Dự giờ, thăm lớp giáo viên mới nhận công tác (02 tiết/người): tuần 11 - 16/01.
   *Phụ trách:* Tổ phó (cô Đinh Hải Yến)
3. Sinh hoạt chuyên môn theo nghiên cứu bài học: bài "Tràng giang" (Ngữ văn 11); thời gian: chiều thứ Năm 14/01.
   *Phụ trách:* cô Lục Thị Hoa
4. Ra đề, duyệt đề khảo sát chất lượng môn Lịch sử lớp 12 lần 2; nộp Phó Hiệu trưởng chuyên môn trước ngày 20/01.
   *Phụ trách:* Nhóm trưởng nhóm Lịch sử (thầy Hà Đức Minh)
5. Bồi dưỡng học sinh giỏi cấp tỉnh môn Ngữ văn, Lịch sử: các buổi chiều thứ Ba, thứ Sáu hằng tuần.
   *Phụ trách:* cô Lục Thị Hoa, thầy Hà Đức Minh
6. Hướng dẫn học sinh lớp 11A1 hoàn thiện sản phẩm dự án "Di tích lịch sử quê em", trưng bày ngày 22/01.
   *Phụ trách:* cô Vương Thu Thủy
7. Cập nhật kế hoạch dạy học học kỳ II theo điều chỉnh phân phối chương trình của Sở (nếu có).
   *Phụ trách:* Tổ trưởng chuyên môn
8. Kiểm tra hồ sơ chuyên môn của giáo viên trong tổ (kế hoạch bài dạy, sổ ghi đầu bài) đợt 1 học kỳ II: 25 - 27/01.
   *Phụ trách:* Tổ trưởng, Tổ phó

> Lưu ý: Lịch có thể thay đổi theo kế hoạch chung của nhà trường.

Các thành viên trong tổ nộp bản tự đánh giá việc thực hiện nhiệm vụ tháng 01 cho Tổ trưởng trước ngày 29/01/2027 để tổng hợp báo cáo Ban Giám hiệu.

Nơi nhận:
- BGH (b/c);
- Các thành viên tổ;
- Lưu hồ sơ tổ.

**TỔ TRƯỞNG**

Bế Văn Tường
"""


def h856_md(h, path: Path) -> None:
    """Upper-secondary school's literature and history group: a monthly plan in Markdown, a run-in post line under each task."""
    path.write_text(H856_MD, encoding="utf-8")


def h857_docx(h, path: Path) -> None:
    """Farmers' Association: a notice of the chair's conclusions, lettered points, a defined short name."""
    doc = document()
    head_block(
        doc,
        "HỘI NÔNG DÂN TỈNH VĨNH XUYÊN\nBAN THƯỜNG VỤ\n*\nSố: 214-TB/HNDT",
        "HỘI NÔNG DÂN VIỆT NAM",
        right2="Vĩnh Xuyên, ngày 08 tháng 01 năm 2027",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của đồng chí Chủ tịch Hội Nông dân tỉnh",
        "##tại Hội nghị giao ban công tác Hội tháng 12/2026",
        "^^-----",
        "Ngày 06/01/2027, Ban Thường vụ Hội Nông dân tỉnh tổ chức giao ban công tác Hội tháng 12/2026, "
        "triển khai nhiệm vụ tháng 01/2027. Đồng chí Nông Văn Quyết, Chủ tịch Hội Nông dân tỉnh chủ trì; dự "
        "có các đồng chí Phó Chủ tịch, Ủy viên Ban Thường vụ, trưởng các ban, đơn vị thuộc Hội Nông dân "
        "tỉnh và Chủ tịch Hội Nông dân 09 huyện, thị xã, thành phố. Sau khi nghe báo cáo và ý kiến thảo "
        "luận, đồng chí Chủ tịch Hội kết luận như sau:",
        "**1. Về kết quả tháng 12/2026",
        "Cơ bản hoàn thành các chỉ tiêu năm 2026; phát triển mới 1.126 hội viên; giải ngân Quỹ Hỗ trợ nông "
        "dân đạt 104% kế hoạch. Tuy nhiên, tỷ lệ nợ quá hạn vốn ủy thác tại một số tổ tiết kiệm và vay vốn "
        "còn cao.",
        "**2. Nhiệm vụ trọng tâm tháng 01/2027",
        "a) Ban Tổ chức - Kiểm tra hoàn thiện hồ sơ đề nghị khen thưởng tổng kết năm 2026, trình Ban Thường "
        "vụ trước ngày 15/01/2027.",
        "b) Ban Kinh tế - Xã hội phối hợp Trung tâm Hỗ trợ nông dân tỉnh (sau đây gọi là Trung tâm) tổ "
        "chức Phiên chợ nông sản an toàn chào Xuân Đinh Mùi tại Quảng trường 10/3, từ ngày 22 đến 25/01/2027.",
        "c) Trung tâm mở 02 lớp dạy nghề trồng và chế biến chè cho hội viên tại huyện Na Lạng; thời gian "
        "khai giảng trước 30/01/2027.",
        "d) Ban Kinh tế - Xã hội rà soát, đôn đốc xử lý nợ quá hạn vốn vay ủy thác qua Ngân hàng Chính sách "
        "xã hội; việc này làm thường xuyên.",
        "đ) Văn phòng chuẩn bị nội dung, điều kiện tổ chức thăm, tặng quà Tết hội viên nông dân có hoàn cảnh "
        "khó khăn (dự kiến 200 suất), xong trước ngày 28/01/2027.",
        "e) Ban Quản lý Quỹ Hỗ trợ nông dân tỉnh thẩm định, giải ngân các dự án vay vốn đợt 1 năm 2027 "
        "trong tháng 02/2027.",
        'g) Ban Tuyên giáo chủ trì tổ chức Hội thi "Nhà nông đua tài" cấp tỉnh năm 2027 theo kế hoạch riêng.',
        "h) Đề nghị Sở Nông nghiệp và Môi trường phối hợp cung cấp giống cây trồng chất lượng cao cho 05 "
        "mô hình liên kết sản xuất do Hội làm chủ đầu tư trước vụ Xuân 2027.",
        "i) Hội Nông dân các huyện, thị xã, thành phố chỉ đạo cơ sở tổng kết công tác Hội năm 2026, gửi báo "
        "cáo về Ban Thường vụ Hội Nông dân tỉnh (qua Văn phòng) chậm nhất ngày 12/01/2027.",
        "Các ban, đơn vị và Hội Nông dân cấp huyện nghiêm túc triển khai các nội dung kết luận trên.",
        "Văn phòng Hội Nông dân tỉnh thông báo để các ban, đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội NDVN (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Các ban, đơn vị;\n- Hội ND các huyện, TX, TP;\n- Lưu VP.",
        "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\n\n\nMa Thị Hồng",
    )
    doc.save(path)


def h858_docx(h, path: Path) -> None:
    """City urban management division: a weekly calendar, day rows merged across, mixed ways of writing times."""
    doc = calendar_page(
        "UBND THÀNH PHỐ VĨNH XUYÊN\nPHÒNG QUẢN LÝ ĐÔ THỊ\n───────",
        "Vĩnh Xuyên, ngày 08 tháng 01 năm 2027",
        "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO PHÒNG",
        "(Từ ngày 11/01/2027 đến ngày 16/01/2027)",
    )
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, text in zip(
        t.rows[0].cells,
        ["Thời gian", "Nội dung công việc", "Chủ trì / Thành phần", "Bộ phận chuẩn bị", "Địa điểm"],
        strict=True,
    ):
        cell_text(c, text, bold=True, center=True)
    days = [
        (
            "THỨ HAI (11/01)",
            [
                [
                    "7h30",
                    "Giao ban lãnh đạo phòng, triển khai công việc tuần",
                    "Trưởng phòng Lý Thanh Bình",
                    "Bộ phận Tổng hợp",
                    "Phòng họp số 2",
                ],
                [
                    "14 giờ",
                    "Kiểm tra hiện trạng vỉa hè, lòng đường tuyến phố Hoàng Văn Thụ, Lê Lợi trước Tết",
                    "PTP Chu Đức Anh; Đội Quản lý trật tự đô thị",
                    "Bộ phận Hạ tầng kỹ thuật",
                    "Hiện trường",
                ],
            ],
        ),
        (
            "THỨ BA (12/01)",
            [
                [
                    "8g00",
                    "Thẩm định hồ sơ đề nghị cấp giấy phép xây dựng có thời hạn (05 hồ sơ)",
                    "PTP Triệu Thị Lan",
                    "Bộ phận Quy hoạch - Kiến trúc",
                    "Phòng làm việc",
                ],
                ["Chiều", "Trưởng phòng làm việc tại cơ quan", "", "", ""],
            ],
        ),
        (
            "THỨ TƯ (13/01)",
            [
                [
                    "8h00",
                    "Làm việc với Công ty CP Cấp thoát nước Vĩnh Xuyên về tiến độ cải tạo cống thoát nước khu vực chợ Trung tâm",
                    "Trưởng phòng Lý Thanh Bình",
                    "Bộ phận Hạ tầng kỹ thuật",
                    "Phòng họp số 2",
                ],
                [
                    "15h30",
                    "Họp xét duyệt phương án trang trí đèn chiếu sáng đón Tết Đinh Mùi (dự kiến)",
                    "PTP Chu Đức Anh",
                    "Bộ phận Hạ tầng kỹ thuật",
                    "Phòng họp số 2",
                ],
            ],
        ),
        (
            "THỨ NĂM (14/01)",
            [
                [
                    "Cả ngày",
                    "Dự Hội nghị tập huấn công tác quản lý trật tự xây dựng do Sở Xây dựng tổ chức",
                    "Trưởng phòng Lý Thanh Bình",
                    "",
                    "Hội trường Sở Xây dựng",
                ],
                [
                    "9 giờ 30",
                    "Tiếp công dân định kỳ về lĩnh vực xây dựng, đô thị",
                    "PTP Triệu Thị Lan",
                    "Bộ phận Tổng hợp",
                    "Trụ sở Tiếp công dân thành phố",
                ],
            ],
        ),
        (
            "THỨ SÁU (15/01)",
            [
                [
                    "7h30",
                    "Kiểm tra công trình xây dựng không phép tại phường Đông Kinh (theo phản ánh trên ứng dụng Vĩnh Xuyên-S)",
                    "PTP Triệu Thị Lan; Đội Quản lý trật tự đô thị",
                    "Bộ phận Quy hoạch - Kiến trúc",
                    "Phường Đông Kinh",
                ],
                [
                    "14h00",
                    "Báo cáo UBND thành phố dự thảo Kế hoạch chỉnh trang đô thị năm 2027",
                    "Trưởng phòng Lý Thanh Bình",
                    "Bộ phận Tổng hợp",
                    "Phòng họp UBND thành phố",
                ],
            ],
        ),
        (
            "THỨ BẢY (16/01)",
            [
                ["", "Trực lãnh đạo: PTP Chu Đức Anh", "", "", ""],
            ],
        ),
    ]
    for day, entries in days:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        cell_text(merged, day, bold=True)
        for e in entries:
            cells = t.add_row().cells
            for c, v in zip(cells, e, strict=True):
                cell_text(c, v)
    para(doc, "")
    para(
        doc,
        "Lịch có thể thay đổi, bộ phận Tổng hợp sẽ thông báo bổ sung. Các bộ phận đăng ký nội dung lịch "
        "công tác tuần sau về Bộ phận Tổng hợp trước 15h00 thứ Năm hằng tuần.",
        italic=True,
    )
    para(doc, "TRƯỞNG PHÒNG\n\n\nLý Thanh Bình", bold=True, right=True)
    doc.save(path)


def h859_docx(h, path: Path) -> None:
    """Veterinary sub-department: a vaccination campaign plan, lines of time and targets, labels over dash tasks."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCHI CỤC CHĂN NUÔI VÀ THÚ Y\n───────\nSố: 19/KH-CNTY",
        right2="Vĩnh Xuyên, ngày 20 tháng 01 năm 2027",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tiêm phòng vắc xin cho đàn gia súc, gia cầm đợt 1 năm 2027",
        "Thực hiện Kế hoạch số 302/KH-UBND ngày 15/12/2026 của UBND tỉnh về phòng, chống dịch bệnh động vật "
        "giai đoạn 2026 - 2030, Chi cục Chăn nuôi và Thú y xây dựng Kế hoạch tiêm phòng đợt 1 năm 2027 như "
        "sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "1. Chủ động phòng, không để dịch bệnh nguy hiểm (lở mồm long móng, dịch tả lợn châu Phi, cúm gia "
        "cầm, bệnh dại) phát sinh, lây lan.",
        "2. Tỷ lệ tiêm phòng đạt trên 80% tổng đàn trong diện tiêm.",
        "**II. NỘI DUNG",
        "1. Đối tượng: trâu, bò, lợn, chó, mèo và gia cầm trong diện tiêm trên địa bàn 09 huyện, thị xã, "
        "thành phố.",
        "2. Thời gian: Đợt 1 từ ngày 01/3/2027 đến ngày 30/4/2027; tiêm bổ sung hằng tháng cho gia súc, gia "
        "cầm mới phát sinh.",
        "3. Vắc xin: ngân sách tỉnh cấp 312.000 liều vắc xin lở mồm long móng, 95.000 liều vắc xin dại; vắc "
        "xin khác do người chăn nuôi tự chi trả.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "**1. Phòng Dịch tễ thú y",
        "- Xây dựng phương án phân bổ vắc xin cho từng huyện, trình Lãnh đạo Chi cục phê duyệt trước ngày "
        "10/02/2027.",
        "- Tổ chức tập huấn kỹ thuật tiêm phòng, bảo quản vắc xin cho thú y viên cấp xã trong tháng 02/2027.",
        "- Giám sát sau tiêm phòng, lấy 300 mẫu huyết thanh đánh giá tỷ lệ bảo hộ; hoàn thành trước "
        "30/6/2027.",
        "**2. Phòng Hành chính - Tổng hợp",
        "- Ký hợp đồng cung ứng vắc xin, bảo đảm tiếp nhận và cấp phát đủ vắc xin trước ngày 25/02/2027.",
        "- Thanh quyết toán kinh phí hỗ trợ công tiêm phòng theo quy định.",
        "**3. Trạm Chăn nuôi và Thú y các huyện, thị xã, thành phố",
        "- Tham mưu UBND cấp huyện ban hành kế hoạch tiêm phòng của địa phương trước ngày 20/02/2027.",
        "- Tổ chức tiêm phòng đúng thời gian, bảo đảm an toàn; lập sổ theo dõi tiêm phòng đến từng hộ.",
        "**4. Đề nghị UBND các huyện, thị xã, thành phố",
        "Chỉ đạo UBND cấp xã huy động lực lượng, bố trí kinh phí hỗ trợ công tiêm phòng, xử lý nghiêm tổ "
        "chức, cá nhân không chấp hành tiêm phòng.",
        "Phòng Dịch tễ thú y là đơn vị đầu mối, theo dõi, tổng hợp kết quả tiêm phòng, báo cáo Sở Nông "
        "nghiệp và Môi trường khi kết thúc đợt trước ngày 10/5/2027.",
        "Các Trạm Chăn nuôi và Thú y báo cáo tiến độ tiêm phòng vào thứ Sáu hằng tuần về Chi cục (qua Phòng "
        "Dịch tễ thú y, email: dichte.cnty@vinhxuyen.gov.vn).",
        "Kinh phí thực hiện từ nguồn ngân sách tỉnh đã giao trong dự toán năm 2027 của Chi cục./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở NN&MT (b/c);\n- UBND các huyện, TX, TP;\n- Các phòng, trạm thuộc Chi cục;\n- Lưu: VT, DT.",
        "CHI CỤC TRƯỞNG\n\n\n\nHầu A Sùng",
    )
    doc.save(path)


def h860_xlsx(h, path: Path) -> None:
    """Project management board: a milestone sheet of projects, the lead merged down over a project's rows."""
    import datetime

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Moc tien do 2027"
    title_rows(
        ws,
        [
            "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP TỈNH VĨNH XUYÊN",
            "BẢNG MỐC TIẾN ĐỘ THỰC HIỆN VÀ GIẢI NGÂN CÁC DỰ ÁN NĂM 2027",
            "(Ban hành kèm theo Quyết định số 07/QĐ-BQLDA ngày 12/01/2027 của Giám đốc Ban)",
        ],
        6,
        (1, 2),
    )
    ws.append([])
    ws.append(
        [
            "STT",
            "Dự án / Nội dung công việc",
            "Phòng chủ trì",
            "Mốc hoàn thành",
            "Kế hoạch vốn 2027 (triệu đồng)",
            "Ghi chú",
        ]
    )
    bold_header(ws, 5)
    bold_group_rows(
        ws,
        [
            ["I", "DỰ ÁN CHUYỂN TIẾP"],
            ["1", "Bệnh viện Y dược cổ truyền tỉnh (quy mô 200 giường)"],
            ["1.1", "Hoàn thành phần thô khối nhà điều trị nội trú", "P.ĐHDA1", "Quý I/2027", 42000, ""],
            [
                "1.2",
                "Lắp đặt hệ thống khí y tế, thang máy",
                None,
                datetime.datetime(2027, 6, 30),
                18500,
                "Gói thầu XL-05",
            ],
            ["1.3", "Nghiệm thu, bàn giao đưa công trình vào sử dụng", None, "Tháng 9/2027", 6000, ""],
            ["2", "Trường THPT Chuyên Vĩnh Xuyên (cơ sở 2)"],
            ["2.1", "Xây dựng nhà đa năng và bể bơi", "P.ĐHDA2", "Trước 15/12/2027", 35000, ""],
            ["2.2", "Quyết toán gói thầu san nền", "P.KHTC", datetime.datetime(2027, 4, 30), 1200, ""],
            ["II", "DỰ ÁN KHỞI CÔNG MỚI"],
            ["3", "Trụ sở làm việc các cơ quan khối Đảng tỉnh"],
            ["3.1", "Trình thẩm định báo cáo nghiên cứu khả thi", "P.KHTC", "Tháng 3", 0, ""],
            ["3.2", "Lựa chọn nhà thầu thi công xây dựng", "P.KHTC", "Quý III/2027", 0, ""],
            [
                "3.3",
                "Khởi công công trình",
                "P.ĐHDA1",
                "Theo tiến độ bố trí vốn",
                50000,
                "Chờ HĐND tỉnh giao vốn",
            ],
            ["III", "CÔNG TÁC CHUNG"],
            [
                "4",
                "Cập nhật tiến độ giải ngân lên Hệ thống thông tin quốc gia về đầu tư công",
                "P.KHTC",
                "Hằng tháng",
                "",
                "",
            ],
            [
                "5",
                "Rà soát, xử lý tài sản, hồ sơ các dự án đã quyết toán giai đoạn 2021 - 2025",
                "P.HCTH",
                "30/11/2027",
                "",
                "",
            ],
        ],
        6,
        4,
    )
    last = ws.max_row
    # the lead of project 1 merged down over its three rows
    ws.merge_cells("C8:C10")
    ws.append(["", "Tổng cộng", "", "", "=SUM(E8:E20)", ""])
    wrap(ws, 6)
    notes_and_signer(
        ws,
        [
            "Ghi chú: P.ĐHDA1, P.ĐHDA2: Phòng Điều hành dự án số 1, số 2; P.KHTC: Phòng Kế hoạch - Tài chính; P.HCTH: Phòng Hành chính - Tổng hợp.",
            "Các phòng báo cáo tiến độ thực hiện, giải ngân các dự án về P.KHTC trước ngày 25 hằng tháng để tổng hợp báo cáo Sở Tài chính.",
        ],
        ["GIÁM ĐỐC", "", "", "Phùng Văn Lực"],
        column=5,
    )
    assert last == 21
    column_widths(ws, [7, 55, 14, 18, 16, 22])
    wb.save(path)


def h861_docx(h, path: Path) -> None:
    """Business registration office: a quarter programme with month columns ticked, teams as doers."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "SỞ TÀI CHÍNH TỈNH VĨNH XUYÊN\nPHÒNG ĐĂNG KÝ KINH DOANH\n───────\nSố: 04/CTr-ĐKKD",
        right2="Vĩnh Xuyên, ngày 29 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Phòng Đăng ký kinh doanh (sau đây gọi tắt là Phòng) gồm 03 tổ: Tổ Tiếp nhận và trả kết quả, Tổ "
        "Thẩm định hồ sơ, Tổ Giám sát sau đăng ký. Chương trình công tác quý I năm 2027 cụ thể như sau:",
    )
    t = grid(
        doc,
        ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Tháng 1", "Tháng 2", "Tháng 3", "Ghi chú"],
        [
            [
                "1",
                "Tiếp nhận, xử lý hồ sơ đăng ký doanh nghiệp qua mạng điện tử trong thời hạn 03 ngày làm việc",
                "Tổ Tiếp nhận và trả kết quả",
                "x",
                "x",
                "x",
                "Thường xuyên",
            ],
            [
                "2",
                "Rà soát, chuẩn hóa dữ liệu doanh nghiệp trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp (đợt 1)",
                "Tổ Thẩm định hồ sơ",
                "x",
                "x",
                "",
                "",
            ],
            [
                "3",
                "Thông báo, yêu cầu doanh nghiệp không hoạt động tại địa chỉ đăng ký báo cáo theo quy định",
                "Tổ Giám sát sau đăng ký",
                "",
                "x",
                "",
                "Phối hợp Thuế tỉnh",
            ],
            [
                "4",
                "Thu hồi Giấy chứng nhận đăng ký doanh nghiệp đối với các doanh nghiệp vi phạm (danh sách kèm theo)",
                "Tổ Giám sát sau đăng ký",
                "",
                "",
                "x",
                "",
            ],
            [
                "5",
                "Hướng dẫn hộ kinh doanh chuyển đổi lên doanh nghiệp tại hội nghị đối thoại doanh nghiệp quý I",
                "Tổ Tiếp nhận và trả kết quả",
                "",
                "x",
                "",
                "Ngày cụ thể theo Giấy mời của UBND tỉnh",
            ],
            [
                "6",
                "Tổng hợp, báo cáo tình hình đăng ký doanh nghiệp năm 2026 gửi Cục Quản lý đăng ký kinh doanh",
                "Tổ Thẩm định hồ sơ",
                "x",
                "",
                "",
                "Trước 10/01",
            ],
            [
                "7",
                "Trực tiếp nhận hồ sơ trước và sau kỳ nghỉ Tết Nguyên đán Đinh Mùi",
                "Tổ Tiếp nhận và trả kết quả",
                "",
                "x",
                "",
                "",
            ],
            [
                "8",
                "Cập nhật thủ tục hành chính lĩnh vực thành lập và hoạt động doanh nghiệp trên Cổng Dịch vụ công",
                "Tổ Thẩm định hồ sơ",
                "x",
                "x",
                "x",
                "",
            ],
            [
                "9",
                "Kiểm tra việc thực hiện nội dung đăng ký doanh nghiệp tại 15 doanh nghiệp (theo kế hoạch kiểm tra)",
                "Tổ Giám sát sau đăng ký",
                "",
                "x",
                "x",
                "",
            ],
            [
                "10",
                "Sơ kết công tác quý I, xây dựng chương trình công tác quý II/2027",
                "Trưởng phòng",
                "",
                "",
                "x",
                "",
            ],
        ],
        widths=[1.0, 10.0, 4.0, 1.5, 1.5, 1.5, 4.5],
    )
    del t
    para(doc, "")
    para(
        doc,
        "Tổ trưởng các tổ phân công công chức thực hiện; báo cáo kết quả thực hiện tháng về Trưởng phòng "
        "vào ngày làm việc cuối cùng hằng tháng.",
    )
    para(
        doc,
        "Đề nghị Thuế tỉnh Vĩnh Xuyên cung cấp danh sách doanh nghiệp ngừng hoạt động, bỏ địa chỉ kinh doanh trước ngày 15/02/2027 để Phòng thực hiện nội dung số 3.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Lãnh đạo Sở (b/c);\n- Các tổ thuộc Phòng;\n- Lưu: ĐKKD.",
        "TRƯỞNG PHÒNG\n\n\n\nLưu Quang Vũ",
    )
    doc.save(path)


def h862_docx(h, path: Path) -> None:
    """Land fund development centre: a yearly plan in prose, times in parentheses after each task, requests outside."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT\n───────\nSố: 11/KH-TTPTQĐ",
        right2="Vĩnh Xuyên, ngày 05 tháng 01 năm 2027",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tạo quỹ đất, đấu giá quyền sử dụng đất năm 2027",
        "I. MỤC TIÊU",
        "Tạo quỹ đất sạch khoảng 68 ha; tổ chức đấu giá quyền sử dụng đất 14 khu, dự kiến thu ngân sách "
        "1.250 tỷ đồng.",
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Công tác bồi thường, giải phóng mặt bằng",
        "1.1. Hoàn thành bồi thường, hỗ trợ, tái định cư Khu đô thị mới Bắc Sông Thương, phần diện tích còn "
        "lại 12,4 ha (Phòng Bồi thường, giải phóng mặt bằng; trước 30/6/2027).",
        "1.2. Lập phương án bồi thường dự án mở rộng Khu dân cư Đồi Thông, trình Hội đồng thẩm định huyện "
        "Thượng Phong (Phòng Bồi thường, giải phóng mặt bằng; quý II/2027).",
        "1.3. Đo đạc, kiểm đếm hiện trạng đất đai, tài sản các hộ bị ảnh hưởng tuyến đường Vành đai 2 (Chi "
        "nhánh Trung tâm tại thành phố Vĩnh Xuyên; tháng 4 - 5/2027).",
        "2. Công tác quản lý, khai thác quỹ đất",
        "2.1. Lập hồ sơ đấu giá 06 khu đất ở tại thành phố Vĩnh Xuyên và thị xã Đông Kinh (Phòng Quản lý, "
        "khai thác quỹ đất; quý I/2027).",
        "2.2. Tổ chức đấu giá 08 khu còn lại theo tiến độ giải phóng mặt bằng (Phòng Quản lý, khai thác "
        "quỹ đất; trong năm).",
        "2.3. Quản lý chặt chẽ quỹ đất đã thu hồi, không để tái lấn chiếm (các Chi nhánh Trung tâm; thường "
        "xuyên).",
        "2.4. Xây dựng cơ sở dữ liệu quỹ đất do Trung tâm quản lý, kết nối với cơ sở dữ liệu đất đai của tỉnh "
        "(Phòng Hành chính - Tổng hợp; hoàn thành trước ngày 31/10/2027).",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là đơn vị đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng "
        "hợp báo cáo Giám đốc Trung tâm 6 tháng (trước 20/6) và năm (trước 15/12/2027).",
        "2. Phòng Kế hoạch - Tài chính lập dự toán kinh phí tổ chức thực hiện bồi thường, giải phóng mặt "
        "bằng, trình Sở Nông nghiệp và Môi trường trước ngày 28/02/2027.",
        "3. Trưởng các phòng, Giám đốc các Chi nhánh chủ động triển khai nhiệm vụ được giao, chịu trách "
        "nhiệm trước Giám đốc Trung tâm về tiến độ.",
        "4. Đề nghị Sở Tài chính thẩm định giá khởi điểm các khu đất đấu giá trong thời hạn 15 ngày kể từ "
        "ngày nhận đủ hồ sơ.",
        "5. Đề nghị UBND thành phố Vĩnh Xuyên chỉ đạo UBND các phường phối hợp vận động các hộ dân bàn giao "
        "mặt bằng Khu đô thị mới Bắc Sông Thương trước ngày 15/5/2027.",
        "Các phòng, chi nhánh báo cáo kết quả thực hiện nhiệm vụ định kỳ hằng quý (trước ngày 18 tháng cuối "
        "quý) về Phòng Hành chính - Tổng hợp.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở NN&MT (b/c);\n- Sở Tài chính;\n- UBND TP Vĩnh Xuyên;\n- Các phòng, chi nhánh;\n- Lưu: VT, HCTH.",
        "GIÁM ĐỐC\n\n\n\nTriệu Minh Khôi",
    )
    doc.save(path)


def batch_h853() -> None:
    write_batch(
        [
            (h853_docx, "h853_cv_snv_danh_gia_cong_chuc_nang_ngach.docx"),
            (h854_docx, "h854_ctr_mttq_huyen_nam_2027.docx"),
            (h855_xlsx, "h855_kh_thang_phong_dieu_duong_bvdk.xlsx"),
            (h856_md, "h856_kh_thang_to_van_su_thpt.md"),
            (h858_docx, "h858_lich_tuan_phong_qldt_thanh_pho.docx"),
            (h860_xlsx, "h860_moc_tien_do_bqlda_dan_dung.xlsx"),
            (h861_docx, "h861_ctr_quy_phong_dkkd_danh_dau_thang.docx"),
            (h862_docx, "h862_kh_tt_quy_dat_tao_quy_dau_gia.docx"),
        ],
        [
            (h857_docx, "h857_tbkl_hoi_nong_dan_tinh_giao_ban.docx", "doc"),
            (h859_docx, "h859_kh_chi_cuc_cnty_tiem_phong_dot1.docx", "pdf"),
        ],
        _out,
    )
