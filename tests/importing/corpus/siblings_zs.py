"""The main corpus's siblings of the held-out document h865 (a provincial Department of Health's
dispatch to pharmacies for Tết), moved to the main corpus when the importer was taught its shape, by
h13fixZS on 2026-12-06.

Their shape: a dispatch whose bold numbered labels are every facility of a kind and nothing more
(`1. Các cơ sở giết mổ gia súc, gia cầm`, `1. Các trường mầm non`) over lettered points (tasks, their
lead not scored); a named body's point opening with its verb, sampling counted (`Trạm X lấy 60 mẫu
…`), beside points opening with a chairing body (`Chi cục Y chủ trì, phối hợp …`) or an addressed one
(`Đề nghị Đội Z phối hợp …`).

`zs1` (.docx): a provincial Department of Agriculture's dispatch on slaughterhouses before Tết.
`zs2` (.docx): a district education office's dispatch on school safety before the summer.

Their expected items (expected/zs1_…, zs2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zs` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def zs1_docx(path: Path) -> None:
    """A provincial Department of Agriculture's dispatch before Tết (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH BẢO LAM\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n───────\nSố: 96/SNNMT-CNTY\nV/v bảo đảm an toàn thực phẩm sản phẩm động vật dịp Tết Nguyên đán 2028",
        right2="Bảo Lam, ngày 04 tháng 01 năm 2028",
    )
    para(doc, "Kính gửi:")
    para(doc, "- Các cơ sở giết mổ gia súc, gia cầm trên địa bàn tỉnh;")
    para(doc, "- Các cơ sở kinh doanh thuốc thú y;")
    para(doc, "- Trạm Chẩn đoán xét nghiệm bệnh động vật.")
    para(
        doc,
        "Để bảo đảm nguồn thực phẩm có nguồn gốc động vật an toàn phục vụ nhân dân dịp Tết, Sở Nông nghiệp và Môi trường yêu cầu các đơn vị thực hiện một số nội dung sau:",
    )
    para(doc, "1. Các cơ sở giết mổ gia súc, gia cầm", bold=True)
    para(
        doc,
        "a) Vệ sinh, tiêu độc khu giết mổ sau mỗi ca; hoàn thành sửa chữa hệ thống xử lý nước thải trước ngày 20/01/2028.",
    )
    para(
        doc,
        "b) Ghi chép sổ theo dõi nguồn gốc động vật đưa vào giết mổ, gửi bản sao về Chi cục Chăn nuôi và Thú y trước ngày 25/01/2028.",
    )
    para(doc, "2. Các cơ sở kinh doanh thuốc thú y", bold=True)
    para(doc, "a) Niêm yết giá bán thuốc thú y tại nơi bán; thực hiện thường xuyên.")
    para(doc, "b) Báo cáo lượng thuốc thú y tồn kho về Chi cục Chăn nuôi và Thú y trước ngày 15/02/2028.")
    para(
        doc,
        "3. Trạm Chẩn đoán xét nghiệm bệnh động vật lấy 60 mẫu thịt tại các chợ đầu mối để xét nghiệm vi sinh trong quý I/2028; kết quả gửi Sở trước ngày 31/3/2028.",
    )
    para(
        doc,
        "4. Chi cục Chăn nuôi và Thú y chủ trì, phối hợp Thanh tra Sở kiểm tra các cơ sở giết mổ từ ngày 10/01 đến ngày 20/02/2028.",
    )
    para(
        doc,
        "5. Đề nghị Đội Quản lý thị trường số 3 phối hợp kiểm tra việc vận chuyển gia cầm không rõ nguồn gốc vào địa bàn tỉnh.",
    )
    para(doc, "Sở Nông nghiệp và Môi trường yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.")
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, CNTY.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nLò Văn Khiêm",
    )
    doc.save(path)


def zs2_docx(path: Path) -> None:
    """A district education office's dispatch before the summer (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN ĐAN PHONG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n───────\nSố: 231/PGDĐT-PT\nV/v bảo đảm an toàn cho học sinh trước kỳ nghỉ hè năm 2028",
        right2="Đan Phong, ngày 02 tháng 5 năm 2028",
    )
    para(doc, "Kính gửi:")
    para(doc, "- Các trường mầm non, tiểu học, trung học cơ sở;")
    para(doc, "- Trung tâm Văn hóa - Thể thao huyện.")
    para(
        doc,
        "Để phòng ngừa tai nạn thương tích cho học sinh trong dịp hè, Phòng Giáo dục và Đào tạo đề nghị các đơn vị thực hiện các nội dung sau:",
    )
    para(doc, "1. Các trường mầm non", bold=True)
    para(doc, "a) Kiểm tra, sửa chữa đồ chơi ngoài trời, hoàn thành trước ngày 15/5/2028.")
    para(doc, "b) Tổ chức tập huấn sơ cứu cho giáo viên, nhân viên trước ngày 30/5/2028.")
    para(doc, "2. Các trường tiểu học, trung học cơ sở", bold=True)
    para(doc, "a) Rà soát hồ sơ học sinh hoàn thành chương trình, gửi về Phòng trước ngày 05/6/2028.")
    para(doc, "b) Thực hiện kiểm tra an toàn phòng học, lan can, cầu thang; thực hiện thường xuyên.")
    para(
        doc,
        "3. Trung tâm Y tế huyện lấy 40 mẫu nước uống tại các trường để xét nghiệm; kết quả gửi Phòng trước ngày 20/6/2028.",
    )
    para(
        doc,
        "4. Tổ Phổ thông chủ trì, phối hợp Tổ Mầm non tổng hợp kết quả, báo cáo Trưởng phòng trước ngày 30/6/2028.",
    )
    para(
        doc,
        "5. Đề nghị Trung tâm Văn hóa - Thể thao huyện mở lớp dạy bơi miễn phí cho học sinh trong tháng 7/2028.",
    )
    para(doc, "Phòng Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.")
    sign_table(doc, "Nơi nhận:\n- Như trên;\n- Lưu: VT, PT.", "TRƯỞNG PHÒNG\n\n\n\nHà Thị Nguyệt")
    doc.save(path)


def siblings_zs() -> None:
    zs1_docx(DOCS / "zs1_cv_snn_thu_y_tet.docx")
    zs2_docx(DOCS / "zs2_cv_pgd_an_toan_he.docx")
