"""Annex tables typeset without ruling lines: columns kept apart by white space only (many PDF
annexes; a Word table with its borders removed). The text strategy pdfplumber calls "text",
on PDFium's character boxes: words from the characters, lines from the words, and the column
borders where no word of the table's rows ever stands (the white "rivers" between columns).

A table is found by its header (STT, Mã TTHC, Tên thủ tục … as ``headings.header_key`` knows
them); the rows under it start at a line with a row number or a code, and the lines below
that without either continue it (a name wrapped in its cell). A page without a header whose
lines fall into the previous page's columns continues that table. Cells set in the middle of
a tall row (vertically centred) are not told apart from the row above: such annexes need
their ruling lines, or the DOCX.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pypdfium2.raw as raw

from ..load.sheet import norm
from .headings import header_key_folded, heading

GUTTER = 0.45  # ems: a white gap this wide, in every row, parts two columns (a space is ~0.3 em)
HEADER_LINES = 4  # a header's cells wrap over at most this many lines
_NUMBER = re.compile(r"^\d{1,4}\.?$")
_CODE = re.compile(r"\d\.\d{6}")


@dataclass
class Word:
    x0: float
    x1: float
    bottom: float
    top: float
    text: str
    size: float  # the font size, points

    @property
    def mid(self) -> float:
        return (self.x0 + self.x1) / 2


Line = list[Word]
Found = tuple[float, tuple[float, float, float, float], list[list[str | None]]]


def words(text: Any, exclude: list[tuple[float, float, float, float]]) -> list[Word]:
    """The page's words outside ``exclude`` (ruled tables), from PDFium's character boxes."""
    n = text.count_chars()
    full = text.get_text_range(0, n) if n else ""
    out: list[Word] = []
    current: Word | None = None
    for i in range(min(n, len(full))):
        ch = full[i]
        left, bottom, right, top = text.get_charbox(i)
        if ch.isspace() or (right - left <= 0 and top - bottom <= 0):
            current = None
            continue
        cx, cy = (left + right) / 2, (bottom + top) / 2
        if any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in exclude):
            current = None
            continue
        size = raw.FPDFText_GetFontSize(text.raw, i) or (top - bottom) or 1.0
        # a word ends at a space (PDFium adds one where the layout leaves a gap), or where the
        # next letter stands off by a space's width or on another line (glyph boxes are tight)
        if current is not None and left - current.x1 < size * 0.3 and abs(bottom - current.bottom) < size * 0.5:
            current.x1, current.text = max(current.x1, right), current.text + ch
            current.top, current.bottom = max(current.top, top), min(current.bottom, bottom)
        else:
            current = Word(left, right, bottom, top, ch, size)
            out.append(current)
    return out


def lines(found: list[Word]) -> list[Line]:
    """Words in lines, top to bottom, each line left to right."""
    out: list[Line] = []
    for w in sorted(found, key=lambda w: -w.top):
        height = w.top - w.bottom
        mid = (w.top + w.bottom) / 2
        for line in out[-3:]:
            ref = line[0]
            if abs((ref.top + ref.bottom) / 2 - mid) < max(height, ref.top - ref.bottom) * 0.5:
                line.append(w)
                break
        else:
            out.append([w])
    return [sorted(line, key=lambda w: w.x0) for line in out]


def _chunks(line: Line) -> list[Line]:
    """A line's runs of words with no gap of GUTTER or more between them."""
    out: list[Line] = []
    for w in line:
        if out and w.x0 - out[-1][-1].x1 < GUTTER * max(w.size, out[-1][-1].size):
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _text(line: Line) -> str:
    return " ".join(w.text for w in line)


def _starts_row(line: Line) -> bool:
    return bool(_NUMBER.match(line[0].text)) or any(_CODE.search(w.text) for w in line)


def _bodylines(body: list[Line]) -> list[Line]:
    """The lines that show where the columns are: a row's lines with texts in two columns or
    more (a heading over the whole table, "II. Danh mục …", crosses the white between them)."""
    return [ln for ln in body if len(_chunks(ln)) > 1 and heading(_text(ln)) == (None, None, None)]


def _header_at(all_lines: list[Line], i: int) -> int:
    """How many lines from ``i`` on name a table's columns (0: no header starts there): the
    fewest that hold STT or Mã and Tên (the rest of a wrapped header is added by ``_grow``)."""
    for n in range(1, HEADER_LINES + 1):
        block = all_lines[i:i + n]
        if len(block) < n or any(_starts_row(line) for line in block):
            return 0
        folded = norm(" ".join(_text(line) for line in block)).split()
        named = [header_key_folded(norm(_text(c))) for c in _chunks(block[0])]
        if "ten" in folded and ({"stt", "tt", "ma"} & set(folded)) and len(named) >= 3 and \
                {"stt", "code", "name"} & set(named):
            return n
    return 0


