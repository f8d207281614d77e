"""Held-out documents h433–h442: the first half of the third ordinary sample, written by helper
h13author40 (invented names, units, places and dates). Ten documents of provincial bodies after the
2025 two-level reform, as their clerks type them: a department of home affairs' yearly programme
(Thanh Hóa), a health department's plan with its task appendix (An Giang), a construction
department's dispatch (Nghệ An, .doc), an ethnic and religious affairs department's plan in numbered
prose (Lâm Đồng, .pdf), the weekly calendar of a People's Committee Office (Quảng Ngãi), a provincial
inspectorate's quarterly programme sheet (Phú Thọ), a ward's notice of meeting conclusions (Đà
Nẵng), a commune's indicator sheet (Đồng Nai), a forest-protection sub-department's dispatch
(Tuyên Quang, .odt) and a finance department's notice of conclusions (Đắk Lắk)."""

import tempfile
from pathlib import Path

from batch_common import (
    bold_header,
    cell_text,
    convert_each,
    document,
    grid,
    head_block,
    landscape,
    out_path,
    para,
    sign_table,
    wrap,
    writers,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h435_cv_so_xay_dung_nghe_an_mua_bao",  # h13fixRE
    "h442_tb_ket_luan_so_tai_chinh_dak_lak",  # h13fixRE
    "h436_kh_so_dan_toc_ton_giao_lam_dong",  # h13fixRE
    "h440_chi_tieu_ubnd_xa_tan_loi",  # h13fixRF
    "h441_cv_chi_cuc_kiem_lam_tuyen_quang",  # h13fixRF
    "h434_kh_so_y_te_an_giang_sxh_phu_luc",  # h13fixRD
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def _merge_down(table, column: int, first: int, last: int, text: str, bold: bool = False) -> None:
    """Rows `first`..`last` of `column` merged into one cell printing `text` (a day over its sessions)."""
    merged = table.cell(first, column).merge(table.cell(last, column))
    cell_text(merged, text, bold=bold, center=True)


# --------------------------------------------------------------------------------------------- h433
def h433(path: Path) -> None:
    """Sở Nội vụ tỉnh Thanh Hóa: the yearly work programme 2027, a table with section rows."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH THANH HÓA\nSỞ NỘI VỤ\n───────",
        left2="Số: 28/CTr-SNV",
        right2="Thanh Hóa, ngày 08 tháng 01 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Sở Nội vụ tỉnh Thanh Hóa", italic=True, center=True)
    para(
        doc,
        "Căn cứ Chương trình công tác năm 2027 của Ủy ban nhân dân tỉnh; căn cứ chức năng, nhiệm vụ, "
        "quyền hạn được giao, Sở Nội vụ xây dựng Chương trình công tác năm 2027 như sau:",
    )
    para(doc, "I. NHIỆM VỤ CỤ THỂ", bold=True)
    rows = [
        ("§", "I", "CÔNG TÁC TỔ CHỨC BỘ MÁY, BIÊN CHẾ"),
        (
            "1",
            "Tham mưu UBND tỉnh giao biên chế công chức, số lượng người làm việc năm 2027 cho các cơ quan, "
            "đơn vị và UBND các xã, phường",
            "Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
            "Các sở, ngành; UBND các xã, phường",
            "Đ/c Lê Văn Thịnh, PGĐ",
            "Tháng 01",
            "",
        ),
        (
            "2",
            "Rà soát, đánh giá hoạt động của các cơ quan chuyên môn sau sắp xếp; đề xuất điều chỉnh chức "
            "năng, nhiệm vụ còn chồng chéo",
            "Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
            "Văn phòng Sở",
            "Đ/c Lê Văn Thịnh, PGĐ",
            "Quý II",
            "Báo cáo UBND tỉnh",
        ),
        (
            "3",
            "Thẩm định đề án vị trí việc làm của các đơn vị sự nghiệp công lập thuộc tỉnh",
            "Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
            "Các đơn vị sự nghiệp",
            "Đ/c Lê Văn Thịnh, PGĐ",
            "Thường xuyên",
            "",
        ),
        ("§", "II", "CÔNG TÁC CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ CHÍNH QUYỀN CƠ SỞ"),
        (
            "4",
            "Tổ chức thi tuyển công chức cấp xã năm 2027",
            "Phòng Công chức, viên chức",
            "Thanh tra Sở; UBND các xã, phường",
            "Đ/c Nguyễn Thị Hằng, PGĐ",
            "Tháng 10 - 11",
            "Theo Kế hoạch riêng được phê duyệt",
        ),
        (
            "5",
            "Xây dựng Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2028",
            "Phòng Công chức, viên chức",
            "Các sở, ngành",
            "Đ/c Nguyễn Thị Hằng, PGĐ",
            "Trước 15/12/2027",
            "",
        ),
        (
            "6",
            "Hướng dẫn đánh giá, xếp loại chất lượng cán bộ, công chức cấp xã năm 2027",
            "Phòng Xây dựng chính quyền và công tác thanh niên",
            "Phòng Công chức, viên chức",
            "Đ/c Nguyễn Thị Hằng, PGĐ",
            "Quý IV",
            "",
        ),
        ("§", "III", "LAO ĐỘNG, VIỆC LÀM, NGƯỜI CÓ CÔNG"),
        (
            "7",
            "Tổ chức các phiên giao dịch việc làm lưu động tại các xã vùng miền núi",
            "Trung tâm Dịch vụ việc làm",
            "UBND các xã",
            "Đ/c Phạm Quốc Dũng, PGĐ",
            "Hằng quý",
            "",
        ),
        (
            "8",
            "Tham mưu tổ chức thăm, tặng quà người có công nhân kỷ niệm 80 năm Ngày Thương binh - Liệt sỹ",
            "Phòng Người có công",
            "Văn phòng Sở",
            "Đ/c Phạm Quốc Dũng, PGĐ",
            "Tháng 7",
            "",
        ),
        (
            "9",
            "Kiểm tra việc thực hiện chính sách bảo hiểm xã hội, tiền lương tại các doanh nghiệp",
            "Phòng Lao động - Việc làm - Bảo hiểm xã hội",
            "Thanh tra Sở",
            "Đ/c Phạm Quốc Dũng, PGĐ",
            "Quý III",
            "",
        ),
        ("§", "IV", "THI ĐUA, KHEN THƯỞNG; VĂN THƯ, LƯU TRỮ; CÔNG TÁC KHÁC"),
        (
            "10",
            "Thẩm định hồ sơ đề nghị khen thưởng tổng kết năm 2026 của các cơ quan, đơn vị, địa phương",
            "Ban Thi đua - Khen thưởng",
            "",
            "Đ/c Trịnh Minh Khoa, GĐ",
            "Trước 31/3/2027",
            "",
        ),
        (
            "11",
            "Thu nhận hồ sơ, tài liệu của các cơ quan thuộc diện nộp lưu vào Lưu trữ lịch sử tỉnh",
            "Trung tâm Lưu trữ lịch sử",
            "Các cơ quan thuộc diện nộp lưu",
            "Đ/c Lê Văn Thịnh, PGĐ",
            "Theo lộ trình của Bộ Nội vụ",
            "",
        ),
        (
            "12",
            "Thanh tra công vụ việc chấp hành kỷ luật, kỷ cương hành chính tại một số sở, ngành và "
            "xã, phường",
            "Thanh tra Sở",
            "Phòng Công chức, viên chức",
            "Đ/c Trịnh Minh Khoa, GĐ",
            "Theo Kế hoạch thanh tra năm",
            "",
        ),
    ]
    grid(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Lãnh đạo Sở phụ trách",
            "Thời gian hoàn thành",
            "Ghi chú",
        ],
        rows,
        widths=[1.0, 8.5, 4.0, 3.8, 3.2, 2.6, 3.0],
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Trưởng các phòng, đơn vị thuộc Sở căn cứ Chương trình công tác này chủ động xây dựng kế hoạch "
        "của đơn vị, triển khai thực hiện bảo đảm chất lượng, đúng thời gian quy định.",
    )
    para(
        doc,
        "2. Các phòng, đơn vị báo cáo kết quả thực hiện Chương trình công tác về Văn phòng Sở trước ngày "
        "20 hằng tháng để tổng hợp, báo cáo Giám đốc Sở.",
    )
    para(
        doc,
        "3. Văn phòng Sở có trách nhiệm theo dõi, đôn đốc các phòng, đơn vị thực hiện Chương trình; tổng "
        "hợp, báo cáo Giám đốc Sở kết quả thực hiện hằng quý.",
    )
    para(
        doc,
        "Trong quá trình thực hiện, nếu có phát sinh, vướng mắc, các phòng, đơn vị báo cáo Giám đốc Sở "
        "(qua Văn phòng Sở) để xem xét, điều chỉnh./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n"
        "- Lưu: VT, VP.",
        "GIÁM ĐỐC\n\n\n\nTrịnh Minh Khoa",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h434
def h434(path: Path) -> None:
    """Sở Y tế tỉnh An Giang: a plan whose tasks sit in an appendix table after the signature."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH AN GIANG\nSỞ Y TẾ\n───────",
        left2="Số: 412/KH-SYT",
        right2="An Giang, ngày 12 tháng 02 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Phòng, chống bệnh sốt xuất huyết và bệnh tay chân miệng trên địa bàn tỉnh An Giang năm 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 95/KH-UBND ngày 20/01/2027 của Ủy ban nhân dân tỉnh về phòng, chống dịch bệnh "
        "truyền nhiễm năm 2027; Sở Y tế ban hành Kế hoạch phòng, chống bệnh sốt xuất huyết và bệnh tay chân "
        "miệng năm 2027 như sau:",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "1. Chủ động phát hiện sớm, khoanh vùng, xử lý kịp thời các ổ dịch, không để dịch lớn xảy ra; giảm "
        "số mắc và tử vong so với trung bình giai đoạn 2022 - 2026.",
    )
    para(
        doc,
        "2. Phân công nhiệm vụ cụ thể cho các đơn vị; bảo đảm sự phối hợp chặt chẽ giữa ngành y tế với "
        "chính quyền các xã, phường.",
    )
    para(doc, "II. CHỈ TIÊU", bold=True)
    para(
        doc,
        "- Tỷ lệ mắc sốt xuất huyết giảm 10% so với trung bình 5 năm; tỷ lệ tử vong dưới 0,05%.",
    )
    para(doc, "- 100% ổ dịch được phát hiện và xử lý trong vòng 48 giờ.")
    para(doc, "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    para(doc, "Các nhiệm vụ cụ thể và đơn vị thực hiện tại Phụ lục kèm theo Kế hoạch này.")
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Phòng Nghiệp vụ Y - Dược là đơn vị thường trực, tham mưu Giám đốc Sở theo dõi, đôn đốc việc "
        "thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về UBND tỉnh trước ngày 20/12/2027.",
    )
    para(
        doc,
        "2. Các đơn vị y tế trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch cụ thể của đơn vị, gửi về Sở "
        "Y tế (qua Phòng Nghiệp vụ Y - Dược) trước ngày 10/3/2027.",
    )
    para(
        doc,
        "3. Định kỳ 6 tháng và năm, các đơn vị báo cáo kết quả thực hiện về Sở Y tế (qua Phòng Nghiệp vụ "
        "Y - Dược) trước ngày 10/6/2027 và ngày 10/12/2027.",
    )
    para(
        doc,
        "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Y tế để được "
        "hướng dẫn, giải quyết./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các đơn vị y tế trực thuộc;\n"
        "- UBND các xã, phường;\n- Lưu: VT, NVYD.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nHuỳnh Thị Ngọc Trâm",
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "NHIỆM VỤ PHÒNG, CHỐNG SỐT XUẤT HUYẾT VÀ TAY CHÂN MIỆNG NĂM 2027", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 412/KH-SYT ngày 12/02/2027 của Sở Y tế)", italic=True, center=True)
    rows = [
        ("§", "1", "Giám sát, phát hiện và xử lý ổ dịch"),
        (
            "1.1",
            "Giám sát ca bệnh, giám sát véc tơ tại các xã, phường trọng điểm",
            "Trung tâm Kiểm soát bệnh tật",
            "Trạm Y tế các xã, phường",
            "Hằng tháng",
            "Báo cáo giám sát",
        ),
        (
            "1.2",
            "Tổ chức chiến dịch diệt lăng quăng, bọ gậy đợt 1",
            "Trung tâm Kiểm soát bệnh tật",
            "UBND các xã, phường",
            "Tháng 4/2027",
            "Báo cáo kết quả chiến dịch",
        ),
        (
            "1.3",
            "Tổ chức chiến dịch diệt lăng quăng, bọ gậy đợt 2",
            "Trung tâm Kiểm soát bệnh tật",
            "UBND các xã, phường",
            "Tháng 8/2027",
            "Báo cáo kết quả chiến dịch",
        ),
        (
            "1.4",
            "Xử lý ổ dịch sốt xuất huyết, tay chân miệng theo quy định",
            "Trạm Y tế các xã, phường",
            "Trung tâm Kiểm soát bệnh tật",
            "Khi có ổ dịch",
            "",
        ),
        ("§", "2", "Điều trị, giảm tử vong"),
        (
            "2.1",
            "Tập huấn phác đồ chẩn đoán, điều trị sốt xuất huyết cho bác sĩ tuyến cơ sở",
            "Bệnh viện Đa khoa tỉnh",
            "Phòng Nghiệp vụ Y - Dược",
            "Quý II/2027",
            "",
        ),
        (
            "2.2",
            "Bảo đảm thuốc, dịch truyền, vật tư dự phòng cho mùa dịch",
            "Phòng Kế hoạch - Tài chính",
            "Các bệnh viện",
            "Trước 30/4/2027",
            "",
        ),
        ("§", "3", "Truyền thông, kiểm tra"),
        (
            "3.1",
            "Truyền thông phòng bệnh tay chân miệng tại các trường mầm non, nhóm trẻ",
            "Trung tâm Kiểm soát bệnh tật",
            "Sở Giáo dục và Đào tạo",
            "Tháng 9/2027",
            "",
        ),
        (
            "3.2",
            "Kiểm tra công tác phòng, chống dịch tại các đơn vị y tế",
            "Phòng Nghiệp vụ Y - Dược",
            "Thanh tra Sở",
            "Quý III/2027",
            "Thông báo kết quả kiểm tra",
        ),
        (
            "3.3",
            "Sơ kết 6 tháng, tổng kết năm công tác phòng, chống sốt xuất huyết và tay chân miệng",
            "Phòng Nghiệp vụ Y - Dược",
            "Trung tâm Kiểm soát bệnh tật",
            "Tháng 7 và tháng 12/2027",
            "",
        ),
    ]
    grid(
        doc,
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"],
        rows,
        widths=[1.1, 6.0, 3.3, 3.0, 2.3, 2.5],
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h435
NATIONAL_DATE_NGHE_AN = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n───────────\n"
    "Nghệ An, ngày 10 tháng 8 năm 2026"
)


