"""Draw once, replay many times: the PDF operators of a laid-out page, recorded on a scratch
canvas and appended verbatim to any number of documents.

Why it is safe: reportlab encodes text by per-document font subsets assigned in order of first
use. Every canvas we make is seeded with the same characters in the same order (the project's
whole character set), so the same text gets the same bytes and font names in every document.
``check_seed`` proves after drawing that no character outside the seed was added.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFace
from reportlab.pdfgen.canvas import Canvas

from ...fonts import FACES, register
from .flowables import Box
from .paginate import Page, draw_page

# Binary (Flate-only) streams: ASCII85 on top costs time to write and to check, and a quarter
# more bytes; every PDF reader takes binary streams.
rl_config.useA85 = 0


@dataclass(frozen=True)
class Recorded:
    ops: str  # content-stream operators, positioned for the page
    qr: tuple[tuple[str, str, Box], ...]  # (code, url, box on the page) of each QR drawn


def seed(canvas: Canvas, chars: str) -> None:
    register()
    doc = canvas._doc
    for face in FACES:
        font = pdfmetrics.getFont(face)
        font.splitString(chars, doc)
        font.getSubsetInternalName(0, doc)
    canvas.nb_seeded = _codes(canvas)
    canvas.nb_chars = chars


def _codes(canvas: Canvas) -> tuple[int, ...]:
    return tuple(pdfmetrics.getFont(f).state[canvas._doc].nextCode for f in FACES)


def check_seed(canvas: Canvas) -> None:
    if _codes(canvas) != canvas.nb_seeded:
        raise RuntimeError("internal error: text outside the seeded character set was drawn")


def new_canvas(buffer: io.BytesIO, size: tuple[float, float], chars: str) -> Canvas:
    """A reproducible (invariant), seeded canvas."""
    c = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    seed(c, chars)
    c.nb_qr = []
    return c


@lru_cache(maxsize=8)
def _scratch(size: tuple[float, float], chars: str) -> Canvas:
    return new_canvas(io.BytesIO(), size, chars)


def capture(size: tuple[float, float], chars: str, draw: Callable[[Canvas], None]) -> tuple[str, list]:
    """The operators ``draw(canvas)`` produces on a seeded scratch canvas, and the QR codes it
    drew as (code, url, page, box)."""
    c = _scratch(size, chars)
    start = len(c._code)
    c.nb_qr = []
    draw(c)
    ops = "\n".join(c._code[start:])
    del c._code[start:]
    check_seed(c)
    return ops, c.nb_qr


def record(page: Page, x: float, top: float, size: tuple[float, float], chars: str,
           pages: dict[str, int] | None = None) -> Recorded:
    """The operators that draw ``page`` with its frame's top-left corner at (x, top);
    ``pages`` gives the page numbers that page references print."""

    def draw(c: Canvas) -> None:
        c.nb_pages = pages or {}
        draw_page(c, page, x, top)

    ops, qr = capture(size, chars, draw)
    return Recorded(ops, tuple((code, url, box) for code, url, _, box in qr))


def replay(canvas: Canvas, recorded: Recorded) -> None:
    canvas._code.append(recorded.ops)
    page = canvas.getPageNumber()
    canvas.nb_qr.extend((code, url, page, box) for code, url, box in recorded.qr)


def cache_font_subsets(size: int = 24) -> None:
    """Seeded documents embed identical font subsets: build each subset program once.
    Seeds are per commune, so only the last ``size`` subsets are kept (memory stays flat)."""
    if getattr(TTFontFace.makeSubset, "nb_cached", False):
        return
    original = TTFontFace.makeSubset
    cache: OrderedDict[tuple[int, tuple[int, ...]], bytes] = OrderedDict()

    def make_subset(self, subset):
        key = (id(self), tuple(subset))
        if key in cache:
            cache.move_to_end(key)
        else:
            cache[key] = original(self, subset)
            if len(cache) > size:
                cache.popitem(last=False)
        return cache[key]

    make_subset.nb_cached = True  # type: ignore[attr-defined]  # a mark: patched once
    TTFontFace.makeSubset = make_subset
