"""The "BẢN MẪU" mark of everything built from the bundled sample (its offices, phones and village
heads are made up): drawn in the top and bottom margins, outside the frame, so it never covers a
QR code or its quiet zone, and the same on every page, so builds stay byte-identical."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from ...fonts import BOLD
from ...labels import LABELS
from .styles import ACCENT


def draw_mark(c: Canvas, width: float, top: float, room: float, x: float = 0.0,
              text: str = LABELS["sample_mark"]) -> None:
    """The mark (``text``) centred on a page ``width`` wide, in the ``room`` points above ``top``
    (the frame's top edge) and again in the bottom margin (``room`` high too), so a trimmed or
    cut-up page still shows it: at most 13 pt, clear of the frame."""
    size = min(13.0, room * 0.5)
    c.saveState()
    c.setFillColor(ACCENT)
    c.setFont(BOLD, size)
    for baseline in (top + size * 0.3, room - size * 1.2):
        c.drawCentredString(x + width / 2, baseline, text)
    c.restoreState()
