"""`noticeboard list`: the catalogue as a clerk reads it, one procedure a line (code, name,
field, in force or not on the build date, what its QR opens, how many villages post it), and
the same table as a workbook."""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass
from pathlib import Path

from .. import model as m
from ..load.sheet import Column
from ..messages import say
from ..model import posted_codes
from ..plan.village import build_date, status
from ..qr.target import qr_target
from ..render.pdf.sides import sheet_sides
from .atomic import write_bytes
from .workbook import SheetData, csv_bytes, write_workbook


@dataclass(frozen=True)
class Line:
    code: str
    name: str
    field: str
    state: str  # in force, abolished since ..., in force from ... (the clerk's words)
    opens: str  # the link, "Tra cứu: <search>" or "in person only"
    villages: int  # villages that list it (whether or not it is in force)
    sides: int = 0  # pages its sheet takes on the project's paper (0: no village posts it)


def _state(proc: m.Procedure, day: dt.date) -> str:
    now = status(proc, day)
    if now == "never":
        assert proc.effective_from is not None and proc.effective_until is not None
        return say("list_never", since=f"{proc.effective_from:%d/%m/%Y}", until=f"{proc.effective_until:%d/%m/%Y}")
    if now == "abolished":
        assert proc.effective_until is not None
        text = say("list_abolished", day=f"{proc.effective_until:%d/%m/%Y}")
        return text + (say("list_replaced_by", code=proc.replaced_by) if proc.replaced_by else "")
    if now == "not_yet":
        assert proc.effective_from is not None
        return say("list_not_yet", day=f"{proc.effective_from:%d/%m/%Y}")
    return say("list_in_force")


def _opens(proc: m.Procedure, search_links: bool) -> str:
    target = qr_target(proc, search_links)
    if target is None:
        return say("list_in_person")
    return say("list_lookup", url=target.url) if target.lookup else target.url


def catalogue_lines(project: m.Project, day: dt.date | None = None) -> list[Line]:
    day = build_date(day)
    counts: dict[str, int] = {}
    for c in project.places.communes:
        for v in c.villages:
            for code in posted_codes(c, v):
                counts[code] = counts.get(code, 0) + 1

    sides = sheet_sides(project, day=day)  # laid out as a build prints them
    return [Line(p.code, p.name, p.field, _state(p, day), _opens(p, project.settings.search_links),
                 counts.get(p.code, 0), sides.get(p.code, 0)) for p in project.procedures.values()]


def _headers() -> list[str]:
    return [say(f"list_head_{k}") for k in ("code", "name", "field", "state", "opens", "villages", "sides")]


def _cells(line: Line) -> list[str]:
    return [line.code, line.name, line.field, line.state, line.opens, str(line.villages),
            str(line.sides) if line.sides else "–"]


def mark(project: m.Project) -> str | None:
    """The line above a list made from the bundled sample (screen, workbook, CSV)."""
    return say("list_sample") if project.sample else None


