"""A decision file as the province publishes it (DOCX, XLSX, a PDF with a text layer) into
the same blocks in reading order: lines of text and tables of cell texts.

PDF tables come from pdfplumber: it finds a table's cells from the ruling lines a word processor
draws, which is what keeps a cell's text apart from its neighbours' (a plain text layer, all
pypdfium2 gives, runs the columns of a row together: the problem the one public parser hit).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..errors import DataError, Problem
from ..messages import say

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
            return list(_docx(path))
        if suffix == ".pdf":
            return _pdf(path, shown)
        return list(_xlsx(path))
    except DataError:
        raise
    except Exception as exc:  # each library raises its own kinds for a damaged file
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise _fail(shown, "decision.unreadable", "decision.unreadable_hint", reason=reason) from None


def _fail(shown: str, key: str, hint: str, **values: Any) -> DataError:
    return DataError([Problem(shown, None, None, "", say(key, **values), say(hint))])


# DOCX ----------------------------------------------------------------------------------------

def _docx(path: Path) -> Iterator[Block]:
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
    import openpyxl

    from ..load.sheet import cell_text

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

def _pdf(path: Path, shown: str) -> list[Block]:
    import pdfplumber

    out: list[Block] = []
    chars = 0
    with pdfplumber.open(str(path)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            chars += len(page.chars)
            found = page.find_tables()
            items: list[tuple[float, Block]] = []
            boxes = [t.bbox for t in found]
            # A line just under a table touches its box: a character belongs to a table when
            # its middle is inside it.
            rest = page.filter(lambda obj: obj.get("object_type") != "char" or not any(
                x0 <= (obj["x0"] + obj["x1"]) / 2 <= x1 and top <= (obj["top"] + obj["bottom"]) / 2 <= bottom
                for x0, top, x1, bottom in boxes))
            for table in found:
                items.append((table.bbox[1], Block(say("import.decision_where_page", n=number),
                                                   rows=table.extract(), page=number)))
            for line in rest.extract_text_lines(return_chars=False):
                text = re.sub(r"\s+", " ", line["text"]).strip()
                if text:
                    items.append((line["top"], Block(say("import.decision_where_page", n=number), text, page=number)))
            out += [b for _, b in sorted(items, key=lambda item: item[0])]
    if chars < MIN_TEXT:
        raise _fail(shown, "decision.scanned", "decision.scanned_hint")
    return out
