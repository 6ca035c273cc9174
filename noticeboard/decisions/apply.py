"""Write a plan into the project: the catalogue files it changes (YAML edited in place with
its comments kept, workbooks cell by cell with their formatting kept) and the change log, all
renamed into place together (output/atomic.py) after the new catalogue has been read back."""

from __future__ import annotations

import codecs
import contextlib
import copy as copy_module
import csv
import datetime as dt
import io
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterator

from .. import fields
from .. import model as m
from ..errors import DataError, NoticeboardError, Problem
from ..load.sheet import WORKBOOK_SUFFIXES, column_letter
from ..load.source import NON_PRINTABLE
from ..load.readers import YAML_SUFFIXES
from ..messages import say
from ..output.atomic import write_all
from . import log
from .parse import ABOLISHED, AMENDED, NEW
from .plan import APPLY, Action, FieldChange, ImportPlan
from ..errors import Problems
from ..load.project import load_catalogue_at
from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString as Q
from ruamel.yaml.comments import CommentedMap
from ..load.cells import cell_value
from ..load.catalogue_sheet import COLUMNS, IGNORED, catalogue_grid, choice_cell
from ..load.sheet import find_table, read_csv, read_workbook
from ..load.sheet import norm


class ImportNotWritten(NoticeboardError):
    """The catalogue written would not load again (a bug): nothing was written."""


def log_entries(plan: ImportPlan) -> list[dict[str, Any]]:
    today = plan.date
    out = []
    for a in plan.writes:
        d = a.decision
        out.append({"decision_date": d.signed, "decision": d.number, "code": a.code, "name": a.name,
                    "field": a.field, "change": a.kind, "level": a.level, "effective": d.effective,
                    "status": a.status, "what": [c.field for c in a.changes if c.field != "decision"],
                    "legal_basis": legal_basis(a), "note": a.note, "file": a.annex.shown, "sha256": a.annex.sha256, "imported": today})
    return out


def legal_basis(a: Action) -> list[str]:
    """The annex's legal basis of the row (căn cứ pháp lý), or for an abolished procedure the
    text that abolishes it: kept in the log, as the catalogue keeps only the latest."""
    if a.kind == ABOLISHED:
        return [a.row.abolished_by] if a.row.abolished_by else []
    return list(a.row.values.get("legal_basis") or [])  # type: ignore[call-overload]


def _edits(plan: ImportPlan) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """code -> {field or "official.field" or "online.scope": value}; the procedures to add."""
    edits: dict[str, dict[str, Any]] = {}
    new: list[dict[str, Any]] = []
    for a in plan.actions:
        if a.status != APPLY:
            continue
        if a.kind == NEW and a.copy_of:  # an amendment's new code: a copy of the old one's row
            edits.setdefault(a.copy_of, {})[VERSION] = {"code": a.code, "effective_from": a.decision.effective,
                                                        "decision": a.decision.number, **_keyed(a.changes)}
            continue
        if a.kind == NEW and a.values:
            new.append(a.values)
            continue
        mine = edits.setdefault(a.code or "", {})
        later = a.kind == AMENDED and a.decision.effective is not None and a.decision.effective > plan.date
        if later:  # a row of its own from that day: the procedure as amended (formats.md)
            mine = mine.setdefault(VERSION, {"effective_from": a.decision.effective})
        mine.update(_keyed(a.changes))
    return edits, new


def _keyed(changes: list[FieldChange]) -> dict[str, Any]:
    """Changes as edits: {field, "official.field" or "online.scope": value}."""
    return {f"official.{c.field}" if c.official else ("online.scope" if c.field == "scope" else c.field):
            list(c.new) if isinstance(c.new, tuple) else c.new for c in changes}


# The key of a code's edits that holds the row to add for it: the procedure as a decision in
# force later amends it (its values over a copy of the procedure's row, effective_from its day).
VERSION = "@version"


