"""The held-out corpus's document writers (`heldout/make_docs.py`: the national header, title rows,
tracked runs, content controls, sheet titles, LibreOffice conversion), loaded once for the main
corpus's sibling generators (`siblings_*.py`) run by `make_docs.py`."""

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def heldout_writers():
    """`heldout/make_docs.py` as a module (it is a script, not a package member)."""
    spec = importlib.util.spec_from_file_location("heldout_make_docs", HERE / "heldout" / "make_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
