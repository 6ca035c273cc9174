"""The blocks of a decision file into what it decides: its number, date, effective date and
province, and each row of its lists (new, amended, replaced, abolished) with the section
(level, field) it stands in. Only reading here: matching with the catalogue is in plan.py."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import dataclasses  # a class below has a field called ``field``
from dataclasses import dataclass
from pathlib import Path

from ..fields import BY_NAME
from ..load.cells import read_by_channel
from ..load.sheet import norm
from ..model import ByChannel
from ..messages import say
from .extract import Block, read_blocks
from .words import MAYBE_WORD, known_words, settle
from .headings import (ABOLISHED, AMENDED, CODE, COMMUNE_LEVEL, KINDS, NEW, PROVINCE_LEVEL,  # noqa: F401
                       REPLACED, SHARED_LEVEL, SUB_HEADERS, header_key, heading)


@dataclass
class Decision:
    number: str | None = None  # "1234/QĐ-UBND"
    signed: dt.date | None = None
    effective: dt.date | None = None  # None: not said in this file
    effective_on_signing: bool = False  # "có hiệu lực kể từ ngày ký"
    provinces: tuple[str, ...] = ()  # as named in the file's heading lines (folded)


@dataclass
class Row:
    """One row of a list, its cells read into catalogue fields."""

    kind: str | None  # NEW | AMENDED | REPLACED | ABOLISHED (None: no list heading seen)
    level: str | None  # PROVINCE_LEVEL | COMMUNE_LEVEL | SHARED_LEVEL (shared with the commune)
    field: str | None  # the lĩnh vực heading above it, as written ("Hộ tịch")
    where: str  # "trang 3, dòng 2": where a person finds it
    # the code cell, then a "Mã mới" column's (two codes: an old and a new one in one row,
    # "1.000656 (nay là 1.013790)")
    codes: tuple[str, ...] = ()
    name: str = ""
    values: dict[str, object] = dataclasses.field(default_factory=dict)  # agency, place, time, fee, legal_basis, scope
    old_codes: tuple[str, ...] = ()  # replaced: the codes it replaces
    old_name: str = ""
    abolished_by: str = ""
    notes: list[str] = dataclasses.field(default_factory=list)  # what its cells leave unsure (plan: the note)


@dataclass
class Annex:
    path: Path
    shown: str
    sha256: str
    decision: Decision
    rows: list[Row]
    words: list[str]  # every text of the file: the vocabulary that repairs broken words


# The decision's own lines --------------------------------------------------------------------

_NUMBER = re.compile(r"(?:Số|số)\s*:?\s*(\d{1,6}\s*/\s*(?:\d{4}\s*/\s*)?QĐ\s*-\s*[A-ZĐ]+(?:\s*-\s*[A-ZĐ]+)?)")
_DMY = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
_WORDS_DATE = r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
_SIGNED = re.compile(rf"ngày\s+(?:{_WORDS_DATE}|{_DMY})", re.I)
_EFFECTIVE = re.compile(r"có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày\s+(ký|ban\s+hành|"
                        rf"{_WORDS_DATE}|{_DMY})", re.I)
_PROVINCE_LINE = re.compile(r"(?:ủy|uỷ)\s+ban\s+nhân\s+dân\s+((?:tỉnh|thành\s+phố)\s+[^\n,;()]+)", re.I)


def _date(groups: tuple) -> dt.date | None:
    d, m, y = (g for g in groups if g is not None)
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def read_decision(lines: list[str]) -> Decision:
    """Number, date, effective date and province from the file's text lines."""
    out = Decision()
    text = "\n".join(lines)
    if m := _NUMBER.search(text):
        out.number = re.sub(r"\s+", "", m.group(1))
        after = text[m.end():m.end() + 200]  # "(Kèm theo Quyết định số … ngày 15/11/2026 …)"
        if (d := _SIGNED.search(after)) and (d.start() < 20):
            out.signed = _date(d.groups())
    if out.signed is None:  # "Tuyên Quang, ngày 15 tháng 11 năm 2026" under the number
        for line in lines[:12]:
            if "," in line and (d := _SIGNED.search(line)):
                out.signed = _date(d.groups())
                break
    if m := _EFFECTIVE.search(text):
        if m.group(1).lower().startswith(("ký", "ban")):
            out.effective_on_signing = True
        else:
            out.effective = _date(m.groups()[1:])
    provinces = [norm(p.group(1)) for p in _PROVINCE_LINE.finditer(text)]
    out.provinces = tuple(dict.fromkeys(provinces))
    return out


