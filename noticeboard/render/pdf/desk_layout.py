"""The commune's desk documents (binder, posting kit, register, change report): pages read in
the hand at the office or by a village head, not at a metre from a wall. Each is a list of
parts (a part starts on a new page), paginated with the posters' paginator, framed by a running
head and a footer line ("Cập nhật", "Trang x/y"), drawn on a seeded canvas (reproducible bytes,
every character checked against the seed)."""

from __future__ import annotations

import datetime as dt
import io
from xml.sax.saxutils import escape
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ...fonts import BOLD, REGULAR, SEMIBOLD, register
from ...labels import LABELS
from .content import hanging, para, shared_paragraph
from .paginate import Page, draw_page, paginate
from .integrity import check_resources
from .replay import check_seed, new_canvas
from .sample_mark import draw_mark
from .styles import ACCENT, INK, MUTED, RULE, paragraph_style
from ...slug import lower_first


@dataclass(frozen=True)
class Sheet:
    """A page shape for desk documents: size, margin, and the body type size."""

    size: tuple[float, float]
    margin: float
    body: float

    @property
    def frame_width(self) -> float:
        return self.size[0] - 2 * self.margin

    @property
    def frame_height(self) -> float:
        # the running head and footer lines take two body lines each
        return self.size[1] - 2 * self.margin - 4 * self.body * 1.3


# Sizes for reading in the hand: 12 pt for village heads and the clerk's binder (a letter's
# size), 10.5 pt in the A5 booklet (held close), register tables 11 pt on A4 landscape.
KIT = Sheet(A4, 15 * mm, 12)
BINDER = {"A4": Sheet(A4, 18 * mm, 12), "A3": Sheet(A4, 18 * mm, 12), "A5": Sheet(A5, 12 * mm, 10.5)}
REGISTER = Sheet(landscape(A4), 14 * mm, 11)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    center: ParagraphStyle
    center_bold: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


@lru_cache(maxsize=None)
def styles(body: float) -> Styles:
    register()

    def st(name: str, font: str = REGULAR, size: float = body, lead: float = 1.3, **kw) -> ParagraphStyle:
        return paragraph_style(name, font, size, lead, **kw)

    return Styles(
        title=st("d-title", BOLD, body * 1.6, 1.2, alignment=TA_CENTER, textColor=ACCENT, spaceAfter=body * 0.3),
        subtitle=st("d-subtitle", SEMIBOLD, body, alignment=TA_CENTER, spaceAfter=body * 0.6),
        heading=st("d-heading", BOLD, body * 1.3, 1.25, textColor=ACCENT, spaceBefore=body * 0.9, spaceAfter=body * 0.2),
        subheading=st("d-subheading", BOLD, body * 1.05, 1.25, spaceBefore=body * 0.6, spaceAfter=1),
        body=st("d-body"),
        small=st("d-small", REGULAR, body * 0.9),
        muted=st("d-muted", REGULAR, body * 0.9, textColor=MUTED),
        center=st("d-center", alignment=TA_CENTER),
        center_bold=st("d-center-bold", BOLD, alignment=TA_CENTER),
        right=st("d-right", alignment=TA_RIGHT),
        cell=st("d-cell", REGULAR, body, 1.25),
        cell_bold=st("d-cell-bold", BOLD, body, 1.25),
    )


def item(text: str, style: ParagraphStyle, mark: str, indent: float = 1.8) -> Paragraph:
    """A list item with a hanging indent (wrapped lines align under the text)."""
    return shared_paragraph(escape(text).replace("\n", "<br/>"), hanging(style, indent, 2), mark)


PAD = 4  # points of padding left and right in a table cell


