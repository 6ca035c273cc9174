"""Recorded readings on the kiosk, and the fixes found trying it as a new user would: the office
in the first portrait screen, a header title that A+ does not squeeze, ranking by where the words
are in the name, screen labels in the chosen language."""

from __future__ import annotations

import threading

import pytest

from noticeboard.channels.kiosk.build import build_kiosk
from noticeboard.channels.kiosk.serve import make_server
from noticeboard.load import load_project

from ..conftest import CATALOGUE, PLACES, write_project
from ..test_audio import make_wav
from .conftest import KHAI_SINH, LANDSCAPE, PORTRAIT, type_on_screen

pytestmark = pytest.mark.browser

VOICED = CATALOGUE.replace(
    "      scope: partial\n",
    "      scope: partial\n"
    '    audio: {vi: "audio/khai-sinh.wav", tay: "ghi âm/khai sinh (Tày).wav"}\n'
    '    translations: {tay: {name: "Tày: Đăng ký khai sinh"}}\n', 1)
SETTINGS = """\
labels:
  tay:
    kiosk_back: "Tày: Quay lại"
    kiosk_home: "Tày: Trang chủ"
    documents: "Tày: Giấy tờ cần mang"
    kiosk_listen: "Tày: Nghe"
"""


def _voiced(root, idle: int = 90):
    files = {"audio/khai-sinh.wav": make_wav(3.0), "ghi âm/khai sinh (Tày).wav": make_wav(3.0)}
    write_project(root / "p", PLACES, VOICED, settings=SETTINGS, extra=files)
    out = root / "k"
    build_kiosk(load_project(root / "p"), out, idle=idle)
    return out


@pytest.fixture(scope="module")
def voiced(tmp_path_factory):
    return _voiced(tmp_path_factory.mktemp("voiced"))


def _open_detail(page, code=KHAI_SINH):
    page.click(f'#frequent .proc[data-code="{code}"]')
    page.wait_for_selector("body[data-screen=detail]")


def _playing(page) -> dict:
    return page.evaluate("""() => { const a = [...document.querySelectorAll('.listen')];
        return {pressed: a.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.audio)}; }""")


def _advances(page) -> float:
    """currentTime of the kiosk's player half a second apart (it is not in the DOM: reach it
    through the page's media events)."""
    return page.evaluate("""() => new Promise((done) => {
        const t0 = window.__nbPlayer.currentTime;
        setTimeout(() => done(window.__nbPlayer.currentTime - t0), 600); })""")


def _wait_playing(page) -> None:
    """Until the player's currentTime is past 0 (the page's CSP forbids wait_for_function's eval)."""
    started = page.evaluate("""() => new Promise((done) => { const t = Date.now();
        const look = () => { const p = window.__nbPlayer;
          if (p && p.currentTime > 0) done(true); else if (Date.now() - t > 5000) done(false);
          else setTimeout(look, 50); };
        look(); })""")
    assert started, "the recording did not start"


HOOK = """() => { const orig = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () { window.__nbPlayer = this; return orig.call(this); }; }"""


def test_the_folder_carries_the_recordings_under_safe_names(voiced):
    names = sorted(p.name for p in (voiced / "audio").iterdir())
    assert names == [f"{KHAI_SINH}-tay.wav", f"{KHAI_SINH}-vi.wav"]
    data = (voiced / "data.js").read_text("ascii")
    assert "ghi \\u00e2m" not in data and "(T\\u00e0y)" not in data  # the user's names stay out


@pytest.mark.parametrize("where", ["file", "serve"])
def test_listen_plays_offline_and_stops_on_leaving(open_kiosk, voiced, where):
    if where == "serve":
        srv = make_server(voiced, "127.0.0.1", 0)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        k = open_kiosk(f"http://127.0.0.1:{srv.server_address[1]}/")
    else:
        k = open_kiosk(voiced)
    page = k.page
    page.evaluate(HOOK)
    _open_detail(page)
    buttons = page.locator(".listen")
    assert buttons.count() == 2
    assert [b.inner_text().replace("\n", " ") for b in buttons.all()] == ["Nghe Tiếng Việt", "Nghe Tiếng Tày"]
    box = buttons.first.bounding_box()
    assert box["height"] >= 90 and box["width"] >= 200  # large: an elderly finger finds it
    page.click('.listen[data-audio="tay"]')
    _wait_playing(page)
    assert _advances(page) > 0.2, "the recording plays"
    assert page.evaluate("window.__nbPlayer.src").endswith(f"audio/{KHAI_SINH}-tay.wav")
    assert _playing(page)["pressed"] == ["tay"]
    assert "Dừng" in page.inner_text('.listen[data-audio="tay"]')
    # a second tap stops it
    page.click('.listen[data-audio="tay"]')
    assert page.evaluate("window.__nbPlayer.paused") and _playing(page)["pressed"] == []
    # playing, then leaving the screen: it stops
    page.click('.listen[data-audio="vi"]')
    _wait_playing(page)
    page.click("#back")
    assert page.evaluate("window.__nbPlayer.paused")
    assert _advances(page) == 0
    if where == "serve":
        srv.shutdown()
        srv.server_close()
    assert k.errors == [], k.errors
    assert k.dialogs == []


