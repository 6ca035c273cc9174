"""Which links may become QR codes: https on an allowed host, nothing that could disguise
another site (userinfo, lookalike or mixed-script hosts, punycode, odd schemes, ports)."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from .messages import say

_HOST_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_OFFICIAL = "use the procedure's own page on https://dichvucong.gov.vn (copy it from the address bar)"


def host_allowed(host: str, allowed: tuple[str, ...] | list[str]) -> bool:
    for pattern in allowed:
        pattern = pattern.lower()
        if pattern.startswith("*."):
            if host.endswith(pattern[1:]):
                return True
        elif host == pattern:
            return True
    return False


def check_url(url: str, allowed: tuple[str, ...] | list[str]) -> tuple[str, str] | None:
    """None when ``url`` may be printed as a QR code, else (message, hint)."""
    if any(ch.isspace() or not ch.isprintable() for ch in url) or "\\" in url:
        return say("url_chars"), "copy the link again from the portal's address bar"
    try:
        parts = urlsplit(url)
    except ValueError:
        return say("url_invalid"), _OFFICIAL
    if parts.scheme.lower() != "https" or not url.lower().startswith("https://"):
        return say("url_scheme", scheme=f"{parts.scheme}:" if parts.scheme else url[:12]), _OFFICIAL
    if "@" in parts.netloc:
        return (say("url_userinfo"),
                "this is how fake links disguise themselves: use the portal's own link")
    if parts.netloc.startswith("["):  # an IP v6 address: never an official host
        return say("url_bad_host", host=parts.netloc), _OFFICIAL
    host, _, port = parts.netloc.partition(":")
    if port or parts.netloc.endswith(":"):
        return say("url_port", port=port), "official portal links have no port number: remove it"
    host = host.lower()
    if not host:
        return say("url_no_host"), "a link looks like https://dichvucong.gov.vn/..."
    return _check_host(host, allowed)


def _check_host(host: str, allowed: tuple[str, ...] | list[str]) -> tuple[str, str] | None:
    by_hand = "type the host by hand: official hosts use only a-z, 0-9, '-' and '.'"
    odd = next((ch for ch in host if not ch.isascii()), None)
    if odd:
        return say("url_lookalike", host=host, char=odd, code=f"{ord(odd):04X}",
                   name=unicodedata.name(odd, "no name")), by_hand
    if host.endswith("."):
        return say("url_trailing_dot", host=host), "remove the dot after the host name"
    labels = host.split(".")
    if any(label.startswith("xn--") for label in labels):
        try:
            shown = host.encode("ascii").decode("idna")
        except UnicodeError:
            shown = "?"
        return say("url_punycode", host=host, shown=shown), by_hand + "; this may be a look-alike"
    if not all(_HOST_LABEL.match(label) for label in labels):
        return say("url_bad_host", host=host), "check the link for stray characters"
    if not host_allowed(host, allowed):
        return (say("url_not_allowed", host=host, allowed=", ".join(allowed)),
                "QR codes may only open official sites; add the host to allowed_hosts in "
                "noticeboard.yaml only if it is official")
    return None
