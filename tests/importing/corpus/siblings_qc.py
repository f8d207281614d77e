"""The main corpus's siblings of the held-out documents h345 and h343 (moved to the main corpus when
the importer was taught their shapes, helper h13fixQC). h345's (qc1, .odt; qc2 by hand, .txt): a
meeting invitation (giấy mời) whose `Nội dung:` agenda under the meeting's own fields is no item,
whose preparations count their dues back from the meeting day its `Thời gian:` field prints
(working days, calendar days, the meeting's own day), one subject glossed in parentheses, one
addressed to every unit of a kind, and a closing paragraph after the list counted forward from the
meeting. h343's (qc3, .doc): a ward chairman's urgent telegram whose numbered requests open with
the post that heads the body (`Chỉ huy trưởng Ban Chỉ huy Quân sự phường`, `Trạm trưởng Trạm Y tế
phường`), a request with a day closing one clause and a deadline in another (due the later), and
duties done `liên tục` or several times a day (ongoing). Other bodies, names, dates and tasks.
Their expected items (expected/qc*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qc` writes qc1 (.odt) and qc3 (.doc).
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def qc1_docx(h, path: Path) -> None:
    """A medical college's invitation to its Science and Training Council (saved as .odt): dash
    fields, a lettered agenda under `- Nội dung cuộc họp:`, then dash preparations due 03 working
    days before the meeting, 07 days before it, on a printed day, at the meeting, 01 day before it,
    and `Sau buổi họp, …` 05 working days after it."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH HÀ TRUNG", "TRƯỜNG CAO ĐẲNG Y TẾ HÀ TRUNG", "Số: 87/GM-CĐYT"],
        "Hà Trung, ngày 02 tháng 5 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "GIẤY MỜI",
            "Họp Hội đồng Khoa học và Đào tạo phiên thứ hai năm 2028",
            "Hiệu trưởng Trường Cao đẳng Y tế Hà Trung trân trọng kính mời:",
            "- Các thành viên Hội đồng Khoa học và Đào tạo nhà trường;",
            "- Trưởng các khoa, phòng, trung tâm trực thuộc.",
            "- Thời gian: 08 giờ 00, thứ Hai, ngày 15/5/2028.",
            "- Địa điểm: Phòng họp số 2, nhà Hiệu bộ.",
            "- Chủ trì: TS. Lương Thị Minh Nguyệt, Hiệu trưởng, Chủ tịch Hội đồng.",
            "- Nội dung cuộc họp:",
            "a) Thông qua đề xuất điều chỉnh chương trình đào tạo ngành Điều dưỡng, Dược trình độ cao đẳng;",
            "b) Xem xét kết quả nghiệm thu 04 đề tài nghiên cứu khoa học cấp trường năm 2027;",
            "c) Góp ý dự thảo Quy định về đào tạo liên thông.",
            "Để cuộc họp đạt kết quả, Hiệu trưởng đề nghị:",
            "- Phòng Đào tạo tổng hợp các đề xuất điều chỉnh chương trình đào tạo, gửi các thành viên Hội đồng chậm nhất 03 ngày làm việc trước ngày họp.",
            "- Các khoa chuyên môn rà soát đề cương chi tiết các học phần điều chỉnh, gửi Phòng Đào tạo trước ngày họp 07 ngày.",
            "- Phòng Khảo thí và Đảm bảo chất lượng (thư ký Hội đồng) chuẩn bị dự thảo nghị quyết và phiếu biểu quyết, hoàn thành trước ngày 12/5/2028.",
            "- Khoa Điều dưỡng báo cáo kết quả thí điểm học phần thực hành tích hợp tại buổi họp.",
            "- Phòng Hành chính - Quản trị bố trí phòng họp, máy chiếu, hoàn thành trước cuộc họp 01 ngày.",
            "Sau buổi họp, Phòng Đào tạo hoàn chỉnh hồ sơ điều chỉnh chương trình theo ý kiến của Hội đồng, trình Hiệu trưởng ban hành trong thời hạn 05 ngày làm việc.",
            "Đề nghị các thành viên Hội đồng sắp xếp công việc, dự họp đầy đủ, đúng giờ./.",
            "Nơi nhận: Như trên; Lưu: VT, ĐT.",
            "HIỆU TRƯỞNG",
            "Lương Thị Minh Nguyệt",
        ],
    )
    document.save(path)


