"""Server-rendered pages (Django templates + htmx) over the engine's selectors and services."""

from django.urls import reverse


def pk_url(name: str):
    """`reverse(name, args=[pk])` for a page of pks: one reverse, then each pk in the marker's place
    (a page's rows link to their item and their waiver form; a reverse per link was a tenth of the
    page's rendering)."""
    marker = "2147483647"
    head, tail = reverse(name, args=[int(marker)]).split(marker, 1)
    return lambda pk: f"{head}{int(pk)}{tail}"
