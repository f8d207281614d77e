"""Bad files: a clear message naming the file (and the line or cell), nothing written, non-zero exit."""

import io
import zipfile

import pytest
from django.core.management import CommandError, call_command

from engine.importing.errors import ImportFailed
from engine.importing.readers import read_document
from engine.models import AuditEvent, Organisation, Programme, WorkItem


@pytest.fixture(autouse=True)
def _english():
    """Messages are checked in English; the Vietnamese catalogue is checked by tests/test_i18n.py."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def demo(db):
    """Only the organisation: the files never get as far as its units."""
    Organisation.objects.create(slug="nghe-an-skhcn", name="Sở KH&CN Nghệ An", province="Nghệ An")


def _run(tmp_path, name: str, data: bytes, *extra):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CommandError) as caught:
        call_command("import_programme", str(path), "--org", "nghe-an-skhcn", *extra)
    return str(caught.value)


def _nothing_written():
    assert not Programme.objects.exists()
    assert not WorkItem.objects.exists()
    assert not AuditEvent.objects.filter(verb="programme.import").exists()


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("image.txt", bytes(range(256)) * 40, "binary"),
        ("broken.docx", b"PK\x03\x04 this is not a zip", "damaged"),
        ("other.zip", None, "neither"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".docx"),
        ("letter.txt", "Kính gửi các phòng.\nĐề nghị báo cáo.\n".encode(), "title"),
        (
            "table.txt",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026\nSTT\tHọ tên\tĐiểm\n1\tAn\t9\n".encode(),
            "No task was recognised",
        ),
    ],
)
def test_bad_file(tmp_path, demo, name, data, says):
    if data is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "hi")
        data = buffer.getvalue()
    message = _run(tmp_path, name, data)
    assert name in message and says in message
    _nothing_written()


def test_over_size_file():
    with pytest.raises(ImportFailed) as caught:
        read_document(b"x" * 2048, "big.txt", max_bytes=1024)
    assert "big.txt" in caught.value.message and "too large" in caught.value.message


def test_missing_file_and_unknown_organisation(tmp_path, demo):
    with pytest.raises(CommandError, match=r"nope\.txt"):
        call_command("import_programme", str(tmp_path / "nope.txt"), "--org", "nghe-an-skhcn")
    path = tmp_path / "p.txt"
    path.write_text("CHƯƠNG TRÌNH NĂM 2026\nThời gian\tNội dung\tChủ trì\nTháng 1\tViệc\tVăn phòng\n")
    with pytest.raises(CommandError, match="no-such-org"):
        call_command("import_programme", str(path), "--org", "no-such-org")
    _nothing_written()


def test_exit_code_is_non_zero(tmp_path, demo):
    import subprocess
    import sys

    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    completed = subprocess.run(
        [sys.executable, "manage.py", "import_programme", str(path), "--org", "x", "--json"],
        capture_output=True,
        text=True,
    )
    assert completed.returncode != 0
    assert "Traceback" not in completed.stderr
