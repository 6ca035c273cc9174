"""Workbooks (.xlsx) and CSV files as grids of cells, each cell named as Excel shows it.

The readers of places.xlsx and catalogue workbooks build on this: find the header row under a
title block, match headers whatever their case, accents or order, and turn each cell into the
exact text the YAML reader would have handed over, so one validation path checks both.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..errors import Problem
from ..messages import named, say
from ..slug import fold
from .source import Document, PathKey, decode, procedure_of
from . import bounded
from .bounded import Limits
from .files import protected, special_file
from .text import check_text
from ..fields import match_header
from ..errors import did_you_mean
from ..model import ByChannel
from ..fields import PORTAL_PAGE

HEADER_SCAN = 30  # rows searched for the header: title blocks are a few rows
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
_QUOTED_SHEET = re.compile(r"[^\w]")


def is_lock_file(path: Path) -> bool:
    """Excel's owner file (``~$places.xlsx``) and LibreOffice's (``.~lock.places.xlsx#``)."""
    return path.name.startswith(("~$", ".~lock."))


def norm(text: Any) -> str:
    """A header as compared: accents and case folded, punctuation and spacing collapsed."""
    return re.sub(r"[^a-z0-9]+", " ", fold(str(text or ""))).strip()


@dataclass
class Grid:
    """One sheet: cell values (merged ranges filled), and the link behind each linked cell."""

    file: str  # as shown to the user
    name: str | None  # sheet name; None for a CSV file (it has one sheet, shown without a name)
    rows: list[list[Any]]
    links: dict[tuple[int, int], str] = field(default_factory=dict)
    sheet_index: int = 0
    # cells showing the value of a merged range that starts in a row above (-> that row)
    merged: dict[tuple[int, int], int] = field(default_factory=dict)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # saved "#DIV/0!" and the like
    unsaved: set[tuple[int, int]] = field(default_factory=set)  # formulas without a saved value

    def value(self, r: int, c: int) -> Any:
        row = self.rows[r] if r < len(self.rows) else []
        return row[c] if c < len(row) else None

    def cell(self, r: int, c: int) -> str:
        """0-based row and column as Excel names the cell: 'Thôn!G5', "'Thủ tục'!B3", 'B3'."""
        ref = f"{column_letter(c)}{r + 1}"
        if self.name is None:
            return ref
        name = f"'{self.name}'" if _QUOTED_SHEET.search(self.name) else self.name
        return f"{name}!{ref}"

    def mark(self, r: int, c: int) -> tuple[int, int, str, int]:
        return (r + 1, c + 1, self.cell(r, c), self.sheet_index)

    def problem(self, r: int, c: int, message: str, hint: str | None = None,
                warning: bool = False, path: str = "") -> Problem:
        return Problem(self.file, r + 1, c + 1, path, message, hint, warning, cell=self.cell(r, c),
                       sheet=self.sheet_index)


def column_letter(c: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    c += 1
    while c:
        c, rest = divmod(c - 1, 26)
        out = chr(65 + rest) + out
    return out


class SheetDocument(Document):
    """A Document whose marks are cells: (row, column, "Thôn!G5"). It also knows the header of
    each cell's column, so a message can say which column to fill in."""

    sheet = True

    def __init__(self, file: str) -> None:
        super().__init__(file, None)
        self.headers: dict[PathKey, str] = {}  # path -> header of the column it was read from
        self.fill_hints: dict[PathKey, str] = {}  # path -> what to do when it is missing
        self.explained: set[PathKey] = set()  # values the reader reported itself
        self.typed: dict[PathKey, str] = {}  # values read otherwise than the cell shows them

    def reported(self, loc: tuple) -> bool:
        return any(tuple(loc[:len(p)]) == p for p in self.explained)

    def put(self, path: PathKey, grid: Grid, r: int, c: int, header: str | None = None) -> None:
        self.marks[path] = grid.mark(r, c)
        if header:
            self.headers[path] = header

    def where(self, path: PathKey, key: bool = False) -> tuple:
        p = tuple(path)
        while p not in self.marks and p:
            p = p[:-1]
        return self.marks.get(p, (None, None, None, 0))

    def problem(self, path: PathKey, message: str, hint: str | None = None,
                key: bool = False, warning: bool = False) -> Problem:
        line, col, cell, sheet = self.where(path)
        return Problem(self.file, line, col, self.column_of(path), message, hint, warning, cell=cell,
                       sheet=sheet, procedure=procedure_of(path))

    def shown_path(self, path: PathKey) -> str:
        return self.column_of(path)

    def named(self, path: PathKey) -> str:
        return named(self.column_of(path), self.where(path)[2])

    def column_of(self, path: PathKey) -> str:
        """Where a message is, as the clerk sees it: the column's header ("Hết hiệu lực từ"),
        never the YAML path ("procedures[10].effective_until"); "" for a whole row (its cell
        says where)."""
        p = tuple(path)
        while p and p not in self.headers:
            p = p[:-1]
        return self.headers.get(p, "")

    def as_typed(self, path: PathKey, value: str) -> str:
        return self.typed.get(tuple(path), value)

    def name_of(self, path: PathKey) -> str:
        """A clerk knows the column ("Địa chỉ"), not the key ("address")."""
        return self.headers.get(tuple(path)) or super().name_of(path)

    def missing_hint(self, path: PathKey) -> str | None:
        """How to fill in a value that is missing at ``path`` (a cell left empty)."""
        if path in self.fill_hints:
            return self.fill_hints[path]
        header = self.headers.get(tuple(path))
        if header is None:
            return None
        cell = self.where(path)[2]  # a column the sheet lacks: the row's first cell
        return say("sheet_fill_in", header=header, cell=cell)


# Reading files ------------------------------------------------------------------------------

def read_workbook(path: Path, shown: str, limits: Limits | None = None) -> tuple[list[Grid] | None, list[Problem]]:
    """Every sheet of an .xlsx file, or a problem saying why it cannot be read. Bounded before
    any work: see bounded.py (sizes from the zip's directory, every part scanned, then the
    values streamed in openpyxl's read-only mode, merged ranges and links from the scan)."""
    import openpyxl  # here: 0.25 s to import, paid only by projects with workbooks

    limits = limits or bounded.LIMITS
    clock = bounded.Clock(limits)
    refused = special_file(path, shown) or protected(path, shown)
    if refused:
        return None, [refused]
    try:
        with zipfile.ZipFile(path) as zf:
            bounded.check_zip(zf, limits)
            facts = bounded.scan_workbook(zf, limits, clock)
            # data_only: the values a formula last showed in Excel, not the formula
            wb = openpyxl.load_workbook(zf.fp, read_only=True, data_only=True)
            try:
                return [_grid(ws, index, shown, facts.get(ws._worksheet_path.lstrip("/"), bounded.SheetFacts()), clock)
                        for index, ws in enumerate(wb.worksheets)], []
            finally:
                wb.close()
    except bounded.Refused as exc:
        return None, [_refused(exc, shown)]
    except Exception as exc:  # openpyxl and zipfile raise many kinds for a damaged or foreign file
        return None, [Problem(shown, None, None, "", say("sheet_unreadable", reason=_reason(exc)),
                              say("sheet_unreadable_hint"))]


def _refused(exc: bounded.Refused, shown: str) -> Problem:
    return Problem(shown, None, None, "", say(exc.key, **exc.values), say("hint.sheet_limit", file=shown))


def _grid(ws: Any, index: int, shown: str, facts: bounded.SheetFacts, clock: bounded.Clock) -> Grid:
    """One sheet's values, read row by row (the clock checked), merged ranges filled in."""
    rows: list[list[Any]] = []
    errors: dict[tuple[int, int], str] = {}
    ws.reset_dimensions()  # the sheet's own <dimension> may lie: rows are as long as their cells
    for r, row in enumerate(ws.iter_rows()):
        if facts.last_row is not None and r >= facts.last_row:
            break  # nothing but empty (styled) rows below: none is read
        if r % 1000 == 0:
            clock.check()
        values = []
        for c, cell in enumerate(row):
            if getattr(cell, "data_type", None) == "e":  # "#DIV/0!", "#N/A", "#REF!" as saved
                errors[(r, c)] = str(cell.value)
            if isinstance(cell.value, str) and len(cell.value) > clock.limits.cell_chars:
                raise bounded.Refused("sheet_limit_cell_at", cell=f"{ws.title}!{column_letter(c)}{r + 1}",
                                      length=len(cell.value), limit=clock.limits.cell_chars)
            values.append(cell.value)
        rows.append(values)
    merged: dict[tuple[int, int], int] = {}
    # A merged range keeps its value in its top-left cell only: every cell of it shows it.
    for top, left, bottom, right in facts.merged:
        value = rows[top][left] if top < len(rows) and left < len(rows[top]) else None
        for r in range(top, min(bottom + 1, len(rows))):
            if len(rows[r]) <= right and value is not None:
                rows[r] += [None] * (right + 1 - len(rows[r]))
            for c in range(left, min(right + 1, len(rows[r]))):
                rows[r][c] = value
                if r != top:
                    merged[(r, c)] = top
    return Grid(shown, ws.title, rows, dict(facts.links), index, merged, errors, set(facts.unsaved))


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def read_csv(path: Path, shown: str) -> tuple[Grid | None, list[Problem]]:
    """A CSV file as one grid: UTF-8 (Excel's "CSV UTF-8" adds a BOM); any other encoding gets
    the same advice as a YAML file (what it looks like, how to convert). Bounded like a
    workbook: its size before it is read, then rows, columns and cell length as it is."""
    limits = bounded.LIMITS
    try:
        special = special_file(path, shown)
        if special:
            return None, [special]
        size = path.stat().st_size
        if size > limits.part_bytes:
            return None, [Problem(shown, None, None, "", say("too_big", size=bounded.mb(size),
                                                             limit=limits.part_bytes // bounded.MB),
                                  say("hint.sheet_limit", file=shown))]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, None, None, "", say("unreadable", reason=exc.strerror or exc))]
    text, problem = decode(raw, shown)
    if problem is not None:
        return None, [_csv_encoding(problem)]
    assert text is not None  # decode gives the text or a problem
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):  # csv's own cap: 131,072
            rows.append(row)
            longest = max(map(len, row), default=0)
            if longest > limits.cell_chars:
                cell = f"{column_letter(next(i for i, v in enumerate(row) if len(v) == longest))}{len(rows)}"
                return None, [_refused(bounded.Refused("sheet_limit_cell_at", cell=cell, length=longest,
                                                       limit=limits.cell_chars), shown)]
            if len(rows) > limits.rows or len(row) > limits.columns:
                key, n = ("sheet_limit_rows", len(rows)) if len(rows) > limits.rows else ("sheet_limit_columns", len(row))
                what = "rows" if key == "sheet_limit_rows" else "columns"
                return None, [_refused(bounded.Refused(key, **{what: n}, limit=getattr(limits, what)), shown)]
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            return None, [_refused(bounded.Refused("sheet_limit_cell", part=shown, limit=limits.cell_chars), shown)]
        return None, [Problem(shown, None, None, "", say("csv_bad", reason=str(exc)))]
    return Grid(shown, None, [[v if v != "" else None for v in row] for row in rows]), []


