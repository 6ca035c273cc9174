"""Stage 3: decide what each village's cultural house gets, before anything is drawn."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from .. import model as m
from ..errors import CommandLineError, Problem, did_you_mean
from ..messages import say
from ..model import posted_codes
from ..slug import slugify


@dataclass(frozen=True)
class VillagePlan:
    province: str
    commune: m.Commune
    village: m.Village
    procedures: tuple[m.Procedure, ...]
    search_links: bool = True  # procedures without a link get a look-up QR (qr_target)
    sample: bool = False  # built from the bundled sample: every page is marked "BẢN MẪU"

    @property
    def file(self) -> str:
        return f"{self.commune.slug}/{self.village.slug}.pdf"


VIETNAM = dt.timezone(dt.timedelta(hours=7))  # every date is Vietnam time (formats.md)
SOON = dt.timedelta(days=30)  # status changes this close are warned about


def build_date(given: dt.date | None = None) -> dt.date:
    """The date of a build (printed on posters, and what is in force): ``given`` (--date),
    else SOURCE_DATE_EPOCH (reproducible builds), else today; Vietnam time."""
    if given is not None:
        return given
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), VIETNAM).date()
    return dt.datetime.now(VIETNAM).date()


def in_force(proc: m.Procedure, day: dt.date) -> bool:
    """effective_from <= day < effective_until (a missing bound is open)."""
    return status(proc, day) == "in_force"


def status(proc: m.Procedure, day: dt.date) -> str:
    """"in_force", "abolished" (no longer in force), "not_yet" (in force from a later date) or
    "never" (its dates leave no day in force: announced and abolished the same day, say)."""
    if never_in_force(proc):
        return "never"
    if proc.effective_until is not None and day >= proc.effective_until:
        return "abolished"
    if proc.effective_from is not None and day < proc.effective_from:
        return "not_yet"
    return "in_force"


def never_in_force(proc: m.Procedure) -> bool:
    """effective_from >= effective_until: no day is in force (what real decisions produce)."""
    return (proc.effective_from is not None and proc.effective_until is not None
            and proc.effective_from >= proc.effective_until)


def village_procedures(project: m.Project, commune: m.Commune, village: m.Village,
                       day: dt.date | None = None) -> tuple[m.Procedure, ...]:
    """What is posted at ``village`` on ``day`` (default: the build date): only procedures in
    force. Every output (posters, kiosk, cards, scripts) asks here."""
    day = build_date(day)
    procs = (project.procedures[c] for c in posted_codes(commune, village))
    return tuple(p for p in procs if in_force(p, day))


def catalogue_in_force(project: m.Project, day: dt.date | None = None) -> list[m.Procedure]:
    """The procedures of the catalogue in force on ``day``, in catalogue order (the kiosk's list)."""
    day = build_date(day)
    return [p for p in project.procedures.values() if in_force(p, day)]


def _select(items, wanted: str | None, what: str, where: str):
    if wanted is None:
        return list(items)
    chosen = [x for x in items if wanted in (x.name, x.slug) or slugify(wanted) == x.slug]
    if not chosen:
        names = [x.name for x in items]
        raise CommandLineError(Problem(say("command_line"), None, None, f"--{what}",
                                       say("no_such_choice", what=say(f"what.{what}"), wanted=wanted, where=where),
                                       did_you_mean(wanted, names) or say("choose_one_of", names=", ".join(names))))
    return chosen


def communes(project: m.Project, commune: str | None = None) -> list[m.Commune]:
    return _select(project.places.communes, commune, "commune", "")


def plan(project: m.Project, commune: str | None = None, village: str | None = None,
         day: dt.date | None = None) -> list[VillagePlan]:
    """A plan per village with something in force to post on ``day`` (a village whose every
    procedure is out of force gets no file: ``posting_problems`` warns about it)."""
    day = build_date(day)
    plans = []
    chosen = communes(project, commune)
    for c in chosen:
        if village is not None and len(chosen) > 1 and not any(
                village in (v.name, v.slug) or slugify(village) == v.slug for v in c.villages):
            continue
        for v in _select(c.villages, village, "village", say("in_commune", commune=c.name) if len(chosen) == 1 else ""):
            procs = village_procedures(project, c, v, day)
            if procs:
                plans.append(VillagePlan(project.places.province, c, v, procs, project.settings.search_links,
                                         project.sample))
    if village is not None and not plans:
        _select([v for c in chosen for v in c.villages], village, "village", "")
    return plans
