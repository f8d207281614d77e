"""Reading an upload in a child process under a memory and time budget, so one file never kills
the web or Celery worker that received it.

The child is forked by a multiprocessing *forkserver* (a clean, single-threaded process started
once per worker; forking the threaded worker itself could copy a held lock), caps its own address
space (RLIMIT_AS) and CPU time, reads the document and sends it back pickled. The parent waits
at most IMPORT_PARSE_SECONDS and then kills the child by its pid. A child that runs out of
memory gets MemoryError (or dies) alone; the worker answers with a message naming the limit.
Limits on the parent would have the kernel end the worker itself, which is what this avoids.
"""

import multiprocessing
import resource

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from engine.importing.errors import ImportFailed
from engine.importing.readers import MAX_BYTES, Document, read_document

_context = None


def _get_context():
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(["engine.importing.sandbox_child"])
    return _context


def read_document_within_budget(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """`read_document` in a child process when settings.IMPORT_PARSE_ISOLATED, else in this one."""
    if not getattr(settings, "IMPORT_PARSE_ISOLATED", False):
        return read_document(data, name, max_bytes=max_bytes)
    from engine.importing.sandbox_child import run

    memory = int(getattr(settings, "IMPORT_PARSE_MEMORY_MB", 1536)) * 1024 * 1024
    seconds = int(getattr(settings, "IMPORT_PARSE_SECONDS", 120))
    context = _get_context()
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=run,
        args=(send, data, name, max_bytes, translation.get_language(), memory, seconds),
        daemon=True,
    )
    child.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise ImportFailed(
                _("Reading the file took more than %(s)d seconds (limit IMPORT_PARSE_SECONDS).")
                % {"s": seconds},
                source=name,
            )
        try:
            kind, value = receive.recv()
        except EOFError:  # the child died: the kernel ended it for memory, or a parser crashed
            raise ImportFailed(
                _("Reading the file needed more than %(mb)d MB of memory (limit IMPORT_PARSE_MEMORY_MB).")
                % {"mb": memory // (1024 * 1024)},
                source=name,
            ) from None
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if kind == "document":
        return value
    if kind == "memory":
        raise ImportFailed(
            _("Reading the file needed more than %(mb)d MB of memory (limit IMPORT_PARSE_MEMORY_MB).")
            % {"mb": memory // (1024 * 1024)},
            source=name,
        )
    raise ImportFailed(value["reason"], source=value["source"], line=value["line"], cell=value["cell"])


def limit_self(memory: int, seconds: int) -> None:
    """Cap this (child) process: address space and CPU seconds; the hard limits stay as they were."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(
        resource.RLIMIT_AS, (memory if hard == resource.RLIM_INFINITY else min(memory, hard), hard)
    )
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    cpu = seconds + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu if hard == resource.RLIM_INFINITY else min(cpu, hard), hard))