def _csv_encoding(problem: Problem) -> Problem:
    """Excel's own way out: save the sheet again as "CSV UTF-8", whatever the code page was."""
    return Problem(problem.file, problem.line, problem.column, problem.path, problem.message,
                   say("csv_not_utf8_hint"))


# Headers -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    """A column a reader knows: its key, the header init writes, and other spellings seen."""

    key: str  # dotted path inside one record: "office.phone", "online.url"
    header: str  # as written by `init --xlsx` and named in messages
    aliases: tuple[str, ...] = ()  # other headers, any case and accents
    kind: str = "text"  # text | texts | code | codes | date | langs | choice
    required: bool = False  # the column must be there
    note: str = ""  # the comment init puts on the header cell
    choices: tuple[tuple[str, str], ...] = ()  # (value, Vietnamese word) for kind "choice"
    width: int = 18  # column width init gives it (characters)
    listed_in: str = ""  # a range whose values a drop-down list offers: "'Xã'!$B$2:$B$200"

    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(norm(a) for a in (self.header, *self.aliases)))


def match_column(header: Any, columns: Iterable[Column]) -> Column | None:
    """The column a header names: an exact name, else the longest name it starts with
    ("Thời hạn giải quyết (ngày làm việc)" is "Thời hạn giải quyết")."""
    h = norm(header)
    if not h:
        return None
    by_index = list(columns)
    found = match_header(h, {i: col.names() for i, col in enumerate(by_index)})
    return by_index[found] if found is not None else None


