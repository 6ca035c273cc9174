"""A decision file as the province publishes it (DOCX, XLSX, a PDF with a text layer) into
the same blocks in reading order: lines of text and tables of cell texts.

A PDF's tables are found from the ruling lines a word processor draws around the cells (PDFium's
path objects, through pypdfium2), and each cell's text is read from inside its box (a table
typeset without lines, its columns kept apart by white space only: ``borderless.py``): what keeps a
cell apart from its neighbours (the page's text alone runs a row's columns together, the problem
the one public parser hit). pdfplumber does the same from the same lines, but parses the page in
Python at about 0.1 s a page: a year of annexes took 6 s of reading instead of a fraction of one.
"""

from __future__ import annotations

import bisect
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..errors import DataError, Problem
from ..messages import say
from ..load.sheet import cell_text
from ..load.source import NON_PRINTABLE
from . import borderless
from .words import MAYBE_WORD, known_words, settle
import pypdfium2 as pdfium
import pypdfium2.raw as raw

SUFFIXES = (".docx", ".xlsx", ".xlsm", ".pdf")
MIN_TEXT = 40  # characters of text in a whole PDF below which it is a scan


@dataclass
class Block:
    """A line of text (``rows`` empty) or a table (``rows`` of cell texts, None for a cell
    covered by a merged one)."""

    where: str  # "trang 2", "bảng 3": where a person finds it in the file
    text: str = ""
    rows: list[list[str | None]] = field(default_factory=list)
    page: int | None = None
    first_row: int = 1  # the number of the table's first row where the file numbers rows (a sheet)
    # (row, column) of the cells whose last line is full to the edge: a row the page cuts may
    # go on with the rest of that line's word on the next page ("HĐ" | "ND tỉnh")
    open_ends: set[tuple[int, int]] = field(default_factory=set)

    @property
    def is_table(self) -> bool:
        return bool(self.rows)


def read_blocks(path: Path, shown: str) -> list[Block]:
    """The file's blocks; a DataError naming the file when it cannot be read (a scan, a
    damaged file, an old .doc)."""
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise _fail(shown, "decision.old_doc", "decision.old_doc_hint")
    if suffix not in SUFFIXES:
        raise _fail(shown, "decision.unknown_kind", "decision.unknown_kind_hint")
    try:
        if suffix == ".docx":
            return _printable(list(_docx(path)))
        if suffix == ".pdf":
            return _printable(_pdf(path, shown))
        return _printable(list(_xlsx(path)))
    except DataError:
        raise
    except Exception as exc:  # each library raises its own kinds for a damaged file
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise _fail(shown, "decision.unreadable", "decision.unreadable_hint", reason=reason) from None


def _printable(blocks: list[Block]) -> list[Block]:
    """The blocks without what no catalogue may hold (control characters, U+FFFE a text layer
    leaves): a workbook cell refuses them, YAML too."""
    for b in blocks:
        b.text = NON_PRINTABLE.sub("", b.text)
        b.rows = [[NON_PRINTABLE.sub("", c) if c else c for c in row] for row in b.rows]
    return blocks


def _fail(shown: str, key: str, hint: str, **values: Any) -> DataError:
    return DataError([Problem(shown, None, None, "", say(key, **values), say(hint))])


# DOCX ----------------------------------------------------------------------------------------

def _docx(path: Path) -> Iterator[Block]:
    # here: python-docx takes 0.1 s to import, paid only for a DOCX annex
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(path):
        raise ValueError(say("decision.not_zip"))
    document = docx.Document(str(path))
    tables = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, document).text
            if text.strip():
                yield Block(say("import.decision_where_text"), text)
        elif tag == "tbl":
            tables += 1
            yield Block(say("import.decision_where_table", n=tables), rows=_docx_rows(Table(child, document)))


def _docx_rows(table: Any) -> list[list[str | None]]:
    """Cell texts, a cell's paragraphs on lines of their own; a cell merged across columns or
    down rows is given once, at its first place (None elsewhere), as a PDF table gives it."""
    rows: list[list[str | None]] = []
    seen: list[Any] = []  # elements of the cells given so far (kept: compared by identity)
    for row in table.rows:
        out: list[str | None] = []
        for cell in row.cells:
            if any(tc is cell._tc for tc in seen):
                out.append(None)
                continue
            seen.append(cell._tc)
            out.append("\n".join(p.text for p in cell.paragraphs))
        rows.append(out)
    return rows


# XLSX ----------------------------------------------------------------------------------------

