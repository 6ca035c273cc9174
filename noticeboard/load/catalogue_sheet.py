"""Catalogue workbooks (``procedures/*.xlsx``) and CSV files: one procedure per row, into the
same values a catalogue YAML file holds, each marked with its cell. The columns are those of
``fields.py`` (each field declared once), so a new field is a new column without a change here."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .. import fields
from ..errors import Problem
from ..messages import say
from .cells import cell_value, read_by_channel, read_papers, split_items
from .sheet import (Column, Grid, SheetDocument, Table, blank_header_problems, cell_text, cell_trouble,
                    checked, data_row_as_header, day_number, find_table, join_parts, linked_value, norm,
                    read_csv, read_workbook,
                    unknown_header_problems)

SHEET = "Thủ tục"
CHANGE_SHEET = "Theo dõi thay đổi"  # the history `import decision` keeps (decisions/log.py)
IGNORED = ("STT", "Số TT", "TT", "Số thứ tự")  # row numbers: nothing to read
_KINDS = {"code": "code", "text": "text", "by_channel": "by_channel", "list": "texts", "papers": "papers",
          "date": "date", "channels": "choice"}
_TEXTUAL = ("text", "by_channel", "texts", "papers")  # two columns of one such field are joined
# Notes init puts on each header (Vietnamese, for the clerk); the label is the fallback.
NOTES = {
    "code": "Mã thủ tục quốc gia, ví dụ 1.001193 (định dạng ô: Văn bản)",
    "name": "Tên thủ tục như in trên áp phích",
    "documents": "Giấy tờ cần mang: mỗi giấy tờ một dòng (Alt+Enter). Giấy tờ có các giấy tờ con: "
                 "kết thúc bằng dấu \":\", mỗi giấy tờ con một dòng bắt đầu bằng \"- \". Để trống nếu "
                 "chưa có: áp phích ghi nơi xem",
    "time": "Một thời hạn chung, hoặc từng cách nộp mỗi cách một dòng: \"Trực tiếp: 1 ngày làm việc\", "
            "\"Trực tuyến: ...\", \"Bưu chính: ...\"",
    "fee": "Một mức phí chung, hoặc từng cách nộp mỗi cách một dòng: \"Trực tiếp: ...\", \"Trực tuyến: ...\"",
    **{f.name: "Văn bản gốc (lời văn chính thức) khi cột bên trái là lời văn xã viết gọn; để trống nếu như nhau"
       for f in fields.official_columns()},
    "steps": "Các bước: mỗi bước một dòng (Alt+Enter)",
    "channels": "Trực tiếp, Bưu chính, Trực tuyến (cách nhau bằng dấu ;)",
    "url": "Địa chỉ trang thủ tục trên dichvucong.gov.vn (mã QR mở trang này)",
    "id": "Hoặc: phần cuối của địa chỉ trang thủ tục (ID)",
    "scope": "Toàn trình hoặc Một phần (chỉ khi có Đường dẫn hoặc ID)",
    "effective_from": "Ngày bắt đầu có hiệu lực (dd/mm/yyyy)",
    "effective_until": "Ngày hết hiệu lực, bị bãi bỏ (dd/mm/yyyy)",
    "replaced_by": "Mã thủ tục thay thế thủ tục này",
    "decision": "Số quyết định công bố, ví dụ 3523/QĐ-UBND",
}
SCOPE_WORDS = (("full", "Toàn trình"), ("partial", "Một phần"))
CHANNEL_WORDS = (("direct", "Trực tiếp"), ("postal", "Bưu chính"), ("online", "Trực tuyến"))
_WIDE = {"name": 40, "documents": 50, "steps": 50, "conditions": 36, "legal_basis": 36, "forms": 36,
         "url": 40, "agency": 24, "time": 22, "fee": 24, "who": 24, "result": 24, "id": 38}


def _column(f: fields.Field, key: str) -> Column:
    kind = {"url": "text", "id": "text", "scope": "choice"}.get(key) or _KINDS[f.kind]
    choices = {"scope": SCOPE_WORDS, "channels": CHANNEL_WORDS}.get(key, ())
    required = key == "code" or (f.required and key not in ("url", "id", "scope"))
    return Column(key, f.header, f.aliases, kind, required, NOTES.get(key, f.label), choices,
                  _WIDE.get(key, 16))


# online's parts are read as "online.url", "online.id", "online.scope".
COLUMNS: tuple[Column, ...] = tuple(_column(f, f.name) for f in fields.columns())
_ONLINE = {f.name for f in fields.ONLINE_PARTS}


def _path(col: Column) -> tuple[str, ...]:
    if col.key in _ONLINE:
        return ("online", col.key)
    return tuple(col.key.split(".", 1)) if col.key.startswith("official.") else (col.key,)


def catalogue_grid(grids: list[Grid]) -> Grid:
    """The sheet a catalogue workbook's procedures are read from: the one named SHEET, else the first."""
    return next((g for g in grids if norm(g.name) == norm(SHEET)), grids[0])


