"""Excel workbooks a clerk opens: header row frozen and bold, a note on each header, columns as
wide as their text, drop-down lists where a value is one of a few, codes and phone numbers kept
as text (so Excel never turns 1.001190 into 1.00119). Written atomically like every output.

Data is stored as data: every text is a string cell, never a formula, whatever it starts with
(a procedure named ``=HYPERLINK(...)`` stays those characters), and a CSV file escapes such
texts as OWASP advises (see ``csv_bytes``): the workbooks circulate between communes."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..load.sheet import Column, column_letter
from .atomic import write_bytes

MAX_WIDTH = 60  # characters; longer texts wrap
_TEXT_KINDS = ("code", "codes", "phone", "langs")
VALIDATED_ROWS = 2000  # drop-down lists cover this many rows below the header


@dataclass
class SheetData:
    name: str
    columns: Sequence[Column]
    rows: list[list[Any]]
    title: str | None = None  # a line above the header row (the bundled sample's mark)


def workbook_bytes(sheets: list[SheetData]) -> bytes:
    # here: openpyxl takes 0.25 s to import, paid only by the commands that write a workbook
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        top = 1  # the header row
        if sheet.title:
            ws.append([sheet.title])
            ws.cell(row=1, column=1).font = Font(bold=True)
            ws.cell(row=1, column=1).fill = PatternFill("solid", fgColor="FFD84D")
            top = 2
        ws.append([c.header for c in sheet.columns])
        for row in sheet.rows:
            ws.append([_cell(v) for v in row])
        _as_strings(ws)
        ws.freeze_panes = f"A{top + 1}"
        for i, col in enumerate(sheet.columns):
            letter = column_letter(i)
            head = ws.cell(row=top, column=i + 1)
            head.font = Font(bold=True)
            head.fill = PatternFill("solid", fgColor="DDEBF7")
            head.alignment = Alignment(wrap_text=True, vertical="center")
            if col.note:
                head.comment = Comment(col.note, "noticeboard", width=300, height=110)
            ws.column_dimensions[letter].width = _width(col, [r[i] for r in sheet.rows if i < len(r)])
            for r in range(top + 1, len(sheet.rows) + top + 1):
                cell = ws.cell(row=r, column=i + 1)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if col.kind in _TEXT_KINDS:
                    cell.number_format = "@"
                elif col.kind == "date":
                    cell.number_format = "DD/MM/YYYY"
            if col.kind in _TEXT_KINDS:  # rows the clerk adds later stay text too
                ws.column_dimensions[letter].number_format = "@"
            if col.listed_in:  # e.g. a village's commune, one of those in sheet Xã
                check = DataValidation(type="list", formula1=col.listed_in, allow_blank=True)
                check.add(f"{letter}{top + 1}:{letter}{VALIDATED_ROWS + top}")
                ws.add_data_validation(check)
            if col.choices and col.key != "channels":
                words = ",".join(shown for _, shown in col.choices)
                check = DataValidation(type="list", formula1=f'"{words}"', allow_blank=True,
                                       showErrorMessage=True, errorTitle=col.header,
                                       error=f"{col.header}: {', '.join(s for _, s in col.choices)}")
                check.add(f"{letter}{top + 1}:{letter}{VALIDATED_ROWS + top}")
                ws.add_data_validation(check)
        ws.row_dimensions[top].height = 32
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _as_strings(ws: Any) -> None:
    """openpyxl takes a text starting with "=" for a formula (data_type "f"): store it as text."""
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"


def write_workbook(path: Path, sheets: list[SheetData]) -> None:
    write_bytes(path, workbook_bytes(sheets))


# What a spreadsheet app runs when a CSV cell starts with it (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: Any) -> str:
    """One CSV cell as OWASP advises: a text a spreadsheet would run as a formula gets a leading
    apostrophe, so the reader sees ``'=1+1`` (the apostrophe shows) and nothing is computed."""
    shown = value if isinstance(value, str) else _cell(value)
    text = "" if shown is None else str(shown)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_bytes(header: Sequence[str], rows: list[list[Any]], title: str | None = None) -> bytes:
    """UTF-8 with a BOM (Excel then reads the accents right), every cell quoted, texts escaped;
    ``title``: a line of its own above the header (the bundled sample's mark)."""
    out = io.StringIO(newline="")
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    if title:
        w.writerow([csv_text(title)])
    w.writerow([csv_text(h) for h in header])
    w.writerows([csv_text(v) for v in row] for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "\n".join(str(v) for v in value) or None
    if isinstance(value, dt.date) or value is None or isinstance(value, (int, float)):
        return value
    return str(value) if value != "" else None


def _width(col: Column, values: list[Any]) -> float:
    """Wide enough for the header and the longest line below it, within MAX_WIDTH."""
    longest = max((len(line) for v in values for line in str(_cell(v) or "").split("\n")), default=0)
    if any(isinstance(v, dt.date) for v in values):
        longest = max(longest, 10)
    return min(MAX_WIDTH, max(len(col.header) + 4, longest + 2, col.width if not values else 8))
