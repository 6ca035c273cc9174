"""A procedure's sheet: what a villager takes home in their head. Name, code, where, time, fee,
how to apply, every paper to bring (never cut: a very long list continues on a second page), the
steps when they fit, a large QR code, and where the full official text is (the QR, the commune
office, the binder there). The full text itself is the binder's, not the sheet's.

It depends on neither the village nor the commune (the page's footer names the office), so it
is laid out once per build (per paper, languages and frame height) and drawn into every PDF."""

from __future__ import annotations

from functools import lru_cache

from reportlab.platypus import Flowable, Spacer

from ... import model as m
from ...labels import LABELS
from ...qr.target import qr_target
from ...slug import fold
from ...plan.apply import channels_text, how_to_apply
from .content import BesideCode, bullet, fact, paper_items, paper_text, para, translations
from .flowables import QRCode
from .paginate import KeepWithNext, LayoutError, Page, paginate
from .styles import PAPERS, SheetStyles, sheet_styles
from ...messages import say


def head(proc: m.Procedure, paper: str, languages: tuple[str, ...], search: bool = True) -> list[Flowable]:
    """Name, code and field, the facts and how to apply (the QR code stands beside them)."""
    s = sheet_styles(paper)
    left: list[Flowable] = [para(proc.name, s.name)]
    left += translations(proc, "name", languages, s.translation)
    left.append(para(f"{proc.code}  ·  {LABELS['field']}: {proc.field}", s.body, bold_prefix=LABELS["code"]))
    left += translations(proc, "field", languages, s.translation)
    left.append(Spacer(0, s.body.fontSize * 0.4))
    place = proc.place if proc.place and fold(proc.place) != fold(proc.agency) else None
    for key, value in (("agency", proc.agency), ("place", place), ("time", proc.time), ("fee", proc.fee),
                       ("result", proc.result)):
        if value:
            left += fact(LABELS[key], value, s.body)  # per channel: a line each
            left += translations(proc, key, languages, s.translation)
    how = how_to_apply(proc, search)
    if how.in_person:  # the footer of the page names the office
        left.append(para(how.text, s.warning))
        return left
    scope = LABELS["scope_full" if proc.online.scope == "full" else "scope_partial"] if proc.online else how.text
    left.append(para(scope, s.body, bold_prefix=how.label))
    channels = channels_text(proc)
    if channels:
        left.append(para(channels, s.body, bold_prefix=LABELS["channels"]))
    return left


def where_full_text(coded: bool) -> str:
    """'quét mã QR trên tờ này; hoặc hỏi, đọc cuốn “Sổ tay thủ tục” tại nơi nộp hồ sơ …' (the
    office the footer names: so a sheet is the same in every commune, laid out once a build)."""
    binder = LABELS["where_binder"].format(binder=LABELS["binder_short"])  # as its cover reads
    return f"{LABELS['where_qr']} {binder}." if coded else f"{binder}."


def _section(proc: m.Procedure, key: str, languages: tuple[str, ...], s: SheetStyles) -> list[Flowable]:
    items: tuple[str, ...] = getattr(proc, key)
    out: list[Flowable] = [KeepWithNext(s.heading.leading * 2 + s.item.leading * 2 + s.heading.spaceBefore),
                           para(LABELS[key], s.heading)]
    for i, item in enumerate(items, 1):
        if key == "steps":
            out.append(para(item, s.item, bold_prefix=f"{LABELS['step']} {i}"))
        else:  # a paper announcing a list: its items under it, lettered
            out += [bullet(paper_text(item), s.item, f"{i}."), *paper_items(item, s.item)]
    return out + translations(proc, key, languages, s.item_translation, numbered=True)


def _top(proc: m.Procedure, paper: str, languages: tuple[str, ...], search: bool) -> list[Flowable]:
    """The head, beside the QR code when there is one (a long head runs on under it)."""
    text = head(proc, paper, languages, search)
    target = qr_target(proc, search)
    if target is None:
        return text
    p, s = PAPERS[paper], sheet_styles(paper)
    code = QRCode(proc.code, target.url, target.host, p.detail_qr, s.caption.fontSize,
                  above=LABELS["scan_lookup" if target.lookup else "scan_sheet"],
                  label=LABELS["lookup"] if target.lookup else None)
    return [BesideCode(code, text, s.body.fontSize)]


def _documents(proc: m.Procedure, languages: tuple[str, ...], s: SheetStyles, search: bool) -> list[Flowable]:
    if proc.documents:
        return _section(proc, "documents", languages, s)
    # allowed in a catalogue: say where to read them rather than print an empty list
    where = "documents_qr" if qr_target(proc, search) else "documents_office"
    return [para(LABELS["documents"], s.heading), para(LABELS[where], s.warning)]


def _note(proc: m.Procedure, s: SheetStyles, search: bool) -> Flowable:
    coded = qr_target(proc, search) is not None
    return para(where_full_text(coded), s.note, bold_prefix=LABELS["full_text"])