def _new_home(plan: ImportPlan, files: list[Path], values: dict[str, Any]) -> Path:
    """The catalogue file a new procedure joins: the one with most procedures of its field."""
    by_file: dict[str, list[m.Procedure]] = {}
    for p in plan.project.procedures.values():
        if p.source:
            by_file.setdefault(p.source.file, []).append(p)

    def score(path: Path) -> tuple[int, int]:
        procs = by_file.get(_shown(plan.root, path), [])
        return (sum(p.field == values.get("field") for p in procs), len(procs))
    writable = [f for f in files if f.suffix.lower() in YAML_SUFFIXES + WORKBOOK_SUFFIXES + (".csv",)]
    return max(writable, key=score)


def _shown(root: Path, path: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def render_files(plan: ImportPlan) -> dict[Path, bytes]:
    """The new bytes of every file the plan changes (nothing is written here)."""
    if plan.errors:
        raise DataError(plan.problems)
    files = log.catalogue_paths(plan.root, plan.project)
    if not files:
        raise DataError([Problem(plan.project.settings.catalogue, None, None, "", say("decision.no_catalogue"))])
    edits, new = _edits(plan)
    code_file = {p.code: plan.root / p.source.file for p in plan.project.procedures.values() if p.source}
    per_file: dict[Path, tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]] = {}
    for code, change in edits.items():
        per_file.setdefault(code_file[code], ({}, []))[0][code] = change
    for values in new:
        per_file.setdefault(_new_home(plan, files, values), ({}, []))[1].append(values)
    kind, log_path = log.target(plan.root, plan.project)
    entries = log_entries(plan)
    out: dict[Path, bytes] = {}
    for path, (changes, added) in per_file.items():
        suffix = path.suffix.lower()
        with _writing(plan, path):
            if suffix in YAML_SUFFIXES:
                out[path] = _yaml(path, changes, added)
            elif suffix in WORKBOOK_SUFFIXES:
                out[path] = _workbook(plan, path, changes, added, entries if kind == "sheet" and path == log_path else None)
            else:  # the loader reads nothing else
                assert suffix == ".csv", path
                out[path] = _csv(plan, path, changes, added)
    if entries and kind == "sheet" and log_path not in out:
        with _writing(plan, log_path):
            out[log_path] = _workbook(plan, log_path, {}, [], entries)
    elif entries and kind == "yaml":
        old = log_path.read_text("utf-8") if log_path.is_file() else log.YAML_HEAD
        out[log_path] = (old if old.endswith("\n") else old + "\n").encode("utf-8") + log.yaml_entries(entries).encode("utf-8")
    return out


@contextlib.contextmanager
def _writing(plan: ImportPlan, path: Path) -> Iterator[None]:
    """A value the file cannot hold (openpyxl refuses a control character with "All strings
    must be XML compatible") is a message naming the file, and nothing is written, never a
    traceback: the reader cleans every value, so this is a bug to report."""
    try:
        yield
    except Exception as exc:
        from openpyxl.utils.exceptions import IllegalCharacterError  # openpyxl's own, not a ValueError

        if not isinstance(exc, (ValueError, IllegalCharacterError)):
            raise
        reason = NON_PRINTABLE.sub(lambda m: f"U+{ord(m.group()):04X}", str(exc).strip()) or type(exc).__name__
        raise ImportNotWritten(say("decision.cannot_write", file=_shown(plan.root, path), reason=reason)) from exc


def apply_import(plan: ImportPlan) -> list[Path]:
    """Write the plan; the files written. Refuses a plan with errors (nothing written)."""
    files = render_files(plan)
    if not files:
        return []
    _read_back(plan, files)
    write_all(list(files.items()))
    return list(files)


def _read_back(plan: ImportPlan, files: dict[Path, bytes]) -> None:
    """Load the new catalogue the way `check` will: never write one it would refuse."""

    catalogue = plan.root / plan.project.settings.catalogue
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "catalogue"
        if catalogue.is_file():
            copy.mkdir()
            copy = copy / catalogue.name
            shutil.copyfile(catalogue, copy)
            mapping = {catalogue: copy}
        else:
            shutil.copytree(catalogue, copy)
            mapping = {p: copy / p.relative_to(catalogue) for p in files if catalogue in p.parents}
        for real, staged in mapping.items():
            if real in files:
                staged.write_bytes(files[real])
        problems = Problems()
        load_catalogue_at(plan.root, copy, problems, plan.project.places)
        if problems.errors:
            raise ImportNotWritten(say("decision.does_not_load",
                                       problems="\n".join(str(p) for p in problems.errors)))


