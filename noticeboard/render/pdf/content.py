"""The text of a procedure as flowables: shared by the overview and the detail sheets."""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ... import model as m
from ...fonts import SEMIBOLD
from ...labels import language_name
from .styles import ParagraphStyle


class _Lru(OrderedDict):
    """A bounded memo: old entries age out, so memory stays flat over a province."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def get_fresh(self, key: Any) -> Any:
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value

    def put(self, key: Any, value: Any) -> None:
        self[key] = value
        if len(self) > self.size:
            self.popitem(last=False)


_PARSED = _Lru(8192)    # (markup, style, bullet) -> the paragraph's state after parsing
_BROKEN = _Lru(16384)   # (markup, style, bullet, width) -> its state after line breaking


class SharedParagraph(Paragraph):
    """A Paragraph whose parse and line breaking are done once for every paragraph of the same
    markup, style and width: the kit, the binder and the sheets set the same labels and texts
    in every village and commune. Each paragraph keeps its own state (nothing is shared that
    drawing or splitting changes); splitting gives plain paragraphs."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        key = getattr(self, "nb_key", None)
        if key is None:
            return super().wrap(availWidth, availHeight)
        done = _BROKEN.get_fresh((key, availWidth))
        if done is None:
            super().wrap(availWidth, availHeight)
            _BROKEN.put((key, availWidth), dict(self.__dict__))
        else:
            self.__dict__.update(done)
        return self.width, self.height


def shared_paragraph(body: str, style: ParagraphStyle, bulletText: str | None = None) -> Paragraph:
    key = (body, id(style), bulletText)
    state = _PARSED.get_fresh(key)
    if state is None or state["nb_style"] is not style:   # an id reused after a style died
        p = SharedParagraph(body, style, bulletText=bulletText)
        p.nb_style, p.nb_key = style, object()   # line breaks are keyed by this parse alone
        _PARSED.put(key, dict(p.__dict__))
        return p
    p = SharedParagraph.__new__(SharedParagraph)
    p.__dict__.update(state)
    return p


def para(text: str, style: ParagraphStyle, bold_prefix: str | None = None,
         bulletText: str | None = None) -> Paragraph:
    """A paragraph of user text: escaped (never markup), line breaks kept."""
    body = escape(text).replace("\n", "<br/>")
    if bold_prefix:
        body = f"<font name='BeVietnamPro-Bold'>{escape(bold_prefix)}:</font> {body}"
    return shared_paragraph(body, style, bulletText)


# Items under a paper are lettered as Vietnamese texts letter them: a), b), c), d), đ), e) ...
LETTERS = "abcdđeghiklmnopqrstuvxy"


def letter(k: int) -> str:
    return f"{LETTERS[k % len(LETTERS)]})" if k < len(LETTERS) else f"{k + 1})"


def fact(label: str, value: str, style: ParagraphStyle) -> list[Flowable]:
    """A fact after its label ("Phí, lệ phí: Miễn phí"); a value that differs by channel gets
    a line per channel under its label ("– Trực tiếp: …", wrapped lines under the text), never
    one joined line, and stands with its label as one block (beside a QR code, say)."""
    parts = m.by_channel(value)
    if len(parts) < 2 and not (parts and parts[0][0]):
        return [para(value, style, bold_prefix=label)]
    lines = [bullet(text, style, "\u2013", prefix=m.channel_word(channel))  # type: ignore[arg-type]
             for channel, text in parts]
    return [Together([para("", style, bold_prefix=label), *lines])]


class Together(Flowable):
    """Flowables that stand together, one under another (a label and its lines): one item
    where text stands beside a QR code; split between them only where a page ends."""

    def __init__(self, items: list[Flowable]):
        super().__init__()
        self.items = items
        self.style = getattr(items[0], "style", None)  # its space before is the first one's

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.laid = [(f, f.wrap(aw, 1e6)[1], _space_before(f) if i else 0.0) for i, f in enumerate(self.items)]
        self.width, self.height = aw, sum(h + b for _, h, b in self.laid)
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return list(self.items)

    def parts(self) -> list[Flowable]:
        return list(self.items)

    def draw(self) -> None:
        y = self.height
        for f, h, before in self.laid:
            y -= before + h
            f.drawOn(self.canv, 0, y)


def paper_items(paper: str, style: ParagraphStyle, make=None) -> list[Flowable]:
    """The items of a paper that announces a list, each on its own line under it, indented
    one step further and lettered; [] for a plain paper. ``make(text, style, mark)`` sets
    one item (default: ``bullet``)."""
    items = getattr(paper, "sub_items", ())
    if not items:
        return []
    return [(make or bullet)(text, _deeper(style), letter(k)) for k, text in enumerate(items)]


@lru_cache(maxsize=256)
def _deeper(style: ParagraphStyle) -> ParagraphStyle:
    """One step further in than ``style`` (one style object a style: shared paragraphs key on it)."""
    return ParagraphStyle(f"{style.name}-sub", parent=style, leftIndent=style.leftIndent + style.fontSize * 1.8)


