"""The text of a procedure as flowables: shared by the overview and the detail sheets."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

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


def how_to_apply(proc: m.Procedure, office: m.Office) -> tuple[str, str, bool]:
    """(label, text, in person only): online when the poster prints a link to apply with,
    else in person at the office. The one place both the board and the sheet take it from,
    so they never disagree (a catalogue may list "online" for a procedure with no link)."""
    if proc.online:
        scope = LABELS["scope_full_short" if proc.online.scope == "full" else "scope_partial_short"]
        return LABELS["online"], scope, False
    postal = f" {LABELS['or_postal']}" if "postal" in proc.channels else ""
    return LABELS["in_person"], f"{office.name}{postal}", True


def channels_text(proc: m.Procedure) -> str | None:
    """The ways to hand in the file, as printed: "online" only when a link is printed."""
    names = [CHANNELS[c] for c in proc.channels if c != "online" or proc.online]
    return ", ".join(names) if names else None


def beside(text: list[Flowable], code: Flowable, width: float, gap: float) -> Table:
    """Text on the left, a QR code on the right, top-aligned, ``width`` wide in all."""
    table = Table([[text, code]], colWidths=[width - code.width - gap, code.width + gap])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("LEFTPADDING", (1, 0), (1, 0), gap),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def unbox(content: list[Flowable]) -> list[Flowable]:
    """The flowables inside text-beside-QR tables (and wrappers with ``parts()``), one under
    another: for a block taller than a page, which a one-row table could not split."""
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
