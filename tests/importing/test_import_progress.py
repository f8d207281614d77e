"""The reader reports its progress through a callback and stays free of the database."""

from engine.importing.build import import_document
from engine.importing.units import UnitRef

UNITS = [UnitRef(1, "Phòng Quản lý Khoa học", "QLKH")]


def test_progress_rises_to_one_as_the_rows_are_built():
    lines = ["CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026", "STT\tNội dung\tĐơn vị chủ trì\tThời gian"]
    lines += [f"{n}\tNhiệm vụ thứ {n}\tPhòng Quản lý Khoa học\tTháng 05" for n in range(1, 501)]
    seen: list[float] = []
    result = import_document("\n".join(lines).encode(), "ct.txt", units=UNITS, progress=seen.append)
    assert len(result.items) == 500
    assert seen == sorted(seen) and seen[0] == 0.1 and seen[-1] == 1.0
    assert any(0.4 < fraction < 1.0 for fraction in seen)  # reported while building rows


def test_unresolved_lead_spellings_are_kept_apart_from_coordinating_ones():
    text = "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026\nSTT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
    text += "1\tRà soát\tPhòng Lạ\tPhòng Khác\tTháng 05\n"
    item = import_document(text.encode(), "ct.txt", units=UNITS).items[0]
    assert item.unresolved == ["Phòng Lạ", "Phòng Khác"] and item.unresolved_lead == ["Phòng Lạ"]
