"""Benchmark: posters for a synthetic province, noticeboard side by side with fair baselines.

    python bench/bench_build.py                      # 640 villages (40 communes × 16)
    python bench/bench_build.py --villages 160       # quicker
    python bench/bench_build.py --commit main        # measure another commit

Measures a snapshot of the tree (``git worktree add`` of a commit, HEAD by default), so edits
made while it runs change nothing. In one run, on the same province, each tool in its own
process pinned to the same cores (1, then N): a plain reportlab program (bench/naive.py, a few
communes: it is slow), Typst written as a competent Typst user would (bench/typst_baseline.py:
one compiler, fonts loaded once, each village typeset once, as a document per village or as
the commune's document split into villages; its threads free on the cores it is given),
``build --jobs 1`` and ``--jobs N``; then ``verify``, a build killed (SIGKILL) when 60 % of its
files are finished and its rerun, a rebuild after editing one village, and peak RSS at a
quarter of the villages (flatness). The deliverable is the same for every tool: each village's
PDF and each commune's all-villages.pdf (noticeboard also writes the commune's binder, posting
kit and register, which the baselines do not: that work is counted against it). Figures are
per village delivered, per wall second and per CPU second (the CPU figure is the one a shared
machine does not distort); page counts differ between tools.
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


def _worker(kind: str, project: str, out: str, jobs: int, communes: int | None, how: str = "") -> None:
    """Runs in a child process with the snapshot on sys.path; prints one JSON line."""
    from noticeboard import api  # the stable entry point: the snapshot may be of another commit
    from noticeboard.load import load_project

    p = load_project(project)
    cpu0, t0 = _usage()[0], time.perf_counter()
    skipped, files = 0, None
    if kind == "naive":
        import naive

        files = naive.build(p, Path(out), communes=communes)
        villages, pages = sum(len(c.villages) for c in p.places.communes[:communes]), None
    elif kind == "typst":
        import typst_baseline

        files = typst_baseline.build(p, Path(out), communes=communes, how=how)
        villages, pages = sum(len(c.villages) for c in p.places.communes[:communes]), None
    else:
        r = api.build(p, Path(out), jobs=jobs, force=(kind == "force"))
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
        self.env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{src / 'bench'}"}
        self.cpus = sorted(os.sched_getaffinity(0))

    def run(self, kind: str, project: Path, out: Path, jobs: int = 1, communes: int | None = None,
            how: str = "", cores: int | None = None) -> dict:
        """One tool in its own process, on ``cores`` CPUs (default: as many as --jobs)."""
        code = (f"import bench_build; bench_build._worker({kind!r}, {str(project)!r}, {str(out)!r}, "
                f"{jobs}, {communes!r}, {how!r})")
        cpus = set(self.cpus[:cores or jobs])
        done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                              env=self.env, cwd=self.tmp, preexec_fn=lambda: os.sched_setaffinity(0, cpus))
        return json.loads(done.stdout.strip().splitlines()[-1]) | {"cores": len(cpus)}

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


HEAD = (f"{'tool':<34} {'cores':>5} {'villages/s':>10} {'villages/CPU s':>14} {'ms CPU/village':>14} "
        f"{'pages/village':>13} {'wall s':>7} {'peak RSS':>9}")


def line(name: str, r: dict) -> str:
    return (f"{name:<34} {r['cores']:>5} {per_second(r):>10.1f} {per_cpu_second(r):>14.1f} "
            f"{1000 * r['cpu'] / r['villages']:>14.0f} {r['pages'] / r['villages']:>13.1f} {r['seconds']:>7.1f} "
            f"{r['rss_mb']:>6.0f} MB")


def per_second(r: dict) -> float:
    return r["villages"] / r["seconds"]


def per_cpu_second(r: dict) -> float:
    return r["villages"] / r["cpu"]


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
        print(HEAD)
        naive = bench.run("naive", project, tmp / "naive", communes=a.naive_communes)
        print(line(f"plain reportlab ({a.naive_communes} communes)", naive))
        typst = {}
        for cores in sorted({1, a.jobs}):
            for how in ("per_village", "per_commune"):
                r = typst[cores, how] = bench.run("typst", project, tmp / f"typst-{how}-{cores}", how=how,
                                                  cores=cores)
                print(line(f"Typst, {how.replace('_', ' ')}", r))
        one = bench.run("force", project, tmp / "out1", jobs=1)
        print(line("noticeboard build --jobs 1", one))
        many = bench.run("force", project, tmp / "outN", jobs=a.jobs)
        print(line(f"noticeboard build --jobs {a.jobs}", many))
        for ours, cores in ((one, 1), (many, a.jobs)):
            fast = max((r for (c, _), r in typst.items() if c == cores), key=per_second)
            lean = max((r for (c, _), r in typst.items() if c == cores), key=per_cpu_second)
            print(f"on {cores} core(s): noticeboard is {per_second(ours) / per_second(fast):.2f}× the faster "
                  f"Typst in villages/s and {per_cpu_second(ours) / per_cpu_second(lean):.2f}× the leaner "
                  f"Typst in villages per CPU second; {per_cpu_second(ours) / per_cpu_second(naive):.1f}× "
                  f"plain reportlab per CPU second")
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