def qc3_docx(h, path: Path) -> None:
    """A ward chairman's urgent telegram before heavy rain and flash floods (saved as .doc): the
    issuing hour in the date line, addressees by post, a forecast paragraph with hours and days (no
    dues), then numbered requests opening with a post or a body, `8. Tổ trưởng các tổ dân phố:` over
    lettered requests (every street group: lead not scored)."""
    from docx import Document

    document = Document()
    document.add_paragraph("HỎA TỐC")
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG SUỐI HOA", "Số: 05/CĐ-UBND"],
        "Suối Hoa, 10 giờ 15 phút, ngày 07 tháng 8 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "CÔNG ĐIỆN",
            "Về việc chủ động phòng, tránh mưa lớn, lũ quét, sạt lở đất",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG SUỐI HOA điện:",
            "- Chỉ huy trưởng Ban Chỉ huy Quân sự phường; Trưởng Công an phường;",
            "- Trưởng phòng Kinh tế, Hạ tầng và Đô thị; Trưởng phòng Văn hóa - Xã hội; Chánh Văn phòng HĐND và UBND phường;",
            "- Trạm trưởng Trạm Y tế phường; Hiệu trưởng các trường trên địa bàn phường;",
            "- Tổ trưởng các tổ dân phố.",
            "Theo Đài Khí tượng thủy văn tỉnh, từ chiều ngày 07/8/2028 đến hết ngày 09/8/2028, khu vực phía Tây tỉnh có mưa to đến rất to, lượng mưa phổ biến 150 - 250 mm; nguy cơ cao xảy ra lũ quét, sạt lở đất tại các khu vực ven suối, chân đồi. Để chủ động ứng phó, bảo đảm an toàn cho Nhân dân, Chủ tịch UBND phường yêu cầu:",
            "1. Chỉ huy trưởng Ban Chỉ huy Quân sự phường bố trí lực lượng dân quân tuần tra, canh gác tại các ngầm tràn, khu vực có nguy cơ sạt lở; hoàn thành lắp đặt biển cảnh báo trước 16 giờ 00 ngày 08/8/2028.",
            "2. Trưởng Công an phường chủ trì, phối hợp Ban Chỉ huy Quân sự phường lập chốt điều tiết giao thông tại tràn Suối Hoa, tràn Khe Cát, hoàn thành trước 17 giờ ngày 07/8/2028.",
            "3. Hiệu trưởng các trường trên địa bàn phường cho học sinh nghỉ học ngày 09/8 và ngày 10/8/2028; kiểm tra, gia cố mái che, chặt tỉa cây xanh trong khuôn viên trường trước 11 giờ 00 ngày 08/8/2028.",
            "4. Trạm trưởng Trạm Y tế phường bố trí 02 tổ cấp cứu lưu động, dự trữ cơ số thuốc, sẵn sàng tiếp nhận người bị nạn trước 18 giờ 00 ngày 08/8/2028.",
            "5. Phòng Văn hóa - Xã hội phát thông báo, hướng dẫn người dân cách phòng, tránh lũ quét trên hệ thống loa truyền thanh của phường ít nhất 04 lần/ngày.",
            "6. Phòng Kinh tế, Hạ tầng và Đô thị thống kê thiệt hại về nhà ở, công trình hạ tầng, báo cáo Chủ tịch UBND phường trước 09 giờ 00 ngày 12/8/2028.",
            "7. Văn phòng HĐND và UBND phường theo dõi liên tục diễn biến mưa lũ, tổng hợp tình hình trên địa bàn, tham mưu Chủ tịch UBND phường chỉ đạo xử lý.",
            "8. Tổ trưởng các tổ dân phố:",
            "a) Rà soát, lập danh sách hộ dân sống ven suối, chân đồi, báo cáo Công an phường trước 20 giờ 00 ngày 07/8/2028.",
            "b) Vận động, hỗ trợ các hộ dân trong danh sách di dời đến nơi an toàn; xong trước 12 giờ 00 ngày 08/8/2028.",
            "Chủ tịch UBND phường yêu cầu Thủ trưởng các cơ quan, đơn vị và Tổ trưởng các tổ dân phố khẩn trương, nghiêm túc thực hiện Công điện này./.",
            "Nơi nhận: Như trên; Ban CH PTDS tỉnh (b/c); TT Đảng ủy, TT HĐND phường; CT, các PCT UBND phường; Lưu: VT.",
            "CHỦ TỊCH",
            "Đinh Công Tráng",
        ],
    )
    document.save(path)


def siblings_qc() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: qc1 (.odt) and qc3 (.doc) were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for writer, name, ext in (
            (qc1_docx, "qc1_giay_moi_hd_khoa_hoc_cao_dang_ngay_lam_viec_truoc_hop", "odt"),
            (qc3_docx, "qc3_cong_dien_phuong_chuc_danh_ngay_cuoi_menh_de", "doc"),
        ):
            writer(h, Path(tmp) / f"{name}.docx")
            h.soffice_convert(Path(tmp) / f"{name}.docx", ext, DOCS / f"{name}.{ext}")
