"""A village's whole PDF: overview pages, then one detail sheet per posted procedure, each
page framed by the same header/footer chrome (office, village head, date, page x/y)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from ... import model as m
from ...fonts import SEMIBOLD
from ...labels import LABELS
from ...plan.village import VillagePlan
from ...slug import lower_first
from . import detail, overview
from .content import para
from .overview import Rule
from . import writer
from .flowables import Box
from .integrity import check_resources
from .paginate import LayoutError, Page, paginate
from .replay import Recorded, capture, record
from .sample_mark import draw_mark
from .styles import PAPERS, RULE, INK, sheet_styles, styles
from ...messages import say
from ...fonts import covered
from ...labels import all_label_text


def place_line(plan: VillagePlan) -> str:
    """'Nhà văn hóa thôn Nà Tông, xã Thượng Lâm, tỉnh Tuyên Quang'."""
    province = plan.province
    if not province.lower().startswith(("tỉnh", "thành phố")):
        province = f"tỉnh {province}"
    return f"{plan.village.cultural_house}, {lower_first(plan.commune.name)}, {lower_first(province)}"


# The three footers: the first board page (everything), further board pages (the phone and the
# warning: the first page beside them has the rest) and sheets (smaller type, no village head).
FIRST, BOARD, SHEET = "first", "board", "sheet"
KINDS = (FIRST, BOARD, SHEET)


def _footer(o: m.Office, head: m.Person | None, paper: str, kind: str) -> list[Flowable]:
    """Whom to ask (the office phone in large type), where the office is, the village head, and
    the warning about pasted-over codes."""
    s = sheet_styles(paper) if kind == SHEET else styles(paper)
    out = [para(o.phone, s.phone, bold_prefix=LABELS["ask"])]
    if kind != BOARD:
        out.append(para(f"{o.name}, {o.address}. {LABELS['hours']}: {o.hours}.", s.footer,
                        bold_prefix=LABELS["office"]))
    if kind == FIRST:
        out += _head_line(head, paper)
    return out + [para(LABELS["qr_warning"], _warning(paper, kind == SHEET))]


@lru_cache(maxsize=None)
def _warning(paper: str, sheet: bool) -> ParagraphStyle:
    """The warning in the footer's own type: large on the board, as the office lines on sheets."""
    if not sheet:
        return styles(paper).warning
    s = sheet_styles(paper)
    return ParagraphStyle("sheet_footer_warning", parent=s.warning, fontSize=s.footer.fontSize,
                          leading=s.footer.leading)


def _head_line(head: m.Person | None, paper: str) -> list[Flowable]:
    if not head:
        return []
    text = head.name + (f" – {head.phone}" if head.phone else "")
    return [para(text, styles(paper).footer, bold_prefix=LABELS["head"])]


def _height(flowables: list[Flowable], width: float) -> float:
    return sum(f.wrap(width, 1e6)[1] for f in flowables)


def _stamp_line(paper: str) -> float:
    """The height of the line that opens the footer: a rule, then the date and page number."""
    return PAPERS[paper].small * 1.6


def _stamp(date: dt.date | str, number: int | str, total: int | str) -> str:
    return f"{LABELS['updated']}: {date}  ·  {LABELS['page']} {number}/{total}"


def _stamp_width(paper: str) -> float:
    return stringWidth(_stamp("00/00/0000", 888, 888), SEMIBOLD, PAPERS[paper].small)


@lru_cache(maxsize=1024)
def reserved_footer(commune: m.Commune, province: str, paper: str, kind: str = FIRST) -> float:
    """The footer height reserved on every page of a kind in a commune: the tallest of its
    villages (only the village head's line differs), so sheets have the same frame everywhere."""
    width = PAPERS[paper].frame_width
    heads = {v.head for v in commune.villages} if kind == FIRST else {None}
    return max(_height(_footer(commune.office, head, paper, kind), width) for head in heads) + _stamp_line(paper)


def _header(plan: VillagePlan, title: str, paper: str, continued: bool) -> list[Flowable]:
    s = styles(paper)
    heading = title.upper() + (f" {LABELS['continued']}" if continued else "")
    out: list[Flowable] = [para(heading, _fitted(s.title, heading, PAPERS[paper].frame_width, s.name.fontSize))]
    if not continued:  # where it is posted: once, on the first page (the footer says whom to ask)
        out.append(para(place_line(plan), s.subtitle, bold_prefix=LABELS["posted_at"]))
    return out + [Spacer(0, s.body.fontSize * 0.5)]


@lru_cache(maxsize=64)
def _fitted(style: ParagraphStyle, text: str, width: float, smallest: float) -> ParagraphStyle:
    """``style`` made smaller (down to ``smallest``) until ``text`` fits one line."""
    size = style.fontSize
    while size > smallest and stringWidth(text, style.fontName, size) > width:
        size -= 1
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                          leading=size * style.leading / style.fontSize)


