"""Paper sizes and the type, spacing and QR sizes laid out for each (not just scaled)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A3, A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ...fonts import BOLD, REGULAR, SEMIBOLD, register

INK = colors.HexColor("#111111")
ACCENT = colors.HexColor("#8B0000")  # dark red: survives photocopying as dark grey
MUTED = colors.HexColor("#333333")
RULE = colors.HexColor("#777777")


@dataclass(frozen=True)
class Paper:
    name: str
    size: tuple[float, float]
    margin: float
    title: float  # poster title size, pt
    heading: float  # procedure name on the overview
    body: float  # never below 12 pt on A4
    small: float  # legal basis only
    overview_qr: float  # symbol side without quiet zone
    detail_qr: float

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin


PAPERS = {
    "A4": Paper("A4", A4, 15 * mm, 26, 17, 13, 10.5, 32 * mm, 45 * mm),
    "A3": Paper("A3", A3, 18 * mm, 36, 24, 18, 13, 42 * mm, 64 * mm),
    "A5": Paper("A5", A5, 11 * mm, 18, 14, 12, 9.5, 30 * mm, 40 * mm),
}


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    name: ParagraphStyle
    detail_name: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    translation: ParagraphStyle
    small: ParagraphStyle
    footer: ParagraphStyle
    footer_bold: ParagraphStyle
    caption: ParagraphStyle
    warning: ParagraphStyle


@lru_cache(maxsize=None)
def styles(paper_name: str, compact: bool = False) -> Styles:
    """The paragraph styles of a paper; ``compact`` tightens line spacing (never the type
    size), for a detail sheet that would otherwise spill a few lines onto an extra page."""
    register()
    p = PAPERS[paper_name]
    b = p.body
    tighten = 0.9 if compact else 1.0

    def st(name: str, font: str = REGULAR, size: float = b, lead: float = 1.3, **kw) -> ParagraphStyle:
        # bullets and numbers in our font and size too (reportlab's default is Helvetica 10)
        if "spaceBefore" in kw:
            kw["spaceBefore"] *= tighten
        lead = 1 + (lead - 1) * (0.6 if compact else 1.0)
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=round(size * lead, 1),
                              textColor=kw.pop("textColor", INK), bulletFontName=font,
                              bulletFontSize=size, **kw)

    return Styles(
        title=st("title", BOLD, p.title, 1.15, alignment=TA_CENTER, textColor=ACCENT),
        subtitle=st("subtitle", SEMIBOLD, b, alignment=TA_CENTER, spaceBefore=4),
        name=st("name", BOLD, p.heading, 1.2),
        detail_name=st("detail_name", BOLD, p.heading + 5, 1.2, textColor=ACCENT),
        heading=st("heading", BOLD, b + 2, 1.25, spaceBefore=b * 0.8, spaceAfter=2, textColor=ACCENT),
        body=st("body", REGULAR, b),
        bullet=st("bullet", REGULAR, b, leftIndent=b * 1.6, bulletIndent=0, spaceBefore=2),
        translation=st("translation", SEMIBOLD, b, textColor=MUTED, leftIndent=b * 0.8),
        small=st("small", REGULAR, p.small, leftIndent=p.small * 1.6, bulletIndent=0),
        footer=st("footer", REGULAR, max(12, b - 1) if paper_name != "A5" else 11, 1.25),
        footer_bold=st("footer_bold", BOLD, max(12, b - 1) if paper_name != "A5" else 11, 1.25),
        caption=st("caption", SEMIBOLD, max(12, b - 1), 1.2, alignment=TA_CENTER),
        warning=st("warning", BOLD, max(12, b - 1), 1.25, textColor=ACCENT),
    )
