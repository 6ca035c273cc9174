"""Read back what was built: decode every QR code printed, from pixels, and compare with
manifest.json.

Two passes per page, so a province verifies about as fast as it builds:
- every code the manifest lists is decoded from its own region (its ``box``: the code with its
  quiet zone, plus a margin) rendered at scan resolution, 150 dpi (at least 4 pixels per module
  for every code we print); it must give the listed URL, centred in its box. A code replaced,
  moved away or covered fails here.
- the whole page is rendered once at low resolution (72 dpi: 2 pixels per module of a 30 mm code) and
  every code found must be one the manifest lists, where it lists it. A foreign code added
  anywhere on any page fails here (one at least as large as ours, 30 mm).
Files are shared out between ``jobs`` processes.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .messages import say
from .output import manifest as manifest_file

SCALE = 150 / 72  # scan resolution
LOW = 72 / 72  # the whole-page pass
MARGIN = 6.0  # points around a code's box in its region


@dataclass
class VerifyReport:
    files: int = 0
    pages: int = 0  # pages rendered (every page of every file)
    expected: int = 0
    decoded: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Found:
    url: str
    x: float  # centre, PDF points
    y: float


def _read(image, scale: float, left: float, top: float) -> list[Found]:
    """Every QR code in ``image`` (rendered at ``scale`` with its top-left corner at page point
    (left, top)), with its centre in page coordinates."""
    import zxingcpp

    out = []
    for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        p = r.position
        cx = (p.top_left.x + p.top_right.x + p.bottom_left.x + p.bottom_right.x) / 4
        cy = (p.top_left.y + p.top_right.y + p.bottom_left.y + p.bottom_right.y) / 4
        out.append(Found(r.text, left + cx / scale, top - cy / scale))
    return out


def decode_region(page, box: list[float], scale: float = SCALE) -> list[Found]:
    """The codes inside ``box`` (x0, y0, x1, y1 in points) and a margin, at ``scale``."""
    width, height = page.get_size()
    x0, y0 = max(0.0, box[0] - MARGIN), max(0.0, box[1] - MARGIN)
    x1, y1 = min(width, box[2] + MARGIN), min(height, box[3] + MARGIN)
    if x1 <= x0 or y1 <= y0:
        return []
    image = page.render(scale=scale, grayscale=True, crop=(x0, y0, width - x1, height - y1)).to_numpy()
    return _read(image, scale, x0, y1)


def _inside(f: Found, box: list[float]) -> bool:
    return box[0] <= f.x <= box[2] and box[1] <= f.y <= box[3]


def verify_file(out: Path, entry: dict) -> VerifyReport:
    """Both passes over one manifest entry's PDF."""
    import pypdfium2

    report = VerifyReport(files=1)
    name = entry.get("file", "?")
    path = out / name
    if not path.resolve().is_relative_to(out.resolve()):
        report.problems.append(say("verify.outside", file=name, out=out))
        return report
    if not path.is_file():
        report.problems.append(say("verify.missing", file=name))
        return report
    expected: dict[int, list[dict]] = {}
    for q in entry.get("qr", []):
        expected.setdefault(q.get("page"), []).append(q)
        report.expected += 1
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        if len(pdf) != entry.get("pages"):
            report.problems.append(say("verify.pages", file=name, pages=len(pdf), listed=entry.get("pages")))
        for page_no in range(1, len(pdf) + 1):
            page = pdf[page_no - 1]
            want = expected.get(page_no, [])
            report.pages += 1
            for q in want:
                box = q.get("box")
                if not box:  # a manifest of an older version: no position, whole page at 200 dpi
                    found = decode_region(page, [0, 0, *page.get_size()])
                else:
                    found = [f for f in decode_region(page, box) if _inside(f, box)]
                if any(f.url == q["url"] for f in found):
                    report.decoded += 1
                else:
                    got = ", ".join(sorted({f.url for f in found})) or say("verify.no_code")
                    report.problems.append(say("verify.not_at_place", file=name, page=page_no, url=q["url"],
                                               found=got))
            listed = Counter(q["url"] for q in want)
            for f in _read(page.render(scale=LOW, grayscale=True, no_smoothtext=True).to_numpy(), LOW, 0,
                           page.get_height()):
                ok = [q for q in want if q["url"] == f.url and (not q.get("box") or _inside(f, q["box"]))]
                if not ok or not listed[f.url]:
                    report.problems.append(say("verify.unexpected", file=name, page=page_no, url=f.url,
                                               x=f"{f.x:.0f}", y=f"{f.y:.0f}"))
                else:
                    listed[f.url] -= 1
            page.close()
    finally:
        pdf.close()
    return report


def _verify_one(args: tuple[Path, dict]) -> VerifyReport:
    return verify_file(*args)


def verify_output(out: Path, progress: Callable[[], None] | None = None, jobs: int = 1) -> VerifyReport:
    """Verify every file of ``out``'s manifest with ``jobs`` processes; ``progress()`` after each file."""
    data = manifest_file.require(out)
    entries = [e for e in data.get("files", []) if isinstance(e, dict)]
    report = VerifyReport()
    work = [(Path(out), e) for e in entries]
    if jobs <= 1 or len(work) <= 1:
        results = map(_verify_one, work)
        return _gather(report, results, progress)
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(min(jobs, len(work))) as pool:
        return _gather(report, pool.imap(_verify_one, work), progress)


def _gather(report: VerifyReport, results, progress) -> VerifyReport:
    for r in results:
        report.files += r.files
        report.pages += r.pages
        report.expected += r.expected
        report.decoded += r.decoded
        report.problems += r.problems
        if progress:
            progress()
    return report


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
