"""A procedure as card images for a Zalo or Facebook post: 1080×1350 px (a portrait post).

Laid out by the posters' engine (reportlab flowables, ``paginate``) on a page of 1080×1350
points, rasterised 1 point = 1 pixel with pypdfium2. Every card carries the QR code, its host,
the office and its phone, so any one of them forwarded alone is still useful. What does not fit
the first card (long lists of papers) flows onto a second; what does not fit two (nobody looks
through a third) is counted on the last: "Còn 9 giấy tờ khác (số 5 đến 13)", with where to read
them (the caption, which lists every paper; the QR; the sheet at the cultural house). A paper is
never cut: it is on a card whole, or counted.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from ... import model as m
from ...qr import encode as qr
from ...fonts import BOLD, REGULAR, SEMIBOLD, register
from ...plan.apply import handed_in_at, how_to_apply
from ...labels import LABELS
from ...render.pdf.content import fact, letter
from ...render.pdf.paginate import LayoutError, Page, draw_page, paginate
from ...render.pdf.styles import ACCENT, INK, MUTED
import pypdfium2
from PIL import Image

WIDTH, HEIGHT = 1080, 1350
MARGIN = 56
BAND = 120  # the coloured band on top: commune and province
QR_MODULE = 8  # px per module: ~360 px codes, crisp (whole pixels), ≥ 4.5 px after a 640 px resize
FOOT = 450  # the bottom block: QR code, host, office, phone
GAP = 36
PAD = 24  # inside the bottom block
PALE = colors.HexColor("#FFF4D6")
MAX_CARDS = 2  # a post of more images is scrolled past; the caption carries the rest
SAMPLE_STRIP = colors.HexColor("#FFD84D")  # the bundled sample's mark: yellow, not the band's red


@dataclass(frozen=True)
class Target:
    url: str
    host: str
    caption: str  # printed beside the code: what scanning it does
    link_label: str  # before the link written out in the caption text


def _styles(k: float = 1.0) -> dict[str, ParagraphStyle]:
    """The card's type at scale ``k`` (1: the large type; a little less to keep one card)."""
    register()

    def st(name: str, font: str, size: float, lead: float = 1.25, **kw) -> ParagraphStyle:
        size *= k
        for key in ("spaceBefore", "spaceAfter", "leftIndent"):
            if key in kw:
                kw[key] *= k
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=round(size * lead),
                              textColor=kw.pop("textColor", INK), bulletFontName=font,
                              bulletFontSize=size, **kw)

    return {
        "name": st("name", BOLD, 64, 1.15, textColor=ACCENT, spaceAfter=8),
        "name_small": st("name_small", BOLD, 52, 1.15, textColor=ACCENT, spaceAfter=8),
        "cont": st("cont", BOLD, 40, 1.2, textColor=ACCENT),
        "fact": st("fact", REGULAR, 38, 1.25, spaceBefore=10),
        "heading": st("heading", BOLD, 40, 1.2, textColor=ACCENT, spaceBefore=20, spaceAfter=4),
        "item": st("item", REGULAR, 36, 1.25, leftIndent=62, bulletIndent=0, spaceBefore=8),
        "more": st("more", BOLD, 34, 1.22, textColor=ACCENT, spaceBefore=20),
    }


def _para(text: str, style: ParagraphStyle, label: str | None = None, bullet: str | None = None) -> Paragraph:
    body = escape(text).replace("\n", "<br/>")
    if label:
        body = f"<font name='{BOLD}'>{escape(label)}:</font> {body}"
    return Paragraph(body, style, bulletText=bullet)


class Whole(Flowable):
    """A paper and its items: on one card whole, never split across two (card 2 forwarded
    alone must make sense, and the count of what is left off must be of whole papers)."""

    def __init__(self, parts: list[Paragraph]):
        super().__init__()
        self.parts, self.style = parts, parts[0].style  # the first's spaceBefore, for paginate
        self._heights: list[tuple[float, float]] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._heights = [(f.style.spaceBefore if i else 0, f.wrap(aw, ah)[1]) for i, f in enumerate(self.parts)]
        self.width, self.height = aw, sum(b + h for b, h in self._heights)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list:
        return []

    def draw(self) -> None:
        y = self.height
        for f, (before, h) in zip(self.parts, self._heights):
            y -= before + h
            f.drawOn(self.canv, 0, y)


def _paper(i: int, paper: m.Paper, s: dict[str, ParagraphStyle]) -> Whole:
    """Paper ``i``, its items lettered under it (a), b), … as the sheet letters them)."""
    item = ParagraphStyle("sub", parent=s["item"], leftIndent=s["item"].leftIndent + 56,
                          bulletIndent=s["item"].leftIndent, spaceBefore=4)
    return Whole([_para(paper.text, s["item"], bullet=f"{i}.")]
                 + [_para(t, item, bullet=letter(k)) for k, t in enumerate(paper.sub_items)])


def more_line(shown: int, papers: int, target: Target | None) -> str:
    """What the last card says of the papers not on it: how many, which, where they are."""
    left = papers - shown
    which = f"{shown + 1}" if left == 1 else f"{shown + 1}–{papers}"
    return LABELS["share_more_scan" if target else "share_more_ask"].format(n=left, which=which)