def table(rows: list[list[Flowable | str]], widths: list[float], s: Styles, header: bool = True,
          min_height: float | None = None) -> Table:
    """A ruled table of paragraphs; a row taller than a page splits across pages (never a
    layout error, never truncated), the header row repeats on every page."""
    def cell(text: Flowable | str, bold: bool, width: float) -> Flowable | str:
        # a text that fits on one line stays a plain string: the table draws it at once (a
        # paragraph per cell made a commune's posting kit several times slower)
        if not isinstance(text, str):
            return text
        style = s.cell_bold if bold else s.cell
        if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * PAD:
            return text
        return para(text, style)

    cells = [[cell(c, header and i == 0, w) for c, w in zip(row, widths)] for i, row in enumerate(rows)]
    t = Table(cells, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1,
              minRowHeights=[0] + [min_height] * (len(rows) - 1) if min_height else None)
    style = [("GRID", (0, 0), (-1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONT", (0, 0), (-1, -1), s.cell.fontName, s.cell.fontSize, s.cell.leading),
             ("TEXTCOLOR", (0, 0), (-1, -1), INK),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if header:
        style.append(("FONT", (0, 0), (-1, 0), s.cell_bold.fontName, s.cell.fontSize, s.cell.leading))
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE"))
    t.setStyle(TableStyle(style))
    return t


@dataclass
class Part:
    """Content that starts on a new page; ``head`` runs at the top of each of its pages (a
    village's name, say, so the pages of a cut-up kit never get mixed), ``date`` is its
    "Cập nhật" (None: no date printed)."""

    flowables: list[Flowable]
    head: str
    date: dt.date | None
    anchor: str | None = None  # a name whose first page the contents page refers to


@dataclass
class Laid:
    pages: list[tuple[Page, str, dt.date | None]] = field(default_factory=list)
    anchors: dict[str, int] = field(default_factory=dict)  # anchor -> 1-based page


def lay_out(parts: list[Part], sheet: Sheet) -> Laid:
    laid = Laid()
    for part in parts:
        if part.anchor:
            laid.anchors[part.anchor] = len(laid.pages) + 1
        for page in paginate(part.flowables, sheet.frame_width, lambda i: sheet.frame_height):
            laid.pages.append((page, part.head, part.date))
    return laid


def draw_frame(c: Canvas, sheet: Sheet, head: str, date: dt.date | None, number: int, total: int,
               title: str) -> None:
    """Running head (document and part) above the frame, date and page number under it."""
    s = styles(sheet.body)
    size = s.small.fontSize
    c.setFillColor(MUTED)
    top = sheet.size[1] - sheet.margin - size
    c.setFont(SEMIBOLD, size)
    c.drawString(sheet.margin, top, title)
    c.setFont(REGULAR, size)
    c.drawRightString(sheet.size[0] - sheet.margin, top, head)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(sheet.margin, top - size * 0.6, sheet.size[0] - sheet.margin, top - size * 0.6)
    c.line(sheet.margin, sheet.margin + size * 1.6, sheet.size[0] - sheet.margin, sheet.margin + size * 1.6)
    c.setFillColor(INK)
    c.setFont(SEMIBOLD, size)
    if date:
        c.drawString(sheet.margin, sheet.margin, f"{LABELS['updated']}: {date:%d/%m/%Y}")
    c.drawRightString(sheet.size[0] - sheet.margin, sheet.margin, f"{LABELS['page']} {number}/{total}")


def frame_top(sheet: Sheet) -> float:
    return sheet.size[1] - sheet.margin - 2 * sheet.body * 1.3


def draw_laid(c: Canvas, laid: Laid, sheet: Sheet, title: str, index: int, x: float = 0.0,
              sample: bool = False) -> None:
    """Draw page ``index`` (0-based) of ``laid`` with its frame, ``x`` points to the right
    (``sample``: with the bundled sample's mark in the top margin)."""
    page, head, date = laid.pages[index]
    c.saveState()
    c.translate(x, 0)
    draw_frame(c, sheet, head, date, index + 1, len(laid.pages), title)
    if sample:
        draw_mark(c, sheet.size[0], sheet.size[1] - sheet.margin, sheet.margin)
    draw_page(c, page, sheet.margin, frame_top(sheet))
    c.restoreState()


def render(laid: Laid, sheet: Sheet, chars: str, title: str, subject: str,
           sample: bool = False) -> tuple[bytes, list[tuple[str, str, int]]]:
    """The PDF bytes and every QR drawn as (code, url, page)."""
    buf = io.BytesIO()
    c = new_canvas(buf, sheet.size, chars)
    c.nb_pages = laid.anchors
    describe(c, subject)
    for i in range(len(laid.pages)):
        draw_laid(c, laid, sheet, title, i, sample=sample)
        c.showPage()
    return save(c, buf), c.nb_qr


def describe(c: Canvas, subject: str) -> None:
    c.setTitle(subject)
    c.setAuthor("noticeboard")
    c.setCreator("noticeboard")


def save(c: Canvas, buf: io.BytesIO) -> bytes:
    check_seed(c)
    c.save()
    data = buf.getvalue()
    check_resources(data)  # every file is read back (see integrity.py)
    return data


def in_province(province: str) -> str:
    """'tỉnh Tuyên Quang' as it reads after a commune's name."""

    return lower_first(province) if province.lower().startswith(("tỉnh", "thành phố")) else f"tỉnh {province}"


class Blank(Flowable):
    """A line to fill in by hand: a dotted rule ``width`` wide (the rest of the line by default)."""

    def __init__(self, height: float, width: float | None = None):
        super().__init__()
        self.want, self.height = width, height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = min(self.want or aw, aw)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(MUTED)
        self.canv.setDash(1, 2.5)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 2, self.width, 2)
