"""Indicators: a target in a column ("8.000", "≥ 80") or a count in the text ("Tổ chức 10 Hội đồng …").

A target column often says more than a number ("40 - 50", "≤ 3 ngày; ≤ 50 hồ sơ",
"≥ 3% và tăng dần"): `parse_target` gives a number only where one number is clear, and the
recogniser keeps the printed text (`is_plain_number` tells when there is more to keep).
"""

import re
from decimal import Decimal, InvalidOperation

from engine.text import fold

_TWO_WORD_MEASURES = {
    "hoi dong", "ke hoach", "co so", "lang nghe", "de tai", "doanh nghiep", "nhiem vu", "sang kien",
    "hoi nghi", "hoi thao", "to chuc", "du an", "san pham", "van ban", "chuyen muc", "an pham",
}  # fmt: skip
_NOT_MEASURES = {
    "tai", "va", "cua", "o", "den", "nam", "thang", "ngay", "gio", "tuoi", "lan", "nhu", "theo", "trong",
    "tinh", "nqtw", "ve", "voi", "cho", "la", "tu", "kh", "-",
}  # fmt: skip
_NOT_BEFORE = {
    "so",
    "nam",
    "khoa",
    "ngay",
    "dinh",
    "quyet",
    "an",
    "lop",
    "duong",
    "thong",
    "muc",
    "chi",
    "nhom",
    "ky",
}
_LAST_WORD = re.compile(r"(\w+)\W*$")
_COUNT = re.compile(r"(?<![\w/.,-])(\d{1,4})(?![\w/.,:-])\s+(\w+)(?:\s+(\w+))?")


def parse_number(text: str) -> Decimal | None:
    """Vietnamese numbers: "8.000" is eight thousand, "103,0" is 103.0, "1.293.500" a million and more."""
    cleaned = re.sub(r"[^\d.,]", "", text or "")
    if not cleaned or not re.search(r"\d", cleaned):
        return None
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d+", cleaned):
        cleaned = cleaned.replace(",", ".")
    elif re.fullmatch(r"\d+(\.\d+)?", cleaned):
        pass
    else:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\d])")


def is_plain_number(text: str) -> bool:
    return bool(re.fullmatch(r"\s*[\d.,]+\s*", text or ""))


def parse_target(text: str) -> Decimal | None:
    """The number a target states: "≥ 80" → 80, ">= 30" → 30, "≥ 3% và tăng dần" → 3; a range
    ("40 - 50") or several targets ("≤ 3 ngày; ≤ 50 hồ sơ") state none."""
    if not text or not text.strip():
        return None
    if is_plain_number(text):
        return parse_number(text)
    numbers = _NUMBER.findall(text)
    if len(numbers) != 1:
        return None
    return parse_number(numbers[0])


def count_in_text(content: str) -> tuple[Decimal, str] | None:
    """(target, measure) for the first count of things in a task's text, if any."""
    for match in _COUNT.finditer(content):
        number = int(match.group(1))
        if number == 0 or 1900 <= number <= 2100:
            continue
        previous = _LAST_WORD.search(content, 0, match.start())
        if previous and fold(previous.group(1)) in _NOT_BEFORE:
            continue
        first = match.group(2)
        if fold(first) in _NOT_MEASURES or first.isdigit():
            continue
        second = match.group(3)
        measure = first
        if second and f"{fold(first)} {fold(second)}" in _TWO_WORD_MEASURES:
            measure = f"{first} {second}"
        return Decimal(number), measure
    return None
