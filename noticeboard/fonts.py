"""The bundled OFL fonts (Be Vietnam Pro) and the question 'can this character be printed?'.

reportlab draws an invisible gap for a character the font lacks; we refuse such text at load
time instead, so it never reaches paper.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .resources import resource_dir
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "BeVietnamPro-Regular"
BOLD = "BeVietnamPro-Bold"
SEMIBOLD = "BeVietnamPro-SemiBold"
FACES = (REGULAR, BOLD, SEMIBOLD)


def font_path(face: str) -> Path:
    return resource_dir("fonts") / f"{face}.ttf"


@lru_cache(maxsize=None)
def covered() -> frozenset[int]:
    """Code points every face has a glyph for (text may be printed in any of them)."""

    sets = [set(TTFontFile(str(font_path(f))).charToGlyph) for f in FACES]
    return frozenset(set.intersection(*sets))


@lru_cache(maxsize=None)
def register() -> None:
    """Register the faces with reportlab once per process."""

    for face in FACES:
        pdfmetrics.registerFont(TTFont(face, str(font_path(face))))


@lru_cache(maxsize=None)
def fingerprint() -> str:
    """A hash of the font files, part of what shapes every output file."""
    h = hashlib.sha256()
    for face in FACES:
        h.update(font_path(face).read_bytes())
    return h.hexdigest()[:16]
