"""Encoders for the legacy Vietnamese encodings, to build test documents (the reverse of the importer)."""

import unicodedata

from engine.importing.encodings import _TCVN3, _VNI_LETTERS, _VNI_MARKS

_TONES = "\u0301\u0300\u0309\u0303\u0323"


def to_windows_1258(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def to_tcvn3(text: str) -> str:
    reverse = {v: k for k, v in _TCVN3.items()}
    return "".join(reverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def to_vni(text: str) -> str:
    letters = {v: k for k, v in _VNI_LETTERS.items() if k != v}
    marks = {v: k for k, v in _VNI_MARKS.items() if k.islower()}
    upper_marks = {v: k for k, v in _VNI_MARKS.items() if k.isupper()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in letters:
            out.append(letters[ch])
            continue
        if ch in "íÍìÌ":  # VNI keeps these Latin-1 letters
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        if len(decomposed) == 1:
            out.append(ch)
            continue
        base, rest = decomposed[0], decomposed[1:]
        shape = "".join(c for c in rest if c not in _TONES)
        tone = "".join(c for c in rest if c in _TONES)
        if shape == "\u031b":  # horn: ơ, ư are letters of their own
            base = unicodedata.normalize("NFC", base + shape)
            base = letters.get(base, base)
            shape = ""
        if base in "iI" and tone:
            composed = unicodedata.normalize("NFC", base + tone)
            out.append(letters.get(composed, composed))
            continue
        if base in "yY" and tone == "\u0323":
            out.append(letters[unicodedata.normalize("NFC", base + tone)])
            continue
        table = upper_marks if base.isupper() else marks
        out.append(base + table[shape + tone])
    return "".join(out)