def read_catalogue_sheet(path: Path, shown: str) -> tuple[SheetDocument | None, list[Problem]]:
    if path.suffix.lower() == ".csv":
        grid, problems = read_csv(path, shown)
        grids = [grid] if grid else None
    else:
        grids, problems = read_workbook(path, shown)
    if not grids:
        return None, problems
    grid = catalogue_grid(grids)
    for g in grids:
        if g is not grid and norm(g.name) != norm(CHANGE_SHEET) and any(v is not None for row in g.rows for v in row):
            problems.append(Problem(shown, None, None, "", say("sheet_not_read_catalogue", sheet=g.name,
                                                                read=grid.name), warning=True))
    table = find_table(grid, COLUMNS, "code", IGNORED)
    if table is None:
        problems.append(Problem(shown, 1, 1, "", say("sheet_no_header", sheet=grid.name or shown,
                                                      headers=", ".join(c.header for c in COLUMNS if c.required)),
                                cell=grid.cell(0, 0), sheet=grid.sheet_index))
        return None, problems
    wrong = data_row_as_header(table, COLUMNS)
    if wrong is not None:
        return None, problems + [wrong]
    # A province's annex may keep notes beside its table: a blank header there is a warning.
    blank, explained = blank_header_problems(table, COLUMNS, blank_is_error=False)
    problems += blank + unknown_header_problems(table, COLUMNS, shown)
    problems += _missing_columns(table, explained)
    if any(not p.warning for p in problems):
        return None, problems  # a missing column would only give a "missing" error per row
    doc = SheetDocument(shown)
    doc.data = {"procedures": _procedures(doc, table, problems)}
    if not doc.data["procedures"]:
        doc.marks[("procedures",)] = grid.mark(table.header_row, 0)
    return doc, problems


def _missing_columns(table: Table, explained: set[str]) -> list[Problem]:
    have: dict[str, int] = {}
    out = []
    for c, col in sorted(table.columns.items()):
        if col.key in have and col.kind not in _TEXTUAL:  # two texts are joined
            out.append(table.grid.problem(table.header_row, c, say(
                "sheet_column_twice", header=table.header(c), other=table.header(have[col.key]))))
        have.setdefault(col.key, c)
    for col in COLUMNS:
        if col.required and col.key not in have and col.key not in explained:
            out.append(table.grid.problem(table.header_row, 0, say(
                "sheet_column_missing", header=col.header, sheet=table.grid.name or table.grid.file),
                say("sheet_column_missing_hint", header=col.header)))
    return out


# Shared with the importer: a section heading naming the field of the rows below it, and the
# unit in a header's brackets ("Thời hạn giải quyết (ngày làm việc)").
SECTION = re.compile(r"^(?:[IVXLC]+|\d+|[A-Z])?[.)]?\s*lĩnh vực\s*:?\s*(.+)$", re.I)
UNIT = re.compile(r"\(([^)]+)\)")
_LEVELS = {"4": "full", "muc do 4": "full", "3": "partial", "muc do 3": "partial"}  # old "mức độ 3/4"


