"""Benchmark: posters for a synthetic province, measured side by side with a naive renderer.

    python bench/bench_build.py                      # 124 communes × 16 villages
    python bench/bench_build.py --communes 31        # quicker

Prints pages/s, villages/s, MB written and peak RSS for --jobs 1, --jobs N and the naive
baseline, the rebuild time after editing one village, and memory at 4× fewer villages
(flatness). Each configuration runs in its own process so RSS figures are its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _worker(kind: str, project: str, out: str, jobs: int, communes: int | None) -> None:
    """Runs in a child process; prints one JSON line."""
    sys.path.insert(0, str(HERE))
    from noticeboard.build import build_posters
    from noticeboard.load import load_project

    t0 = time.perf_counter()
    p = load_project(project)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    if kind == "naive":
        import naive

        pages = naive.build(p, Path(out), communes=communes)
        villages = sum(len(c.villages) for c in p.places.communes[:communes])
        skipped = 0
    else:
        r = build_posters(p, Path(out), jobs=jobs, force=(kind == "force"))
        pages = r.total_pages  # village PDFs and all-villages PDFs
        villages, skipped = r.villages, r.skipped
    seconds = time.perf_counter() - t0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    written = sum(f.stat().st_size for f in Path(out).rglob("*.pdf"))
    print(json.dumps({"seconds": seconds, "load_s": load_s, "pages": pages, "villages": villages,
                      "skipped": skipped, "mb": written / 1e6, "rss_mb": max(own, kids)}))


def run(kind: str, project: Path, out: Path, jobs: int = 1, communes: int | None = None) -> dict:
    code = (f"import sys; sys.path.insert(0, {str(HERE)!r}); import bench_build; "
            f"bench_build._worker({kind!r}, {str(project)!r}, {str(out)!r}, {jobs}, {communes!r})")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def line(name: str, r: dict) -> str:
    return (f"{name:<22} {r['pages'] / r['seconds']:8.0f} pages/s {r['villages'] / r['seconds']:7.1f} villages/s "
            f"{r['seconds']:7.1f} s {r['mb']:8.1f} MB {r['rss_mb']:7.0f} MB peak RSS")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--communes", type=int, default=124)
    ap.add_argument("--villages", type=int, default=16)
    ap.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--naive-communes", type=int, default=2, help="communes the (slow) baseline builds")
    a = ap.parse_args()
    sys.path.insert(0, str(HERE))
    import make_province

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1795651200")
    tmp = Path(tempfile.mkdtemp(prefix="nb-bench-"))
    project = make_province.write(tmp / "province", a.communes, a.villages)
    print(f"province: {a.communes} communes × {a.villages} villages, cpus={os.cpu_count()}, "
          f"python {sys.version.split()[0]}")
    naive = run("naive", project, tmp / "naive", communes=a.naive_communes)
    print(line(f"naive ({a.naive_communes} communes)", naive))
    one = run("force", project, tmp / "out1", jobs=1)
    print(line("--jobs 1", one))
    many = run("force", project, tmp / "outN", jobs=a.jobs)
    print(line(f"--jobs {a.jobs}", many))
    base = naive["pages"] / naive["seconds"]
    print(f"speed-up vs naive: --jobs 1 {one['pages'] / one['seconds'] / base:.1f}×, "
          f"--jobs {a.jobs} {many['pages'] / many['seconds'] / base:.1f}×; "
          f"--jobs {a.jobs} vs --jobs 1: {one['seconds'] / many['seconds']:.2f}×")
    same = all((tmp / "out1" / f.relative_to(tmp / "outN")).read_bytes() == f.read_bytes()
               for f in (tmp / "outN").rglob("*.pdf"))
    print(f"--jobs {a.jobs} output identical to --jobs 1: {same}")
    places = project / "places.yaml"
    places.write_text(places.read_text("utf-8").replace("0912 001 005", "0912 001 999", 1), "utf-8")
    again = run("incremental", project, tmp / "outN", jobs=a.jobs)
    print(f"rebuild after editing one village: {again['seconds']:.2f} s "
          f"({100 * again['seconds'] / many['seconds']:.1f}% of the full build; "
          f"{again['skipped']} files skipped, load {again['load_s']:.2f} s)")
    quarter = make_province.write(tmp / "quarter", max(1, a.communes // 4), a.villages)
    small = run("force", quarter, tmp / "outQ", jobs=1)
    print(f"memory flatness: peak RSS {small['rss_mb']:.0f} MB at {small['villages']} villages, "
          f"{one['rss_mb']:.0f} MB at {one['villages']} villages (--jobs 1)")
    print(f"(work files in {tmp})")


if __name__ == "__main__":
    main()
