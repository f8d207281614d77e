"""Checks on uploaded evidence files: size, type by extension and by content, hash."""

import hashlib
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from engine.exceptions import InvalidInput

# The first bytes each type must start with; types not listed are accepted on extension.
_MAGIC = {
    ".pdf": (b"%PDF",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".ods": (b"PK\x03\x04",),
    ".zip": (b"PK\x03\x04", b"PK\x05\x06"),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".doc": (b"\xd0\xcf\x11\xe0",),
    ".xls": (b"\xd0\xcf\x11\xe0",),
}


@dataclass(frozen=True)
class CheckedFile:
    upload: object
    name: str
    size: int
    sha256: str
    content_type: str


def upload_limit_text() -> str:
    return filesizeformat(settings.ATTACHMENT_MAX_BYTES)


def check_upload(upload, *, field: str = "files") -> CheckedFile:
    """Validate one uploaded file; raise InvalidInput naming the file and the problem."""
    name = PurePath(getattr(upload, "name", "") or "file").name[:255]
    suffix = PurePath(name).suffix.lower()
    allowed = settings.ATTACHMENT_ALLOWED_TYPES
    if suffix not in allowed:
        raise InvalidInput(
            _("%(name)s: files of type “%(suffix)s” are not accepted. Accepted: %(allowed)s.")
            % {"name": name, "suffix": suffix or "?", "allowed": ", ".join(sorted(allowed))},
            field_errors={field: [_("File type not accepted.")]},
        )
    size = upload.size
    if size == 0:
        raise InvalidInput(_("%(name)s is empty.") % {"name": name}, field_errors={field: [_("Empty file.")]})
    if size > settings.ATTACHMENT_MAX_BYTES:
        raise InvalidInput(
            _("%(name)s is %(size)s; the limit is %(limit)s.")
            % {"name": name, "size": filesizeformat(size), "limit": upload_limit_text()},
            field_errors={field: [_("File too large.")]},
        )
    digest = hashlib.sha256()
    head = b""
    upload.seek(0)
    for chunk in upload.chunks():
        if len(head) < 16:
            head += chunk[:16]
        digest.update(chunk)
    upload.seek(0)
    magics = _MAGIC.get(suffix)
    if magics and not any(head.startswith(m) for m in magics):
        raise InvalidInput(
            _("%(name)s does not look like a “%(suffix)s” file.") % {"name": name, "suffix": suffix},
            field_errors={field: [_("File content does not match its type.")]},
        )
    return CheckedFile(upload, name, size, digest.hexdigest(), allowed[suffix])