def _tight(above: Line, line: Line) -> bool:
    """The next line of the same cell (no row's padding between them)."""
    # the white between two lines of one cell is under 0.7 em (a line's leading less its
    # letters); a row's padding adds about half an em to it
    return min(w.bottom for w in above) - max(w.top for w in line) < max(w.size for w in above) * 0.7


def _grow(all_lines: list[Line], i: int, n: int, borders: list[float]) -> int:
    """The header's lines: those found, then each next line of their cells (set tight under
    them) or under a header text crossing a border (the parts of a merged cell)."""
    while n < 2 * HEADER_LINES and i + n < len(all_lines):
        line, header = all_lines[i + n], all_lines[i:i + n]
        if _is_row(line, borders):
            break
        merged = {c for h in header for chunk in _chunks(h)
                  for first, last in [_span(chunk, borders)] if last > first for c in range(first, last + 1)}
        under = bool(merged) and all(_column(w.mid, borders) in merged for w in line)
        if not (_tight(header[-1], line) or under):
            break
        n += 1
    return n


def _span(chunk: Line, borders: list[float]) -> tuple[int, int]:
    """The columns a header text stands over: those it crosses, or the two either side of a
    border it is centred on (a short title over two narrow parts: "Cung cấp DVCTT")."""
    first, last = _column(chunk[0].x0 + 0.5, borders), _column(chunk[-1].x1 - 0.5, borders)
    mid = (chunk[0].x0 + chunk[-1].x1) / 2
    for k, border in enumerate(borders):
        if first == last and abs(mid - border) < chunk[0].size * 0.5:
            return k, k + 1
    return first, last


def _is_row(line: Line, borders: list[float]) -> bool:
    """A row's first line: a number in the first column, or a whole code."""
    return (bool(_NUMBER.match(line[0].text)) and _column(line[0].mid, borders) == 0) or \
        any(_CODE.search(w.text) for w in line)


def _borders(rows: list[Line], header: list[Line]) -> list[float]:
    """Column borders: the middles of the white gaps no word of the rows crosses; a header
    text standing alone in a wide gap (a column empty in every row) parts it again."""
    spans = sorted((w.x0, w.x1, w.size) for line in rows for w in line)
    if not spans:
        return []
    gaps: list[tuple[float, float]] = []
    right = spans[0][1]
    for x0, x1, size in spans[1:]:
        if x0 - right >= GUTTER * size:
            gaps.append((right, x0))
        right = max(right, x1)
    for chunk in (c for line in header for c in _chunks(line)):
        a, b = chunk[0].x0, chunk[-1].x1
        room = GUTTER * chunk[0].size
        for g, (g0, g1) in enumerate(gaps):
            if g0 + room <= a and b <= g1 - room:
                gaps[g:g + 1] = [(g0, a), (b, g1)]
                break
    # a cell's text starts at its left edge (after its padding): the border stands just before
    # the next column's text, or in the middle of a narrow gap
    size = spans[0][2]
    return [max((g0 + g1) / 2, g1 - GUTTER * size) for g0, g1 in gaps]


def _column(x: float, borders: list[float]) -> int:
    return sum(1 for b in borders if x > b)


def _row_cells(block: list[Line], borders: list[float]) -> list[str | None]:
    """Cell texts of one row's lines, each word in the column its middle stands in (a cell's
    lines joined by line breaks)."""
    cells: list[list[str]] = [[] for _ in range(len(borders) + 1)]
    for line in block:
        parts: dict[int, list[str]] = {}
        for w in line:
            parts.setdefault(_column(w.mid, borders), []).append(w.text)
        for c, texts in parts.items():
            cells[c].append(" ".join(texts))
    return ["\n".join(c) for c in cells]


def _spanning(line: Line, borders: list[float]) -> bool:
    """A section heading over the whole table: one run of words across a border, or a line
    that names a level, a list or a field ("LĨNH VỰC HỘ TỊCH (9 TTHC)")."""
    if _is_row(line, borders):
        return False
    chunks = _chunks(line)
    return (len(chunks) == 1 and _column(line[0].mid, borders) != _column(line[-1].mid, borders)) or \
        heading(_text(line)) != (None, None, None)


@dataclass
class Carry:
    """A table that goes on at the top of the next page: its columns, or, when only its
    header stood at the foot of the page, that header (its columns come from the rows)."""

    borders: list[float] | None = None
    header: list[Line] = field(default_factory=list)


