# ruff: noqa: E501 — document text is data: long lines.
"""The main corpus's siblings of the held-out document h546 (moved to the main corpus when the
importer was taught its shape, helper h13fixSC): numbered activities, each over labelled dash lines
— its time and its lead unit, and beside them lines under labels no role reads (a count, a target,
an aim, a class count, a scope: `Số lượng:`, `Chỉ tiêu:`, `Mục tiêu:`, `Số lớp:`, `Phạm vi:`), before,
between or after the lead and the time: fields of the activity, no sub-task of their own.
sc1: a provincial Farmers' Association's plan (.docx): bold numbered activities over italic `- …`
lines, the extra label first, in the middle and last.
sc2: a district Youth Union's summer plan (.docx): lettered activities `a)` under numbered topics,
their fields on `+ …` lines (`+ Thời hạn:`, `+ Cơ quan thực hiện:`, `+ Số đoàn viên:`, `+ Yêu cầu:`).
sc3: a provincial department's training plan (.docx): decimal activities `1.1.` under numbered
topics, their fields on `– …` lines with the target first (`– Chỉ tiêu:`), a class count and a rate of
support among them (`– Số lớp:`, `– Mức hỗ trợ:`), a scope last (`– Phạm vi:`).
Their expected items (expected/sc*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-sc` writes the three.
"""

from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, letter


def _bold_italic(doc, lines) -> None:
    """One paragraph per line: a line opening with `**` is one bold run (the mark dropped), a field
    line opening with a dash one italic run."""
    for line in lines:
        if line.startswith("**"):
            doc.add_paragraph().add_run(line[2:]).bold = True
        elif line.startswith("- "):
            doc.add_paragraph().add_run(line).italic = True
        else:
            doc.add_paragraph(line)


_CLOSING = ["Nơi nhận:", "- Như mục IV;", "- Lưu: VT."]


def sc1_docx(h, path: Path) -> None:
    """A provincial Farmers' Association's plan for 2028 (20/12/2027): five bold activities, each over
    italic dash lines (time, lead, partners) and a count, a target or an aim under a label of its own."""
    letter(
        h,
        ["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH TÂN HÀ", "Số: 71/KH-HND"],
        "Tân Hà, ngày 20 tháng 12 năm 2027",
        [
            "**KẾ HOẠCH",
            "**Hỗ trợ hội viên nông dân chuyển đổi số năm 2028",
            "Thực hiện Chương trình công tác năm 2028, Ban Thường vụ Hội Nông dân tỉnh ban hành Kế hoạch như sau:",
            "**I. MỤC ĐÍCH, YÊU CẦU",
            "Giúp hội viên nông dân tiếp cận, ứng dụng công nghệ số trong sản xuất, tiêu thụ nông sản; các hoạt động thiết thực, hiệu quả.",
            "**II. CÁC HOẠT ĐỘNG TRỌNG TÂM",
            "**1. Tập huấn kỹ năng số cho cán bộ Hội Nông dân cấp huyện",
            "- Mục tiêu: 100% cán bộ chuyên trách cấp huyện sử dụng thành thạo phần mềm quản lý hội viên",
            "- Thời gian: Tháng 3/2028",
            "- Đơn vị chủ trì: Ban Tuyên huấn",
            "**2. Xây dựng mô hình chợ nông sản trực tuyến tại các xã nông thôn mới",
            "- Thời gian: Quý II/2028",
            "- Chỉ tiêu: 15 xã, mỗi xã ít nhất 01 gian hàng",
            "- Đơn vị chủ trì: Ban Kinh tế - Xã hội",
            "- Đơn vị phối hợp: Sở Công Thương, Bưu điện tỉnh",
            "**3. Hướng dẫn hội viên đăng ký tài khoản định danh điện tử mức độ 2",
            "- Thời gian: Thường xuyên",
            "- Đơn vị chủ trì: Văn phòng",
            "- Số lượng: khoảng 5.000 hội viên",
            '**4. Tổ chức Cuộc thi "Nông dân với chuyển đổi số" trên mạng xã hội',
            "- Thời gian: Từ tháng 6 đến tháng 8/2028",
            "- Đơn vị chủ trì: Ban Tuyên huấn",
            "- Số giải thưởng: 01 giải nhất, 02 giải nhì, 03 giải ba",
            "**5. Sơ kết, đánh giá kết quả thực hiện Kế hoạch",
            "- Thời gian: Tháng 11/2028",
            "- Đơn vị chủ trì: Văn phòng",
            "**III. KINH PHÍ",
            "Từ nguồn kinh phí hoạt động năm 2028 của Hội Nông dân tỉnh và các nguồn hợp pháp khác.",
            "**IV. TỔ CHỨC THỰC HIỆN",
            "1. Ban Tuyên huấn là đơn vị thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo Ban Thường vụ trước ngày 20/11/2028.",
            "2. Hội Nông dân các huyện, thành phố xây dựng kế hoạch thực hiện, gửi về Hội Nông dân tỉnh trước ngày 15/01/2028.",
            *_CLOSING,
            "TM. BAN THƯỜNG VỤ",
            "CHỦ TỊCH",
            "Đinh Văn Khải",
        ],
        write=_bold_italic,
    ).save(path)