def h435_docx(path: Path) -> None:
    """Sở Xây dựng tỉnh Nghệ An: a dispatch assigning tasks unit by unit (kept as .doc)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH NGHỆ AN\nSỞ XÂY DỰNG\n───────\nSố: 2315/SXD-KCHT\nV/v triển khai các biện pháp bảo đảm "
        "an toàn công trình, kết cấu hạ tầng giao thông mùa mưa bão năm 2026",
        right=NATIONAL_DATE_NGHE_AN,
    )
    para(doc, "Kính gửi:", bold=True)
    para(doc, "- Các phòng, đơn vị thuộc Sở;")
    para(doc, "- Ủy ban nhân dân các xã, phường.")
    para(
        doc,
        "Thực hiện Công điện số 07/CĐ-UBND ngày 05/8/2026 của Ủy ban nhân dân tỉnh về việc chủ động ứng phó "
        "với mưa lớn, lũ quét, sạt lở đất, để bảo đảm an toàn công trình xây dựng và giao thông thông suốt "
        "trong mùa mưa bão năm 2026, Sở Xây dựng yêu cầu các phòng, đơn vị thuộc Sở và đề nghị Ủy ban nhân "
        "dân các xã, phường triển khai thực hiện một số nội dung sau:",
    )
    para(doc, "1. Phòng Quản lý kết cấu hạ tầng giao thông", bold=True)
    para(
        doc,
        "a) Rà soát, lập danh sách các cầu yếu, ngầm tràn, đoạn đường thường xuyên bị ngập, sạt lở trên các "
        "tuyến quốc lộ ủy thác và đường tỉnh; hoàn thành trước ngày 25/8/2026.",
    )
    para(
        doc,
        "b) Chỉ đạo các nhà thầu bảo dưỡng thường xuyên đường bộ bố trí lực lượng, vật tư, phương tiện dự "
        "phòng tại các vị trí xung yếu; thực hiện thường xuyên trong suốt mùa mưa bão.",
    )
    para(doc, "2. Phòng Quản lý chất lượng công trình xây dựng", bold=True)
    para(
        doc,
        "a) Kiểm tra công tác bảo đảm an toàn tại các công trình đang thi công, nhất là công trình có hố "
        "đào sâu, giàn giáo, cần trục tháp; hoàn thành trước ngày 15/9/2026.",
    )
    para(
        doc,
        "b) Hướng dẫn các chủ đầu tư rà soát, gia cố các hạng mục tạm, lán trại công nhân trước mùa mưa bão.",
    )
    para(doc, "3. Trung tâm Kiểm định chất lượng xây dựng", bold=True)
    para(
        doc,
        "Phối hợp với Phòng Quản lý chất lượng công trình xây dựng kiểm định đột xuất các công trình có dấu "
        "hiệu nguy hiểm khi có yêu cầu.",
    )
    para(doc, "4. Thanh tra Sở", bold=True)
    para(
        doc,
        "Kiểm tra việc chấp hành quy định về an toàn lao động trong thi công xây dựng tại một số công trình "
        "trọng điểm trong Quý III/2026.",
    )
    para(doc, "5. Đề nghị Ủy ban nhân dân các xã, phường", bold=True)
    para(
        doc,
        "a) Rà soát nhà ở của hộ dân tại khu vực có nguy cơ sạt lở, lũ quét; có phương án di dời khi cần "
        "thiết.",
    )
    para(
        doc,
        "b) Bố trí lực lượng cắm biển cảnh báo, chốt chặn tại các ngầm tràn trên đường xã khi có mưa lũ; "
        "thực hiện thường xuyên.",
    )
    para(doc, "6. Văn phòng Sở", bold=True)
    para(
        doc,
        "Bố trí lịch trực phòng, chống thiên tai 24/24 giờ tại Sở trong mùa mưa bão; thông báo lịch trực "
        "trước ngày 20/8/2026.",
    )
    para(
        doc,
        "Các phòng, đơn vị và Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Xây dựng (qua "
        "Phòng Quản lý kết cấu hạ tầng giao thông) trước ngày 30/9/2026 để tổng hợp, báo cáo Ủy ban nhân "
        "dân tỉnh.",
    )
    para(doc, "Sở Xây dựng đề nghị các đơn vị, địa phương quan tâm, triển khai thực hiện./.")
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Ban Chỉ huy PCTT và TKCN tỉnh;\n- Giám đốc Sở;\n"
        "- Lưu: VT, KCHT.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nHồ Sỹ Quang",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h436
def h436_docx(path: Path) -> None:
    """Sở Dân tộc và Tôn giáo tỉnh Lâm Đồng: a plan in numbered prose (printed to PDF)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH LÂM ĐỒNG\nSỞ DÂN TỘC VÀ TÔN GIÁO\n───────",
        left2="Số: 57/KH-SDTTG",
        right2="Lâm Đồng, ngày 22 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thực hiện công tác tín ngưỡng, tôn giáo năm 2027", bold=True, center=True)
    para(
        doc,
        "Thực hiện Chương trình công tác năm 2027 của Ủy ban nhân dân tỉnh, Sở Dân tộc và Tôn giáo xây dựng "
        "Kế hoạch thực hiện công tác tín ngưỡng, tôn giáo năm 2027, cụ thể như sau:",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Triển khai đầy đủ, kịp thời chủ trương, chính sách của Đảng, pháp luật của Nhà nước về tín ngưỡng, "
        "tôn giáo; nâng cao hiệu quả quản lý nhà nước về tín ngưỡng, tôn giáo trên địa bàn tỉnh sau khi hợp "
        "nhất.",
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    tasks = [
        "1. Tuyên truyền, phổ biến Luật Tín ngưỡng, tôn giáo và các văn bản hướng dẫn cho chức sắc, chức "
        "việc và tín đồ các tôn giáo. Đơn vị thực hiện: Phòng Tôn giáo. Thời gian: Quý II/2027.",
        "2. Tổ chức Hội nghị tập huấn nghiệp vụ công tác tôn giáo cho công chức phụ trách tôn giáo ở các xã, "
        "phường, đặc khu. Đơn vị thực hiện: Phòng Tôn giáo, phối hợp Văn phòng Sở. Thời gian: tháng 5/2027.",
        "3. Thăm, chúc mừng các tổ chức tôn giáo nhân dịp Lễ Phật đản, Lễ Giáng sinh và các ngày lễ lớn của "
        "tôn giáo. Đơn vị tham mưu: Văn phòng Sở. Thời gian: theo ngày lễ của từng tôn giáo.",
        "4. Hướng dẫn thủ tục đăng ký sinh hoạt tôn giáo tập trung, đăng ký hoạt động tín ngưỡng; giải quyết "
        "thủ tục hành chính đúng hạn. Đơn vị thực hiện: Phòng Tôn giáo. Thời gian: thường xuyên.",
        "5. Khảo sát tình hình hoạt động của các điểm nhóm tôn giáo chưa được công nhận tại khu vực Đắk "
        "Nông và Bình Thuận (cũ); báo cáo đề xuất giải pháp quản lý. Đơn vị thực hiện: Phòng Tôn giáo. "
        "Thời gian: hoàn thành trước ngày 30/9/2027.",
        "6. Kiểm tra việc thực hiện pháp luật về tín ngưỡng, tôn giáo tại một số xã, phường. Đơn vị thực "
        "hiện: Thanh tra Sở. Thời gian: Quý III/2027.",
        "7. Tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo liên quan đến tôn giáo, đất đai cơ sở tôn giáo "
        "theo thẩm quyền. Đơn vị thực hiện: Thanh tra Sở, phối hợp Phòng Tôn giáo. Thời gian: thường xuyên.",
        "8. Xây dựng cơ sở dữ liệu về tổ chức tôn giáo, cơ sở tôn giáo, chức sắc, chức việc trên địa bàn "
        "tỉnh. Đơn vị thực hiện: Phòng Tôn giáo, phối hợp Trung tâm Chuyển đổi số tỉnh. Thời gian: tháng "
        "11/2027.",
        "9. Đề nghị Ủy ban nhân dân các xã, phường, đặc khu chỉ đạo công chức phụ trách công tác tôn giáo "
        "nắm tình hình, báo cáo kịp thời các vụ việc phức tạp phát sinh về Sở Dân tộc và Tôn giáo.",
    ]
    for text in tasks:
        para(doc, text)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Phòng Tôn giáo là đơn vị thường trực, tham mưu Giám đốc Sở theo dõi, đôn đốc, kiểm tra việc "
        "thực hiện Kế hoạch này.",
    )
    para(
        doc,
        "2. Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện nhiệm vụ được giao định kỳ hằng quý (trước "
        "ngày 15 của tháng cuối quý) về Phòng Tôn giáo để tổng hợp, báo cáo Giám đốc Sở và Ủy ban nhân dân "
        "tỉnh.",
    )
    para(doc, "3. Văn phòng Sở bảo đảm kinh phí thực hiện Kế hoạch từ nguồn ngân sách được giao năm 2027./.")
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Ban Tôn giáo Chính phủ (b/c);\n- Giám đốc, các PGĐ Sở;\n"
        "- UBND các xã, phường, đặc khu;\n- Lưu: VT, PTG.",
        "GIÁM ĐỐC\n\n\n\nK'Brăng Ha Tuấn",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h437
