"""Write a plan into the project: the catalogue files it changes (YAML edited in place with
its comments kept, workbooks cell by cell with their formatting kept) and the change log, all
renamed into place together (output/atomic.py) after the new catalogue has been read back."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .. import fields
from .. import model as m
from ..errors import DataError, NoticeboardError, Problem
from ..load.sheet import WORKBOOK_SUFFIXES, column_letter
from ..load.readers import YAML_SUFFIXES
from ..messages import say
from ..output.atomic import write_all
from . import log
from .parse import NEW
from .plan import APPLY, ImportPlan
from ..errors import Problems
from ..load.project import load_catalogue_at
from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString as Q
from ruamel.yaml.comments import CommentedMap
from ..load.catalogue_sheet import COLUMNS, IGNORED, SCOPE_WORDS, catalogue_grid
from ..load.sheet import find_table, read_workbook
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
                    "note": a.note, "file": a.annex.shown, "sha256": a.annex.sha256, "imported": today})
    return out


def _edits(plan: ImportPlan) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """code -> {field or "official.field" or "online.scope": value}; the procedures to add."""
    edits: dict[str, dict[str, Any]] = {}
    new: list[dict[str, Any]] = []
    for a in plan.actions:
        if a.status != APPLY:
            continue
        if a.kind == NEW and a.values:
            new.append(a.values)
            continue
        mine = edits.setdefault(a.code or "", {})
        for c in a.changes:
            key = f"official.{c.field}" if c.official else ("online.scope" if c.field == "scope" else c.field)
            mine[key] = list(c.new) if isinstance(c.new, tuple) else c.new
    return edits, new


def _new_home(plan: ImportPlan, files: list[Path], values: dict[str, Any]) -> Path:
    """The catalogue file a new procedure joins: the one with most procedures of its field."""
    by_file: dict[str, list[m.Procedure]] = {}
    for p in plan.project.procedures.values():
        if p.source:
            by_file.setdefault(p.source.file, []).append(p)

    def score(path: Path) -> tuple[int, int]:
        procs = by_file.get(_shown(plan.root, path), [])
        return (sum(p.field == values.get("field") for p in procs), len(procs))
    writable = [f for f in files if f.suffix.lower() in YAML_SUFFIXES + WORKBOOK_SUFFIXES]
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
        if suffix in YAML_SUFFIXES:
            out[path] = _yaml(path, changes, added)
        elif suffix in WORKBOOK_SUFFIXES:
            out[path] = _workbook(plan, path, changes, added, entries if kind == "sheet" and path == log_path else None)
        else:
            raise DataError([Problem(_shown(plan.root, path), None, None, "", say("decision.csv_catalogue"),
                                     say("decision.csv_catalogue_hint"))])
    if entries and kind == "sheet" and log_path not in out:
        out[log_path] = _workbook(plan, log_path, {}, [], entries)
    elif entries and kind == "yaml":
        old = log_path.read_text("utf-8") if log_path.is_file() else log.YAML_HEAD
        out[log_path] = (old if old.endswith("\n") else old + "\n").encode("utf-8") + log.yaml_entries(entries).encode("utf-8")
    return out


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
        load_catalogue_at(plan.root, copy, problems)
        if problems.errors:
            raise ImportNotWritten(say("decision.does_not_load",
                                       problems="\n".join(str(p) for p in problems.errors)))


# YAML ------------------------------------------------------------------------------------------

def _yaml_tool():

    y = YAML()
    y.preserve_quotes = True
    y.width = 4096  # never fold a long line the clerk wrote on one
    y.indent(mapping=2, sequence=4, offset=2)
    y.representer.ignore_aliases = lambda data: True  # one date in two places: written twice
    return y


def _yaml_value(key: str, value: Any) -> Any:

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
    for item in items:
        last = list(item)[-1] if item else None
        for key, value in changes.get(str(item.get("code")), {}).items():
            if key.startswith("official."):
                official = item.setdefault("official", CommentedMap())
                official[key.split(".", 1)[1]] = _yaml_value(key.split(".", 1)[1], value)
            elif key == "online.scope":
                item["online"]["scope"] = value
            else:
                _put(item, key, _yaml_value(key, value))
        _keep_gap(item, last)
    for values in added:
        proc = CommentedMap()
        for key in fields.ORDER:
            if key in values:
                proc[key] = _yaml_value(key, values[key])
        items.append(proc)
    buf = io.StringIO()
    y.dump(data, buf)
    return _spaced(buf.getvalue(), kept).encode("utf-8")


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
        table = find_table(grid, COLUMNS, "code", IGNORED)
        assert table is not None  # the project loaded: the sheet has its header
        ws = wb.worksheets[grid.sheet_index]
        at: dict[str, int] = {}
        for c, col in sorted(table.columns.items()):
            at.setdefault(col.key if col.key not in ("url", "id", "scope") else f"online.{col.key}", c)
        header_row = table.header_row + 1

        def column(key: str) -> int:
            if key not in at:  # a field the clerk's sheet has no column for yet: add it
                spec = next(c for c in COLUMNS if key in (c.key, f"online.{c.key}"))  # official.fee: its own column
                at[key] = max(ws.max_column, max(at.values()) + 1)
                ws.cell(header_row, at[key] + 1, spec.header)
            return at[key]

        scope_words = dict(SCOPE_WORDS)
        rows = {p.code: p.source.line for p in plan.project.procedures.values()
                if p.source and p.source.file == _shown(plan.root, path)}
        for code, change in changes.items():
            for key, value in change.items():
                _cell(ws, rows[code], column(key) + 1, key, scope_words.get(value, value) if key == "online.scope" else value)
        last = max([r for r in rows.values()] + [header_row])
        stt = next((c for c in table.ignored), None)
        for values in added:
            last += 1
            if stt is not None:
                above = ws.cell(last - 1, stt + 1).value
                ws.cell(last, stt + 1, above + 1 if isinstance(above, int) else None)
            for key, value in values.items():
                _cell(ws, last, column(key) + 1, key, value)
    if entries is not None:
        _log_sheet(wb, entries)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _cell(ws: Any, row: int, col: int, key: str, value: Any) -> None:
    # here: openpyxl takes 0.25 s to import, paid only when a workbook is read or written
    from openpyxl.styles import Alignment

    cell = ws.cell(row, col)
    kind = fields.BY_NAME[key].kind if key in fields.BY_NAME else "text"
    if isinstance(value, (list, tuple)):
        value = "\n".join(value)
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
        for i, (_, header) in enumerate(log.COLUMNS, start=1):
            head = ws.cell(1, i, header)
            head.font = Font(bold=True)
            head.fill = PatternFill("solid", fgColor="DDEBF7")
            ws.column_dimensions[column_letter(i - 1)].width = max(12, len(header) + 4)
        ws.freeze_panes = "A2"
        for key in ("name", "note"):
            ws.column_dimensions[column_letter([k for k, _ in log.COLUMNS].index(key))].width = 40
    for e in entries:
        r = ws.max_row + 1
        for i, value in enumerate(log.sheet_row(e), start=1):
            cell = ws.cell(r, i, value)
            if isinstance(value, dt.date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(value, str):
                cell.data_type, cell.number_format = "s", "@"
