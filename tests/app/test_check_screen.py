"""The app's Kiểm tra screen says what `check` says: the sheets over one side, with their
pages, where they are written and what to do (a clerk's trial saw the CLI's notice missing)."""

from __future__ import annotations

import re

from noticeboard.api import check

from ..long_texts import write_portal_project


def test_the_check_screen_names_the_long_sheets_as_check_does(app, tmp_path):
    root = write_portal_project(tmp_path / "p")
    app.session.choose(root)
    status, body = app.request("GET", "/kiem-tra", {"Cookie": app.cookie()})
    page = body.decode()
    assert status == 200
    long = check(root).long_sheets
    assert long and "Sheets longer than one side of A4" in page
    shown = dict(re.findall(r"(\d\.\d{6}) [^<]*?: (\d+) pages", page))
    assert shown == {s.proc.code: str(s.pages) for s in long}
    assert "under official: documents:" in page  # what to do