def sc2_docx(h, path: Path) -> None:
    """A district Youth Union's summer plan (10/5/2028): two numbered topics over lettered activities,
    each over `+` lines (its time, the unit that carries it out, a count, a requirement or a target)."""
    letter(
        h,
        ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN HUYỆN SƠN ĐÔNG", "Số: 45-KH/HĐTN"],
        "Sơn Đông, ngày 10 tháng 5 năm 2028",
        [
            "**KẾ HOẠCH",
            "**Tổ chức các hoạt động hè cho thanh thiếu nhi năm 2028",
            "I. MỤC ĐÍCH",
            "Tạo môi trường vui chơi lành mạnh, an toàn cho thiếu nhi trong dịp hè; phát huy vai trò xung kích của đoàn viên, thanh niên.",
            "II. NỘI DUNG HOẠT ĐỘNG",
            "1. Hoạt động giáo dục, rèn luyện kỹ năng",
            "a) Mở lớp kỹ năng sống cho thiếu nhi tại các xã, thị trấn",
            "+ Thời hạn: Tháng 6/2028",
            "+ Cơ quan thực hiện: Hội đồng Đội huyện",
            "+ Số lớp: 12 lớp, mỗi lớp 40 em",
            'b) Tổ chức trại hè "Thiếu nhi vui khỏe" cấp huyện',
            "+ Yêu cầu: an toàn, tiết kiệm, đúng đối tượng",
            "+ Thời hạn: Ngày 15/7/2028",
            "+ Cơ quan thực hiện: Ban Phong trào Huyện đoàn",
            "2. Hoạt động tình nguyện",
            'a) Ra quân chiến dịch "Mùa hè xanh" tại 05 xã khó khăn',
            "+ Thời hạn: Từ ngày 01/7 đến ngày 31/7/2028",
            "+ Số đoàn viên: 200 đoàn viên, thanh niên",
            "+ Cơ quan thực hiện: Ban Tổ chức - Kiểm tra Huyện đoàn",
            'b) Vận động hiến máu tình nguyện "Giọt hồng hè"',
            "+ Thời hạn: Tháng 8/2028",
            "+ Cơ quan thực hiện: Ban Phong trào Huyện đoàn",
            "+ Chỉ tiêu: 300 đơn vị máu",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Văn phòng Huyện đoàn tổng hợp kết quả các hoạt động hè, báo cáo Tỉnh đoàn trước ngày 25/8/2028.",
            "2. Đoàn các xã, thị trấn báo cáo kết quả thực hiện về Huyện đoàn trước ngày 20/8/2028.",
            "Nơi nhận:",
            "- Tỉnh đoàn (b/c);",
            "- Lưu: VP.",
            "TM. BAN THƯỜNG VỤ",
            "BÍ THƯ",
            "Hà Minh Tuấn",
        ],
    ).save(path)


def sc3_docx(h, path: Path) -> None:
    """A provincial department's plan for vocational training in 2028 (15/01/2028): numbered topics
    over decimal activities, each over `–` lines (target first, lead, time, class count, support rate,
    scope)."""
    letter(
        h,
        ["UBND TỈNH TÂN HÀ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 122/KH-SNNMT"],
        "Tân Hà, ngày 15 tháng 01 năm 2028",
        [
            "**KẾ HOẠCH",
            "**Đào tạo nghề nông nghiệp cho lao động nông thôn năm 2028",
            "I. MỤC TIÊU",
            "Nâng cao tay nghề, tạo việc làm ổn định cho lao động nông thôn; ít nhất 80% lao động sau học nghề có việc làm.",
            "II. NHIỆM VỤ CỤ THỂ",
            "1. Đào tạo nghề",
            "1.1. Đào tạo nghề trồng trọt, chăn nuôi cho lao động nông thôn",
            "– Chỉ tiêu: 1.200 lao động",
            "– Cơ quan chủ trì: Chi cục Phát triển nông thôn",
            "– Thời gian hoàn thành: Tháng 10/2028",
            "1.2. Đào tạo nghề nuôi trồng thủy sản nước ngọt",
            "– Cơ quan chủ trì: Chi cục Thủy sản",
            "– Số lớp: 08 lớp",
            "– Mức hỗ trợ: 03 triệu đồng/học viên",
            "– Thời gian hoàn thành: Quý III/2028",
            "2. Đánh giá sau đào tạo",
            "2.1. Khảo sát tình hình việc làm của lao động sau học nghề",
            "– Cơ quan chủ trì: Trung tâm Khuyến nông",
            "– Thời gian hoàn thành: Tháng 12/2028",
            "– Phạm vi: 10 huyện, thị xã",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Văn phòng Sở tổng hợp, báo cáo kết quả thực hiện Kế hoạch về UBND tỉnh trước ngày 15/12/2028.",
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- Lưu: VT.",
            "GIÁM ĐỐC",
            "Lương Văn Thành",
        ],
    ).save(path)


def siblings_sc() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    sc1_docx(h, DOCS / "sc1_kh_hoi_nong_dan_chuyen_doi_so_chi_tieu.docx")
    sc2_docx(h, DOCS / "sc2_kh_huyen_doan_he_so_doan_vien.docx")
    sc3_docx(h, DOCS / "sc3_kh_so_nnmt_dao_tao_nghe_so_lop.docx")