def h437(path: Path) -> None:
    """Văn phòng UBND tỉnh Quảng Ngãi: the leaders' weekly calendar, a day merged over its sessions."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH QUẢNG NGÃI\nVĂN PHÒNG\n───────",
        left2="Số: 16/LCT-VP",
        right2="Quảng Ngãi, ngày 16 tháng 4 năm 2027",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN 16", bold=True, center=True)
    para(doc, "của Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh", bold=True, center=True)
    para(doc, "(Từ ngày 19/4/2027 đến ngày 25/4/2027)", italic=True, center=True)
    days = [
        (
            "Thứ Hai\n19/4",
            [
                (
                    "Sáng",
                    "8h00: Chủ tịch UBND tỉnh chủ trì họp giao ban lãnh đạo UBND tỉnh",
                    "Chủ tịch và các PCT",
                    "Phòng họp số 1",
                    "Văn phòng UBND tỉnh",
                ),
                (
                    "Chiều",
                    "14h00: PCT Nguyễn Văn Tâm làm việc với Sở Tài chính về tình hình giải ngân vốn đầu tư "
                    "công Quý I",
                    "PCT Nguyễn Văn Tâm",
                    "Phòng họp số 2",
                    "Sở Tài chính",
                ),
            ],
        ),
        (
            "Thứ Ba\n20/4",
            [
                (
                    "Sáng",
                    "7h30: Chủ tịch UBND tỉnh tiếp công dân định kỳ",
                    "Chủ tịch UBND tỉnh",
                    "Trụ sở Tiếp công dân tỉnh",
                    "Ban Tiếp công dân tỉnh",
                ),
                (
                    "Chiều",
                    "PCT Y Ngọc Linh làm việc tại cơ quan",
                    "",
                    "",
                    "",
                ),
            ],
        ),
        (
            "Thứ Tư\n21/4",
            [
                (
                    "Sáng",
                    "8h00: PCT Y Ngọc Linh kiểm tra tiến độ xây dựng nhà ở cho hộ nghèo tại xã Đăk Tô, xã "
                    "Ngọk Tụ",
                    "PCT Y Ngọc Linh",
                    "Xã Đăk Tô, xã Ngọk Tụ",
                    "Sở Dân tộc và Tôn giáo",
                ),
                (
                    "Chiều",
                    "14h00: Hội nghị trực tuyến sơ kết công tác phòng, chống thiên tai năm 2026, triển khai "
                    "nhiệm vụ năm 2027",
                    "PCT Trần Phước Hiền",
                    "Hội trường UBND tỉnh",
                    "Sở Nông nghiệp và Môi trường",
                ),
            ],
        ),
        (
            "Thứ Năm\n22/4",
            [
                (
                    "Sáng",
                    "8h00: Họp Hội đồng thẩm định giá đất cụ thể các dự án khu dân cư tại phường Cẩm Thành",
                    "PCT Nguyễn Văn Tâm",
                    "Phòng họp số 2",
                    "Sở Nông nghiệp và Môi trường",
                ),
                (
                    "Chiều",
                    "14h00: Chủ tịch UBND tỉnh làm việc với Công ty cổ phần Cảng Dung Quất về dự án mở rộng "
                    "bến số 3 (dự kiến)",
                    "Chủ tịch UBND tỉnh",
                    "Phòng họp số 1",
                    "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp",
                ),
            ],
        ),
        (
            "Thứ Sáu\n23/4",
            [
                (
                    "Sáng",
                    "8h00: Phiên họp thường kỳ UBND tỉnh tháng 4/2027",
                    "Chủ tịch và các PCT",
                    "Phòng họp số 1",
                    "Văn phòng UBND tỉnh",
                ),
                (
                    "Chiều",
                    "14h00: PCT Trần Phước Hiền đối thoại với hộ dân bị ảnh hưởng dự án đường Trì Bình - "
                    "cảng Dung Quất",
                    "PCT Trần Phước Hiền",
                    "UBND xã Bình Sơn",
                    "Thanh tra tỉnh",
                ),
            ],
        ),
        (
            "Thứ Bảy\n24/4",
            [
                (
                    "Sáng",
                    "7h30: PCT Y Ngọc Linh dự Lễ khai mạc Tuần Văn hóa - Du lịch Măng Đen năm 2027",
                    "PCT Y Ngọc Linh",
                    "Xã Măng Đen",
                    "Sở Văn hóa, Thể thao và Du lịch",
                ),
                ("Chiều", "Trực lãnh đạo: PCT Trần Phước Hiền", "", "", ""),
            ],
        ),
    ]
    header = ["Thứ, ngày", "Buổi", "Nội dung công việc", "Lãnh đạo chủ trì", "Địa điểm", "Cơ quan chuẩn bị"]
    t = grid(doc, header, [], widths=[2.2, 1.6, 9.5, 3.6, 3.8, 4.8])
    for day, sessions in days:
        first = len(t.rows)
        for session, *rest in sessions:
            cells = t.add_row().cells
            cell_text(cells[1], session, center=True)
            for cell, value in zip(cells[2:], rest, strict=True):
                cell_text(cell, value)
        _merge_down(t, 0, first, len(t.rows) - 1, day, bold=True)
    row = t.add_row().cells
    cell_text(row[0], "Chủ nhật\n25/4", bold=True, center=True)
    cell_text(row[1].merge(row[-1]), "Nghỉ")
    para(
        doc,
        "Ghi chú: Các cơ quan chuẩn bị nội dung gửi tài liệu về Văn phòng UBND tỉnh trước cuộc họp ít nhất "
        "02 ngày làm việc để trình lãnh đạo. Lịch có thể thay đổi, Văn phòng sẽ thông báo sau.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- CT, các PCT UBND tỉnh;\n- Các sở, ban, ngành;\n"
        "- Lưu: VT, HCTC.",
        "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\n\nĐinh Thị Hồng Vân",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h438
def h438_xlsx(path: Path) -> None:
    """Thanh tra tỉnh Phú Thọ: the quarterly programme as a sheet with merged section rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "CT Quy II"
    titles = [
        "UBND TỈNH PHÚ THỌ",
        "THANH TRA TỈNH",
        "CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2027",
        "(Kèm theo Thông báo số 118/TB-TTr ngày 28/3/2027 của Thanh tra tỉnh)",
    ]
    for i, line in enumerate(titles, start=1):
        ws.cell(row=i, column=1, value=line)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=6)
        ws.cell(row=i, column=1).font = Font(bold=i != 4, italic=i == 4)
        ws.cell(row=i, column=1).alignment = Alignment(horizontal="center")
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"]
    ws.append([])
    ws.append(header)
    bold_header(ws, 6)
    rows = [
        ("§", "A", "CÔNG TÁC THANH TRA"),
        (
            1,
            "Ban hành kết luận thanh tra việc quản lý, sử dụng đất công tại UBND xã Tam Nông",
            "Phòng Nghiệp vụ 1",
            "Sở Nông nghiệp và Môi trường",
            "Tháng 4/2027",
            "Chuyển tiếp từ Quý I",
        ),
        (
            2,
            "Thanh tra trách nhiệm thực hiện pháp luật về đấu thầu tại Sở Y tế",
            "Phòng Nghiệp vụ 2",
            "Sở Tài chính",
            "Trước 30/6/2027",
            "",
        ),
        (
            3,
            "Thanh tra chuyên đề việc quản lý, sử dụng nguồn vốn Chương trình mục tiêu quốc gia tại các xã "
            "khu vực Hòa Bình (cũ)",
            "Phòng Nghiệp vụ 3",
            "Sở Dân tộc và Tôn giáo",
            "Quý II",
            "",
        ),
        (
            4,
            "Theo dõi, đôn đốc việc thực hiện các kết luận thanh tra đã ban hành năm 2026",
            "Phòng Giám sát, kiểm tra và xử lý sau thanh tra",
            "Các phòng nghiệp vụ",
            "Thường xuyên",
            "",
        ),
        ("§", "B", "TIẾP CÔNG DÂN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO"),
        (
            5,
            "Tham mưu Chủ tịch UBND tỉnh tiếp công dân định kỳ",
            "Phòng Tiếp công dân và xử lý đơn thư",
            "Ban Tiếp công dân tỉnh",
            "Ngày 15 hằng tháng",
            "",
        ),
        (
            6,
            "Xác minh, tham mưu giải quyết vụ khiếu nại của bà Hà Thị Nhung, phường Vĩnh Yên",
            "Phòng Nghiệp vụ 1",
            "UBND phường Vĩnh Yên",
            "Trước 20/5/2027",
            "Theo Quyết định giao xác minh",
        ),
        (
            7,
            "Rà soát các vụ khiếu nại, tố cáo đông người, phức tạp, kéo dài",
            "Phòng Tiếp công dân và xử lý đơn thư",
            "Công an tỉnh",
            "Tháng 5/2027",
            "",
        ),
        ("§", "C", "PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC"),
        (
            8,
            "Xác minh tài sản, thu nhập năm 2027 theo kế hoạch đã phê duyệt",
            "Phòng Nghiệp vụ 3",
            "",
            "Tháng 6/2027",
            "",
        ),
        (
            9,
            "Tổng hợp, báo cáo công tác phòng, chống tham nhũng, tiêu cực Quý II/2027",
            "Phòng Giám sát, kiểm tra và xử lý sau thanh tra",
            "Văn phòng",
            "Trước 15/6/2027",
            "Báo cáo Thanh tra Chính phủ",
        ),
        ("§", "D", "CÔNG TÁC KHÁC"),
        (
            10,
            "Sơ kết 6 tháng đầu năm công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo",
            "Văn phòng",
            "Các phòng",
            "Tháng 6/2027",
            "",
        ),
        (
            11,
            "Cập nhật, số hóa hồ sơ các cuộc thanh tra đã kết thúc vào cơ sở dữ liệu ngành thanh tra",
            "Văn phòng",
            "Các phòng nghiệp vụ",
            "Thường xuyên",
            "",
        ),
    ]
    for row in rows:
        if row[0] == "§":
            ws.append([row[1], row[2]])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=2).font = Font(bold=True)
        else:
            ws.append(list(row))
    wrap(ws, 7)
    ws.append([])
    ws.append(
        [
            "Ghi chú: Các phòng báo cáo kết quả thực hiện Chương trình về Văn phòng trước ngày 25 hằng tháng "
            "để tổng hợp, báo cáo Chánh Thanh tra tỉnh."
        ]
    )
    r = ws.max_row
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
    ws.row_dimensions[r].height = 32
    ws.append([])
    ws.append(["", "", "", "", "CHÁNH THANH TRA"])
    ws.append(["", "", "", "", "Đào Minh Nghĩa"])
    for col, width in zip("ABCDEF", [6, 58, 30, 26, 18, 22], strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# --------------------------------------------------------------------------------------------- h439
def h439(path: Path) -> None:
    """UBND phường Hòa Khánh (Đà Nẵng): a notice of the chairman's conclusions at the monthly briefing."""
    doc = document()
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA KHÁNH\n───────",
        left2="Số: 46/TB-UBND",
        right2="Hòa Khánh, ngày 09 tháng 3 năm 2027",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Chủ tịch Ủy ban nhân dân phường tại cuộc họp giao ban tháng 3 năm 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Ngày 05/3/2027, đồng chí Võ Thanh Bình - Chủ tịch UBND phường chủ trì cuộc họp giao ban đánh giá "
        "tình hình thực hiện nhiệm vụ tháng 02, triển khai nhiệm vụ tháng 3 năm 2027. Tham dự có các "
        "đồng chí Phó Chủ tịch UBND phường; lãnh đạo Văn phòng HĐND và UBND phường, các phòng chuyên "
        "môn, Công an phường, Ban Chỉ huy Quân sự phường, Trung tâm Phục vụ hành chính công phường.",
    )
    para(
        doc,
        "Sau khi nghe Văn phòng HĐND và UBND phường báo cáo và ý kiến của các đơn vị, Chủ tịch UBND phường "
        "kết luận như sau:",
    )
    para(doc, "1. Đánh giá chung", bold=True)
    para(
        doc,
        "Trong tháng 02, các đơn vị đã tập trung phục vụ nhân dân đón Tết Nguyên đán Đinh Mùi an toàn, tiết "
        "kiệm; tình hình an ninh trật tự được giữ vững. Tuy nhiên, tiến độ giải quyết hồ sơ đất đai còn "
        "chậm, công tác thu ngân sách chưa đạt kế hoạch.",
    )
    para(doc, "2. Nhiệm vụ trọng tâm trong thời gian tới", bold=True)
    tasks = [
        "2.1. Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp Trung tâm Phục vụ hành chính công "
        "phường rà soát toàn bộ hồ sơ cấp giấy chứng nhận quyền sử dụng đất còn tồn đọng, đề xuất hướng xử "
        "lý; báo cáo UBND phường trước ngày 25/3/2027.",
        "2.2. Phòng Kinh tế, Hạ tầng và Đô thị tham mưu kế hoạch ra quân chỉnh trang đô thị, lập lại trật tự "
        "vỉa hè trên các tuyến đường Âu Cơ, Tôn Đức Thắng; triển khai trong tháng 3/2027.",
        "2.3. Giao Phòng Văn hóa - Xã hội chủ trì tổ chức các hoạt động kỷ niệm 96 năm Ngày thành lập Đoàn "
        "Thanh niên Cộng sản Hồ Chí Minh (26/3), phối hợp Đoàn Thanh niên phường.",
        "2.4. Phòng Văn hóa - Xã hội rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo phát sinh sau Tết; "
        "hoàn thành trước ngày 31/3/2027.",
        "2.5. Công an phường tăng cường tuần tra, kiểm soát, xử lý vi phạm trật tự an toàn giao thông tại "
        "khu vực các khu công nghiệp vào giờ tan ca; thực hiện thường xuyên.",
        "2.6. Ban Chỉ huy Quân sự phường hoàn thành công tác giao nhận quân năm 2027 bảo đảm chỉ tiêu, an "
        "toàn, đúng thời gian theo kế hoạch của thành phố.",
        "2.7. Trung tâm Phục vụ hành chính công phường thực hiện niêm yết công khai thủ tục hành chính, "
        "không để hồ sơ trễ hạn; báo cáo tình hình giải quyết thủ tục hành chính hằng tháng.",
        "2.8. Văn phòng HĐND và UBND phường phối hợp Phòng Kinh tế, Hạ tầng và Đô thị đôn đốc thu ngân sách, "
        "phấn đấu đạt 25% dự toán năm trong Quý I/2027.",
        "2.9. Giao Văn phòng HĐND và UBND phường chuẩn bị nội dung, tài liệu kỳ họp chuyên đề HĐND phường; "
        "trình Chủ tịch UBND phường trước ngày 18/3/2027.",
    ]
    for text in tasks:
        para(doc, text)
    para(
        doc,
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp vận động nhân dân tham gia giữ gìn vệ "
        "sinh môi trường, hưởng ứng Ngày Chủ nhật xanh trong tháng 3/2027.",
    )
    para(
        doc,
        "Văn phòng HĐND và UBND phường thông báo để các cơ quan, đơn vị biết, triển khai thực hiện./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TT Đảng ủy, TT HĐND phường (b/c);\n- CT, các PCT UBND phường;\n- UBMTTQVN phường;\n"
        "- Các phòng, đơn vị;\n- Lưu: VT.",
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nLê Thị Thu Sương",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h440
def h440_xlsx(path: Path) -> None:
    """UBND xã Tân Lợi (Đồng Nai): the commune's indicators for 2027, a unit column that follows each."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Chi tieu 2027"
    titles = [
        ("ỦY BAN NHÂN DÂN XÃ TÂN LỢI", True, False),
        ("PHỤ LỤC", True, False),
        ("CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH NĂM 2027", True, False),
        ("(Kèm theo Quyết định số 05/QĐ-UBND ngày 06/01/2027 của UBND xã Tân Lợi)", False, True),
    ]
    for i, (line, bold, italic) in enumerate(titles, start=1):
        ws.cell(row=i, column=1, value=line).font = Font(bold=bold, italic=italic)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=7)
        ws.cell(row=i, column=1).alignment = Alignment(horizontal="center")
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "Cơ quan chủ trì theo dõi",
            "Ghi chú",
        ]
    )
    bold_header(ws, 6)
    rows = [
        ("§", "I", "CHỈ TIÊU KINH TẾ"),
        (1, "Tổng giá trị sản xuất trên địa bàn tăng", "%", 8.2, 8.5, "Phòng Kinh tế", ""),
        (2, "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 41250, 45000, "Phòng Kinh tế", ""),
        (3, "Diện tích cây trồng ứng dụng công nghệ cao", "ha", 320, 380, "Phòng Kinh tế", ""),
        (
            4,
            "Số tuyến đường giao thông nông thôn được cứng hóa",
            "Tuyến",
            3,
            5,
            "Phòng Kinh tế",
            "Hoàn thành trong Quý III",
        ),
        ("§", "II", "CHỈ TIÊU VĂN HÓA - XÃ HỘI"),
        (5, "Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn", "%", 1.8, 1.2, "Phòng Văn hóa - Xã hội", ""),
        (6, "Số lao động được giải quyết việc làm mới", "Người", 410, 450, "Phòng Văn hóa - Xã hội", ""),
        (
            7,
            "Tỷ lệ dân số tham gia bảo hiểm y tế",
            "%",
            93.5,
            95,
            "Trạm Y tế xã",
            "Phối hợp Bảo hiểm xã hội cơ sở",
        ),
        (
            8,
            "Số trường học đạt chuẩn quốc gia (tăng thêm)",
            "Trường",
            "",
            1,
            "Phòng Văn hóa - Xã hội",
            "Trường Tiểu học Tân Lợi B; trước 31/8/2027",
        ),
        ("§", "III", "CHỈ TIÊU MÔI TRƯỜNG"),
        (
            9,
            "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý",
            "%",
            90,
            93,
            "Phòng Kinh tế",
            "",
        ),
        (10, "Tỷ lệ hộ dân sử dụng nước sạch", "%", 72, 76, "Phòng Kinh tế", ""),
        ("§", "IV", "CHỈ TIÊU QUỐC PHÒNG - AN NINH"),
        (11, "Hoàn thành chỉ tiêu giao quân", "%", 100, 100, "Ban Chỉ huy Quân sự xã", "Tháng 02/2027"),
        (12, "Tỷ lệ khu dân cư đạt tiêu chuẩn an toàn về an ninh, trật tự", "%", 85, 90, "Công an xã", ""),
    ]
    for row in rows:
        if row[0] == "§":
            ws.append([row[1], row[2]])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=2).font = Font(bold=True)
        else:
            ws.append(list(row))
    wrap(ws, 7)
    for col, width in zip("ABCDEFG", [6, 52, 12, 14, 14, 26, 30], strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# --------------------------------------------------------------------------------------------- h441
def h441_docx(path: Path) -> None:
    """Chi cục Kiểm lâm tỉnh Tuyên Quang: a dispatch on forest fires in the dry season (kept as .odt)."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH TUYÊN QUANG\nCHI CỤC KIỂM LÂM\n───────\nSố: 318/KL-QLBVR\n"
        "V/v tăng cường các biện pháp phòng cháy, chữa cháy rừng mùa khô 2026 - 2027",
        right="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n───────────\n"
        "Tuyên Quang, ngày 02 tháng 11 năm 2026",
    )
    para(doc, "Kính gửi:", bold=True)
    para(doc, "- Các Hạt Kiểm lâm khu vực;")
    para(doc, "- Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng;")
    para(doc, "- Các phòng thuộc Chi cục.")
    para(
        doc,
        "Dự báo mùa khô năm 2026 - 2027 trên địa bàn tỉnh có nắng nóng kéo dài, nguy cơ cháy rừng ở mức cao, "
        "nhất là tại các khu rừng trồng thông, keo ở khu vực phía Nam tỉnh và rừng đặc dụng khu vực Hà Giang "
        "(cũ). Để chủ động phòng ngừa, ứng phó kịp thời với cháy rừng, Chi cục Kiểm lâm yêu cầu các đơn vị "
        "thực hiện tốt các nội dung sau:",
    )
    para(doc, "1. Các Hạt Kiểm lâm khu vực", bold=True)
    para(
        doc,
        "- Tham mưu UBND các xã, phường kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã và xây dựng "
        "phương án phòng cháy, chữa cháy rừng năm 2027; hoàn thành trước ngày 30/11/2026.",
    )
    para(
        doc,
        "- Phân công kiểm lâm địa bàn bám sát cơ sở, hướng dẫn chủ rừng làm đường băng cản lửa, xử lý vật "
        "liệu cháy dưới tán rừng trước ngày 31/12/2026.",
    )
    para(
        doc,
        "- Tổ chức trực phòng cháy, chữa cháy rừng 24/24 giờ trong những ngày có cấp dự báo cháy rừng từ cấp "
        "IV trở lên.",
    )
    para(doc, "2. Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng", bold=True)
    para(
        doc,
        "- Kiểm tra, bảo dưỡng máy thổi gió, máy cắt thực bì, bơm chữa cháy và các trang thiết bị; báo cáo "
        "tình trạng thiết bị về Chi cục trước ngày 20/11/2026.",
    )
    para(
        doc,
        "- Sẵn sàng lực lượng, phương tiện cơ động hỗ trợ các địa bàn trọng điểm khi có cháy rừng xảy ra.",
    )
    para(doc, "3. Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên", bold=True)
    para(
        doc,
        "- Cập nhật, cảnh báo cấp dự báo cháy rừng hằng ngày trên trang thông tin điện tử của Chi cục và "
        "nhóm Zalo điều hành.",
    )
    para(
        doc,
        "- Tham mưu Chi cục tổ chức diễn tập chữa cháy rừng cấp tỉnh năm 2027 tại xã Hàm Yên; thời gian "
        "dự kiến tháng 01/2027.",
    )
    para(doc, "4. Phòng Thanh tra, pháp chế", bold=True)
    para(
        doc,
        "- Kiểm tra, xử lý nghiêm các hành vi dùng lửa trái phép trong rừng, đốt nương rẫy không đúng quy "
        "định trong suốt mùa khô.",
    )
    para(
        doc,
        "Các Hạt Kiểm lâm khu vực tổng hợp tình hình phòng cháy, chữa cháy rừng, báo cáo về Chi cục (qua "
        "Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên) trước ngày 25 hằng tháng; riêng vụ cháy rừng "
        "phải báo cáo ngay bằng điện thoại.",
    )
    para(doc, "Yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.")
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Sở Nông nghiệp và Môi trường (b/c);\n- Lãnh đạo Chi cục;\n"
        "- Lưu: VT, QLBVR.",
        "CHI CỤC TRƯỞNG\n\n\n\nMa Văn Thạch",
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------- h442
def h442(path: Path) -> None:
    """Sở Tài chính tỉnh Đắk Lắk: a notice of the director's conclusions, tasks under unit labels."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH ĐẮK LẮK\nSỞ TÀI CHÍNH\n───────",
        left2="Số: 73/TB-STC",
        right2="Đắk Lắk, ngày 14 tháng 7 năm 2027",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(
        doc,
        "Kết luận của Giám đốc Sở Tài chính tại Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai "
        "nhiệm vụ 6 tháng cuối năm 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Ngày 10/7/2027, Sở Tài chính tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm "
        "vụ 6 tháng cuối năm 2027 dưới sự chủ trì của đồng chí Y Khoa Niê, Giám đốc Sở. Sau khi nghe báo cáo "
        "và ý kiến thảo luận, Giám đốc Sở kết luận như sau:",
    )
    para(doc, "I. ĐÁNH GIÁ KẾT QUẢ 6 THÁNG ĐẦU NĂM", bold=True)
    para(
        doc,
        "Thu ngân sách nhà nước trên địa bàn 6 tháng đạt 54% dự toán; giải ngân vốn đầu tư công đạt 38% kế "
        "hoạch, thấp hơn bình quân cả nước. Công tác thẩm định, trình phê duyệt dự án còn chậm.",
    )
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM", bold=True)
    groups = [
        (
            "1. Phòng Quản lý ngân sách:",
            [
                "- Tham mưu UBND tỉnh các giải pháp tăng thu, chống thất thu ngân sách; báo cáo trước ngày "
                "15/8/2027.",
                "- Xây dựng dự toán ngân sách địa phương năm 2028, trình UBND tỉnh trước ngày 30/10/2027.",
            ],
        ),
        (
            "2. Phòng Quản lý đầu tư:",
            [
                "- Rà soát, tham mưu điều chuyển vốn đầu tư công của các dự án giải ngân chậm sang dự án có "
                "nhu cầu; hoàn thành trong tháng 8/2027.",
                "- Theo dõi, báo cáo tiến độ giải ngân vốn đầu tư công của các chủ đầu tư hằng tuần.",
            ],
        ),
        (
            "3. Phòng Tài chính doanh nghiệp và Phát triển doanh nghiệp:",
            [
                "- Tổ chức Hội nghị đối thoại doanh nghiệp khu vực phía Đông tỉnh (Phú Yên cũ) trong Quý "
                "III/2027.",
            ],
        ),
        (
            "4. Phòng Quản lý giá và công sản:",
            [
                "- Hoàn thành phương án sắp xếp, xử lý trụ sở dôi dư sau sắp xếp đơn vị hành chính, trình "
                "UBND tỉnh trước ngày 30/9/2027.",
            ],
        ),
        (
            "5. Thanh tra Sở:",
            [
                "- Thực hiện thanh tra việc quản lý, sử dụng ngân sách tại 03 xã theo Kế hoạch thanh tra năm "
                "2027 đã phê duyệt.",
            ],
        ),
        (
            "6. Văn phòng Sở:",
            [
                "- Hoàn thiện Quy chế làm việc sửa đổi của Sở, trình Giám đốc Sở ký ban hành trước ngày "
                "31/7/2027.",
                "- Theo dõi, đôn đốc các phòng thực hiện các nội dung kết luận tại Thông báo này.",
            ],
        ),
    ]
    for label, lines in groups:
        para(doc, label, bold=True)
        for line in lines:
            para(doc, line)
    para(
        doc,
        "Các phòng, đơn vị báo cáo kết quả thực hiện các nhiệm vụ nêu trên về Văn phòng Sở trước ngày 05 "
        "tháng 12 năm 2027 để tổng hợp, báo cáo Giám đốc Sở.",
    )
    para(doc, "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.")
    sign_table(
        doc,
        "Nơi nhận:\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nNguyễn Thị Mai Phương",
    )
    doc.save(path)


def batch_h433() -> None:
    """Writes h433–h442 into docs/ (or ../docs once moved)."""
    h = writers()
    h433(_out("h433_ct_so_noi_vu_thanh_hoa_nam_2027.docx"))
    h434(_out("h434_kh_so_y_te_an_giang_sxh_phu_luc.docx"))
    h437(_out("h437_lich_tuan_vp_ubnd_quang_ngai.docx"))
    h438_xlsx(_out("h438_ct_quy_thanh_tra_tinh_phu_tho.xlsx"))
    h439(_out("h439_tb_ket_luan_ubnd_phuong_hoa_khanh.docx"))
    h440_xlsx(_out("h440_chi_tieu_ubnd_xa_tan_loi.xlsx"))
    h442(_out("h442_tb_ket_luan_so_tai_chinh_dak_lak.docx"))
    with tempfile.TemporaryDirectory() as tmp:
        convert_each(
            h,
            Path(tmp),
            [
                (lambda _h, p: h435_docx(p), "h435_cv_so_xay_dung_nghe_an_mua_bao.docx", "doc"),
                (lambda _h, p: h436_docx(p), "h436_kh_so_dan_toc_ton_giao_lam_dong.docx", "pdf"),
                (lambda _h, p: h441_docx(p), "h441_cv_chi_cuc_kiem_lam_tuyen_quang.docx", "odt"),
            ],
            _out,
        )
