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
A page byte for byte the same as one already looked at (its content and every object it
reaches: see verify/page_identity.py) shows the same pixels, so it is rendered once: all-villages.pdf
repeats every village file. Communes are shared out between ``jobs`` processes.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..messages import say
from ..output import manifest as manifest_file

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


class Seen:
    """What the pixels of one page showed: the codes of the whole-page pass, and those of each
    region decoded. Pages of the same identity (verify/page_identity.py) share one."""

    def __init__(self) -> None:
        self.whole: list[Found] | None = None
        self.regions: dict[tuple[float, ...], list[Found]] = {}

    def page_codes(self, page) -> list[Found]:
        if self.whole is None:
            image = page().render(scale=LOW, grayscale=True, no_smoothtext=True).to_numpy()
            self.whole = _read(image, LOW, 0, page().get_height())
        return self.whole

    def region(self, page, box: list[float] | None) -> list[Found]:
        key = tuple(box) if box else ()
        if key not in self.regions:
            if box:
                self.regions[key] = [f for f in decode_region(page(), box) if _inside(f, box)]
            else:  # a manifest of an older version: no position, the whole page at scan resolution
                self.regions[key] = decode_region(page(), [0, 0, *page().get_size()])
        return self.regions[key]


def verify_file(out: Path, entry: dict, seen: dict[str, Seen] | None = None) -> VerifyReport:
    """Both passes over one manifest entry's PDF; ``seen`` holds what pages of the same
    identity showed (in this file or others of its commune)."""
    import pypdfium2

    from .page_identity import page_identities

    report = VerifyReport(files=1)
    seen = {} if seen is None else seen
    name = entry.get("file", "?")
    path = manifest_file.inside(out, name)
    if not path.is_file():
        report.problems.append(f"{name}: {say('verify_missing')}")
        return report
    data = path.read_bytes()
    listed = entry.get("sha256")
    if isinstance(listed, str) and hashlib.sha256(data).hexdigest() != listed:
        report.problems.append(f"{name}: {say('verify_damaged')}")  # its codes may still decode
    if path.suffix == ".png":  # a Zalo card (noticeboard share): the image itself is decoded
        return _verify_card(path, name, entry, report)
    if path.suffix != ".pdf":  # thay-doi.json, for scripts: present is all there is to check
        return report
    expected: dict[int, list[dict]] = {}
    for q in entry.get("qr", []):
        expected.setdefault(q.get("page"), []).append(q)
        report.expected += 1
    pdf = pypdfium2.PdfDocument(data)
    identities = page_identities(data)
    if identities is not None and len(identities) != len(pdf):
        identities = None
    try:
        if len(pdf) != entry.get("pages"):
            report.problems.append(f"{name}: " + say("verify_pages", pages=len(pdf), listed=entry.get("pages")))
        for page_no in range(1, len(pdf) + 1):
            opened: list = []

            def page(index: int = page_no - 1):
                if not opened:
                    opened.append(pdf[index])
                return opened[0]

            look = seen.setdefault(identities[page_no - 1], Seen()) if identities else Seen()
            want = expected.get(page_no, [])
            report.pages += 1
            for q in want:
                found = look.region(page, q.get("box"))
                if any(f.url == q["url"] for f in found):
                    report.decoded += 1
                else:
                    got = ", ".join(sorted({f.url for f in found})) or say("verify.no_code")
                    report.problems.append(say("verify.not_at_place", file=name, page=page_no, url=q["url"],
                                               found=got))
            listed = Counter(q["url"] for q in want)
            for f in look.page_codes(page):
                ok = [q for q in want if q["url"] == f.url and (not q.get("box") or _inside(f, q["box"]))]
                if not ok or not listed[f.url]:
                    report.problems.append(say("verify.unexpected", file=name, page=page_no, url=f.url,
                                               x=f"{f.x:.0f}", y=f"{f.y:.0f}"))
                else:
                    listed[f.url] -= 1
            for p in opened:
                p.close()
    finally:
        pdf.close()
    return report


def _verify_card(path: Path, name: str, entry: dict, report: VerifyReport) -> VerifyReport:
    """A card's codes, decoded from its pixels, against the ones its entry lists."""
    from PIL import Image

    with Image.open(path) as image:
        found = Counter(f.url for f in _read(image.convert("L"), 1.0, 0, image.height))
    want = Counter(q["url"] for q in entry.get("qr", []))
    report.expected += sum(want.values())
    report.decoded += sum((found & want).values())
    report.pages += 1
    for url in want - found:
        report.problems.append(say("verify.not_at_place", file=name, page=1, url=url, found=say("verify.no_code")))
    for url in found - want:
        report.problems.append(say("verify.unexpected", file=name, page=1, url=url, x="?", y="?"))
    return report


def _verify_group(args: tuple[Path, list[dict]]) -> list[VerifyReport]:
    """One commune's files in one process, so pages they repeat are rendered once."""
    out, entries = args
    seen: dict[str, Seen] = {}
    return [verify_file(out, e, seen) for e in entries]


def verify_output(out: Path, progress: Callable[[], None] | None = None, jobs: int = 1) -> VerifyReport:
    """Verify every file of ``out``'s manifest with ``jobs`` processes; ``progress()`` after each file."""
    data = manifest_file.require(out)
    groups: dict[str, list[dict]] = {}
    for e in data.get("files", []):
        if isinstance(e, dict):
            manifest_file.inside(out, e.get("file", ""))  # refused before anything is read
            groups.setdefault(str(e.get("file", "")).split("/")[0], []).append(e)
    work = [(Path(out), entries) for entries in groups.values()]
    report = VerifyReport()
    if jobs <= 1 or len(work) <= 1:
        return _gather(report, map(_verify_group, work), progress)
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(min(jobs, len(work))) as pool:
        return _gather(report, pool.imap(_verify_group, work), progress)


def _gather(report: VerifyReport, results, progress) -> VerifyReport:
    for group in results:
        for r in group:
            report.files += r.files
            report.pages += r.pages
            report.expected += r.expected
            report.decoded += r.decoded
            report.problems += r.problems
            if progress:
                progress()
    return report

