"""The main corpus's siblings of the held-out document h501 (moved to the main corpus when the
importer was taught its shape, helper h13fixRQ): dispatches whose numbered points open with a topic
label (`1. Về công tác …:`, `2. Đối với …:`) and then the unit addressed and its task, one point a
bare topic label over lettered tasks.
rq1: a provincial tax office's dispatch (.docx): `Về …:`/`Đối với …:` points led by departments and
local tax offices (`Phòng X chủ trì, phối hợp Thuế cơ sở 1 …`: the partner leads nothing), a bare
`3. Về công tác tuyên truyền, hỗ trợ người nộp thuế:` over a) and b), a monthly round, a closing
request to every unit. rq2: a district People's Committee's dispatch on the flood season exported
from an e-office as plain text (.txt), its points led by a board, a department, centres and the
office, one a range to its end (`từ ngày … đến hết ngày …`). rq3: a provincial hospital's dispatch
as a web page (.html), its points led by wards (`Khoa Dược chủ trì, phối hợp …`) and departments,
a bare topic over a) a department's dated task and b) every clinical ward's monthly survey.
Their expected items (expected/rq*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rq` writes all three.
"""

# ruff: noqa: E501 (the plain-text document is printed as offices write it, a paragraph a line)

from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, letter


def rq1_docx(h, path: Path) -> None:
    """A provincial tax office's dispatch on the first quarter's tasks (08/01/2028): five points by
    topic, the third a bare topic label over a) and b), a closing request and a general charge."""
    letter(
        h,
        [
            "CỤC THUẾ",
            "THUẾ TỈNH ĐÔNG GIANG",
            "Số: 512/TĐG-NVDTPC\nV/v triển khai nhiệm vụ trọng tâm quý I/2028",
        ],
        "Đông Giang, ngày 08 tháng 01 năm 2028",
        [
            "Kính gửi:",
            "- Các phòng thuộc Thuế tỉnh;",
            "- Thuế cơ sở 1, Thuế cơ sở 2.",
            "Để hoàn thành dự toán thu ngân sách quý I/2028, Thủ trưởng Thuế tỉnh Đông Giang yêu cầu các đơn "
            "vị tập trung thực hiện các nội dung sau:",
            "1. Về công tác quản lý nợ thuế: Phòng Quản lý nợ và cưỡng chế nợ thuế chủ trì, phối hợp Thuế cơ sở "
            "1 phân loại nợ, ban hành quyết định cưỡng chế các khoản nợ quá hạn trên 90 ngày trước ngày "
            "25/02/2028.",
            "2. Đối với công tác hoàn thuế: Phòng Kiểm tra thuế số 2 giải quyết hồ sơ hoàn thuế giá trị gia "
            "tăng đúng thời hạn, báo cáo kết quả trước ngày 10/3/2028.",
            "3. Về công tác tuyên truyền, hỗ trợ người nộp thuế:",
            "a) Phòng Nghiệp vụ - Dự toán - Pháp chế tổ chức hội nghị đối thoại với doanh nghiệp trong tháng "
            "3/2028.",
            "b) Thuế cơ sở 1, Thuế cơ sở 2 hướng dẫn hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính "
            "tiền; thực hiện thường xuyên.",
            "4. Về công tác chuyển đổi số: Văn phòng Thuế tỉnh cập nhật dữ liệu người nộp thuế trên hệ thống "
            "quản lý thuế tập trung hằng tháng.",
            "5. Về công tác thi đua, khen thưởng: Văn phòng Thuế tỉnh tổng hợp hồ sơ đề nghị khen thưởng năm "
            "2027, trình Hội đồng Thi đua - Khen thưởng trước ngày 20/01/2028.",
            "Các đơn vị báo cáo tiến độ thực hiện về Thuế tỉnh (qua Phòng Nghiệp vụ - Dự toán - Pháp chế) trước "
            "ngày 25/3/2028. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh kịp thời để được "
            "hướng dẫn./.",
            "Nơi nhận:",
            "- Như trên;",
            "- Cục Thuế (để b/c);",
            "- Lưu: VT, NVDTPC.",
            "KT. TRƯỞNG THUẾ TỈNH",
            "PHÓ TRƯỞNG THUẾ TỈNH",
            "Đinh Quốc Khánh",
        ],
    ).save(path)