def choice_value(key: str, word: str) -> str | None:
    """The value a clerk's word stands for: "Toàn trình" -> "full", "Trực tiếp" -> "direct"
    (scope also reads the old levels 3 and 4); None when it is none of them."""
    words = SCOPE_WORDS if key == "scope" else CHANNEL_WORDS
    w = norm(word)
    found = next((v for v, shown in words if w in (norm(shown), norm(v))), None)
    if found is None:  # "DVC trực tuyến toàn trình": the one choice word it holds
        inside = [v for v, shown in words if norm(shown) in w]
        found = inside[0] if len(inside) == 1 else None
    return found or (_LEVELS.get(w) if key == "scope" else None)


def choice_cell(key: str, value: Any) -> Any:
    """A choice as a clerk's cell says it: "full" -> "Toàn trình", ["direct", "online"] ->
    "Trực tiếp; Trực tuyến" (read back by ``choice_value``); any other value as it is."""
    if key in ("scope", "online.scope") and isinstance(value, str):
        return dict(SCOPE_WORDS).get(value, value)
    if key == "channels" and isinstance(value, (list, tuple)):
        return "; ".join(str(dict(CHANNEL_WORDS).get(c, c)) for c in value) or None
    return value


_CODE = re.compile(r"\d\.\d{6}(\.\d{2})?")


def _procedures(doc: SheetDocument, table: Table, problems: list[Problem]) -> list[dict[str, Any]]:
    grid = table.grid
    out: list[dict[str, Any]] = []
    section: str | None = None  # "I. Lĩnh vực Hộ tịch" above a group of rows names their field
    scope_alone = 0
    units = {col.key: m.group(1).strip() for c, col in table.columns.items()
             if (m := UNIT.search(table.header(c)))}
    for r in table.data_rows():
        filled = {c: cell_text(grid.value(r, c)) for c in table.columns}
        distinct = {v for v in filled.values() if v is not None}
        heading = distinct.pop() if len(distinct) == 1 else None
        if heading is not None and not _CODE.fullmatch(heading):
            # One text across the row (a merged heading, a total, a note): not a procedure.
            if m := SECTION.match(heading):
                section = m.group(1).strip()
            else:
                first = min(c for c, v in filled.items() if v is not None)
                problems.append(grid.problem(r, first, say("sheet_row_not_read", text=heading[:60]),
                                             say("sheet_row_not_read_hint"), warning=True))
            continue
        i = len(out)
        proc, alone = _row(doc, table, r, ("procedures", i), units, problems)
        scope_alone += alone
        if section and "field" not in proc:
            proc["field"] = section
        out.append(proc)
    if scope_alone:
        col = next(c for c, col in table.columns.items() if col.key == "scope")
        problems.append(grid.problem(table.header_row, col, say("sheet_scope_without_link", count=scope_alone),
                                     say("sheet_scope_without_link_hint"), warning=True))
    return out


