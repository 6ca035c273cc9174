"""The overview poster of a village: one block per posted procedure with its QR code."""

from __future__ import annotations

from functools import lru_cache

from reportlab.platypus import Flowable, Spacer

from ... import model as m
from ...fonts import SEMIBOLD
from ...labels import LABELS
from ...qr_target import qr_target
from .content import beside, para, translations, unbox
from .flowables import Memo, PageRef, QRCode
from .paginate import KeepWithNext
from .styles import PAPERS, RULE, styles


@lru_cache(maxsize=128)  # the office is in the key: blocks of past communes age out
def block(proc: m.Procedure, paper: str, languages: tuple[str, ...], width: float,
          office: m.Office, search: bool = True) -> tuple[Flowable, ...]:
    """One procedure's block, ``width`` wide (cached: the same in every village of a commune)."""
    p, s = PAPERS[paper], styles(paper)
    text: list[Flowable] = [para(proc.name, s.name)]
    text += translations(proc, "name", languages, s)
    text.append(para(f"{proc.code}  ·  {LABELS['field']}: {proc.field}", s.body, bold_prefix=LABELS["code"]))
    for key, value in (("agency", proc.agency), ("time", proc.time), ("fee", proc.fee)):
        text.append(para(value, s.body, bold_prefix=LABELS[key]))
        text += translations(proc, key, languages, s)
    if proc.online:
        # the short form: the detail sheet explains it in full
        scope = LABELS["scope_full_short" if proc.online.scope == "full" else "scope_partial_short"]
        text.append(para(scope, s.body, bold_prefix=LABELS["online"]))
    else:
        text.append(para(f"{LABELS['in_person']} tại {office.name}", s.warning))
    # The page reference differs per village, so it stays outside the cached block.
    ref = PageRef(LABELS["see_page"], SEMIBOLD, s.body.fontSize, proc.code)
    target = qr_target(proc, search)
    if target is None:
        return tuple(text) + (ref,)
    code = QRCode(proc.code, target.url, target.host, p.overview_qr, s.caption.fontSize,
                  label=LABELS["lookup"] if target.lookup else None)
    table = beside(text, code, width, p.body)
    text_width = table._colWidths[0]
    text_height = sum(f.wrap(text_width, 1e6)[1] for f in text)
    return (WithRef(Memo(table), text_width, text_height, ref),)


class WithRef(Flowable):
    """A cached text-and-QR block with its page reference under the text column (beside the
    code when the text is shorter), drawn per village on top of the shared block."""

    def __init__(self, block: Memo, text_width: float, text_height: float, ref: PageRef):
        super().__init__()
        self.block, self.text_width, self.text_height, self.ref = block, text_width, text_height, ref

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        _, block_h = self.block.wrap(aw, ah)
        _, ref_h = self.ref.wrap(self.text_width, ah)  # in the text column, clear of the QR
        self.width, self.height = aw, max(block_h, self.text_height + ref_h)
        self.block_h, self.ref_h = block_h, ref_h
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []  # stays whole (a block taller than a page is unboxed before pagination)

    def parts(self) -> list[Flowable]:
        return [self.block, self.ref]

    def draw(self) -> None:
        self.block.drawOn(self.canv, 0, self.height - self.block_h)
        self.ref.drawOn(self.canv, 0, self.height - self.text_height - self.ref_h)


def flowables(procs: tuple[m.Procedure, ...], paper: str, languages: tuple[str, ...],
              office: m.Office, frame_height: float, search: bool = True) -> list[Flowable]:
    """All blocks, separated by rules."""
    p, s = PAPERS[paper], styles(paper)
    out: list[Flowable] = []
    for proc in procs:
        content = list(block(proc, paper, languages, p.frame_width, office, search))
        height = sum(f.wrap(p.frame_width, frame_height)[1] for f in content)
        if out:
            out += [Spacer(0, s.body.fontSize * 0.5), Rule(RULE), Spacer(0, s.body.fontSize * 0.5)]
        if height > frame_height:
            # taller than a page: it cannot stay whole, and a table would not split: stack it
            content = unbox(content)
        else:
            out.append(KeepWithNext(height))  # a block (with its page reference) stays whole
        out += content
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
