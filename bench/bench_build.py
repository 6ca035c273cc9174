"""Benchmark: posters for a synthetic province, noticeboard side by side with two baselines.

    python bench/bench_build.py                      # 640 villages (40 communes × 16)
    python bench/bench_build.py --villages 160       # quicker
    python bench/bench_build.py --commit main        # measure another commit

Measures a snapshot of the tree (``git worktree add`` of a commit, HEAD by default), so edits
made while it runs change nothing. In one run, on the same province, each in its own process
(so RSS figures are its own): the naive reportlab baseline (bench/naive.py, a few communes), the
Typst baseline (bench/typst_baseline.py, every village), ``build --jobs 1`` and ``--jobs N``,
``verify`` at its default --jobs against the --jobs 1 build, a build killed (SIGKILL) when 60 %
of its files are finished and its rerun, a rebuild after editing one village, and peak RSS at
a quarter of the villages (flatness). Per village delivered (a village's PDF; every tool also
writes each commune's all-villages.pdf) is the figure that counts: page counts differ between
tools. CPU seconds are given beside wall time: the machine may be shared.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def _usage() -> tuple[float, float]:
    """CPU seconds and peak RSS (MB) of this process and its finished children."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    return cpu, max(own.ru_maxrss, kids.ru_maxrss) / 1024


def _worker(kind: str, project: str, out: str, jobs: int, communes: int | None) -> None:
    """Runs in a child process with the snapshot on sys.path; prints one JSON line."""
    from noticeboard.build.posters import build_posters
    from noticeboard.load import load_project

    p = load_project(project)
    cpu0, t0 = _usage()[0], time.perf_counter()
    skipped, files = 0, None
    if kind == "naive":
        import naive

        pages = naive.build(p, Path(out), communes=communes)
        villages = sum(len(c.villages) for c in p.places.communes[:communes])
    elif kind == "typst":
        import typst_baseline

        parts: dict[str, float] = {}
        typst_baseline.build(p, Path(out), communes=communes, seconds=parts)
        villages, pages = sum(len(c.villages) for c in p.places.communes[:communes]), None
        skipped = parts["village"]  # the village PDFs alone
    else:
        r = build_posters(p, Path(out), jobs=jobs, force=(kind == "force"))
        pages = r.total_pages  # every PDF: village, all-villages and the commune's desk documents
        villages, skipped, files = r.villages, r.skipped, len(r.files)
    seconds = time.perf_counter() - t0
    cpu, rss = _usage()
    if pages is None:  # counted after the clock stopped
        import pypdfium2

        pages = sum(len(pypdfium2.PdfDocument(str(f))) for f in Path(out).rglob("*.pdf"))
    written = sum(f.stat().st_size for f in Path(out).rglob("*.pdf"))
    print(json.dumps({"seconds": seconds, "cpu": cpu - cpu0, "pages": pages, "villages": villages,
                      "skipped": skipped, "files": files, "mb": written / 1e6, "rss_mb": rss}))


