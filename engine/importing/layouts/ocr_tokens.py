"""Tokens of OCR text without diacritics: folding for matching, one-letter-off comparison, "Sở" read wrong."""

import re
from functools import lru_cache

from engine.text import fold

# --- tokens -----------------------------------------------------------------------------

_OCR_O = str.maketrans({"¢": "o", "©": "g"})
_SO = {"so", "s", "sg", "s&", "so,", "se", "s6", "s0", "sơ"}


@lru_cache(maxsize=65536)
def _norm(token: str) -> str:
    """A token for matching: folded, OCR's "6"/"0"/"¢" inside words read as "o", punctuation gone."""
    folded = fold(token).translate(_OCR_O)
    if re.search(r"[a-z]", folded):
        folded = folded.replace("6", "o").replace("0", "o")
    return re.sub(r"[^a-z0-9&%-]", "", folded).strip("-")


@lru_cache(maxsize=65536)
def _near(a: str, b: str) -> bool:
    """Equal, or one letter off for words of three letters or more."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _is_so(norm: str) -> bool:
    return norm in _SO or bool(re.fullmatch(r"s[o0&6g]{0,2}", norm))


def _near_short(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == len(b) == 2:
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    return _near(a, b)