# Tables --------------------------------------------------------------------------------------

@dataclass
class Columns:
    """What each column of a table holds: key -> column index (``time.reduced``, ``online.full``
    for the parts under a two-row header)."""

    at: dict[str, int]
    width: int
    header_rows: int
    signature: tuple[str, ...]  # the folded header texts: a repeated header row is skipped

    def cell(self, row: list[str | None], key: str) -> str:
        c = self.at.get(key)
        return (row[c] or "") if c is not None and c < len(row) else ""


def find_columns(rows: list[list[str | None]], start: int = 0) -> Columns | None:
    """The header (one row, or two when the second names the parts of a merged cell) among
    the first rows of a table; None when the table has no header row."""
    for r in range(start, min(start + 4, len(rows))):
        keys = {c: k for c, v in enumerate(rows[r]) if v and (k := header_key(v))}
        names = set(keys.values())
        if not ({"name", "old_name"} & names and ({"code", "stt", "old_code"} & names)):
            continue
        at: dict[str, int] = {}
        for c, k in keys.items():
            at.setdefault(k, c)
        header_rows = 1
        if r + 1 < len(rows) and _sub_header(rows[r], rows[r + 1], at):
            # "Theo quy định | Sau cắt giảm" under a merged "Thời hạn"
            sub = {c: SUB_HEADERS[norm(v)] for c, v in enumerate(rows[r + 1]) if v and norm(v) in SUB_HEADERS}
            if sub:
                header_rows = 2
                for c, part in sub.items():
                    owner = _owner(rows[r], c, keys)
                    if owner:
                        at[f"{owner}.{part}"] = c
        signature = tuple(norm(v or "") for v in rows[r])
        return Columns(at, len(rows[r]), header_rows + r - start, signature)
    return None


def _sub_header(header: list[str | None], row: list[str | None], at: dict[str, int]) -> bool:
    """Whether ``row`` is the second row of a two-row header rather than the first data row:
    its STT, code and name cells are empty or repeat the header's (merged down), where a data
    row has a number, a code or a name ("Một phần" in a data row's DVCTT cell is its value)."""
    for key in ("stt", "code", "name", "old_code", "old_name"):
        c = at.get(key)
        if c is not None and c < len(row) and (row[c] or "").strip() and \
                norm(row[c] or "") != norm(header[c] or ""):
            return False
    return True


def _owner(header: list[str | None], c: int, keys: dict[int, str]) -> str | None:
    """The merged header cell a sub-header stands under: the nearest named cell to its left."""
    for i in range(c, -1, -1):
        if i in keys:
            return keys[i]
        if header[i]:
            return None
    return None


def _one_text(row: list[str | None]) -> str | None:
    """The text of a row that holds one text only, in its first cell (a section heading merged
    across the table); a text alone in another column is the rest of a row cut by a page."""
    texts = [v.strip() for v in row if v and v.strip()]
    first = (row[0] or "").strip() if row else ""
    return first if texts and first and set(texts) == {first} \
        and not CODE.fullmatch(re.sub(r"\s+", "", first)) else None


def lines(text: str) -> str:
    """A cell's lines as one text: a name wrapped in its cell, or continued on the next page."""
    return " ".join(text.split())


def per_channel(text: str) -> tuple[str, list[str]]:
    """A time or fee cell as the catalogue reads one (load/cells.py): a ByChannel when each line
    starts with a channel's word ("Trực tiếp: …" / "Trực tuyến: …"), so it is written back per
    channel, never joined into one text; else its lines as one text. And what the reader is
    unsure of (a line read as more of the channel above), for the row's note."""
    value, unsure = read_by_channel(text)
    if isinstance(value, dict):
        return ByChannel({c: lines(v) for c, v in value.items()}), unsure
    return lines(text), unsure


