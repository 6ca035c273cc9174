"""Flowables of our own: a vector QR code with its caption, and a page reference filled in
after pagination."""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ...qr import encode as qr
from ...fonts import BOLD, SEMIBOLD
from .styles import INK


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, PDF coordinates


def page_box(canvas, x0: float, y0: float, x1: float, y1: float) -> Box:
    """Where the local rectangle lands on the page, by the canvas's current matrix (reportlab
    keeps it through translate/scale and saveState/restoreState)."""
    a, b, c, d, e, f = canvas._currentMatrix
    if b or c:
        raise ValueError("internal error: QR codes are never rotated")
    xs, ys = sorted((a * x0 + e, a * x1 + e)), sorted((d * y0 + f, d * y1 + f))
    return (round(xs[0], 2), round(ys[0], 2), round(xs[1], 2), round(ys[1], 2))


def shift_box(box: Box, dx: float, dy: float) -> Box:
    return (round(box[0] + dx, 2), round(box[1] + dy, 2), round(box[2] + dx, 2), round(box[3] + dy, 2))


class QRCode(Flowable):
    """A QR code whose dark area is ``side`` points wide inside a 4-module white quiet zone,
    with caption lines centred under it. With ``bleed`` the quiet zone is painted but not
    reserved above and beside the code: it may lie over the white gap above a board block or the
    page margin, so the code is as large as the block allows. Every drawing is recorded on the
    canvas (``nb_qr``: code, url, page, box of the code with its quiet zone) so the manifest
    lists exactly the codes printed, page by page, and where (verify decodes each there)."""

    def __init__(self, code: str, url: str, host: str, side: float, font_size: float,
                 above: str | None = None, bleed: bool = False, label: str | None = None):
        super().__init__()
        self.code, self.url = code, url
        inner = qr.modules(url) - 2 * qr.QUIET
        self.module = side / inner
        self.side = side
        self.quiet = self.module * qr.QUIET
        pad = 0.0 if bleed else self.quiet  # quiet zone reserved above and beside the code
        self.box = side + 2 * pad
        self.font_size = font_size
        self.lead = font_size * 1.12
        # The caption may be a little wider than the code rather than break; on the board (bleed)
        # only as wide as the host, so the text column beside it stays wide.
        # a look-up code says so beside the code ("Tra cứu 1.001193"): it is not the page itself
        named = f"{label} {code}" if label else code
        one_line = f"{named} · {host}"
        wanted = [host] if bleed else [one_line, above or ""]
        widest = max(stringWidth(t, BOLD, font_size) for t in wanted)
        width = max(self.box, min(widest * 1.02, self.box * 1.8))
        if stringWidth(one_line, BOLD, font_size) <= width:
            self.below = [(BOLD, one_line)]
        else:
            self.below = [(BOLD, named)] + [(SEMIBOLD, line) for line in simpleSplit(host, SEMIBOLD, font_size, width)]
        self.left = (width - side) / 2  # of the dark area
        self.top_pad = pad
        self.above = simpleSplit(above, SEMIBOLD, font_size, width) if above else []
        self.width = width
        # the quiet zone under the code is always kept clear of the caption
        self.height = pad + side + self.quiet + self.lead * (len(self.above) + len(self.below))

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    # What reportlab's ImageAndFlowables asks of its image (text flows beside and under it).
    def _restrictSize(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def _unRestrictSize(self) -> None:
        pass

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(INK)
        y = self.height
        for line in self.above:
            y -= self.lead
            c.setFont(SEMIBOLD, self.font_size)
            c.drawCentredString(self.width / 2, y + self.lead * 0.25, line)
        top = y - self.top_pad  # of the dark area
        q, m = self.quiet, self.module
        c.setFillColorRGB(1, 1, 1)
        c.rect(self.left - q, top - self.side - q, self.side + 2 * q, self.side + 2 * q, stroke=0, fill=1)
        box = page_box(c, self.left - q, top - self.side - q, self.left + self.side + q, top + q)
        c.setFillColorRGB(0, 0, 0)
        path = c.beginPath()
        for row, col, run in qr.runs(self.url):
            path.rect(self.left + col * m, top - (row + 1) * m, run * m, m)
        c.drawPath(path, stroke=0, fill=1)
        c.setFillColor(INK)
        y = top - self.side - q
        for font, line in self.below:
            y -= self.lead
            c.setFont(font, self.font_size)
            c.drawCentredString(self.width / 2, y + self.lead * 0.25, line)
        c.restoreState()
        record = getattr(c, "nb_qr", None)
        if record is not None:
            record.append((self.code, self.url, c.getPageNumber(), box))


class PageRef(Flowable):
    """A line such as 'xem trang 5'. The number differs per village while the block around
    it does not, so it is read at draw time from the canvas (``nb_pages``: code -> page).
    Wrapped like a paragraph: in a narrow column it takes two lines rather than overprint."""

    def __init__(self, prefix: str, font: str, size: float, code: str):
        super().__init__()
        self.prefix, self.font, self.size, self.code = prefix, font, size, code
        self.lead = size * 1.3

    def _lines(self, number: object, width: float) -> list[str]:
        return simpleSplit(f"{self.prefix} {number}", self.font, self.size, width)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = len(self._lines(999, aw)) * self.lead  # room for any page number
        return aw, self.height

    def draw(self) -> None:
        self.canv.setFont(self.font, self.size)
        self.canv.setFillColor(INK)
        y = self.height
        for line in self._lines(self.canv.nb_pages[self.code], self.width):
            y -= self.lead
            self.canv.drawString(0, y + self.lead * 0.28, line)


class Memo(Flowable):
    """A flowable measured once per width and drawn once per character seed: blocks shared by
    many villages are paginated and drawn many times, and a Table re-measures every cell on
    each wrap and draw. Later draws append the recorded operators (see replay.py)."""

    def __init__(self, inner: Flowable):
        super().__init__()
        self.inner = inner
        self.sizes: dict[float, tuple[float, float]] = {}
        # (seed, operators, QR codes drawn with boxes relative to the origin): only the latest
        # seed, so memory stays flat
        self.drawn: tuple[str, str, list[tuple[str, str, Box]]] | None = None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if aw not in self.sizes:
            self.sizes[aw] = self.inner.wrap(aw, ah)
        self.width, self.height = self.sizes[aw]
        return self.sizes[aw]

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return self.inner.split(aw, ah)

    def parts(self) -> list[Flowable]:
        return [self.inner]

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        canvas.saveState()
        canvas.translate(x, y)
        seed = canvas.nb_chars
        *_, e, f = canvas._currentMatrix  # Memos are only ever translated
        if self.drawn and self.drawn[0] == seed:
            _, ops, codes = self.drawn
            canvas._code.append(ops)
            canvas.nb_qr.extend((code, url, canvas.getPageNumber(), shift_box(box, e, f))
                                for code, url, box in codes)
        else:
            start, first_qr = len(canvas._code), len(canvas.nb_qr)
            self.inner.drawOn(canvas, 0, 0)
            self.drawn = (seed, "\n".join(canvas._code[start:]),
                          [(code, url, shift_box(box, -e, -f)) for code, url, _, box in canvas.nb_qr[first_qr:]])
        canvas.restoreState()