@dataclass
class Layout:
    """One village's pages as recorded operators, ready to replay into any seeded canvas."""

    plan: VillagePlan
    paper: str
    chars: str
    footers: dict[str, tuple[Recorded, float]]  # by kind of page: with the date's baseline
    pages: list[Recorded]
    board_pages: int  # the first pages, the rest are sheets
    starts: dict[str, int]  # each sheet's first page
    # the date each page prints (its content's last change): set by ``dated``
    page_dates: list[dt.date] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.pages)

    def sheet_pages(self) -> dict[str, tuple[int, int]]:
        """code -> (first, last) page of its sheet; the board is pages 1 .. board_pages."""
        firsts = sorted(self.starts.items(), key=lambda kv: kv[1])
        ends = [n - 1 for _, n in firsts[1:]] + [self.total]
        return {code: (first, end) for (code, first), end in zip(firsts, ends)}


def commune_chars(title: str, province: str, commune: m.Commune,
                  procedures: list[m.Procedure]) -> str:
    """Every character a commune's pages can print, in a fixed order: the seed of all its
    PDFs. Per commune, so a new character elsewhere in the province changes no byte here."""

    chars = set(title.upper()) | set(all_label_text())
    chars |= _chars(province) | _chars(commune)
    for proc in {id(p): p for p in procedures}.values():
        chars |= _chars(proc)
    font = covered()
    return "".join(sorted(ch for ch in chars if ord(ch) in font))


@lru_cache(maxsize=1024)
def _chars(value: object) -> frozenset[str]:
    """The characters of every text inside ``value`` (a model object), as typed and lower-cased
    (names are printed lower-cased after 'xã', 'tỉnh', ...)."""
    found: set[str] = set()
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            found.update(v)
            found.update(v.lower())
        elif isinstance(v, (tuple, list)):
            stack.extend(v)
        elif isinstance(v, dict):
            stack.extend(v.values())
        elif is_dataclass(v):
            stack.extend(getattr(v, f.name) for f in fields(v) if f.compare)  # not where it was written
    return frozenset(found)


@lru_cache(maxsize=128)  # seeds are per commune: old entries just age out
def _detail(proc: m.Procedure, paper: str, languages: tuple[str, ...], body_height: float,
            chars: str, search: bool) -> tuple[Recorded, ...]:
    """A procedure's sheet, laid out and drawn once for every village that posts it."""
    p = PAPERS[paper]
    return tuple(record(page, p.margin, p.height - p.margin, p.size, chars)
                 for page in detail.pages(proc, paper, languages, body_height, search))


def body_heights(commune: m.Commune, province: str, paper: str) -> dict[str, float]:
    """The frame height of each kind of page (page less margins and its footer)."""
    p = PAPERS[paper]
    inner = p.height - 2 * p.margin
    return {kind: inner - reserved_footer(commune, province, paper, kind) for kind in KINDS}


def _headers(plan: VillagePlan, title: str, paper: str) -> tuple[list[Flowable], list[Flowable], float]:
    """The first and continued board headers, and the room a procedure block has under them."""
    width = PAPERS[paper].frame_width
    first, following = _header(plan, title, paper, False), _header(plan, title, paper, True)
    frames = body_heights(plan.commune, plan.province, paper)
    room = min(frames[FIRST] - _height(first, width), frames[BOARD] - _height(following, width))
    return first, following, room


def block_room(plan: VillagePlan, title: str, paper: str) -> float:
    """The height a procedure's board block may take (it must fit one board page)."""
    return _headers(plan, title, paper)[2]


def board_pages(plan: VillagePlan, title: str, paper: str) -> list[Page]:
    """The board pages, laid out (not yet drawn): the part of a village file that differs."""
    p = PAPERS[paper]
    frames = body_heights(plan.commune, plan.province, paper)
    header_first, header_next, room = _headers(plan, title, paper)
    blocks = overview.flowables(plan.procedures, paper, plan.village.languages, room, plan.search_links)
    try:
        return paginate(blocks, p.frame_width, lambda i: frames[FIRST if i == 0 else BOARD],
                        lambda i: header_first if i == 0 else header_next)
    except LayoutError as exc:
        raise LayoutError(say("layout_overview", village=plan.village.name, commune=plan.commune.name,
                              paper=paper, reason=exc)) from None


def layout(plan: VillagePlan, title: str, paper: str, chars: str) -> Layout:
    """The village's pages, not yet dated: where each sheet starts does not depend on dates
    (a board's page references are known before its date is)."""
    p = PAPERS[paper]
    sheet_height = body_heights(plan.commune, plan.province, paper)[SHEET]
    languages = plan.village.languages
    ov_pages = board_pages(plan, title, paper)
    details = [_detail(proc, paper, languages, sheet_height, chars, plan.search_links)
               for proc in plan.procedures]
    first_pages, page_no = {}, len(ov_pages) + 1
    for proc, sheet in zip(plan.procedures, details):
        first_pages[proc.code] = page_no
        page_no += len(sheet)
    top = p.height - p.margin
    pages = [record(page, p.margin, top, p.size, chars, first_pages) for page in ov_pages]
    pages += [rec for sheet in details for rec in sheet]
    footers = {kind: _record_footer(plan.commune.office, plan.village.head if kind == FIRST else None,
                                    paper, chars, kind) for kind in KINDS}
    return Layout(plan, paper, chars, footers, pages, len(ov_pages), first_pages)


