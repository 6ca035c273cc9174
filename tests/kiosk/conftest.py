"""Fixtures for the kiosk tests: built kiosk folders, a running server, and one Chromium per module.

Browser tests use Debian's Chromium (``NOTICEBOARD_CHROMIUM`` overrides the path), never a
downloaded browser. Without it they skip with the reason, unless NOTICEBOARD_REQUIRE_BROWSER=1
(CI), where a missing browser is a failure.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import threading
from pathlib import Path
from typing import Iterator

import pytest

from noticeboard.channels.kiosk.build import build_kiosk
from noticeboard.channels.kiosk.serve import make_server
from noticeboard.load import load_project
from noticeboard.resources import sample_project

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LANDSCAPE = {"width": 1920, "height": 1080}
PORTRAIT = {"width": 1080, "height": 1920}
# The screens commune offices have: the common office PC / touch screen first.
SCREENS = {"1366x768": {"width": 1366, "height": 768}, "1280x800": {"width": 1280, "height": 800},
           "1280x1024": {"width": 1280, "height": 1024}, "1920x1080": LANDSCAPE, "1080x1920": PORTRAIT}
KHAI_SINH = "1.001193"
KHAI_SINH_URL = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"
HOSTILE = "<img src=x onerror=alert(1)>"
FAKE_NOW = dt.datetime(2026, 12, 4, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))  # a morning at the office

HOSTILE_CATALOGUE = f"""\
procedures:
  - code: "1.000001"
    name: "{HOSTILE}"
    field: "<b>Hộ tịch</b>"
    agency: "</span><script>alert(2)</script>"
    time: "1 ngày làm việc"
    fee: "<svg onload=alert(3)>"
    documents: ["<iframe src=javascript:alert(4)>", "Giấy & tờ \\"quan trọng\\""]
    steps: ["<a href=javascript:alert(5)>bấm</a>"]
    result: "<style>body{{display:none}}</style>"
    online:
      url: "{KHAI_SINH_URL}"
      scope: full
  - code: "1.000002"
    name: "Đăng ký khai sinh"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí"
    documents: ["Tờ khai"]
    translations:
      tay: {{name: "Tày: khai sinh", documents: ["Tày: tờ khai"]}}
"""
HOSTILE_PLACES = """\
province: "Tuyên Quang"
communes:
  - name: "Xã <i>Thử</i>"
    office:
      name: "<img src=y onerror=alert(6)>"
      address: "Thôn A"
      phone: "0207 3870 000"
      hours: "Sáng 7h30–11h30"
    posted: ["1.000001"]
    villages:
      - name: "Thôn A"
"""


@pytest.fixture(scope="session")
def sample():
    return load_project(sample_project())


@pytest.fixture(scope="session")
def kiosk_dir(sample, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("kiosk")
    build_kiosk(sample, out)
    return out


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile-project")
    (root / "procedures").mkdir()
    (root / "procedures" / "x.yaml").write_text(HOSTILE_CATALOGUE, encoding="utf-8")
    (root / "places.yaml").write_text(HOSTILE_PLACES, encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-kiosk")
    build_kiosk(load_project(root), out)
    return out


@pytest.fixture(scope="module")
def server(kiosk_dir) -> Iterator[str]:
    """The sample kiosk served on a free loopback port; yields its base URL."""
    srv = make_server(kiosk_dir, "127.0.0.1", 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def _browser_missing() -> str | None:
    path = os.environ.get("NOTICEBOARD_CHROMIUM", "/usr/bin/chromium")
    if not (Path(path).is_file() or shutil.which(path)):
        return (f"Chromium not found at {path}: install Debian's chromium (apt-get install chromium) "
                "or set NOTICEBOARD_CHROMIUM")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed (pip install 'noticeboard[test]')"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _browser_missing()
    if reason:
        if os.environ.get("NOTICEBOARD_REQUIRE_BROWSER") == "1":
            pytest.fail(f"NOTICEBOARD_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=os.environ.get("NOTICEBOARD_CHROMIUM", "/usr/bin/chromium"),
                               args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watched:
    """A page plus everything it did that a kiosk must never do."""

    def __init__(self, page):
        self.page = page
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def open_kiosk(browser):
    """open_kiosk(folder_or_url, viewport=LANDSCAPE) -> Watched, closed after the test."""
    contexts = []

    def _open(where: Path | str, viewport: dict = LANDSCAPE, fake_clock: bool = False) -> Watched:
        ctx = browser.new_context(viewport=viewport, has_touch=True)
        contexts.append(ctx)
        page = ctx.new_page()
        if fake_clock:  # time stands still: the page's timers run only as the test moves it on
            # (page.clock.run_for), however slow the machine; paused before the page loads, at a
            # time surely ahead of the clock just installed (no page, so no timer, yet)
            page.clock.install(time=FAKE_NOW - dt.timedelta(hours=1))
            page.clock.pause_at(FAKE_NOW)
        page.set_default_timeout(5000)  # a missing element fails fast, not after 30 s
        watched = Watched(page)
        url = where if isinstance(where, str) else (Path(where) / "index.html").as_uri()
        page.goto(url)
        page.wait_for_selector("body[data-screen=home]")
        return watched

    yield _open
    for ctx in contexts:
        ctx.close()


def type_on_screen(page, text: str) -> None:
    """Type with the on-screen keyboard, as a villager would."""
    for ch in text:
        page.click(f'[data-key="{"space" if ch == " " else ch}"]')
