"""A village's whole PDF: overview pages, then one detail sheet per posted procedure, each
page framed by the same header/footer chrome (office, village head, date, page x/y)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, is_dataclass
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from ... import model as m
from ...fonts import SEMIBOLD
from ...labels import LABELS
from ...plan import VillagePlan
from ...slug import lower_first
from . import detail, overview
from .content import para
from .overview import Rule
from .flowables import Box
from .integrity import check_resources
from .paginate import LayoutError, Page, paginate
from . import writer
from .replay import Recorded, capture, record
from .styles import PAPERS, RULE, INK, styles
from ...messages import say


def place_line(plan: VillagePlan) -> str:
    """'Nhà văn hóa thôn Nà Tông, xã Thượng Lâm, tỉnh Tuyên Quang'."""
    province = plan.province
    if not province.lower().startswith(("tỉnh", "thành phố")):
        province = f"tỉnh {province}"
    return f"{plan.village.cultural_house}, {lower_first(plan.commune.name)}, {lower_first(province)}"


def _footer(plan: VillagePlan, paper: str) -> list[Flowable]:
    return _office_lines(plan.commune.office, paper) + _head_line(plan.village.head, paper) + \
        [para(LABELS["qr_warning"], styles(paper).warning)]


def _office_lines(o: m.Office, paper: str) -> list[Flowable]:
    s = styles(paper)
    return [para(o.name, s.footer_bold, bold_prefix=LABELS["office"]),
            para(o.address, s.footer, bold_prefix=LABELS["address"]),
            para(f"{o.phone}  ·  {LABELS['hours']}: {o.hours}", s.footer, bold_prefix=LABELS["phone"])]


def _head_line(head: m.Person | None, paper: str) -> list[Flowable]:
    if not head:
        return []
    text = head.name + (f" – {head.phone}" if head.phone else "")
    return [para(text, styles(paper).footer, bold_prefix=LABELS["head"])]


def _height(flowables: list[Flowable], width: float) -> float:
    return sum(f.wrap(width, 1e6)[1] for f in flowables)


def _date_line_height(paper: str) -> float:
    return styles(paper).footer.leading * 1.2


@lru_cache(maxsize=1024)
def reserved_footer(commune: m.Commune, province: str, paper: str) -> float:
    """The footer height reserved on every page of a commune: the tallest of its villages
    (only the village head's line differs), so detail sheets have the same frame everywhere."""
    width, s = PAPERS[paper].frame_width, styles(paper)
    common = _height(_office_lines(commune.office, paper) + [para(LABELS["qr_warning"], s.warning)], width)
    heads = max((_height(_head_line(v.head, paper), width) for v in commune.villages), default=0.0)
    return common + heads + _date_line_height(paper) + s.body.fontSize  # the rule and a gap above it


def _header(plan: VillagePlan, title: str, paper: str, continued: bool) -> list[Flowable]:
    s = styles(paper)
    heading = title.upper() + (f" {LABELS['continued']}" if continued else "")
    return [para(heading, s.title), para(place_line(plan), s.subtitle, bold_prefix=LABELS["posted_at"]),
            Spacer(0, s.body.fontSize * 0.8)]


@dataclass
class Layout:
    """One village's pages as recorded operators, ready to replay into any seeded canvas."""

    plan: VillagePlan
    paper: str
    date: dt.date
    chars: str
    footer: Recorded
    pages: list[Recorded]
    # the date each page prints (its content's last change) and each sheet's first page
    page_dates: list[dt.date] = field(default_factory=list)
    starts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.pages)

    def sheet_pages(self) -> dict[str, tuple[int, int]]:
        """code -> (first, last) page of its sheet; the board is pages 1 .. board_pages."""
        firsts = sorted(self.starts.items(), key=lambda kv: kv[1])
        ends = [n - 1 for _, n in firsts[1:]] + [self.total]
        return {code: (first, end) for (code, first), end in zip(firsts, ends)}

    @property
    def board_pages(self) -> int:
        return min(self.starts.values(), default=self.total + 1) - 1


def commune_chars(title: str, province: str, commune: m.Commune,
                  procedures: list[m.Procedure]) -> str:
    """Every character a commune's pages can print, in a fixed order: the seed of all its
    PDFs. Per commune, so a new character elsewhere in the province changes no byte here."""
    from ...fonts import covered
    from ...labels import all_label_text

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
    """A procedure's detail sheet, laid out and drawn once for every village that posts it."""
    p = PAPERS[paper]
    return tuple(record(page, p.margin, p.height - p.margin, p.size, chars)
                 for page in detail.pages(proc, paper, languages, body_height, search))


