"""The app obeys only its own page: this run's token, its own Host, no other site; and serves
no file outside the project."""

from __future__ import annotations

import os

import pytest

from noticeboard.app.guard import Guard
from noticeboard.output.scaffold import init_workbooks


@pytest.fixture
def project(app, tmp_path):
    folder = tmp_path / "xa"
    init_workbooks(folder, "Tuyên Quang", "Xã Thượng Lâm")
    app.session.choose(folder)
    return folder


def test_the_printed_address_opens_the_app_and_leaves_a_cookie(app):
    status, _ = app.request("GET", f"/?t={app.token}")
    assert status == 303
    status, body = app.request("GET", "/", {"Cookie": app.cookie()})
    assert status == 200 and b"Choose a project" in body


def test_a_request_without_the_token_is_refused(app):
    status, body = app.request("GET", "/")
    assert status == 403 and b"noticeboard.bat" in body  # how the clerk opens the window


def test_a_wrong_token_is_refused(app):
    assert app.request("GET", "/?t=guessed")[0] == 403
    assert app.request("GET", "/", {"Cookie": f"noticeboard-{app.port}=guessed"})[0] == 403


def test_another_host_is_refused_even_with_the_token(app):
    """DNS rebinding: evil.example made to resolve to 127.0.0.1 sends its own name."""
    status, _ = app.request("GET", "/", {"Host": f"evil.example:{app.port}", "Cookie": app.cookie()})
    assert status == 421


def test_a_post_from_another_site_is_refused(app, project):
    status, _ = app.request("POST", "/mo", {"Cookie": app.cookie(), "Origin": "http://evil.example"},
                            b"f=places.xlsx")
    assert status == 403 and app.opened == []


def test_a_post_from_a_file_page_is_refused(app, project):
    status, _ = app.request("POST", "/mo", {"Cookie": app.cookie(), "Origin": "null"}, b"f=places.xlsx")
    assert status == 403 and app.opened == []


def test_a_cross_site_fetch_is_refused_by_its_metadata(app, project):
    status, _ = app.request("GET", "/kiem-tra", {"Cookie": app.cookie(), "Sec-Fetch-Site": "cross-site"})
    assert status == 403


def test_a_referer_from_another_site_is_refused(app, project):
    status, _ = app.request("GET", "/kiem-tra", {"Cookie": app.cookie(), "Referer": "http://evil.example/x"})
    assert status == 403


def test_its_own_page_may_post(app, project):
    status, _ = app.request("POST", "/mo", {"Cookie": app.cookie(), "Origin": app.base,
                                            "Sec-Fetch-Site": "same-origin"}, b"f=places.xlsx")
    assert status == 303 and app.opened == [project.resolve() / "places.xlsx"]


@pytest.mark.parametrize("path", ["/tep?f=../secret.txt", "/tep?f=%2Fetc%2Fpasswd", "/anh?f=..%2Fsecret.txt",
                                  "/tep?f=.noticeboard.lock", "/static/../server.py", "/static/%2e%2e/server.py",
                                  "/tep?f=link/secret.txt"])
def test_no_file_outside_the_project_is_served(app, project, tmp_path, path):
    (tmp_path / "secret.txt").write_text("not the app's", "utf-8")
    (project / "link").symlink_to(tmp_path)
    status, body = app.request("GET", path, {"Cookie": app.cookie()})
    assert status == 404 and b"not the app's" not in body


def test_no_file_outside_the_project_is_opened(app, project, tmp_path):
    (tmp_path / "secret.txt").write_text("x", "utf-8")
    for rel in ("../secret.txt", str(tmp_path / "secret.txt"), "procedures/../../secret.txt"):
        status, _ = app.request("POST", "/mo", {"Cookie": app.cookie(), "Origin": app.base}, f"f={rel}".encode())
        assert status == 303
    assert app.opened == []


def test_a_file_of_the_project_is_served(app, project):
    status, body = app.request("GET", "/tep?f=noticeboard.yaml", {"Cookie": app.cookie()})
    assert status == 200 and body == (project / "noticeboard.yaml").read_bytes()


def test_the_server_listens_on_loopback_only():
    from noticeboard.app.server import make_app
    from noticeboard.app.session import Session

    server, guard = make_app(Session())
    try:
        assert server.server_address[0] == "127.0.0.1" and guard.port == server.server_address[1] > 0
    finally:
        server.server_close()


def test_each_run_has_its_own_token():
    assert Guard(os.urandom(8).hex(), 1).cookie_name == "noticeboard-1"
    from noticeboard.app.server import make_app
    from noticeboard.app.session import Session

    tokens = set()
    for _ in range(2):
        server, guard = make_app(Session())
        tokens.add(guard.token)
        server.server_close()
    assert len(tokens) == 2 and all(len(t) >= 32 for t in tokens)
