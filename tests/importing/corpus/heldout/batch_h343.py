"""Writes the binaries of the held-out documents h343–h352 (helper h13author31).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h343`.
Every text below is own-authored (other names, units, places, dates and tasks) in how bodies below
the province and outside the state administration proper (a commune's People's Committee and its
police, a school, a kindergarten, a hospital, a health centre, a ward's Women's Union and Red Cross,
a festival's organising board) commonly keep and circulate their documents; no third-party text is
stored. The .csv document of the batch is written by hand and lives beside the output. Like
`make_docs.py` this writes **only the documents**: their expected items (`expected/`) were written
by hand from the document text before the importer was first run on them. The .rtf, .pdf, .odt,
.xls, .doc and .ods need LibreOffice (`soffice`); their bytes differ run to run, so regenerate only
on purpose. Conversions run one after another (never in parallel).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, convert_each, out_path, wrap
from batch_common import bold_header as _bold_header
from batch_common import document as _document
from batch_common import paragraphs as _paragraphs
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h351_bien_ban_hop_hd_su_pham_mam_non",  # h13fixPC
    "h349_kh_kiem_tra_noi_bo_tieu_hoc_thang_gop",  # h13fixPD
    "h346_kh_dien_tap_pccc_ttyt_kich_ban_hai_sheet",  # h13fixQD
    "h347_ctr_phoi_hop_hoi_phu_nu_cong_an_phuong",  # h13fixQD
    "h343_cong_dien_ubnd_xa_bao_gio_han",  # h13fixQC
    "h345_giay_moi_hop_hdt_benh_vien_chuan_bi",  # h13fixQC
    "h344_bien_ban_kiem_tra_pccc_cong_an_xa_ban_quet",  # h13fixQA
    "h352_phuong_an_le_hoi_xa_am_lich_ban_quet",  # h13fixQA
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h343
def h343_docx(h, path: Path) -> None:
    """A commune chairman's **urgent telegram** (công điện hỏa tốc) before a storm, saved as .rtf:
    addressed to posts (`Trưởng Công an xã`, `Trưởng các thôn`, `Hiệu trưởng các trường`), the issuing
    hour in the date line, deadlines with hours (`trước 17 giờ ngày 22/9/2027`), duties for the
    storm's duration and a daily quick report."""
    document = _document(13)
    document.add_paragraph("HỎA TỐC")
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ HẢI ĐÔNG", "Số: 03/CĐ-UBND"],
        "Hải Đông, 14 giờ 30 phút, ngày 22 tháng 9 năm 2027",
    )
    _paragraphs(
        document,
        [
            "CÔNG ĐIỆN",
            "Về việc chủ động ứng phó với bão số 6 và mưa lũ sau bão",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HẢI ĐÔNG điện:",
            "- Trưởng Công an xã; Chỉ huy trưởng Ban Chỉ huy Quân sự xã;",
            "- Trưởng phòng Kinh tế, Trưởng phòng Văn hóa - Xã hội, Chánh Văn phòng HĐND và UBND xã;",
            "- Trạm trưởng Trạm Y tế xã; Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn xã;",
            "- Trưởng các thôn: Đông Yên, Tân Hải, Phú Lợi, Bãi Ngang.",
            "Theo tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, hồi 07 giờ ngày 22/9/2027, vị trí tâm bão số 6 cách bờ biển tỉnh Quảng Hà khoảng 320 km về phía Đông, sức gió mạnh nhất vùng gần tâm bão cấp 11, giật cấp 13; dự báo bão đổ bộ vào đất liền trong đêm 23/9/2027. Thực hiện Công điện số 12/CĐ-UBND ngày 21/9/2027 của Chủ tịch UBND tỉnh, để chủ động ứng phó, bảo đảm an toàn tính mạng, tài sản của Nhân dân, Chủ tịch UBND xã yêu cầu:",
            "1. Trưởng các thôn:",
            "a) Kiểm đếm, thông báo, hướng dẫn chủ các tàu thuyền đang hoạt động trên biển di chuyển về nơi tránh trú an toàn; hoàn thành trước 17 giờ 00 ngày 22/9/2027, báo cáo số lượng về Ban Chỉ huy phòng thủ dân sự xã.",
            "b) Tổ chức sơ tán 146 hộ dân vùng thấp trũng, ven biển thuộc thôn Bãi Ngang, Tân Hải đến các điểm tránh trú tập trung; xong trước 12 giờ 00 ngày 23/9/2027. Kiên quyết không để người dân ở lại trên lồng bè, chòi canh.",
            "2. Chỉ huy trưởng Ban Chỉ huy Quân sự xã bố trí lực lượng dân quân thường trực 24/24 giờ tại các điểm xung yếu (đê Đông Yên, cầu tràn Phú Lợi) trong suốt thời gian bão, lũ; sẵn sàng xuồng, phao và phương tiện cứu hộ, cứu nạn.",
            "3. Trưởng Công an xã chủ trì, phối hợp Ban Chỉ huy Quân sự xã bảo đảm an ninh trật tự tại các điểm sơ tán, bảo vệ tài sản của Nhân dân; cắm biển cảnh báo, bố trí người hướng dẫn, cấm người và phương tiện qua lại ngầm tràn khi nước dâng cao.",
            "4. Hiệu trưởng các trường cho học sinh nghỉ học ngày 23/9 và ngày 24/9/2027; chằng chống phòng học, di chuyển thiết bị, hồ sơ lên tầng cao trước 17 giờ 00 ngày 22/9/2027.",
            "5. Trạm Y tế xã chuẩn bị cơ số thuốc, hóa chất xử lý nước, bố trí tổ cấp cứu lưu động tại các điểm sơ tán; tổ chức phun khử khuẩn môi trường khu dân cư bị ngập trong vòng 05 ngày kể từ khi nước rút.",
            "6. Phòng Văn hóa - Xã hội phối hợp Trưởng các thôn thông tin liên tục diễn biến của bão trên hệ thống truyền thanh xã, thôn (ít nhất 03 lần/ngày) và trang thông tin điện tử của xã.",
            "7. Phòng Kinh tế thống kê thiệt hại về người, nhà ở, tàu thuyền, sản xuất nông nghiệp, báo cáo Chủ tịch UBND xã trước 10 giờ 00 ngày 25/9/2027; tham mưu phương án khắc phục hậu quả.",
            "8. Văn phòng HĐND và UBND xã tổ chức trực ban 24/24 giờ; tổng hợp, báo cáo nhanh tình hình ứng phó về Ban Chỉ huy phòng thủ dân sự tỉnh trước 15 giờ 00 hằng ngày.",
            "Chủ tịch UBND xã yêu cầu Thủ trưởng các cơ quan, đơn vị và Trưởng các thôn nghiêm túc triển khai thực hiện Công điện này./.",
            "Nơi nhận: Như trên; Ban CH PTDS tỉnh (b/c); TT Đảng ủy, TT HĐND xã; CT, các PCT UBND xã; Lưu: VT.",
            "CHỦ TỊCH",
            "Võ Thanh Tùng",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h344
def h344_docx(h, path: Path) -> None:
    """A commune police **fire-safety inspection record** at a lower-secondary school (printed, then
    scanned): the hour and place, the inspectors and the school's representatives, findings and
    shortcomings (no items), then `III. KIẾN NGHỊ, YÊU CẦU` addressed to the school (the inspected
    body leads), one due counted from the inspection day, the police's own follow-up check."""
    document = _document(13)
    h.national_header(
        document,
        ["CÔNG AN TỈNH LÂM NGUYÊN", "CÔNG AN XÃ TÂN PHÚ", "Số: 27/BB-CAX"],
        "",
    )
    _paragraphs(
        document,
        [
            "BIÊN BẢN KIỂM TRA",
            "An toàn về phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "Hồi 08 giờ 30 phút, ngày 14 tháng 10 năm 2027, tại Trường Trung học cơ sở Tân Phú (thôn 3, xã Tân Phú, tỉnh Lâm Nguyên).",
            "Căn cứ Kế hoạch số 41/KH-CAX ngày 02/10/2027 của Công an xã Tân Phú về kiểm tra an toàn phòng cháy, chữa cháy đối với cơ sở giáo dục năm học 2027 - 2028.",
            "Chúng tôi gồm:",
            "1. Đoàn kiểm tra: Thượng úy Nguyễn Văn Hậu, Phó Trưởng Công an xã - Trưởng đoàn; Trung úy Lò Thị Bích, cán bộ Công an xã.",
            "2. Đại diện cơ sở: Bà Lê Thị Thu Hà, Hiệu trưởng; Ông Phạm Đức Long, nhân viên bảo vệ, Đội trưởng Đội PCCC cơ sở.",
            "Đã tiến hành kiểm tra an toàn về phòng cháy, chữa cháy tại cơ sở, kết quả như sau:",
            "I. TÌNH HÌNH, KẾT QUẢ KIỂM TRA",
            "1. Cơ sở có 03 dãy nhà học 2 tầng, 01 nhà đa năng, 01 nhà hiệu bộ; 712 học sinh, 46 cán bộ, giáo viên, nhân viên.",
            "2. Hồ sơ quản lý về PCCC: có Quyết định thành lập Đội PCCC cơ sở (12 người), có nội quy, tiêu lệnh tại các dãy nhà; phương án chữa cháy của cơ sở lập năm 2024, chưa cập nhật.",
            "3. Phương tiện: 14 bình chữa cháy xách tay (08 bình bột, 06 bình khí CO2), 01 máy bơm chữa cháy; bể nước 40 m3.",
            "II. NHỮNG TỒN TẠI, THIẾU SÓT",
            "- Dãy phòng học B và phòng thí nghiệm chưa trang bị bình chữa cháy; 03 bình bột quá hạn kiểm định.",
            "- Hệ thống điện nhà đa năng xuống cấp, dây dẫn không đi trong ống bảo vệ.",
            "- Học sinh để xe đạp tại chân cầu thang dãy A, lấn chiếm lối thoát nạn.",
            "- Đội PCCC cơ sở chưa được huấn luyện nghiệp vụ lại từ năm 2025.",
            "III. KIẾN NGHỊ, YÊU CẦU",
            "Đoàn kiểm tra yêu cầu Trường Trung học cơ sở Tân Phú:",
            "1. Bổ sung 06 bình chữa cháy xách tay tại dãy phòng học B, phòng thí nghiệm; nạp lại 03 bình quá hạn. Thời hạn: 15 ngày kể từ ngày kiểm tra.",
            "2. Thay thế toàn bộ dây dẫn điện nhà đa năng, lắp đặt aptomat chống giật; hoàn thành trước ngày 30/11/2027.",
            "3. Cập nhật phương án chữa cháy của cơ sở, gửi Công an xã phê duyệt trước ngày 31/10/2027.",
            "4. Tổ chức huấn luyện nghiệp vụ PCCC cho Đội PCCC cơ sở và thực tập phương án chữa cháy ít nhất 01 lần trước khi kết thúc học kỳ I (ngày 15/01/2028).",
            "5. Thường xuyên duy trì lối thoát nạn thông thoáng; bố trí lại khu vực để xe của học sinh.",
            "6. Định kỳ hằng quý tự kiểm tra an toàn PCCC, ghi sổ theo dõi.",
            "7. Báo cáo kết quả khắc phục các tồn tại nêu trên bằng văn bản về Công an xã trước ngày 05/12/2027.",
            "Công an xã Tân Phú sẽ kiểm tra lại việc khắc phục của cơ sở trong tháng 12/2027.",
            "IV. Ý KIẾN CỦA ĐẠI DIỆN CƠ SỞ",
            "Nhất trí với nội dung biên bản. Nhà trường cam kết khắc phục đúng thời hạn; đề nghị Công an xã hỗ trợ hướng dẫn huấn luyện cho Đội PCCC cơ sở.",
            "Biên bản kết thúc hồi 10 giờ 45 phút cùng ngày, lập thành 02 bản có giá trị như nhau, đã đọc lại cho mọi người cùng nghe và nhất trí ký tên dưới đây.",
            "ĐẠI DIỆN CƠ SỞ                    TRƯỞNG ĐOÀN KIỂM TRA",
            "Lê Thị Thu Hà                       Nguyễn Văn Hậu",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h345
def h345_docx(h, path: Path) -> None:
    """A district-area hospital's **meeting invitation** (giấy mời) saved as .odt: `Thời gian:` /
    `Địa điểm:` / `Thành phần:` fields and the agenda (no items), then the preparations asked of the
    departments, two dues counted back from the meeting day (working days, calendar days) and one
    counted forward from it."""
    document = _document(13)
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH PHÚ LÂM", "BỆNH VIỆN ĐA KHOA KHU VỰC NAM PHÚ", "Số: 214/GM-BV"],
        "Nam Phú, ngày 06 tháng 10 năm 2027",
    )
    _paragraphs(
        document,
        [
            "GIẤY MỜI",
            "Họp Hội đồng Thuốc và Điều trị quý IV năm 2027",
            "Giám đốc Bệnh viện trân trọng kính mời:",
            "- Các thành viên Hội đồng Thuốc và Điều trị (theo Quyết định số 35/QĐ-BV ngày 10/01/2027);",
            "- Trưởng khoa, Điều dưỡng trưởng các khoa lâm sàng.",
            "Thời gian: 14 giờ 00, thứ Năm, ngày 21/10/2027.",
            "Địa điểm: Hội trường tầng 3, nhà A, Bệnh viện Đa khoa khu vực Nam Phú.",
            "Chủ trì: BSCKII. Hồ Văn Thắng, Giám đốc Bệnh viện, Chủ tịch Hội đồng.",
            "Nội dung:",
            "1. Đánh giá tình hình sử dụng thuốc quý III/2027; kết quả phân tích ABC/VEN.",
            "2. Xem xét danh mục thuốc đề nghị bổ sung, loại bỏ khỏi danh mục thuốc bệnh viện.",
            "3. Báo cáo phản ứng có hại của thuốc (ADR) và sai sót trong sử dụng thuốc.",
            "Để chuẩn bị nội dung cuộc họp, đề nghị:",
            "- Khoa Dược tổng hợp báo cáo sử dụng thuốc quý III/2027 (giá trị, cơ cấu nhóm thuốc, thuốc ngoài danh mục), gửi các thành viên Hội đồng trước ngày 18/10/2027.",
            "- Các khoa lâm sàng đăng ký danh mục thuốc đề nghị bổ sung (theo Mẫu 01 kèm theo), gửi Khoa Dược chậm nhất 05 ngày làm việc trước ngày họp.",
            '- Phòng Điều dưỡng tổng hợp kết quả giám sát việc thực hiện "5 đúng" khi dùng thuốc cho người bệnh, gửi Khoa Dược trước ngày 15/10/2027.',
            "- Phòng Tài chính - Kế toán cung cấp số liệu chi phí thuốc thanh toán bảo hiểm y tế 9 tháng năm 2027 và dự báo vượt trần, gửi Khoa Dược trước ngày 15/10/2027.",
            "- Tổ Dược lâm sàng (Khoa Dược) trình bày 03 ca ADR ghi nhận trong quý III tại cuộc họp.",
            "- Phòng Kế hoạch tổng hợp (thường trực Hội đồng) chuẩn bị hội trường, dự thảo biên bản; gửi tài liệu họp trên phần mềm quản lý văn bản trước ngày họp 02 ngày.",
            "Sau cuộc họp, Khoa Dược hoàn thiện danh mục thuốc bổ sung theo kết luận của Hội đồng, trình Giám đốc phê duyệt trong vòng 07 ngày.",
            "Đề nghị các thành viên dự họp đầy đủ, đúng giờ; trường hợp vắng mặt báo cáo Chủ tịch Hội đồng và cử người dự thay./.",
            "Nơi nhận: Như trên; Ban Giám đốc; Lưu: VT, KHTH.",
            "GIÁM ĐỐC",
            "Hồ Văn Thắng",
            "Kèm theo: Mẫu 01 - Phiếu đề nghị bổ sung thuốc vào danh mục.",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h346
def h346_xlsx(h, path: Path) -> None:
    """A health centre's **fire drill plan** as a two-sheet workbook (saved as .xls): `Phan cong`, the
    preparations with a unit and a person column and dues relative to the drill day the title prints
    (`Trước diễn tập 01 ngày`, `Trong 05 ngày làm việc sau diễn tập`); `Kich ban`, the drill's
    minute-by-minute script on that day (hours, no items)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Phan cong"
    h.sheet_title_rows(
        sheet,
        [
            "TRUNG TÂM Y TẾ KHU VỰC SƠN HÀ",
            "KẾ HOẠCH DIỄN TẬP PHƯƠNG ÁN CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ NĂM 2027",
            "Thời gian diễn tập: 07 giờ 30, thứ Sáu, ngày 19/11/2027 - Địa điểm: Khu nhà điều trị nội trú 3 tầng",
            "BẢNG PHÂN CÔNG CHUẨN BỊ",
        ],
        6,
    )
    sheet.append(
        [
            "STT",
            "Nội dung công việc",
            "Bộ phận thực hiện",
            "Người phụ trách",
            "Thời hạn hoàn thành",
            "Ghi chú",
        ]
    )
    _bold_header(sheet, 5)
    rows = [
        [
            "1",
            "Xây dựng kịch bản diễn tập, trình Giám đốc phê duyệt",
            "Phòng Tổ chức - Hành chính",
            "CN. Đặng Văn Lợi",
            "29/10/2027",
            "",
        ],
        [
            "2",
            "Kiểm tra, bảo dưỡng bình chữa cháy, họng nước vách tường, máy bơm",
            "Tổ Bảo vệ - Điện nước",
            "Ông Trần Quốc Việt",
            "05/11/2027",
            "",
        ],
        [
            "3",
            "Mời Đội Cảnh sát PCCC và CNCH khu vực phối hợp; thống nhất lực lượng, phương tiện tham gia",
            "Phòng Tổ chức - Hành chính",
            "CN. Đặng Văn Lợi",
            "05/11/2027",
            "Có văn bản gửi Công an tỉnh",
        ],
        [
            "4",
            "Chuẩn bị cáng, túi sơ cứu, xe cứu thương cho tình huống cứu nạn",
            "Khoa Cấp cứu - Hồi sức tích cực",
            "BS. Lý Thị Hạnh",
            "15/11/2027",
            "",
        ],
        [
            "5",
            "Thông báo cho người bệnh, người nhà người bệnh về thời gian diễn tập; bố trí khu vực tập kết an toàn",
            "Phòng Điều dưỡng",
            "ĐD. Mai Thị Thoa",
            "Trước diễn tập 01 ngày",
            "Các khoa lâm sàng phối hợp",
        ],
        [
            "6",
            "Dựng mô hình đám cháy giả định, căng dây ranh giới khu vực diễn tập",
            "Tổ Bảo vệ - Điện nước",
            "Ông Trần Quốc Việt",
            "Chiều 18/11/2027",
            "",
        ],
        [
            "7",
            "Tổ chức diễn tập theo kịch bản (sheet Kich ban)",
            "Ban Chỉ huy diễn tập",
            "Giám đốc Trung tâm",
            "19/11/2027",
            "Toàn thể viên chức, người lao động tham gia",
        ],
        [
            "8",
            "Họp rút kinh nghiệm; báo cáo kết quả diễn tập về Sở Y tế, Công an xã Sơn Hà",
            "Phòng Tổ chức - Hành chính",
            "CN. Đặng Văn Lợi",
            "Trong 05 ngày làm việc sau diễn tập",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for letter, width in zip("ABCDEF", [6, 56, 28, 22, 22, 30], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, 6)

    script = book.create_sheet("Kich ban")
    h.sheet_title_rows(
        script,
        [
            "KỊCH BẢN DIỄN TẬP (ngày 19/11/2027)",
            "Tình huống: cháy tại kho vật tư tầng 2, khu nhà điều trị nội trú",
        ],
        4,
    )
    script.append(
        ["Thời gian", "Diễn biến tình huống / hoạt động", "Lực lượng thực hiện", "Hiệu lệnh, tín hiệu"]
    )
    _bold_header(script, 3)
    for row in [
        [
            "07h30 - 07h40",
            "Tập trung lực lượng, phổ biến kịch bản, kiểm tra phương tiện",
            "Ban Chỉ huy diễn tập",
            "",
        ],
        [
            "07h40",
            "Phát hiện khói tại kho vật tư tầng 2; hô hoán, báo động",
            "Điều dưỡng trực khoa Nội",
            "Kẻng báo cháy liên hồi",
        ],
        ["07h41 - 07h45", "Ngắt điện khu vực cháy; dùng bình chữa cháy tại chỗ", "Tổ Bảo vệ - Điện nước", ""],
        ["07h42", "Gọi 114 báo cháy", "Phòng Tổ chức - Hành chính", "Điện thoại 114"],
        [
            "07h45 - 08h00",
            "Sơ tán người bệnh theo cầu thang bộ về khu vực tập kết",
            "Phòng Điều dưỡng; các khoa lâm sàng",
            "Loa cầm tay",
        ],
        [
            "08h00 - 08h15",
            "Cứu nạn 01 người mắc kẹt, sơ cứu và chuyển cấp cứu",
            "Khoa Cấp cứu - Hồi sức tích cực; Đội CS PCCC và CNCH",
            "",
        ],
        [
            "08h15 - 08h30",
            "Dập tắt đám cháy, kiểm tra hiện trường; kết thúc diễn tập",
            "Đội CS PCCC và CNCH khu vực",
            "Còi dài 03 hồi",
        ],
    ]:
        script.append(row)
    for letter, width in zip("ABCD", [16, 56, 40, 22], strict=True):
        script.column_dimensions[letter].width = width
    _wrap(script, 4)
    book.save(path)


# -------------------------------------------------------------------------------------------- h347
def h347_docx(h, path: Path) -> None:
    """A **coordination programme** (chương trình phối hợp) of a ward's Women's Union and the ward's
    police for 2027–2030, saved as .doc: two issuers side by side, aims and areas (no items), each
    party's duties under its own heading (the party is not repeated in the lines), joint duties of
    `Hai bên`, a rotating half-yearly meeting, a mid-term review and a final review years ahead."""
    document = _document(13)
    table = document.add_table(rows=3, cols=2)
    for row, (left, right) in enumerate(
        [
            ("HỘI LHPN PHƯỜNG BÌNH AN", "CÔNG AN PHƯỜNG BÌNH AN"),
            ("Số: 05/CTrPH-HPN", "Số: 12/CTrPH-CAP"),
            ("", "Bình An, ngày 15 tháng 3 năm 2027"),
        ]
    ):
        table.cell(row, 0).text = left
        table.cell(row, 1).text = right
    _paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH PHỐI HỢP",
            "Về bảo đảm an ninh trật tự, phòng, chống bạo lực gia đình và mua bán người giai đoạn 2027 - 2030",
            "Căn cứ Luật Công an nhân dân; Điều lệ Hội Liên hiệp Phụ nữ Việt Nam; Chương trình phối hợp số 01/CTrPH ngày 20/01/2027 giữa Công an tỉnh và Hội Liên hiệp Phụ nữ tỉnh Đồng Khê, Hội Liên hiệp Phụ nữ phường Bình An và Công an phường Bình An thống nhất Chương trình phối hợp như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Phát huy vai trò của hội viên, phụ nữ trong phong trào toàn dân bảo vệ an ninh Tổ quốc; phối hợp chặt chẽ, thường xuyên, đúng chức năng, nhiệm vụ của mỗi bên.",
            "II. NỘI DUNG PHỐI HỢP",
            "Tuyên truyền, phổ biến pháp luật; phòng ngừa bạo lực gia đình, mua bán người, lừa đảo trên không gian mạng; xây dựng, nhân rộng mô hình tự quản về an ninh trật tự tại khu dân cư; hỗ trợ nạn nhân và người chấp hành xong án phạt tù tái hòa nhập cộng đồng.",
            "III. TRÁCH NHIỆM CỦA MỖI BÊN",
            "1. Hội Liên hiệp Phụ nữ phường",
            "a) Chủ trì tổ chức tuyên truyền pháp luật về phòng, chống bạo lực gia đình, mua bán người tại các chi hội phụ nữ tổ dân phố, ít nhất 02 buổi mỗi năm.",
            'b) Xây dựng mới 03 mô hình "Tổ phụ nữ tự quản về an ninh trật tự" tại tổ dân phố 4, 7 và 9 trong năm 2027.',
            "c) Chỉ đạo các chi hội thường xuyên nắm tình hình, kịp thời cung cấp cho Công an phường thông tin về hội viên có dấu hiệu bị bạo lực, bị lôi kéo, lừa đảo.",
            "2. Công an phường",
            "a) Cử cán bộ làm báo cáo viên tại các buổi tuyên truyền do Hội tổ chức, theo đề nghị của Hội.",
            "b) Tập huấn kỹ năng phát hiện, tố giác tội phạm cho Ban Chấp hành các chi hội phụ nữ, hoàn thành trong quý II/2027.",
            "c) Chủ trì, phối hợp Hội Liên hiệp Phụ nữ phường biên soạn tài liệu hỏi - đáp về phòng, chống lừa đảo qua mạng, phát hành trước ngày 20/10/2027.",
            "3. Trách nhiệm chung",
            "Hằng năm, hai bên xây dựng kế hoạch phối hợp cụ thể, ban hành trong tháng 01.",
            "IV. CHẾ ĐỘ GIAO BAN, SƠ KẾT, TỔNG KẾT",
            "1. Định kỳ 6 tháng, hai bên tổ chức giao ban đánh giá kết quả phối hợp, luân phiên chủ trì (Hội Liên hiệp Phụ nữ phường chủ trì lần đầu vào tháng 6/2027).",
            "2. Tháng 12/2028, hai bên sơ kết giữa kỳ thực hiện Chương trình.",
            "3. Quý IV/2030, tổng kết Chương trình, đề xuất khen thưởng tập thể, cá nhân có thành tích.",
            "Chương trình có hiệu lực kể từ ngày ký; trong quá trình thực hiện, nếu cần sửa đổi, bổ sung, hai bên trao đổi, thống nhất bằng văn bản./.",
        ],
    )
    signature = document.add_table(rows=3, cols=2)
    for row, (left, right) in enumerate(
        [
            ("T/M BAN THƯỜNG VỤ HỘI LHPN PHƯỜNG", "TRƯỞNG CÔNG AN PHƯỜNG"),
            ("CHỦ TỊCH", ""),
            ("Đinh Thị Hồng Nhung", "Thiếu tá Trịnh Văn Quang"),
        ]
    ):
        signature.cell(row, 0).text = left
        signature.cell(row, 1).text = right
    _paragraphs(
        document,
        [
            "Nơi nhận: Hội LHPN tỉnh, Công an tỉnh (b/c); Đảng ủy, UBND phường (b/c); các chi hội phụ nữ; Lưu: HPN, CAP."
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h349
def h349_xlsx(h, path: Path) -> None:
    """A primary school's **internal inspection plan** for the school year (saved as .ods): a month
    column merged down over its rows, the year printed only where it changes (`Tháng 9/2027`, then
    `Tháng 10` …, `Tháng 01/2028`, then `Tháng 3` …), a `Cả năm học` row, a Tết row, an `Đối tượng`
    column (the inspected, never the lead), a `Bộ phận thực hiện` and a `Người phụ trách` column."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "KTNB 2027-2028"
    h.sheet_title_rows(
        sheet,
        [
            "TRƯỜNG TIỂU HỌC HÒA BÌNH",
            "KẾ HOẠCH KIỂM TRA NỘI BỘ NĂM HỌC 2027 - 2028",
            "(Kèm theo Kế hoạch số 58/KH-THHB ngày 20/9/2027 của Hiệu trưởng)",
        ],
        7,
    )
    sheet.append(
        ["Tháng", "TT", "Nội dung kiểm tra", "Đối tượng", "Bộ phận thực hiện", "Người phụ trách", "Ghi chú"]
    )
    _bold_header(sheet, 4)
    rows = [
        [
            "Tháng 9/2027",
            "1",
            "Kiểm tra hồ sơ, kế hoạch giáo dục của tổ chuyên môn, giáo viên",
            "03 tổ chuyên môn; 24 giáo viên",
            "Ban Kiểm tra nội bộ",
            "Phó Hiệu trưởng",
            "Hoàn thành trước 30/9",
        ],
        [
            "",
            "2",
            "Kiểm tra cơ sở vật chất, vệ sinh trường lớp đầu năm học",
            "Các điểm trường",
            "Tổ Văn phòng",
            "Hiệu trưởng",
            "",
        ],
        [
            "Tháng 10",
            "3",
            "Kiểm tra hoạt động sư phạm nhà giáo (dự 02 tiết/giáo viên)",
            "04 giáo viên",
            "Ban Kiểm tra nội bộ",
            "Phó Hiệu trưởng",
            "Đợt 1",
        ],
        [
            "Tháng 11",
            "4",
            "Kiểm tra chuyên đề dạy học môn Tiếng Việt lớp 1",
            "Giáo viên khối 1",
            "Tổ chuyên môn 1 - 2 - 3",
            "Tổ trưởng",
            "",
        ],
        [
            "Tháng 12",
            "5",
            "Kiểm tra công tác thu, chi, quản lý tài sản, công khai tài chính",
            "Kế toán, thủ quỹ",
            "Ban Kiểm tra nội bộ",
            "Hiệu trưởng",
            "Phối hợp Ban Thanh tra nhân dân",
        ],
        [
            "Tháng 01/2028",
            "6",
            "Kiểm tra việc ra đề, coi, chấm kiểm tra định kỳ cuối học kỳ I",
            "Khối 4, khối 5",
            "Tổ chuyên môn 4 - 5",
            "Tổ trưởng",
            "",
        ],
        ["Tháng 02", "", "Nghỉ Tết Nguyên đán Mậu Thân", "", "", "", ""],
        [
            "Tháng 3",
            "7",
            "Kiểm tra thư viện, thiết bị dạy học",
            "Nhân viên thư viện - thiết bị",
            "Tổ Văn phòng",
            "Phó Hiệu trưởng",
            "",
        ],
        [
            "Tháng 4",
            "8",
            "Kiểm tra hoạt động sư phạm nhà giáo (dự 02 tiết/giáo viên)",
            "04 giáo viên",
            "Ban Kiểm tra nội bộ",
            "Phó Hiệu trưởng",
            "Đợt 2",
        ],
        [
            "Tháng 5",
            "9",
            "Tổng hợp kết quả kiểm tra nội bộ, báo cáo Hiệu trưởng; lưu hồ sơ kiểm tra",
            "",
            "Ban Kiểm tra nội bộ",
            "Phó Hiệu trưởng",
            "Trước 25/5/2028",
        ],
        [
            "Cả năm học",
            "10",
            "Kiểm tra đột xuất việc thực hiện quy chế chuyên môn, nề nếp dạy học",
            "Giáo viên",
            "Ban Kiểm tra nội bộ",
            "Hiệu trưởng",
            "Không báo trước",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells(start_row=5, start_column=1, end_row=6, end_column=1)
    sheet.append([])
    sheet.append(
        [
            "",
            "",
            "Ban Kiểm tra nội bộ lập biên bản sau mỗi lần kiểm tra; người được kiểm tra được thông báo kết quả trong 05 ngày làm việc.",
        ]
    )
    for letter, width in zip("ABCDEFG", [14, 5, 52, 26, 24, 18, 26], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, 5)
    book.save(path)


# -------------------------------------------------------------------------------------------- h350
def h350_xlsx(h, path: Path) -> None:
    """A ward Red Cross's **Humanitarian Month** plan (saved as .xls): a target column, a time
    column of days without a year, a span, an event day in parentheses, `Khởi công … bàn giao …`,
    units as branch lists (`Chi hội khu phố 1, 3, 5`), two money columns, a total row and a closing
    request below."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Thang Nhan dao 2028"
    h.sheet_title_rows(
        sheet,
        [
            "HỘI CHỮ THẬP ĐỎ PHƯỜNG LONG THẠNH",
            "KẾ HOẠCH HOẠT ĐỘNG THÁNG NHÂN ĐẠO NĂM 2028",
            'Chủ đề: "Chung tay vì cộng đồng - Vì người nghèo, nạn nhân chất độc da cam"',
        ],
        7,
    )
    sheet.append(
        [
            "TT",
            "Hoạt động",
            "Chỉ tiêu",
            "Thời gian",
            "Đơn vị thực hiện",
            "Kinh phí dự kiến (đồng)",
            "Nguồn kinh phí",
        ]
    )
    _bold_header(sheet, 4)
    rows = [
        [
            "1",
            "Xây dựng kế hoạch, hướng dẫn các chi hội triển khai Tháng Nhân đạo",
            "",
            "Trước 25/4",
            "Ban Thường vụ Hội",
            None,
            "",
        ],
        [
            "2",
            "Lễ phát động Tháng Nhân đạo kết hợp hiến máu tình nguyện",
            "150 đơn vị máu",
            "Ngày 08/5 (Ngày Chữ thập đỏ thế giới)",
            "Ban Thường vụ Hội; Trạm Y tế phường phối hợp",
            12000000,
            "Ngân sách phường",
        ],
        [
            "3",
            "Treo băng rôn, tuyên truyền trên loa truyền thanh khu phố",
            "12 khu phố",
            "02/5 - 15/5",
            "Các chi hội khu phố",
            3600000,
            "Quỹ Hội",
        ],
        [
            "4",
            "Khám bệnh, cấp thuốc miễn phí cho người cao tuổi, người khuyết tật",
            "300 lượt người",
            "Chủ nhật 21/5",
            "Đội Tình nguyện viên y tế chữ thập đỏ",
            45000000,
            "Xã hội hóa",
        ],
        [
            "5",
            "Trao quà cho hộ nghèo, trẻ em mồ côi",
            "20 suất",
            "Trong tháng 5",
            "Chi hội khu phố 1, 3, 5",
            10000000,
            "Quỹ Hội",
        ],
        [
            "6",
            'Hỗ trợ xây dựng 01 "Nhà nhân đạo" cho hộ bà Nguyễn Thị Lành (khu phố 6)',
            "01 nhà",
            "Khởi công 10/5, bàn giao trước 30/6",
            "Ban Thường vụ Hội; Chi hội khu phố 6",
            80000000,
            "Xã hội hóa",
        ],
        [
            "7",
            "Tập huấn sơ cấp cứu ban đầu cho tình nguyện viên",
            "40 người",
            "27/5",
            "Đội Thanh niên xung kích chữ thập đỏ",
            6000000,
            "Quỹ Hội",
        ],
        [
            "8",
            "Tổng hợp, báo cáo kết quả Tháng Nhân đạo về Hội Chữ thập đỏ tỉnh",
            "",
            "Trước ngày 10/6/2028",
            "Văn phòng Hội",
            None,
            "",
        ],
        ["", "Tổng cộng", "", "", "", 156600000, ""],
    ]
    for row in rows:
        sheet.append(row)
        sheet.cell(sheet.max_row, 6).number_format = "#,##0"
    sheet.append([])
    sheet.append(
        ["", "Các chi hội báo cáo kết quả thực hiện về Văn phòng Hội trước ngày 05/6/2028 để tổng hợp."]
    )
    sheet.append(["", "Ngày 10 tháng 4 năm 2028 - T/M BAN THƯỜNG VỤ - CHỦ TỊCH - Huỳnh Thị Kim Loan"])
    for letter, width in zip("ABCDEFG", [5, 52, 16, 30, 34, 18, 18], strict=True):
        sheet.column_dimensions[letter].width = width
    _wrap(sheet, 5)
    book.save(path)


# -------------------------------------------------------------------------------------------- h351
def h351_docx(h, path: Path) -> None:
    """A kindergarten's **minutes of the teachers' council** (saved as .doc): time, place, attendance,
    the head's report and the teachers' proposals in the discussion (no items), then the chair's
    conclusions assigning the preparations for the school year, one to a named deputy head (a
    person), one to every class teacher, one due the opening day named by the ceremony."""
    document = _document(13)
    h.national_header(
        document,
        ["UBND PHƯỜNG HÒA XUÂN", "TRƯỜNG MẦM NON HOA SEN", ""],
        "Hòa Xuân, ngày 20 tháng 8 năm 2027",
    )
    _paragraphs(
        document,
        [
            "BIÊN BẢN",
            "Họp Hội đồng sư phạm tháng 8 năm 2027",
            "Thời gian: 08 giờ 00, ngày 20/8/2027. Địa điểm: Phòng họp Trường Mầm non Hoa Sen.",
            "Thành phần: 28/30 cán bộ, giáo viên, nhân viên (vắng 02, có lý do: cô Lưu Thị Nhàn nghỉ thai sản, cô Võ Thị Mỹ đi học).",
            "Chủ tọa: Bà Phan Thị Ngọc Diệp, Hiệu trưởng. Thư ký: Cô Đoàn Thị Yến.",
            "I. NỘI DUNG",
            "1. Hiệu trưởng thông qua dự thảo Kế hoạch giáo dục năm học 2027 - 2028: 14 nhóm, lớp, 412 trẻ; phấn đấu 100% trẻ được bảo đảm an toàn, tỷ lệ trẻ suy dinh dưỡng dưới 3%.",
            "2. Ý kiến thảo luận:",
            "- Cô Trần Thị Mai (Tổ trưởng Tổ Mẫu giáo) đề nghị bổ sung đồ chơi ngoài trời cho khu B và sớm sửa mái tôn phòng học lớp Lá 2.",
            "- Cô Nguyễn Thị Thủy (Tổ Nuôi dưỡng) đề xuất đổi đơn vị cung cấp rau vì chưa có giấy chứng nhận an toàn thực phẩm.",
            "- Thầy Lê Văn Sơn (Bí thư Chi đoàn) đề nghị Chi đoàn được tham gia trang trí cổng trường cho Lễ khai giảng.",
            "II. KẾT LUẬN CỦA CHỦ TỌA",
            "Hội đồng thống nhất 100% thông qua Kế hoạch giáo dục năm học 2027 - 2028. Hiệu trưởng kết luận và giao nhiệm vụ:",
            "1. Tổ Văn phòng hoàn thành sửa chữa mái tôn, sơn lại 04 phòng học khu B, vệ sinh toàn trường trước ngày 28/8/2027.",
            "2. Tổ Nhà trẻ, Tổ Mẫu giáo xây dựng kế hoạch giáo dục năm học của tổ, nộp Phó Hiệu trưởng phụ trách chuyên môn trước ngày 03/9/2027.",
            "3. Tổ Nuôi dưỡng ký hợp đồng cung ứng thực phẩm với đơn vị có giấy chứng nhận đủ điều kiện an toàn thực phẩm, xong trước ngày 30/8/2027.",
            "4. Giáo viên chủ nhiệm các nhóm, lớp trang trí lớp, hoàn thiện hồ sơ trẻ, tổ chức họp phụ huynh đầu năm học trước ngày 10/9/2027.",
            "5. Bộ phận Kế toán niêm yết công khai các khoản thu, mức thu năm học 2027 - 2028 tại bảng tin nhà trường trước Lễ khai giảng.",
            "6. Đồng chí Nguyễn Thu Hằng, Phó Hiệu trưởng, chủ trì xây dựng chương trình và tổ chức Lễ khai giảng năm học mới vào ngày 05/9/2027; Chi đoàn phối hợp trang trí.",
            '7. Công đoàn trường phối hợp Chi đoàn phát động phong trào thi đua "Dạy tốt - Học tốt", tổng hợp đăng ký thi đua của cá nhân, tập thể, gửi Hiệu trưởng trước ngày 15/9/2027.',
            "Cuộc họp kết thúc lúc 11 giờ 00 cùng ngày; biên bản đã được thông qua trước Hội đồng.",
            "THƯ KÝ                                CHỦ TỌA",
            "Đoàn Thị Yến                          Phan Thị Ngọc Diệp",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h352
def h352_docx(h, path: Path) -> None:
    """A commune festival's organising board's **arrangement plan** (phương án), printed and scanned
    over two pages: the festival's days in the lunar calendar with the solar days in parentheses, tasks
    under subcommittee headings that name their head (`Trưởng tiểu ban: …`), a task dated by a lunar
    day only, duties `trong các ngày diễn ra lễ hội`, a closing request to every subcommittee and a
    settlement due on 29/02/2028 (a leap day)."""
    from docx.enum.text import WD_BREAK

    document = _document(13)
    h.national_header(
        document,
        ["UBND XÃ AN LẠC", "BAN TỔ CHỨC LỄ HỘI", "ĐỀN THƯỢNG NĂM 2028", "Số: 02/PA-BTC"],
        "An Lạc, ngày 28 tháng 12 năm 2027",
    )
    _paragraphs(
        document,
        [
            "PHƯƠNG ÁN",
            "Tổ chức Lễ hội Đền Thượng xuân Mậu Thân năm 2028",
            "Thực hiện Quyết định số 215/QĐ-UBND ngày 10/12/2027 của UBND xã An Lạc về việc thành lập Ban Tổ chức Lễ hội Đền Thượng năm 2028, Ban Tổ chức xây dựng Phương án như sau:",
            "I. THỜI GIAN, ĐỊA ĐIỂM",
            "Lễ hội diễn ra từ ngày 09 đến ngày 12 tháng Giêng năm Mậu Thân (từ ngày 03/02 đến ngày 06/02/2028); khai hội vào 08 giờ 00 ngày 10 tháng Giêng (ngày 04/02/2028) tại khu di tích Đền Thượng, thôn Thượng Lạc.",
            "II. PHÂN CÔNG NHIỆM VỤ",
            "1. Tiểu ban Nội dung - Lễ nghi (Trưởng tiểu ban: đồng chí Phó Chủ tịch UBND xã)",
            "- Xây dựng kịch bản phần lễ (rước kiệu, tế nữ quan, dâng hương), tổ chức tổng duyệt vào chiều ngày 09 tháng Giêng (ngày 03/02/2028).",
            "2. Tiểu ban Hậu cần - Tài chính (Trưởng tiểu ban: Giám đốc Trung tâm Dịch vụ tổng hợp xã)",
            "- Lập dự toán kinh phí (khoảng 380 triệu đồng từ nguồn xã hội hóa), trình Ban Tổ chức trước ngày 10/01/2028.",
            "- Lắp đặt sân khấu, âm thanh, ánh sáng; quy hoạch khu gian hàng, dịch vụ; hoàn thành trước ngày 01/02/2028.",
            "3. Tiểu ban An ninh - Trật tự (Trưởng tiểu ban: Trưởng Công an xã)",
            "- Xây dựng phương án bảo đảm an ninh trật tự, phòng cháy chữa cháy, phân luồng giao thông và bãi đỗ xe, trình Trưởng Ban Tổ chức trước ngày 20/01/2028.",
            "- Bố trí lực lượng trực 24/24 giờ tại khu di tích trong các ngày diễn ra lễ hội.",
            "4. Tiểu ban Tuyên truyền - Văn nghệ - Thể thao (Trưởng tiểu ban: Trưởng phòng Văn hóa - Xã hội)",
            "- Tuyên truyền về lễ hội trên hệ thống truyền thanh và trang thông tin điện tử của xã từ ngày 15/01/2028 đến khi kết thúc lễ hội.",
            "- Tổ chức giải kéo co, đấu vật, bóng chuyền hơi truyền thống vào ngày 11 tháng Giêng.",
            "5. Trạm Y tế xã",
            "- Bố trí tổ y tế thường trực, xe cứu thương tại khu lễ hội trong các ngày diễn ra lễ hội; kiểm tra an toàn thực phẩm tại các gian hàng ăn uống.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các tiểu ban xây dựng kế hoạch chi tiết, gửi Ban Tổ chức (qua Văn phòng HĐND và UBND xã) trước ngày 15/01/2028.",
            "Tiểu ban Hậu cần - Tài chính quyết toán kinh phí lễ hội, công khai các khoản thu, chi từ nguồn xã hội hóa trước ngày 29/02/2028.",
            "Nơi nhận: TT Đảng ủy, HĐND, UBND xã (b/c); Thành viên Ban Tổ chức; Ban Quản lý di tích Đền Thượng; Lưu: VT.",
            "TRƯỞNG BAN",
            "PHÓ CHỦ TỊCH UBND XÃ",
            "Bùi Văn Đạt",
        ],
    )
    # the scanned copy is two pages: the break falls inside part II
    paragraphs = document.paragraphs
    for paragraph in paragraphs:
        if paragraph.text.startswith("3. Tiểu ban An ninh"):
            paragraph.insert_paragraph_before("").add_run().add_break(WD_BREAK.PAGE)
            break
    document.save(path)


def batch_h343() -> None:
    """Writes h343–h352's binaries (h348's .csv is written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    if not shutil.which("soffice"):
        print(
            "soffice not found: the .rtf, .pdf, .odt, .xls, .doc and .ods were not regenerated",
            file=sys.stderr,
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h343_docx, "h343_cong_dien_ubnd_xa_bao_gio_han.docx", "rtf"),
                (h345_docx, "h345_giay_moi_hop_hdt_benh_vien_chuan_bi.docx", "odt"),
                (h346_xlsx, "h346_kh_dien_tap_pccc_ttyt_kich_ban_hai_sheet.xlsx", "xls"),
                (h347_docx, "h347_ctr_phoi_hop_hoi_phu_nu_cong_an_phuong.docx", "doc"),
                (h349_xlsx, "h349_kh_kiem_tra_noi_bo_tieu_hoc_thang_gop.xlsx", "ods"),
                (h350_xlsx, "h350_kh_thang_nhan_dao_chu_thap_do_phuong.xlsx", "xls"),
                (h351_docx, "h351_bien_ban_hop_hd_su_pham_mam_non.docx", "doc"),
            ],
            _out,
        )
        # the fire-safety record and the festival plan: printed to a PDF, then scanned at 200 dpi
        # (image only, slightly skewed)
        for write, name in [
            (h344_docx, "h344_bien_ban_kiem_tra_pccc_cong_an_xa_ban_quet"),
            (h352_docx, "h352_phuong_an_le_hoi_xa_am_lich_ban_quet"),
        ]:
            write(h, tmp / f"{name}.docx")
            h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}_text.pdf")
            h.rasterise(tmp / f"{name}_text.pdf", _out(f"{name}.pdf"), scale=200 / 72)


if __name__ == "__main__":
    batch_h343()