def dated(lay: Layout, date: dt.date, sheet_dates: dict[str, dt.date] | None = None) -> Layout:
    """``lay`` with ``date`` printed on the board pages, ``sheet_dates[code]`` on that sheet's
    pages (default: ``date``)."""
    dates = [date] * lay.board_pages
    for code, (first, last) in lay.sheet_pages().items():
        dates += [(sheet_dates or {}).get(code, date)] * (last - first + 1)
    return replace(lay, page_dates=dates)


@lru_cache(maxsize=64)  # the same for a commune's villages but the first page's (the head)
def _record_footer(office: m.Office, head: m.Person | None, paper: str, chars: str,
                   kind: str) -> tuple[Recorded, float]:
    """The footer (phone, office, village head, QR warning) under a rule, drawn once, and the
    baseline of the date and page number, which end that rule on the right of every page."""
    p = PAPERS[paper]
    flowables = _footer(office, head, paper, kind)
    height = _height(flowables, p.frame_width)
    line, opening = Rule(RULE), _stamp_line(paper)
    line.wrap(p.frame_width - _stamp_width(paper) - p.small, 1)
    page = Page([(line, 0.0, opening * 0.55)])
    y = opening
    for f in flowables:
        _, h = f.wrap(p.frame_width, height)
        y += h
        page.items.append((f, 0.0, y))
    top = p.margin + height + opening
    return record(page, p.margin, top, p.size, chars), top - opening * 0.55 - p.small * 0.35


@lru_cache(maxsize=256)  # per commune seed; a page's stamp repeats in every village
def _date_and_number(paper: str, chars: str, baseline: float, date: dt.date, number: int, total: int) -> str:
    """The operators of the date and page number on the footer's rule."""
    p = PAPERS[paper]

    def draw(canvas: Canvas) -> None:
        canvas.setFillColor(INK)
        canvas.setFont(SEMIBOLD, p.small)
        canvas.drawRightString(p.width - p.margin, baseline, _stamp(f"{date:%d/%m/%Y}", number, total))

    return capture(p.size, chars, draw)[0]


@lru_cache(maxsize=8)
def _sample_mark(paper: str, chars: str) -> str:
    """The operators of the "BẢN MẪU" mark in the top margin (the bundled sample's pages)."""
    p = PAPERS[paper]
    return capture(p.size, chars, lambda c: draw_mark(c, p.width, p.height - p.margin, p.margin))[0]


def _add(doc: writer.PdfFile, lay: Layout, qr: list[tuple[str, str, int, Box]]) -> None:
    """Every page of ``lay`` (one village's set, numbered 1..total) at the end of ``doc``."""
    for number, page in enumerate(lay.pages, 1):
        kind = FIRST if number == 1 else BOARD if number <= lay.board_pages else SHEET
        footer, baseline = lay.footers[kind]
        date = lay.page_dates[number - 1]  # when its content last changed
        doc.add_page([page.ops, footer.ops,
                      _date_and_number(lay.paper, lay.chars, baseline, date, number, lay.total),
                      *([_sample_mark(lay.paper, lay.chars)] if lay.plan.sample else [])])
        qr.extend((code, url, len(doc.pages), box) for code, url, box in page.qr)


_STREAMS: dict[str, writer.Streams] = {}


def _document(lay: Layout, title: str) -> writer.PdfFile:
    """A new file for ``lay``'s commune: its fonts and compressed streams are shared by every
    file of the commune (only the latest commune's are kept, so memory stays flat)."""
    size = PAPERS[lay.paper].size
    key = f"{lay.paper}\0{lay.chars}"
    if key not in _STREAMS:
        _STREAMS.clear()
        _STREAMS[key] = writer.Streams()
    return writer.PdfFile(writer.fonts(size, lay.chars), _STREAMS[key], size, title)


def _finish(doc: writer.PdfFile) -> bytes:
    data = doc.bytes()
    check_resources(data, doc.title)
    return data


def render_village(lay: Layout) -> tuple[bytes, list[tuple[str, str, int, Box]]]:
    """The village's PDF bytes and every QR drawn as (code, url, page, box)."""
    doc = _document(lay, f"{lay.plan.village.name} – {lay.plan.commune.name}")
    qr: list[tuple[str, str, int, Box]] = []
    _add(doc, lay, qr)
    return _finish(doc), qr


def render_commune(layouts: list[Layout], commune: m.Commune) -> tuple[bytes, list[tuple[str, str, int, Box]]]:
    """One print job with every village of a commune (each village numbered from 1), and
    every QR drawn as (code, url, page in this file, box)."""
    doc = _document(layouts[0], f"{commune.name} – tất cả các thôn")
    qr: list[tuple[str, str, int, Box]] = []
    for lay in layouts:
        _add(doc, lay, qr)
    return _finish(doc), qr