# a legal document's title starting a line: "Luật Hộ tịch", "Nghị định 120/2025/NĐ-CP", "Thông tư số 04/…"
_LEGAL_START = re.compile(r"^(?:Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư(?: liên tịch)?|Quyết định|"
                          r"Chỉ thị)\s+(?:số\s+)?(?:\d|[A-ZĐÀ-Ỹ])")
# how a citation ends: its year, number ("07/2025/NĐ-CP") or a stop; a line ending otherwise goes on
_CITATION_END = re.compile(r"(?:\b\d{4}|/[A-ZĐ][A-ZĐ0-9-]*|[.,)])$")


def items(text: str, wrapped: bool = False) -> list[str]:
    """A list cell (căn cứ pháp lý): a bullet starts an item, ';' ends one, and so does a line
    break where a person wrote it (DOCX, XLSX: one item a line, as the catalogue's cells are
    read; a line in lower case goes on with the one above). In a PDF (``wrapped``) a break
    may be the cell's wrapping: a line goes on with the one above unless it is bulleted, or
    starts a legal document's title after a line that ends a citation ("… năm 2014" /
    "Nghị định 120/2025/NĐ-CP"): "… thi hành" / "Luật Hộ tịch" is one item."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        bulleted = re.match(r"^[-+•–*]\s*", line)
        if bulleted or not out or _starts_item(out[-1], line, wrapped):
            out.append(line[bulleted.end():] if bulleted else line)
        else:
            out[-1] += " " + line
    parts = [p.strip(" .;") for item in out for p in item.split(";")]
    return [" ".join(p.split()) for p in parts if p.strip(" .;")]


def _starts_item(above: str, line: str, wrapped: bool) -> bool:
    if not wrapped:
        return not line[:1].islower()
    return bool(_LEGAL_START.match(line)) and bool(_CITATION_END.search(above.rstrip(" ;")))


def _marked(text: str) -> bool:
    return norm(text) in ("x", "v", "co", "yes") or text.strip() in ("✓", "✔", "☑", "●", "•")


def scope_of(row: list[str | None], cols: Columns) -> str | None:
    """Toàn trình / một phần: marked under the merged header, or written in one cell."""
    if cols.cell(row, "online.full") and _marked(cols.cell(row, "online.full")):
        return "full"
    if cols.cell(row, "online.partial") and _marked(cols.cell(row, "online.partial")):
        return "partial"
    text = norm(cols.cell(row, "online"))
    if "toan trinh" in text:
        return "full"
    if "mot phan" in text:
        return "partial"
    return None


def _values(row: list[str | None], cols: Columns, notes: list[str], wrapped: bool) -> dict[str, object]:
    """The row's cells as catalogue fields (``wrapped``: a PDF's, whose line breaks may be the
    cell's wrapping); what a cell leaves unsure added to ``notes``, named by its field."""
    out: dict[str, object] = {}
    cell = next((t for k in ("time.reduced", "time.regular", "time") if (t := cols.cell(row, k)).strip()), "")
    time, unsure = per_channel(cell)
    notes += [f"{BY_NAME['time'].label}: {w}" for w in unsure]
    if time:
        out["time"] = time
    # who decides and where the file goes are two fields (fields.py: agency, place)
    if agency := lines(cols.cell(row, "agency")):
        out["agency"] = agency
    if place := lines(cols.cell(row, "place")):
        out["place"] = place
    fee, unsure = per_channel(cols.cell(row, "fee"))
    notes += [f"{BY_NAME['fee'].label}: {w}" for w in unsure]
    if fee:
        out["fee"] = fee
    if legal := items(cols.cell(row, "legal"), wrapped):
        out["legal_basis"] = legal
    if scope := scope_of(row, cols):
        out["scope"] = scope
    return out


def _codes(text: str) -> tuple[str, ...]:
    """Codes in a cell, whatever line breaks split them ("1.01379\\n0")."""
    return tuple(dict.fromkeys(CODE.findall(re.sub(r"(?<=\d)\s+(?=\d)", "", text or ""))))


