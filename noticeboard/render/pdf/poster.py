"""A village's whole PDF: overview pages, then one detail sheet per posted procedure, each
page framed by the same header/footer chrome (office, village head, date, page x/y)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from ... import model as m
from ...fonts import REGULAR, SEMIBOLD
from ...labels import LABELS
from ...plan import VillagePlan
from . import detail, overview
from .content import para
from .paginate import Page, paginate, draw_page
from .styles import PAPERS, RULE, INK, styles


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def place_line(plan: VillagePlan) -> str:
    """'Nhà văn hóa thôn Nà Tông, xã Thượng Lâm, tỉnh Tuyên Quang'."""
    province = plan.province
    if not province.lower().startswith(("tỉnh", "thành phố")):
        province = f"tỉnh {province}"
    return f"{plan.village.cultural_house}, {_lower_first(plan.commune.name)}, {_lower_first(province)}"


def _footer(plan: VillagePlan, paper: str) -> list[Flowable]:
    s, o = styles(paper), plan.commune.office
    out = [para(o.name, s.footer_bold, bold_prefix=LABELS["office"]),
           para(o.address, s.footer, bold_prefix=LABELS["address"]),
           para(f"{o.phone}  ·  {LABELS['hours']}: {o.hours}", s.footer, bold_prefix=LABELS["phone"])]
    head = plan.village.head
    if head:
        out.append(para(f"{head.name}" + (f" – {head.phone}" if head.phone else ""), s.footer,
                        bold_prefix=LABELS["head"]))
    out.append(para(LABELS["qr_warning"], s.warning))
    return out


def _height(flowables: list[Flowable], width: float) -> float:
    return sum(f.wrap(width, 1e6)[1] for f in flowables)


def _date_line_height(paper: str) -> float:
    return styles(paper).footer.leading * 1.2


@lru_cache(maxsize=1024)
def _reserved_footer(commune: m.Commune, province: str, paper: str) -> float:
    """The footer height reserved on every page of a commune: the tallest of its villages,
    so detail sheets have the same frame (and layout) in all of them."""
    width = PAPERS[paper].frame_width
    tallest = max(_height(_footer(VillagePlan(province, commune, v, ()), paper), width)
                  for v in commune.villages)
    return tallest + _date_line_height(paper) + styles(paper).body.fontSize


def _header(plan: VillagePlan, title: str, paper: str, continued: bool) -> list[Flowable]:
    s = styles(paper)
    heading = title.upper() + (f" {LABELS['continued']}" if continued else "")
    return [para(heading, s.title), para(place_line(plan), s.subtitle, bold_prefix=LABELS["posted_at"]),
            Spacer(0, s.body.fontSize * 0.8)]


@dataclass
class Layout:
    """The pages of one village, ready to draw on any canvas."""

    plan: VillagePlan
    paper: str
    date: dt.date
    footer: list[Flowable]
    body_height: float
    overview: list[Page]
    details: list[tuple[m.Procedure, tuple[Page, ...]]]

    @property
    def total(self) -> int:
        return len(self.overview) + sum(len(p) for _, p in self.details)


def layout(plan: VillagePlan, title: str, paper: str, date: dt.date) -> Layout:
    p = PAPERS[paper]
    body_height = p.height - 2 * p.margin - _reserved_footer(plan.commune, plan.province, paper)
    languages = plan.village.languages
    header_first = _header(plan, title, paper, False)
    header_next = _header(plan, title, paper, True)
    ov_height = body_height - max(_height(header_first, p.frame_width), _height(header_next, p.frame_width))
    blocks, refs = overview.flowables(plan.procedures, paper, languages, plan.commune.office, ov_height)
    ov_pages = paginate(blocks, p.frame_width, lambda i: body_height,
                        lambda i: header_first if i == 0 else header_next)
    details = [(proc, detail.pages(proc, paper, languages, body_height)) for proc in plan.procedures]
    page_no = len(ov_pages) + 1
    for ref, (_, pages) in zip(refs, details):
        ref.page = page_no
        page_no += len(pages)
    return Layout(plan, paper, date, _footer(plan, paper), body_height, ov_pages, details)


def draw(canvas: Canvas, lay: Layout) -> None:
    """Draw every page of ``lay`` onto ``canvas`` (one village's set, numbered 1..total)."""
    p, s = PAPERS[lay.paper], styles(lay.paper)
    pages = list(lay.overview) + [pg for _, pgs in lay.details for pg in pgs]
    total = len(pages)
    footer_h = _height(lay.footer, p.frame_width)
    date_h = _date_line_height(lay.paper)
    for number, page in enumerate(pages, 1):
        draw_page(canvas, page, p.margin, p.height - p.margin)
        # footer, anchored to the bottom margin
        y = p.margin + date_h + footer_h
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1)
        canvas.line(p.margin, y + s.body.fontSize * 0.5, p.width - p.margin, y + s.body.fontSize * 0.5)
        for f in lay.footer:
            _, h = f.wrap(p.frame_width, footer_h)
            y -= h
            f.drawOn(canvas, p.margin, y)
        canvas.setFillColor(INK)
        canvas.setFont(SEMIBOLD, s.footer.fontSize)
        baseline = p.margin + date_h * 0.25
        canvas.drawString(p.margin, baseline, f"{LABELS['updated']}: {lay.date:%d/%m/%Y}")
        canvas.drawRightString(p.width - p.margin, baseline, f"{LABELS['page']} {number}/{total}")
        canvas.showPage()


def new_canvas(buffer: io.BytesIO, paper: str, title: str) -> Canvas:
    """A reproducible canvas: invariant mode fixes the document id and dates."""
    c = Canvas(buffer, pagesize=PAPERS[paper].size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("noticeboard")
    c.setCreator("noticeboard")
    c.setFont(REGULAR, 12)
    return c


def render_village(lay: Layout) -> tuple[bytes, list[tuple[str, str, int]]]:
    """The village's PDF bytes and every QR drawn as (code, url, page)."""
    buf = io.BytesIO()
    c = new_canvas(buf, lay.paper, f"{lay.plan.village.name} – {lay.plan.commune.name}")
    c.nb_qr = []
    draw(c, lay)
    c.save()
    return buf.getvalue(), c.nb_qr


def render_commune(layouts: list[Layout], commune: m.Commune) -> tuple[bytes, list[tuple[str, str, int]]]:
    """One print job with every village of a commune (each village numbered from 1), and
    every QR drawn as (code, url, page in this file)."""
    buf = io.BytesIO()
    c = new_canvas(buf, layouts[0].paper, f"{commune.name} – tất cả các thôn")
    c.nb_qr = []
    for lay in layouts:
        draw(c, lay)
    c.save()
    return buf.getvalue(), c.nb_qr
