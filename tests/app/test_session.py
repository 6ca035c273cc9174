"""The app's work, without a browser: the same library calls as the CLI, one at a time."""

from __future__ import annotations

import threading

import pytest

from noticeboard.app.pages import where
from noticeboard.app.session import Session
from noticeboard.errors import NoticeboardError, Problem
from noticeboard.output.lock import exclusive
from noticeboard.output.scaffold import init_workbooks
from tests.app.conftest import fill_places


@pytest.fixture
def session(tmp_path):
    folder = tmp_path / "xa"
    init_workbooks(folder, "Tuyên Quang", "Xã Thượng Lâm")
    s = Session(opener=lambda p: None, browse_start=tmp_path)
    s.choose(folder)
    return s


def test_a_second_job_of_a_kind_is_refused_while_the_first_runs(session):
    release = threading.Event()
    first = session.start("posters", lambda job: release.wait(30))
    try:
        with pytest.raises(NoticeboardError, match="another noticeboard build is writing into"):
            session.start("posters", lambda job: None)
    finally:
        release.set()
        first.finished.wait(30)
    assert first.state == "done"


def test_a_build_is_refused_while_another_holds_the_folder(session):
    """A build from a terminal holds PROJECT/posters: "In" says so and starts nothing."""
    with exclusive(session.out("posters")):
        with pytest.raises(NoticeboardError, match="another noticeboard build is writing into"):
            session.build(None, None)
    assert "posters" not in session.jobs


def test_a_build_of_a_project_with_errors_fails_with_the_cells(session):
    job = session.build(None, None)
    job.finished.wait(60)
    assert job.state == "failed" and "places.xlsx:Xã!D2" in job.message


def test_a_build_counts_every_village(session):
    fill_places(session.root, [("Thôn Nà Tông", None), ("Thôn Khuổi Củng", None)])
    job = session.build("A5", None)
    job.finished.wait(120)
    assert job.state == "done" and (job.done, job.total) == (2, 2)
    assert (session.out("posters") / "xa-thuong-lam" / "thon-na-tong.pdf").is_file()


def test_choosing_a_folder_that_is_no_project_is_refused(session, tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoticeboardError, match="is not a project folder"):
        session.choose(tmp_path / "empty")


def test_work_before_a_project_is_chosen_is_refused_with_the_message_shown(tmp_path):
    """Every action needs the folder: without one it is the app's message, not an AssertionError."""
    from noticeboard.messages import say

    s = Session(opener=lambda p: None, browse_start=tmp_path)
    for action in (lambda: s.out("posters"), lambda: s.check(), lambda: s.project(), lambda: s.resolve("a.pdf")):
        with pytest.raises(NoticeboardError) as caught:
            action()
        assert str(caught.value) == say("app_no_project")


def test_a_new_project_is_the_workbook_way(tmp_path):
    s = Session(opener=lambda p: None, browse_start=tmp_path)
    s.create(tmp_path, "xa-moi", "Tuyên Quang", "Xã Lâm Bình")
    assert s.root == (tmp_path / "xa-moi").resolve()
    assert [p.relative_to(s.root).as_posix() for p in s.workbooks()] == ["places.xlsx", "procedures/thu-tuc.xlsx"]


@pytest.mark.parametrize("name", ["", "../x", "a/b", ".hidden"])
def test_a_new_project_needs_one_plain_folder_name(tmp_path, name):
    with pytest.raises(NoticeboardError, match="cannot be used"):
        Session(browse_start=tmp_path).create(tmp_path, name, "", "")


def test_a_workbook_problem_is_placed_by_sheet_and_cell():
    p = Problem("places.xlsx", None, None, "communes[0].villages[3].posted", "unknown", cell="Thôn!G5")
    assert where(p) == ("places.xlsx", "Thôn", "G5")


def test_a_yaml_problem_is_placed_by_line():
    assert where(Problem("places.yaml", 13, 18, "", "x")) == ("places.yaml", "", "line 13, column 18")


def test_the_command_prints_its_address_and_serves_the_project(session):
    """``noticeboard app PROJECT --no-browser``: the address printed opens the project."""
    import re
    import subprocess
    import sys
    import urllib.request

    child = subprocess.Popen([sys.executable, "-m", "noticeboard", "--lang", "en", "app", str(session.root),
                              "--no-browser"], stdout=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/\?t=\S+", line).group(0)
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        with browser.open(url) as answer:  # the token, then its cookie, through the redirect
            page = answer.read().decode("utf-8")
        assert "The project&#x27;s workbooks" in page and "places.xlsx" in page
    finally:
        child.terminate()
        child.wait(30)


def test_the_date_and_paper_chosen_on_in_belong_to_one_project(session, tmp_path):
    """A trial printed one project for 05/01/2027, opened another and its Kiểm tra, cards and
    script used that date (and the paper of a refused click) without saying so."""
    import datetime as dt

    from noticeboard.app.pages import share

    session.day, session.paper = dt.date(2027, 1, 5), "A5"
    page = share(session.folder(), {}, [], [], None, None, session.day)
    assert "made for the catalogue of 05/01/2027" in page and "(today)" not in page
    session.choose(session.folder())  # the same project again: its choices stay
    assert (session.day, session.paper) == (dt.date(2027, 1, 5), "A5")
    other = tmp_path / "khac"
    init_workbooks(other, "Tuyên Quang", "Xã Khác")
    session.choose(other)
    assert (session.day, session.paper) == (None, None)
    assert "(today)" in share(other, {}, [], [], None, None, session.day)