def layout(plan: VillagePlan, title: str, paper: str, date: dt.date, chars: str,
           sheet_dates: dict[str, dt.date] | None = None) -> Layout:
    """``date`` is printed on the board pages, ``sheet_dates[code]`` on that sheet's pages
    (default: ``date``)."""
    p = PAPERS[paper]
    body_height = p.height - 2 * p.margin - reserved_footer(plan.commune, plan.province, paper)
    languages = plan.village.languages
    header_first = _header(plan, title, paper, False)
    header_next = _header(plan, title, paper, True)
    ov_height = body_height - max(_height(header_first, p.frame_width), _height(header_next, p.frame_width))
    blocks = overview.flowables(plan.procedures, paper, languages, plan.commune.office, ov_height,
                                plan.search_links)
    try:
        ov_pages = paginate(blocks, p.frame_width, lambda i: body_height,
                            lambda i: header_first if i == 0 else header_next)
    except LayoutError as exc:
        raise LayoutError(say("layout_overview", village=plan.village.name, commune=plan.commune.name,
                              paper=paper, reason=exc)) from None
    details = [_detail(proc, paper, languages, body_height, chars, plan.search_links)
               for proc in plan.procedures]
    first_pages, page_no = {}, len(ov_pages) + 1
    for proc, sheet in zip(plan.procedures, details):
        first_pages[proc.code] = page_no
        page_no += len(sheet)
    top = p.height - p.margin
    pages = [record(page, p.margin, top, p.size, chars, first_pages) for page in ov_pages]
    pages += [rec for sheet in details for rec in sheet]
    dates = [date] * len(ov_pages)
    for proc, sheet in zip(plan.procedures, details):
        dates += [(sheet_dates or {}).get(proc.code, date)] * len(sheet)
    return Layout(plan, paper, date, chars, _record_footer(plan, paper, chars), pages, dates, first_pages)


def _record_footer(plan: VillagePlan, paper: str, chars: str) -> Recorded:
    """The footer (office, village head, QR warning) above the date line, drawn once."""
    p, s = PAPERS[paper], styles(paper)
    flowables = _footer(plan, paper)
    height = _height(flowables, p.frame_width)
    rule = s.body.fontSize * 0.5
    line = Rule(RULE)
    line.wrap(p.frame_width, 1)
    page = Page([(line, 0.0, 1.0)])
    y = rule
    for f in flowables:
        _, h = f.wrap(p.frame_width, height)
        y += h
        page.items.append((f, 0.0, y))
    return record(page, p.margin, p.margin + _date_line_height(paper) + height + rule, p.size, chars)


@lru_cache(maxsize=256)  # per commune seed; a page number line repeats in every village
def _date_and_number(paper: str, chars: str, date: dt.date, number: int, total: int) -> str:
    """The operators of the last line of a page: "Cập nhật: dd/mm/yyyy" and "Trang x/y"."""
    p, s = PAPERS[paper], styles(paper)

    def draw(canvas: Canvas) -> None:
        canvas.setFillColor(INK)
        canvas.setFont(SEMIBOLD, s.footer.fontSize)
        baseline = p.margin + _date_line_height(paper) * 0.25
        canvas.drawString(p.margin, baseline, f"{LABELS['updated']}: {date:%d/%m/%Y}")
        canvas.drawRightString(p.width - p.margin, baseline, f"{LABELS['page']} {number}/{total}")

    return capture(p.size, chars, draw)[0]


def _add(doc: writer.Document, lay: Layout, qr: list[tuple[str, str, int, Box]]) -> None:
    """Every page of ``lay`` (one village's set, numbered 1..total) at the end of ``doc``."""
    for number, page in enumerate(lay.pages, 1):
        date = lay.page_dates[number - 1] if lay.page_dates else lay.date  # when its content last changed
        doc.add_page([page.ops, lay.footer.ops, _date_and_number(lay.paper, lay.chars, date, number, lay.total)])
        qr.extend((code, url, len(doc.pages), box) for code, url, box in page.qr)


_STREAMS: dict[str, writer.Streams] = {}


def _document(lay: Layout, title: str) -> writer.Document:
    """A new file for ``lay``'s commune: its fonts and compressed streams are shared by every
    file of the commune (only the latest commune's are kept, so memory stays flat)."""
    size = PAPERS[lay.paper].size
    key = f"{lay.paper}\0{lay.chars}"
    if key not in _STREAMS:
        _STREAMS.clear()
        _STREAMS[key] = writer.Streams()
    return writer.Document(writer.fonts(size, lay.chars), _STREAMS[key], size, title)


def _finish(doc: writer.Document) -> bytes:
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
