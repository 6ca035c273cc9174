"""The overview poster of a village: one block per posted procedure with its QR code."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ... import model as m
from ...fonts import SEMIBOLD
from ...labels import LABELS
from .content import para, translations
from .flowables import PageRef, QRCode
from .styles import PAPERS, RULE, styles


def block(proc: m.Procedure, paper: str, languages: tuple[str, ...], width: float,
          office: m.Office) -> tuple[list[Flowable], PageRef]:
    """One procedure's block, ``width`` wide; returns it and its page reference to fill in."""
    p, s = PAPERS[paper], styles(paper)
    text: list[Flowable] = [para(proc.name, s.name)]
    text += translations(proc, "name", languages, s)
    text.append(para(f"{proc.code}  ·  {LABELS['field']}: {proc.field}", s.body, bold_prefix=LABELS["code"]))
    for key, value in (("agency", proc.agency), ("time", proc.time), ("fee", proc.fee)):
        text.append(para(value, s.body, bold_prefix=LABELS[key]))
        text += translations(proc, key, languages, s)
    if proc.online:
        scope = LABELS["scope_full" if proc.online.scope == "full" else "scope_partial"]
        text.append(para(scope, s.body, bold_prefix=LABELS["online"]))
    else:
        text.append(para(f"{LABELS['in_person']} tại {office.name}", s.warning))
    ref = PageRef(LABELS["see_page"], SEMIBOLD, s.body.fontSize)
    text.append(ref)
    if not proc.online:
        return text, ref
    code = QRCode(proc.code, proc.online.url, proc.online.host, p.overview_qr, s.caption.fontSize)
    gap = p.body
    table = Table([[text, code]], colWidths=[width - code.width - gap, code.width + gap])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("LEFTPADDING", (1, 0), (1, 0), gap),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [table], ref


def flowables(procs: tuple[m.Procedure, ...], paper: str, languages: tuple[str, ...],
              office: m.Office, frame_height: float) -> tuple[list[Flowable], list[PageRef]]:
    """All blocks, separated by rules; on A3 two blocks share a row."""
    p, s = PAPERS[paper], styles(paper)
    gutter = p.body * 1.5
    col_width = (p.frame_width - gutter * (p.columns - 1)) / p.columns
    out: list[Flowable] = []
    refs: list[PageRef] = []
    cells: list[list[Flowable]] = []
    for proc in procs:
        parts, ref = block(proc, paper, languages, col_width, office)
        refs.append(ref)
        cells.append(parts)
    for start in range(0, len(cells), p.columns):
        row = cells[start:start + p.columns]
        if p.columns == 1:
            content = row[0]
        else:
            row += [[]] * (p.columns - len(row))
            widths = []
            for i in range(p.columns):
                widths += [col_width, gutter] if i < p.columns - 1 else [col_width]
            padded = []
            for i, cell in enumerate(row):
                padded += [cell, []] if i < p.columns - 1 else [cell]
            t = Table([padded], colWidths=widths)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            content = [t]
        # A row taller than a page would not split inside a table: stack it instead.
        if sum(f.wrap(p.frame_width, frame_height)[1] for f in content) > frame_height:
            content = [f for cell in row for f in _unboxed(cell)]
        if out:
            out.append(Spacer(0, s.body.fontSize * 0.5))
            out.append(Rule(RULE))
            out.append(Spacer(0, s.body.fontSize * 0.5))
        out += content
    return out, refs


def _unboxed(cell: list[Flowable]) -> list[Flowable]:
    """The flowables inside a block table, one under another (text first, then the QR)."""
    out = []
    for f in cell:
        if isinstance(f, Table):
            for c in f._cellvalues[0]:
                out += c if isinstance(c, list) else [c]
        else:
            out.append(f)
    return out


class Rule(Flowable):
    def __init__(self, color):
        super().__init__()
        self.color = color

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, 1

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 0.5, self.width, 0.5)