def _xlsx(path: Path) -> Iterator[Block]:
    """A row holding one text (a title line, a heading merged across the table) is a line of
    text; the rows between such lines are a table (a merged range gives its value once)."""
    # here: openpyxl takes 0.25 s to import, paid only when a workbook is read or written
    import openpyxl


    wb = openpyxl.load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        covered = {(r, c) for rng in ws.merged_cells.ranges
                   for r in range(rng.min_row, rng.max_row + 1)
                   for c in range(rng.min_col, rng.max_col + 1)
                   if (r, c) != (rng.min_row, rng.min_col)}
        where = say("import.decision_where_sheet", sheet=ws.title)
        table: list[list[str | None]] = []
        top = 1
        for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
            row = [None if (r, c) in covered else (cell_text(v) or "") for c, v in enumerate(values, start=1)]
            texts = [v for v in row if v]
            if len(texts) == 1 and row[0] == texts[0]:
                if table:
                    yield Block(where, rows=table, first_row=top)
                    table = []
                yield Block(where, texts[0])
            elif texts:
                top = r if not table else top
                table.append(row)
        if table:
            yield Block(where, rows=table, first_row=top)


# PDF -----------------------------------------------------------------------------------------

RULE = 2.0  # points: a path this thin is a table's ruling line (word processors draw 0.5–1 pt)
NEAR = 1.5  # points: two rulings this close are one line
JOIN_SLACK = 1.0  # points: a line this near its cell's width is full (the next character did not fit)


def _pdf(path: Path, shown: str) -> list[Block]:
    """Tables from their ruling lines, cell texts and the lines between tables from PDFium's text
    layer (C: a few milliseconds a page; pdfminer-based readers take about 0.1 s a page)."""

    out: list[Block] = []
    chars = 0
    pdf = pdfium.PdfDocument(str(path))
    carried: borderless.Carry | None = None  # a borderless table going on at the next page's top
    try:
        for number in range(1, len(pdf) + 1):
            page = pdf[number - 1]
            height = page.get_size()[1]
            text = page.get_textpage()
            chars += text.count_chars()
            boxes = [obj.get_bounds() for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_PATH,), max_depth=3)]
            where = say("import.decision_where_page", n=number)
            items: list[tuple[float, Block]] = []
            tables = [_grid(rules) for rules in _tables(boxes)]
            cells, opens = _cell_texts(text, tables)
            for t, grid in enumerate(tables):
                items.append((height - grid.top, Block(where, rows=grid.rows(cells, t), page=number,
                                                       open_ends={p for tt, p in opens if tt == t})))
            bboxes = [g.bbox for g in tables]
            found, carried = borderless.tables(text, bboxes, carried)
            for top, bbox, rows in found:
                if rows:  # no rows: a header whose rows are on the next page
                    items.append((height - top, Block(where, rows=rows, page=number)))
                bboxes.append(bbox)
            for top, line in _lines(text, bboxes, height):
                items.append((top, Block(where, line, page=number)))
            out += [b for _, b in sorted(items, key=lambda item: item[0])]
    finally:
        pdf.close()
    if chars < MIN_TEXT:
        raise _fail(shown, "decision.scanned", "decision.scanned_hint")
    _words(out)
    return out


@dataclass
class _Grid:
    xs: list[float]  # column borders, left to right
    ys: list[float]  # row borders, top to bottom (PDF units: y grows upwards)
    vertical: list[tuple[float, float, float]]  # (x, y0, y1)
    horizontal: list[tuple[float, float, float]]  # (y, x0, x1)
    _owner: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    @property
    def top(self) -> float:
        return self.ys[0]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.xs[0], self.ys[-1], self.xs[-1], self.ys[0])

    def _border_v(self, x: float, y: float) -> bool:
        return any(abs(vx - x) <= NEAR and y0 - NEAR <= y <= y1 + NEAR for vx, y0, y1 in self.vertical)

    def _border_h(self, y: float, x: float) -> bool:
        return any(abs(hy - y) <= NEAR and x0 - NEAR <= x <= x1 + NEAR for hy, x0, x1 in self.horizontal)

    def owners(self) -> dict[tuple[int, int], tuple[int, int]]:
        """Each place of the grid -> the first place of the cell covering it (merged cells)."""
        owner: dict[tuple[int, int], tuple[int, int]] = {}
        for i in range(len(self.ys) - 1):
            mid_y = (self.ys[i] + self.ys[i + 1]) / 2
            for j in range(len(self.xs) - 1):
                mid_x = (self.xs[j] + self.xs[j + 1]) / 2
                if j and not self._border_v(self.xs[j], mid_y):
                    owner[(i, j)] = owner[(i, j - 1)]
                elif i and not self._border_h(self.ys[i], mid_x):
                    owner[(i, j)] = owner[(i - 1, j)]
                else:
                    owner[(i, j)] = (i, j)
        return owner

    def place(self, x: float, y: float) -> tuple[int, int] | None:
        """The grid place holding point (x, y), None outside the table."""
        if not (self.xs[0] < x < self.xs[-1] and self.ys[-1] < y < self.ys[0]):
            return None
        j = bisect.bisect_right(self.xs, x) - 1
        i = sum(1 for y_ in self.ys[1:] if y < y_)
        return (i, j)

    def span(self, owner: tuple[int, int]) -> tuple[float, float]:
        """The left and right borders of the cell whose first place is ``owner``."""
        i, j = owner
        last = j
        while last + 1 < len(self.xs) - 1 and self._owner.get((i, last + 1)) == owner:
            last += 1
        return self.xs[j], self.xs[last + 1]

    def rows(self, cells: dict[tuple[int, tuple[int, int]], str], t: int) -> list[list[str | None]]:
        """Cell texts, row by row; a cell merged over several places is given at its first one."""
        owner = self._owner
        return [[None if owner[(i, j)] != (i, j) else cells.get((t, (i, j)), "")
                 for j in range(len(self.xs) - 1)] for i in range(len(self.ys) - 1)]