# CSV -------------------------------------------------------------------------------------------

def _csv(plan: ImportPlan, path: Path, changes: dict[str, dict[str, Any]], added: list[dict[str, Any]]) -> bytes:
    """A CSV catalogue edited as the clerk's spreadsheet app saved it: its BOM (Excel's "CSV
    UTF-8"), separator, quoting and line ends kept, every record the plan does not touch kept
    byte for byte; changed records are written again in the file's own dialect."""
    raw = path.read_bytes()
    bom = raw.startswith(codecs.BOM_UTF8)
    text = raw[3:].decode("utf-8") if bom else raw.decode("utf-8")  # the loader read it: UTF-8
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")  # as load/sheet.read_csv
    except csv.Error:
        dialect = csv.excel
    end = "\r\n" if "\r\n" in text else "\n"
    records = _records(text, dialect)
    cells = [list(r) for _, r in records]
    touched: set[int] = set()
    quote_all = bool(records) and records[0][0].startswith(dialect.quotechar or '"')

    def put(row: int, col: int, key: str, value: Any) -> None:
        while len(cells) < row:
            cells.append([])
        record = cells[row - 1]
        record += [""] * (col - len(record))
        record[col - 1] = _csv_cell(key, value)
        touched.add(row - 1)

    grid, _ = read_csv(path, path.name)
    width = max((len(r) for r in cells), default=0)
    _edit_table(plan, path, grid, changes, added, put, width,
                lambda r, c: cells[r - 1][c - 1] if r - 1 < len(cells) and c - 1 < len(cells[r - 1]) else None)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=dialect.delimiter, quotechar=dialect.quotechar or '"',
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, lineterminator=end)
    for i, record in enumerate(cells):
        if i in touched or i >= len(records):
            writer.writerow(record)
            continue
        out.write(records[i][0])
        if i + 1 < len(cells) and not records[i][0].endswith(("\n", "\r")):
            out.write(end)  # the file's last line had no line end: rows are added below it
    return (codecs.BOM_UTF8 if bom else b"") + out.getvalue().encode("utf-8")


def _records(text: str, dialect: Any) -> list[tuple[str, list[str]]]:
    """Each record of a CSV text with its raw text, line end included (a quoted cell may hold
    line breaks: one record, several lines)."""
    lines = text.splitlines(keepends=True)
    taken: list[str] = []

    def feed():
        for line in lines:
            taken.append(line)
            yield line
    out: list[tuple[str, list[str]]] = []
    reader = csv.reader(feed(), dialect)
    for record in reader:
        out.append(("".join(taken), record))
        taken.clear()
    return out


def _csv_cell(key: str, value: Any) -> str:
    """A value as the CSV reader reads it back: dates dd/mm/yyyy, lists and channels a line each."""
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    value = cell_value(value)
    return "" if value is None else str(value)


# YAML ------------------------------------------------------------------------------------------

def _yaml_tool():

    y = YAML()
    y.preserve_quotes = True
    y.width = 4096  # never fold a long line the clerk wrote on one
    y.indent(mapping=2, sequence=4, offset=2)
    y.representer.ignore_aliases = lambda data: True  # one date in two places: written twice
    return y


def _yaml_value(key: str, value: Any) -> Any:

    if isinstance(value, m.ByChannel):  # the mapping form: a text "Trực tiếp: …" is one text
        return CommentedMap((c, Q(v)) for c, v in value.parts)
    if isinstance(value, (list, tuple)):
        return [Q(v) for v in value]
    if isinstance(value, str) and fields.BY_NAME.get(key, fields.BY_NAME["name"]).kind in ("code", "text"):
        return Q(value)  # quoted like the rest of the catalogue (a code is never read as a number)
    return value


