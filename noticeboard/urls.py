"""Which links may become QR codes: https on an allowed host, nothing that could disguise
another site (userinfo, lookalike or mixed-script hosts, punycode, odd schemes)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

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
    allowed_text = ", ".join(allowed)
    if any(ch.isspace() for ch in url) or "\\" in url:
        return "link contains spaces or backslashes", "copy the link again from the portal's address bar"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"link is not a valid address ({exc})", "copy the link again from the portal"
    if parts.scheme.lower() != "https":
        return (f'link must start with "https://" (got "{parts.scheme}:")',
                "use the procedure's page on https://dichvucong.gov.vn")
    if "@" in parts.netloc:
        return ("link hides its real host behind a user name ('@')",
                "this is how fake links disguise themselves: use the portal's own link")
    if port not in (None, 443):
        return f"link uses port {port}", "official portal links have no port number"
    host = parts.hostname or ""
    if not host:
        return "link has no host", "a link looks like https://dichvucong.gov.vn/..."
    if not host.isascii():
        return (f'host "{host}" contains non-Latin or look-alike letters',
                "type the host by hand; official hosts use only a-z, 0-9, '-' and '.'")
    labels = host.split(".")
    if any(label.startswith("xn--") for label in labels):
        try:
            shown = host.encode("ascii").decode("idna")
        except UnicodeError:
            shown = host
        return (f'host "{host}" is an encoded international name ("{shown}")',
                "official hosts are plain ASCII: this may be a look-alike")
    if not all(_HOST_LABEL.match(label) for label in labels):
        return f'host "{host}" is not a valid host name', "check the link for stray characters"
    if not host_allowed(host, allowed):
        return (f'host "{host}" is not an allowed host ({allowed_text})',
                "QR codes may only open official sites; add the host to allowed_hosts in "
                "noticeboard.yaml only if it is official")
    return None
