"""Reading limits: every imported file is measured before and while it is parsed, against settings.

A .docx/.xlsx/.pptx/.odt/.ods is a zip: its entries are counted and decompressed as a stream (nothing
kept) before any parser opens it, so a zip bomb, two million empty paragraphs or a million cells
are refused in a fraction of a second, by counting tags in the XML instead of building it. The
readers then check the rows, cells and pages they walk against the same limits.
"""

import io
import re
import zipfile

from django.conf import settings
from django.utils.translation import gettext as _

from engine.importing.errors import ImportFailed

DEFAULTS = {
    "IMPORT_MAX_UNZIPPED_BYTES": 200 * 1024 * 1024,
    "IMPORT_MAX_ZIP_ENTRIES": 2000,
    "IMPORT_MAX_LINES": 200_000,
    "IMPORT_MAX_PARAGRAPHS": 200_000,
    "IMPORT_MAX_CELLS": 500_000,
    "IMPORT_MAX_COLUMNS": 500,
    "IMPORT_MAX_EMPTY_ROWS": 1000,
    "IMPORT_MAX_PAGES": 500,
    "IMPORT_MAX_OCR_PAGES": 30,
    "IMPORT_MAX_IMAGE_PIXELS": 60_000_000,
    "IMPORT_CONVERT_SECONDS": 60,
}


def limit(name: str) -> int:
    return int(getattr(settings, name, DEFAULTS[name]))


def refuse(name: str, message: str, source: str, **values) -> ImportFailed:
    """An ImportFailed naming the limit, its value and the setting that raises it."""
    values.setdefault("max", limit(name))
    text = (
        (message % values)
        + " "
        + _("(limit %(setting)s = %(max)s)") % {"setting": name, "max": values["max"]}
    )
    return ImportFailed(text, source=source)


# Tags whose number bounds the work of a parser: paragraphs and table cells in Word/ODF text,
# cells and rows in spreadsheets. A tag's local name is matched whatever its namespace prefix.
_PARAGRAPH = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s/>]")
_DOCX_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?tc[\s/>]")
_SHEET_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
_ODF_CELL = re.compile(rb"<table:table-cell[\s/>]")
_CHUNK = 1 << 20


def _counters(entry: str) -> dict[str, re.Pattern]:
    if entry == "word/document.xml":
        return {"paragraphs": _PARAGRAPH, "cells": _DOCX_CELL}
    if entry.startswith("xl/worksheets/") and entry.endswith(".xml"):
        return {"cells": _SHEET_CELL}
    if entry == "content.xml":  # OpenDocument (.odt, .ods)
        return {"paragraphs": _PARAGRAPH, "cells": _ODF_CELL}
    if entry.startswith(("ppt/slides/", "ppt/notesSlides/")) and entry.endswith(".xml"):
        return {"paragraphs": _PARAGRAPH, "cells": _DOCX_CELL}  # DrawingML `a:p`, `a:tc`
    return {}


def check_zip(data: bytes, name: str) -> set[str]:
    """The entry names of a package that stays within the limits; refuses it otherwise."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ImportFailed(
            _("The file is damaged: it is not a valid .docx, .xlsx, .odt or .ods package."), source=name
        ) from None
    if len(infos) > limit("IMPORT_MAX_ZIP_ENTRIES"):
        raise refuse(
            "IMPORT_MAX_ZIP_ENTRIES",
            _("The package holds %(n)d files, more than a document has."),
            name,
            n=len(infos),
        )
    most = limit("IMPORT_MAX_UNZIPPED_BYTES")
    declared = sum(info.file_size for info in infos)
    if declared > most:
        raise _too_big(declared, name)
    counts = {"paragraphs": 0, "cells": 0}
    total = 0
    try:
        for info in infos:
            patterns = _counters(info.filename)
            with package.open(info) as stream:
                carry = b""
                while chunk := stream.read(_CHUNK):
                    total += len(chunk)  # what the entry really unpacks to, whatever it declared
                    if total > most:
                        raise _too_big(total, name)
                    if not patterns:
                        continue
                    carry = _count(carry + chunk, patterns, counts)
                    _check_counts(counts, name)
                if patterns and carry:
                    _count(carry + b" ", patterns, counts)
                    _check_counts(counts, name)
    except ImportFailed:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        ValueError,
        OSError,
        EOFError,
    ) as exc:
        raise ImportFailed(_("The package is damaged (%(error)s).") % {"error": exc}, source=name) from None
    return {info.filename for info in infos}


def _too_big(size: int, name: str) -> ImportFailed:
    most = limit("IMPORT_MAX_UNZIPPED_BYTES")
    return refuse(
        "IMPORT_MAX_UNZIPPED_BYTES",
        _("Unpacked, the file would take more than %(mb)d MB."),
        name,
        mb=most // (1024 * 1024),
        size=size,
    )


def _count(buffer: bytes, patterns: dict[str, re.Pattern], counts: dict[str, int]) -> bytes:
    """Count tags in `buffer` up to its last `<` (a tag never straddles the cut); return the rest."""
    cut = buffer.rfind(b"<")
    if cut <= 0:
        return b"" if len(buffer) > _CHUNK else buffer
    head, rest = buffer[:cut], buffer[cut:]
    for key, pattern in patterns.items():
        counts[key] += len(pattern.findall(head))
    return rest


def _check_counts(counts: dict[str, int], name: str) -> None:
    if counts["paragraphs"] > limit("IMPORT_MAX_PARAGRAPHS"):
        raise refuse(
            "IMPORT_MAX_PARAGRAPHS",
            _("The document has more than %(max)d paragraphs."),
            name,
        )
    if counts["cells"] > limit("IMPORT_MAX_CELLS"):
        raise refuse("IMPORT_MAX_CELLS", _("The document has more than %(max)d table cells."), name)
