"""What the build date does to what is posted: warnings about posted procedures no longer or
not yet in force (left out: ``village.village_procedures``), status changes due soon, villages left
with nothing in force, posted procedures without papers, and check's catalogue summary line.

These depend on the build date, so they come after loading (which knows no date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .. import fields
from .. import model as m
from ..errors import Problem
from ..messages import named, say
from ..model import posted_codes
from .village import SOON, build_date, status, village_procedures


def _day(d: dt.date) -> str:
    return f"{d:%d/%m/%Y}"


def listings(project: m.Project, code: str) -> list[tuple[m.Source | None, str]]:
    """Where ``code`` is listed, each list once, with the villages it puts it in: the commune's
    list ("Xã A (every village)", "Thôn B, Thôn C of Xã A"), a village's own ("Thôn D of Xã A")."""
    out: list[tuple[m.Source | None, str]] = []
    for c in project.places.communes:
        if code in c.posted:
            villages = [v.name for v in c.villages if code not in v.not_posted]
            if len(villages) == len(c.villages):
                out.append((c.listed.get(code), say("where_all_villages", commune=c.name)))
            elif villages:
                out.append((c.listed.get(code), say("where_villages", villages=", ".join(villages), commune=c.name)))
        for v in c.villages:
            if code in v.posted and (code not in c.posted or code in v.not_posted):
                out.append((v.listed.get(code), say("where_villages", villages=v.name, commune=c.name)))
    return out


def _at(proc: m.Procedure, message: str, hint: str | None = None,
        listed: m.Source | None = None) -> Problem:
    """A warning where the clerk acts: the list that posts it, named as its file names it
    (the column, the YAML path), else the catalogue row (the message names the code)."""
    s = listed or proc.source
    return Problem(s.file if s else "", s.line if s else None, s.column if s else None,
                   s.field if s else "", message, hint, warning=True, cell=s.cell if s else None)


def _take_down(proc: m.Procedure, message: str, listed: m.Source | None) -> Problem:
    """A procedure out of force that a list posts: its sheets come off the board, said at that
    list (the column and sheet of a workbook, the key of a YAML file)."""
    hint = say("hint.take_down", where=named(listed.field, listed.cell) if listed else named("posted"))
    return replace(_at(proc, message, hint, listed), take_down=True)


def posting_problems(project: m.Project, day: dt.date | None = None) -> list[Problem]:
    """Warnings about what is posted on ``day`` (errors with --strict): a procedure out of force
    is named at each list that posts it, with its catalogue row."""
    day = build_date(day)
    posted = dict.fromkeys(code for c in project.places.communes for v in c.villages
                           for code in posted_codes(c, v))
    found: list[Problem] = []
    for code in posted:
        proc = project.procedures[code]
        state = status(proc, day)
        row = str(proc.source) if proc.source else ""
        for listed, where in listings(project, code):
            if state == "never":
                assert proc.effective_from is not None and proc.effective_until is not None
                found.append(_take_down(proc, say("posted_never", code=code, name=proc.name, row=row,
                                                  since=_day(proc.effective_from), until=_day(proc.effective_until),
                                                  where=where), listed))
            elif state == "abolished":
                assert proc.effective_until is not None
                found.append(_take_down(proc, say("posted_abolished", code=code, name=proc.name, row=row,
                                                  until=_day(proc.effective_until), where=where,
                                                  replacement=_replacement(project, proc)), listed))
            elif state == "not_yet":
                assert proc.effective_from is not None
                found.append(_at(proc, say("posted_not_yet", code=code, name=proc.name, row=row,
                                           since=_day(proc.effective_from), where=where),
                                 say("hint.not_yet", since=_day(proc.effective_from)), listed=listed))
        if state == "in_force" and proc.effective_until is not None and proc.effective_until - day <= SOON:
            found.append(_at(proc, say("ends_soon", code=code, name=proc.name,
                                       until=_day(proc.effective_until),
                                       days=(proc.effective_until - day).days, where=_places(project, code),
                                       replacement=_replacement(project, proc)),
                             say("hint.ends_soon", until=_day(proc.effective_until))))
    for c in project.places.communes:
        for v in c.villages:
            if not village_procedures(project, c, v, day):
                found.append(Problem(project.places.file, None, None, "", say("nothing_in_force", village=v.name,
                                                             commune=c.name, day=_day(day)),
                                     warning=True))
    bare: dict[str, list[m.Procedure]] = {}  # a warning per catalogue file, naming its own column or key
    shown = _shown(project, day)
    for code in posted:
        proc = project.procedures[code]
        if not proc.documents and code in shown:
            bare.setdefault(proc.source.file if proc.source else "", []).append(proc)
    for file, procs in bare.items():
        s = procs[0].source
        papers = fields.named("documents", s.cell if s else None)
        found.append(Problem(file, None, None, "", say("no_papers", count=len(procs), field=papers,
                                                     codes=_some([p.code for p in procs])),
                             say("hint.no_papers", field=papers), warning=True))
    return found


def _places(project: m.Project, code: str) -> str:
    """Where ``code`` is posted, in one phrase: "Xã A (every village); Thôn B of Xã C"."""
    return "; ".join(where for _, where in listings(project, code))


def _some(codes: list[str], most: int = 12) -> str:
    """The first codes of a long list (a decision's annex has hundreds without papers)."""
    return ", ".join(codes[:most]) + (f", … (+{len(codes) - most})" if len(codes) > most else "")


def _shown(project: m.Project, day: dt.date) -> set[str]:
    return {p.code for c in project.places.communes for v in c.villages
            for p in village_procedures(project, c, v, day)}


def _replacement(project: m.Project, proc: m.Procedure) -> str:
    if not proc.replaced_by:
        return ""
    other = project.procedures.get(proc.replaced_by)
    return say("replaced_by", code=proc.replaced_by, name=f' "{other.name}"' if other else "")


def summary(project: m.Project, day: dt.date | None = None) -> str:
    """check's last line: the catalogue as a clerk counts it."""
    day = build_date(day)
    states = [status(p, day) for p in project.procedures.values()]
    procs = project.procedures.values()
    line = say("catalogue_summary", total=len(states), day=_day(day), in_force=states.count("in_force"),
               abolished=states.count("abolished"), not_yet=states.count("not_yet"),
               no_papers=sum(not p.documents for p in procs), no_link=sum(p.online is None for p in procs))
    if states.count("never") or project.left_out:  # rows real catalogues hold, set aside
        line += " " + say("catalogue_set_aside", never=states.count("never"), left_out=len(project.left_out))
    return line
