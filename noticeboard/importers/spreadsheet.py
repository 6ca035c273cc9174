"""Province "danh mục TTHC" spreadsheets (CSV, XLSX) into catalogue procedures.

Real sheets have a title block above the header, columns in any order and spelling, merged
cells (a field merged down over its procedures), section rows ("I. Lĩnh vực Hộ tịch") and
several documents in one cell. Columns are matched on folded text, so "MÃ TTHC", "Mã thủ tục"
and "ma thu tuc" are the same column.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..fields import BY_CHANNEL, BY_NAME, DATES, header_aliases, match_header, parse_date
from ..load.cells import collapse_repeats, first_upper, short, read_by_channel, read_papers, split_items
from ..load.catalogue_sheet import CHANNEL_WORDS, SECTION, UNIT, choice_value
from ..load.sheet import day_number, join_parts, norm
from ..messages import say
from . import CODE, PORTAL_PAGE, Imported, clean, finish
from ..load.sheet import read_csv, read_workbook
from ..fields import ONLINE_PARTS, official_columns

# Folded header text -> catalogue key. A header matches an alias exactly or starts with it
# followed by more words ("thoi han giai quyet ngay lam viec").
ALIASES: dict[str, tuple[str, ...]] = {
    **header_aliases(),
    "skip": ("stt", "so tt", "tt"),  # row numbers: nothing to map (remarks are reported)
}
LISTS = {"documents", "steps", "legal_basis", "forms"}
LISTS |= {f"official.{k}" for k in LISTS}
HEADER_SCAN = 30  # rows searched for the header (title blocks are a few rows)


def column_key(header: Any) -> str | None:
    return match_header(norm(header), ALIASES)


def read(path: Path) -> list[Imported]:
    """The records of a CSV file or of every sheet of a workbook with a header row. The files
    are read as the project's own workbooks are (merged cells, links, the same advice for a CSV
    file that is not UTF-8)."""

    path = Path(path)
    if path.suffix.lower() == ".csv":
        grid, problems = read_csv(path, str(path))
        grids = [grid] if grid else []
    else:
        found, problems = read_workbook(path, str(path))
        grids = found or []
    if problems:
        raise ValueError(str(problems[0]))
    out: list[Imported] = []
    for grid in grids:
        # A link cell often shows "Xem" and hides the address in its hyperlink.
        rows = [[grid.links.get((r, c), v) for c, v in enumerate(row)] for r, row in enumerate(grid.rows)]
        out += _records(str(path) if grid.name is None else say("import.origin_sheet", path=path, sheet=grid.name), rows)
    if not out:
        raise ValueError(say("import.no_header", path=path))
    return out


def _find_header(rows: list[list[Any]]) -> tuple[int, dict[int, str], dict[int, str], dict[str, str]] | None:
    """(row, {column: key}, {column: header no key matches}, {key: unit in its header})."""
    for i, row in enumerate(rows[:HEADER_SCAN]):
        keys = {j: column_key(v) for j, v in enumerate(row) if clean(v)}
        found = {j: k for j, k in keys.items() if k}
        if ("code" in found.values() or "name" in found.values()) and len(set(found.values()) - {"skip"}) >= 2:
            unknown = {j: clean(row[j]) for j, k in keys.items() if k is None}
            columns: dict[int, str] = {}
            for j, k in found.items():
                # A header merged over several columns repeats its text: read its first column.
                # Two headers of one field ("Phí", "Lệ phí") are both read.
                if k != "skip" and not (j > 0 and clean(row[j - 1]) == clean(row[j]) and j - 1 in columns):
                    columns[j] = k
            units = {k: m.group(1) for j, k in columns.items() if (m := UNIT.search(clean(row[j])))}
            return i, columns, unknown, units
    return None


def _records(origin: str, rows: list[list[Any]]) -> list[Imported]:
    header = _find_header(rows)
    if header is None:
        return []
    start, columns, unknown, units = header
    headers = {j: clean(rows[start][j]) for j in columns}
    out: list[Imported] = []
    above: dict[str, str] = {}  # field and agency of the row above, for cells left blank
    for n, row in enumerate(rows[start + 1:], start + 2):
        cells: dict[str, list[tuple[str, Any]]] = {}
        for j, k in columns.items():
            if j < len(row) and clean(row[j]):
                cells.setdefault(k, []).append((headers[j], row[j]))
        if not cells:
            continue
        code_cell = cells.get("code", [("", "")])[0][1]
        if not CODE.search(_text("code", code_cell)):
            label = next((m.group(1) for v in row if (m := SECTION.match(clean(v)))), None)
            if label:  # "I. Lĩnh vực Hộ tịch": a section heading names the field below it
                above = {"field": first_upper(label.strip())}
                continue
            if "name" not in cells:
                continue  # totals, sub-headings, notes under the table
        # CSV exports of merged cells leave the rows below blank: fill them down.
        filled = [key for key in ("field", "agency") if key not in cells and above.get(key)]
        for key in filled:
            cells[key] = [("", above[key])]
        rec = _convert(cells, say("import.origin_row", origin=origin, row=n), units)
        rec.notes += [say("import_filled_down", field=BY_NAME[k].label, value=above[k]) for k in filled]
        rec.notes += [say("import_not_mapped", header=h, value=_short(clean(row[j])))
                      for j, h in unknown.items() if j < len(row) and clean(row[j])]
        above = {k: rec.fields.get(k, "") for k in ("field", "agency")}
        out.append(rec)
    return out


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


def _convert(cells: dict[str, list[tuple[str, Any]]], origin: str, units: dict[str, str]) -> Imported:
    """One record from its cells: {key: [(header, value), ...]} (two columns of one field are
    both kept); every split, joined or completed cell is noted."""
    rec = Imported(origin)
    f = rec.fields
    for key, parts in cells.items():
        values = [(header, _one(rec, key, header, value, units)) for header, value in parts]
        values = [(h, v) for h, v in values if v not in (None, "", [])]
        if not values:
            continue
        if len(values) > 1:
            rec.notes.append(say("import_joined", headers=", ".join(f'"{h}"' for h, _ in values),
                                 field=_label(key)))
        f[key] = join_parts(values) if len(values) > 1 else values[0][1]
    official = {k.split(".", 1)[1]: f.pop(k) for k in list(f) if k.startswith("official.")}
    if official:  # "Thành phần hồ sơ (văn bản gốc)": the official wording
        f["official"] = official
    url = f.pop("url", None)
    portal_id = f.pop("id", None)
    scope_text = f.pop("scope", "")
    if url or portal_id:
        f["online"] = {"url": url or PORTAL_PAGE.format(id=portal_id), "scope": "partial"}
    if "online" in f and scope_text:
        scope = choice_value("scope", scope_text)
        if scope:
            f["online"]["scope"] = scope
        else:
            rec.notes.append(say("import.scope_unknown", value=scope_text))
    elif "online" in f:
        rec.notes.append(say("import.no_scope"))
    return finish(rec)


def _label(key: str) -> str:
    return BY_NAME[key].label if key in BY_NAME else next(f.label for f in ONLINE_PARTS + official_columns()
                                                          if f.name == key)


def _one(rec: Imported, key: str, header: str, value: Any, units: dict[str, str]) -> Any:
    """One cell's value for ``key``."""
    text = _text(key, value)
    base = key.split(".", 1)[-1]  # official.time reads as time
    if base in BY_NAME and BY_NAME[base].textual and base not in BY_CHANNEL:
        # never across channels: "Trực tiếp: …; Miễn …\nTrực tuyến: …; Miễn …" keeps both
        text, dropped = collapse_repeats(text, items=key in LISTS)
        rec.notes += [say("cell_repeat_dropped", piece=short(piece)) for piece in dropped]
    if key == "code":
        codes = CODE.findall(text)
        if codes and text != codes[0]:
            rec.notes.append(say("import.code_read_as", text=text, code=codes[0]))
        return codes[0] if codes else text
    if key in LISTS:
        joined: list[str] = []
        items: list[Any]  # papers may have items of their own
        if base == "documents":
            items, unsure = read_papers(text, joined)
            rec.notes += unsure
        else:
            items = split_items(text, joined)
        if len(items) > 1:
            rec.notes.append(say("import_split", header=header, count=len(items)))
        for piece in joined:
            rec.notes.append(say("import_continued", header=header, piece=_short(piece)))
        return items
    if key in DATES:
        day = parse_date(value if not isinstance(value, str) else text)
        if day is None and (day := day_number(value)) is not None:  # typed into a plain cell
            rec.notes.append(say("import.day_number", value=text, date=f"{day:%d/%m/%Y}"))
        return day.isoformat() if day else text
    if key == "channels":
        return [c for c, word in CHANNEL_WORDS if norm(word) in norm(text)]
    if key == "time" and re.fullmatch(r"[\d.,]+", text):
        # A bare number: the unit is in the header ("Thời hạn giải quyết (ngày làm việc)").
        if "time" in units:
            rec.notes.append(say("import_unit_from_header", value=text, unit=units["time"]))
            return f"{text} {units['time']}"
        rec.notes.append(say("import.time_no_unit", value=text))
    if base in BY_CHANNEL:  # "Trực tiếp: 1 ngày làm việc" / "Trực tuyến: ...": per channel
        value, unsure = read_by_channel(text)
        rec.notes += unsure
        return value
    return text


def _text(key: str, value: Any) -> str:
    if isinstance(value, float) and key == "code":
        return f"{value:.6f}"  # Excel turned "1.001193" into a number
    if isinstance(value, (int, float)) and key == "fee":
        return "Miễn phí" if value == 0 else f"{int(value):,}".replace(",", ".") + " đồng"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(value)
