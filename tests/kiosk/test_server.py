"""``kiosk serve``: static GET/HEAD only, nothing outside the folder, security headers, and
200 concurrent loopback connections without an error."""

from __future__ import annotations

import http.client
import os
import socket
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from noticeboard.channels.kiosk.serve import is_loopback


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
            sock.sendall(f"GET /data.js HTTP/1.1\r\nHost: {u.netloc}\r\nConnection: close\r\n\r\n".encode())
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


@pytest.fixture
def serve(kiosk_dir):
    """Start a server on ``host`` (port 0) in a thread; yields a function returning its port."""
    import threading

    from noticeboard.channels.kiosk.serve import make_server

    started = []

    def start(host: str) -> int:
        srv = make_server(kiosk_dir, host, 0)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        started.append(srv)
        return srv.server_address[1]

    yield start
    for srv in started:
        srv.shutdown()
        srv.server_close()


def _get(host: str, port: int, header: str | None = None) -> int:
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.putrequest("GET", "/", skip_host=header is not None, skip_accept_encoding=True)
    if header is not None:
        conn.putheader("Host", header)
    conn.endheaders()
    resp = conn.getresponse()
    resp.read()
    conn.close()
    return resp.status


def test_serves_on_ipv6_loopback(serve):
    """Regression: ``kiosk serve --host ::1`` failed (the server only made IPv4 sockets)."""
    port = serve("::1")
    assert _get("::1", port) == 200
    assert _get("::1", port, f"[::1]:{port}") == 200 and _get("::1", port, f"localhost:{port}") == 200


def test_a_foreign_host_name_is_refused_dns_rebinding(serve):
    port = serve("127.0.0.1")
    assert _get("127.0.0.1", port, f"127.0.0.1:{port}") == 200
    assert _get("127.0.0.1", port, f"localhost:{port}") == 200
    for foreign in (f"evil.example:{port}", "evil.example", f"localhost.evil.example:{port}", "127.0.0.1.nip.io"):
        assert _get("127.0.0.1", port, foreign) == 421, foreign


def test_a_lan_address_and_this_computers_name_are_accepted(serve):
    port = serve("0.0.0.0")  # --host on a LAN: people type the address or the computer's name
    assert _get("127.0.0.1", port, f"192.168.1.20:{port}") == 200
    assert _get("127.0.0.1", port, f"{socket.gethostname()}:{port}") == 200
    assert _get("127.0.0.1", port, f"rebind.example:{port}") == 421


def test_cli_serve_ipv6_prints_a_bracketed_url(kiosk_dir):
    import subprocess
    import sys
    import time

    proc = subprocess.Popen([sys.executable, "-m", "noticeboard", "kiosk", "serve", str(kiosk_dir),
                             "--host", "::1", "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert "http://[::1]:" in line, line
        port = int(line.split("http://[::1]:")[1].split("/")[0])
        deadline = time.monotonic() + 10
        while True:
            try:
                assert _get("::1", port) == 200
                break
            except ConnectionRefusedError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
    finally:
        proc.terminate()
        proc.wait(10)
