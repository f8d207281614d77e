"""A chat log copied out of a messaging group (engine/importing/read_chat.py): its messages are
paragraphs of their own text, the time, date and sender dropped."""

from engine.importing import read_chat
from engine.importing.build import import_document
from engine.importing.readers import read_document

LOG = """\
[14:02, 2/3/2027] PCT Hoàng Văn Nam: Đề nghị các bộ phận làm ngay:
[14:03, 2/3/2027] PCT Hoàng Nam: 1. Phòng Kinh tế xã kiểm tra đê bao, báo cáo trước 17h00 ngày 03/3/2027.
[14:05, 2/3/2027] Lý Thị Hoa (KT): Dạ em nhận ạ
[14:06, 2/3/2027] PCT Hoàng Văn Nam: 2. Trạm Y tế xã cấp phát thuốc sát trùng, xong trước ngày 05/3.
[14:07, 2/3/2027] PCT Hoàng Văn Nam: [Hình ảnh]
[15:30, 2/3/2027] CT Đinh Lý: Bổ sung: 3. Công an xã tăng cường tuần tra bến đò từ nay đến hết ngày 10/3/2027.
"""


def test_a_chat_log_reads_as_its_messages_numbered_assignments_one_list():
    document = read_document(LOG.encode(), "nhom.txt")
    texts = [line.text for line in document.lines if line.text]
    assert texts == [
        "Đề nghị các bộ phận làm ngay:",
        "1. Phòng Kinh tế xã kiểm tra đê bao, báo cáo trước 17h00 ngày 03/3/2027.",
        "Dạ em nhận ạ",
        "2. Trạm Y tế xã cấp phát thuốc sát trùng, xong trước ngày 05/3.",
        "3. Công an xã tăng cường tuần tra bến đò từ nay đến hết ngày 10/3/2027.",
    ]


def test_a_chat_logs_numbered_messages_are_its_items():
    result = import_document(LOG.encode(), "nhom.txt", units=[], year=2027)
    got = [(item.lead_text, item.due_date.isoformat() if item.due_date else None) for item in result.items]
    assert got == [
        ("Phòng Kinh tế xã", "2027-03-03"),
        ("Trạm Y tế xã", "2027-03-05"),
        ("Công an xã", "2027-03-10"),
    ]


def test_text_that_is_not_a_chat_log_is_left_to_the_other_readers():
    text = "KẾ HOẠCH\n[Dự thảo]\n1. Họp giao ban: 14:00, 2/3/2027\n2. Báo cáo\n"
    assert read_chat.read(text, "kh.txt", "kh.txt") is None
    assert read_chat.read(LOG, "nhom.csv", "nhom.csv") is None
