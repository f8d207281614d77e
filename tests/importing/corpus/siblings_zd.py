"""The main corpus's siblings of yz1 (a main-corpus document the importer read wrongly, taught by
h13fixZD on 2026-12-06): a unit's plan whose `TỔ CHỨC THỰC HIỆN` opens with the head of the issuer's
own unit by the post alone given only the general direction (`1. Đội trưởng chỉ đạo chung, chịu
trách nhiệm trước Chi cục trưởng …`: no item, recognisers `_directs_in_general`), beside the named
sections' duties (items) and a head's dated point (an item).
zd1: a district fire police team's Tết fire-safety plan exported as plain text (.txt), its head
`phụ trách chung`; zd2: a primary school's reading-week plan as Markdown (.md), its principal
`chỉ đạo chung`, a deputy's dated report beside it. Their expected items (expected/zd*_…) were written
by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-zd` writes both.
"""

# ruff: noqa: E501 (the plain-text documents are printed as offices write them, a paragraph a line)

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

ZD1_TEXT = """CÔNG AN HUYỆN PHÚ BÌNH
ĐỘI CẢNH SÁT PCCC VÀ CNCH
Số: 07/KH-PCCC

Phú Bình, ngày 02 tháng 01 năm 2028

KẾ HOẠCH
Bảo đảm an toàn phòng cháy, chữa cháy dịp Tết Nguyên đán Mậu Thân 2028

Thực hiện Kế hoạch số 12/KH-CAH ngày 28/12/2027 của Công an huyện, Đội Cảnh sát PCCC và CNCH xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng ngừa, hạn chế thấp nhất các vụ cháy, nổ tại chợ, trung tâm thương mại và khu dân cư dịp Tết.

II. NỘI DUNG
1. Tổ Tuyên truyền phát 3.000 tờ rơi hướng dẫn sử dụng điện an toàn tại các khu dân cư trước ngày 15/01/2028.
2. Tổ Kiểm tra an toàn PCCC kiểm tra 45 cơ sở kinh doanh hàng Tết tại chợ Phú Bình và chợ Đồng Tâm, từ ngày 08/01 đến ngày 31/01/2028.
3. Tổ Chữa cháy và CNCH tổ chức thực tập phương án chữa cháy tại Trung tâm thương mại Phú Bình trước ngày 20/01/2028.

III. TỔ CHỨC THỰC HIỆN
1. Đội trưởng phụ trách chung, chịu trách nhiệm trước Trưởng Công an huyện về kết quả thực hiện Kế hoạch.
2. Tổ Hậu cần bảo đảm xăng dầu, phương tiện, trang thiết bị cho các tổ công tác.
3. Tổ Tổng hợp tổng hợp kết quả, dự thảo báo cáo gửi Công an huyện trước ngày 10/02/2028.

ĐỘI TRƯỞNG
Hoàng Văn Lâm
"""

ZD2_TEXT = """# TRƯỜNG TIỂU HỌC HOA SEN

**Số: 21/KH-THHS** — *Hòa Lạc, ngày 10 tháng 9 năm 2028*

## KẾ HOẠCH
### Tổ chức Tuần lễ đọc sách năm học 2028 - 2029

## I. MỤC ĐÍCH
Bồi dưỡng thói quen đọc sách cho học sinh, phát huy hiệu quả thư viện thân thiện.

## II. NỘI DUNG
1. Tổ Văn phòng bổ sung 200 đầu sách thiếu nhi cho thư viện trước ngày 25/9/2028.
2. Liên đội tổ chức cuộc thi "Kể chuyện theo sách" cho học sinh khối 3, 4, 5 trong tháng 10/2028.
3. Tổ chuyên môn khối 1 xây dựng góc đọc sách tại các lớp khối 1 trước ngày 30/9/2028.

## III. TỔ CHỨC THỰC HIỆN
1. Hiệu trưởng chỉ đạo chung, phân công cán bộ, giáo viên thực hiện Kế hoạch.
2. Phó Hiệu trưởng phụ trách chuyên môn tổng hợp kết quả, báo cáo Phòng Giáo dục và Đào tạo trước ngày 05/11/2028.
3. Tổ Văn phòng bảo đảm kinh phí, cơ sở vật chất cho các hoạt động.

**HIỆU TRƯỞNG**

Nguyễn Thị Lan
"""


def siblings_zd() -> None:
    """Write zd1 (.txt) and zd2 (.md) into docs/."""
    (DOCS / "zd1_kh_doi_pccc_huyen_tet_phu_trach_chung.txt").write_text(ZD1_TEXT, encoding="utf-8")
    (DOCS / "zd2_kh_truong_tieu_hoc_tuan_doc_sach.md").write_text(ZD2_TEXT, encoding="utf-8")