def _flow(p: m.Procedure, s: dict[str, ParagraphStyle], target: Target | None,
          shown: int, only_at: tuple[str, ...] = ()) -> list[Flowable]:
    """The card text with the first ``shown`` papers (and the count of the others); ``only_at``:
    the cultural houses that post it, when only some of the commune's do (a card travels alone)."""
    name_style = s["name"] if len(p.name) <= 60 else s["name_small"]
    flow: list[Flowable] = [_para(p.name, name_style),
                            *(fact(LABELS["posted_at"], ", ".join(only_at), s["fact"]) if only_at else []),
                            *fact(LABELS["time"], p.time, s["fact"]),  # a line per channel
                            *fact(LABELS["fee"], p.fee, s["fact"])]
    papers: list[Whole] = []
    if p.documents:
        papers += [_paper(i, d, s) for i, d in enumerate(p.papers()[:shown], 1)]
        if shown < len(p.documents):
            papers.append(Whole([_para(more_line(shown, len(p.documents), target), s["more"])]))
    else:  # the rules allow a procedure without its papers listed: say where to read them
        papers.append(Whole([_para(LABELS["share_documents_scan"] if target else LABELS["share_documents_ask"],
                                   s["item"])]))
    # the heading and what comes first under it are one piece: a card never ends on
    # "Giấy tờ cần mang" with the papers on the next
    papers[0] = Whole([_para(LABELS["share_documents"], s["heading"]), *papers[0].parts])
    return flow + papers


