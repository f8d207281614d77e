"""The main corpus's siblings of the held-out document h594 (moved to the main corpus when the
importer was taught its shape, by h13fixSY on 2026-12-06): a supervision or inspection plan whose
points carry labelled fields (`Đối tượng`, `Thời gian`, `Cơ quan chủ trì`) and whose `TỔ CHỨC THỰC
HIỆN` points give times counted in days from an event the plan does not date, the event first and
the count after it (`trước ngày làm việc ít nhất 07 ngày`, `trước khi tiến hành 07 ngày`) or a
bounded count after it (`chậm nhất 10 ngày sau khi kết thúc …`): times for a person to set (review),
beside requests to outside bodies with no time (none). A provincial Fatherland Front committee's
board (.docx, sy1), a provincial Department of Education and Training (Markdown, sy2) and a
provincial Farmers' Union (plain text, sy3). Their expected items (expected/sy1_…, sy2_…, sy3_…)
were written by hand before the first import. `python tests/importing/corpus/make_docs.py
--siblings-sy` writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def sy1_docx(path: Path) -> None:
    """A provincial Fatherland Front committee's standing board: a supervision plan for 2028, three
    points with dash-line fields, then `III. TỔ CHỨC THỰC HIỆN` with counted times after undated
    events (review) and requests to a department (review) and an association (none)."""
    from docx import Document

    document = Document()
    for text in (
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG THẠNH",
        "BAN THƯỜNG TRỰC",
        "KẾ HOẠCH",
        "Giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh năm 2028",
        "Căn cứ Chương trình phối hợp và thống nhất hành động năm 2028, Ban Thường trực Ủy ban Mặt trận "
        "Tổ quốc (MTTQ) Việt Nam tỉnh ban hành Kế hoạch giám sát năm 2028 như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "- Phát huy vai trò giám sát của Mặt trận; kiến nghị cơ quan có thẩm quyền khắc phục hạn chế.",
        "II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN",
        "1. Giám sát việc thực hiện chính sách bảo hiểm y tế cho người dân tộc thiểu số",
        "- Đối tượng: Sở Y tế; Bảo hiểm xã hội tỉnh.",
        "- Thời gian: tháng 4/2028.",
        "- Cơ quan chủ trì: Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.",
        "2. Giám sát việc bồi thường, hỗ trợ tái định cư dự án đường ven biển",
        "- Đối tượng: UBND huyện Phước Hải; Trung tâm Phát triển quỹ đất tỉnh.",
        "- Thời gian: Quý III/2028.",
        "- Cơ quan chủ trì: Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.",
        "3. Giám sát việc giải quyết đơn thư của công dân tại các xã ven biển",
        "- Đối tượng: UBND các xã Phước Lộc, Hải An.",
        "- Thời gian: tháng 10/2028.",
        "- Cơ quan chủ trì: Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Ban Dân chủ - Pháp luật, Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh xây dựng đề cương giám sát, "
        "gửi cơ quan được giám sát trước ngày làm việc ít nhất 07 ngày; hoàn chỉnh báo cáo kết quả chậm "
        "nhất 10 ngày sau khi kết thúc đợt giám sát.",
        "2. Văn phòng Ủy ban MTTQ Việt Nam tỉnh bảo đảm kinh phí, phương tiện phục vụ các đoàn giám sát.",
        "3. Đề nghị Sở Y tế chỉ đạo các đơn vị trực thuộc chuẩn bị báo cáo theo đề cương, gửi Ban Thường "
        "trực trước khi đoàn đến làm việc tối thiểu 05 ngày làm việc.",
        "4. Đề nghị Hội Nông dân tỉnh cử đại diện tham gia các đoàn giám sát.",
        "TM. BAN THƯỜNG TRỰC",
    ):
        document.add_paragraph(text)
    document.save(path)


_SY2 = """**UBND TỈNH HÀ NGUYÊN**
**SỞ GIÁO DỤC VÀ ĐÀO TẠO**

# KẾ HOẠCH
## Kiểm tra chuyên ngành năm 2029

Căn cứ Chương trình công tác năm 2029 của UBND tỉnh, Sở Giáo dục và Đào tạo ban hành Kế hoạch kiểm tra chuyên ngành năm 2029 như sau:

### I. MỤC ĐÍCH, YÊU CẦU

Đánh giá việc chấp hành quy định về chuyên môn, tài chính tại các cơ sở giáo dục; kịp thời chấn chỉnh sai sót.

### II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN

**1. Kiểm tra việc quản lý dạy thêm, học thêm tại các trường trung học phổ thông**

- Đối tượng kiểm tra: Trường THPT Lê Lợi; Trường THPT Hòa Bình.
- Thời gian: tháng 3/2029.
- Đơn vị chủ trì: Phòng Giáo dục Trung học.

