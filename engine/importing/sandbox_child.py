"""The child side of engine/importing/sandbox.py: settings and translations only, cap, read, answer."""

import pickle
import resource
import sys


def limit_self(memory: int, seconds: int) -> None:
    """Cap this process: address space and CPU seconds (soft limits; the hard ones stay)."""
    for which, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, seconds + 5)):
        _soft, hard = resource.getrlimit(which)
        resource.setrlimit(which, (value if hard == resource.RLIM_INFINITY else min(value, hard), hard))


def main() -> None:
    request = pickle.loads(sys.stdin.buffer.read())  # noqa: S301 - written by our own parent
    from django.apps import apps
    from django.conf import settings

    apps.populate([])  # translations need a ready registry; the readers need no models
    for key, value in request["settings"].items():
        setattr(settings, key, value)
    from django.utils import translation

    from engine.importing.errors import ImportFailed
    from engine.importing.readers import read_document

    limit_self(request["memory"], request["seconds"])
    try:
        with translation.override(request["language"]):
            document = read_document(request["data"], request["name"], max_bytes=request["max_bytes"])
        answer = pickle.dumps(("document", document))
    except ImportFailed as error:
        failed = {"reason": error.reason, "source": error.source, "line": error.line, "cell": error.cell}
        answer = pickle.dumps(("failed", failed))
    except MemoryError:
        answer = pickle.dumps(("memory", None))
    sys.stdout.buffer.write(answer)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
