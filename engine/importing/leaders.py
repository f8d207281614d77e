"""Matching the supervising leader a row prints ("Đ/c Hoàn GD Sở", "PGD S¢ Phan Vin Hiéu") to a leader."""

import re
from dataclasses import dataclass

from engine.text import fold, nfc

# The posts that head a body, folded, as documents print them before or after a leader's name
# (`Phó Chủ tịch UBND tỉnh`, `Giám đốc Sở`, `Hiệu trưởng`, `Chánh Văn phòng`): one vocabulary for the
# layouts that tell a leader from a unit by the post. `(?:pho\s+)?` before it takes the deputies.
HEAD_POSTS = (
    r"chu tich|tong giam doc|giam doc|bo truong|thu truong|tong cuc truong|cuc truong|vien truong"
    r"|hieu truong|chanh van phong|chanh thanh tra|truong ban|bi thu"
    # a court's chief justice (`Chánh án`, `Phó Chánh án`), as a procuracy's `Viện trưởng`
    r"|chanh an"
)
HEAD_POST = rf"(?:pho\s+)?(?:{HEAD_POSTS})"
# Their abbreviations as printed (case matters: `TT` alone is also `Trung tâm`), after a name or alone.
POST_ABBREVIATIONS = r"PCTTT|PCT|CT|PGĐ|GĐ|PCVP|CVP|PBT|BT|PHT|HT|TT"

# A professional or academic title before a person's name (`BSCKII.`, `BS.CKI.`, `ThS.BS.`, `PGS.TS.`,
# `DS.`, `ĐD.`, `KTV.`): the title of a doctor, pharmacist, nurse, technician, engineer, lawyer or
# scholar, never a unit. Longer spellings first; one or more, parted by dots.
_PROFESSIONAL_TITLE = (
    r"(?:PGS|GS|TSKH|TS|ThS|Ths|NCS|BSCKII|BSCKI|BSCK[12]|BSNT|BS|DSCKII|DSCKI|DS|CKII|CKI|CK[12]"
    r"|ĐDCKI|ĐD|CNĐD|KTV|KTS|KS|CN|LS|YS|NHS)"
)
_TITLED_NAME = re.compile(
    rf"^(?P<titles>{_PROFESSIONAL_TITLE}(?:\s*\.\s*{_PROFESSIONAL_TITLE})*\s*\.?)\s*"
    r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){1,4})(?=\s*(?:[-–,(]|$))"
)


def names_titled_person(text: str) -> bool:
    """A person named with a professional or academic title before the name (`BSCKII. Lê Văn Hòa -
    Giám đốc`, `ThS.BS. Võ Thanh Tùng`, `PGS.TS. Lý Hoàng Minh, Hiệu trưởng`): the titles hold a dot,
    the name two to five capitalised words, a post may follow after a dash, comma or parenthesis."""
    match = _TITLED_NAME.match(" ".join(text.split()))
    return bool(
        match
        and "." in match.group("titles")
        and all(word[:1].isupper() for word in match.group("name").split())
    )


# A military or police rank before a person's name (`Đại tá`, `Thượng úy`, `Thiếu tướng`, `Chuẩn Đô
# đốc`, `Trung sĩ`): the rank of an officer, a non-commissioned officer or a soldier of the army, the
# navy or the police, never a unit. `Đồng chí` may precede it, a rank's abbreviation (`Đ/tá`, `Th.tá`)
# is not read. A professional title may stand between the rank and the name (`Thiếu tướng, PGS.TS.
# Lê Văn Minh`).
_RANK = (
    r"(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|Chuẩn\s+úy|Chuẩn\s+uý"
    r"|(?:Chuẩn\s+|Phó\s+)?Đô\s+đốc|(?:Thượng|Trung|Hạ)\s+sĩ|Binh\s+(?:nhất|nhì))"
)
_RANKED_NAME = re.compile(
    rf"^(?:(?:Đồng chí|Đ/c)\s+)?(?P<rank>{_RANK})\s*,?\s+"
    rf"(?:{_PROFESSIONAL_TITLE}(?:\s*\.\s*{_PROFESSIONAL_TITLE})*\s*\.\s*)?"
    r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){1,4})(?=\s*(?:[-–,(]|$))",
    re.IGNORECASE,
)


def names_ranked_person(text: str) -> bool:
    """A person named by a military or police rank before the name (`Đại tá Nguyễn Hữu Phong, Chỉ huy
    trưởng`, `Thượng úy Lê Văn An - Đội trưởng`, `Thiếu tướng, TS. Trần Quốc Minh`): the rank (a
    professional title may follow it), then two to five capitalised words, a post may follow after a
    dash, comma or parenthesis."""
    match = _RANKED_NAME.match(" ".join(text.split()))
    return bool(match and all(word[:1].isupper() for word in match.group("name").split()))