def _yaml(path: Path, changes: dict[str, dict[str, Any]], added: list[dict[str, Any]]) -> bytes:

    y = _yaml_tool()
    data = y.load(path.read_text("utf-8"))
    items = data["procedures"]
    kept = len(items)
    versions: list[tuple[int, Any]] = []
    for at, item in enumerate(items):
        last = list(item)[-1] if item else None
        change = dict(changes.get(str(item.get("code")), {}))
        if VERSION in change:
            copy = copy_module.deepcopy(item)
            copy_last = list(copy)[-1]
            _yaml_set(copy, change.pop(VERSION))
            _keep_gap(copy, copy_last)
            versions.append((at, copy))
        _yaml_set(item, change)
        _keep_gap(item, last)
    for at, copy in reversed(versions):  # the later row stands right under the procedure's own
        items.insert(at + 1, copy)
        kept += 1
    for values in added:
        proc = CommentedMap()
        for key in fields.ORDER:
            if key in values:
                proc[key] = _yaml_value(key, values[key])
        items.append(proc)
    buf = io.StringIO()
    y.dump(data, buf)
    return _spaced(buf.getvalue(), kept).encode("utf-8")


def _yaml_set(item: Any, change: dict[str, Any]) -> None:
    for key, value in change.items():
        if key.startswith("official."):
            official = item.setdefault("official", CommentedMap())
            official[key.split(".", 1)[1]] = _yaml_value(key.split(".", 1)[1], value)
        elif key == "online.scope":
            item["online"]["scope"] = value
        else:
            _put(item, key, _yaml_value(key, value))


def _keep_gap(item: Any, last: Any) -> None:
    """The blank line after a procedure belongs to its last key (or to the last key inside
    it: online's scope): keys added after it would stand below the gap, so it moves to the new
    last key."""
    now = list(item)[-1] if item else None
    if last is None or now == last:
        return
    node, key = item, last
    while key not in node.ca.items:
        value = node[key]
        if hasattr(value, "ca") and len(value):
            node, key = value, (list(value)[-1] if isinstance(value, dict) else len(value) - 1)
        else:
            return
    gap = node.ca.items.pop(key)
    if isinstance(node, dict) and node is not item:
        item.ca.items[now] = [None, None, gap[2], None]
    elif isinstance(node, dict):
        item.ca.items[now] = gap
    else:  # a list's item keeps its comment at another place of the token list
        item.ca.items[now] = [None, None, gap[0], None]


def _spaced(text: str, kept: int) -> str:
    """A blank line before each procedure added (the ones written by hand keep their spacing)."""
    lines = text.split("\n")
    out: list[str] = []
    seen = 0
    for line in lines:
        if re.match(r"^\s*- code:", line):
            seen += 1
            if seen > kept and out and out[-1].strip():
                out.append("")
        out.append(line)
    return "\n".join(out)


def _put(item: Any, key: str, value: Any) -> None:
    """Set ``key``, inserted in the catalogue's key order when it is new."""
    if key in item:
        item[key] = value
        return
    order = fields.ORDER
    after = [k for k in item if k in order and order.index(k) < order.index(key)]
    item.insert(list(item).index(after[-1]) + 1 if after else len(item), key, value)


# Workbooks -------------------------------------------------------------------------------------

