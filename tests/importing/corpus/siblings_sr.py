"""The main corpus's siblings for where a unit's name ends in prose (taught by h13fixSR on 2026-12-06,
no held-out document moved): numbered sentences that open with their lead, whose name has a dashed
field opening with a verb or of five words (`Phòng Kiểm tra - Giám sát chủ trì …`, `Phòng Tuyên
truyền - Hỗ trợ người nộp thuế chủ trì …`, `Phòng Thẩm định - Giám sát đầu tư chủ trì …`), or ends
before `vận hành`, `biên soạn`, `sửa chữa`, `cử <staff>` (`Phòng Kỹ thuật vận hành thử …`, `Văn
phòng cử cán bộ …`), while a name that holds the word stays whole (`Đội Quản lý vận hành sửa chữa
…`, `Tổ Vận hành trạm biến áp …`): a tax office's dispatch (.docx, sr1), a power company's plan
(.txt, sr2) and a finance department's plan (.md, sr3). Their expected items (expected/sr1_…, sr2_…,
sr3_…) were written by hand before the first import. `python tests/importing/corpus/make_docs.py
--siblings-sr` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def sr1_docx(path: Path) -> None:
    """A provincial tax office's dispatch for the fourth quarter of 2028: five numbered points, each a
    sentence opening with its lead (dashed names, `cử 02 công chức`, `vận hành`) and closing with its
    time."""
    from docx import Document

    document = Document()
    for text in (
        "THUẾ TỈNH PHÚ THỌ",
        "Số: 1842/TPTH-TTHT",
        "V/v triển khai công tác hỗ trợ người nộp thuế quý IV năm 2028",
        "Phú Thọ, ngày 02 tháng 10 năm 2028",
        "Kính gửi: Các phòng thuộc Thuế tỉnh; Thuế cơ sở 1, 2, 3 tỉnh Phú Thọ.",
        "Căn cứ Kế hoạch công tác năm 2028 của Thuế tỉnh Phú Thọ, để nâng cao chất lượng phục vụ người nộp "
        "thuế trong quý IV năm 2028, nội dung cụ thể như sau:",
        "1. Phòng Tuyên truyền - Hỗ trợ người nộp thuế chủ trì tổ chức hội nghị đối thoại với doanh nghiệp "
        "về chính sách thuế mới, hoàn thành trước ngày 25/10/2028.",
        "2. Phòng Kiểm tra - Giám sát chủ trì rà soát hồ sơ hoàn thuế giá trị gia tăng có dấu hiệu rủi ro "
        "cao, hoàn thành trước ngày 15/11/2028.",
        "3. Văn phòng cử 02 công chức tham gia Tổ công tác liên ngành chống gian lận thương mại trước ngày "
        "31/10/2028.",
        "4. Phòng Nghiệp vụ - Dự toán biên soạn tài liệu hướng dẫn quyết toán thuế thu nhập cá nhân năm "
        "2028, gửi các Thuế cơ sở trước ngày 30/11/2028.",
        "5. Phòng Công nghệ thông tin vận hành thử nghiệm phân hệ hóa đơn điện tử khởi tạo từ máy tính tiền, "
        "hoàn thành trước ngày 20/12/2028.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, TTHT.",
        "KT. TRƯỞNG THUẾ TỈNH",
        "PHÓ TRƯỞNG THUẾ TỈNH",
    ):
        document.add_paragraph(text)
    document.save(path)


_SR2 = """CÔNG TY ĐIỆN LỰC LẠNG SƠN
Số: 215/KH-PCLS

KẾ HOẠCH
Sửa chữa, bảo dưỡng lưới điện trước mùa mưa bão năm 2029

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm lưới điện vận hành an toàn, liên tục; giảm sự cố trên lưới điện trong mùa mưa bão năm 2029.

II. NHIỆM VỤ CỤ THỂ
1. Đội Quản lý vận hành sửa chữa dứt điểm các điểm phát nhiệt trên lưới điện trung áp, hoàn thành trước ngày 30/4/2029.
2. Phòng Kỹ thuật vận hành thử hệ thống điều khiển xa tại 05 trạm biến áp 110kV, hoàn thành trong tháng 5/2029.
3. Phòng Kiểm tra - Giám sát mua bán điện chủ trì kiểm tra hệ thống đo đếm tại các khách hàng sử dụng điện lớn trước ngày 15/6/2029.
4. Văn phòng cử cán bộ an toàn giám sát các điểm thi công có cắt điện, báo cáo Giám đốc trước ngày 20/5/2029.
5. Tổ Vận hành trạm biến áp 110kV Đồng Mỏ kiểm tra, vệ sinh cách điện thiết bị trong trạm trước ngày 10/5/2029.

Nơi nhận:
- Như mục II;
- Lưu: VT, KT.
GIÁM ĐỐC
"""  # noqa: E501


def sr2_txt(path: Path) -> None:
    """A power company's plain-text plan of grid repairs before the 2029 storm season: five numbered
    sentences opening with their lead (`Đội Quản lý vận hành sửa chữa …`, `Phòng Kỹ thuật vận hành thử
    …`, `Văn phòng cử cán bộ …`, `Tổ Vận hành trạm biến áp …`)."""
    path.write_text(_SR2, encoding="utf-8")


_SR3 = """**ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ**
**SỞ TÀI CHÍNH**

# KẾ HOẠCH
## Hỗ trợ doanh nghiệp nhỏ và vừa năm 2029

### I. MỤC ĐÍCH, YÊU CẦU

Tạo điều kiện thuận lợi để doanh nghiệp nhỏ và vừa tiếp cận các chính sách hỗ trợ của Nhà nước.

### II. NHIỆM VỤ

1. Trung tâm Thông tin - Hỗ trợ doanh nghiệp chủ trì tổ chức 04 lớp tập huấn khởi sự kinh doanh cho hộ kinh doanh chuyển đổi lên doanh nghiệp, hoàn thành trong quý II/2029.
2. Phòng Đăng ký kinh doanh cử cán bộ hướng dẫn trực tiếp thủ tục thành lập doanh nghiệp tại Trung tâm Phục vụ hành chính công tỉnh trước ngày 30/6/2029.
3. Phòng Thẩm định - Giám sát đầu tư chủ trì thẩm định hồ sơ đề nghị hỗ trợ chuyển đổi số của doanh nghiệp trước ngày 31/8/2029.
4. Phòng Nghiệp vụ biên soạn sổ tay hỏi đáp về chính sách hỗ trợ doanh nghiệp nhỏ và vừa, phát hành trước ngày 15/9/2029.
5. Văn phòng Sở tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh trước ngày 15/12/2029.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, VP.

**GIÁM ĐỐC**
"""  # noqa: E501


def sr3_md(path: Path) -> None:
    """A provincial finance department's Markdown plan to support small businesses in 2029: five
    numbered sentences opening with their lead (`Trung tâm Thông tin - Hỗ trợ doanh nghiệp chủ trì …`,
    `Phòng Thẩm định - Giám sát đầu tư chủ trì …`, `Phòng Nghiệp vụ biên soạn …`)."""
    path.write_text(_SR3, encoding="utf-8")


def siblings_sr() -> None:
    sr1_docx(DOCS / "sr1_cv_thue_tinh_ho_tro_nnt_ten_gach_noi.docx")
    sr2_txt(DOCS / "sr2_kh_dien_luc_sua_chua_luoi_ten_don_vi.txt")
    sr3_md(DOCS / "sr3_kh_so_tai_chinh_ho_tro_dn_markdown.md")
