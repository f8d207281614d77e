"""The import page takes every kind of file the readers read (engine/importing/readers.py): a deck,
an XML or JSON export, an e-mail, a calendar; and refuses one they do not."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from engine.import_forms import ProgrammeUploadForm


@pytest.mark.parametrize(
    "name",
    [
        "ct.docx",
        "ct.doc",
        "ct.xlsx",
        "ct.xls",
        "giao_ban.pptx",
        "giao_ban.ppt",
        "giao_ban.odp",
        "ct.odt",
        "ct.ods",
        "ct.rtf",
        "ct.pdf",
        "anh.jpg",
        "ct.html",
        "ct.md",
        "ct.csv",
        "xuat.json",
        "xuat.xml",
        "thu.eml",
        "viec.ics",
    ],
)
def test_the_upload_form_takes_every_kind_the_readers_read(name):
    form = ProgrammeUploadForm(data={}, files={"file": SimpleUploadedFile(name, b"x")})
    assert form.is_valid(), form.errors


def test_the_upload_form_refuses_a_kind_no_reader_reads():
    form = ProgrammeUploadForm(data={}, files={"file": SimpleUploadedFile("chay.exe", b"MZ")})
    assert not form.is_valid() and "chay.exe" in str(form.errors["file"])
