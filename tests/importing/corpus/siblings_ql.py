"""The main corpus's siblings of the held-out document h379 (moved to the main corpus when the importer
was taught its shape, helper h13fixQL): a decision or a dispatch that **amends a plan issued earlier**
— a table of tasks whose time changes (`Thời hạn theo Chương trình | Thời hạn sau điều chỉnh`: the
adjusted time is the due, earlier or later than the first), a task whose lead changes (`Cơ quan chủ
trì: Phòng X, thay cho Phòng Y`, `… (trước đây là Phòng Y)`: the new body leads; `30/11/2027 (thay
cho 30/9/2027)`: the new time), tasks added with their inline fields, tasks taken out of the plan
(`Bãi bỏ các nội dung sau …`, `Không tiếp tục thực hiện …`: no items) and a later article whose
second sentence is a named unit's dated duty. ql1: a district People's Committee's decision (.docx);
ql2: a hospital director's decision (.odt, LibreOffice), its adjusted tasks as unmarked paragraphs
under their lead-in, the Office's update `trong 03 ngày làm việc kể từ ngày ký`. ql3 (by hand,
docs/ql3_….txt): a department's dispatch to its schools as an e-office's text export. Their expected
items (expected/ql*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-ql` writes ql1 (.docx) and ql2 (.odt).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import a4, document, paragraphs, table  # noqa: E402 — heldout/ on the path first


def ql1_docx(h, path: Path) -> None:
    """A district People's Committee's decision amending its year's work programme: a table of three
    contents whose time changes (one brought forward), a dash whose lead changes (`, thay cho …`), two
    contents added (`a) Nội dung 41: …`), two struck out (`Bãi bỏ …`), `Điều 2` keeping the rest and
    giving the Office a dated follow-up."""
    doc = document(13)
    a4(doc)
    h.national_header(
        doc, ["ỦY BAN NHÂN DÂN", "HUYỆN TÂN PHƯỚC", "Số: 1275/QĐ-UBND"], "Tân Phước, ngày 08 tháng 7 năm 2027"
    )
    paragraphs(
        doc,
        [
            "QUYẾT ĐỊNH",
            "Sửa đổi, bổ sung Chương trình công tác năm 2027 của Ủy ban nhân dân huyện",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TÂN PHƯỚC",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
            "Căn cứ Quyết định số 35/QĐ-UBND ngày 06 tháng 01 năm 2027 của Chủ tịch UBND huyện ban hành Chương trình công tác năm 2027 của UBND huyện;",
            "Xét đề nghị của Chánh Văn phòng HĐND và UBND huyện.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Sửa đổi, bổ sung Chương trình công tác năm 2027 của UBND huyện ban hành kèm theo Quyết định số 35/QĐ-UBND ngày 06/01/2027 như sau:",
            "1. Điều chỉnh thời hạn thực hiện các nội dung sau:",
        ],
    )
    grid = table(
        doc,
        [
            "TT",
            "Nội dung (số thứ tự tại Chương trình)",
            "Cơ quan chủ trì",
            "Thời hạn theo Chương trình",
            "Thời hạn sau điều chỉnh",
            "Ghi chú",
        ],
        [
            [
                "1",
                "Nội dung 6: Xây dựng Đề án phát triển du lịch cộng đồng huyện giai đoạn 2027 - 2030",
                "Phòng Văn hóa, Khoa học và Thông tin",
                "Tháng 9/2027",
                "Tháng 11/2027",
                "Bổ sung ý kiến của các xã",
            ],
            [
                "2",
                "Nội dung 12: Tổng kết 05 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
                "Phòng Kinh tế",
                "Quý IV/2027",
                "15/9/2027",
                "Theo yêu cầu của UBND tỉnh",
            ],
            [
                "3",
                "Nội dung 19: Kiểm tra việc quản lý, sử dụng quỹ đất công ích tại các xã",
                "Phòng Nông nghiệp và Môi trường",
                "30/8/2027",
                "29/10/2027",
                "",
            ],
        ],
        h,
    )
    h.set_widths(grid, [0.4, 2.4, 1.3, 0.9, 0.9, 1.1])
    paragraphs(
        doc,
        [
            "2. Sửa đổi cơ quan chủ trì đối với nội dung sau:",
            "- Nội dung 23: Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND huyện với doanh nghiệp, hợp tác xã trên địa bàn. Cơ quan chủ trì: Phòng Tài chính - Kế hoạch, thay cho Văn phòng HĐND và UBND huyện; thời hạn: tháng 10/2027.",
            "3. Bổ sung các nội dung sau vào Chương trình:",
            "a) Nội dung 41: Xây dựng Kế hoạch ứng phó với bão, lũ mùa mưa năm 2027 trên địa bàn huyện. Cơ quan chủ trì: Ban Chỉ huy Phòng thủ dân sự huyện; cơ quan phối hợp: UBND các xã; thời hạn: 31/7/2027.",
            "b) Nội dung 42: Rà soát, sắp xếp lại các điểm trường lẻ của các trường mầm non, tiểu học. Cơ quan chủ trì: Phòng Giáo dục và Đào tạo; thời hạn: quý III/2027.",
            "4. Bãi bỏ các nội dung sau của Chương trình:",
            "- Nội dung 8: Tổ chức Lễ hội văn hóa các dân tộc huyện lần thứ III (do UBND tỉnh tổ chức tại huyện từ ngày 20/8/2027).",
            "- Nội dung 31: Sơ kết 03 năm thực hiện Nghị quyết số 05-NQ/HU của Huyện ủy; Cơ quan chủ trì: Phòng Nội vụ; thời hạn: tháng 11/2027.",
            "Điều 2. Các nội dung khác của Chương trình công tác năm 2027 giữ nguyên. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc các cơ quan thực hiện các nội dung được điều chỉnh, bổ sung, báo cáo Chủ tịch UBND huyện trước ngày 20/12/2027.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng các phòng, ban chuyên môn thuộc UBND huyện, Chủ tịch UBND các xã và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:",
            "- Như Điều 3;",
            "- TT Huyện ủy, TT HĐND huyện;",
            "- Lưu: VT.",
            "CHỦ TỊCH",
            "Lê Văn Thạnh",
        ],
    )
    doc.save(path)


def ql2_docx(h, path: Path) -> None:
    """A provincial hospital director's decision amending the hospital's year's activity plan: two
    activities whose lead and time change, printed as unmarked paragraphs under their lead-in (`(trước
    đây là …)`, `(thay cho <date>)`, one time brought forward), two added as dashes, two no longer
    carried out (no items), `Điều 2` giving the planning office the update in working days from the
    signing (Monday 12/7/2027 + 3 → Thursday 15/7/2027)."""
    doc = document(13)
    a4(doc)
    h.national_header(
        doc,
        ["SỞ Y TẾ TỈNH HÒA BÌNH NAM", "BỆNH VIỆN ĐA KHOA TỈNH", "Số: 642/QĐ-BVĐK"],
        "Hòa Bình Nam, ngày 12 tháng 7 năm 2027",
    )
    paragraphs(
        doc,
        [
            "QUYẾT ĐỊNH",
            "Về việc điều chỉnh Kế hoạch hoạt động năm 2027 của Bệnh viện",
            "GIÁM ĐỐC BỆNH VIỆN ĐA KHOA TỈNH",
            "Căn cứ Quyết định số 118/QĐ-BVĐK ngày 15 tháng 01 năm 2027 của Giám đốc Bệnh viện ban hành Kế hoạch hoạt động năm 2027;",
            "Theo đề nghị của Trưởng phòng Kế hoạch tổng hợp.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Điều chỉnh Kế hoạch hoạt động năm 2027 của Bệnh viện như sau:",
            "1. Điều chỉnh đơn vị chủ trì, thời gian thực hiện của các hoạt động sau:",
            "Hoạt động số 7: Triển khai bệnh án điện tử tại các khoa lâm sàng khối Nội. Đơn vị chủ trì: Phòng Công nghệ thông tin (trước đây là Phòng Kế hoạch tổng hợp); thời gian hoàn thành: 30/11/2027 (thay cho 30/9/2027).",
            "Hoạt động số 15: Khám sức khỏe định kỳ cho người lao động của Bệnh viện. Đơn vị chủ trì: Khoa Khám bệnh; thời gian hoàn thành: 31/8/2027 (thay cho 30/9/2027).",
            "2. Bổ sung các hoạt động sau:",
            "- Hoạt động số 52: Giám sát việc tuân thủ vệ sinh tay của nhân viên y tế tại các khoa. Đơn vị chủ trì: Khoa Kiểm soát nhiễm khuẩn; phối hợp: Phòng Điều dưỡng; thời gian: hằng tháng.",
            "- Hoạt động số 53: Tập huấn cấp cứu ban đầu cho trạm y tế các xã thuộc địa bàn chỉ đạo tuyến. Đơn vị chủ trì: Phòng Chỉ đạo tuyến; thời gian: tháng 10/2027.",
            "3. Không tiếp tục thực hiện các hoạt động sau:",
            "- Hoạt động số 21: Mua sắm hệ thống chụp cộng hưởng từ 1.5 Tesla (đã chuyển sang Kế hoạch đầu tư công trung hạn của tỉnh).",
            "- Hoạt động số 34: Xây dựng phần mềm quản lý kho dược riêng của Bệnh viện, hoàn thành tháng 12/2027.",
            "Điều 2. Giao Phòng Kế hoạch tổng hợp cập nhật các nội dung điều chỉnh vào Kế hoạch hoạt động năm 2027 và thông báo đến các khoa, phòng trong 03 ngày làm việc kể từ ngày ký Quyết định này.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng các khoa, phòng và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:",
            "- Như Điều 3;",
            "- Ban Giám đốc;",
            "- Lưu: VT, KHTH.",
            "GIÁM ĐỐC",
            "Trịnh Minh Khoa",
        ],
    )
    doc.save(path)


def siblings_ql() -> None:
    h = heldout_writers()
    DOCS.mkdir(exist_ok=True)
    ql1_docx(h, DOCS / "ql1_qd_sua_doi_bo_sung_ct_cong_tac_huyen.docx")
    if not shutil.which("soffice"):
        print("soffice not found: ql2 (.odt) was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "ql2_qd_dieu_chinh_kh_hoat_dong_benh_vien"
        ql2_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "odt", DOCS / f"{name}.odt")
