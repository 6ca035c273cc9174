"""What a commune tells its people about beyond paper (Zalo cards, loudspeaker script): the
procedures it posts, and the link each one's QR code opens."""

from __future__ import annotations

from . import model as m


def commune_procedures(project: m.Project, commune: m.Commune) -> tuple[m.Procedure, ...]:
    """The procedures the commune posts, in its order."""
    return tuple(project.procedures[c] for c in commune.posted if c in project.procedures)


def qr_target(p: m.Procedure) -> tuple[str, str] | None:
    """(link, host) the procedure's QR code opens, or None when it has none."""
    return (p.online.url, p.online.host) if p.online else None
