"""Stage 3: decide what each village's cultural house gets, before anything is drawn."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from . import model as m
from .errors import CommandLineError, Problem, did_you_mean
from .slug import slugify


@dataclass(frozen=True)
class VillagePlan:
    province: str
    commune: m.Commune
    village: m.Village
    procedures: tuple[m.Procedure, ...]

    @property
    def file(self) -> str:
        return f"{self.commune.slug}/{self.village.slug}.pdf"


def build_date() -> dt.date:
    """The date printed on posters: from SOURCE_DATE_EPOCH when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.date.today()


def village_procedures(project: m.Project, commune: m.Commune, village: m.Village) -> tuple[m.Procedure, ...]:
    codes = [c for c in commune.posted if c not in village.not_posted]
    codes += [c for c in village.posted if c not in codes]
    return tuple(project.procedures[c] for c in codes)


def _select(items, wanted: str | None, what: str, where: str):
    if wanted is None:
        return list(items)
    chosen = [x for x in items if wanted in (x.name, x.slug) or slugify(wanted) == x.slug]
    if not chosen:
        names = [x.name for x in items]
        raise CommandLineError(Problem("command line", None, None, f"--{what}",
                                       f'no {what} named "{wanted}"{where}',
                                       did_you_mean(wanted, names) or f"choose one of: {', '.join(names)}"))
    return chosen


def communes(project: m.Project, commune: str | None = None) -> list[m.Commune]:
    return _select(project.places.communes, commune, "commune", "")


def plan(project: m.Project, commune: str | None = None, village: str | None = None) -> list[VillagePlan]:
    plans = []
    chosen = communes(project, commune)
    for c in chosen:
        if village is not None and len(chosen) > 1 and not any(
                village in (v.name, v.slug) or slugify(village) == v.slug for v in c.villages):
            continue
        for v in _select(c.villages, village, "village", f" in {c.name}" if len(chosen) == 1 else ""):
            plans.append(VillagePlan(project.places.province, c, v, village_procedures(project, c, v)))
    if village is not None and not plans:
        _select([v for c in chosen for v in c.villages], village, "village", "")
    return plans
