"""Nothing recognised: the error says what was seen and what to do; never 0 items with exit 0."""

import pytest
from django.core.management import CommandError, call_command

from engine.importing.build import recognise
from engine.importing.diagnosis import describe_unrecognised
from engine.importing.errors import ImportFailed
from engine.importing.units import UnitResolver
from tests.importing.helpers_blocks import document_of


@pytest.fixture(autouse=True)
def _english():
    from django.utils import translation

    with translation.override("en"):
        yield


TABLES = """KẾ HOẠCH NĂM 2026
STT\tHọ và tên\tChức vụ\tGhi chú
1\tNguyễn Văn A\tTrưởng phòng\t
2\tTrần Thị B\tPhó phòng\t
Bảng 2
TT\tNội dung\tKết quả
1\tHội nghị tổng kết\tĐã xong
"""

PROSE = """KẾ HOẠCH NĂM 2026
II. NỘI DUNG
1. Kiện toàn và hoàn thiện cơ chế chỉ đạo.
2. Diễn tập phòng thủ dân sự.
| TT | Tên nhiệm vụ | Cơ quan chủ trì |
|---|---|---|
<table><tr><td>1</td></tr></table>
"""


def test_tables_are_named_with_their_header_and_the_roles_found_and_missing():
    message = describe_unrecognised(document_of(TABLES))
    assert "Table 1 (3 rows), header: STT | Họ và tên | Chức vụ | Ghi chú." in message
    assert "Columns recognised: number (TT), note; missing: content (Nội dung / Nhiệm vụ)" in message
    assert "Table 2 (2 rows), header: TT | Nội dung | Kết quả." in message
    assert "missing: lead unit (Đơn vị chủ trì), time (Thời gian / Thời hạn)." in message
    assert message.splitlines()[-1].startswith("What to do:")


def test_numbered_paragraphs_markdown_and_html_are_named():
    message = describe_unrecognised(document_of(PROSE))
    assert "2 numbered paragraphs, but none says which unit leads it or by when" in message
    assert "“1. Kiện toàn và hoàn thiện cơ chế chỉ đạo.”" in message
    assert "2 lines look like a Markdown table" in message
    assert "1 lines hold HTML table tags" in message
    assert "No table was found." in message


def test_recognise_raises_the_description_naming_the_file():
    with pytest.raises(ImportFailed) as failed:
        recognise(document_of(PROSE, name="kh.md"), UnitResolver([]), 2026)
    assert failed.value.message.startswith("kh.md: No task was recognised in this document.")


def test_the_command_fails_instead_of_importing_nothing(demo, tmp_path):
    path = tmp_path / "kh.txt"
    path.write_text(PROSE.split("| TT")[0], encoding="utf-8")  # the numbered paragraphs alone
    with pytest.raises(CommandError, match="numbered paragraphs"):
        call_command("import_programme", str(path), "--org", "nghe-an-skhcn", "--dry-run", "--json")


LETTERHEAD = """ỦY BAN NHÂN DÂN
HUYỆN ĐỒNG XUÂN
-----------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
________________
=========
1. Giao Phòng Nội vụ theo dõi việc thực hiện.
"""


def test_a_letterheads_rule_lines_are_neither_numbered_paragraphs_nor_markdown_rows():
    message = describe_unrecognised(document_of(LETTERHEAD))
    assert "1 numbered paragraphs" in message
    assert "“1. Giao Phòng Nội vụ theo dõi việc thực hiện.”" in message
    assert "---" not in message
    assert "Markdown" not in message
