"""The board: the first pages of a village file, read at a metre. One block per posted
procedure: its name in large type, where, how long, how much, online or in person, the page of
its sheet, and its QR code (≥ 30 mm)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.platypus import Flowable, Paragraph, Spacer

from ... import model as m
from ...fonts import BOLD
from ...labels import LABELS
from ...qr.target import qr_target
from ...plan.apply import how_to_apply
from .content import BesideCode, para, translations, unbox
from .flowables import Memo, PageRef, QRCode
from .paginate import KeepWithNext
from .styles import PAPERS, RULE, styles
from xml.sax.saxutils import escape


def _text(proc: m.Procedure, paper: str, languages: tuple[str, ...], coded: bool) -> list[Flowable]:
    s = styles(paper)
    text: list[Flowable] = [para(proc.name, s.name)]
    text += translations(proc, "name", languages, s.translation)
    if not coded:  # no code under a QR: print it here, to ask or search by
        text.append(para(proc.code, s.body, bold_prefix=LABELS["code"]))
    text.append(para(proc.agency, s.body, bold_prefix=LABELS["agency"]))
    text += translations(proc, "agency", languages, s.translation)
    # time and fee share a line when both are short (a board page holds a block more)
    text.append(_pairs(((LABELS["time_short"], proc.time), (LABELS["fee_short"], proc.fee)), s.body))
    text += translations(proc, "time", languages, s.translation)
    text += translations(proc, "fee", languages, s.translation)
    how = how_to_apply(proc, coded)
    if how.in_person:  # the office is named in the footer of the page
        text.append(para(how.text, s.warning))
    else:
        text.append(para(how.text, s.body, bold_prefix=how.label))
    return text


def _pairs(pairs: tuple[tuple[str, str], ...], style) -> Flowable:
    """'Label: value  ·  Label: value' as one paragraph (wrapping where needed)."""

    # a label never breaks across lines (no-break spaces inside it)
    body = "  ·  ".join(f"<font name='{BOLD}'>{escape(k).replace(' ', chr(0xA0))}:</font> {escape(v)}"
                        for k, v in pairs)
    return Paragraph(body.replace("\n", "<br/>"), style)


@lru_cache(maxsize=512)
def block(proc: m.Procedure, paper: str, languages: tuple[str, ...], width: float,
          search: bool = True) -> tuple[Flowable, ...]:
    """One procedure's block, ``width`` wide (cached: the same in every village that posts it);
    ``search``: a procedure without a link gets a look-up QR (qr_target)."""
    p, s = PAPERS[paper], styles(paper)
    target = qr_target(proc, search)
    text = _text(proc, paper, languages, target is not None)
    # The page reference differs per village, so it stays outside the cached block.
    ref = PageRef(LABELS["see_page"], BOLD, s.body.fontSize, proc.code)
    if target is None:
        return tuple(text) + (ref,)
    code = QRCode(proc.code, target.url, target.host, p.overview_qr, s.caption.fontSize, bleed=True,
                  label=LABELS["lookup"] if target.lookup else None)
    gap = p.body * 0.8
    shared = BesideCode(code, text, gap)
    shared.wrap(width, 1e6)
    # the page reference follows the text: beside the code, or under it when the text runs on
    return (WithRef(Memo(shared), width - code.width - gap, shared.text_height, ref),)


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
        return []  # stays whole (a block taller than a page is refused by check: limits.py)

    def parts(self) -> list[Flowable]:
        return [self.block, self.ref]

    def draw(self) -> None:
        self.block.drawOn(self.canv, 0, self.height - self.block_h)
        self.ref.drawOn(self.canv, 0, self.height - self.text_height - self.ref_h)


def block_height(proc: m.Procedure, paper: str, languages: tuple[str, ...], search: bool = True) -> float:
    width = PAPERS[paper].frame_width
    return sum(f.wrap(width, 1e6)[1] for f in block(proc, paper, languages, width, search))


def flowables(procs: tuple[m.Procedure, ...], paper: str, languages: tuple[str, ...],
              frame_height: float, search: bool = True) -> list[Flowable]:
    """All blocks, separated by rules; a block and the rule above it stay together."""
    p = PAPERS[paper]
    out: list[Flowable] = []
    for proc in procs:
        content = list(block(proc, paper, languages, p.frame_width, search))
        height = sum(f.wrap(p.frame_width, frame_height)[1] for f in content)
        sep = Separator(styles(paper).body.fontSize * 0.6) if out else None
        if height > frame_height:
            # taller than a page (check refuses it before a build): stack it rather than crash
            content = unbox(content)
        else:
            out.append(KeepWithNext(height + (sep.height if sep else 0)))  # a block stays whole
        out += ([sep] if sep else []) + content
    return out


class Separator(Spacer):
    """White space with a thin rule across its middle; like any space, dropped at a page top."""

    def __init__(self, height: float):
        super().__init__(0, height)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, self.height / 2, self.width, self.height / 2)


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