@dataclass
class Table:
    """A grid's header row and what each column holds."""

    grid: Grid
    header_row: int  # 0-based
    columns: dict[int, Column]  # grid column -> what it holds (duplicates of a key included)
    unknown: list[int]  # grid columns whose header no reader knows
    ignored: list[int]  # columns known to hold nothing to read (row numbers)

    def header(self, c: int) -> str:
        return " ".join(str(self.grid.value(self.header_row, c)).split())

    def data_rows(self) -> Iterable[int]:
        """Rows below the header that hold something in a column we read (a value merged down
        from the row above does not make a row)."""
        for r in range(self.header_row + 1, len(self.grid.rows)):
            if any(not _blank(self.grid.value(r, c)) and (r, c) not in self.grid.merged
                   for c in self.columns):
                yield r


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def find_table(grid: Grid, columns: tuple[Column, ...], needed: str,
               ignore: tuple[str, ...] = ()) -> Table | None:
    """The header row: among the top rows, the one naming the most columns (the first of
    equals), with the ``needed`` column or at least three. A row whose needed header was
    emptied is still the header, and a data row below it ("Thôn Nà Tông" starts like
    "Thôn") names fewer columns, so it is never taken instead."""
    ignored_names = {norm(i) for i in ignore}
    best: tuple[int, dict[int, Column]] | None = None
    most = 0
    for r in range(min(HEADER_SCAN, len(grid.rows))):
        found = {c: col for c, v in enumerate(grid.rows[r]) if (col := match_column(v, columns))}
        keys = {col.key for col in found.values()}
        if len(keys) >= 2 and (needed in keys or len(keys) >= 3) and len(keys) > most:
            best, most = (r, found), len(keys)
    if best is None:
        return None
    r, found = best
    unknown: list[int] = []
    ignored: list[int] = []
    for c, v in enumerate(grid.rows[r]):
        if c in found or _blank(v):
            continue
        (ignored if norm(v) in ignored_names else unknown).append(c)
    # A header merged over several columns repeats in each: read its first column only.
    seen_values: dict[str, int] = {}
    for c in list(found):
        if _merged_repeat(grid, r, c, seen_values):
            del found[c]
    return Table(grid, r, found, unknown, ignored)


