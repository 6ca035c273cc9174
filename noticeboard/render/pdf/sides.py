"""How many sides of paper each posted procedure's sheet takes, counted by the paginator that
lays the sheet out for printing (``detail.pages``: the same pages a build draws), so `check`,
`list` and the posting kit never estimate. A sheet's length depends on the commune (its
footer leaves the frame) and on the village (translations add lines): the longest counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ... import model as m
from ...messages import say
from ...plan.village import village_procedures
from . import detail
from .poster import SHEET, body_heights


@dataclass(frozen=True)
class LongSheet:
    proc: m.Procedure
    pages: int  # the most pages its sheet takes in a village that posts it
    paper: str


def told(s: LongSheet) -> str:
    """A long sheet as `check` and the app's Kiểm tra say it: code, name, pages, sheets of paper."""
    return say("check.long_sheet", code=s.proc.code, name=s.proc.name, pages=s.pages, sheets=-(-s.pages // 2))


def hints(found: list[LongSheet] | tuple[LongSheet, ...]) -> list[str]:
    """What to do, once for the YAML files and once for the workbooks among ``found``."""
    kinds = ["sheet" if s.proc.source and s.proc.source.cell else "yaml" for s in found]
    return [say(f"check.long_sheet_hint_{kind}") for kind in dict.fromkeys(kinds)]


def sheet_sides(project: m.Project, paper: str | None = None, day: dt.date | None = None) -> dict[str, int]:
    """code -> the number of pages (sides) of its sheet, for every procedure some village posts
    on ``day`` (sheets are laid out once per commune frame and languages: the layout is cached)."""
    paper = paper or project.settings.paper
    out: dict[str, int] = {}
    for commune in project.places.communes:
        frame = body_heights(commune, project.places.province, paper)[SHEET]
        for village in commune.villages:
            for proc in village_procedures(project, commune, village, day):
                n = len(detail.pages(proc, paper, village.languages, frame, project.settings.search_links))
                out[proc.code] = max(out.get(proc.code, 0), n)
    return out


def long_sheets(project: m.Project, paper: str | None = None, day: dt.date | None = None) -> list[LongSheet]:
    """Every posted procedure whose sheet takes more than one side, in catalogue order."""
    paper = paper or project.settings.paper
    sides = sheet_sides(project, paper, day)
    return [LongSheet(p, sides[code], paper) for code, p in project.procedures.items() if sides.get(code, 0) > 1]
