"""The app says what to do in the app: never a command to type (a clerk's trial read "xem bằng
list --all" on Kiểm tra and "xem README" beside the kiosk folder). Kiểm tra lists the rows left
out and why (what `list --all` prints), and puts the sheets to take down first, the rest folded
as `check` folds them."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest

from noticeboard.messages import say
from noticeboard.output.scaffold import init_workbooks

from ..conftest import CATALOGUE, PLACES, write_project
from .conftest import fill_places

# words of the command line: a command, an option, the README (in Vietnamese, a command's name
# alone: "list" and "build" are English words too)
CLI = r"noticeboard (?!app\b)|(?<![\w-])--\w|README|\b(list|build|check|init) (--|-o|[A-Z]{4,})"
CLI_WORDS = {"vi": re.compile(CLI + r"|\b(list|build|check|init)\b"), "en": re.compile(CLI)}
YAML_PATH = re.compile(r"\w\[\d+\]\.|\.yaml\b")  # never seen in a workbook project

# rows no village posts, each with a bad date: five warnings of one kind, five rows left out
LEFT_OUT = "".join(f'''\
  - code: "1.00089{i}"
    name: "Đăng ký kết hôn {i}"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí"
    effective_until: "31/02/2026"
''' for i in range(5))
# 1.000656 is posted but abolished: its sheets must come off the board
ABOLISHED = CATALOGUE.replace('documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]',
                              'documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]\n    effective_until: "01/01/2020"')


def page_of(app, path: str) -> str:
    status, body = app.request("GET", path, {"Cookie": app.cookie()})
    assert status == 200, body
    return body.decode()


def text_of(page: str) -> str:
    return re.sub(r"<[^>]+>", "\n", page)


@pytest.fixture
def checked(app, tmp_path) -> str:
    root = write_project(tmp_path / "p", PLACES, ABOLISHED + LEFT_OUT)
    app.session.choose(root)
    return page_of(app, "/kiem-tra")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_check_screen_shows_the_rows_left_out_instead_of_a_command(app, tmp_path, monkeypatch, lang):
    monkeypatch.setenv("NOTICEBOARD_LANG", lang)
    root = write_project(tmp_path / "p", PLACES, ABOLISHED + LEFT_OUT)
    app.session.choose(root)
    page = page_of(app, "/kiem-tra")
    assert not CLI_WORDS[lang].findall(text_of(page))
    heading = say("app.check.left_out", n=5)
    assert heading.split(" (")[0] in say("left_out_app", code="x")  # the message names the section
    section = page[page.index('id="bo-ra"'):]
    assert heading in section
    assert [f"1.00089{i}" for i in range(5)] == re.findall(r"<td class=code>([^<]+)", section)
    assert section.count("31/02/2026") == 5  # why each is left out, at its line


def test_the_sheets_to_take_down_come_first_and_many_alike_are_folded(checked):
    rows = re.findall(r'<tr class="(warning[^"]*|fold)"', checked)
    assert rows[0] == "warning take-down"  # before the file's warnings, which come first in file order
    assert rows[1:] == ["warning"] * 3 + ["fold"] + ["warning"] * 2  # three of a kind, as check; the fold's rows
    fold = checked[checked.index('<tr class="fold"'):]
    assert "2 more warnings of the same kind" in fold
    assert sorted(re.findall(r"no village posts (1\.\d+)", fold)) == ["1.000893", "1.000894"]  # none lost


def test_a_message_that_names_a_command_says_the_apps_words_in_the_app_only():
    from noticeboard.messages import in_app

    assert "list --all" in say("left_out", code="1.000894")
    seen: list[str] = []
    with in_app():
        assert "list --all" not in say("left_out", code="1.000894")
        other = threading.Thread(target=lambda: seen.append(say("left_out", code="1.000894")))
        other.start()
        other.join()
    assert "list --all" in seen[0]  # another thread (the CLI, a test) is not the app's
    assert "list --all" in say("left_out", code="1.000894")


def wait_for(app, kind: str) -> None:
    for _ in range(600):
        job = app.session.jobs.get(kind)
        if job is None or job.state != "running":
            break
        time.sleep(0.2)
    assert app.session.jobs[kind].state == "done", app.session.jobs[kind].message


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_screen_of_a_workbook_project_names_a_command(app, tmp_path: Path, monkeypatch, lang):
    monkeypatch.setenv("NOTICEBOARD_LANG", lang)
    root = tmp_path / "xa"
    init_workbooks(root, "Tuyên Quang", "Xã Thượng Lâm")
    fill_places(root, [("Thôn Nà Tông", None), ("Thôn Khuổi Củng", None)])
    app.session.choose(root)
    headers = {"Cookie": app.cookie(), "Origin": app.base}
    for kind, path in (("posters", "/in"), ("kiosk", "/chia-se/kiosk")):
        app.request("POST", path, headers, b"")
        wait_for(app, kind)
    for path in ("/", "/kiem-tra", "/in", "/quyet-dinh", "/chia-se"):
        text = text_of(page_of(app, path))
        assert not CLI_WORDS[lang].findall(text) and not YAML_PATH.findall(text), path
    assert "F11" in page_of(app, "/chia-se")  # how to open the kiosk, in plain words


def test_the_rows_left_out_are_listed_when_the_project_has_errors_too(app, tmp_path):
    # a posted row with an error stops the load; the warnings of the rows no village posts
    # still say they are listed under "Rows left out", so that section is there
    broken = ABOLISHED.replace('fee: "Miễn lệ phí"', 'fee: "Miễn lệ phí"\n    effective_from: "30/02/2026"', 1)
    root = write_project(tmp_path / "p", PLACES, broken + LEFT_OUT)
    app.session.choose(root)
    page = page_of(app, "/kiem-tra")
    assert 'class="verdict bad"' in page and "30/02/2026" in page
    assert say("left_out_app", code="1.000890").split(": ", 1)[1] in text_of(page).replace("\n", "")
    section = page[page.index('id="bo-ra"'):]
    assert [f"1.00089{i}" for i in range(5)] == re.findall(r"<td class=code>([^<]+)", section)
    assert 'href="#bo-ra"' in page
