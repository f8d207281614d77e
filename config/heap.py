"""A worker's start-up heap, kept out of the garbage collector's full collections.

Every object alive once Django has started (modules, models and their fields, the URLconf with every
view, form and selector it imports, the translation catalogues, the compiled templates) stays alive
for the process's life, yet CPython's full collection walks all of them again: ≈ 185,000
containers, ≈ 130 ms of CPU on this machine, once every few list or inbox requests (each allocates a
few hundred thousand objects), and that request waits for it. `gc.freeze()` moves them into the
permanent generation, which no collection visits; what requests allocate is collected as before.
docs/performance.md, "The slow request in twenty".
"""

import gc
from pathlib import Path

from django.conf import settings
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils import translation


def freeze_startup_heap() -> int:
    """Load what every request uses (the URLconf and what it imports, each language's catalogue, the
    project's templates compiled into the cached loader), collect once, freeze. Returns the number
    of objects frozen. Called by config.asgi once the application is built (a worker's start), and
    by bench/bench_pages.py as a worker would."""
    get_resolver().reverse_dict  # noqa: B018 -- imports every view module, fills reverse()'s tables
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("")
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for path in sorted(Path(folder).rglob("*.html")):
            try:
                get_template(path.relative_to(folder).as_posix())
            except (TemplateDoesNotExist, TemplateSyntaxError):
                continue  # compiled on first use, as without this
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