def tables(text: Any, exclude: list[tuple[float, float, float, float]],
           carried: Carry | None) -> tuple[list[Found], Carry | None]:
    """The page's borderless tables as (top, bbox, rows; no rows: a header left for the next
    page), and what goes on at the top of the next page (None: the last table ends here)."""
    all_lines = lines(words(text, exclude))
    out: list[Found] = []
    i = 0
    first_header = next((k for k in range(len(all_lines)) if _header_at(all_lines, k)), len(all_lines))
    last: Carry | None = None
    if carried is not None and first_header > 0 and all_lines:
        # the table of the page before goes on at the top (its header not repeated)
        end = _end(all_lines, 0, first_header)
        borders = carried.borders or _borders(_bodylines(all_lines[:end]), carried.header)
        if len(borders) >= 2:
            out.append(_table(all_lines[:end], carried.header if carried.borders is None else [], borders))
            last = Carry(borders) if end == len(all_lines) else None
            i = end
    while i < len(all_lines):
        n = _header_at(all_lines, i)
        if not n:
            i += 1
            continue
        nxt = next((k for k in range(i + n, len(all_lines)) if _header_at(all_lines, k)), len(all_lines))
        if nxt == len(all_lines) and not any(_starts_row(ln) for ln in all_lines[i + n:]):
            # a header at the foot of the page, its rows on the next: kept for them (the
            # headings under it, "LĨNH VỰC …", stay lines of text)
            k = len(all_lines)
            while k > i + n and heading(_text(all_lines[k - 1]))[1:] != (None, None):  # a level, a field
                k -= 1
            header = all_lines[i:k]
            out.append((*_bbox(header), []))
            return out, Carry(None, header)
        # columns from every line up to the next header, then the header grown by them, then
        # the body under the header up to a wide gap, and its columns
        borders = _borders(_bodylines(all_lines[i + n:nxt]), all_lines[i:i + n])
        n = _grow(all_lines, i, n, borders)
        end = _end(all_lines, i + n, nxt)
        borders = _borders(_bodylines(all_lines[i + n:end]), all_lines[i:i + n])
        if len(borders) >= 2:  # three columns at least
            out.append(_table(all_lines[i + n:end], all_lines[i:i + n], borders))
            last = Carry(borders) if end == len(all_lines) else None
        i = max(end, i + 1)
    return out, last


def _bbox(used: list[Line]) -> tuple[float, tuple[float, float, float, float]]:
    """(top, bbox) of lines, a point wider on each side."""
    ws = [w for line in used for w in line]
    bbox = (min(w.x0 for w in ws) - 1, min(w.bottom for w in ws) - 1, max(w.x1 for w in ws) + 1,
            max(w.top for w in ws) + 1)
    return bbox[3], bbox


def _end(all_lines: list[Line], i: int, limit: int) -> int:
    """Where a table's body that starts at line ``i`` ends: the next table's header
    (``limit``), or a gap of more than three lines' height (the text after the table)."""
    k = i
    while k < limit:
        if k > i:
            above, line = all_lines[k - 1], all_lines[k]
            if min(w.bottom for w in above) - max(w.top for w in line) > 3 * max(w.size for w in above):
                break
        k += 1
    return k


def _table(body: list[Line], header: list[Line], borders: list[float]) -> Found:
    rows: list[list[str | None]] = _header_rows(header, borders) if header else []
    block: list[Line] = []
    for line in body:
        if _spanning(line, borders):
            if block:
                rows.append(_row_cells(block, borders))
                block = []
            rows.append([_text(line)] + [None] * len(borders))
        elif _is_row(line, borders) and block:
            rows.append(_row_cells(block, borders))
            block = [line]
        else:
            block.append(line)
    if block:
        rows.append(_row_cells(block, borders))
    return (*_bbox(header + body), rows)


def _header_rows(header: list[Line], borders: list[float]) -> list[list[str | None]]:
    """The header's lines as one row of cells, or two when a text of its first row crosses a
    border (a merged cell, "Thời hạn giải quyết" over "Theo quy định | Sau cắt giảm"): the
    texts under it in the lines of the next row (set apart by a row's padding) are the second
    row; every other text stays in its column's cell of the first."""
    width = len(borders) + 1
    top: list[list[str]] = [[] for _ in range(width)]
    sub: list[list[str]] = [[] for _ in range(width)]
    owner: dict[int, int] = {}  # a column under a merged cell -> the merged cell's first column
    band = 0  # the header's row a line stands in: a line set tight under another is its cell's next line
    for n, line in enumerate(header):
        if n and not _tight(header[n - 1], line):
            band += 1
        for chunk in _chunks(line):
            first, last = _span(chunk, borders)
            if band == 0 and last > first:
                owner.update({c: first for c in range(first, last + 1)})
                top[first].append(_text(chunk))
                continue
            c = _column(chunk[0].mid, borders)
            if band and c in owner:
                sub[c].append(_text(chunk))
            else:  # in its own column, or the merged text's next line
                top[owner.get(c, c)].append(_text(chunk))
    first_row: list[str | None] = ["\n".join(t) for t in top]
    for c, o in owner.items():
        if c != o:
            first_row[c] = None
    if not any(sub):
        return [first_row]
    return [first_row, ["\n".join(t) or None for t in sub]]
