"""What a commune tells its people about beyond paper (Zalo cards, loudspeaker script): the
procedures posted in any of its villages that are in force (the QR each one gets is
``qr.target.qr_target``'s)."""

from __future__ import annotations

import datetime as dt

from .. import model as m
from .village import build_date, in_force, village_procedures


def posted_in_force(project: m.Project, commune: m.Commune,
                    day: dt.date | None = None) -> tuple[m.Procedure, ...]:
    """What the commune's villages post on ``day`` (default: the build date), each procedure
    once: the commune's list in its order, then a village's own additions ("Niêm yết thêm"),
    which a card or the loudspeaker must not leave out. With no villages, the commune's list."""
    day = build_date(day)
    if not commune.villages:
        procs = (project.procedures[c] for c in commune.posted if c in project.procedures)
        return tuple(project.on(p, day) for p in procs if in_force(p, day))
    seen = {code: p for code, (p, _) in _by_village(project, commune, day).items()}
    ordered = [seen.pop(c) for c in commune.posted if c in seen]
    return tuple(ordered + list(seen.values()))


def posted_only_at(project: m.Project, commune: m.Commune,
                   day: dt.date | None = None) -> dict[str, tuple[str, ...]]:
    """The cultural houses of each procedure that only some of the commune's villages post on
    ``day`` (a village's "Niêm yết thêm", or one a village leaves off): a loudspeaker or a card
    heard across the commune must not send everyone to their own house for it."""
    every = len(commune.villages)
    return {code: houses for code, (_, houses) in _by_village(project, commune, build_date(day)).items()
            if len(houses) < every}


def _by_village(project: m.Project, commune: m.Commune,
                day: dt.date) -> dict[str, tuple[m.Procedure, tuple[str, ...]]]:
    """code -> the procedure as posted on ``day`` and the cultural houses posting it, in the
    villages' order (each village's own order within)."""
    out: dict[str, tuple[m.Procedure, tuple[str, ...]]] = {}
    for village in commune.villages:
        for p in village_procedures(project, commune, village, day):
            proc, houses = out.get(p.code, (p, ()))
            out[p.code] = (proc, (*houses, village.cultural_house))
    return out
