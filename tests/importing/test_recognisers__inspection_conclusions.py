"""An inspection's or a check's conclusion (`KẾT LUẬN THANH TRA`, `KẾT LUẬN KIỂM TRA`): its findings,
verdict and measures already taken are no tasks; the measures it sets under `KIẾN NGHỊ (CÁC BIỆN
PHÁP) XỬ LÝ` are, led by the `Đối với <body>:` label over them. Own text, not a corpus document's."""

from engine.importing.layouts import prose_plan
from tests.importing.helpers_blocks import context_of

CONCLUSION = """
THANH TRA TỈNH
KẾT LUẬN THANH TRA
Việc cấp giấy chứng nhận quyền sử dụng đất tại Văn phòng Đăng ký đất đai chi nhánh Đông Sơn
I. KẾT QUẢ THANH TRA
1. Văn phòng Đăng ký đất đai chi nhánh Đông Sơn giải quyết 1.420 hồ sơ, trong đó 96 hồ sơ trễ hạn.
2. Phòng Nông nghiệp và Môi trường thẩm định 12 hồ sơ chưa đủ thành phần.
II. KẾT LUẬN
1. Văn phòng Đăng ký đất đai chi nhánh Đông Sơn cơ bản thực hiện đúng quy trình; còn để hồ sơ trễ hạn.
2. Phòng Nông nghiệp và Môi trường chưa kiểm tra đủ thành phần hồ sơ trước khi thẩm định.
III. BIỆN PHÁP XỬ LÝ ĐÃ ÁP DỤNG
Đoàn thanh tra đã yêu cầu Văn phòng Đăng ký đất đai chi nhánh Đông Sơn trả 40 hồ sơ trong tháng 10/2027.
IV. KIẾN NGHỊ XỬ LÝ
1. Đối với Văn phòng Đăng ký đất đai chi nhánh Đông Sơn:
- Xin lỗi người dân có hồ sơ trễ hạn trước ngày 20/11/2027.
- Kiểm điểm trách nhiệm viên chức để hồ sơ trễ hạn.
2. Đối với Phòng Nông nghiệp và Môi trường:
- Bổ sung thành phần 12 hồ sơ đã thẩm định trong tháng 12/2027.
"""

REPORT = """
BÁO CÁO
Kết quả công tác cải cách hành chính quý III năm 2027
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Phòng Nội vụ đã ban hành kế hoạch kiểm tra.
II. KIẾN NGHỊ
1. Đối với Sở Nội vụ:
- Tổ chức tập huấn nghiệp vụ cải cách hành chính trong quý IV/2027.
- Bổ sung biên chế cho bộ phận một cửa trước ngày 31/12/2027.
2. Đối với UBND tỉnh:
- Bố trí kinh phí số hóa hồ sơ trong năm 2028.
III. NHIỆM VỤ QUÝ IV
1. Phòng Nội vụ:
- Kiểm tra cải cách hành chính tại 05 xã trong tháng 11/2027.
- Tổng hợp báo cáo năm trước ngày 15/12/2027.
- Rà soát thủ tục hành chính trong tháng 12/2027.
"""


def _rows(found):
    return [(" ".join(item.content.split()[:2]), item.lead, item.due) for item in found.items]


def test_an_inspection_conclusion_gives_only_the_measures_it_sets():
    found = prose_plan.recognise(context_of(CONCLUSION))
    assert _rows(found) == [
        ("Xin lỗi", "Văn phòng Đăng ký đất đai chi nhánh Đông Sơn", "trước ngày 20/11/2027"),
        ("Kiểm điểm", "Văn phòng Đăng ký đất đai chi nhánh Đông Sơn", ""),
        ("Bổ sung", "Phòng Nông nghiệp và Môi trường", "trong tháng 12/2027"),
    ]  # the findings (I) and the verdict (II) are no tasks


def test_a_reports_requests_to_superior_bodies_stay_no_tasks():
    found = prose_plan.recognise(context_of(REPORT))
    assert [first for first, _lead, _due in _rows(found)] == ["Kiểm tra", "Tổng hợp", "Rà soát"]
