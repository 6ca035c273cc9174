"""What the build date does to what is posted: warnings about posted procedures no longer or
not yet in force (left out: ``village.village_procedures``), status changes due soon, villages left
with nothing in force, posted procedures without papers, and check's catalogue summary line.

These depend on the build date, so they come after loading (which knows no date).
"""

from __future__ import annotations

import datetime as dt

from .. import model as m
from ..errors import Problem
from ..messages import say
from .village import SOON, build_date, posted_codes, status, village_procedures


def _day(d: dt.date) -> str:
    return f"{d:%d/%m/%Y}"


def _places(project: m.Project, code: str) -> str:
    """Where ``code`` is posted: "Xã A (every village)", "Thôn B, Thôn C of Xã D"."""
    out = []
    for c in project.places.communes:
        villages = [v.name for v in c.villages if code in posted_codes(c, v)]
        if villages and len(villages) == len(c.villages):
            out.append(say("where_all_villages", commune=c.name))
        elif villages:
            out.append(say("where_villages", villages=", ".join(villages), commune=c.name))
    return "; ".join(out)


def _at(proc: m.Procedure, message: str, hint: str | None = None) -> Problem:
    s = proc.source
    return Problem(s.file if s else "", s.line if s else None, s.column if s else None,
                   "", message, hint, warning=True, cell=s.cell if s else None)  # the message names the code


def posting_problems(project: m.Project, day: dt.date | None = None) -> list[Problem]:
    """Warnings about what is posted on ``day`` (errors with --strict)."""
    day = build_date(day)
    posted = dict.fromkeys(code for c in project.places.communes for v in c.villages
                           for code in posted_codes(c, v))
    found: list[Problem] = []
    for code in posted:
        proc = project.procedures[code]
        where = _places(project, code)
        state = status(proc, day)
        if state == "abolished":
            assert proc.effective_until is not None
            found.append(_at(proc, say("posted_abolished", code=code, name=proc.name,
                                       until=_day(proc.effective_until), where=where,
                                       replacement=_replacement(project, proc)),
                             say("hint.take_down")))
        elif state == "not_yet":
            assert proc.effective_from is not None
            found.append(_at(proc, say("posted_not_yet", code=code, name=proc.name,
                                       since=_day(proc.effective_from), where=where)))
        elif proc.effective_until is not None and proc.effective_until - day <= SOON:
            found.append(_at(proc, say("ends_soon", code=code, name=proc.name,
                                       until=_day(proc.effective_until),
                                       days=(proc.effective_until - day).days, where=where,
                                       replacement=_replacement(project, proc))))
    for c in project.places.communes:
        for v in c.villages:
            if not village_procedures(project, c, v, day):
                found.append(Problem(project.places.file, None, None, "", say("nothing_in_force", village=v.name,
                                                             commune=c.name, day=_day(day)),
                                     warning=True))
    bare = [code for code in posted if not project.procedures[code].documents
            and code in _shown(project, day)]
    if bare:
        first = project.procedures[bare[0]].source
        found.append(Problem(first.file if first else "", None, None, "",
                             say("no_papers", count=len(bare), codes=_some(bare)),
                             say("hint.no_papers"), warning=True))
    return found


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
    return say("catalogue_summary", total=len(states), day=_day(day), in_force=states.count("in_force"),
               abolished=states.count("abolished"), not_yet=states.count("not_yet"),
               no_papers=sum(not p.documents for p in procs), no_link=sum(p.online is None for p in procs))