@dataclass
class _Line:
    """A line of a cell's text as laid out: its characters and where it starts and ends (the
    font's loose boxes: advance widths, what a word processor fills a line with)."""

    chars: list[str] = field(default_factory=list)
    left: float = float("inf")
    right: float = float("-inf")
    first_width: float = 0.0  # the advance of its first character

    @property
    def text(self) -> str:
        return " ".join("".join(self.chars).split())


def _own_text(line: _Line) -> str:
    """The line's text with PDFium's U+FFFE at its end given back as the hyphen it stands for."""
    text = line.text
    return text[:-1] + "-" if text.endswith("\ufffe") else text


def _joined(before: _Line, after: _Line, room: float) -> tuple[str, str]:
    """``before``'s text and what the line break after it stands for. A word processor breaks a
    line inside a word only when the word alone is wider than the cell ("10.00|0", "Thôn|g" in a
    narrow column): then the line holds that one piece, so full that not even the next
    character fits. Such a break is MAYBE_WORD: a narrow column breaks "làm|việc" between words
    just as full (``words.settle`` decides). PDFium writes a hyphen at a line's end as U+FFFE
    ("NĐ-|CP"): the hyphen is the text's own, kept, and no space. Any other break is a line of
    the cell ("\n")."""
    text = _own_text(before)
    if text != before.text:
        return text, ""
    if text and " " not in text and before.right - before.left + after.first_width > room - JOIN_SLACK:
        return text, MAYBE_WORD
    return text, "\n"


def _words(blocks: list[Block]) -> None:
    """Each table cell's MAYBE_WORD breaks decided with what the whole file writes."""
    known = known_words(b.text for b in blocks)
    known |= known_words(c for b in blocks for row in b.rows for c in row if c)
    for b in blocks:
        b.rows = [[settle(c, known) for c in row] for row in b.rows]