def test_idle_reset_stops_the_reading(open_kiosk, tmp_path):
    k = open_kiosk(_voiced(tmp_path, idle=2))
    page = k.page
    page.evaluate(HOOK)
    _open_detail(page)
    page.click('.listen[data-audio="vi"]')
    _wait_playing(page)
    page.wait_for_selector("body[data-attract=on]", timeout=5000)
    assert page.evaluate("window.__nbPlayer.paused")
    assert k.errors == []


def test_served_audio_has_its_type_and_csp(voiced):
    import urllib.request

    srv = make_server(voiced, "127.0.0.1", 0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{srv.server_address[1]}/audio/{KHAI_SINH}-vi.wav") as r:
            assert r.headers["Content-Type"] == "audio/wav"
            assert "media-src 'self'" in r.headers["Content-Security-Policy"]
            assert r.read()[:4] == b"RIFF"
    finally:
        srv.shutdown()
        srv.server_close()


def test_labels_follow_the_chosen_language(open_kiosk, voiced):
    k = open_kiosk(voiced)
    page = k.page
    _open_detail(page)
    assert page.inner_text("#back") == "Quay lại"
    assert "Giấy tờ cần mang (thành phần hồ sơ)" in page.inner_text("main")
    page.click('#langs [data-lang="tay"]')
    assert page.inner_text("#back") == "Tày: Quay lại"
    assert page.inner_text("#home") == "Tày: Trang chủ"
    assert "Tày: Giấy tờ cần mang" in page.inner_text("main")
    assert page.inner_text("h1") == "Tày: Đăng ký khai sinh"
    assert page.inner_text('.listen[data-audio="tay"] .listen-word') == "Tày: Nghe"
    # a label the project does not give stays Vietnamese
    assert "Thời hạn giải quyết" in page.inner_text("main")
    page.click('#langs [data-lang=""]')
    assert page.inner_text("#back") == "Quay lại"
    assert k.errors == []


def test_unknown_label_is_an_error_with_a_hint(tmp_path):
    from noticeboard.errors import DataError

    root = write_project(tmp_path / "p", PLACES, CATALOGUE, settings="labels:\n  tay:\n    kiosk_bak: x\n")
    with pytest.raises(DataError) as exc:
        load_project(root)
    [problem] = exc.value.problems
    assert problem.message == 'unknown screen label "kiosk_bak"' and "kiosk_back" in (problem.hint or "")
    assert problem.line == 3


@pytest.mark.parametrize("size", ["normal", "big"])
def test_portrait_home_shows_the_office_address_and_phone_in_the_first_screen(open_kiosk, kiosk_dir, sample, size):
    page = open_kiosk(kiosk_dir, PORTRAIT).page
    page.click(f'[data-size="{size}"]')
    office = sample.places.communes[0].office
    for text in (office.address, office.phone):
        box = page.locator(f'#office .value:text-is("{text}")').bounding_box()
        assert box and box["y"] + box["height"] <= PORTRAIT["height"], (text, box)
    search = page.locator("#searchbox").bounding_box()
    assert search["y"] + search["height"] <= PORTRAIT["height"] / 2  # search still comes first


@pytest.mark.parametrize("viewport", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
def test_big_text_keeps_the_header_title_on_at_most_two_lines(open_kiosk, kiosk_dir, viewport):
    page = open_kiosk(kiosk_dir, viewport).page
    page.click('[data-size="big"]')
    _open_detail(page)  # back and home buttons are shown: the narrowest title
    lines = page.evaluate("""() => { const t = document.getElementById('bar-title');
        return Math.round(t.getBoundingClientRect().height / parseFloat(getComputedStyle(t).lineHeight)); }""")
    assert lines <= 2


@pytest.mark.parametrize("query, first", [
    ("khai sinh", "Đăng ký khai sinh"),
    ("ket hon", "Đăng ký kết hôn"),
    ("thuong tru", "Đăng ký thường trú"),
])
def test_search_ranks_by_where_the_words_are_in_the_name(open_kiosk, kiosk_dir, query, first):
    page = open_kiosk(kiosk_dir).page
    page.click("#searchbox")
    type_on_screen(page, query)
    names = page.locator("#results .proc-name").all_text_contents()
    assert names[0] == first, names
    if query == "khai sinh":
        assert names.index("Đăng ký khai sinh") < names.index(
            next(n for n in names if n.startswith("Liên thông khai sinh")))
        assert names.index("Đăng ký khai sinh") < names.index("Đăng ký lại khai sinh")


def test_equal_places_rank_the_shorter_name_first(open_kiosk, kiosk_dir):
    page = open_kiosk(kiosk_dir).page
    page.click("#searchbox")
    type_on_screen(page, "dang ky")
    names = page.locator("#results .proc-name").all_text_contents()
    starting = [n for n in names if n.startswith("Đăng ký")]
    assert names[:len(starting)] == starting  # the words at the very start of the name first
    assert [len(n) for n in starting] == sorted(len(n) for n in starting)
