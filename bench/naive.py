"""The plain reportlab baseline: what a competent reportlab user writes for the same village
files, without any of noticeboard's machinery (no recorded operators, no shared streams, no
layout caches): platypus with the same fonts, a board (a block per procedure with reportlab's
own QR widget, 32 mm), then a sheet per procedure (its facts, every paper to bring and the steps,
with a 45 mm code), a footer on every page with "Trang x/y" (the usual two-pass numbered
canvas), on A4. Each village is laid out once; the commune's print job (all-villages.pdf) is its
village files joined (pypdfium2 copies the pages). Only the plan (which procedures each village
posts) is taken from noticeboard, as a user would take the data from their own loader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

import pypdfium2
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (KeepTogether, ListFlowable, PageBreak, Paragraph, SimpleDocTemplate,
                                Table, TableStyle)

from noticeboard import model as m
from noticeboard.labels import LABELS
from noticeboard.plan.village import VillagePlan, build_date, plan
from noticeboard.resources import resource_dir

MARGIN = 15 * mm
FOOTER = 58 * mm


def _fonts() -> None:
    if "BVP" in pdfmetrics.getRegisteredFontNames():
        return
    folder = resource_dir("fonts")
    for name, file in (("BVP", "Regular"), ("BVP-SemiBold", "SemiBold"), ("BVP-Bold", "Bold")):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"BeVietnamPro-{file}.ttf")))
    pdfmetrics.registerFontFamily("BVP", normal="BVP", bold="BVP-Bold", italic="BVP", boldItalic="BVP-Bold")


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="BVP", fontSize=13, leading=17)
    return {"body": body,
            "title": ParagraphStyle("title", parent=body, fontName="BVP-Bold", fontSize=26, leading=31),
            "name": ParagraphStyle("name", parent=body, fontName="BVP-Bold", fontSize=17, leading=21),
            "sheet": ParagraphStyle("sheet", parent=body, fontName="BVP-Bold", fontSize=20, leading=25),
            "h2": ParagraphStyle("h2", parent=body, fontName="BVP-Bold", fontSize=15, leading=20, spaceBefore=6),
            "small": ParagraphStyle("small", parent=body, fontSize=10.5, leading=13),
            "warn": ParagraphStyle("warn", parent=body, fontName="BVP-SemiBold", fontSize=10.5, leading=13,
                                   textColor=HexColor("#8B0000"))}


def _qr(url: str, side: float) -> Drawing:
    widget = QrCodeWidget(url, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _kv(label: str, value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", style)


def _online(proc: m.Procedure) -> str:
    return LABELS["scope_full"] if proc.online and proc.online.scope == "full" else LABELS["scope_partial"]


def _code_box(proc: m.Procedure, side: float, s: dict) -> list:
    return [_qr(proc.online.url, side), _p(f"{proc.code} · {proc.online.host}", s["small"])]


def _story(vp: VillagePlan, title: str, s: dict) -> list:
    width = A4[0] - 2 * MARGIN
    v = vp.village
    story: list = [_p(title.upper(), s["title"]),
                   _kv(LABELS["posted_at"], f"{v.cultural_house}, {vp.commune.name}, {vp.province}", s["body"])]
    for proc in vp.procedures:
        facts = [_p(proc.name, s["name"]), _kv(LABELS["code"], f"{proc.code} · {proc.field}", s["body"]),
                 _kv(LABELS["agency"], proc.agency, s["body"]), _kv(LABELS["time"], proc.time, s["body"]),
                 _kv(LABELS["fee"], proc.fee, s["body"]),
                 _kv(LABELS["online"], _online(proc), s["body"]) if proc.online else _p(LABELS["in_person"], s["body"])]
        code = _code_box(proc, 32 * mm, s) if proc.online else []
        table = Table([[facts, code]], colWidths=[width - 40 * mm, 40 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.8, HexColor("#888888"))]))
        story.append(KeepTogether(table))
    for proc in vp.procedures:
        story.append(PageBreak())
        head = [_p(proc.name, s["sheet"]), _kv(LABELS["code"], proc.code, s["body"]),
                _kv(LABELS["field"], proc.field, s["body"])]
        code = _code_box(proc, 45 * mm, s) if proc.online else []
        story.append(Table([[head, code]], colWidths=[width - 53 * mm, 53 * mm],
                           style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [_kv(LABELS["agency"], proc.agency, s["body"]), _kv(LABELS["time"], proc.time, s["body"]),
                  _kv(LABELS["fee"], proc.fee, s["body"])]
        if proc.who:
            story.append(_kv(LABELS["who"], proc.who, s["body"]))
        for key, items in (("documents", proc.documents), ("steps", proc.steps)):
            if items:
                story += [_p(LABELS[key], s["h2"]),
                          ListFlowable([_p(i, s["body"]) for i in items], bulletType="1",
                                       bulletFontName="BVP-Bold", bulletFontSize=13)]
    return story


def _canvas(vp: VillagePlan, date: dt.date, s: dict):
    office, head = vp.commune.office, vp.village.head
    lines = [_kv(LABELS["office"], office.name, s["small"]), _kv(LABELS["address"], office.address, s["small"]),
             _kv(LABELS["phone"], f"{office.phone} · {LABELS['hours']}: {office.hours}", s["small"])]
    if head:
        lines.append(_kv(LABELS["head"], head.name + (f" – {head.phone}" if head.phone else ""), s["small"]))
    lines.append(_p(LABELS["qr_warning"], s["warn"]))

    class Numbered(Canvas):
        """The usual two-pass numbering: keep each page's state, draw footers knowing the total."""

        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved: list[dict] = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for n, state in enumerate(self._saved, 1):
                self.__dict__.update(state)
                y = MARGIN + 16
                for para in reversed(lines):
                    _, h = para.wrap(A4[0] - 2 * MARGIN, FOOTER)
                    para.drawOn(self, MARGIN, y)
                    y += h
                self.setFont("BVP-Bold", 10.5)
                self.drawString(MARGIN, MARGIN, f"{LABELS['updated']}: {date:%d/%m/%Y}")
                self.drawRightString(A4[0] - MARGIN, MARGIN, f"{LABELS['page']} {n}/{total}")
                super().showPage()
            super().save()

    return Numbered


def build(project: m.Project, out: Path, communes: int | None = None, date: dt.date | None = None) -> int:
    """Write every village's PDF and each commune's all-villages.pdf; returns the files written."""
    _fonts()
    s, date, files = _styles(), date or build_date(), 0
    by_commune: dict[str, list[VillagePlan]] = {}
    for vp in plan(project):
        by_commune.setdefault(vp.commune.slug, []).append(vp)
    for slug in list(by_commune)[:communes]:
        joined = pypdfium2.PdfDocument.new()
        for vp in by_commune[slug]:
            path = out / vp.file
            path.parent.mkdir(parents=True, exist_ok=True)
            doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                    topMargin=MARGIN, bottomMargin=MARGIN + FOOTER, title=vp.village.name)
            doc.build(_story(vp, project.settings.title, s), canvasmaker=_canvas(vp, date, s))
            joined.import_pages(pypdfium2.PdfDocument(str(path)))
            files += 1
        joined.save(str(out / slug / "all-villages.pdf"))
        files += 1
    return files