def flowables(proc: m.Procedure, paper: str, languages: tuple[str, ...],
              size: float | None = None, steps: bool = True, search: bool = True) -> list[Flowable]:
    """The sheet with the papers (and steps) at ``size``; without the steps when ``steps`` is
    False (they are in the full text the sheet points to)."""
    s = sheet_styles(paper, size)
    out = _top(proc, paper, languages, search) + _documents(proc, languages, s, search)
    if steps and proc.steps:
        out += _section(proc, "steps", languages, s)
    return out + [_note(proc, s, search)]


def _measure(proc: m.Procedure, paper: str, languages: tuple[str, ...], size: float, steps: bool,
             search: bool) -> float:
    """The height of ``flowables(...)`` on one page, from parts measured once each."""
    s, width = sheet_styles(paper, size), PAPERS[paper].frame_width
    total = _top_height(proc, paper, languages, search)
    total += _list_height(proc, paper, languages, size, "documents") if proc.documents else \
        _height(_documents(proc, languages, s, search), width, first=False)
    if steps and proc.steps:
        total += _list_height(proc, paper, languages, size, "steps")
    return total + _height([_note(proc, s, search)], width, first=False)


@lru_cache(maxsize=1024)
def _top_height(proc: m.Procedure, paper: str, languages: tuple[str, ...], search: bool) -> float:
    return _height(_top(proc, paper, languages, search), PAPERS[paper].frame_width)


@lru_cache(maxsize=4096)
def _list_height(proc: m.Procedure, paper: str, languages: tuple[str, ...], size: float, key: str) -> float:
    return _height(_section(proc, key, languages, sheet_styles(paper, size)), PAPERS[paper].frame_width,
                   first=False)


def _running(proc: m.Procedure) -> str:
    """The name repeated at the top of continuation pages (printed whole on the first page):
    shortened when very long, so that a running head never crowds out the content."""
    if len(proc.name) <= 90:
        return proc.name
    return f"{proc.code} – {proc.name[:70].rsplit(' ', 1)[0]} …"


def _height(content: list[Flowable], width: float, first: bool = True) -> float:
    """The height of ``content`` set on a page (space before each paragraph but the page's first)."""
    total = 0.0
    for i, f in enumerate(content):
        total += f.wrap(width, 1e6)[1]
        if i or not first:
            total += getattr(getattr(f, "style", None), "spaceBefore", 0) or 0
    return total


def _largest(sizes: tuple[float, ...], fits) -> float | None:
    """The largest of ``sizes`` (descending) for which ``fits(size)``, assuming smaller type
    never needs more room; the largest is tried first (most sheets fit in it), then halving."""
    if fits(sizes[0]):
        return sizes[0]
    lo, hi = 1, len(sizes) - 1  # sizes[0] does not fit; find the first index that does
    if not fits(sizes[hi]):
        return None
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(sizes[mid]):
            hi = mid
        else:
            lo = mid + 1
    return sizes[lo]


@lru_cache(maxsize=512)
def pages(proc: m.Procedure, paper: str, languages: tuple[str, ...], frame_height: float,
          search: bool = True) -> tuple[Page, ...]:
    """The laid-out pages of a sheet (cached: the same in every commune whose footer leaves the
    same frame). The largest type that puts everything on one page wins; the steps go first
    (the full text has them), the papers to bring never: when they cannot fit one page even in
    the smallest type, they continue overleaf in the largest type that needs no more pages."""
    sizes = PAPERS[paper].sheet_sizes

    def one_page(steps: bool):
        return lambda size: _measure(proc, paper, languages, size, steps, search) <= frame_height

    def laid(size: float, steps: bool = False) -> list[Page]:
        return _paginate(proc, paper, flowables(proc, paper, languages, size, steps, search), frame_height)

    # with the steps only while the papers stay large enough to read comfortably
    if proc.steps:
        size = _largest(sizes[: len(sizes) // 2 + 1], one_page(True))
        if size is not None:
            return tuple(laid(size, True))
    size = _largest(sizes, one_page(False))
    if size is not None:
        return tuple(laid(size))
    fewest = len(laid(sizes[-1]))
    return tuple(laid(_largest(sizes, lambda size: len(laid(size)) <= fewest) or sizes[-1]))


def _paginate(proc: m.Procedure, paper: str, content: list[Flowable], frame_height: float) -> list[Page]:
    s = sheet_styles(paper)

    def lead(i: int) -> list[Flowable]:
        return [] if i == 0 else [para(f"{_running(proc)} {LABELS['continued']}", s.heading),
                                  Spacer(0, s.body.fontSize * 0.4)]

    try:
        return paginate(content, PAPERS[paper].frame_width, lambda i: frame_height, lead)
    except LayoutError as exc:
        raise LayoutError(f"{proc.source}: {proc.code} {proc.name}: "
                          + say("layout_detail", paper=paper, reason=exc)) from None
