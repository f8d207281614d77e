# ruff: noqa: E501 — document text is data: long lines.
"""The main corpus's siblings of the held-out documents h527 and h532 (moved to the main corpus when
the importer was taught their shapes, helper h13fixRW).
rw1: a commune health station's month plan (.docx) whose table `TT | Thời gian | Nội dung công việc |
Người phụ trách | Ghi chú` is grouped by week rows (`Tuần 2 (từ 08/3 đến 14/3/2027)`) printed in the
time column and merged across the rest of the row, the number cell left blank and unmerged: each is
a heading over its rows, neither an item nor the time of the row above; the leads are posts and
people (`Trạm trưởng`, `Y sĩ Phạm Thu Hà; Cộng tác viên dân số`), as printed.
rw2: a provincial tax office's quarter programme (.docx) whose units are numbered bold headings
closing with the number the office calls them by (`1. Phòng Quản lý hộ kinh doanh, cá nhân và thu
khác (Phòng 4)`, `2. Đội Kiểm tra thuế số 1 (Đội 1)`): the full name before the parenthesis leads
the dash tasks below, the number is the same body's short name.
rw3: a provincial inspectorate's quarter programme (.docx) of the same shape in plain headings whose
long names are full of commas (`1. Phòng Thanh tra, giải quyết khiếu nại, tố cáo và phòng, chống
tham nhũng khối kinh tế ngành (Phòng 2):`). Their expected items
(expected/rw*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rw` writes the three.
"""

from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, bold_marked, grid_table, letter, paragraphs


def rw1_docx(h, path: Path) -> None:
    """A commune health station's plan for March 2027 (24/02/2027): a short aim, the week table of six
    tasks under four week rows, a closing line with no time."""
    document = letter(
        h,
        ["UBND XÃ TÂN LẬP", "TRẠM Y TẾ XÃ TÂN LẬP", "Số: 07/KH-TYT"],
        "Tân Lập, ngày 24 tháng 02 năm 2027",
        [
            "**KẾ HOẠCH",
            "**Hoạt động tháng 3 năm 2027",
            "**I. MỤC TIÊU",
            "Duy trì tiêm chủng đầy đủ cho trẻ em; chủ động phòng chống dịch bệnh mùa xuân; quản lý tốt "
            "người mắc bệnh không lây nhiễm trên địa bàn.",
            "**II. NỘI DUNG HOẠT ĐỘNG",
        ],
        write=bold_marked,
    )
    grid_table(
        document,
        ["TT", "Thời gian", "Nội dung công việc", "Người phụ trách", "Ghi chú"],
        [
            "Tuần 1 (từ 01/3 đến 07/3/2027)",
            ["1", "02/3", "Tiêm chủng mở rộng định kỳ tháng 3 cho trẻ dưới 1 tuổi", "Trạm trưởng", ""],
            [
                "2",
                "03/3 - 06/3",
                "Rà soát, lập danh sách người cao tuổi khám sức khỏe định kỳ",
                "Y sĩ Phạm Thu Hà",
                "",
            ],
            "Tuần 2 (từ 08/3 đến 14/3/2027)",
            [
                "3",
                "10/3",
                "Truyền thông phòng chống sốt xuất huyết tại nhà văn hóa các thôn",
                "Y sĩ Phạm Thu Hà; Cộng tác viên dân số",
                "",
            ],
            ["4", "08/3 - 12/3", "Phun hóa chất diệt muỗi tại ổ dịch cũ thôn Đông", "Trạm trưởng", ""],
            "Tuần 3 (từ 15/3 đến 21/3/2027)",
            [
                "5",
                "17/3",
                "Khám sàng lọc tăng huyết áp, đái tháo đường cho người từ 40 tuổi",
                "Bác sĩ Trần Văn Lực",
                "7h30",
            ],
            "Tuần 4 (từ 22/3 đến 31/3/2027)",
            [
                "6",
                "29/3 - 31/3",
                "Tổng hợp báo cáo thống kê y tế tháng 3 gửi Trung tâm Y tế khu vực",
                "Kế toán; Dược sĩ",
                "",
            ],
        ],
    )
    paragraphs(
        document,
        [
            "Trên đây là Kế hoạch hoạt động tháng 3 năm 2027 của Trạm Y tế xã Tân Lập.",
            "Nơi nhận:",
            "- Trung tâm Y tế khu vực (b/c);",
            "- Lưu: TYT.",
            "TRẠM TRƯỞNG",
            "Lò Văn Sinh",
        ],
    )
    document.save(path)