**2. Kiểm tra công tác tổ chức bán trú tại các trường tiểu học vùng khó khăn**

- Đối tượng kiểm tra: Trường Tiểu học Na Hối; Trường Tiểu học Khe Mo.
- Thời gian: tháng 5/2029.
- Đơn vị chủ trì: Phòng Giáo dục Tiểu học.

**3. Kiểm tra việc thu, chi các khoản đầu năm học tại các trường mầm non**

- Đối tượng kiểm tra: Trường Mầm non Sơn Ca; Trường Mầm non Hoa Mai.
- Thời gian: Quý IV/2029.
- Đơn vị chủ trì: Phòng Kế hoạch - Tài chính.

### III. TỔ CHỨC THỰC HIỆN

1. Thanh tra Sở thông báo kế hoạch kiểm tra cho đơn vị được kiểm tra trước ngày kiểm tra ít nhất 05 ngày làm việc; tổng hợp kết quả chậm nhất 15 ngày sau khi kết thúc kiểm tra.
2. Văn phòng Sở bố trí phương tiện, kinh phí phục vụ các đoàn kiểm tra.
3. Đề nghị Công an tỉnh cử cán bộ phối hợp kiểm tra công tác phòng cháy, chữa cháy tại các trường nội trú; thống nhất lịch với Thanh tra Sở trước khi tiến hành 07 ngày.
4. Đề nghị Tỉnh đoàn phối hợp tuyên truyền phòng, chống bạo lực học đường trong các trường học.

**KT. GIÁM ĐỐC**
**PHÓ GIÁM ĐỐC**
"""


def sy2_md(path: Path) -> None:
    """A provincial Department of Education and Training's Markdown inspection plan for 2029: three
    bold points with list-item fields, then `### III. TỔ CHỨC THỰC HIỆN` with counted times after
    undated events (one with no bound word: review) and a request with no time (none)."""
    path.write_text(_SY2, encoding="utf-8")


_SY3 = """HỘI NÔNG DÂN TỈNH BẢO NINH
BAN THƯỜNG VỤ
Số: 45-KH/HNDT

KẾ HOẠCH
Giám sát, phản biện xã hội năm 2028

Thực hiện Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch giám sát năm 2028 như sau:

I. MỤC ĐÍCH, YÊU CẦU
Bảo vệ quyền, lợi ích hợp pháp của hội viên nông dân; góp ý xây dựng chính sách phát triển nông nghiệp, nông thôn.

II. NỘI DUNG GIÁM SÁT
1. Giám sát việc thực hiện chính sách hỗ trợ giống cây trồng sau thiên tai
- Đối tượng: Sở Nông nghiệp và Môi trường; UBND huyện Tân Kỳ.
- Thời gian: tháng 6/2028.
- Chủ trì: Ban Kinh tế - Xã hội Hội Nông dân tỉnh.
2. Giám sát việc cho vay vốn Quỹ Hỗ trợ nông dân tại các huyện miền núi
Đối tượng: Quỹ Hỗ trợ nông dân tỉnh; Hội Nông dân huyện Quế Sơn. Thời gian: tháng 8/2028. Chủ trì: Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh.

III. TỔ CHỨC THỰC HIỆN
1. Ban Kinh tế - Xã hội xây dựng đề cương, gửi cơ quan được giám sát trước ngày giám sát 07 ngày; báo cáo Ban Thường vụ chậm nhất 07 ngày sau ngày kết thúc giám sát.
2. Văn phòng Hội Nông dân tỉnh theo dõi, tổng hợp việc thực hiện Kế hoạch.
3. Đề nghị Sở Nông nghiệp và Môi trường cung cấp hồ sơ, tài liệu cho đoàn giám sát trước ngày làm việc chậm nhất 03 ngày.
4. Hội Nông dân các huyện báo cáo kết quả giám sát ở cấp mình trước ngày 30/11/2028.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lò Văn Sính
"""


def sy3_txt(path: Path) -> None:
    """A provincial Farmers' Union's plain-text supervision plan for 2028: two points (the second with
    its fields run on one line), then `III. TỔ CHỨC THỰC HIỆN` with counted times after undated events
    (`trước ngày giám sát 07 ngày`, `chậm nhất 07 ngày sau ngày kết thúc …`: review) and a dated report."""
    path.write_text(_SY3, encoding="utf-8")


def siblings_sy() -> None:
    sy1_docx(DOCS / "sy1_kh_giam_sat_mttq_tinh_dem_ngay_sau_su_kien.docx")
    sy2_md(DOCS / "sy2_kh_kiem_tra_so_gddt_dem_ngay_sau_su_kien.md")
    sy3_txt(DOCS / "sy3_kh_giam_sat_hoi_nong_dan_dem_ngay_sau_su_kien.txt")
