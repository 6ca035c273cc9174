"""A static server for a built kiosk folder, meant to run unattended for weeks.

Only GET and HEAD of regular files inside the folder; everything else is 404 (or 405 for other
methods). The request path is decoded once and then checked segment by segment, and the real
path (symlinks resolved) must stay inside the folder, so ``../``, ``%2e%2e``, encoded slashes,
absolute paths and symlinks pointing out all end in 404, never in a file or a listing.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ...errors import NoticeboardError
from ...load.audio import TYPES as AUDIO_TYPES
from ...messages import say

# Only the folder's own files; data: for the favicon placeholder. Mirrors the page's meta tag.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; "
       "img-src 'self' data:; media-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; "
       "form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",  # a rebuilt kiosk shows at the next reload
}
TYPES = {
    ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8", ".ttf": "font/ttf", ".png": "image/png",
    ".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8", ".json": "application/json",
    **{ext: kind for ext, (kind, _) in AUDIO_TYPES.items()},  # recorded readings
}


def resolve(root: Path, raw_path: str) -> Path | None:
    """The file a request path names inside ``root`` (already resolved), or None."""
    path = urlsplit(raw_path).path if raw_path.startswith("/") else ""
    if not path or path.startswith("//") or "%2f" in path.lower() or "%5c" in path.lower():
        return None
    try:
        path = unquote(path, errors="strict")
    except UnicodeDecodeError:
        return None
    if path == "/":
        path = "/index.html"
    parts = path[1:].split("/")
    # No empty, hidden ('.', '..', atomic-write temporaries) or odd segments.
    if any(not p or p.startswith(".") or "\\" in p or "\0" in p or ":" in p for p in parts):
        return None
    try:
        target = root.joinpath(*parts).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not target.is_relative_to(root) or not target.is_file():
        return None
    return target


class KioskHandler(BaseHTTPRequestHandler):
    server_version = "noticeboard-kiosk"
    protocol_version = "HTTP/1.1"
    timeout = 30  # a stuck client must not hold a thread for ever

    def __init__(self, *args, root: Path, quiet: bool = True, hosts: frozenset[str] = frozenset(), **kwargs):
        self.root = root
        self.quiet = quiet
        self.hosts = hosts
        super().__init__(*args, **kwargs)

    def parse_request(self) -> bool:
        # DNS rebinding: a page of evil.example whose name is made to resolve to this machine
        # sends "Host: evil.example". Only the names this server is known by are answered.
        if not super().parse_request():
            return False
        if not host_allowed(self.headers.get("Host"), self.hosts):
            self.send_error(HTTPStatus.MISDIRECTED_REQUEST)
            return False
        return True

    def version_string(self) -> str:
        return self.server_version  # no Python version for the curious

    def end_headers(self) -> None:
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        super().end_headers()

    def do_GET(self) -> None:
        self._send(body=True)

    def do_HEAD(self) -> None:
        self._send(body=False)

    def _not_allowed(self) -> None:
        self.send_response(HTTPStatus.METHOD_NOT_ALLOWED)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_CONNECT = do_TRACE = _not_allowed

    def _send(self, body: bool) -> None:
        target = resolve(self.root, self.path)
        if target is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        try:
            fh = target.open("rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        with fh:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", TYPES.get(target.suffix.lower(), "application/octet-stream"))
            self.send_header("Content-Length", str(os.fstat(fh.fileno()).st_size))
            self.end_headers()
            if body:
                shutil.copyfileobj(fh, self.wfile)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (stdlib signature)
        if not self.quiet:
            super().log_message(format, *args)


class KioskServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # the default backlog of 5 drops bursts of connections


class KioskServer6(KioskServer):
    address_family = socket.AF_INET6  # "::1", "::" (with IPv4 too where the system allows)


LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")


def allowed_hosts(host: str) -> frozenset[str]:
    """The Host header names a browser may use for a server bound to ``host``: localhost and
    the loopback addresses, the bound name or address, and this computer's own name (so
    ``--host`` on a LAN still works). IP addresses are always accepted: rebinding needs a name."""
    names = {*LOCAL_NAMES, host.strip("[]").lower(), socket.gethostname().lower()}
    names.add(socket.gethostname().lower() + ".local")
    return frozenset(n for n in names if n)


def host_allowed(header: str | None, hosts: frozenset[str]) -> bool:
    if header is None:  # HTTP/1.0 tools; every browser sends Host
        return True
    value = header.strip().lower()
    if value.startswith("["):  # [::1]:8080
        name = value[1:].split("]", 1)[0]
    elif value.count(":") == 1:  # localhost:8080
        name = value.split(":", 1)[0]
    else:  # a name alone (or a bare IPv6 address)
        name = value
    name = name.rstrip(".")
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return name in hosts


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(folder: Path, host: str = "127.0.0.1", port: int = 8080, quiet: bool = True) -> KioskServer:
    """A server bound to ``host:port`` (port 0 picks a free one); call ``serve_forever``."""
    root = Path(folder).resolve()
    if not (root / "index.html").is_file():
        raise NoticeboardError(say("kiosk_not_built", folder=folder))
    handler = partial(KioskHandler, root=root, quiet=quiet, hosts=allowed_hosts(host))
    server = KioskServer6 if ":" in host else KioskServer
    try:
        return server((host.strip("[]"), port), handler)
    except OSError as exc:
        raise NoticeboardError(say("cannot_listen", host=host, port=port, reason=exc.strerror or exc)) from None