def rw2_docx(h, path: Path) -> None:
    """A provincial tax office's programme for the second quarter of 2027 (28/03/2027): four unit
    headings, three of them closing with the number the office calls the unit by, dash tasks below."""
    letter(
        h,
        ["CỤC THUẾ", "THUẾ TỈNH BẮC SƠN", "Số: 512/CTr-TBS"],
        "Bắc Sơn, ngày 28 tháng 3 năm 2027",
        [
            "**CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2027",
            "Thực hiện nhiệm vụ thu ngân sách năm 2027, Thuế tỉnh Bắc Sơn ban hành Chương trình công tác "
            "quý II năm 2027 của các phòng, đội như sau:",
            "**I. NHIỆM VỤ CỦA CÁC PHÒNG, ĐỘI",
            "**1. Phòng Quản lý hộ kinh doanh, cá nhân và thu khác (Phòng 4)",
            "- Rà soát, cập nhật doanh thu khoán của hộ kinh doanh trên địa bàn; hoàn thành trong tháng 4/2027.",
            "- Đôn đốc thu lệ phí trước bạ nhà, đất của cá nhân, trước ngày 20/5/2027.",
            "**2. Đội Kiểm tra thuế số 1 (Đội 1)",
            "- Kiểm tra tại trụ sở người nộp thuế đối với 12 doanh nghiệp theo kế hoạch năm; Quý II.",
            "- Theo dõi, đôn đốc doanh nghiệp nộp số thuế truy thu sau kiểm tra; thường xuyên.",
            "**3. Phòng Nghiệp vụ, dự toán, pháp chế (Phòng 1)",
            "- Xây dựng báo cáo đánh giá thực hiện dự toán thu ngân sách 6 tháng đầu năm, trước ngày 25/6/2027.",
            "**4. Văn phòng",
            "- Chuẩn bị hội nghị sơ kết công tác thuế 6 tháng đầu năm 2027; tháng 6/2027.",
            "Nơi nhận:",
            "- Cục Thuế (b/c);",
            "- Lưu: VT, VP.",
            "TRƯỞNG THUẾ TỈNH",
            "Hà Minh Khôi",
        ],
        write=bold_marked,
    ).save(path)


def rw3_docx(h, path: Path) -> None:
    """A provincial inspectorate's programme for the third quarter of 2027 (25/06/2027): three unit
    headings (plain text), two with long names full of commas closing with the unit's number, one of
    them with a colon, dash tasks below."""
    letter(
        h,
        ["UBND TỈNH ĐÔNG HẢI", "THANH TRA TỈNH", "Số: 88/CTr-TTr"],
        "Đông Hải, ngày 25 tháng 6 năm 2027",
        [
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2027",
            "Căn cứ Kế hoạch thanh tra năm 2027 đã được phê duyệt, Thanh tra tỉnh xây dựng Chương trình công "
            "tác quý III năm 2027 như sau:",
            "I. NHIỆM VỤ CỦA CÁC PHÒNG",
            "1. Phòng Thanh tra, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng khối kinh tế ngành "
            "(Phòng 2):",
            "- Tiến hành thanh tra việc quản lý, sử dụng vốn đầu tư công tại Ban Quản lý dự án giao thông; "
            "hoàn thành trong tháng 8/2027.",
            "- Tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh vào ngày 15 hằng tháng.",
            "2. Phòng Giám sát, kiểm tra và xử lý sau thanh tra đối với các cơ quan, đơn vị cấp huyện (Phòng 4)",
            "- Theo dõi, đôn đốc việc thực hiện kết luận thanh tra đã ban hành; thường xuyên.",
            "- Kiểm tra việc xử lý sau thanh tra tại 03 xã, trước ngày 15/9/2027.",
            "3. Văn phòng",
            "- Tổng hợp báo cáo công tác thanh tra quý III gửi Thanh tra Chính phủ, trước ngày 20/9/2027.",
            "Nơi nhận:",
            "- Thanh tra Chính phủ (b/c);",
            "- Lưu: VT.",
            "CHÁNH THANH TRA",
            "Nông Văn Đức",
        ],
    ).save(path)


def siblings_rw() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    rw1_docx(h, DOCS / "rw1_kh_thang_tram_y_te_tuan_gop.docx")
    rw2_docx(h, DOCS / "rw2_ct_quy_thue_tinh_phong_so.docx")
    rw3_docx(h, DOCS / "rw3_ct_quy_thanh_tra_tinh_phong_so_dai.docx")
