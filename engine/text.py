"""Text helpers shared by matching code: Unicode normalisation and accent folding."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Return `text` in NFC, the form the database and the user interface keep."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form of `text` for matching.

    `đ` has no decomposition in Unicode, so it is mapped by hand.
    """
    if text.isascii():
        return _SPACES.sub(" ", text).strip().lower()
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip().lower()
