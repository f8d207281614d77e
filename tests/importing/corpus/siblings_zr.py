"""The main corpus's siblings of the held-out document h834 (a district health centre's winter-spring
disease-control plan), moved to the main corpus when the importer was taught its shapes (by h13fixZJ;
its shapes taught by h13fixZR on 2026-12-06).

Their shape: a prose plan whose topic headings each stand over a description paragraph and labelled
dash lines (`- Đơn vị thực hiện: …`, `- Thời gian: …`), after a note naming the body that leads every
activity below unless one says otherwise (`<body> (sau đây gọi tắt là <short>) là … chủ trì các nhiệm
vụ dưới đây, trừ khi ghi khác.`, `Các hoạt động sau đây do <body> (sau đây gọi là <short>) chủ trì
thực hiện, trừ trường hợp có ghi riêng.`): an activity with no unit line is led by that body; a unit
line listing the short name among others (`Phòng KTTT, Phòng Thông tin - Tuyên truyền`, `Tổ NVVH; Tổ
Hành chính - Tổng hợp`) names the body in full; and a time from one month of a year to the end of a
month of the next (`từ tháng 11/2027 đến hết tháng 4/2028`): the last month's end.

`zr1` (.docx): a provincial agricultural extension centre's winter-spring crop plan.
`zr2` (.docx): a district culture and sports centre's spring events plan.

Their expected items (expected/zr1_…, zr2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zr` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def _activity(doc, heading: str, description: str, *fields: str) -> None:
    para(doc, heading, bold=True)
    para(doc, description)
    for field in fields:
        para(doc, field)


def zr1_docx(path: Path) -> None:
    """A provincial agricultural extension centre's winter-spring crop plan (.docx)."""
    doc = document()
    head_block(
        doc,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTRUNG TÂM KHUYẾN NÔNG TỈNH\n───────\nSố: 41/KH-TTKN",
        right2="Đà Lạt, ngày 20 tháng 10 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Chuyển giao tiến bộ kỹ thuật vụ Đông Xuân 2027 - 2028", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Đưa giống mới và quy trình canh tác tiết kiệm nước đến nông dân các huyện vùng cao.")
    para(doc, "II. NỘI DUNG THỰC HIỆN", bold=True)
    para(
        doc,
        "Phòng Kỹ thuật trồng trọt (sau đây gọi tắt là Phòng KTTT) là phòng chuyên môn chủ trì các nhiệm vụ dưới đây, trừ khi ghi khác.",
    )
    _activity(
        doc,
        "1. Mô hình lúa cải tiến",
        "Xây dựng 05 mô hình canh tác lúa cải tiến tại các xã Tân Lập, Đạ Nhim, Phi Liêng.",
        "- Thời gian: từ tháng 11/2027 đến hết tháng 4/2028.",
    )
    _activity(
        doc,
        "2. Tập huấn nông dân",
        "Mở 12 lớp tập huấn kỹ thuật bón phân cân đối cho hộ nông dân tham gia mô hình.",
        "- Đơn vị thực hiện: Phòng KTTT, Phòng Thông tin - Tuyên truyền.",
        "- Thời gian: tháng 12/2027.",
    )
    _activity(
        doc,
        "3. Cung ứng giống",
        "Cung ứng 20 tấn giống lúa xác nhận cho các hợp tác xã nông nghiệp.",
        "- Đơn vị thực hiện: Phòng Dịch vụ khuyến nông.",
        "- Thời gian: trước ngày 20/11/2027.",
    )
    _activity(
        doc,
        "4. Hội thảo đầu bờ",
        "Tổ chức hội thảo đầu bờ đánh giá hiệu quả các mô hình với đại diện chính quyền xã.",
        "- Thời gian: tháng 5/2028.",
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Phòng KTTT là đơn vị đầu mối, theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch./.")
    sign_table(doc, "Nơi nhận:\n- Sở NN&MT;\n- Lưu: VT.", "GIÁM ĐỐC\n\n\n\nK'Brơi Ha Nhung")
    doc.save(path)


def zr2_docx(path: Path) -> None:
    """A district culture and sports centre's spring events plan (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN KRÔNG BÔNG\nTRUNG TÂM VĂN HÓA - THỂ THAO\n───────\nSố: 05/KH-TTVHTT",
        right2="Krông Bông, ngày 15 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức các hoạt động văn hóa, thể thao năm 2028", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "Phục vụ nhiệm vụ chính trị của huyện, đáp ứng nhu cầu hưởng thụ văn hóa của Nhân dân.")
    para(doc, "II. CÁC HOẠT ĐỘNG", bold=True)
    para(
        doc,
        "Các hoạt động sau đây do Tổ Nghiệp vụ văn hóa (sau đây gọi là Tổ NVVH) chủ trì thực hiện, trừ trường hợp có ghi riêng.",
    )
    _activity(
        doc,
        "1. Hội diễn văn nghệ quần chúng",
        "Tổ chức Hội diễn văn nghệ quần chúng chào mừng Đại hội Đảng bộ huyện với 18 đội tham gia.",
        "- Thời gian: từ tháng 02/2028 đến hết tháng 3/2028.",
    )
    _activity(
        doc,
        "2. Giải bóng chuyền hơi",
        "Tổ chức Giải bóng chuyền hơi nam, nữ các xã, thị trấn lần thứ V.",
        "- Đơn vị thực hiện: Tổ Thể dục thể thao.",
        "- Thời gian: tháng 4/2028.",
    )
    _activity(
        doc,
        "3. Triển lãm ảnh",
        "Trưng bày triển lãm ảnh Quê hương đổi mới tại Quảng trường trung tâm huyện.",
        "- Thời gian: ngày 30/4/2028.",
        "- Đơn vị thực hiện: Tổ NVVH; Tổ Hành chính - Tổng hợp.",
    )
    _activity(
        doc,
        "4. Chiếu phim lưu động",
        "Chiếu phim lưu động phục vụ đồng bào tại 24 buôn, thôn đặc biệt khó khăn.",
        "- Đơn vị thực hiện: Đội Thông tin lưu động.",
        "- Thời gian: từ tháng 5/2028 đến hết tháng 9/2028.",
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Tổ NVVH là đầu mối theo dõi, tổng hợp kết quả, báo cáo Giám đốc Trung tâm trước ngày 15/10/2028./.",
    )
    sign_table(doc, "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.", "GIÁM ĐỐC\n\n\n\nY Thuyn Mlô")
    doc.save(path)


def siblings_zr() -> None:
    zr1_docx(DOCS / "zr1_kh_khuyen_nong_dong_xuan_chu_tri_mac_dinh.docx")
    zr2_docx(DOCS / "zr2_kh_ttvhtt_huyen_do_to_chu_tri.docx")