def _merged_repeat(grid: Grid, r: int, c: int, seen: dict[str, int]) -> bool:
    value = grid.value(r, c)
    repeat = c > 0 and grid.value(r, c - 1) == value and seen.get(str(value)) == c - 1
    seen[str(value)] = c
    return repeat


# Cells into text -----------------------------------------------------------------------------

def cell_text(value: Any, kind: str = "text") -> str | None:
    """A cell as the text a user would have typed in YAML, or None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat() if kind == "date" else value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        if kind in ("code", "codes"):
            # Excel stores "1.001190" typed into a number cell as 1.00119: six decimals restore it.
            return f"{value:.6f}"
        return str(int(value)) if value.is_integer() else repr(value)
    text = str(value).replace("_x000D_", "").replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.strip() for line in text.split("\n")).strip()
    return text or None


# The days a spreadsheet counts from (Excel and Calc alike since 1900-03-01), and the range of
# day numbers taken as dates: 1990 to 2100 (46389 is 02/01/2027; a count of days is far lower).
_DAY_ZERO = dt.date(1899, 12, 30)
_DAYS = range((dt.date(1990, 1, 1) - _DAY_ZERO).days, (dt.date(2101, 1, 1) - _DAY_ZERO).days)


def day_number(value: Any) -> dt.date | None:
    """The date a spreadsheet day number stands for (a date typed in a cell not formatted as
    a date arrives as 46389), or None when ``value`` is no plausible one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and re.fullmatch(r"\d{5}", value.strip()):
        value = int(value)
    if isinstance(value, (int, float)) and int(value) in _DAYS:
        return _DAY_ZERO + dt.timedelta(days=int(value))
    return None


