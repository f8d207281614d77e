"""Import speed: rows per second for each seed programme and for a generated 10,000-row programme.

Each seed is imported into its demo organisation through the same path as the command
(read → recognise → resolve → one transaction of bulk inserts) on a fresh PostgreSQL
database. Goals: any seed < 0.5 s, 10,000 rows < 10 s.
    python bench/bench_import.py [--quick]
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_database, median, print_rows, setup_django

UNITS = [
    "Văn phòng",
    "Quản lý KH",
    "QLCN",
    "Chuyển đổi số",
    "Phòng QLĐL CL",
    "Trung tâm KHXH&NV",
    "QLKH/Văn phòng",
]
MONTHS = [f"Tháng {m:02d}" for m in range(1, 13)]


def generated_programme(rows: int) -> bytes:
    """A month × content × lead-unit table (the shape of seed 000) with `rows` task rows."""
    lines = ["CHƯƠNG TRÌNH LÀM VIỆC NĂM 2026", "", "Thời gian\tNội dung\tChủ trì tham mưu"]
    per_month = rows // 12 + 1
    for row in range(rows):
        month = MONTHS[min(row // per_month, 11)]
        first = row % per_month == 0
        lines.append(
            f"{month if first else ''}\tTổ chức {row % 9 + 1:02d} Hội đồng thẩm định nhiệm vụ KH&CN số {row} "
            f"theo kế hoạch của Sở\t{UNITS[row % len(UNITS)]}"
        )
    return "\n".join(lines).encode()


def _time_import(organisation, data: bytes, name: str) -> tuple[float, int, float]:
    """(seconds in all, rows, seconds of them spent writing)."""
    from engine.services.programme_import import programme_import, programme_import_preview

    started = time.perf_counter()
    result = programme_import_preview(organisation=organisation, data=data, name=name)
    read = time.perf_counter()
    programme_import(organisation=organisation, actor=None, result=result)
    done = time.perf_counter()
    return done - started, len(result.items), done - read


def run(quick: bool = False) -> dict:
    name = setup_django("import")
    try:
        from django.conf import settings

        from engine.demo import seed_demo
        from engine.demo_data import ORGANISATIONS
        from engine.importing.errors import ImportFailed
        from engine.models import Organisation

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        seed_demo("bench")
        repeats = 1 if quick else 3
        figures: dict = {}
        seed_seconds = []
        for spec in ORGANISATIONS:
            organisation = Organisation.objects.get(slug=spec.slug)
            for number in spec.seeds:
                path = next(Path(settings.SEEDS_DIR).glob(f"{number}_*.txt"))
                try:
                    runs = [_time_import(organisation, path.read_bytes(), path.name) for _ in range(repeats)]
                except ImportFailed as exc:
                    figures[f"seed_{number}_error"] = exc.message
                    continue
                seconds = median([r[0] for r in runs])
                seed_seconds.append(seconds)
                figures[f"seed_{number}_rows"] = runs[0][1]
                figures[f"seed_{number}_seconds"] = round(seconds, 3)
                figures[f"seed_{number}_rows_per_s"] = round(runs[0][1] / seconds, 1)
        rows = 2000 if quick else 10_000
        organisation = Organisation.objects.get(slug="nghe-an-skhcn")
        seconds, count, writing = _time_import(organisation, generated_programme(rows), "generated.txt")
        return {
            "seed_seconds_max": round(max(seed_seconds), 3) if seed_seconds else None,
            "rows_10000_seconds": round(seconds * 10_000 / count, 2),
            "generated_rows": count,
            "generated_rows_per_s": round(count / seconds, 1),
            "generated_write_seconds": round(writing, 2),
            "goal_seed_seconds": 0.5,
            "goal_rows_10000_seconds": 10,
            **figures,
        }
    finally:
        drop_database(name)


if __name__ == "__main__":
    print_rows("import", run(quick="--quick" in sys.argv))
