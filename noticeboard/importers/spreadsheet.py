"""Province "danh mục TTHC" spreadsheets (CSV, XLSX) into catalogue procedures.

Real sheets have a title block above the header, columns in any order and spelling, merged
cells (a field merged down over its procedures), section rows ("I. Lĩnh vực Hộ tịch") and
several documents in one cell. Columns are matched on folded text, so "MÃ TTHC", "Mã thủ tục"
and "ma thu tuc" are the same column.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any, Iterator

from ..fields import DATES, header_aliases, match_header, parse_date
from ..slug import fold
from . import CODE, PORTAL_PAGE, Imported, clean, finish, first_upper, unbullet

# Folded header text -> catalogue key. A header matches an alias exactly or starts with it
# followed by more words ("thoi han giai quyet ngay lam viec").
ALIASES: dict[str, tuple[str, ...]] = {
    **header_aliases(),
    "skip": ("stt", "so tt", "tt", "ghi chu"),  # row numbers and remarks: nothing to map
}
LISTS = {"documents", "steps", "legal_basis", "forms"}
HEADER_SCAN = 30  # rows searched for the header (title blocks are a few rows)


def norm(text: Any) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(clean(text))).strip()


def column_key(header: Any) -> str | None:
    return match_header(norm(header), ALIASES)


def read(path: Path) -> list[Imported]:
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return list(_records(str(path), _csv_rows(path)))
    out: list[Imported] = []
    for sheet, rows in _xlsx_sheets(path):
        out += _records(f"{path}, sheet {sheet}", rows)
    if not out:
        raise ValueError(f"{path}: no sheet has a header row naming Mã thủ tục / Tên thủ tục")
    return out


def _csv_rows(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "utf-16"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeError:
            continue
    else:
        raise ValueError(f"{path}: not UTF-8 text; in Excel use 'Save as' → 'CSV UTF-8'")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def _xlsx_sheets(path: Path) -> Iterator[tuple[str, list[list[Any]]]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, data_only=True)  # not read_only: merged cells needed
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ValueError(f"{path}: not a readable .xlsx file ({exc})") from None
    for ws in wb.worksheets:
        rows = [[_cell_value(c) for c in row] for row in ws.iter_rows()]
        # A merged range keeps its value in the top-left cell only: copy it to every cell.
        for rng in ws.merged_cells.ranges:
            value = rows[rng.min_row - 1][rng.min_col - 1] if rng.min_row <= len(rows) else None
            for r in range(rng.min_row - 1, min(rng.max_row, len(rows))):
                for c in range(rng.min_col - 1, min(rng.max_col, len(rows[r]))):
                    rows[r][c] = value
        yield ws.title, rows


def _cell_value(cell: Any) -> Any:
    """A link cell often shows "Xem" and hides the address in its hyperlink."""
    link = getattr(cell, "hyperlink", None)
    return link.target if link is not None and link.target else cell.value


def _find_header(rows: list[list[Any]]) -> tuple[int, dict[int, str], list[str], dict[str, str]] | None:
    for i, row in enumerate(rows[:HEADER_SCAN]):
        keys = {j: column_key(v) for j, v in enumerate(row) if clean(v)}
        found = {j: k for j, k in keys.items() if k}
        if ("code" in found.values() or "name" in found.values()) and len(set(found.values()) - {"skip"}) >= 2:
            unknown = [clean(row[j]) for j, k in keys.items() if k is None]
            columns: dict[int, str] = {}
            for j, k in found.items():  # the first column of a kind wins (merged headers repeat)
                if k != "skip" and k not in columns.values():
                    columns[j] = k
            units = {k: m.group(1) for j, k in columns.items() if (m := re.search(r"\(([^)]+)\)", clean(row[j])))}
            return i, columns, unknown, units
    return None


def _records(origin: str, rows: list[list[Any]]) -> list[Imported]:
    header = _find_header(rows)
    if header is None:
        return []
    start, columns, unknown, units = header
    out: list[Imported] = []
    above: dict[str, str] = {}  # field and agency of the row above, for cells left blank
    for n, row in enumerate(rows[start + 1:], start + 2):
        values = {k: row[j] for j, k in columns.items() if j < len(row) and clean(row[j])}
        if not values:
            continue
        if not CODE.search(_text("code", values.get("code", ""))):
            label = next((m.group(1) for v in row if (m := _SECTION.match(clean(v)))), None)
            if label:  # "I. Lĩnh vực Hộ tịch": a section heading names the field below it
                above = {"field": first_upper(label.strip())}
                continue
            if "name" not in values:
                continue  # totals, sub-headings, notes under the table
        # CSV exports of merged cells leave the rows below blank: fill them down.
        for key in ("field", "agency"):
            values.setdefault(key, above.get(key, ""))
        rec = _convert(values, f"{origin}, row {n}", units)
        above = {k: rec.fields.get(k, "") for k in ("field", "agency")}
        if unknown and not out:
            rec.notes.append("columns not mapped: " + ", ".join(unknown))
        out.append(rec)
    return out


_SECTION = re.compile(r"^(?:[IVXLC]+|\d+|[A-Z])?[.)]?\s*lĩnh vực\s*:?\s*(.+)$", re.I)


def _convert(values: dict[str, Any], origin: str, units: dict[str, str]) -> Imported:
    rec = Imported(origin)
    f = rec.fields
    for key, value in values.items():
        text = _text(key, value)
        if key == "code":
            codes = CODE.findall(text)
            f["code"] = codes[0] if codes else text
            if codes and text != codes[0]:
                rec.notes.append(f'code cell "{text}" read as "{codes[0]}"')
        elif key in LISTS:
            f[key] = split_items(text)
        elif key == "url":
            f["online"] = {"url": text, "scope": "partial"}
        elif key == "id" and "url" not in values:
            f["online"] = {"url": PORTAL_PAGE.format(id=text), "scope": "partial"}
        elif key == "id":
            continue
        elif key in DATES:
            day = parse_date(value if not isinstance(value, str) else text)
            f[key] = day.isoformat() if day else text
        elif key == "channels":
            f["channels"] = [c for c, word in (("direct", "truc tiep"), ("postal", "buu chinh"),
                                               ("online", "truc tuyen")) if word in norm(text)]
        elif key == "time" and re.fullmatch(r"[\d.,]+", text):
            # A bare number: the unit is in the header ("Thời hạn giải quyết (ngày làm việc)").
            f[key] = f"{text} {units['time']}" if "time" in units else text
            if "time" not in units:
                rec.notes.append(f'time "{text}" has no unit: add one (ngày làm việc?)')
        elif key != "scope":
            f[key] = text
    scope = norm(values.get("scope", ""))
    if "online" in f and scope:
        if "toan trinh" in scope or scope in ("4", "muc do 4"):
            f["online"]["scope"] = "full"
        elif not ("mot phan" in scope or scope in ("3", "muc do 3")):
            rec.notes.append(f'scope "{clean(values["scope"])}" not understood: written as partial')
    elif "online" in f:
        rec.notes.append("no scope column: online scope written as partial")
    return finish(rec)


def _text(key: str, value: Any) -> str:
    if isinstance(value, float) and key == "code":
        return f"{value:.6f}"  # Excel turned "1.001193" into a number
    if isinstance(value, (int, float)) and key == "fee":
        return "Miễn phí" if value == 0 else f"{int(value):,}".replace(",", ".") + " đồng"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(value)


def split_items(text: str) -> list[str]:
    """One item per line or per ';'. A piece that starts in lower case continues the one
    before it ('Giấy chứng sinh; trường hợp không có ...' stays one item)."""
    items: list[str] = []
    for line in text.split("\n"):
        for piece in line.split(";"):
            piece = piece.strip()
            if not piece:
                continue
            bulleted = unbullet(piece) != piece.rstrip(";").strip()
            piece = unbullet(piece)
            if items and not bulleted and piece[:1].islower():
                items[-1] += "; " + piece
            elif piece:
                items.append(first_upper(piece))
    return items