_CODE_SPLIT = re.compile(r"[\s;,]+")
_DECIMAL_COMMA_CODE = re.compile(r"(?<![\d.,])(\d),(\d{6}(?:\.\d{2})?)(?![\d])")


def split_codes(text: str) -> list[str]:
    """'1.001193; 1.000656\\n2.000815' -> three codes ('1,001193', a Vietnamese decimal comma,
    is a code too)."""
    text = _DECIMAL_COMMA_CODE.sub(r"\1.\2", text)
    return [c for c in _CODE_SPLIT.split(text) if c]


def join_parts(parts: list[tuple[str, Any]]) -> Any:
    """Two columns of one field, both kept: lists end to end, texts each under its header."""

    if all(isinstance(v, list) for _, v in parts):
        return [item for _, v in parts for item in v]
    return "; ".join(f"{header}: {ByChannel(value) if isinstance(value, dict) else value}" for header, value in parts)


def checked(doc: Document, path: PathKey, text: str, problems: list[Problem]) -> str:
    """``text`` in NFC, its problems (control characters, mojibake, missing glyphs) at its cell."""
    out, found = check_text(text)
    for message, hint, _offset in found:
        problems.append(doc.problem(path, message, hint))
    return out


def unknown_header_problems(table: Table, columns: tuple[Column, ...], where: str) -> list[Problem]:
    """One warning per header no reader knows: its column is not read, and the user is told."""

    out = []
    names = [c.header for c in columns]
    for c in table.unknown:
        header = table.header(c)
        close = did_you_mean(header, names)
        out.append(table.grid.problem(table.header_row, c, say("sheet_unknown_header", header=header),
                                      close or say("sheet_known_headers", where=where,
                                                   headers=" | ".join(names)), warning=True))
    return out


def data_row_as_header(table: Table, columns: tuple[Column, ...]) -> Problem | None:
    """A data row read as the header ("Thôn Nà Tông" where "Thôn" was emptied or the header
    row deleted): one error, and the sheet is not read (its values are no headers)."""
    grid, r = table.grid, table.header_row
    for c, col in table.columns.items():
        if _data_like(table, c, col):
            return grid.problem(r, c, say("sheet_data_as_header", row=r + 1, sheet=grid.name or grid.file,
                                          value=table.header(c), header=col.header),
                                say("sheet_data_as_header_hint", headers=" | ".join(x.header for x in columns)))
    return None


def blank_header_problems(table: Table, columns: tuple[Column, ...],
                          blank_is_error: bool = True) -> tuple[list[Problem], set[str]]:
    """A blank header cell over data, whose column would be dropped silently: an error naming
    the column expected there (a warning when not ``blank_is_error``, unless that column is
    required); and the keys of the columns so explained (their "column missing" error would
    say the same again)."""
    grid, r = table.grid, table.header_row
    present = {col.key for col in table.columns.values()}
    out: list[Problem] = []
    explained: set[str] = set()
    width = max((len(grid.rows[x]) for x in range(r, len(grid.rows))), default=0)
    read = set(table.columns) | set(table.unknown) | set(table.ignored)
    for c in range(width):
        if c in read or not _blank(grid.value(r, c)):
            continue
        below = next((x for x in range(r + 1, len(grid.rows))
                      if not _blank(grid.value(x, c)) and (x, c) not in grid.merged), None)
        if below is None:
            continue
        guess = _expected_column(table, columns, c, present | explained)
        value = cell_text(grid.value(below, c)) or ""
        shown = value if len(value) <= 40 else value[:39] + "…"
        if len(guess) == 1:
            explained.add(guess[0].key)
            hint = say("sheet_blank_header_hint", header=guess[0].header)
        elif not guess:
            hint = say("sheet_blank_header_none")
        else:
            hint = say("sheet_blank_header_choose", headers=" | ".join(g.header for g in guess))
        error = blank_is_error or (len(guess) == 1 and guess[0].required)
        out.append(grid.problem(r, c, say("sheet_blank_header", column=column_letter(c),
                                          sheet=grid.name or grid.file, cell=grid.cell(below, c),
                                          value=shown), hint, warning=not error))
    return out, explained


