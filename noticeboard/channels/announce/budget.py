"""A commune's procedures as loudspeaker bulletins that each keep to their air time.

Each procedure gets at most ``PROCEDURE_MINUTES`` (its papers shortened to fit, script.py);
procedures then fill bulletins of at most ``minutes`` in their posted order, the next one
starting where one is full. Nothing is dropped: a commune with many procedures gets
"Bản tin số 2", "số 3"… to air on other days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ... import model as m
from ...errors import OutputError
from ...messages import say
from ...plan.posted import posted_in_force, posted_only_at
from ..spoken.timing import minutes_seconds
from .script import Part, Script, bulletin, procedure_part

# One bulletin, by default (--minutes): one slot of the commune's daily broadcast, and about
# what a listener follows in one go; longer, and the first procedures are forgotten.
BULLETIN_MINUTES = 10.0
# One procedure: its name, where to go, what to bring, time, fee and code in two minutes; the
# rest of a long list is on the sheet at the cultural house (the script says so).
PROCEDURE_MINUTES = 2.0
# Numbering words are timed at their longest ("bản tin số chín mươi chín"): the count of
# bulletins is only known once they are made.
WORST = 99


@dataclass(frozen=True)
class Over:
    """A procedure that takes longer than its budget even with its papers left to the sheet."""
    code: str
    seconds: float
    budget: float


def commune_bulletins(project: m.Project, commune: m.Commune, day: dt.date,
                      minutes: float = BULLETIN_MINUTES) -> tuple[list[Script], list[Over]]:
    """The commune's bulletins, each within ``minutes``; and the procedures over their own
    budget (long names, times or fees: said whole all the same)."""
    total = minutes * 60
    parts, over = [], []
    only_at = posted_only_at(project, commune, day)
    for p in posted_in_force(project, commune, day):
        each = PROCEDURE_MINUTES * 60
        part = procedure_part(p, commune.office, each, only_at.get(p.code, ()))
        # a short --minutes: the procedure's share is what the bulletin's opening and close leave
        spill = _alone(commune, day, [part], project.sample).seconds - total
        if spill > 0:
            each = part.seconds - spill
            part = procedure_part(p, commune.office, each, only_at.get(p.code, ()))
        if part.seconds > each:
            over.append(Over(p.code, part.seconds, each))
        parts.append(part)
    one = bulletin(commune, day, parts, sample=project.sample)
    if one.seconds <= total:
        return [one], over
    groups: list[list[Part]] = [[]]
    for part in parts:
        trial = groups[-1] + [part]
        if groups[-1] and _alone(commune, day, trial, project.sample).seconds > total:
            groups.append([part])
        else:
            groups[-1] = trial
    for group in groups:
        alone = _alone(commune, day, group, project.sample)
        if alone.seconds > total:  # one procedure and the bulletin's opening and close
            raise OutputError(say("announce_too_short", commune=commune.name, code=group[0].code,
                                  minutes=f"{minutes:g}", needed=duration(alone.seconds)))
    later = [sum(len(g) for g in groups[i + 1:i + 2]) for i in range(len(groups))]
    scripts = [bulletin(commune, day, g, i, len(groups), then=n, sample=project.sample)
               for i, (g, n) in enumerate(zip(groups, later), 1)]
    return scripts, over


def _alone(commune: m.Commune, day: dt.date, parts: list[Part], sample: bool) -> Script:
    """``parts`` as one of many bulletins, timed with the longest numbering words."""
    return bulletin(commune, day, parts, WORST, WORST, then=WORST, sample=sample)


def duration(secs: float) -> str:
    """"9 phút 40 giây" / "9 min 40 s": a reading time in the messages' language."""
    minutes, rest = minutes_seconds(secs)
    return say("word.minutes_seconds", minutes=minutes, seconds=rest)
