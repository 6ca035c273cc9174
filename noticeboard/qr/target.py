"""What a procedure's QR code opens: its portal page when the catalogue has the link, else the
portal's search for its code (a look-up, captioned "Tra cứu", never as submission), unless the
project turned look-ups off (``search_links: false``). Every renderer asks here."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from .. import model as m
from ..fields import PORTAL_SEARCH


@dataclass(frozen=True)
class Target:
    url: str
    lookup: bool  # True: the portal's search for the code, not the procedure's own page

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""


def search_url(code: str) -> str:
    return PORTAL_SEARCH.format(code=quote(code, safe="."))


def qr_target(proc: m.Procedure, search_links: bool = True) -> Target | None:
    """The QR of ``proc``: None only when it has no link and look-ups are off."""
    if proc.online is not None:
        return Target(proc.online.url, lookup=False)
    return Target(search_url(proc.code), lookup=True) if search_links else None
