"""The main corpus's siblings of the held-out documents h843 (a provincial inspectorate's dispatch on
lingering complaints) and h845 (a provincial labour confederation's women's committee plan), moved to
the main corpus when the importer was taught their shapes, by h13fixZK on 2026-12-06.

Their shape: a closing request that opens with its round before its subject (`Định kỳ hằng quý
(trước ngày 20 …), các cơ quan, đơn vị báo cáo …`), after a remark of its own sentence in the same
paragraph under a dispatch's last label (the item starts at the round), or numbered under `TỔ CHỨC
THỰC HIỆN` with two rounds each with its own day (`Định kỳ quý (trước ngày …) và năm (trước ngày
…), Hội Nông dân các huyện … báo cáo …`); a span as the task's closing clause (`; thời hạn 30 ngày kể
từ ngày nhận được công văn này`: review) and an act done `định kỳ theo quy định` (recurring).

`zk1` (.docx): a provincial construction department's dispatch on building-order violations.
`zk2` (.docx): a provincial Farmers' Union plan.
`zk3` (.doc, legacy, from .docx by LibreOffice): a provincial Youth Union committee's plan.

Their expected items (expected/zk1_…, zk2_…, zk3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zk` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table, soffice  # noqa: E402 — heldout/ first


def zk1_docx(path: Path) -> None:
    """A provincial construction department's dispatch: labels per addressee, a remark then the round-first request (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH TIỀN HẢI\nSỞ XÂY DỰNG\n───────\nSố: 512/SXD-TTr\nV/v chấn chỉnh trật tự xây dựng",
        right2="Tiền Hải, ngày 10 tháng 01 năm 2028",
    )
    para(doc, "Kính gửi:")
    para(doc, "- Các phòng, đơn vị thuộc Sở;")
    para(doc, "- Ủy ban nhân dân các huyện, thị xã.")
    para(
        doc,
        "Thực hiện Chỉ thị số 03/CT-UBND ngày 05/01/2028 của Ủy ban nhân dân tỉnh về tăng cường quản lý trật tự xây dựng, Sở Xây dựng đề nghị:",
    )
    para(doc, "1. Đối với Ủy ban nhân dân các huyện, thị xã", bold=True)
    para(
        doc,
        "a) Rà soát các công trình xây dựng không phép trên địa bàn, lập danh sách gửi Sở Xây dựng (qua Thanh tra Sở) chậm nhất ngày 15/3/2028.",
    )
    para(
        doc,
        "b) Chỉ đạo Ủy ban nhân dân cấp xã kiểm tra định kỳ theo quy định đối với các công trình đang thi công trên địa bàn, xử lý kịp thời vi phạm.",
    )
    para(doc, "2. Đối với Ủy ban nhân dân huyện Tân Phước:", bold=True)
    para(
        doc,
        "Xử lý dứt điểm công trình lấn chiếm hành lang kênh Bảy Thước tại xã Hưng Thạnh; thời hạn 30 ngày kể từ ngày nhận được công văn này.",
    )
    para(doc, "3. Đối với Phòng Quản lý xây dựng:", bold=True)
    para(
        doc,
        "Phối hợp với Thanh tra Sở hướng dẫn các huyện, thị xã cập nhật dữ liệu công trình vi phạm vào phần mềm quản lý trật tự xây dựng, hoàn thành trước ngày 30/4/2028.",
    )
    para(
        doc,
        "Việc rà soát phải đầy đủ, chính xác, không bỏ sót công trình. Định kỳ hằng quý (trước ngày 20 của tháng cuối quý), các cơ quan, đơn vị báo cáo kết quả xử lý vi phạm trật tự xây dựng về Sở Xây dựng (qua Thanh tra Sở) để tổng hợp.",
    )
    para(doc, "Sở Xây dựng đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.")
    sign_table(
        doc, "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, TTr.", "GIÁM ĐỐC\n\n\n\nTrịnh Văn Khải"
    )
    doc.save(path)


def _fielded_plan(doc, tasks: list[tuple[str, list[str]]]) -> None:
    for heading, fields in tasks:
        para(doc, heading, bold=True)
        for field in fields:
            para(doc, field)


