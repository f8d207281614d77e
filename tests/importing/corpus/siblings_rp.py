"""The main corpus's siblings of the held-out document h489 (moved to the main corpus when the
importer was taught its shape, helper h13fixRP): a dispatch to an office's divisions and local
branches whose numbered points are partly run-in unit labels (`1. Phòng X: <task>`, one label an
office of a numbered kind whose name lists its fields, `Phòng Thanh tra, kiểm tra số 1:`) and partly
sentences opening with the unit addressed (`6. Văn phòng X phối hợp Phòng Y <verb> …`: the first
unit leads, its partner leads nothing), then a closing request to every unit with a parenthesised
name whose hyphen the line wraps to the next line's start (`(qua Phòng Kế hoạch` / `- Tài chính)`).
Each is a text PDF printed by LibreOffice whose points run over a page break in its own way.

rp1: a provincial social insurance office's dispatch (→ .pdf), a page number printed at the top of
every page after the first, the break inside a point's sentence.
rp2: a provincial market surveillance department's dispatch (→ .pdf), a footer on every page
(`<office> - Trang <n>`), its numbered points set with wider spacing, three run onto page 2.
rp3: a city treasury's dispatch (→ .pdf) whose points are lettered under one numbered section
(`a) Phòng X: …`), a page break forced before the last points and the closing request.
Their expected items (expected/rp*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rp` writes them.
"""

import shutil
import sys
from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import a4_document, closing, page_field, write_converted

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _paragraphs(document, texts, space_after: int = 0) -> None:
    from docx.shared import Pt

    for text in texts:
        paragraph = document.add_paragraph(text)
        paragraph.paragraph_format.space_after = Pt(space_after)
        paragraph.paragraph_format.widow_control = False  # a page may break after any line


