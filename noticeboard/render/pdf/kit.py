"""bo-niem-yet.pdf (for each village head: what to pin, what to take down, whom to call, and a
biên bản niêm yết to fill in by hand, sign and return) and so-theo-doi-niem-yet.pdf (the
commune's posting register, a line per village, filled in as the biên bản come back)."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from ...plan import changes as ch
from ... import model as m
from ...plan.desk import VillageKit
from ...fonts import BOLD
from ...labels import LABELS
from ...slug import lower_first
from .content import para
from .paginate import KeepWithNext, paginate
from .desk_layout import KIT, REGISTER, Part, in_province, item, lay_out, render, styles, table
from .report import village_items
from reportlab.platypus import Table, TableStyle


def columns(s, *widest: str) -> list[float]:
    """Widths of table columns that hold short values (numbers, codes, dates) on one line."""
    return [stringWidth(text, BOLD, s.cell.fontSize) + 10 for text in widest]


def _pages(first: int, last: int) -> str:
    return f"{first}" if first == last else f"{first}–{last}"


def _where(v: VillageKit, province: str) -> str:
    return f"{v.plan.village.cultural_house}, {lower_first(v.plan.commune.name)}, {in_province(province)}"


def instructions(v: VillageKit, province: str, procedures: dict[str, m.Procedure],
                 body: float = KIT.body) -> list[Flowable]:
    s = styles(body)
    w = KIT.frame_width
    village, office = v.plan.village, v.plan.commune.office
    to = village.head.name + (f" – {village.head.phone}" if village.head.phone else "") if village.head else village.name
    out: list[Flowable] = [para(LABELS["kit_title"], s.title), para(_where(v, province), s.subtitle),
                           para(to, s.body, bold_prefix=LABELS["kit_to"]),
                           para(LABELS["kit_pin"], s.heading), para(LABELS["kit_pin_hint"], s.body),
                           Spacer(0, s.body.fontSize * 0.5)]
    marks: dict[str, str] = {}
    for c in v.changes.changes if v.changes else ():
        marks[c.code] = {ch.NEW: LABELS["kit_new"], ch.CHANGED: LABELS["kit_replace"]}.get(c.kind, "")
    rows: list[list] = [[LABELS["record_no"], LABELS["kit_sheet"], LABELS["kit_sheet_pages"], LABELS["updated"]]]
    board = para(LABELS["kit_board"], s.cell, bold_prefix=LABELS["kit_replace"]) if v.changes and v.changes.board \
        else LABELS["kit_board"]
    rows.append(["1", board, _pages(1, v.board_pages), f"{v.board_date:%d/%m/%Y}"])
    both = False
    for i, sheet in enumerate(v.sheets, 2):
        first, last = v.sheet_pages[sheet.code]
        sides = f" \u2013 {LABELS['kit_both_sides']}" if last > first else ""  # its next page is overleaf
        both |= last > first
        name = para(f"{sheet.name} ({sheet.code}){sides}", s.cell, bold_prefix=marks.get(sheet.code) or None)
        rows.append([str(i), name, _pages(first, last), f"{sheet.updated:%d/%m/%Y}"])
    no, date, pages = columns(s, LABELS["record_no"], "00/00/0000", _pages(100, 101))
    out.append(table(rows, [no, w - no - date - pages, pages, date], s))
    if both:
        out.append(para(LABELS["kit_both_sides_hint"], s.body))
    out.append(para(LABELS["kit_takedown"], s.heading))
    # a fresh folder: nothing this tool printed is on the wall yet, but a sheet of a procedure
    # the village still lists out of force may be (v.listed_gone)
    gone = tuple(c for c in (v.changes.changes if v.changes else v.listed_gone) if c.kind != ch.NEW)
    if gone or (v.changes and v.changes.board):
        board = v.changes.board if v.changes else ()
        out += village_items(ch.VillageChanges(village.name, v.file, gone, board), procedures, s)
    else:
        out.append(para(LABELS["kit_takedown_none"], s.body))
    # whom to call and the closing line stay together: the line never stands on a page alone
    out.append(KeepWithNext(s.heading.leading * 2 + s.body.leading * 6))
    out.append(para(LABELS["kit_call"], s.heading))
    out.append(para(office.name, s.body, bold_prefix=LABELS["office"]))
    out.append(para(f"{office.phone}  ·  {LABELS['hours']}: {office.hours}", s.body, bold_prefix=LABELS["phone"]))
    out.append(para(office.address, s.body, bold_prefix=LABELS["address"]))
    out.append(Spacer(0, s.body.fontSize))
    out.append(para(LABELS["kit_return"], s.subheading))
    return out


def record(v: VillageKit, province: str, body: float = KIT.body) -> list[Flowable]:
    """The biên bản niêm yết: the sheets listed, date and signatures left blank."""
    s = styles(body)
    w = KIT.frame_width
    village = v.plan.village
    head = village.head.name if village.head else "." * 60
    out: list[Flowable] = [para(LABELS["record_nation"], s.center_bold), para(LABELS["record_motto"], s.center_bold),
                           Spacer(0, s.body.fontSize * 1.2), para(LABELS["record_title"], s.title),
                           para(f"{LABELS['record_subject']} {village.cultural_house}", s.subtitle),
                           para(f"{LABELS['record_today']} {_where(v, province)}, {LABELS['record_we']}", s.body),
                           Spacer(0, s.body.fontSize * 0.4),
                           item(f"{LABELS['record_person']}: {head}, {LABELS['record_role']}: {LABELS['record_head_role']}",
                                s.body, "1."),
                           item(f"{LABELS['record_person']}: {'.' * 60}, {LABELS['record_role']}: {'.' * 30}", s.body, "2."),
                           Spacer(0, s.body.fontSize * 0.4), para(LABELS["record_listed"], s.body),
                           Spacer(0, s.body.fontSize * 0.4)]
    rows: list[list] = [[LABELS["record_no"], LABELS["code"], LABELS["record_name"],
                         LABELS["record_sheet_date"], LABELS["record_sheets"]]]
    rows.append(["", "", LABELS["kit_board"], f"{v.board_date:%d/%m/%Y}", str(v.board_pages)])
    for i, sheet in enumerate(v.sheets, 1):
        first, last = v.sheet_pages[sheet.code]
        rows.append([str(i), sheet.code, sheet.name, f"{sheet.updated:%d/%m/%Y}", str(last - first + 1)])
    no, code, date, count = columns(s, LABELS["record_no"], "0.000000", "00/00/0000", LABELS["record_sheets"])
    out.append(table(rows, [no, code, w - no - code - date - count, date, count], s))
    out += [Spacer(0, s.body.fontSize * 0.8), para(LABELS["record_from"], s.body),
            para(LABELS["record_copies"], s.body), Spacer(0, s.body.fontSize * 1.2)]
    out.append(KeepWithNext(s.body.leading * 9))  # the signatures stay with the end of the text
    sign = [[para(LABELS["record_village_side"], s.center_bold), para(LABELS["record_commune_side"], s.center_bold)],
            [para(LABELS["record_sign"], s.center), para(LABELS["record_sign"], s.center)]]

    t = Table(sign, colWidths=[w / 2, w / 2], rowHeights=[None, s.body.leading * 6])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out.append(t)
    return out


# A village's instructions and its biên bản each take one page (the kit is cut up per village
# and the biên bản signed alone): type down to 80 % of the body size keeps a long list there.
FIT = (1.0, 0.94, 0.88, 0.82)


def one_page(build: Callable[[float], list[Flowable]]) -> list[Flowable]:
    """``build(size)`` at the largest size of FIT that fits one page, else at full size
    (it flows on, the closing lines kept together)."""
    for k in FIT:
        flow = build(KIT.body * k)
        if len(paginate(flow, KIT.frame_width, lambda i: KIT.frame_height)) == 1:
            return flow
    return build(KIT.body)


def render_kit(commune: m.Commune, province: str, villages: list[VillageKit],
               procedures: dict[str, m.Procedure], chars: str, sample: bool = False) -> tuple[bytes, int]:
    parts = []
    for v in villages:
        parts.append(Part(one_page(lambda b: instructions(v, province, procedures, b)), v.plan.village.name, v.date))
        parts.append(Part(one_page(lambda b: record(v, province, b)), v.plan.village.name, None))
    laid = lay_out(parts, KIT)
    data, _ = render(laid, KIT, chars, f"{LABELS['kit_short']} – {commune.name}",
                     f"{LABELS['kit_short']} – {commune.name}", sample)
    return data, len(laid.pages)


def render_register(commune: m.Commune, province: str, villages: list[VillageKit], chars: str,
                    date: dt.date, sample: bool = False) -> tuple[bytes, int]:
    s = styles(REGISTER.body)
    w = REGISTER.frame_width
    out: list[Flowable] = [para(LABELS["register_title"], s.title),
                           para(f"{commune.name}, {in_province(province)}", s.subtitle),
                           para(LABELS["register_hint"], s.body), Spacer(0, s.body.fontSize * 0.6)]
    rows: list[list] = [[LABELS["record_no"], LABELS["register_village"], LABELS["register_place"],
                         LABELS["head"], LABELS["register_count"], LABELS["register_printed"],
                         LABELS["register_posted"], LABELS["register_by"], LABELS["register_received"],
                         LABELS["register_note"]]]
    for i, v in enumerate(villages, 1):
        head = v.plan.village.head
        rows.append([str(i), v.plan.village.name, v.plan.village.cultural_house,
                     (head.name + (f"\n{head.phone}" if head.phone else "")) if head else "",
                     str(len(v.sheets)), f"{v.date:%d/%m/%Y}", "", "", "", ""])
    fractions = [0.04, 0.12, 0.15, 0.13, 0.06, 0.1, 0.1, 0.11, 0.1, 0.09]
    out.append(table(rows, [w * f for f in fractions], s, min_height=s.body.leading * 2.6))
    laid = lay_out([Part(out, commune.name, date)], REGISTER)
    data, _ = render(laid, REGISTER, chars, LABELS["register_short"], f"{LABELS['register_short']} – {commune.name}",
                     sample)
    return data, len(laid.pages)
