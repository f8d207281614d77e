"""`make bench`: run every bench/bench_*.py, print one table, write bench/results.json.

Each bench runs in its own process (so its peak memory is its own and a failure in one does
not stop the others) and returns its section of results.json from `run(quick)`.
    python bench/run.py [--quick] [--only transitions,pages] [--out bench/results.json]
"""

import argparse
import importlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from common import flatten, fmt, machine  # noqa: E402

# Sections in the order of the issue; benches not listed here follow alphabetically.
ORDER = ["import", "transitions", "sweep", "notifications", "pages"]


def discover() -> list[str]:
    names = [p.stem.removeprefix("bench_") for p in BENCH_DIR.glob("bench_*.py")]
    return sorted(names, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))


def run_one(name: str, quick: bool, out: Path) -> None:
    """In the child process: run one bench and write its section, plus time and peak memory."""
    module = importlib.import_module(f"bench_{name}")
    started = time.perf_counter()
    section = module.run(quick=quick)
    section.setdefault("bench_seconds", round(time.perf_counter() - started, 1))
    # ru_maxrss is KiB on Linux: the process's high-water mark, Django and data included.
    section.setdefault("peak_rss_mb", round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
    out.write_text(json.dumps(section, default=str))


def run_all(names: list[str], quick: bool, timeout: float) -> dict:
    results = {}
    for name in names:
        print(f"--- bench {name}{' (quick)' if quick else ''}", flush=True)
        with tempfile.NamedTemporaryFile(suffix=".json") as tmp:
            args = [
                sys.executable,
                __file__,
                "--child",
                name,
                "--out",
                tmp.name,
                *(["--quick"] if quick else []),
            ]
            try:
                proc = subprocess.run(args, timeout=timeout, check=False)
                text = Path(tmp.name).read_text()
                if proc.returncode == 0 and text:
                    results[name] = json.loads(text)
                else:
                    results[name] = {"error": f"exit status {proc.returncode}"}
            except subprocess.TimeoutExpired:
                results[name] = {"error": f"timed out after {timeout:.0f}s"}
    return results


def print_table(results: dict) -> None:
    rows = [(section, key, fmt(value)) for section, data in results.items() for key, value in flatten(data)]
    w1 = max([len("bench"), *(len(r[0]) for r in rows)])
    w2 = max([len("figure"), *(len(r[1]) for r in rows)])
    print(f"\n{'bench':<{w1}}  {'figure':<{w2}}  value")
    print(f"{'-' * w1}  {'-' * w2}  {'-' * 12}")
    last = None
    for section, key, value in rows:
        print(f"{section if section != last else '':<{w1}}  {key:<{w2}}  {value:>12}")
        last = section


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, same keys")
    parser.add_argument("--only", help="comma-separated bench names (default: all)")
    parser.add_argument("--out", default=str(BENCH_DIR / "results.json"))
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per bench")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_one(args.child, args.quick, Path(args.out))
        return 0
    names = discover()
    if args.only:
        wanted = {n.strip().removeprefix("bench_") for n in args.only.split(",")}
        names = [n for n in names if n in wanted]
    started = time.perf_counter()
    results = run_all(names, args.quick, args.timeout)
    document = {
        "machine": machine(),
        "quick": args.quick,
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        **results,
    }
    Path(args.out).write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print(f"\nmachine: {document['machine']}")
    print_table(results)
    print(f"\n{len(results)} benches in {time.perf_counter() - started:.0f}s; written to {args.out}")
    return 1 if any("error" in section for section in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