class Bench:
    def __init__(self, src: Path, tmp: Path):
        self.src, self.tmp = src, tmp
        self.env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{src / 'bench'}",
                    "RAYON_NUM_THREADS": "1"}  # Typst on one core, as --jobs 1

    def run(self, kind: str, project: Path, out: Path, jobs: int = 1, communes: int | None = None) -> dict:
        code = (f"import bench_build; "
                f"bench_build._worker({kind!r}, {str(project)!r}, {str(out)!r}, {jobs}, {communes!r})")
        done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                              env=self.env, cwd=self.tmp)
        return json.loads(done.stdout.strip().splitlines()[-1])

    def cli(self, *args: str) -> tuple[float, float, float, str]:
        """Run ``python -m noticeboard ARGS``: wall s, CPU s, peak RSS MB (its process tree)."""
        t0 = time.perf_counter()
        code = ("import resource, runpy, sys; sys.argv = ['noticeboard'] + sys.argv[1:]\n"
                "try:\n    runpy.run_module('noticeboard', run_name='__main__')\n"
                "finally:\n    r = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]\n"
                "    print('USAGE', sum(x.ru_utime + x.ru_stime for x in r), max(x.ru_maxrss for x in r) / 1024,"
                " file=sys.stderr)")
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                              env=self.env, cwd=self.tmp)
        seconds = time.perf_counter() - t0
        usage = [line.split() for line in done.stderr.splitlines() if line.startswith("USAGE ")][-1]
        if done.returncode:
            raise SystemExit(f"noticeboard {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
        return seconds, float(usage[1]), float(usage[2]), done.stdout


def line(name: str, r: dict) -> str:
    return (f"{name:<26} {r['villages'] / r['seconds']:7.1f} villages/s {r['pages'] / r['seconds']:7.0f} pages/s "
            f"{r['seconds']:7.1f} s ({1000 * r['cpu'] / r['villages']:5.0f} ms CPU/village) "
            f"{r['mb']:8.1f} MB {r['rss_mb']:6.0f} MB peak RSS")


def killed_at(bench: Bench, project: Path, out: Path, files: int, share: float) -> int:
    """Start ``build --jobs 1``, SIGKILL it once ``share`` of its files are journalled as done."""
    journal = out / ".noticeboard-state.json"
    proc = subprocess.Popen([sys.executable, "-m", "noticeboard", "build", str(project), "-o", str(out),
                             "-q", "-j", "1"], env=bench.env, cwd=bench.tmp,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finished = 0
    while proc.poll() is None:
        finished = journal.read_bytes().count(b'"entry"') if journal.is_file() else 0
        if finished >= share * files:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.01)
    proc.wait()
    return finished


def snapshot(commit: str, where: Path) -> Path:
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(where), commit], check=True)
    return where


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--villages", type=int, default=640, help="villages in the province (16 per commune)")
    ap.add_argument("--per-commune", type=int, default=16)
    ap.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--naive-communes", type=int, default=2, help="communes the (slow) naive baseline builds")
    ap.add_argument("--commit", default="HEAD", help="what to measure (a snapshot of it is checked out)")
    a = ap.parse_args()
    communes = max(1, a.villages // a.per_commune)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1795651200")
    tmp = Path(tempfile.mkdtemp(prefix="nb-bench-"))
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", a.commit], check=True,
                            capture_output=True, text=True).stdout.strip()
    src = snapshot(commit, tmp / "src")
    try:
        bench = Bench(src, tmp)
        sys.path[:0] = [str(src), str(src / "bench")]
        import make_province

        project = make_province.write(tmp / "province", communes, a.per_commune)
        print(f"commit {commit}; province: {communes} communes × {a.per_commune} villages; "
              f"cpus={os.cpu_count()}, python {sys.version.split()[0]}, load {os.getloadavg()[0]:.1f}")
        naive = bench.run("naive", project, tmp / "naive", communes=a.naive_communes)
        print(line(f"naive ({a.naive_communes} communes)", naive))
        typst = bench.run("typst", project, tmp / "typst")
        print(line("typst", typst))
        print(f"{'  typst village PDFs alone':<26} {typst['villages'] / typst['skipped']:7.1f} villages/s "
              f"{typst['skipped']:7.1f} s")
        one = bench.run("force", project, tmp / "out1", jobs=1)
        print(line("noticeboard --jobs 1", one))
        many = bench.run("force", project, tmp / "outN", jobs=a.jobs)
        print(line(f"noticeboard --jobs {a.jobs}", many))
        per_village = lambda r: r["villages"] / r["seconds"]
        print(f"villages/s: --jobs 1 is {per_village(one) / per_village(typst):.2f}× Typst and "
              f"{per_village(one) / per_village(naive):.1f}× naive; --jobs {a.jobs} is "
              f"{per_village(many) / per_village(typst):.2f}× Typst, {one['seconds'] / many['seconds']:.2f}× --jobs 1; "
              f"CPU per village: Typst / --jobs 1 = {typst['cpu'] / typst['villages'] / (one['cpu'] / one['villages']):.2f}×; "
              f"--jobs 1 (every file) vs Typst's village PDFs alone: {typst['skipped'] / one['seconds']:.2f}×")
        same = all((tmp / "out1" / f.relative_to(tmp / "outN")).read_bytes() == f.read_bytes()
                   for f in (tmp / "outN").rglob("*") if f.is_file() and not f.name.startswith("."))
        print(f"--jobs {a.jobs} output folder identical to --jobs 1 (manifest included): {same}")

        seconds, cpu, rss, said = bench.cli("verify", str(tmp / "out1"))
        print(f"verify (default --jobs): {seconds:.1f} s, {cpu:.1f} s CPU, {rss:.0f} MB peak RSS: "
              f"{seconds / one['seconds']:.2f}× the --jobs 1 build's time, {cpu / one['cpu']:.2f}× its CPU; "
              f"{said.strip().splitlines()[-1]}")

        finished = killed_at(bench, project, tmp / "killed", one["files"], 0.6)
        rerun = bench.run("incremental", project, tmp / "killed", jobs=1)
        print(f"killed after {finished} of {one['files']} files; rerun --jobs 1: {rerun['seconds']:.1f} s = "
              f"{rerun['seconds'] / one['seconds']:.2f}× a full --jobs 1 build, CPU {rerun['cpu']:.1f} s = "
              f"{rerun['cpu'] / one['cpu']:.2f}× ({rerun['skipped']} files skipped)")

        places = project / "places.yaml"
        places.write_text(places.read_text("utf-8").replace("0912 001 005", "0912 001 999", 1), "utf-8")
        again = bench.run("incremental", project, tmp / "outN", jobs=a.jobs)
        print(f"rebuild after editing one village: {again['seconds']:.2f} s "
              f"({100 * again['seconds'] / many['seconds']:.1f}% of the full build; {again['skipped']} files skipped)")
        quarter = make_province.write(tmp / "quarter", max(1, communes // 4), a.per_commune)
        small = bench.run("force", quarter, tmp / "outQ", jobs=1)
        print(f"memory flatness: peak RSS {small['rss_mb']:.0f} MB at {small['villages']} villages, "
              f"{one['rss_mb']:.0f} MB at {one['villages']} villages (--jobs 1), "
              f"{many['rss_mb']:.0f} MB per process with --jobs {a.jobs}")
    finally:
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(src)], check=False)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
