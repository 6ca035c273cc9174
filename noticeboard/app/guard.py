"""Which requests the app obeys: its own page in the clerk's browser, nothing else.

The app can write the clerk's files and open programs, so every request must carry this run's
token (in the address the app printed, then in a cookie scoped to the app's port), name the
app's own address in ``Host`` (a page of another site whose name is made to resolve to
127.0.0.1 sends its own name: DNS rebinding), and must not come from another site
(``Origin``, ``Referer``, ``Sec-Fetch-Site``; a form on any web page can post to 127.0.0.1).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qs, urlsplit

TOKEN_PARAM = "t"


@dataclass(frozen=True)
class Guard:
    token: str
    port: int

    @property
    def cookie_name(self) -> str:
        return f"noticeboard-{self.port}"  # cookies ignore ports: one per app run

    @property
    def origins(self) -> frozenset[str]:
        return frozenset({f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}"})

    def address(self) -> str:
        return f"http://127.0.0.1:{self.port}/?{TOKEN_PARAM}={self.token}"

    def refusal(self, path: str, headers) -> str | None:
        """Why the request is refused ("host", "site", "token"), or None to obey it."""
        if f"http://{(headers.get('Host') or '').strip().lower()}" not in self.origins:
            return "host"
        origin = headers.get("Origin")
        if origin is not None and origin.rstrip("/").lower() not in self.origins:
            return "site"  # "null" too: a sandboxed frame or a file:// page
        referer = headers.get("Referer")
        if referer:
            parts = urlsplit(referer)
            if f"{parts.scheme}://{parts.netloc}".lower() not in self.origins:
                return "site"
        if headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            return "site"  # "none": the clerk opened the address themselves
        if not (self._matches(self.query_token(path)) or self._matches(self._cookie(headers))):
            return "token"
        return None

    @staticmethod
    def query_token(path: str) -> str | None:
        values = parse_qs(urlsplit(path).query).get(TOKEN_PARAM)
        return values[0] if values else None

    def _cookie(self, headers) -> str | None:
        jar = SimpleCookie()
        try:
            jar.load(headers.get("Cookie") or "")
        except CookieError:
            return None
        morsel = jar.get(self.cookie_name)
        return morsel.value if morsel else None

    def _matches(self, value: str | None) -> bool:
        return value is not None and hmac.compare_digest(value.encode(), self.token.encode())

    def set_cookie(self) -> str:
        # HttpOnly: no script reads it; SameSite=Strict: no other site's request carries it
        return f"{self.cookie_name}={self.token}; Path=/; HttpOnly; SameSite=Strict"
