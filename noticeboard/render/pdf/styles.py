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
    title: float  # board title, pt
    heading: float  # procedure name on the board
    body: float  # board text (A4: 16 pt, read at a metre)
    phone: float  # the office phone on the board
    small: float  # QR captions, date and page number
    overview_qr: float  # board QR: symbol side without quiet zone
    detail_qr: float  # sheet QR
    sheet_name: float  # procedure name on its sheet
    sheet_body: float  # facts on a sheet (where, time, fee, how)
    sheet_sizes: tuple[float, ...]  # the papers to bring: tried largest first until the sheet fits

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin


# Each paper laid out for itself: A4 and A3 boards are read at a metre (domain.md: about 14 pt
# capitals at 1 m, so 16 pt text, 21-22 pt names); an A5 board is a hand-out read at arm's length.
PAPERS = {
    "A4": Paper("A4", A4, 10 * mm, 30, 21, 16, 22, 12, 32 * mm, 38 * mm,
                22, 14, (14, 13, 12, 11.5, 11, 10.5, 10)),
    "A3": Paper("A3", A3, 14 * mm, 42, 30, 23, 32, 16, 44 * mm, 60 * mm,
                30, 20, (20, 18, 17, 16, 15, 14.5, 14)),
    "A5": Paper("A5", A5, 8 * mm, 19, 14.5, 11.5, 16, 9, 31 * mm, 31 * mm,
                15, 10.5, (10.5, 10, 9.5, 9, 8.5, 8)),
}


def paragraph_style(name: str, font: str, size: float, lead: float = 1.3, **kw) -> ParagraphStyle:
    # bullets and numbers in our font and size too (reportlab's default is Helvetica 10)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=round(size * lead, 1),
                          textColor=kw.pop("textColor", INK), bulletFontName=font,
                          bulletFontSize=size, **kw)


@dataclass(frozen=True)
class Styles:
    """The board: title, the place, procedure blocks and the footer, all in large type."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    name: ParagraphStyle
    body: ParagraphStyle
    translation: ParagraphStyle
    warning: ParagraphStyle
    phone: ParagraphStyle
    caption: ParagraphStyle
    footer: ParagraphStyle


@lru_cache(maxsize=None)
def styles(paper_name: str) -> Styles:
    register()
    p = PAPERS[paper_name]
    b = p.body
    return Styles(
        title=paragraph_style("title", BOLD, p.title, 1.15, alignment=TA_CENTER, textColor=ACCENT),
        subtitle=paragraph_style("subtitle", SEMIBOLD, b, 1.25, alignment=TA_CENTER, spaceBefore=2),
        name=paragraph_style("name", BOLD, p.heading, 1.12),
        body=paragraph_style("body", REGULAR, b, 1.2),
        translation=paragraph_style("translation", SEMIBOLD, b, 1.2, textColor=MUTED, leftIndent=b * 0.8),
        warning=paragraph_style("warning", BOLD, b, 1.2, textColor=ACCENT),
        phone=paragraph_style("phone", BOLD, p.phone, 1.15),
        caption=paragraph_style("caption", SEMIBOLD, p.small, 1.15, alignment=TA_CENTER),
        footer=paragraph_style("footer", REGULAR, b, 1.2),
    )


@dataclass(frozen=True)
class SheetStyles:
    """A procedure's sheet: the facts at a fixed size, the papers to bring at ``size``."""

    name: ParagraphStyle
    body: ParagraphStyle  # the facts
    translation: ParagraphStyle
    warning: ParagraphStyle
    heading: ParagraphStyle
    item: ParagraphStyle  # papers to bring and steps
    item_translation: ParagraphStyle
    note: ParagraphStyle
    caption: ParagraphStyle
    phone: ParagraphStyle
    footer: ParagraphStyle


@lru_cache(maxsize=None)
def sheet_styles(paper_name: str, size: float | None = None) -> SheetStyles:
    register()
    p = PAPERS[paper_name]
    f, size = p.sheet_body, size or p.sheet_sizes[0]
    return SheetStyles(
        name=paragraph_style("sheet_name", BOLD, p.sheet_name, 1.15, textColor=ACCENT),
        body=paragraph_style("sheet_body", REGULAR, f, 1.25),
        translation=paragraph_style("sheet_translation", SEMIBOLD, f, 1.25, textColor=MUTED, leftIndent=f * 0.8),
        warning=paragraph_style("sheet_warning", BOLD, f, 1.25, textColor=ACCENT),
        heading=paragraph_style("sheet_heading", BOLD, size + 2, 1.2, spaceBefore=size * 0.7, spaceAfter=1,
                       textColor=ACCENT),
        item=paragraph_style("sheet_item", REGULAR, size, 1.18),
        item_translation=paragraph_style("sheet_item_translation", SEMIBOLD, size, 1.18, textColor=MUTED,
                                leftIndent=size * 0.8),
        note=paragraph_style("sheet_note", SEMIBOLD, f, 1.25, spaceBefore=f * 0.6),
        caption=paragraph_style("sheet_caption", SEMIBOLD, p.small, 1.2, alignment=TA_CENTER),
        phone=paragraph_style("sheet_phone", BOLD, max(p.phone - 4, f + 2), 1.2),
        footer=paragraph_style("sheet_footer", REGULAR, p.small, 1.25),
    )
