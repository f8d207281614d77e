"""Reading an upload in a child process under a memory and time budget, so one file never kills
the web or Celery worker that received it.

The child is a fresh interpreter (`python -m engine.importing.sandbox_child`), not a fork: a fork
of a threaded web worker could copy a held lock, and a Celery prefork worker is a daemonic
process, which multiprocessing refuses to give children. The child loads only the settings and
the translations (no app registry, ≈ 0.3 s of CPU), caps its own address space (RLIMIT_AS) and
CPU time, reads the document and writes it back pickled on stdout. The parent waits at most
IMPORT_PARSE_SECONDS, then kills the child's process group (the child and any LibreOffice or
Tesseract it started) by its pid. A child over its memory gets MemoryError or dies alone; the
worker answers with a message naming the limit. A limit set on the worker itself would have
the kernel end the worker, which is what this avoids.
"""

import logging
import os
import pickle
import signal
import subprocess
import sys

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from engine.importing.errors import ImportFailed
from engine.importing.readers import MAX_BYTES, Document, read_document

log = logging.getLogger(__name__)


def read_document_within_budget(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """`read_document` in a child process when settings.IMPORT_PARSE_ISOLATED, else in this one."""
    if not getattr(settings, "IMPORT_PARSE_ISOLATED", False):
        return read_document(data, name, max_bytes=max_bytes)
    memory = int(getattr(settings, "IMPORT_PARSE_MEMORY_MB", 1536)) * 1024 * 1024
    seconds = int(getattr(settings, "IMPORT_PARSE_SECONDS", 120))
    limits = {key: getattr(settings, key) for key in dir(settings) if key.startswith("IMPORT_")}
    payload = pickle.dumps(
        {"data": data, "name": name, "max_bytes": max_bytes, "language": translation.get_language(),
         "memory": memory, "seconds": seconds, "settings": limits}
    )  # fmt: skip
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings"),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "engine.importing.sandbox_child"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=str(settings.BASE_DIR),
        env=environment,
        start_new_session=True,
    )
    try:
        out, err = child.communicate(payload, timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        raise ImportFailed(
            _("Reading the file took more than %(s)d seconds (limit IMPORT_PARSE_SECONDS).") % {"s": seconds},
            source=name,
        ) from None
    try:
        kind, value = pickle.loads(out)  # noqa: S301 - written by our own child process
    except (pickle.UnpicklingError, EOFError, ValueError):
        # The child died without answering: the kernel ended it for memory, or a parser crashed.
        log.warning("import child for %s ended with %s: %s", name, child.returncode, err[-2000:])
        kind, value = "memory", None
    if kind == "document":
        return value
    if kind == "memory":
        raise ImportFailed(
            _("Reading the file needed more than %(mb)d MB of memory (limit IMPORT_PARSE_MEMORY_MB).")
            % {"mb": memory // (1024 * 1024)},
            source=name,
        )
    raise ImportFailed(value["reason"], source=value["source"], line=value["line"], cell=value["cell"])
