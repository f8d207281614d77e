"""Exports written in memory, for tests of small registers."""

import io

from engine.exports.register_xlsx import register_xlsx_write


def register_xlsx(rows, *, title: str, item_url) -> bytes:
    """The rows (already with their details) as .xlsx bytes."""
    out = io.BytesIO()
    register_xlsx_write([rows], out, title=title, item_url=item_url)
    return out.getvalue()
