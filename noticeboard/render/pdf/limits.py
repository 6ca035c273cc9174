"""Layout limits, found before anything is written (``check`` and the start of ``build``), by the
same layout code that draws: a procedure's block on the board (name, place, time, fee, how to
apply, its QR code) must fit one board page; everything on a sheet flows onto further pages.

Why before: a build must never stop half-way through a province on a text that cannot be laid
out, leaving some communes written and others not."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm

from ... import model as m
from ...errors import Problem
from ...messages import say
from ...plan.village import VillagePlan, village_procedures
from . import overview
from .poster import block_room


def problems(project: m.Project, paper: str, day: dt.date | None = None) -> list[Problem]:
    """Every procedure whose board block is too tall for a board page of ``paper``, once each."""
    found: dict[str, Problem] = {}
    for commune in project.places.communes:
        for village in commune.villages:
            procs = village_procedures(project, commune, village, day)
            board = block_room(VillagePlan(project.places.province, commune, village, procs),
                               project.settings.title, paper)
            for proc in procs:  # blocks are cached: measuring again per village costs little
                height = overview.block_height(proc, paper, village.languages, project.settings.search_links)
                if height > board and proc.code not in found:
                    found[proc.code] = _problem(proc, height, board, paper)
    return list(found.values())


def _problem(proc: m.Procedure, height: float, room: float, paper: str) -> Problem:
    src = proc.source
    return Problem(src.file if src else "procedures", src.line if src else None,
                   src.column if src else None, "",
                   say("too_long_board", code=proc.code, paper=paper, height=round(height / mm), room=round(room / mm)),
                   say("too_long_hint"))