def parse_blocks(blocks: list[Block]) -> tuple[list[Row], list[str]]:
    """Rows of every list, and the text lines (for the decision's own facts)."""
    text_lines: list[str] = []
    rows: list[Row] = []
    kind = level = section = None
    cols: Columns | None = None
    last: tuple[Row, list[str | None], Columns] | None = None  # a row continued on the next page
    last_open: set[int] = set()  # its columns whose last line is full: a word may go on
    known: set[str] | None = None  # the file's words, read once a page cuts a word

    fields_in_lists = False  # "1. Mới ban hành" then "a) Lĩnh vực …", or the other way round

    def set_heading(text: str) -> None:
        nonlocal kind, level, section, fields_in_lists
        k, lv, f = heading(text)
        if lv is not None:
            level, section, fields_in_lists = lv, None, False
        if k is not None:
            kind = k
            if fields_in_lists or section is None:
                section, fields_in_lists = None, True  # a list opens; its fields follow it
        if f is not None:
            section = f

    for block in blocks:
        if not block.is_table:
            text_lines.append(block.text)
            set_heading(block.text)
            last = None if heading(block.text) != (None, None, None) else last
            continue
        table = block.rows
        found = find_columns(table)
        start = 0
        if found is not None:
            cols = found
            start = next(r for r in range(len(table)) if tuple(norm(v or "") for v in table[r]) == found.signature) \
                + found.header_rows
            table_kind = ABOLISHED if "abolish" in cols.at else (
                REPLACED if {"old_code", "old_name"} & set(cols.at) else None)
            if table_kind:
                kind = table_kind
        elif cols is None or len(table[0]) != cols.width:
            for row in table:  # a table that is not a list: its texts may still be headings
                if (t := _one_text(row)) is not None:
                    text_lines.append(t)
            continue
        for r in range(start, len(table)):
            row = table[r]
            folded = tuple(norm(v or "") for v in row)
            if folded == cols.signature:
                continue  # the header row repeated on a new page
            if cols.header_rows == 2 and r > 0 and tuple(norm(v or "") for v in table[r - 1]) == cols.signature:
                continue  # the second header row repeated on a new page
            if not any((v or "").strip() for v in row):
                continue
            one = _one_text(row)
            if one is not None and not one.strip().isdigit():  # a row with only its number is a row
                text_lines.append(one)
                set_heading(one)
                last = None
                continue
            codes = _codes(cols.cell(row, "code"))
            stt = cols.cell(row, "stt").strip()
            if not stt and not codes and last is not None:
                # the rest of the row above, carried over to the next page: join cell by cell
                prev, cells, pcols = last
                for c, v in enumerate(row):
                    if v and v.strip() and c < len(cells):
                        if c in last_open and cells[c]:  # a word the page may have cut
                            if known is None:
                                known = known_words(_texts(blocks))
                            cells[c] = (settle(f"{cells[c]}{MAYBE_WORD}{v}", known) or "").strip("\n")
                        else:
                            cells[c] = f"{cells[c] or ''}\n{v}".strip("\n")
                _fill(prev, cells, pcols, block.page is not None)
                continue
            where = f"{block.where}, {say('import.decision_where_row', n=r + block.first_row)}"
            new = Row(kind, level, section, where)
            cells = list(row)
            _fill(new, cells, cols, block.page is not None)  # a PDF's cell: its breaks may be wrapping
            rows.append(new)
            last = (new, cells, cols)
            last_open = {c for (i, c) in block.open_ends if i == r}
    return rows, text_lines


def _texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks] + [v for b in blocks for r in b.rows for v in r if v]


def _fill(row: Row, cells: list[str | None], cols: Columns, wrapped: bool) -> None:
    row.codes = tuple(dict.fromkeys(_codes(cols.cell(cells, "code")) + _codes(cols.cell(cells, "new_code"))))
    row.name = lines(cols.cell(cells, "name"))
    row.old_codes = _codes(cols.cell(cells, "old_code"))
    row.old_name = lines(cols.cell(cells, "old_name"))
    row.abolished_by = lines(cols.cell(cells, "abolish"))
    row.notes = []
    row.values = _values(cells, cols, row.notes, wrapped)
    if not row.field and (f := lines(cols.cell(cells, "field"))):
        row.field = f


def read_annex(path: Path, shown: str) -> Annex:
    data = path.read_bytes()
    blocks = read_blocks(path, shown)
    rows, text_lines = parse_blocks(blocks)
    words = text_lines + [v for b in blocks for r in b.rows for v in r if v]
    return Annex(path, shown, hashlib.sha256(data).hexdigest(), read_decision(text_lines), rows, words)
