"""Village files on long official texts (tests/long_texts.py): pages per village against the
page budget, the share of page 1 printed at board size, and the time to build, per paper.

    python bench/bench_board.py
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from pypdf import PdfReader  # noqa: E402

from noticeboard import api  # noqa: E402
from noticeboard.load import load_project  # noqa: E402
from noticeboard.render.pdf.styles import PAPERS  # noqa: E402
from tests.long_texts import write_long_project  # noqa: E402
from tests.test_board import sizes_by_char  # noqa: E402

BUDGET = {"A4": lambda n: math.ceil(n / 4) + n + 1, "A3": lambda n: math.ceil(n / 4) + n + 1,
          "A5": lambda n: math.ceil(n / 3) + n + 2}


def main() -> None:
    print("paper  village            N  pages  budget  page 1 at board size  build")
    for paper in ("A4", "A3", "A5"):
        with tempfile.TemporaryDirectory() as tmp:
            root = write_long_project(Path(tmp) / "project", paper=paper)
            started = time.perf_counter()
            api.build(load_project(root), Path(tmp) / "out", jobs=1)
            seconds = time.perf_counter() - started
            manifest = json.loads((Path(tmp) / "out" / "manifest.json").read_text("utf-8"))
            for entry in (e for e in manifest["files"] if e["village"]):
                n = len(entry["procedures"])
                sizes = sizes_by_char(PdfReader(str(Path(tmp) / "out" / entry["file"])).pages[0])
                large = sum(c for size, c in sizes.items() if size >= PAPERS[paper].body - 1e-6)
                print(f"{paper:5}  {entry['village']:17}  {n:2}  {entry['pages']:5}  {BUDGET[paper](n):6}  "
                      f"{large / sum(sizes.values()):>19.0%} at ≥ {PAPERS[paper].body:g} pt  {seconds:.1f} s")


if __name__ == "__main__":
    main()
