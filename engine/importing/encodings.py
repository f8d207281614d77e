"""Turning document bytes into NFC Unicode: UTF-8/16, Windows-1258, TCVN3 (ABC) and VNI text.

Legacy Vietnamese files reach us two ways: as raw bytes of an 8-bit encoding, or as
Unicode text typed in a legacy font (a .docx in .VnTime shows "Ch­¬ng tr×nh"). Both are
handled the same way: every candidate conversion is scored by how Vietnamese the result
reads, and the best one wins; text that already holds Vietnamese letters is kept as is.
"""

import re
import unicodedata

from engine.text import nfc

# TCVN3 (ABC): one byte per precomposed lower-case letter; capitals with a tone are rare.
_TCVN3 = dict(
    zip(
        "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉË®ÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\xadøõö÷ùýúûüþ¡¢§£¤¥¦",
        "áàảãạăắằẳẵặâấầẩẫậđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵĂÂĐÊÔƠƯ",
        strict=True,
    )
)

# VNI: a base letter followed by a character that carries its marks.
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE = "\u0302", "\u0306"
_VNI_MARKS = {
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRC, "ê": _BREVE,
    "á": _CIRC + _ACUTE, "à": _CIRC + _GRAVE, "å": _CIRC + _HOOK, "ã": _CIRC + _TILDE, "ä": _CIRC + _DOT,
    "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}  # fmt: skip
_VNI_MARKS.update({k.upper(): v for k, v in list(_VNI_MARKS.items())})
_VNI_LETTERS = {
    "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
    "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì", "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị",
    "î": "ỵ", "Î": "Ỵ",
}  # fmt: skip
_VOWELS = set("aeiouyAEIOUYơưƠƯ")


def _vietnamese_letters() -> frozenset[str]:
    letters = set("đĐ")
    for base in "aăâeêioôơuưy":
        for mark in ("", _ACUTE, _GRAVE, _HOOK, _TILDE, _DOT):
            for ch in (base, base.upper()):
                letters.add(unicodedata.normalize("NFC", ch + mark))
    return frozenset(ch for ch in letters if ord(ch) > 127)


VIETNAMESE = _vietnamese_letters()
_SURE_UNICODE = frozenset(ch for ch in VIETNAMESE if 0x1EA0 <= ord(ch) <= 0x1EF9 or ch in "ăĂơƠưƯđĐĩĨũŨ")


def from_tcvn3(text: str) -> str:
    return _restore_capitals("".join(_TCVN3.get(ch, ch) for ch in text))


_TCVN3_SMALL = frozenset(v for v in _TCVN3.values() if v.islower())
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)(\W*)(\w)", re.MULTILINE)


def _restore_capitals(text: str) -> str:
    """TCVN3 has no codes for capitals with a tone mark: a heading typed in .VnTimeH stores the
    small letter's code ("CéNG HßA" → "CộNG HòA"). A line whose plain letters are all capitals
    is set in capitals, and a small marked letter that opens a line or a sentence is a capital."""
    lines = []
    for line in text.split("\n"):
        words = [word for word in (token.strip(".,:;()\"'-") for token in line.split()) if word.isalpha()]
        plain = _ASCII_LETTERS.findall("".join(words))
        if len(words) >= 2 and all(ch.isupper() for ch in plain) and any(ch in _TCVN3_SMALL for ch in line):
            line = "".join(ch.upper() if ch in _TCVN3_SMALL else ch for ch in line)
        lines.append(line)

    def opening(match: re.Match) -> str:
        letter = match.group(3)
        return match.group(1) + match.group(2) + (letter.upper() if letter in _TCVN3_SMALL else letter)

    return _SENTENCE_START.sub(opening, "\n".join(lines))


def from_vni(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if (ch in _VNI_MARKS and out and out[-1][-1:] in _VOWELS | set("ơưƠƯ")) or (
            ch in _VNI_MARKS and out and unicodedata.combining(out[-1][-1:] or "a")
        ):
            out.append(_VNI_MARKS[ch])
        elif ch in _VNI_LETTERS:
            out.append(_VNI_LETTERS[ch])
        else:
            out.append(ch)
    return nfc("".join(out))


_WORD = re.compile(r"[^\W\d_]+")
_TONE_MARKS = frozenset(_ACUTE + _GRAVE + _HOOK + _TILDE + _DOT)


def _syllable_ok(word: str) -> bool:
    tones = sum(1 for ch in unicodedata.normalize("NFD", word) if ch in _TONE_MARKS)
    return tones <= 1 and len(word) <= 7 and all(ch.isascii() or ch in VIETNAMESE for ch in word)


def score(text: str) -> int:
    """How Vietnamese a reading looks: well-formed syllables for it, stray symbols against it."""
    good = bad = 0
    for word in _WORD.findall(text):
        if any(ch in VIETNAMESE for ch in word):
            if _syllable_ok(word):
                good += 1
            else:
                bad += 1
    for ch in text:
        if ord(ch) > 127 and not ch.isalpha() and (unicodedata.combining(ch) or ord(ch) < 0x250):
            bad += 1
    return good - 2 * bad


# Legacy text has one odd character in every few letters; OCR noise far fewer (seeds: 0.5%).
LEGACY_MIN_SHARE = 0.03


def fix_legacy_text(text: str) -> tuple[str, str]:
    """(NFC text, name of the legacy encoding it was in or "unicode")."""
    text = nfc(text)
    sample = text[:200_000]
    if sum(1 for ch in sample if ch in _SURE_UNICODE) >= 3:
        return text, "unicode"
    letters = sum(1 for ch in sample if ch.isalpha()) or 1
    strange = sum(1 for ch in sample if ord(ch) > 127 and ch not in VIETNAMESE)
    if strange / letters < LEGACY_MIN_SHARE:  # OCR noise, not a legacy font
        return text, "unicode"
    readings = [("unicode", text), ("tcvn3", from_tcvn3(text)), ("vni", from_vni(text))]
    best = max(readings, key=lambda reading: score(reading[1][:200_000]))
    if score(best[1][:200_000]) <= score(sample):
        return text, "unicode"
    return best[1], best[0]


def utf16_order(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" for UTF-16 text saved without a BOM (a NUL beside most ASCII
    characters, on one side only), "utf-16" with a BOM, None otherwise."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(NFC text, encoding name) for the bytes of a plain-text document."""
    if data.startswith(b"\xef\xbb\xbf"):
        return fix_legacy_text(data[3:].decode("utf-8", errors="replace"))
    if order := utf16_order(data):
        return fix_legacy_text(data.decode(order, errors="replace"))
    try:
        return fix_legacy_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    windows = nfc(data.decode("cp1258", errors="replace"))
    latin = data.decode("latin-1")
    readings = [
        ("windows-1258", windows),
        ("tcvn3", from_tcvn3(latin)),
        ("vni", from_vni(data.decode("cp1252", errors="replace"))),
    ]
    name, text = max(readings, key=lambda reading: score(reading[1][:200_000]))
    return text, name
