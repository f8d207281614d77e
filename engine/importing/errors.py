"""The importer's one error type: a message for the user naming the file and the line or cell."""

from django.utils.translation import gettext as _

from engine.exceptions import InvalidInput


class ImportFailed(InvalidInput):
    """The document cannot be imported; nothing was written."""

    code = "import_failed"

    def __init__(self, message: str, *, source: str = "", line: int | None = None, cell: str = ""):
        where = [source] if source else []
        if line is not None:
            where.append(_("line %(line)d") % {"line": line})
        if cell:
            where.append(_("cell %(cell)s") % {"cell": cell})
        super().__init__(f"{', '.join(where)}: {message}" if where else str(message))
        self.reason = str(message)
        self.source = source
        self.line = line
        self.cell = cell
