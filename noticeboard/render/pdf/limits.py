"""Layout limits, found before anything is written (``check`` and the start of ``build``), by the
same layout code that draws: a procedure's block on the board and the head of its sheet (name,
place, time, fee, how to apply) must each fit one page; everything else flows onto further pages.

Why before: a build must never stop half-way through a province on a text that cannot be laid
out, leaving some communes written and others not."""

from __future__ import annotations

from reportlab.lib.units import mm

from ... import model as m
from ...errors import Problem
from ...messages import say
from ...plan import VillagePlan, village_procedures
from . import detail, overview
from .poster import block_room, body_heights
from .styles import PAPERS


def problems(project: m.Project, paper: str) -> list[Problem]:
    """Every procedure text too long for a page of ``paper``, once per procedure and kind."""
    found: dict[tuple[str, str], Problem] = {}
    width = PAPERS[paper].frame_width
    for commune in project.places.communes:
        sheet = body_heights(commune, project.places.province, paper)[1]
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for village in commune.villages:
            procs = village_procedures(project, commune, village)
            board = block_room(VillagePlan(project.places.province, commune, village, procs),
                               project.settings.title, paper)
            for proc in procs:
                key = (proc.code, village.languages)
                if key in seen:
                    continue
                seen.add(key)
                height = overview.block_height(proc, paper, village.languages, commune.office)
                if height > board and (proc.code, "board") not in found:
                    found[(proc.code, "board")] = _problem(proc, "too_long_board", height, board, paper)
                head = detail.head(proc, paper, village.languages, commune.office)
                height = sum(f.wrap(width, 1e6)[1] for f in head)
                if height > sheet and (proc.code, "sheet") not in found:
                    found[(proc.code, "sheet")] = _problem(proc, "too_long_sheet", height, sheet, paper)
    return list(found.values())


def _problem(proc: m.Procedure, key: str, height: float, room: float, paper: str) -> Problem:
    src = proc.source
    return Problem(src.file if src else "procedures", src.line if src else None,
                   src.column if src else None, f"procedure {proc.code}",
                   say(key, code=proc.code, paper=paper, height=round(height / mm), room=round(room / mm)),
                   say("too_long_hint"))
