"""The main corpus's siblings of the held-out document h535 (moved to the main corpus when the importer
was taught its shape, helper h13fixSB): a plan whose tasks are numbered projects, each a `Đề án N.
<title>` or `Dự án N: <title>` line over labelled fields (the lead, the partners, what it holds, its
time, its measure or product), the `Nội dung` field among them or after them no task of its own.
sb1: a provincial Department of Education's plan (.pdf printed from .docx by LibreOffice, `Đề án N:`
over `-` fields, one project's fields running over a page break); sb2: a district People's
Committee's poverty-reduction plan (.docx, `Dự án N:` over `+` fields, `Nội dung thực hiện` last or
left out); sb3: a university's quality-assurance plan (.txt, `Đề án N.` over lettered fields `a)`–`đ)`).
Their expected items (expected/sb*_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-sb` writes all three.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

from heldout_writers import heldout_writers
from sibling_writers import DOCS, bold_marked, letter, write_converted


def _projects(label: str, mark: str, projects) -> list[str]:
    """Each `(title, [(field, value), …])` as a bold `<label> N<sep> <title>` line over its field lines
    (`mark` before each: `-`, `+`, or lettered `a)` … when mark is "letters")."""
    lines = []
    for number, (title, fields) in enumerate(projects, start=1):
        lines.append(f"**{label} {number}{title}")
        for index, (field, value) in enumerate(fields):
            opening = f"{'abcdđe'[index]})" if mark == "letters" else mark
            lines.append(f"{opening} {field}: {value}")
    return lines


SB1_PROJECTS = [
    (
        ": Phổ cập bơi an toàn cho học sinh tiểu học",
        [
            ("Cơ quan chủ trì", "Phòng Giáo dục Tiểu học"),
            ("Cơ quan phối hợp", "Phòng Kế hoạch - Tài chính; Sở Văn hóa, Thể thao và Du lịch"),
            (
                "Nội dung thực hiện",
                "Xây dựng 12 bể bơi lắp ghép tại các trường tiểu học vùng ven biển; tập huấn giáo viên "
                "thể dục về kỹ năng dạy bơi, phòng chống đuối nước cho học sinh lớp 3 đến lớp 5",
            ),
            ("Thời hạn hoàn thành", "31/5/2028"),
            ("Sản phẩm", "ít nhất 80% học sinh lớp 5 biết bơi an toàn"),
        ],
    ),
    (
        ": Dạy học ngoại ngữ theo chuẩn quốc tế tại 20 trường trung học",
        [
            ("Cơ quan chủ trì", "Phòng Giáo dục Trung học"),
            ("Cơ quan phối hợp", "Phòng Tổ chức cán bộ; các trường trung học phổ thông"),
            (
                "Nội dung thực hiện",
                "Lựa chọn chương trình, học liệu; bồi dưỡng giáo viên tiếng Anh đạt chuẩn năng lực bậc 5 "
                "theo khung sáu bậc dùng cho Việt Nam",
            ),
            ("Thời hạn hoàn thành", "Quý III/2028"),
            ("Sản phẩm", "20 trường dạy chương trình tiếng Anh tăng cường"),
        ],
    ),
    (
        ": Xây dựng kho học liệu số dùng chung toàn ngành",
        [
            ("Cơ quan chủ trì", "Trung tâm Công nghệ thông tin"),
            ("Cơ quan phối hợp", "Các phòng chuyên môn thuộc Sở"),
            (
                "Nội dung thực hiện",
                "Số hóa bài giảng, đề kiểm tra của các môn học; xây dựng quy chế khai thác và chia sẻ học "
                "liệu giữa các trường",
            ),
            ("Thời hạn hoàn thành", "Tháng 11/2028"),
            ("Sản phẩm", "kho học liệu với ít nhất 5.000 bài giảng điện tử"),
        ],
    ),
    (
        ": Kiểm định chất lượng các trường mầm non công lập",
        [
            ("Cơ quan chủ trì", "Phòng Khảo thí và Kiểm định chất lượng giáo dục, Phòng Giáo dục Mầm non"),
            ("Cơ quan phối hợp", "Phòng Giáo dục và Đào tạo các huyện"),
            (
                "Nội dung thực hiện",
                "Hướng dẫn các trường tự đánh giá; tổ chức đánh giá ngoài đối với 35 trường mầm non đã "
                "hoàn thành tự đánh giá",
            ),
            ("Thời hạn hoàn thành", "Từ tháng 2/2028 đến tháng 10/2028"),
            ("Sản phẩm", "35 trường được công nhận đạt kiểm định chất lượng cấp độ 2 trở lên"),
        ],
    ),
    (
        ": Bồi dưỡng năng lực quản trị cho hiệu trưởng",
        [
            ("Cơ quan chủ trì", "Phòng Tổ chức cán bộ"),
            ("Cơ quan phối hợp", "Trường Cao đẳng Sư phạm tỉnh"),
            (
                "Nội dung thực hiện",
                "Mở 04 lớp bồi dưỡng về quản trị tài chính, quản trị nhân sự và tự chủ trường học cho "
                "hiệu trưởng, phó hiệu trưởng",
            ),
            ("Thời hạn hoàn thành", "Trước ngày 15/8/2028"),
            ("Sản phẩm", "240 cán bộ quản lý được cấp chứng chỉ"),
        ],
    ),
    (
        ": Tư vấn tâm lý học đường tại các trường trung học phổ thông",
        [
            ("Cơ quan chủ trì", "Phòng Chính trị tư tưởng"),
            ("Cơ quan phối hợp", "Tỉnh đoàn; Bệnh viện Tâm thần tỉnh"),
            (
                "Nội dung thực hiện",
                "Duy trì phòng tư vấn tại trường; tổ chức chuyên đề về phòng chống bạo lực học đường, "
                "sức khỏe tâm thần cho học sinh",
            ),
            ("Thời hạn hoàn thành", "Hằng tháng"),
            ("Sản phẩm", "100% trường trung học phổ thông có tổ tư vấn hoạt động"),
        ],
    ),
]

SB1_LINES = [
    "**KẾ HOẠCH",
    "**Triển khai các đề án đổi mới giáo dục năm 2028",
    "Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh về phát triển giáo dục và đào tạo giai đoạn 2026 - 2030;",
    "Căn cứ kết quả thực hiện nhiệm vụ năm học 2026 - 2027 và đề xuất của các phòng chuyên môn, Sở Giáo dục và Đào tạo ban hành Kế hoạch triển khai các đề án đổi mới giáo dục năm 2028 như sau:",
    "**I. MỤC TIÊU",
    "- Nâng cao chất lượng giáo dục toàn diện, chú trọng kỹ năng sống, ngoại ngữ và năng lực số của học sinh;",
    "- Bảo đảm an toàn trường học, không để xảy ra tai nạn đuối nước trong học sinh;",
    "- Tỷ lệ trường đạt chuẩn quốc gia tăng ít nhất 5% so với năm 2027;",
    "- Hoàn thiện hạ tầng số, học liệu số phục vụ dạy và học trực tuyến ở tất cả các cấp học;",
    "- Đội ngũ cán bộ quản lý được bồi dưỡng năng lực quản trị nhà trường theo hướng tự chủ.",
    "**II. CÁC ĐỀ ÁN",
    *_projects("Đề án", "-", SB1_PROJECTS),
    "**III. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng Sở là đầu mối, tổng hợp tình hình thực hiện các đề án, báo cáo Giám đốc Sở trước ngày 20/12/2028.",
    "2. Phòng Kế hoạch - Tài chính cân đối, bố trí kinh phí thực hiện các đề án trong dự toán được giao.",
    "Trên đây là Kế hoạch triển khai các đề án đổi mới giáo dục năm 2028 của Sở Giáo dục và Đào tạo./.",
    "Nơi nhận:",
    "- UBND tỉnh (b/c);",
    "- Các phòng, đơn vị thuộc Sở;",
    "- Lưu: VT, VP.",
    "GIÁM ĐỐC",
    "Nguyễn Thị Bích Ngọc",
]


def sb1_docx(h, path: Path) -> None:
    """A provincial Department of Education's plan of six projects; printed to .pdf (siblings_sb)."""
    letter(
        h,
        ["UBND TỈNH ĐÔNG HẢI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 2150/KH-SGDĐT"],
        "Đông Hải, ngày 20 tháng 12 năm 2027",
        SB1_LINES,
        write=bold_marked,
    ).save(path)