def _workbook(plan: ImportPlan, path: Path, changes: dict[str, dict[str, Any]], added: list[dict[str, Any]],
              entries: list[dict[str, Any]] | None) -> bytes:
    # here: openpyxl takes 0.25 s to import, paid only when a workbook is read or written
    import openpyxl


    wb = openpyxl.load_workbook(path)  # formulas, styles, notes and lists kept
    if changes or added:
        grids, _ = read_workbook(path, path.name)
        grid = catalogue_grid(grids or [])
        ws = wb.worksheets[grid.sheet_index]

        def put(row: int, col: int, key: str, value: Any) -> None:
            if key == "":  # a header or a row number
                ws.cell(row, col, value)
            else:
                _cell(ws, row, col, key, value)
        _edit_table(plan, path, grid, changes, added, put, ws.max_column, lambda r, c: ws.cell(r, c).value)
    if entries is not None:
        _log_sheet(wb, entries)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _edit_table(plan: ImportPlan, path: Path, grid: Any, changes: dict[str, dict[str, Any]],
                added: list[dict[str, Any]], put: Any, width: int, value: Any) -> None:
    """The edits of a catalogue table (a workbook's sheet or a CSV file), cell by cell through
    ``put(row, column, key, value)`` (1-based; key "" for a header or a row number): changed
    cells of the procedures' rows, a column added at the end for a field the table lacks, new
    procedures in rows below the last."""
    table = find_table(grid, COLUMNS, "code", IGNORED)
    assert table is not None  # the project loaded: the sheet has its header
    at: dict[str, int] = {}
    for c, col in sorted(table.columns.items()):
        at.setdefault(col.key if col.key not in ("url", "id", "scope") else f"online.{col.key}", c)
    header_row = table.header_row + 1

    def column(key: str) -> int:
        if key not in at:  # a field the clerk's sheet has no column for yet: add it
            spec = next(c for c in COLUMNS if key in (c.key, f"online.{c.key}"))  # official.fee: its own column
            at[key] = max(width, max(at.values()) + 1)
            put(header_row, at[key] + 1, "", spec.header)
        return at[key]

    def width_now(at: dict[str, int]) -> int:
        return max([width] + [c + 1 for c in at.values()])

    rows = {p.code: p.source.line for p in plan.project.procedures.values()
            if p.source and p.source.file == _shown(plan.root, path)}
    # the rows to copy, read before their own row is edited (the old code of a new one ends)
    later = [(change[VERSION], [value(rows[code], c) for c in range(1, width_now(at) + 1)])
             for code, change in changes.items() if VERSION in change]
    for code, change in changes.items():
        for key, new in change.items():
            if key != VERSION:
                put(rows[code], column(key) + 1, key, choice_cell(key, new))
    last = max([r for r in rows.values()] + [header_row])
    for values, cells in later:  # a copy of the procedure's row, then the decision's values
        last += 1
        for c, v in enumerate(cells, 1):
            if v not in (None, ""):
                put(last, c, "", v)
        for key, new in values.items():
            put(last, column(key) + 1, key, choice_cell(key, new))
    stt = next((c for c in table.ignored), None)
    for values in added:
        last += 1
        if stt is not None:
            above = value(last - 1, stt + 1)
            put(last, stt + 1, "", above + 1 if isinstance(above, int) else (
                str(int(above) + 1) if isinstance(above, str) and above.strip().isdigit() else None))
        for key, new in values.items():
            put(last, column(key) + 1, key, choice_cell(key, new))


def _cell(ws: Any, row: int, col: int, key: str, value: Any) -> None:
    # here: openpyxl takes 0.25 s to import, paid only when a workbook is read or written
    from openpyxl.styles import Alignment

    cell = ws.cell(row, col)
    kind = fields.BY_NAME[key].kind if key in fields.BY_NAME else "text"
    value = cell_value(value)  # a list or a value per channel: a line each, as the reader takes it
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # data, never a formula (an annex text starting with "=" stays text)
    if isinstance(value, dt.date):
        cell.number_format = "DD/MM/YYYY"
    elif kind == "code":
        cell.number_format = "@"
    cell.alignment = Alignment(wrap_text=True, vertical="top")


def _log_sheet(wb: Any, entries: list[dict[str, Any]]) -> None:
    # here: openpyxl takes 0.25 s to import, paid only when a workbook is read or written
    from openpyxl.styles import Font, PatternFill


    ws = next((w for w in wb.worksheets if norm(w.title) == norm(log.SHEET)), None)
    if ws is None:
        ws = wb.create_sheet(log.SHEET)
        ws.freeze_panes = "A2"
    at, missing = log.sheet_columns([c.value for c in ws[1]])
    headers = dict(log.COLUMNS)
    for key in missing:  # a new sheet's header, or a column added since the sheet was made
        head = ws.cell(1, at[key], headers[key])
        head.font = Font(bold=True)
        head.fill = PatternFill("solid", fgColor="DDEBF7")
        wide = 40 if key in ("name", "note", "legal_basis") else max(12, len(headers[key]) + 4)
        ws.column_dimensions[column_letter(at[key] - 1)].width = wide
    for e in entries:
        r = ws.max_row + 1
        for key, value in log.sheet_values(e).items():
            if value is None:
                continue
            cell = ws.cell(r, at[key], value)
            if isinstance(value, dt.date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(value, str):
                cell.data_type, cell.number_format = "s", "@"
