"""Read back what was built: render each PDF page that should carry a QR code, decode every
code with zxing-cpp, and compare with manifest.json."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .output import manifest as manifest_file
from .messages import say

SCALE = 200 / 72  # render at 200 dpi: a 30 mm code has ~8 px per module


@dataclass
class VerifyReport:
    files: int = 0
    pages: int = 0
    expected: int = 0
    decoded: int = 0
    problems: list[str] = field(default_factory=list)


def decode_page_codes(pdf, index: int) -> list[str]:
    """Every QR text on page ``index`` (0-based) of an open pypdfium2 document."""
    import zxingcpp

    image = pdf[index].render(scale=SCALE, grayscale=True).to_pil()
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def verify_output(out: Path, progress: Callable[[], None] | None = None) -> VerifyReport:
    import pypdfium2

    data = manifest_file.require(out)
    report = VerifyReport()
    for entry in data.get("files", []):
        path = manifest_file.inside(out, entry["file"])
        report.files += 1
        if not path.is_file():
            report.problems.append(f"{entry['file']}: {say('verify_missing')}")
            continue
        if path.suffix != ".pdf":  # thay-doi.json, for scripts: present is all there is to check
            continue
        expected: dict[int, Counter] = {}
        for q in entry.get("qr", []):
            expected.setdefault(q["page"], Counter())[q["url"]] += 1
            report.expected += 1
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            if len(pdf) != entry.get("pages"):
                report.problems.append(f"{entry['file']}: " + say("verify_pages", pages=len(pdf), listed=entry.get("pages")))
            for page_no in range(1, len(pdf) + 1):
                found = Counter(decode_page_codes(pdf, page_no - 1)) if page_no in expected else Counter()
                want = expected.get(page_no, Counter())
                report.pages += page_no in expected
                report.decoded += sum((found & want).values())
                for url, n in (want - found).items():
                    report.problems.append(f"{entry['file']} " + say("verify_not_decoded", page=page_no, n=n, url=url))
                for url in (found - want):
                    report.problems.append(f"{entry['file']} " + say("verify_unexpected", page=page_no, url=url))
                if progress:
                    progress()
        finally:
            pdf.close()
    return report