SB2_PROJECTS = [
    (
        ": Hỗ trợ đất ở, nhà ở cho hộ nghèo",
        [
            ("Chủ trì", "Phòng Nông nghiệp và Môi trường"),
            ("Phối hợp", "UBND các xã; Ủy ban Mặt trận Tổ quốc huyện"),
            ("Thời gian", "Trước ngày 30/9/2028"),
            ("Kết quả đầu ra", "120 hộ nghèo có nhà ở kiên cố"),
            (
                "Nội dung thực hiện",
                "Rà soát hộ nghèo thiếu đất ở; hỗ trợ xây mới, sửa chữa nhà ở theo định mức của tỉnh",
            ),
        ],
    ),
    (
        ": Đa dạng hóa sinh kế, nhân rộng mô hình giảm nghèo",
        [
            ("Chủ trì", "Trạm Khuyến nông huyện"),
            ("Phối hợp", "Hội Nông dân huyện"),
            ("Thời gian", "Quý II/2028"),
            (
                "Nội dung thực hiện",
                "Xây dựng 06 mô hình chăn nuôi bò sinh sản, trồng dược liệu dưới tán rừng",
            ),
        ],
    ),
    (
        ": Hỗ trợ phát triển sản xuất theo chuỗi giá trị",
        [
            ("Chủ trì", "Phòng Kinh tế"),
            ("Phối hợp", "Các hợp tác xã nông nghiệp"),
            ("Thời gian", "Thường xuyên"),
            ("Kết quả đầu ra", "ít nhất 03 chuỗi liên kết sản phẩm chủ lực của huyện"),
        ],
    ),
    (
        ": Phát triển giáo dục nghề nghiệp, việc làm bền vững",
        [
            ("Chủ trì", "Phòng Nội vụ"),
            ("Phối hợp", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"),
            ("Thời gian", "Tháng 8/2028"),
            (
                "Nội dung thực hiện",
                "Đào tạo nghề ngắn hạn cho 300 lao động thuộc hộ nghèo, hộ cận nghèo; kết nối việc làm",
            ),
            ("Kết quả đầu ra", "70% lao động sau đào tạo có việc làm"),
        ],
    ),
    (
        ": Truyền thông và giảm nghèo về thông tin",
        [
            ("Chủ trì", "Phòng Văn hóa - Thông tin"),
            ("Phối hợp", "Trung tâm Truyền thông và Văn hóa huyện"),
            ("Thời gian", "Hằng quý"),
            (
                "Nội dung thực hiện",
                "Biên tập chuyên mục giảm nghèo trên đài truyền thanh; cấp phát tài liệu cho thôn, bản",
            ),
        ],
    ),
]

SB2_LINES = [
    "**KẾ HOẠCH",
    "**Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2028",
    "Thực hiện Quyết định của UBND tỉnh về giao chỉ tiêu, kế hoạch vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2028, UBND huyện Minh Sơn ban hành Kế hoạch thực hiện như sau:",
    "**I. MỤC TIÊU",
    "- Giảm tỷ lệ hộ nghèo đa chiều của huyện từ 2% trở lên;",
    "- 100% hộ nghèo có nhu cầu được hỗ trợ nhà ở, sinh kế.",
    "**II. CÁC DỰ ÁN THÀNH PHẦN",
    *_projects("Dự án", "+", SB2_PROJECTS),
    "**III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Nông nghiệp và Môi trường là cơ quan thường trực, tổng hợp kết quả thực hiện Chương trình, báo cáo UBND huyện trước ngày 15 của tháng cuối quý.",
    "2. Phòng Tài chính - Kế hoạch thẩm định, phân bổ vốn thực hiện các dự án trước ngày 31/3/2028.",
    "Nơi nhận:",
    "- UBND tỉnh;",
    "- TT Huyện ủy, TT HĐND huyện;",
    "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Hà Văn Thắng",
]


def sb2_docx(h, path: Path) -> None:
    """A district People's Committee's poverty-reduction plan of five projects over `+` fields."""
    letter(
        h,
        ["ỦY BAN NHÂN DÂN", "HUYỆN MINH SƠN", "Số: 18/KH-UBND"],
        "Minh Sơn, ngày 15 tháng 01 năm 2028",
        SB2_LINES,
        write=bold_marked,
    ).save(path)


SB3_PROJECTS = [
    (
        ". Tự đánh giá chương trình đào tạo ngành Kỹ thuật xây dựng",
        [
            ("Đơn vị chủ trì", "Khoa Xây dựng"),
            ("Đơn vị phối hợp", "Phòng Đảm bảo chất lượng"),
            (
                "Nội dung",
                "Thu thập minh chứng, viết báo cáo tự đánh giá theo bộ tiêu chuẩn của Bộ Giáo dục và Đào tạo",
            ),
            ("Thời gian hoàn thành", "30/4/2028"),
            ("Chỉ số đánh giá", "báo cáo tự đánh giá được Hội đồng thông qua"),
        ],
    ),
    (
        ". Khảo sát việc làm của sinh viên tốt nghiệp năm 2027",
        [
            ("Đơn vị chủ trì", "Phòng Công tác sinh viên"),
            ("Đơn vị phối hợp", "Các khoa đào tạo"),
            (
                "Nội dung",
                "Khảo sát trực tuyến và qua điện thoại; công bố kết quả trên cổng thông tin của Trường",
            ),
            ("Thời gian hoàn thành", "Tháng 12/2028"),
            ("Chỉ số đánh giá", "tỷ lệ phản hồi đạt trên 70%"),
        ],
    ),
    (
        ". Chuẩn hóa đề cương học phần theo chuẩn đầu ra",
        [
            ("Đơn vị chủ trì", "Phòng Đào tạo, Khoa Cơ khí"),
            ("Đơn vị phối hợp", "Các bộ môn"),
            ("Nội dung", "Rà soát ma trận chuẩn đầu ra; cập nhật đề cương và phương pháp đánh giá học phần"),
            ("Thời gian hoàn thành", "Quý IV/2028"),
            ("Chỉ số đánh giá", "100% đề cương được cập nhật"),
        ],
    ),
    (
        ". Nâng cấp hệ thống quản lý học tập trực tuyến",
        [
            ("Đơn vị chủ trì", "Trung tâm Thông tin - Thư viện"),
            ("Đơn vị phối hợp", "Phòng Kế hoạch - Tài chính"),
            ("Nội dung", "Nâng cấp máy chủ, tích hợp thư viện số và phần mềm kiểm tra trùng lặp"),
            ("Thời gian thực hiện", "Từ tháng 5/2028 đến tháng 9/2028"),
            ("Chỉ số đánh giá", "hệ thống phục vụ đồng thời 5.000 người dùng"),
        ],
    ),
]


def _sb3_text() -> str:
    lines = [
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG ĐẠI HỌC KỸ THUẬT VÂN HÀ",
        "Số: 412/KH-ĐHKTVH",
        "Vân Hà, ngày 05 tháng 01 năm 2028",
        "",
        "KẾ HOẠCH",
        "Cải tiến chất lượng đào tạo năm 2028",
        "",
        "Căn cứ kết quả đánh giá ngoài cơ sở giáo dục năm 2027, Hiệu trưởng ban hành Kế hoạch cải tiến chất lượng năm 2028 như sau:",
        "",
        "I. MỤC TIÊU",
        "- Khắc phục các tiêu chí chưa đạt theo khuyến nghị của đoàn đánh giá ngoài;",
        "- Tỷ lệ sinh viên có việc làm sau 12 tháng tốt nghiệp đạt từ 90% trở lên.",
        "",
        "II. CÁC ĐỀ ÁN",
        *(line.removeprefix("**") for line in _projects("Đề án", "letters", SB3_PROJECTS)),
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Đảm bảo chất lượng là đơn vị đầu mối, theo dõi tiến độ các đề án, báo cáo Hiệu trưởng hằng tháng.",
        "2. Trưởng các đơn vị chủ trì đề án gửi báo cáo tiến độ về Phòng Đảm bảo chất lượng trước ngày 25 hằng tháng.",
        "",
        "Nơi nhận:",
        "- Ban Giám hiệu;",
        "- Các đơn vị trong Trường;",
        "- Lưu: VT, ĐBCL.",
        "",
        "HIỆU TRƯỞNG",
        "PGS.TS. Trịnh Quốc Bảo",
    ]
    return "\n".join(lines) + "\n"


def siblings_sb() -> None:
    """Writes sb1 (.pdf, printed from a .docx by LibreOffice), sb2 (.docx) and sb3 (.txt) into docs/."""
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    write_converted(h, [(sb1_docx, "sb1_kh_so_gd_de_an_doi_moi.docx", "pdf")])
    sb2_docx(h, DOCS / "sb2_kh_huyen_du_an_giam_ngheo.docx")
    (DOCS / "sb3_kh_truong_dh_de_an_dam_bao_chat_luong.txt").write_text(_sb3_text(), encoding="utf-8")