def _row(doc: SheetDocument, table: Table, r: int, base: tuple, units: dict[str, str],
         problems: list[Problem]) -> tuple[dict[str, Any], int]:
    """One procedure from row ``r``; and 1 when it has a Mức độ but no link (not used)."""
    grid = table.grid
    proc: dict[str, Any] = {}
    joined: dict[str, list[tuple[str, Any]]] = {}
    doc.marks[base] = grid.mark(r, min(table.columns))
    for c, col in sorted(table.columns.items()):
        path = base + _path(col)
        if path not in doc.marks:
            doc.put(path, grid, r, c, table.header(c))
        trouble = cell_trouble(grid, r, c)
        if trouble:  # never "#DIV/0!" as a value, nor "missing" for an unsaved formula
            problems.append(doc.problem(path, *trouble))
            doc.explained.add(path)
            continue
        raw, readable = linked_value(doc, path, grid, r, c, col.key == "url", problems)
        if not readable:  # it shows one link and opens another
            continue
        text = cell_text(raw, col.kind)
        if text is None:
            continue
        if col.kind == "date" and (day := day_number(raw)) is not None:
            problems.append(doc.problem(path, say("sheet_day_number", value=text, date=f"{day:%d/%m/%Y}"),
                                        say("sheet_day_number_hint"), warning=True))
            text = day.isoformat()
        text = checked(doc, path, text, problems)
        value = _value(col, text, units, doc, path, problems)
        if col.key in proc or col.key in joined:
            joined.setdefault(col.key, [(table.header(table_col(table, col.key)), proc.pop(col.key))])
            joined[col.key].append((table.header(c), value))
            continue
        proc[col.key] = value
        for j in range(len(value) if isinstance(value, list) else 0):
            doc.put(path + (j,), grid, r, c)
    for key, parts in joined.items():  # "Phí" and "Lệ phí": both kept, each under its header
        proc[key] = join_parts(parts)
    official = {k.split(".", 1)[1]: proc.pop(k) for k in list(proc) if k.startswith("official.")}
    if official:  # "Thành phần hồ sơ (văn bản gốc)": official: documents
        proc["official"] = official
        doc.marks[base + ("official",)] = doc.marks[base + ("official", next(iter(official)))]
    online = {k: proc.pop(k) for k in list(proc) if k in _ONLINE}
    if "url" in online and _PORTAL_ID.fullmatch(online["url"]):
        online["id"] = online.pop("url")  # the id alone in the Đường dẫn column
        doc.marks[base + ("online", "id")] = doc.marks[base + ("online", "url")]
    alone = 0
    if "url" in online or "id" in online:
        proc["online"] = online
        doc.marks[base + ("online",)] = doc.marks[base + ("online", "url" if "url" in online else "id")]
    elif "scope" in online:
        alone = 1
    return proc, alone


_PORTAL_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def table_col(table: Table, key: str) -> int:
    return next(c for c, col in sorted(table.columns.items()) if col.key == key)


def _value(col: Column, text: str, units: dict[str, str], doc: SheetDocument, path: tuple,
           problems: list[Problem]) -> Any:
    # a cell keeps every word typed: a text pasted twice is said by the catalogue's own check
    # (load/project.py, for YAML files too), never shortened here
    if col.kind == "texts":
        return split_items(text)
    if col.kind == "papers":
        papers, unsure = read_papers(text)
        problems += [doc.problem(path, w, warning=True) for w in unsure]
        return papers
    if col.kind == "choice":
        words = [w.strip() for w in re.split(r"[;,\n]+", text) if w.strip()] if col.key == "channels" else [text]
        found = []
        for word in words:
            value = choice_value(col.key, word)
            if value is None:
                choices = ", ".join(f'"{s}"' for _, s in col.choices)
                problems.append(doc.problem(path, say("sheet_not_a_choice", value=word, header=col.header,
                                                      choices=", ".join(s for _, s in col.choices)),
                                            say("hint.sheet_choice", choices=choices)))
                doc.explained.add(path)
                value = word
            found.append(value)
        return found if col.key == "channels" else found[0]
    if col.key == "time" and re.fullmatch(r"[\d.,]+", text):
        if col.key in units:  # the unit is in the header: "Thời hạn giải quyết (ngày làm việc)"
            return f"{text} {units[col.key]}"
        problems.append(doc.problem(path, say("sheet_time_no_unit", value=text),
                                    say("sheet_time_no_unit_hint", value=text), warning=True))
    if col.kind == "by_channel":
        per_channel, unsure = read_by_channel(text)
        problems += [doc.problem(path, w, warning=True) for w in unsure]
        return per_channel
    return text


def procedure_cells(proc: Any) -> list[Any]:
    """A procedure of the model as a row of COLUMNS: what reading the row back gives again."""
    out: list[Any] = []
    for col in COLUMNS:
        if col.key == "url":
            value = proc.online.url if proc.online else None
        elif col.key == "id":
            value = None  # the model keeps the whole link, written under Đường dẫn
        elif col.key == "scope":
            value = choice_cell("scope", proc.online.scope) if proc.online else None
        elif col.key == "channels":
            value = choice_cell("channels", proc.channels)
        elif col.key.startswith("official."):
            value = proc.official.get(col.key.split(".", 1)[1])
        else:
            value = getattr(proc, col.key)
        out.append(cell_value(value))
    return out