def zk2_docx(path: Path) -> None:
    """A provincial Farmers' Union plan: tasks with fields, a numbered round-first request (.docx)."""
    doc = document()
    head_block(
        doc,
        "HỘI NÔNG DÂN TỈNH BÌNH NGUYÊN\n───────\nSố: 41/KH-HND",
        right2="Bình Nguyên, ngày 15 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hội viên phát triển kinh tế năm 2028", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Nâng cao thu nhập của hội viên nông dân; phát triển các mô hình sản xuất an toàn, liên kết theo chuỗi.",
    )
    para(doc, "II. NỘI DUNG", bold=True)
    _fielded_plan(
        doc,
        [
            (
                "1. Tập huấn kỹ thuật trồng cây ăn quả theo tiêu chuẩn VietGAP",
                ["- Đơn vị chủ trì: Ban Kinh tế - Xã hội Hội Nông dân tỉnh.", "- Thời gian: tháng 4/2028."],
            ),
            (
                "2. Hội chợ nông sản an toàn cấp tỉnh năm 2028",
                ["- Thời gian: Quý III/2028.", "- Đơn vị chủ trì: Trung tâm Hỗ trợ nông dân tỉnh."],
            ),
            (
                "3. Giải ngân vốn Quỹ Hỗ trợ nông dân cho các dự án mới",
                [
                    "- Đơn vị chủ trì: Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh.",
                    "- Thời gian hoàn thành: trước ngày 30/9/2028.",
                ],
            ),
        ],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Ban Kinh tế - Xã hội Hội Nông dân tỉnh là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
    )
    para(
        doc,
        "2. Văn phòng Hội Nông dân tỉnh bố trí kinh phí thực hiện Kế hoạch từ nguồn kinh phí hoạt động năm 2028.",
    )
    para(
        doc,
        "3. Hội Nông dân các huyện, thị xã căn cứ Kế hoạch chủ động triển khai phù hợp với tình hình địa phương.",
    )
    para(
        doc,
        "4. Định kỳ quý (trước ngày 20 của tháng cuối quý) và năm (trước ngày 30/11), Hội Nông dân các huyện, thị xã báo cáo kết quả thực hiện về Hội Nông dân tỉnh (qua Ban Kinh tế - Xã hội).",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Trung ương Hội (b/c);\n- Lưu: VT, KTXH.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nLò Văn Thưởng",
    )
    doc.save(path)


def zk3_doc(path: Path) -> None:
    """A provincial Youth Union committee's plan: fields, a round-first request with each round's day (.doc)."""
    doc = document()
    head_block(
        doc,
        "BCH ĐOÀN TỈNH SƠN HÀ\n───────\nSố: 88-KH/TĐTN-PT",
        right="ĐOÀN TNCS HỒ CHÍ MINH",
        right2="Sơn Hà, ngày 20 tháng 02 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Công tác đoàn và phong trào thanh thiếu nhi năm 2028", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phát huy vai trò xung kích của đoàn viên, thanh niên trong phát triển kinh tế - xã hội của tỉnh.",
    )
    para(doc, "II. NỘI DUNG", bold=True)
    _fielded_plan(
        doc,
        [
            (
                "1. Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2028",
                ["- Đơn vị chủ trì: Ban Phong trào Tỉnh đoàn.", "- Thời gian: tháng 7/2028."],
            ),
            (
                "2. Tuyên truyền pháp luật về an toàn giao thông cho đoàn viên, thanh niên",
                ["- Đơn vị chủ trì: Ban Tuyên giáo Tỉnh đoàn.", "- Thời gian: thường xuyên."],
            ),
            (
                "3. Kiểm tra công tác đoàn tại 10 cơ sở đoàn trực thuộc",
                ["- Thời gian: tháng 10/2028.", "- Đơn vị chủ trì: Ban Tổ chức - Kiểm tra Tỉnh đoàn."],
            ),
        ],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc, "1. Ban Phong trào Tỉnh đoàn là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch."
    )
    para(doc, "2. Các đoàn trực thuộc căn cứ Kế hoạch chủ động xây dựng kế hoạch triển khai tại đơn vị.")
    para(
        doc,
        "3. Định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 10/11), các đoàn trực thuộc báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh đoàn (qua Ban Phong trào).",
    )
    sign_table(
        doc, "Nơi nhận:\n- TW Đoàn (b/c);\n- Lưu: VP, PT.", "TM. BAN THƯỜNG VỤ\nBÍ THƯ\n\n\n\nHà Minh Tuấn"
    )
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{path.stem}.docx"
        doc.save(source)
        soffice(source, "doc", path)


def siblings_zk() -> None:
    zk1_docx(DOCS / "zk1_cv_thanh_tra_so_xay_dung_dinh_ky_sau_luu_y.docx")
    zk2_docx(DOCS / "zk2_kh_hoi_nong_dan_tinh_dinh_ky_quy_nam.docx")
    zk3_doc(DOCS / "zk3_kh_tinh_doan_dinh_ky_6_thang_nam.doc")