def rp1_docx(h, path: Path) -> None:
    """BHXH tỉnh Gia Lai (01/10/2027): the quarter's measures to raise contributions and cut arrears;
    the page number at the top of page 2 on."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = a4_document(14, top_bottom=20)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(header)
    h.national_header(
        document,
        [
            "BẢO HIỂM XÃ HỘI VIỆT NAM",
            "BẢO HIỂM XÃ HỘI TỈNH GIA LAI",
            "Số: 1736/BHXH-QLT",
            "V/v triển khai các giải pháp tăng thu, giảm nợ quý IV năm 2027",
        ],
        "Gia Lai, ngày 01 tháng 10 năm 2027",
    )
    _paragraphs(
        document,
        [
            "Kính gửi:",
            "- Các phòng nghiệp vụ thuộc Bảo hiểm xã hội tỉnh;",
            "- Bảo hiểm xã hội cơ sở các huyện, thị xã, thành phố.",
            "Đến ngày 30/9/2027, toàn tỉnh có 214.350 người tham gia bảo hiểm xã hội, đạt 88,4% kế hoạch "
            "giao; 712.900 người tham gia bảo hiểm y tế, đạt 93,1% dân số; số tiền chậm đóng kéo dài trên 3 "
            "tháng còn 126 tỷ đồng, tăng 9% so với cùng kỳ, tập trung ở khu vực doanh nghiệp ngoài nhà "
            "nước và các đơn vị sự nghiệp tự chủ chi thường xuyên. Để hoàn "
            "thành chỉ tiêu năm 2027, Bảo hiểm xã hội tỉnh yêu cầu các đơn vị tập trung thực hiện những nội "
            "dung sau đây:",
            "1. Phòng Quản lý thu và Phát triển người tham gia: Giao chỉ tiêu phát triển người tham gia bảo "
            "hiểm xã hội tự nguyện đến từng xã, phường, thị trấn; hoàn thành trước ngày 15/10/2027.",
            "2. Phòng Kiểm tra, giám sát số 2: Kiểm tra đột xuất 40 đơn vị chậm đóng kéo dài trên 6 tháng, "
            "lập hồ sơ đề nghị xử phạt vi phạm hành chính; hoàn thành trong tháng 11/2027.",
            "3. Phòng Chế độ bảo hiểm xã hội: Rà soát hồ sơ hưởng chế độ ốm đau, thai sản có dấu hiệu trục "
            "lợi tại các doanh nghiệp chậm đóng; thực hiện thường xuyên.",
            "4. Phòng Kế hoạch - Tài chính: Đối chiếu số liệu thu với Kho bạc Nhà nước tỉnh và các ngân hàng "
            "thương mại, bảo đảm số liệu khớp đúng trước khi khóa sổ năm, trước ngày 20/12/2027.",
            "5. Văn phòng Bảo hiểm xã hội tỉnh phối hợp Phòng Truyền thông và Phát triển người tham gia "
            "công khai danh sách đơn vị chậm đóng trên Cổng thông tin điện tử của tỉnh và Báo Gia Lai định "
            "kỳ hằng quý, bắt đầu từ quý IV/2027.",
            "6. Bảo hiểm xã hội cơ sở Chư Sê phối hợp Liên đoàn Lao động huyện Chư Sê đôn đốc 17 doanh "
            "nghiệp chế biến nông sản nợ đọng nộp dứt điểm số tiền chậm đóng, hoàn thành trước ngày "
            "30/11/2027.",
            "7. Các Bảo hiểm xã hội cơ sở tham mưu Ủy ban nhân dân cấp huyện đưa chỉ tiêu bao phủ bảo hiểm "
            "y tế vào đánh giá thi đua của các xã, thị trấn; thực hiện thường xuyên.",
            "8. Phòng Công nghệ thông tin nâng cấp phần mềm quản lý thu để tự động gửi tin nhắn nhắc nợ "
            "đến đơn vị chậm đóng, đưa vào vận hành trước ngày 31/10/2027.",
            "Các đơn vị gửi báo cáo kết quả tới Bảo hiểm xã hội tỉnh (qua Phòng Kế hoạch - Tài "
            "chính) trước ngày 25 hằng tháng để tổng hợp báo cáo Bảo hiểm xã hội Việt Nam.",
            "Bảo hiểm xã hội tỉnh đề nghị Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.",
        ],
        space_after=6,
    )
    closing(
        document,
        ["Nơi nhận:\n- Như trên;\n- BHXH Việt Nam (để b/c);\n- Giám đốc, các PGĐ;\n- Lưu: VT, QLT."],
        ["KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nRơ Chăm Hưng"],
    )
    document.save(path)


def rp2_docx(h, path: Path) -> None:
    """Cục Quản lý thị trường tỉnh Bến Tre (14/3/2028): the checks before the dry season; a footer
    `<office> - Trang <n>` on every page."""
    document = a4_document(13, top_bottom=20)
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Cục Quản lý thị trường tỉnh Bến Tre - Trang "
    page_field(footer)
    h.national_header(
        document,
        [
            "BỘ CÔNG THƯƠNG",
            "CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH BẾN TRE",
            "Số: 312/QLTTBT-NV",
            "V/v tăng cường kiểm tra, kiểm soát thị trường mùa khô năm 2028",
        ],
        "Bến Tre, ngày 14 tháng 3 năm 2028",
    )
    _paragraphs(
        document,
        [
            "Kính gửi: Các phòng, Đội Quản lý thị trường thuộc Cục.",
            "Mùa khô năm 2028 dự báo hạn hán, xâm nhập mặn kéo dài, nhu cầu nước uống đóng chai, máy lọc "
            "nước và vật tư nông nghiệp tăng cao; tình trạng đầu cơ, găm hàng, kinh doanh hàng giả, hàng "
            "kém chất lượng có nguy cơ gia tăng. Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Cục Quản lý "
            "thị trường tỉnh yêu cầu các đơn vị thực hiện các nội dung sau:",
            "1. Phòng Nghiệp vụ - Tổng hợp: Xây dựng kế hoạch kiểm tra chuyên đề mặt hàng nước uống đóng "
            "chai, vật tư nông nghiệp mùa khô, trình Cục trưởng trước ngày 25/3/2028.",
            "2. Đội Quản lý, kiểm tra thị trường số 3: Kiểm tra việc niêm yết giá, bán theo giá niêm yết "
            "nước uống đóng chai, máy lọc nước tại các huyện Ba Tri, Bình Đại, Thạnh Phú; thực hiện từ "
            "tháng 4/2028 đến hết tháng 6/2028.",
            "3. Phòng Thanh tra - Pháp chế: Thẩm định hồ sơ vụ việc vi phạm, tham mưu ban hành quyết định "
            "xử phạt đúng thời hạn; thực hiện thường xuyên.",
            "4. Đội Quản lý thị trường số 1 phối hợp Công an thành phố Bến Tre kiểm tra các cơ sở sang "
            "chiết, đóng chai nước uống không rõ nguồn gốc, hoàn thành trong tháng 5/2028.",
            "5. Các Đội Quản lý thị trường chủ động nắm tình hình thị trường trên địa bàn phụ trách, kịp "
            "thời phát hiện hành vi găm hàng, tăng giá bất hợp lý; thực hiện thường xuyên.",
            "6. Văn phòng Cục tổng hợp kết quả kiểm tra, xử lý của các đơn vị, báo cáo Tổng cục Quản lý "
            "thị trường và Ủy ban nhân dân tỉnh định kỳ hằng tháng.",
            "7. Đội Quản lý thị trường số 2 phối hợp Chi cục Trồng trọt và Bảo vệ thực vật lấy mẫu phân "
            "bón, thuốc bảo vệ thực vật tại các đại lý cấp 1 để kiểm định chất lượng, hoàn thành trước "
            "ngày 30/4/2028.",
            "Các Đội, các phòng gửi báo cáo kết quả thực hiện về Cục (qua Phòng Nghiệp vụ - Tổng hợp) trước "
            "ngày 20 hằng tháng để tổng hợp.",
            "Cục Quản lý thị trường tỉnh Bến Tre yêu cầu Thủ trưởng các đơn vị khẩn trương triển khai thực "
            "hiện./.",
        ],
        space_after=21,
    )
    closing(
        document,
        ["Nơi nhận:\n- Như trên;\n- Tổng cục QLTT (để b/c);\n- UBND tỉnh (để b/c);\n- Lưu: VT, NV."],
        ["CỤC TRƯỞNG\n\n\n\nTrần Văn Lộc"],
    )
    document.save(path)


def rp3_docx(h, path: Path) -> None:
    """Kho bạc Nhà nước thành phố Cần Thơ (05/11/2027): the year-end closing of accounts; lettered
    points under one numbered section, a page break forced before point d)."""
    from docx.enum.text import WD_BREAK

    document = a4_document(14, top_bottom=20)
    h.national_header(
        document,
        [
            "KHO BẠC NHÀ NƯỚC",
            "KHO BẠC NHÀ NƯỚC THÀNH PHỐ CẦN THƠ",
            "Số: 2091/KBCT-KTNN",
            "V/v triển khai công tác khóa sổ kế toán cuối năm 2027",
        ],
        "Cần Thơ, ngày 05 tháng 11 năm 2027",
    )
    _paragraphs(
        document,
        [
            "Kính gửi: Các phòng thuộc Kho bạc Nhà nước thành phố; các Phòng Giao dịch.",
            "Để bảo đảm khóa sổ kế toán niên độ ngân sách năm 2027 đúng quy định, Kho bạc Nhà nước thành "
            "phố Cần Thơ yêu cầu các đơn vị thực hiện như sau:",
            "1. Nhiệm vụ của các đơn vị",
            "a) Phòng Kế toán nhà nước: Hướng dẫn các đơn vị sử dụng ngân sách đối chiếu số dư tài khoản "
            "dự toán, tạm ứng; hoàn thành trước ngày 15/12/2027.",
            "b) Phòng Kiểm soát chi: Đôn đốc chủ đầu tư thu hồi tạm ứng vốn đầu tư quá hạn, gửi danh sách "
            "chưa thu hồi về Sở Tài chính trước ngày 10/12/2027.",
            "c) Phòng Giao dịch số 2 phối hợp Phòng Tài chính - Kế hoạch quận Ninh Kiều rà soát các khoản "
            "chi chuyển nguồn sang năm sau, hoàn thành trước ngày 31/01/2028.",
        ],
        space_after=4,
    )
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    _paragraphs(
        document,
        [
            "d) Phòng Thanh tra, kiểm tra số 1: Kiểm tra việc chấp hành chế độ kế toán tại 6 Phòng Giao "
            "dịch, hoàn thành trong tháng 12/2027.",
            "đ) Văn phòng Kho bạc thành phố bố trí cán bộ trực, bảo đảm an toàn kho quỹ trong các ngày "
            "nghỉ Tết Dương lịch, từ ngày 30/12/2027 đến hết ngày 01/01/2028.",
            "e) Phòng Tin học cập nhật phiên bản mới của hệ thống thông tin quản lý ngân sách và kho bạc "
            "(TABMIS) trước ngày 20/12/2027.",
            "2. Chế độ báo cáo",
            "Các đơn vị gửi báo cáo tiến độ về Kho bạc Nhà nước thành phố (qua Phòng Kế toán "
            "nhà nước - Tổng hợp) trước 16 giờ thứ Sáu hằng tuần.",
            "Kho bạc Nhà nước thành phố yêu cầu Trưởng các đơn vị nghiêm túc triển khai thực hiện./.",
        ],
        space_after=4,
    )
    closing(
        document,
        ["Nơi nhận:\n- Như trên;\n- KBNN (để b/c);\n- Lưu: VT, KTNN."],
        ["GIÁM ĐỐC\n\n\n\nLâm Thị Ngọc Hân"],
    )
    document.save(path)


def siblings_rp() -> None:
    if not shutil.which("soffice"):
        print("soffice not found: the PDFs rp1–rp3 were not regenerated", file=sys.stderr)
        return
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    write_converted(
        h,
        [
            (rp1_docx, "rp1_cv_bhxh_tinh_so_trang_dau_trang.docx", "pdf"),
            (rp2_docx, "rp2_cv_qltt_tinh_chan_trang.docx", "pdf"),
            (rp3_docx, "rp3_cv_kbnn_tp_ngat_trang_muc_chu.docx", "pdf"),
        ],
    )
