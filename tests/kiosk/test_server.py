"""``kiosk serve``: static GET/HEAD only, nothing outside the folder, security headers, and
200 concurrent loopback connections without an error."""

from __future__ import annotations

import http.client
import os
import socket
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from noticeboard.kiosk.serve import is_loopback


def _request(base: str, path: str, method: str = "GET") -> http.client.HTTPResponse:
    """Send ``path`` exactly as given (no client-side normalisation)."""
    u = urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    conn.putrequest(method, path, skip_accept_encoding=True)
    conn.endheaders()
    resp = conn.getresponse()
    resp.body = resp.read()
    conn.close()
    return resp


@pytest.fixture(scope="module")
def outside(kiosk_dir):
    """A secret next to the kiosk folder, and symlinks inside the folder that point to it."""
    secret = kiosk_dir.parent / "secret.txt"
    secret.write_text("secret")
    try:
        os.symlink(secret, kiosk_dir / "link.txt")
        os.symlink(kiosk_dir.parent, kiosk_dir / "up")
    except (OSError, NotImplementedError):
        pytest.skip("symlinks not supported here")
    yield secret
    (kiosk_dir / "link.txt").unlink()
    (kiosk_dir / "up").unlink()


def test_serves_the_page_with_security_headers(server):
    resp = _request(server, "/")
    assert resp.status == 200 and b"noticeboard kiosk" in resp.body
    assert resp.getheader("X-Content-Type-Options") == "nosniff"
    csp = resp.getheader("Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "connect-src 'none'" in csp
    assert "http" not in csp and "*" not in csp
    assert resp.getheader("Content-Type") == "text/html; charset=utf-8"
    js = _request(server, "/kiosk.js")
    assert js.getheader("Content-Type").startswith("text/javascript")
    head = _request(server, "/data.js", "HEAD")
    assert head.status == 200 and head.body == b"" and int(head.getheader("Content-Length")) > 1000


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt",
    "/fonts/../../secret.txt", "/fonts/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt",
    "/fonts%2f..%2f..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "//etc/passwd",
    "/etc/passwd", "/%2fetc%2fpasswd", "http://127.0.0.1/../secret.txt", "/link.txt",
    "/up/secret.txt", "/index.html%00.txt", "/%ff", "/.", "/..", "/./index.html",
    "/fonts/./OFL.txt", "/C:/Windows/win.ini", "/%252e%252e/secret.txt",
])
def test_nothing_outside_the_folder(server, outside, path):
    resp = _request(server, path)
    assert resp.status == 404, path
    assert b"secret" not in resp.body
    assert resp.getheader("X-Content-Type-Options") == "nosniff"


@pytest.mark.parametrize("path", ["/fonts/", "/fonts", "/up/"])
def test_no_directory_listing(server, outside, path):
    resp = _request(server, path)
    assert resp.status == 404 and b"OFL.txt" not in resp.body


@pytest.mark.parametrize("method,status", [("POST", 405), ("PUT", 405), ("DELETE", 405),
                                           ("OPTIONS", 405), ("PATCH", 405), ("PROPFIND", 501)])
def test_only_get_and_head(server, method, status):
    resp = _request(server, "/index.html", method)
    assert resp.status == status
    assert resp.getheader("Content-Security-Policy")


def test_two_hundred_concurrent_connections(server):
    u = urlsplit(server)
    # Open all 200 sockets first so the connections really are concurrent, then use them.
    socks = [socket.create_connection((u.hostname, u.port), timeout=15) for _ in range(200)]

    def fetch(sock: socket.socket) -> int:
        with sock:
            sock.sendall(b"GET /data.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        head = b"".join(chunks).split(b"\r\n", 1)[0]
        return int(head.split()[1])

    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(fetch, socks, timeout=30))
    assert statuses == [200] * 200


def test_loopback_detection():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")
