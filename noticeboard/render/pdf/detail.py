"""A procedure's detail sheet: everything the citizen must know, flowing onto further pages
marked '(tiếp theo)'. It does not depend on the village, so it is laid out once per build
(per paper, languages and frame height) and drawn into every village's PDF."""

from __future__ import annotations

from functools import lru_cache

from reportlab.platypus import Flowable, Spacer

from ... import model as m
from ...labels import CHANNELS, LABELS
from ...qr_target import qr_target
from .content import beside, bullet, para, translations, unbox
from .flowables import QRCode
from .paginate import KeepWithNext, LayoutError, Page, paginate
from .styles import PAPERS, styles
from ...messages import say


def _head(proc: m.Procedure, paper: str, languages: tuple[str, ...], compact: bool,
          search: bool) -> list[Flowable]:
    p, s = PAPERS[paper], styles(paper, compact)
    left: list[Flowable] = [para(proc.name, s.detail_name)]
    left += translations(proc, "name", languages, s)
    left.append(para(proc.code, s.body, bold_prefix=LABELS["code"]))
    left.append(para(proc.field, s.body, bold_prefix=LABELS["field"]))
    left += translations(proc, "field", languages, s)
    if proc.online:
        scope = LABELS["scope_full" if proc.online.scope == "full" else "scope_partial"]
        left.append(para(scope, s.body, bold_prefix=LABELS["online"]))
    else:
        left.append(para(LABELS["in_person_long"], s.warning))
    target = qr_target(proc, search)
    if target is None:
        return left
    code = QRCode(proc.code, target.url, target.host, p.detail_qr, s.caption.fontSize,
                  above=LABELS["scan_lookup" if target.lookup else "scan"],
                  label=LABELS["lookup"] if target.lookup else None)
    return [beside(left, code, p.frame_width, p.body)]


def flowables(proc: m.Procedure, paper: str, languages: tuple[str, ...],
              compact: bool = False, search: bool = True) -> list[Flowable]:
    s = styles(paper, compact)
    out: list[Flowable] = _head(proc, paper, languages, compact, search)
    out.append(Spacer(0, s.body.fontSize * 0.6))
    facts = [("agency", proc.agency), ("time", proc.time), ("fee", proc.fee),
             ("channels", ", ".join(CHANNELS[c] for c in proc.channels) if proc.channels else None),
             ("who", proc.who)]
    for key, value in facts:
        if value:
            out.append(para(value, s.body, bold_prefix=LABELS[key]))
            out += translations(proc, key, languages, s)

    def section(key: str, items: tuple[str, ...] | str | None, numbered: bool = True,
                style=None) -> None:
        if not items:
            return
        style = style or s.body
        out.append(KeepWithNext(s.heading.leading * 2 + style.leading * 2 + s.heading.spaceBefore))
        out.append(para(LABELS[key], s.heading))
        if isinstance(items, str):
            out.append(para(items, style))
        else:
            for i, item in enumerate(items, 1):
                mark = (f"{LABELS['step']} {i}:" if key == "steps" else f"{i}.") if numbered else "•"
                out.append(bullet(item, style, mark, s) if key != "steps" else
                           para(item, style, bold_prefix=mark[:-1]))
        out.extend(translations(proc, key, languages, s, numbered=numbered))

    # papers not written yet: say where to read them (the QR's page, the office in the footer)
    where = "documents_qr" if qr_target(proc, search) else "documents_office"
    section("documents", proc.documents or LABELS[where])
    section("steps", proc.steps)
    section("result", proc.result)
    section("conditions", proc.conditions)
    section("forms", proc.forms, numbered=False)
    section("legal_basis", proc.legal_basis, numbered=False, style=s.small)
    return out


def _running(proc: m.Procedure) -> str:
    """The name repeated at the top of continuation pages (printed whole on the first page):
    shortened when very long, so that a running head never crowds out the content."""
    if len(proc.name) <= 90:
        return proc.name
    return f"{proc.code} – {proc.name[:70].rsplit(' ', 1)[0]} …"


@lru_cache(maxsize=512)
def pages(proc: m.Procedure, paper: str, languages: tuple[str, ...], frame_height: float,
          search: bool = True) -> tuple[Page, ...]:
    """The laid-out pages of a detail sheet (cached: identical for every village). When the
    last page would hold only a few lines, tighter line spacing is tried: a sheet of paper
    saved in every village is worth it; the type size never changes."""
    p = PAPERS[paper]

    def layout(compact: bool) -> list[Page]:
        s = styles(paper, compact)

        def lead(i: int) -> list[Flowable]:
            return [] if i == 0 else [para(f"{_running(proc)} {LABELS['continued']}", s.heading),
                                      Spacer(0, s.body.fontSize * 0.4)]

        content = flowables(proc, paper, languages, compact, search)
        if content[0].wrap(p.frame_width, frame_height)[1] > frame_height:
            content = unbox(content[:1]) + content[1:]  # a head taller than a page: stack it
        try:
            return paginate(content, p.frame_width, lambda i: frame_height, lead)
        except LayoutError as exc:
            raise LayoutError(f"{proc.source}: {proc.code} {proc.name}: "
                              + say("layout_detail", paper=paper, reason=exc)) from None

    loose = layout(False)
    if len(loose) > 1 and loose[-1].items and loose[-1].items[-1][2] < 0.3 * frame_height:
        tight = layout(True)
        if len(tight) < len(loose):
            return tuple(tight)
    return tuple(loose)
