"""The longest link whose QR code decodes at the smallest size any output prints.

Each length is drawn by the real QRCode flowable at the binder's 26 mm (the smallest code any
output prints), rendered as verify renders it (150 dpi, pypdfium2) and read with zxing-cpp;
also at 300 dpi and at 100 dpi (a worn photocopy scanned coarsely). Prints, per QR version,
the URL length, modules, module size in mm and whether each resolution decodes.

    python bench/bench_qr_limit.py
"""

from __future__ import annotations

import io
import sys

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from noticeboard.qr import encode as qr
from noticeboard.qr.limits import SMALLEST_QR_MM
from noticeboard.render.pdf.flowables import QRCode



def decodes(url: str, dpi: float, side_mm: float = SMALLEST_QR_MM) -> bool:
    import numpy as np
    import pypdfium2 as pdfium
    import zxingcpp

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(side_mm * mm * 2 + 80, side_mm * mm + 120))
    c.nb_qr = []
    flow = QRCode("1.001193", url, "dichvucong.gov.vn", side_mm * mm, 8)
    flow.wrapOn(c, 500, 500)
    flow.drawOn(c, 40, 40)
    c.save()
    page = pdfium.PdfDocument(buf.getvalue())[0]
    image = np.asarray(page.render(scale=dpi / 72).to_pil().convert("L"))
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return any(r.text == url for r in found)


def main() -> None:
    from noticeboard.fonts import register

    register()
    base = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/"
    last = None
    print("length modules module_mm 100dpi 150dpi 300dpi")
    for n in range(60, 1400, 10):
        url = base + "a" * (n - len(base))
        size = qr.modules(url) - 2 * qr.QUIET
        if size == last:
            continue
        last = size
        ok = [decodes(url, d) for d in (100, 150, 300)]
        print(n, size, f"{SMALLEST_QR_MM / size:.2f}", *("yes" if o else "NO" for o in ok))
        sys.stdout.flush()
        if not any(ok):
            break


if __name__ == "__main__":
    main()