def as_text(lines: list[Line], width: int | None = None, title: str | None = None) -> str:
    """Columns padded to their widest cell, one procedure a line. Within ``width`` (a terminal's
    columns), so that no line wraps there: the headers over short numbers take two lines, the
    link takes a line of its own under its row when the row cannot hold it, and the name (then
    the state, the field) wraps at spaces, widest first, the name never below NAME_MIN. Nothing
    is ever cut: a word longer than its column keeps its line long. ``title``: a line above
    the header (the bundled sample's mark)."""
    rows = [_headers()] + [_cells(line) for line in lines]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    below = False  # the link on a line of its own, under its row
    if width is not None and _total(widths) > width:
        for i in _NUMBERS:
            widths[i] = max(max(len(r[i]) for r in rows[1:]), _two_lines(rows[0][i]))
        floors = {i: max(_longest_word(*(r[i] for r in rows)), NAME_MIN if i == _NAME else 0) for i in _TEXTS}
        below = _total([floors.get(i, w) for i, w in enumerate(widths)]) > width
        if below:
            widths[_OPENS] = 0
        while _total(widths) > width and (narrower := [i for i in _TEXTS if widths[i] > floors[i]]):
            widths[max(narrower, key=lambda i: widths[i])] -= 1
    out = []
    for row in rows:
        wrapped = [textwrap.wrap(cell, w, break_long_words=False, break_on_hyphens=False) or [""]
                   for cell, w in zip(row, widths) if w]
        for n in range(max(len(parts) for parts in wrapped)):
            cells = [(parts[n] if n < len(parts) else "").ljust(w) for parts, w in zip(wrapped, filter(None, widths))]
            out.append(_GAP.join(cells).rstrip())
        if below:  # under the header too: what the line under each row is
            indent = min(widths[0] + len(_GAP), max(0, (width or 0) - len(row[_OPENS])))
            out.append(" " * indent + row[_OPENS])
    head = (textwrap.wrap(title, width, break_long_words=False) if width else [title]) if title else []
    return "\n".join(head + out)


NAME_MIN = 20  # a name column narrower than this reads as a list of words
_GAP = "  "
_NAME, _FIELD, _STATE, _OPENS = 1, 2, 3, 4  # columns of _cells
_TEXTS = (_NAME, _STATE, _FIELD)  # they wrap at spaces
_NUMBERS = (5, 6)  # villages, sheet sides: their long headers over short numbers


def _total(widths: list[int]) -> int:
    shown = [w for w in widths if w]
    return sum(shown) + len(_GAP) * (len(shown) - 1)


def _longest_word(*texts: str) -> int:
    return max((len(word) for text in texts for word in text.split()), default=0)


def _two_lines(text: str) -> int:
    """The narrowest width that sets ``text`` on two lines at most."""
    return next(w for w in range(_longest_word(text), len(text) + 1)
                if len(textwrap.wrap(text, w, break_long_words=False)) <= 2)


def write_list_csv(lines: list[Line], path: Path, title: str | None = None) -> None:
    write_bytes(path, csv_bytes(_headers(), [_cells(line) for line in lines], title))


def left_out_text(project: m.Project, shown: bool) -> str:
    """The rows left out of every output and why (``shown``: ``list --all``), else one line
    saying how many there are; empty when none is."""
    if not project.left_out:
        return ""
    if not shown:
        return say("list_left_out_count", n=len(project.left_out))
    out = [say("list_left_out_head", n=len(project.left_out))]
    for row in project.left_out:
        out.append(f"  {row.code or say('list_no_code')}  {row.name or ''}  ({row.source})".rstrip())
        out += [f"      {reason}" for reason in row.reasons]
    return "\n".join(out)


def write_list_workbook(lines: list[Line], path: Path, left_out: tuple[m.LeftOut, ...] = (),
                        title: str | None = None) -> None:
    """The list as a workbook; ``left_out`` rows on a second sheet, with their problems;
    ``title`` above each sheet's header."""

    notes = ("list_note_code", "list_note_name", "list_note_field", "list_note_state",
             "list_note_opens", "list_note_villages", "list_note_sides")
    kinds = ("code", "text", "text", "text", "text", "text", "text")
    columns = [Column(f"c{i}", h, kind=kinds[i], note=say(notes[i])) for i, h in enumerate(_headers())]
    rows = [[*_cells(line)[:5], line.villages, line.sides or None] for line in lines]
    sheets = [SheetData(say("list_sheet"), columns, rows, title)]
    if left_out:
        heads = ("list_head_code", "list_head_name", "list_head_row", "list_head_problems")
        sheets.append(SheetData(say("list_sheet_left_out"), [Column(f"c{i}", say(h), kind="code" if i == 0 else "text")
                                                             for i, h in enumerate(heads)],
                                [[x.code, x.name, str(x.source), "\n".join(x.reasons)] for x in left_out], title))
    write_workbook(path, sheets)