# A company's officer by post (`Tổng Giám đốc`, `Phó Tổng Giám đốc`, `PTGĐ`, `TGĐ`, `Chủ tịch HĐQT`,
# `Thành viên HĐTV`, `Trưởng Ban Kiểm soát`, `Kế toán trưởng`, `Giám đốc điều hành`): a person who chairs,
# never the unit that prepares (`Ban Kiểm soát` alone opens with `Ban`). The board's name may be spelt
# out (`Hội đồng quản trị`, `Hội đồng thành viên`).
_BOARD = r"(?:HĐQT|HĐTV|Hội\s+đồng\s+(?:quản\s+trị|thành\s+viên))"
_CORPORATE_POST = (
    rf"(?:(?:Phó\s+)?Tổng\s+Giám\s+đốc|P\.?\s?TGĐ|TGĐ|(?:Phó\s+)?Chủ\s+tịch\s+{_BOARD}"
    rf"|(?:P\.?\s?)?CT\s?{_BOARD}|Thành\s+viên\s+{_BOARD}"
    r"|(?:Phó\s+)?Trưởng\s+Ban\s+[Kk]iểm\s+soát|Kiểm\s+soát\s+viên|Kế\s+toán\s+trưởng|KTT"
    r"|(?:Phó\s+)?Giám\s+đốc\s+(?:điều\s+hành|tài\s+chính|kỹ\s+thuật|kinh\s+doanh))"
)
_CORPORATE_OFFICER = re.compile(
    rf"^(?:(?:Đồng chí|Đ/c|Ông|Bà)\s+)?(?P<post>{_CORPORATE_POST})"
    r"(?:\s*[-–:,]?\s*(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){1,4}))?\s*(?:[-–,(].*)?$"
)


def names_corporate_officer(text: str) -> bool:
    """A company's officer named by post, a name may follow (`Tổng Giám đốc Vũ Đình Khải`, `PTGĐ Ngô
    Thị Hạnh`, `Chủ tịch HĐQT Trịnh Văn Lực`, `Kế toán trưởng Lê Thu`, `Phó Tổng Giám đốc`): the post
    opens the cell, then two to five capitalised words or nothing; `KTT` only before a name."""
    match = _CORPORATE_OFFICER.match(" ".join(text.split()))
    if not match:
        return False
    name = match.group("name")
    if name is None:
        return match.group("post") != "KTT"
    return all(word[:1].isupper() for word in name.split())


# Family names that open most Vietnamese personal names (folded).
_FAMILY_NAMES = frozenset(
    re.split(
        r"\s+",
        "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong lam mai to ha"
        " dao cao luong ta chau quach thai kieu doan vuong luu trinh la lu tang khuc thach"
        " phung lai mac giap nong ninh khong ton hua diep kim",
    )
)
# Family names whose folded spelling is also a common word (`Chu`/`chủ`, `Triệu`/`triều`, `Tống`/
# `tổng`, `Đàm`/`đám`, `Bạch`, `Lục`/`lực`, `Cù`, `Tiêu`/`tiêu`, `Âu`): known by their exact spelling only.
_FAMILY_NAMES_AS_SPELT = frozenset(("Chu", "Triệu", "Tống", "Đàm", "Bạch", "Lục", "Cù", "Tiêu", "Âu"))


def names_person(text: str) -> bool:
    """A personal name alone ("Đỗ Thị Hằng", "Lý Thu Trang", "Chu Đức Anh"): two to five capitalised
    words opening with a family name, no digit."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and all(word[:1].isupper() for word in words)
        and (fold(words[0]) in _FAMILY_NAMES or nfc(words[0]).capitalize() in _FAMILY_NAMES_AS_SPELT)
        and not any(ch.isdigit() for ch in text)
    )


# At most this many words of a post before the holder's name (`Phó Bí thư Thường trực Đảng ủy`).
_POST_WORDS = 6
# A unit's head or deputy by post (`Trưởng Ban Tuyên giáo`, `Phó Trưởng đoàn`): a post though a unit's
# name follows it (`Trưởng` folds as `Trường`, a school), exact spelling.
_HEAD_OR_DEPUTY = re.compile(r"^(?:Phó|Trưởng|Q\.|Quyền)\s")


def names_post_holder(text: str) -> bool:
    """A post, then the full name of who holds it (`Tổng Biên tập Lê Quang Vinh`, `PTBT Nguyễn Thị
    Ngọc Ánh`, `Bí thư Huyện ủy Hoàng Văn Nam`, `Chánh án Lưu Văn Phúc`, `Ông Trịnh Minh Khoa`),
    whatever the post: one to six words, then a personal name of three to five words (a two-word
    tail is as often a place's name: `… Hà Lam`, `… Lê Lợi`). Not a body named after a person, a
    unit's name whole (`Trường THCS Trần Quốc Toản`, `Đoàn TNCS Hồ Chí Minh`), unless it opens with
    the post of the unit's head or deputy (`Trưởng Công an xã Lê Văn Tâm`)."""
    from engine.importing.units import names_a_unit

    text = " ".join(text.split()).strip(" ,;.")
    words = text.split()
    if names_a_unit(text) and not _HEAD_OR_DEPUTY.match(text):
        return False
    return any(
        1 <= len(words) - size <= _POST_WORDS and names_person(" ".join(words[-size:])) for size in (5, 4, 3)
    )


@dataclass(frozen=True)
class LeaderRef:
    key: object
    full_name: str
    title: str = ""


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) < 3 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def match_leader(text: str, leaders: list[LeaderRef]) -> LeaderRef | None:
    """The leader whose every name word is in the text (one letter off is allowed); None if unsure."""
    words = re.findall(r"\w+", fold(text))
    found = []
    for leader in leaders:
        name_words = re.findall(r"\w+", fold(leader.full_name))
        if "demo" in name_words or not name_words:
            continue
        positions = []
        for name_word in name_words:
            hits = [i for i, word in enumerate(words) if _close(name_word, word)]
            if not hits:
                break
            positions.append(hits[0])
        else:
            found.append((positions[0], leader))
    if not found:
        folded = " ".join(words)
        if re.search(r"\bgiam ?doc\b|\bgd so\b", folded) and not re.search(r"\bpho\b|\bpgd\b", folded):
            directors = [
                leader for leader in leaders if fold(leader.title).startswith(("giam doc", "chanh van phong"))
            ]
            return directors[0] if len(directors) == 1 else None
        return None
    found.sort(key=lambda pair: pair[0])
    return found[0][1]
