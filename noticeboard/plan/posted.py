"""What a commune tells its people about beyond paper (Zalo cards, loudspeaker script): the
procedures it posts that are in force (the QR each one gets is ``qr.target.qr_target``'s)."""

from __future__ import annotations

import datetime as dt

from .. import model as m
from .village import build_date, in_force


def posted_in_force(project: m.Project, commune: m.Commune,
                    day: dt.date | None = None) -> tuple[m.Procedure, ...]:
    """The procedures the commune posts that are in force on ``day`` (default: the build
    date), in its order: what its villages' posters show, less the villages' own changes."""
    day = build_date(day)
    procs = (project.procedures[c] for c in commune.posted if c in project.procedures)
    return tuple(project.on(p, day) for p in procs if in_force(p, day))
