"""Which links may become QR codes: https on an allowed host, nothing that could disguise
another site (userinfo, lookalike or mixed-script hosts, punycode, odd schemes, ports)."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from ..messages import say
from .limits import SMALLEST_QR_MM, max_url_bytes, too_long

_HOST_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


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
        return say("url_chars"), say("hint.url_copy")
    if too_long(url):  # a longer code would not decode at the size we print it (qr/limits.py)
        return (say("url_too_long", length=len(url.encode("utf-8")), limit=max_url_bytes(), mm=SMALLEST_QR_MM),
                say("hint.url_too_long"))
    try:
        parts = urlsplit(url)
    except ValueError:
        return say("url_invalid"), say("hint.url_official")
    if parts.scheme.lower() != "https" or not url.lower().startswith("https://"):
        return say("url_scheme", scheme=f"{parts.scheme}:" if parts.scheme else url[:12]), say("hint.url_official")
    if "@" in parts.netloc:
        return (say("url_userinfo"),
                say("hint.url_userinfo"))
    if parts.netloc.startswith("["):  # an IP v6 address: never an official host
        return say("url_bad_host", host=parts.netloc), say("hint.url_official")
    host, _, port = parts.netloc.partition(":")
    if port or parts.netloc.endswith(":"):
        return say("url_port", port=port), say("hint.url_port")
    host = host.lower()
    if not host:
        return say("url_no_host"), say("hint.url_shape")
    return _check_host(host, allowed)


def _check_host(host: str, allowed: tuple[str, ...] | list[str]) -> tuple[str, str] | None:
    by_hand = say("hint.url_by_hand")
    odd = next((ch for ch in host if not ch.isascii()), None)
    if odd:
        return say("url_lookalike", host=host, char=odd, code=f"{ord(odd):04X}",
                   name=unicodedata.name(odd, say("no_name"))), by_hand
    if host.endswith("."):
        return say("url_trailing_dot", host=host), say("hint.url_trailing_dot")
    labels = host.split(".")
    if any(label.startswith("xn--") for label in labels):
        try:
            shown = host.encode("ascii").decode("idna")
        except UnicodeError:
            shown = "?"
        return say("url_punycode", host=host, shown=shown), by_hand + say("hint.lookalike")
    if not all(_HOST_LABEL.match(label) for label in labels):
        return say("url_bad_host", host=host), say("hint.url_bad_host")
    if not host_allowed(host, allowed):
        return (say("url_not_allowed", host=host, allowed=", ".join(allowed)),
                say("hint.url_not_allowed"))
    return None
