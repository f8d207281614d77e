"""The main corpus's siblings of h716 (taught by h13fixYB on 2026-12-06): a small body's plan (a
market's management board, a commune's water cooperative) whose working teams are named in lower case
after a capital `Tổ` (`Tổ trật tự`, `Tổ sửa chữa đường ống`, `Tổ kỹ thuật`): a numbered team label,
bare or closed by a colon, over lettered or dash points that are its duties, a numbered point whose
subject is such a team (`Tổ thu ngân phối hợp …`), and a closing request to every team for a report
with a round of its own (an item with no lead). Their expected items (expected/yb1_…, yb2_…) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-yb`
writes the two.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YB1_PARAGRAPHS = (
    "UBND PHƯỜNG TÂN BÌNH",
    "BAN QUẢN LÝ CHỢ TÂN BÌNH",
    "Số: 03/KH-BQLC",
    "Tân Bình, ngày 02 tháng 01 năm 2028",
    "KẾ HOẠCH",
    "Phục vụ chợ Tết Nguyên đán Mậu Thân 2028",
    "I. MỤC ĐÍCH",
    "Bảo đảm hàng hóa đầy đủ, an ninh trật tự, phòng cháy chữa cháy tại chợ trong dịp Tết.",
    "II. NHIỆM VỤ",
    "1. Tổ trật tự",
    "a) Sắp xếp các điểm bán hoa, cây cảnh tạm thời quanh chợ, hoàn thành trước ngày 15/01/2028.",
    "b) Tuần tra, giữ gìn trật tự tại các cổng chợ từ 05 giờ đến 22 giờ hằng ngày trong dịp Tết.",
    "2. Tổ điện nước",
    "a) Kiểm tra hệ thống điện, thay thế dây dẫn xuống cấp tại dãy hàng khô trước ngày 10/01/2028.",
    "b) Lắp đặt thêm 12 trụ chiếu sáng khu vực chợ hoa, xong chậm nhất 20/01/2028.",
    "3. Tổ thu ngân phối hợp Kế toán chợ đối chiếu phiếu thu phí của các hộ kinh doanh, hoàn thành "
    "trước ngày 25/01/2028.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các tổ báo cáo tình hình hoạt động về Ban Quản lý chợ trước 16 giờ thứ Sáu hằng tuần.",
    "Các hộ kinh doanh chấp hành nghiêm nội quy chợ.",
    "Nơi nhận:",
    "- UBND phường (b/c);",
    "- Các tổ;",
    "- Lưu: VT.",
    "TRƯỞNG BAN",
    "Đỗ Minh Khang",
)

# The plan's lines as a plain text file prints them, indented with spaces.
YB2_LINES = (
    "UBND XÃ PHÚ HỮU                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "HỢP TÁC XÃ DỊCH VỤ ĐIỆN NƯỚC                    Độc lập - Tự do - Hạnh phúc",
    "Số: 05/KH-HTX                              Phú Hữu, ngày 20 tháng 01 năm 2028",
    "",
    "                           KẾ HOẠCH",
    "              Cấp nước sạch mùa khô năm 2028",
    "",
    "I. KẾT QUẢ NĂM 2027",
    "HTX cấp nước cho 2.350 hộ thành viên, tỷ lệ thất thoát nước còn 18%.",
    "",
    "II. NHIỆM VỤ",
    "1. Tổ quản lý vận hành:",
    "   - Súc xả bể lắng, thay vật liệu lọc tại trạm xử lý số 2 trước ngày 28/02/2028.",
    "   - Vận hành hai trạm bơm tăng áp theo ca, ghi nhật ký vận hành hằng ngày.",
    "2. Tổ sửa chữa đường ống:",
    "   - Thay thế 1.200 m ống chính tuyến ấp Phú Lợi, hoàn thành trong tháng 3/2028.",
    "   - Lắp đặt đồng hồ nước cho 85 hộ đăng ký mới trước ngày 15/4/2028.",
    "3. Tổ kỹ thuật chủ trì lấy mẫu nước gửi Trung tâm Kiểm soát bệnh tật tỉnh xét nghiệm",
    "   hằng quý.",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các tổ báo cáo khối lượng thực hiện về Ban Giám đốc HTX trước ngày 05 hằng tháng.",
    "",
    "Nơi nhận:                                        GIÁM ĐỐC",
    "- UBND xã (b/c);",
    "- Lưu: VT.                                       Trần Văn Lực",
)
YB2_TEXT = "\n".join(YB2_LINES) + "\n"


def yb1_docx(path: Path) -> None:
    """A ward market's management board's Tết plan (.docx): bare numbered team labels over lettered
    points."""
    from docx import Document

    document = Document()
    for text in YB1_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


def yb2_txt(path: Path) -> None:
    """A commune water cooperative's dry-season plan (plain text, UTF-8): team labels closed by a colon
    over dash points, the team named by its work (`Tổ sửa chữa đường ống`)."""
    path.write_text(YB2_TEXT, encoding="utf-8")


def siblings_yb() -> None:
    yb1_docx(DOCS / "yb1_kh_ban_quan_ly_cho_tet.docx")
    yb2_txt(DOCS / "yb2_kh_htx_dien_nuoc_mua_kho.txt")
