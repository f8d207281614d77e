"""The child side of engine/importing/sandbox.py: set up Django, cap itself, read, answer."""

import os


def _setup() -> None:
    import django
    from django.apps import apps

    if not apps.ready:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        django.setup()


def run(
    conn, data: bytes, name: str, max_bytes: int, language: str | None, memory: int, seconds: int
) -> None:
    _setup()
    from django.utils import translation

    from engine.importing.errors import ImportFailed
    from engine.importing.readers import read_document
    from engine.importing.sandbox import limit_self

    limit_self(memory, seconds)
    try:
        with translation.override(language):
            document = read_document(data, name, max_bytes=max_bytes)
        answer = ("document", document)
    except ImportFailed as error:
        answer = (
            "failed",
            {"reason": error.reason, "source": error.source, "line": error.line, "cell": error.cell},
        )
    except MemoryError:
        answer = ("memory", None)
    try:
        conn.send(answer)
    except MemoryError:
        conn.send(("memory", None))
    finally:
        conn.close()


try:  # preloaded in the forkserver: every child starts with Django ready and the readers imported
    _setup()
    import engine.importing.readers  # noqa: F401
except Exception:  # noqa: S110 - the child sets up again and reports what fails
    pass