def paper_text(paper: str) -> str:
    """The paper's own line (its items are set under it by ``paper_items``)."""
    return getattr(paper, "text", paper)


def translations(proc: m.Procedure, name: str, languages: tuple[str, ...], style: ParagraphStyle,
                 numbered: bool = False) -> list[Paragraph]:
    """The translated text of one field in each wanted language, printed under the Vietnamese."""
    out = []
    for lang in languages:
        value = proc.translated(lang, name)
        if value is None:
            continue
        label = language_name(lang)
        if isinstance(value, tuple):
            out.append(para(label, style))
            for i, item in enumerate(value, 1):
                out.append(bullet(item, style, f"{i}." if numbered else "•"))
        else:
            out.append(para(value, style, bold_prefix=label))
    return out


def bullet(text: str, style: ParagraphStyle, mark: str, prefix: str | None = None) -> Paragraph:
    """A list item with a hanging indent so wrapped lines align under the text (``prefix``
    in semibold before it: "Trực tiếp: …")."""
    body = escape(text).replace("\n", "<br/>")
    if prefix:
        body = f"<font name='{SEMIBOLD}'>{escape(prefix)}:</font> {body}"
    return shared_paragraph(body, hanging(style, 1.8, style.fontSize * 0.15), mark)


@lru_cache(maxsize=256)  # one style object per kind of item: paragraphs share their parse by it
def hanging(style: ParagraphStyle, indent: float, space_before: float) -> ParagraphStyle:
    """``style`` for a list item: its mark at the style's indent, the text (and its wrapped
    lines) ``indent`` font sizes further in."""
    return ParagraphStyle(f"{style.name}-item-{indent}", parent=style,
                          leftIndent=style.leftIndent + style.fontSize * indent,
                          bulletIndent=style.leftIndent, spaceBefore=space_before)


def beside(text: list[Flowable], code: Flowable, width: float, gap: float) -> Table:
    """Text on the left, a QR code on the right, top-aligned, ``width`` wide in all (the binder)."""
    table = Table([[text, code]], colWidths=[width - code.width - gap, code.width + gap])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("LEFTPADDING", (1, 0), (1, 0), gap),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


class BesideCode(Flowable):
    """Text beside a QR code (top right), then on under it at full width: whole paragraphs
    stand beside the code while they fit its height (at least the first), the rest run below,
    so a long text uses the whole width under the code. Splits between the two parts."""

    def __init__(self, code: Flowable, content: list[Flowable], gap: float):
        super().__init__()
        self.code, self.content, self.gap = code, list(content), gap

    def _columns(self, aw: float) -> tuple[list[tuple[Flowable, float, float]], list[Flowable], float]:
        """(beside: (flowable, height, space before), below, height of the beside part)."""
        width = aw - self.code.width - self.gap
        beside: list[tuple[Flowable, float, float]] = []
        used = 0.0
        for i, f in enumerate(self.content):
            before = _space_before(f) if beside else 0.0
            h = f.wrap(width, 1e6)[1]
            if beside and used + before + h > self.code.height:
                return beside, self.content[i:], max(used, self.code.height)
            beside.append((f, h, before))
            used += before + h
        return beside, [], max(used, self.code.height)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.beside, self.below, self.top = self._columns(aw)
        below = 0.0
        for f in self.below:
            below += _space_before(f) + f.wrap(aw, 1e6)[1]
        self.width, self.height = aw, self.top + below
        self.text_height = self.height if self.below else sum(h + b for _, h, b in self.beside)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        if not self.below or self.top > ah:
            return []
        return [BesideCode(self.code, [f for f, _, _ in self.beside], self.gap)] + self.below

    def parts(self) -> list[Flowable]:
        return [self.code] + self.content

    def draw(self) -> None:
        y = self.height
        for f, h, before in self.beside:
            y -= before + h
            f.drawOn(self.canv, 0, y)
        y = self.height - self.top
        for f in self.below:
            _, h = f.wrap(self.width, 1e6)
            y -= _space_before(f) + h
            f.drawOn(self.canv, 0, y)
        # the code last: its white quiet zone covers nothing of the text, which reads first
        self.code.drawOn(self.canv, self.width - self.code.width, self.height - self.code.height)


def _space_before(f: Flowable) -> float:
    return getattr(getattr(f, "style", None), "spaceBefore", 0) or 0


def unbox(content: list[Flowable]) -> list[Flowable]:
    """The flowables inside text-beside-QR tables and wrappers with ``parts()`` (cached blocks),
    one under another: for a block taller than a page, which must not stay whole."""
    out: list[Flowable] = []
    for f in content:
        parts = getattr(f, "parts", None)
        if parts is not None:
            out += unbox(parts())
        elif isinstance(f, Table):
            for cell in f._cellvalues[0]:
                # reportlab keeps list cells as a tuple subclass
                out += list(cell) if isinstance(cell, (list, tuple)) else [cell]
        else:
            out.append(f)
    return out
