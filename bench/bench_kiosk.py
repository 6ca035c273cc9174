"""Benchmark: kiosk search over a large catalogue, per keystroke, in Debian's Chromium.

    python bench/bench_kiosk.py [--procedures 3000]

Builds a kiosk from a synthetic catalogue, opens it from file://, types words on the
on-screen keyboard and prints, per keystroke, the time inside the page from the key's tap to
the results drawn (search and render), plus the search alone, measured with performance.now().
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

WORDS = ["dang ky khai sinh", "chung thuc", "tam tru", "xac nhan", "1001193", "ket hon truong hop 2", "d", "a"]

TIME_KEY = """(key) => {
  const b = document.querySelector(`[data-key="${key}"]`);
  const t0 = performance.now();
  b.click();                       // the handler searches and redraws synchronously
  document.getElementById("results").getBoundingClientRect();  // and style + layout, forced
  return performance.now() - t0;
}"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--procedures", type=int, default=3000)
    a = ap.parse_args()
    sys.path.insert(0, str(HERE))
    import make_province
    from playwright.sync_api import sync_playwright

    from noticeboard.channels.kiosk.build import build_kiosk
    from noticeboard.load import load_project

    tmp = Path(tempfile.mkdtemp(prefix="nb-kiosk-bench-"))
    project = load_project(make_province.write(tmp / "p", communes=1, villages=2, procedures=a.procedures))
    build_kiosk(project, tmp / "kiosk")
    size = sum(f.stat().st_size for f in (tmp / "kiosk").rglob("*")) / 1e6
    times: list[float] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=os.environ.get("NOTICEBOARD_CHROMIUM", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.goto((tmp / "kiosk" / "index.html").as_uri())
        page.click("#searchbox")
        for words in WORDS:
            for ch in words:
                times.append(page.evaluate(TIME_KEY, "space" if ch == " " else ch))
            page.click('[data-key="clear"]')
        browser.close()
    times.sort()
    print(f"kiosk: {len(project.procedures)} procedures, folder {size:.1f} MB, {len(times)} keystrokes")
    print(f"per keystroke (search + redraw + layout): median {statistics.median(times):.1f} ms, "
          f"p95 {times[int(len(times) * 0.95)]:.1f} ms, max {times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
