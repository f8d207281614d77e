"""Legacy and open office formats (.doc, .rtf, .odt, .ods, .ppt, .odp; .xls xlrd cannot open) via LibreOffice.

`soffice --headless --convert-to docx|xlsx|pptx` runs in a temporary directory with its own user
profile (so parallel conversions do not share a lock) and a timeout; the result is read by the
.docx/.xlsx/.pptx reader, with the same limits. Where LibreOffice is not installed the message says
so, and where it is installed without Impress (the Debian -nogui Writer and Calc packages) a
presentation is refused with a message naming the package.
A legacy .doc's tables that the conversion ran together into text are restored from the file's
own cell marks (doc_tables.py).
"""

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from django.utils.translation import gettext as _

from engine.importing.errors import ImportFailed
from engine.importing.limits import limit, refuse
from engine.importing.readers import Document

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: .doc, .xls


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def has_impress(program: str) -> bool:
    """LibreOffice's Impress module is installed beside `program` (its registry file ships with it)."""
    registry = Path(os.path.realpath(program)).parent.parent / "share" / "registry"
    return (registry / "impress.xcd").exists() or not registry.exists()


def is_ppt(data: bytes) -> bool:
    """An OLE2 file holding a PowerPoint 97 presentation stream."""
    return data.startswith(OLE_MAGIC) and "PowerPoint Document".encode("utf-16-le") in data


def convert(data: bytes, name: str, target: str) -> bytes:
    """The bytes of the file converted to `target` ("docx", "xlsx" or "pptx")."""
    program = soffice_path()
    if program is None:
        raise ImportFailed(
            _(
                "Reading this format needs LibreOffice (apt-get install libreoffice-writer-nogui "
                "libreoffice-calc-nogui), which this server does not have: save the file as .docx or "
                ".xlsx and import that."
            ),
            source=name,
        )
    if target == "pptx" and not has_impress(program):
        raise ImportFailed(
            _(
                "Reading a .ppt or .odp presentation needs LibreOffice Impress (apt-get install "
                "libreoffice-impress-nogui), which this server does not have: save the file as .pptx "
                "and import that."
            ),
            source=name,
        )
    suffix = Path(name).suffix.lower() or ".bin"
    with tempfile.TemporaryDirectory(prefix="dondoc-convert-") as folder:
        source = Path(folder) / f"input{suffix}"
        source.write_bytes(data)
        command = [
            program,
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(Path(folder) / "out"),
            str(source),
        ]
        # Its own session, so a timeout ends soffice and every process it started, by group id.
        process = subprocess.Popen(  # noqa: S603 - a fixed program on a file we wrote
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
            preexec_fn=_unlimited_address_space,
        )
        try:
            process.communicate(timeout=limit("IMPORT_CONVERT_SECONDS"))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise refuse(
                "IMPORT_CONVERT_SECONDS",
                _("Converting the file with LibreOffice took more than %(max)d seconds."),
                name,
            ) from None
        result = Path(folder) / "out" / f"input.{target}"
        if not result.exists():
            raise ImportFailed(
                _(
                    "LibreOffice could not read the file (damaged?): save it as .docx or .xlsx "
                    "and import that."
                ),
                source=name,
            )
        return result.read_bytes()


def _unlimited_address_space() -> None:
    """LibreOffice maps far more address space than it uses: the reading child's RLIMIT_AS
    (engine/importing/sandbox_child.py) is lifted for it; the timeout still bounds it."""
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


def read_converted(data: bytes, name: str, target: str) -> Document:
    """Convert with LibreOffice, then read as .docx/.xlsx/.pptx; the Document keeps the original's kind."""
    from engine.importing.readers import _read_package

    converted = convert(data, name, target)
    document = _read_package(converted, name)
    if target == "docx" and data.startswith(OLE_MAGIC):
        # A legacy Word file whose tables LibreOffice ran together into paragraphs: the file's own
        # cell and row marks give them back (doc_tables.py).
        from engine.importing.doc_tables import restore_tables

        document = restore_tables(document, data)
    document.kind = Path(name).suffix.lower().lstrip(".") or document.kind
    return document