def _data_like(table: Table, c: int, col: Column) -> bool:
    """The header cell of a required column holds a value, not a header: it only starts like
    one ("Thôn Nà Tông"), and so does the next cell down ("Thôn Khuổi Củng")."""
    if not col.required or norm(table.header(c)) in col.names():
        return False
    grid = table.grid
    below = next((grid.value(x, c) for x in range(table.header_row + 1, len(grid.rows))
                  if not _blank(grid.value(x, c))), None)
    return below is not None and match_column(below, [col]) is col


def _expected_column(table: Table, columns: tuple[Column, ...], c: int, present: set[str]) -> list[Column]:
    """The column a blank header cell should name: the one the template has between its
    neighbours, else the only one missing, else every one missing."""
    missing = [col for col in columns if col.key not in present]
    order = [col.key for col in columns]
    for side, step in ((c - 1, 1), (c + 1, -1)):
        neighbour = table.columns.get(side)
        if neighbour is not None:
            i = order.index(neighbour.key) + step
            if 0 <= i < len(columns) and columns[i] in missing:
                return [columns[i]]
    return missing[:1] if len(missing) == 1 else missing


def cell_trouble(grid: Grid, r: int, c: int) -> tuple[str, str] | None:
    """(message, hint) for a cell whose value cannot be used: a saved spreadsheet error
    ("#DIV/0!", "#N/A", "#REF!") or a formula never calculated (no saved value)."""
    if (r, c) in grid.errors:
        return say("sheet_error_value", error=grid.errors[(r, c)]), say("hint.sheet_error_value")
    if (r, c) in grid.unsaved:
        return say("sheet_unsaved_formula"), say("hint.sheet_unsaved_formula")
    return None


_SHOWN_LINK = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)", re.IGNORECASE)
_PORTAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def _same_link(a: str, b: str) -> bool:
    """Excel adds a "/" after a bare host and keeps the host's case as typed; an address typed
    into a cell gets the hyperlink "mailto:" + itself."""
    def bare(x: str) -> str:
        x = x.rstrip("/").lower()
        return x[len("mailto:"):] if x.startswith("mailto:") else x
    return bare(a) == bare(b)


def link_cell(grid: Grid, r: int, c: int, holds_link: bool) -> tuple[Any, tuple[str, str, bool] | None]:
    """A cell with a hyperlink behind it, in any column read: (the value to read, (message,
    hint, warning) or None). A cell showing one link and opening another is an error naming
    both (which one did the clerk mean?). A cell showing words ("Xem chi tiết") gives its
    hyperlink in a column that ``holds_link`` (Đường dẫn), with a warning; elsewhere its words
    are read and a warning says the hyperlink is not (the QR opens only Đường dẫn's link)."""

    raw = grid.value(r, c)
    shown = cell_text(raw) or ""
    link = grid.links[(r, c)]
    said = PORTAL_PAGE.format(id=shown) if _PORTAL_ID.fullmatch(shown) else shown
    if _same_link(said, link):
        return raw, None
    if _SHOWN_LINK.match(said) or said != shown:
        return raw, (say("sheet_link_differs", shown=shown, link=link), say("hint.sheet_link_differs"), False)
    if holds_link:
        return link, (say("sheet_link_hidden", shown=shown, link=link), say("hint.sheet_link_hidden"), True)
    return raw, (say("sheet_link_not_read", shown=shown, link=link), say("hint.sheet_link_not_read"), True)


def linked_value(doc: SheetDocument, path: PathKey, grid: Grid, r: int, c: int, holds_link: bool,
                 problems: list[Problem]) -> tuple[Any, bool]:
    """The value of a cell the readers read, its hyperlink (if any) checked by ``link_cell``;
    and False when its link makes it unreadable (the error is in ``problems``)."""
    raw = grid.value(r, c)
    if (r, c) not in grid.links:
        return raw, True
    raw, found = link_cell(grid, r, c, holds_link)
    if found:
        problems.append(doc.problem(path, *found[:2], warning=found[2]))
        if not found[2]:
            doc.explained.add(path)
            return raw, False
    return raw, True