class Foot(Flowable):
    """The block at the bottom of every card: the QR code with its caption and host on the
    left, the office and its phone on the right (or only the office when there is no code)."""

    def __init__(self, p: m.Procedure, office: m.Office, target: Target | None):
        super().__init__()
        self.p, self.office, self.target = p, office, target
        self.width, self.height = WIDTH - 2 * MARGIN, FOOT

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(PALE)
        c.roundRect(0, 0, self.width, self.height, 24, stroke=0, fill=1)
        left = self._qr(c) if self.target else 0
        text_w = self.width - left - 2 * PAD
        # the office's own texts can be long: the type shrinks a little rather than spill
        for scale in (1.0, 0.92, 0.84, 0.76, 0.68, 0.6):
            lines = self._office(scale)
            heights = [f.wrap(text_w, self.height)[1] + f.style.spaceBefore for f in lines]
            if sum(heights) <= self.height - 2 * PAD:
                break
        y = self.height - PAD
        for f, h in zip(lines, heights):
            y -= h
            f.drawOn(c, left + PAD, y)

    def _office(self, k: float) -> list[Paragraph]:
        def st(font: str, size: float, before: float, color=INK) -> ParagraphStyle:
            return ParagraphStyle(f"{font}{size}", fontName=font, fontSize=size * k,
                                  leading=size * k * 1.22, spaceBefore=before * k, textColor=color)

        o = self.office
        how = how_to_apply(self.p, search=False)  # no QR: as the posters word it
        said = self.target.caption if self.target else (how.text if how.in_person else how.long)
        lines = [_para(said, st(BOLD, 34, 0, ACCENT))]
        elsewhere = handed_in_at(self.p, o)  # "Công an xã": the file goes there, not to the office
        if elsewhere:
            lines += [_para(LABELS["share_hand_in"] + ":", st(REGULAR, 30, 12)),
                      _para(elsewhere, st(SEMIBOLD, 30, 4))]
        lines += [_para(LABELS["share_ask_more" if elsewhere else "share_ask"] + ":", st(REGULAR, 30, 12)),
                  _para(o.name, st(SEMIBOLD, 30, 4)),
                  _para(o.address, st(REGULAR, 28, 4)),
                  _para(LABELS["phone"] + ":", st(REGULAR, 30, 12)),
                  _para(o.phone, st(BOLD, 54, 0))]
        return lines

    def _qr(self, c) -> float:
        """Draw the code in whole pixels (the card's origin is a whole pixel too); returns the
        width it takes."""
        target = self.target
        assert target is not None
        n = qr.modules(target.url)
        module = max(5, min(QR_MODULE, (self.height - 2 * PAD - 70) // n))
        side = n * module
        x0, y0 = PAD, self.height - PAD + 4 - side
        c.setFillColorRGB(1, 1, 1)
        c.rect(x0, y0, side, side, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        path = c.beginPath()
        for row, col, run in qr.runs(target.url):
            path.rect(x0 + (col + qr.QUIET) * module, y0 + side - (row + qr.QUIET + 1) * module,
                      run * module, module)
        c.drawPath(path, stroke=0, fill=1)
        c.setFillColor(INK)
        y: float = y0 - 2
        for font, size, text in ((BOLD, 32, target.host), (SEMIBOLD, 26, f"{LABELS['code']} {self.p.code}")):
            while stringWidth(text, font, size) > side + 2 * PAD and size > 18:
                size -= 1
            y -= size * 1.15
            c.setFont(font, size)
            c.drawCentredString(x0 + side / 2, y, text)
        return x0 + side


# Slightly smaller type only: on a phone a card is ~390 px wide, so 36 px body type is ~13 px
# there; rather a second card than type an elder cannot read without zooming.
SCALES = (1.0, 0.92)


@dataclass(frozen=True)
class Layout:
    pages: list[Page]
    shown: int  # the papers on the cards, from the first; the others are counted on the last


def _paginate(p: m.Procedure, target: Target | None, k: float, shown: int,
              only_at: tuple[str, ...] = ()) -> list[Page] | None:
    """The cards at type scale ``k`` with ``shown`` papers; None when a paper is taller than a card."""
    s = _styles(k)
    frame_h = HEIGHT - BAND - 36 - FOOT - GAP - MARGIN
    cont = [_para(f"{p.name} {LABELS['continued']}", s["cont"])]
    try:
        return paginate(_flow(p, s, target, shown, only_at), WIDTH - 2 * MARGIN, lambda i: frame_h,
                        lambda i: cont if i else [])
    except LayoutError:
        return None


def layout(p: m.Procedure, target: Target | None, only_at: tuple[str, ...] = ()) -> Layout:
    """One card (slightly smaller type when that keeps it to one), else two in the large type
    with as many papers as they hold, each whole, from the first."""
    n = len(p.documents)
    for k in SCALES:
        pages = _paginate(p, target, k, n, only_at)
        if pages is not None and len(pages) == 1:
            return Layout(pages, n)
    fits = lambda pages: pages is not None and len(pages) <= MAX_CARDS  # noqa: E731
    pages = _paginate(p, target, SCALES[0], n, only_at)
    if fits(pages):
        return Layout(pages, n)  # type: ignore[arg-type]
    # the most papers, with the count of the others, that two cards hold: more papers never take
    # less room, so a binary search over 0..n-1
    low, high = 0, n - 1
    best = _paginate(p, target, SCALES[0], 0, only_at)
    if not fits(best):
        raise LayoutError(f"{p.code}: the name, time and fee do not fit {MAX_CARDS} cards")
    while low < high:
        mid = (low + high + 1) // 2
        pages = _paginate(p, target, SCALES[0], mid, only_at)
        if fits(pages):
            low, best = mid, pages
        else:
            high = mid - 1
    return Layout(best, low)  # type: ignore[arg-type]


def cards_pdf(p: m.Procedure, commune: m.Commune, province: str, target: Target | None,
              sample: bool = False, only_at: tuple[str, ...] = ()) -> tuple[bytes, Layout]:
    """A PDF with one page per card, and its layout (how many cards, papers shown); ``sample``:
    each marked "BẢN MẪU" on a strip under the band, in the gap above the text (nothing moves)."""
    laid = layout(p, target, only_at)
    pages = laid.pages
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(WIDTH, HEIGHT), invariant=1, pageCompression=1)
    c.setTitle(p.name)
    for i, page in enumerate(pages, 1):
        c.setFillColor(ACCENT)
        c.rect(0, HEIGHT - BAND, WIDTH, BAND, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        head = f"{commune.name}, {province}"
        size = 40
        while stringWidth(head, BOLD, size) > WIDTH - 2 * MARGIN - 160 and size > 24:
            size -= 1
        c.setFont(BOLD, size)
        c.drawString(MARGIN, HEIGHT - BAND / 2 - size * 0.35, head)
        if len(pages) > 1:
            c.setFont(SEMIBOLD, 32)
            c.drawRightString(WIDTH - MARGIN, HEIGHT - BAND / 2 - 11, f"{LABELS['card']} {i}/{len(pages)}")
        if sample:
            c.setFillColor(SAMPLE_STRIP)
            c.rect(0, HEIGHT - BAND - 34, WIDTH, 34, stroke=0, fill=1)
            c.setFillColor(ACCENT)
            c.setFont(BOLD, 24)
            c.drawCentredString(WIDTH / 2, HEIGHT - BAND - 26, LABELS["sample_mark"])
        draw_page(c, page, MARGIN, HEIGHT - BAND - 36)
        if i < len(pages):
            c.setFillColor(MUTED)
            c.setFont(SEMIBOLD, 30)
            c.drawRightString(WIDTH - MARGIN, MARGIN + FOOT + 8, LABELS["share_next"])
        Foot(p, commune.office, target).drawOn(c, MARGIN, MARGIN)
        c.showPage()
    c.save()
    return buf.getvalue(), laid


def rasterise(pdf: bytes) -> list[bytes]:
    """Each page of ``pdf`` as a 1080×1350 PNG: 64 colours (a card has a handful, plus the
    edges of letters), a quarter of the bytes of a full-colour PNG and quicker to write."""

    doc = pypdfium2.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            image = doc[i].render(scale=1).to_pil().convert("RGB")
            assert image.size == (WIDTH, HEIGHT), image.size
            buf = io.BytesIO()
            image.quantize(colors=64, method=Image.Quantize.FASTOCTREE).save(buf, format="PNG")
            out.append(buf.getvalue())
        return out
    finally:
        doc.close()
