"""A bug in a request is said on the page (the clerk's trial saw a dropped connection,
ERR_EMPTY_RESPONSE, when an import crashed), and the app goes on serving."""

from __future__ import annotations

from noticeboard.app import server


def _crash(handler, query) -> None:
    raise ValueError("All strings must be XML compatible")


def test_a_bug_is_a_page_that_says_so_and_the_app_goes_on(app, monkeypatch, capsys):
    monkeypatch.setitem(server.GET, "/kiem-tra", _crash)
    monkeypatch.setitem(server.POST, "/mo", _crash)
    status, body = app.request("GET", "/kiem-tra", {"Cookie": app.cookie()})
    assert status == 500
    assert "A bug stopped this: ValueError: All strings must be XML compatible" in body.decode()
    status, body = app.request("POST", "/mo", {"Cookie": app.cookie(), "Origin": app.base,
                                                "Accept": "application/json"}, b"f=x")
    assert b'"ok": false' in body and b"A bug stopped this" in body
    assert "Traceback" in capsys.readouterr().err  # the console has what to report
    assert app.request("GET", "/", {"Cookie": app.cookie()})[0] == 200
