"""The main corpus's siblings of the held-out document h528 (moved to the main corpus when the
importer was taught its shape, helper h13fixRU): a small body's notice of conclusions whose points are
given to its staff posts rather than units, the body having no unit below it. ru1: a primary school's
notice of the Principal's conclusions (.docx) — a deputy head by her field, a team head, the
librarian, the clerk, the accountant, every class's teachers, and a request to the parents' board.
ru2: a commune health station's notice of the Head's conclusions as an e-office text export (.txt) —
the midwife, the physician assistant, the accountant, the village health workers, and a request to
the elderly association's board. Their expected items (expected/ru*_…) were written by hand before
the first import. `python tests/importing/corpus/make_docs.py --siblings-ru` writes both.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, letter


def ru1_docx(h, path: Path) -> None:
    """A primary school's notice of the Principal's conclusions (22/02/2028): an assessment, six
    numbered points given to posts, a request to the parents' board."""
    letter(
        h,
        ["UBND PHƯỜNG AN KHÁNH", "TRƯỜNG TIỂU HỌC KIM ĐỒNG", "Số: 15/TB-THKĐ"],
        "An Khánh, ngày 22 tháng 02 năm 2028",
        [
            "THÔNG BÁO",
            "Kết luận của Hiệu trưởng tại cuộc họp Hội đồng trường tháng 02 năm 2028",
            "Ngày 21/02/2028, Trường Tiểu học Kim Đồng họp Hội đồng trường tháng 02. Chủ trì: ông Lê Văn "
            "Tâm, Hiệu trưởng. Sau khi nghe các ý kiến, Hiệu trưởng kết luận như sau:",
            "I. ĐÁNH GIÁ CHUNG",
            "Học kỳ I, 100% học sinh hoàn thành chương trình lớp học; tuy nhiên, một số phòng học khối 1 "
            "còn thiếu bàn ghế đúng quy cách, việc cập nhật sổ điểm điện tử còn chậm.",
            "II. NHIỆM VỤ TRỌNG TÂM",
            "1. Phó Hiệu trưởng phụ trách cơ sở vật chất kiểm tra, sửa chữa bàn ghế các phòng học khối 1, "
            "hoàn thành trước ngày 28/02/2028.",
            "2. Tổ trưởng chuyên môn khối 5 xây dựng đề ôn tập giữa học kỳ II, nộp Phó Hiệu trưởng trước "
            "ngày 05/3/2028.",
            "3. Nhân viên thư viện phối hợp với Liên đội tổ chức Ngày hội đọc sách vào ngày 20/3/2028.",
            "4. Văn thư cập nhật văn bản đi, đến trên hệ thống quản lý văn bản điện tử hằng ngày.",
            "5. Kế toán công khai tài chính học kỳ I trên bảng tin nhà trường trước ngày 15/3/2028.",
            "6. Giáo viên các lớp thường xuyên nhắc nhở học sinh đội mũ bảo hiểm khi ngồi trên xe máy.",
            "III. Đề nghị Ban đại diện cha mẹ học sinh phối hợp với nhà trường vận động phụ huynh đưa đón "
            "học sinh đúng giờ, bảo đảm an toàn giao thông trước cổng trường trong tháng 3/2028.",
            "Trên đây là kết luận của Hiệu trưởng; đề nghị các bộ phận, cá nhân nghiêm túc thực hiện./.",
            "Nơi nhận:",
            "- CB, GV, NV nhà trường;",
            "- Ban đại diện CMHS;",
            "- Lưu: VT.",
            "HIỆU TRƯỞNG",
            "Lê Văn Tâm",
        ],
    ).save(path)


RU2_TEXT = """TRẠM Y TẾ XÃ PHÚ LỘC
Số: 09/TB-TYT
Phú Lộc, ngày 03 tháng 4 năm 2028

THÔNG BÁO
Kết luận của Trưởng trạm tại cuộc họp giao ban tháng 4 năm 2028

Ngày 02/4/2028, Trạm Y tế xã Phú Lộc họp giao ban. Chủ trì: bà Trần Thị Hoa, Trưởng trạm. Trưởng trạm kết luận như sau:

1. Kết quả tháng 3
Tháng 3/2028, Trạm khám, chữa bệnh cho 1.240 lượt người; tỷ lệ tiêm chủng đầy đủ đạt 97%. Tuy nhiên, việc quản lý người bệnh tăng huyết áp tại nhà còn chưa thường xuyên.

2. Nhiệm vụ tháng 4/2028
a) Nữ hộ sinh lập danh sách phụ nữ có thai trên địa bàn, hẹn khám thai định kỳ, hoàn thành trước ngày 10/4/2028.
b) Y sĩ đa khoa phối hợp với Trường Mầm non xã khám sức khỏe cho trẻ, xong trong tháng 4/2028.
c) Kế toán hoàn thiện hồ sơ thanh toán bảo hiểm y tế quý I, gửi Bảo hiểm xã hội huyện trước ngày 12/4/2028.
d) Nhân viên y tế thôn bản hướng dẫn người dân diệt lăng quăng, bọ gậy hằng tuần.

3. Đề nghị Ban đại diện Hội Người cao tuổi xã vận động hội viên tham gia khám sàng lọc tăng huyết áp tổ chức ngày 18/4/2028.

Trên đây là kết luận của Trưởng trạm; đề nghị viên chức, nhân viên Trạm thực hiện./.

Nơi nhận:
- Viên chức, nhân viên Trạm;
- Hội NCT xã;
- Lưu: VT.

TRƯỞNG TRẠM
Trần Thị Hoa
"""


def siblings_ru() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    ru1_docx(h, DOCS / "ru1_tb_kl_truong_tieu_hoc_chuc_danh.docx")
    (DOCS / "ru2_tb_kl_tram_y_te_xa_chuc_danh.txt").write_text(RU2_TEXT, encoding="utf-8")
