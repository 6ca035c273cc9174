"""The text of a procedure as flowables: shared by the overview and the detail sheets."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.flowables import ImageAndFlowables

from ... import model as m
from ...labels import CHANNELS, LABELS, language_name
from .styles import ParagraphStyle, Styles


def para(text: str, style: ParagraphStyle, bold_prefix: str | None = None, **kw) -> Paragraph:
    """A paragraph of user text: escaped (never markup), line breaks kept."""
    body = escape(text).replace("\n", "<br/>")
    if bold_prefix:
        body = f"<font name='BeVietnamPro-Bold'>{escape(bold_prefix)}:</font> {body}"
    return Paragraph(body, style, **kw)


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


def bullet(text: str, style: ParagraphStyle, mark: str) -> Paragraph:
    """A list item with a hanging indent so wrapped lines align under the text."""
    hanging = ParagraphStyle(f"{style.name}-item", parent=style,
                             leftIndent=style.leftIndent + style.fontSize * 1.8,
                             bulletIndent=style.leftIndent, spaceBefore=style.fontSize * 0.15)
    return Paragraph(escape(text).replace("\n", "<br/>"), hanging, bulletText=mark)


def how_to_apply(proc: m.Procedure) -> tuple[str, str, bool]:
    """(label, text, in person only): online when the poster prints a link to apply with, else
    in person (by post too when the catalogue says so) at the office the page's footer names.
    The one place both the board and the sheet take it from, so they never disagree (a
    catalogue may list "online" for a procedure with no link)."""
    if proc.online:
        scope = LABELS["scope_full_short" if proc.online.scope == "full" else "scope_partial_short"]
        return LABELS["online"], scope, False
    postal = f" {LABELS['or_postal']}" if "postal" in proc.channels else ""
    return LABELS["in_person"], f"{LABELS['in_person']}{postal}", True


def channels_text(proc: m.Procedure) -> str | None:
    """The ways to hand in the file, as printed: "online" only when a link is printed."""
    names = [CHANNELS[c] for c in proc.channels if c != "online" or proc.online]
    return ", ".join(names) if names else None


class BesideCode(ImageAndFlowables):
    """Text flowing beside a QR code, then on under it at full width: long texts use the
    whole width below the code (a board block, a sheet's facts and papers)."""

    canv = None  # measured before any canvas exists (paginate measures first, then draws)

    def split(self, aw: float, ah: float) -> list[Flowable]:
        parts = super().split(aw, ah)
        if parts:
            parts[0].__class__ = BesideCode  # reportlab makes the first part a plain one
        return parts

    def parts(self) -> list[Flowable]:
        return [self._I] + list(self._content)


def unbox(content: list[Flowable]) -> list[Flowable]:
    """The flowables inside wrappers with ``parts()`` (text beside a QR code, cached blocks),
    one under another: for a block taller than a page, which must not stay whole."""
    out: list[Flowable] = []
    for f in content:
        parts = getattr(f, "parts", None)
        out += unbox(parts()) if parts is not None else [f]
    return out
