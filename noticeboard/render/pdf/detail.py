"""A procedure's sheet: what a villager takes home in their head. Name, code, where, time, fee,
how to apply, every paper to bring (never cut: a very long list continues on a second page), the
steps when they fit, a large QR code, and where the full official text is (the QR, the commune
office, the binder there). The full text itself is the binder's, not the sheet's.

It does not depend on the village, so it is laid out once per commune (per paper, languages and
frame height) and drawn into every village's PDF."""

from __future__ import annotations

from functools import lru_cache

from reportlab.platypus import Flowable, Spacer

from ... import model as m
from ...labels import LABELS
from .content import beside, bullet, channels_text, how_to_apply, para, translations, unbox
from .flowables import QRCode
from .paginate import KeepWithNext, LayoutError, Page, paginate
from .styles import PAPERS, SheetStyles, sheet_styles


def head(proc: m.Procedure, paper: str, languages: tuple[str, ...], office: m.Office) -> list[Flowable]:
    """Name, code and field, the facts, how to apply, beside the QR code: the part of the
    sheet that must fit on its first page (check.py refuses texts too long for it)."""
    p, s = PAPERS[paper], sheet_styles(paper)
    left: list[Flowable] = [para(proc.name, s.name)]
    left += translations(proc, "name", languages, s.translation)
    left.append(para(f"{proc.code}  ·  {LABELS['field']}: {proc.field}", s.body, bold_prefix=LABELS["code"]))
    left += translations(proc, "field", languages, s.translation)
    left.append(Spacer(0, s.body.fontSize * 0.4))
    for key, value in (("agency", proc.agency), ("time", proc.time), ("fee", proc.fee),
                       ("result", proc.result)):
        if value:
            left.append(para(value, s.body, bold_prefix=LABELS[key]))
            left += translations(proc, key, languages, s.translation)
    label, how, in_person = how_to_apply(proc, office)
    if in_person:  # says where, and by post when the catalogue says so
        left.append(para(f"{label} tại {how}", s.warning))
        return left
    left.append(para(LABELS["scope_full" if proc.online.scope == "full" else "scope_partial"],
                     s.body, bold_prefix=label))
    channels = channels_text(proc)
    if channels:
        left.append(para(channels, s.body, bold_prefix=LABELS["channels"]))
    code = QRCode(proc.code, proc.online.url, proc.online.host, p.detail_qr, s.caption.fontSize,
                  above=LABELS["scan_sheet"])
    return [beside(left, code, p.frame_width, s.body.fontSize)]


def where_full_text(proc: m.Procedure, office: m.Office) -> str:
    """'quét mã QR …; hỏi tại …; hoặc đọc cuốn “Sổ tay thủ tục” để tại …'."""
    parts = [LABELS["where_qr"]] if proc.online else []
    parts += [LABELS["where_office"].format(office=office.name),
              LABELS["where_binder"].format(binder=LABELS["binder"], office=office.name)]
    return "; ".join(parts[:-1]) + f"; hoặc {parts[-1]}." if len(parts) > 1 else f"{parts[0]}."


def _section(out: list[Flowable], proc: m.Procedure, key: str, items: tuple[str, ...],
             languages: tuple[str, ...], s: SheetStyles) -> None:
    out.append(KeepWithNext(s.heading.leading * 2 + s.item.leading * 2 + s.heading.spaceBefore))
    out.append(para(LABELS[key], s.heading))
    for i, item in enumerate(items, 1):
        if key == "steps":
            out.append(para(item, s.item, bold_prefix=f"{LABELS['step']} {i}"))
        else:
            out.append(bullet(item, s.item, f"{i}."))
    out.extend(translations(proc, key, languages, s.item_translation, numbered=True))


def flowables(proc: m.Procedure, paper: str, languages: tuple[str, ...], office: m.Office,
              size: float | None = None, steps: bool = True) -> list[Flowable]:
    """The sheet with the papers (and steps) at ``size``; without the steps when ``steps`` is
    False (they are in the full text the sheet points to)."""
    s = sheet_styles(paper, size)
    out: list[Flowable] = head(proc, paper, languages, office)
    if proc.documents:
        _section(out, proc, "documents", proc.documents, languages, s)
    else:  # allowed in a catalogue: say where to read them rather than print an empty list
        out.append(para(LABELS["documents"], s.heading))
        out.append(para(f"{LABELS['no_documents']} {where_full_text(proc, office)}", s.warning))
    if steps and proc.steps:
        _section(out, proc, "steps", proc.steps, languages, s)
    out.append(para(where_full_text(proc, office), s.note, bold_prefix=LABELS["full_text"]))
    return out


def _running(proc: m.Procedure) -> str:
    """The name repeated at the top of continuation pages (printed whole on the first page):
    shortened when very long, so that a running head never crowds out the content."""
    if len(proc.name) <= 90:
        return proc.name
    return f"{proc.code} – {proc.name[:70].rsplit(' ', 1)[0]} …"


def _height(content: list[Flowable], width: float) -> float:
    """The height of ``content`` set on one page (space before each paragraph but the first)."""
    total = 0.0
    for i, f in enumerate(content):
        total += f.wrap(width, 1e6)[1]
        if i:
            total += getattr(getattr(f, "style", None), "spaceBefore", 0) or 0
    return total


@lru_cache(maxsize=512)
def pages(proc: m.Procedure, paper: str, languages: tuple[str, ...], office: m.Office,
          frame_height: float) -> tuple[Page, ...]:
    """The laid-out pages of a sheet (cached: identical for every village of a commune). The
    largest type that puts everything on one page wins; the steps go first (the full text has
    them), the papers to bring never: at the smallest size they continue on further pages."""
    p = PAPERS[paper]
    sizes = p.sheet_sizes
    chosen = None
    for steps in ((True, False) if proc.steps else (False,)):
        # with the steps only while the papers stay large enough to read comfortably
        for size in (sizes[: len(sizes) // 2 + 1] if steps else sizes):
            content = flowables(proc, paper, languages, office, size, steps)
            if _height(content, p.frame_width) <= frame_height:
                chosen = content
                break
        if chosen:
            break
    if chosen is None:  # papers to bring beyond one page: keep a readable size, go on overleaf
        chosen = flowables(proc, paper, languages, office, sizes[len(sizes) // 2], False)
    s = sheet_styles(paper)

    def lead(i: int) -> list[Flowable]:
        return [] if i == 0 else [para(f"{_running(proc)} {LABELS['continued']}", s.heading),
                                  Spacer(0, s.body.fontSize * 0.4)]

    if chosen[0].wrap(p.frame_width, frame_height)[1] > frame_height:
        chosen = unbox(chosen[:1]) + chosen[1:]  # a head taller than a page: stack it (check refuses it)
    try:
        return tuple(paginate(chosen, p.frame_width, lambda i: frame_height, lead))
    except LayoutError as exc:
        raise LayoutError(f"{proc.source}: {proc.code} {proc.name}: cannot be laid out on "
                          f"{paper} ({exc}); shorten the text or use a larger paper") from None
