"""Benchmark: Zalo cards and loudspeaker scripts for the bundled sample.

    python bench/bench_share.py [--repeat 3]

Prints cards per second (layout, PDF, rasterising, PNG), the bytes per card, the time of one
loudspeaker script per commune, and peak RSS. Figures, not a test: nothing here asserts speed.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from noticeboard.channels.announce.write import build_announce  # noqa: E402
from noticeboard.load import load_project  # noqa: E402
from noticeboard.resources import sample_project  # noqa: E402
from noticeboard.channels.share.write import build_share  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    project = load_project(sample_project())
    for run in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            result = build_share(project, Path(tmp) / "zalo")
            took = time.perf_counter() - started
            pngs = list((Path(tmp) / "zalo").rglob("*.png"))
            size = sum(p.stat().st_size for p in pngs) / len(pngs)
            started = time.perf_counter()
            scripts = build_announce(project, Path(tmp) / "loa")
            loud = time.perf_counter() - started
        print(f"run {run + 1}: {result.cards} cards in {took:.2f} s = {result.cards / took:.1f} cards/s, "
              f"{size / 1024:.0f} KB per card; {len(scripts.scripts)} scripts (text + PDF) in {loud:.2f} s")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
