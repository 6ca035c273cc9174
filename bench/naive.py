"""The naive baseline the benchmark compares against: a straightforward platypus renderer of
the same content, one SimpleDocTemplate per file, every flowable laid out and drawn where it is
used, and each QR code encoded again wherever it is drawn."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer

from noticeboard import model as m
from noticeboard.qr import encode as qr
from noticeboard.labels import LABELS
from noticeboard.plan.village import VillagePlan, plan
from noticeboard.render.pdf import detail, overview, poster
from noticeboard.render.pdf.flowables import QRCode
from noticeboard.render.pdf.overview import WithRef
from noticeboard.render.pdf.styles import PAPERS, styles


class EncodeEveryTime(QRCode):
    def draw(self) -> None:
        qr.matrix.cache_clear()
        qr.runs.cache_clear()
        super().draw()


def _story(vp: VillagePlan, title: str, paper: str) -> list:
    p, s = PAPERS[paper], styles(paper)
    detail.QRCode = overview.QRCode = EncodeEveryTime  # encode where drawn
    story = poster._header(vp, title, paper, False)
    for proc in vp.procedures:
        block = overview.block.__wrapped__(proc, paper, vp.village.languages, p.frame_width)
        for f in block:  # no caching here: the plain table and reference
            story += [f.block.inner, f.ref] if isinstance(f, WithRef) else [f]
        story.append(Spacer(0, s.body.fontSize))
    for proc in vp.procedures:
        story.append(PageBreak())
        story += detail.flowables(proc, paper, vp.village.languages)
    return story


def _numbered(date: dt.date, paper: str):
    p, s = PAPERS[paper], styles(paper)

    class Numbered(Canvas):
        """Classic two-pass page numbering: keep every page's state, number them at save."""

        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self.pages = []
            # page references would need a second pass; the baseline prints "…" (a head start)
            self.nb_pages = defaultdict(lambda: "…")

        def showPage(self):
            self.pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for n, state in enumerate(self.pages, 1):
                self.__dict__.update(state)
                self.setFont(s.footer.fontName, s.footer.fontSize)
                self.drawString(p.margin, p.margin, f"{LABELS['updated']}: {date:%d/%m/%Y}")
                self.drawRightString(p.width - p.margin, p.margin, f"{LABELS['page']} {n}/{len(self.pages)}")
                super().showPage()
            super().save()

    return Numbered


def build(project: m.Project, out: Path, paper: str = "A4", communes: int | None = None) -> int:
    """Build village PDFs and all-villages PDFs the naive way; returns pages written."""
    date, pages = dt.date.today(), 0
    by_commune: dict[str, list[VillagePlan]] = {}
    for vp in plan(project):
        by_commune.setdefault(vp.commune.slug, []).append(vp)
    for slug in list(by_commune)[:communes]:
        stories = []
        for vp in by_commune[slug]:
            path = out / vp.file
            path.parent.mkdir(parents=True, exist_ok=True)
            pages += _write(path, _story(vp, project.settings.title, paper), vp, paper, date)
            stories += [PageBreak()] if stories else []
            stories += _story(vp, project.settings.title, paper)
        pages += _write(out / slug / "all-villages.pdf", stories, by_commune[slug][0], paper, date)
    return pages


def _write(path: Path, story: list, vp: VillagePlan, paper: str, date: dt.date) -> int:
    p = PAPERS[paper]
    footer = poster._footer(vp.commune.office, vp.village.head, paper, poster.FIRST)

    def on_page(canvas, doc):
        y = p.margin + 20
        for f in reversed(footer):
            _, h = f.wrap(p.frame_width, 200)
            f.drawOn(canvas, p.margin, y)
            y += h

    doc = SimpleDocTemplate(str(path), pagesize=p.size, leftMargin=p.margin, rightMargin=p.margin,
                            topMargin=p.margin, bottomMargin=p.margin + 140)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_numbered(date, paper))
    return doc.page