def _cell_texts(text: object, tables: list[_Grid]) -> tuple[dict[tuple[int, tuple[int, int]], str],
                                                             set[tuple[int, tuple[int, int]]]]:
    """(table, cell) -> its text, and the cells whose last line is full (Block.open_ends).
    Every character goes to the cell its middle is in (a tall capital's accent reaching into
    the cell above stays in its own); a new line where the characters of a cell step down,
    told from a word the word processor broke by ``_joined``."""
    for g in tables:
        g._owner = g.owners()
    n = text.count_chars()  # type: ignore[attr-defined]
    full = text.get_text_range(0, n) if n else ""  # type: ignore[attr-defined]
    found: dict[tuple[int, tuple[int, int]], list[_Line]] = {}
    last_y: dict[tuple[int, tuple[int, int]], float] = {}  # the bottom of the cell's last character
    size: dict[tuple[int, tuple[int, int]], float] = {}  # the tallest character of the cell
    current: tuple[int, tuple[int, int]] | None = None
    for i in range(min(n, len(full))):
        ch = full[i]
        left, bottom, right, top = text.get_charbox(i)  # type: ignore[attr-defined]
        if right - left <= 0 and top - bottom <= 0:  # a space or line end PDFium added
            if current is not None and ch.isspace():
                found[current][-1].chars.append(" ")
            continue
        x, y = (left + right) / 2, (bottom + top) / 2
        current = None
        for t, g in enumerate(tables):
            if (p := g.place(x, y)) is not None:
                current = (t, g._owner[p])
                break
        if current is None:
            continue
        lines = found.setdefault(current, [_Line()])
        if not ch.isspace():
            # a new line where the characters step down by half a line (a descender or a hyphen
            # moves less; measured from the bottoms, since an accent makes a letter taller)
            size[current] = max(size.get(current, 0.0), top - bottom)
            if current in last_y and last_y[current] - bottom > size[current] * 0.5:
                lines.append(_Line())
            last_y[current] = bottom
            loose_left, _, loose_right, _ = text.get_charbox(i, loose=True)  # type: ignore[attr-defined]
            line = lines[-1]
            if line.left == float("inf"):  # its first character that is not a space
                line.first_width = loose_right - loose_left
            line.left, line.right = min(line.left, loose_left), max(line.right, loose_right)
        lines[-1].chars.append(ch)
    pads = {t: min((ln.left - g.xs[k[1]] for (tt, k), lines in found.items() if tt == t for ln in lines
                    if ln.chars and ln.left != float("inf")), default=0.0)
            for t, g in enumerate(tables)}  # the cell padding: the left-aligned lines start there
    out: dict[tuple[int, tuple[int, int]], str] = {}
    opens: set[tuple[int, tuple[int, int]]] = set()
    for key, lines in found.items():
        t, owner = key
        x0, x1 = tables[t].span(owner)
        room = x1 - x0 - 2 * max(pads[t], 0.0)
        lines = [ln for ln in lines if ln.text]
        parts: list[str] = []
        for before, after in zip(lines, lines[1:]):
            parts += _joined(before, after, room)
        end = lines[-1] if lines else None
        if end is not None and _joined(end, _Line(first_width=(end.right - end.left) / max(len(end.text), 1)),
                                       room)[1] != "\n":
            opens.add(key)  # full to the edge, or ending in a hyphen: the word may go on
        out[key] = ("".join(parts) + (_own_text(end) if end else "")).strip()
    return out, opens


def _tables(boxes: list[tuple[float, float, float, float]]) -> list[list[tuple[str, float, float, float]]]:
    """The ruling lines of a page grouped into tables (lines that touch belong together)."""
    rules: list[tuple[str, float, float, float]] = []
    for left, bottom, right, top in boxes:
        if top - bottom <= RULE and right - left > RULE:
            rules.append(("h", (top + bottom) / 2, left, right))
        elif right - left <= RULE and top - bottom > RULE:
            rules.append(("v", (left + right) / 2, bottom, top))
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, r in enumerate(rules) if r[0] == "h"]
    vs = [i for i, r in enumerate(rules) if r[0] == "v"]
    for i in hs:
        _, y, x0, x1 = rules[i]
        for j in vs:
            _, x, y0, y1 = rules[j]
            if x0 - NEAR <= x <= x1 + NEAR and y0 - NEAR <= y <= y1 + NEAR:
                parent[find(i)] = find(j)
    groups: dict[int, list[tuple[str, float, float, float]]] = {}
    for i, r in enumerate(rules):
        groups.setdefault(find(i), []).append(r)
    return [g for g in groups.values() if sum(r[0] == "h" for r in g) >= 2 and sum(r[0] == "v" for r in g) >= 2]


def _merge(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > NEAR:
            out.append(v)
    return out


def _grid(rules: list[tuple[str, float, float, float]]) -> _Grid:
    vertical = [(a, b, c) for kind, a, b, c in rules if kind == "v"]
    horizontal = [(a, b, c) for kind, a, b, c in rules if kind == "h"]
    return _Grid(_merge([x for x, _, _ in vertical]), _merge([y for y, _, _ in horizontal])[::-1],
                 vertical, horizontal)


def _lines(text: object, tables: list[tuple[float, float, float, float]], height: float) -> list[tuple[float, str]]:
    """The text lines outside the tables, each with its distance from the top of the page."""
    pieces: list[tuple[float, float, str]] = []
    for i in range(text.count_rects()):  # type: ignore[attr-defined]
        left, bottom, right, top = text.get_rect(i)  # type: ignore[attr-defined]
        cx, cy = (left + right) / 2, (bottom + top) / 2
        if any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in tables):
            continue
        piece = text.get_text_bounded(left, bottom, right, top)  # type: ignore[attr-defined]
        if piece.strip():
            pieces.append((height - cy, left, piece))
    lines: list[list[tuple[float, float, str]]] = []
    for piece in sorted(pieces):
        if lines and abs(lines[-1][0][0] - piece[0]) <= 3:
            lines[-1].append(piece)
        else:
            lines.append([piece])
    return [(line[0][0], re.sub(r"\s+", " ", " ".join(p[2] for p in sorted(line, key=lambda p: p[1]))).strip())
            for line in lines]
