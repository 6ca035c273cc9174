"""The loudspeaker script as an A4 PDF for the announcer: large type, a heading per procedure
that never ends a page, page numbers in the footer."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from ...fonts import BOLD, REGULAR
from ...labels import LABELS
from ...render.pdf.styles import ACCENT, INK
from ...render.pdf.sample_mark import draw_mark
from .script import PAPERS_LEAD, PAPERS_MORE, Script
from reportlab.lib.styles import ParagraphStyle
from ...fonts import register

BODY = 16  # pt: read at arm's length under a station's lamp, by someone who may need glasses
MARGIN = 20 * mm


def script_pdf(script: Script, invariant: bool = True, sample: bool = False) -> tuple[bytes, int]:
    """The PDF and its number of pages (``sample``: each page marked "BẢN MẪU")."""
    register()
    title = ParagraphStyle("title", fontName=BOLD, fontSize=22, leading=28, textColor=ACCENT)
    date = ParagraphStyle("date", fontName=REGULAR, fontSize=BODY - 2, leading=(BODY - 2) * 1.4,
                          textColor=INK, spaceAfter=6)
    heading = ParagraphStyle("heading", fontName=BOLD, fontSize=BODY + 2, leading=(BODY + 2) * 1.3,
                             textColor=ACCENT, spaceBefore=12, spaceAfter=4, keepWithNext=1)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=BODY, leading=BODY * 1.5, textColor=INK,
                          spaceAfter=3)
    paper = ParagraphStyle("paper", parent=body, leftIndent=8 * mm)  # the list stands out to the eye
    story = [Paragraph(escape(script.title), title)] + [Paragraph(escape(line), date) for line in script.lines]
    for part in script.parts:
        # the heading stays with the first sentence; parts flow on, the page is not left half empty
        story.append(Paragraph(escape(part.heading), heading))
        listing = False
        for s in part.sentences:
            listing = s == PAPERS_LEAD or (listing and (s.startswith("Thứ ") or s == PAPERS_MORE))
            story.append(Paragraph(escape(s), paper if listing and s != PAPERS_LEAD else body))
    story.append(Spacer(1, 4 * mm))

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 12)
        canvas.setFillColor(INK)
        where = script.commune.name
        if script.count > 1:  # which bulletin a loose page belongs to
            where += f" · Bản tin số {script.number}/{script.count}"
        canvas.drawString(MARGIN, 10 * mm, where)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"Trang {doc.page}")
        canvas.restoreState()
        if sample:
            draw_mark(canvas, A4[0], A4[1] - MARGIN, MARGIN, text=LABELS["sample_mark_air"])

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=script.title,
                            author="noticeboard", invariant=int(invariant))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue(), doc.page