RQ2_TEXT = """\
Văn bản điện tử - Hệ thống quản lý văn bản và điều hành huyện Sơn Lâm
ỦY BAN NHÂN DÂN
HUYỆN SƠN LÂM
Số: 1205/UBND-NNMT
V/v triển khai nhiệm vụ phòng, chống thiên tai mùa mưa bão năm 2027

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn Lâm, ngày 14 tháng 6 năm 2027

Kính gửi:
- Các cơ quan, đơn vị thuộc UBND huyện;
- UBND các xã, thị trấn.

Trước diễn biến phức tạp của thời tiết, để chủ động ứng phó với mưa lũ năm 2027, Chủ tịch UBND huyện yêu cầu:

1. Về công tác phòng, chống thiên tai: Ban Chỉ huy phòng thủ dân sự huyện rà soát, cập nhật phương án ứng phó với bão, lũ quét, sạt lở đất theo cấp độ rủi ro, trình UBND huyện trước ngày 30/6/2027.

2. Về bảo đảm an toàn hồ đập: Phòng Nông nghiệp và Môi trường chủ trì, phối hợp Trung tâm Dịch vụ nông nghiệp kiểm tra hiện trạng các hồ chứa nước thủy lợi, hoàn thành trước ngày 15/7/2027.

3. Về công tác y tế: Trung tâm Y tế huyện chuẩn bị cơ số thuốc, hóa chất xử lý môi trường sau lũ, hoàn thành trong tháng 7/2027.

4. Về công tác trực ban: Văn phòng HĐND và UBND huyện bố trí lịch trực ban 24/24 giờ, từ ngày 01/7/2027 đến hết ngày 30/11/2027.

5. Về thông tin, tuyên truyền: Trung tâm Văn hóa, Thông tin và Thể thao huyện đưa tin cảnh báo thiên tai trên hệ thống truyền thanh cơ sở hằng ngày.

UBND các xã, thị trấn báo cáo kết quả triển khai về UBND huyện (qua Phòng Nông nghiệp và Môi trường) trước ngày 10/7/2027. Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện./.

Nơi nhận:
- Như trên;
- TT Huyện ủy (b/c);
- Lưu: VT, NNMT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Thắng
"""


def rq2_txt(path: Path) -> None:
    """A district People's Committee's dispatch on the flood season (14/6/2027) as an e-office's plain
    text export: five points by topic and a closing request to the communes."""
    path.write_text(RQ2_TEXT, encoding="utf-8")


RQ3_POINTS = (
    "1. Về công tác kiểm soát nhiễm khuẩn: Khoa Kiểm soát nhiễm khuẩn giám sát việc tuân thủ vệ sinh tay "
    "tại các khoa lâm sàng, báo cáo kết quả trước ngày 15/10/2026.",
    "2. Về công tác dược: Khoa Dược chủ trì, phối hợp Phòng Tài chính kế toán hoàn thành lựa chọn nhà thầu "
    "cung ứng thuốc năm 2027 trước ngày 30/11/2026.",
    "3. Về chất lượng khám, chữa bệnh:",
    "a) Phòng Quản lý chất lượng tự đánh giá chất lượng bệnh viện năm 2026 theo bộ tiêu chí của Bộ Y tế, "
    "hoàn thành trước ngày 20/12/2026.",
    "b) Các khoa lâm sàng khảo sát sự hài lòng của người bệnh nội trú hằng tháng.",
    "4. Về công nghệ thông tin: Phòng Công nghệ thông tin triển khai bệnh án điện tử tại Khoa Nội tổng hợp, "
    "Khoa Ngoại tổng hợp trong quý IV/2026.",
    "Các khoa, phòng báo cáo kết quả thực hiện về Phòng Kế hoạch tổng hợp trước ngày 25/12/2026./.",
)


def rq3_html(path: Path) -> None:
    """A provincial hospital's dispatch on the fourth quarter's tasks (01/10/2026) as a web page: four
    points by topic, the third a bare topic over a) and b), a closing request to every ward."""
    paragraphs = "\n".join(f"<p>{text}</p>" for text in RQ3_POINTS)
    path.write_text(
        f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Công văn 1876/BVĐK-KHTH</title></head>
<body>
<table>
<tr><td>SỞ Y TẾ TỈNH NAM THUẬN<br>BỆNH VIỆN ĐA KHOA TỈNH</td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>
<tr><td>Số: 1876/BVĐK-KHTH<br>V/v triển khai nhiệm vụ trọng tâm quý IV/2026</td>
<td>Nam Thuận, ngày 01 tháng 10 năm 2026</td></tr>
</table>
<p>Kính gửi: Các khoa, phòng trong Bệnh viện.</p>
<p>Để hoàn thành kế hoạch năm 2026, Giám đốc Bệnh viện yêu cầu các khoa, phòng thực hiện các nội dung sau:</p>
{paragraphs}
<p>Nơi nhận:<br>- Như trên;<br>- Ban Giám đốc;<br>- Lưu: VT, KHTH.</p>
<p>GIÁM ĐỐC<br><br>Hà Minh Tâm</p>
</body>
</html>
""",
        encoding="utf-8",
    )


def siblings_rq() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    rq1_docx(h, DOCS / "rq1_cv_thue_tinh_nhiem_vu_quy.docx")
    rq2_txt(DOCS / "rq2_cv_huyen_phong_chong_thien_tai.txt")
    rq3_html(DOCS / "rq3_cv_benh_vien_nhiem_vu_quy.html")
