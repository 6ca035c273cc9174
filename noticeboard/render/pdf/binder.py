"""so-tay-thu-tuc.pdf: the full official text of every procedure a commune posts, with a
contents page, for the office that handles them (the law asks for the full text there; the
village sheets are summaries). ``booklet`` lays it out on A5 and imposes it two pages to an A4
side in fold order, for duplex printing (flip on the short edge), folding and stapling."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from ... import model as m
from ...plan.desk import VillageKit
from ...fields import BY_NAME
from ...fonts import SEMIBOLD
from ...labels import CHANNELS, LABELS
from .content import beside, fact, paper_items, paper_text, para, unbox
from .desk_layout import BINDER, Laid, Part, Sheet, Styles, describe, draw_laid, in_province, item, lay_out, \
    render, save, styles
from .flowables import QRCode
from ...qr.limits import SMALLEST_QR_MM
from ...qr.target import qr_target
from .replay import new_canvas


def official(proc: m.Procedure, name: str):
    """The official wording of a field where the commune rewrote the posted text."""
    off = getattr(proc, "official", None)
    if off:
        value = off.get(name) if isinstance(off, dict) else getattr(off, name, None)
        if value:
            return value
    return getattr(proc, name)




# The parts of a procedure in the order of its publication (NĐ 63/2010, art. 8.2), under their
# official headings (fields.py): short facts, then the lists (numbered where order matters).
FACTS = ("agency", "place", "time", "fee", "channels", "who")
LISTS = (("documents", True), ("steps", True), ("result", False), ("conditions", False), ("forms", False),
         ("legal_basis", False))


class ContentsLine(Flowable):
    """'3. Đăng ký khai tử (1.000656) ........ 7': the page number is read when drawn."""

    def __init__(self, text: str, anchor: str, s: Styles):
        super().__init__()
        self.anchor, self.s = anchor, s
        self.number_width = stringWidth("0000", SEMIBOLD, s.body.fontSize)
        self.text = para(text, s.body)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        _, h = self.text.wrap(aw - self.number_width - 6, ah)
        self.height = h + 3
        return aw, self.height

    def draw(self) -> None:
        self.text.drawOn(self.canv, 0, 3)
        self.canv.setFont(SEMIBOLD, self.s.body.fontSize)
        self.canv.drawRightString(self.width, 3 + self.s.body.leading * 0.25,
                                  str(self.canv.nb_pages[self.anchor]))


def section(proc: m.Procedure, villages: list[str], all_villages: int, sheet: Sheet,
            search: bool) -> list[Flowable]:
    s = styles(sheet.body)
    w = sheet.frame_width
    head: list[Flowable] = [para(official(proc, "name"), s.heading),
                            para(proc.code, s.body, bold_prefix=LABELS["code"]),
                            para(official(proc, "field"), s.body, bold_prefix=LABELS["field"])]
    if proc.online:
        scope = LABELS["scope_full" if proc.online.scope == "full" else "scope_partial"]
        head.append(para(scope, s.body, bold_prefix=LABELS["binder_online"]))
    target = qr_target(proc, search)
    out: list[Flowable] = []
    if target:
        side = SMALLEST_QR_MM * mm if sheet.body < 12 else 30 * mm  # the smallest we print
        code = QRCode(proc.code, target.url, target.host, side, s.small.fontSize,
                      label=LABELS["lookup"] if target.lookup else None)
        table = beside(head, code, w, 8)
        # a table row cannot split: a head taller than a page is stacked instead (never a layout error)
        out += [table] if table.wrap(w, sheet.frame_height)[1] <= sheet.frame_height else unbox([table])
    else:
        out += head
    out.append(Spacer(0, s.body.fontSize * 0.5))
    where = LABELS["binder_all_villages"] if len(villages) == all_villages else ", ".join(villages)
    out.append(para(where, s.body, bold_prefix=LABELS["binder_posted_in"]))
    for name in FACTS:
        value = official(proc, name)
        if name == "channels":
            value = ", ".join(CHANNELS[c] for c in value)
        if value:
            out += fact(BY_NAME[name].label, value, s.body)  # per channel: a line each
    for name, numbered in LISTS:
        value = official(proc, name)
        if name == "documents" and not value:
            value = LABELS["binder_no_documents"]
        if not value:
            continue
        out.append(para(BY_NAME[name].label, s.subheading))
        if isinstance(value, str):
            out.append(para(value, s.body))
        else:
            for i, text in enumerate(value, 1):
                out.append(item(paper_text(text), s.body, f"{i}." if numbered else "•"))
                out += paper_items(text, s.body, item)  # a paper's own list, lettered under it
    return out


def parts(commune: m.Commune, province: str, villages: list[VillageKit], procedures: list[m.Procedure],
          dates: dict[str, dt.date], sheet: Sheet, search: bool) -> list[Part]:
    s = styles(sheet.body)
    posted: dict[str, list[str]] = {}
    for v in villages:
        for proc in v.plan.procedures:
            posted.setdefault(proc.code, []).append(v.plan.village.name)
    office = commune.office
    cover: list[Flowable] = [para(LABELS["binder_title"], s.title),
                             para(f"{LABELS['binder_subtitle']}, {commune.name.lower()[:1]}{commune.name[1:]}, "
                                  f"{in_province(province)}", s.subtitle),
                             para(LABELS["binder_intro"], s.body), Spacer(0, s.body.fontSize * 0.5),
                             para(office.name, s.body, bold_prefix=LABELS["office"]),
                             para(office.address, s.body, bold_prefix=LABELS["address"]),
                             para(f"{office.phone}  ·  {LABELS['hours']}: {office.hours}", s.body,
                                  bold_prefix=LABELS["phone"]),
                             para(LABELS["binder_contents"], s.heading)]
    for i, proc in enumerate(procedures, 1):
        cover.append(ContentsLine(f"{i}. {official(proc, 'name')} ({proc.code})", proc.code, s))
    newest = max(dates.values()) if dates else None
    out = [Part(cover, commune.name, newest)]
    for proc in procedures:
        out.append(Part(section(proc, posted.get(proc.code, []), len(villages), sheet, search), proc.code,
                        dates[proc.code], anchor=proc.code))
    return out


def render_binder(commune: m.Commune, province: str, villages: list[VillageKit], procedures: list[m.Procedure],
                  dates: dict[str, dt.date], paper: str, booklet: bool, chars: str, search: bool = True,
                  sample: bool = False) -> tuple[bytes, list[tuple[str, str, int]], int]:
    """The binder's bytes, its QR codes as (code, url, page) and its page count (A4 sides in
    a booklet)."""
    sheet = BINDER["A5" if booklet else paper]
    laid = lay_out(parts(commune, province, villages, procedures, dates, sheet, search), sheet)
    title = f"{LABELS['binder_short']} – {commune.name}"
    if not booklet:
        data, qr = render(laid, sheet, chars, title, title, sample)
        return data, qr, len(laid.pages)
    return impose(laid, sheet, chars, title, sample)


def fold_order(pages: int) -> list[tuple[int | None, int | None]]:
    """The (left, right) page numbers (1-based; None: blank) of each printed side of a booklet
    of ``pages`` pages, in print order: sheet 1 front, sheet 1 back, sheet 2 front, ..."""
    n = -(-pages // 4) * 4
    shown = lambda p: p if p <= pages else None  # noqa: E731
    sides = []
    for k in range(n // 4):
        sides.append((shown(n - 2 * k), shown(2 * k + 1)))
        sides.append((shown(2 * k + 2), shown(n - 2 * k - 1)))
    return sides


def impose(laid: Laid, sheet: Sheet, chars: str, title: str,
           sample: bool = False) -> tuple[bytes, list[tuple[str, str, int]], int]:
    size = landscape(A4)
    buf = io.BytesIO()
    c = new_canvas(buf, size, chars)
    c.nb_pages = laid.anchors
    describe(c, title)
    sides = fold_order(len(laid.pages))
    for left, right in sides:
        for number, x in ((left, 0.0), (right, size[0] / 2)):
            if number is not None:
                draw_laid(c, laid, sheet, title, number - 1, x, sample)
        c.showPage()
    return save(c, buf), c.nb_qr, len(sides)
