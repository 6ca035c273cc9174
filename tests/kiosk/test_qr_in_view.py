"""The detail screen shows its whole QR code, caption and host without scrolling, on every screen
communes have and at both text sizes, and the header stays one row on landscape screens (a tester:
at 1366x768 with A+ the header wrapped to two rows, 221 px, and half the code of "Đăng ký tạm trú"
was below the screen; at normal size its caption was sliced at the bottom edge)."""

from __future__ import annotations

import pytest

from noticeboard.channels.kiosk.build import build_kiosk
from noticeboard.load import load_project

from ..conftest import CATALOGUE, PLACES, write_project
from .conftest import SCREENS, type_on_screen

pytestmark = pytest.mark.browser

TAM_TRU = "1.004194"  # online: badge, code, "Quét mã…", host and scope
LOOKUP = "2.000986"  # no link: the longest name, an explanation, a look-up code and the office

# What of the code and its caption is not shown: outside the screen, or cut off by a box that
# scrolls or clips (a scrolled-away code is not "visible without scrolling").
HIDDEN = """() => {
  const problems = [];
  const fig = document.querySelector('.side figure.qr');
  if (!fig) return ['no QR on the detail screen'];
  const parts = [fig.querySelector('svg'), ...fig.querySelector('figcaption').children];
  for (const part of parts) {
    const r = part.getBoundingClientRect();
    let view = {top: 0, bottom: innerHeight, left: 0, right: innerWidth};
    for (let a = part.parentElement; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const b = a.getBoundingClientRect();
      view = {top: Math.max(view.top, b.top + a.clientTop), left: Math.max(view.left, b.left + a.clientLeft),
              bottom: Math.min(view.bottom, b.top + a.clientTop + a.clientHeight),
              right: Math.min(view.right, b.left + a.clientLeft + a.clientWidth)};
    }
    if (r.top < view.top - 1 || r.bottom > view.bottom + 1 || r.left < view.left - 1 || r.right > view.right + 1)
      problems.push((part.className.baseVal ?? part.className) + ' ' + part.localName + ' '
        + Math.round(r.top) + '..' + Math.round(r.bottom) + ' not in ' + Math.round(view.top) + '..' + Math.round(view.bottom));
  }
  return problems;
}"""
# The header's buttons and titles side by side: one row, no item below another.
ROWS = """() => {
  const items = [...document.querySelectorAll('.bar > *, .bar .tools > *')]
    .filter((e) => !e.classList.contains('tools') && e.getBoundingClientRect().height > 0);
  const tops = items.map((e) => e.getBoundingClientRect().top);
  const bottoms = items.map((e) => e.getBoundingClientRect().bottom);
  return Math.max(...tops) < Math.min(...bottoms) ? 1 : 2;
}"""


def _detail(page, size: str, query: str, code: str) -> None:
    page.click(f'[data-size="{size}"]')
    page.click("#searchbox")
    type_on_screen(page, query)
    page.click(f'#results .proc[data-code="{code}"]')
    page.wait_for_selector("body[data-screen=detail]")
    page.evaluate("document.fonts.ready")


def _qr_side(page) -> float:
    box = page.locator(".side .qr svg").bounding_box()
    assert box is not None
    return min(box["width"], box["height"])


def test_the_testers_case_tam_tru_at_1366x768_with_big_text(open_kiosk, kiosk_dir):
    page = open_kiosk(kiosk_dir, SCREENS["1366x768"]).page
    _detail(page, "big", "tam tru", TAM_TRU)
    assert page.evaluate(ROWS) == 1, page.locator(".bar").bounding_box()
    assert page.evaluate(HIDDEN) == []
    assert _qr_side(page) >= 200
    for part in (".side .scan", ".side .host", ".side .scope"):
        assert page.locator(part).is_visible()
    assert page.inner_text(".side .host") == "dichvucong.gov.vn"


@pytest.mark.parametrize("code, query", [(TAM_TRU, "tam tru"), (LOOKUP, "lien thong")], ids=["online", "lookup"])
@pytest.mark.parametrize("size", ["normal", "big"])
@pytest.mark.parametrize("viewport", SCREENS.values(), ids=SCREENS.keys())
def test_the_whole_code_and_caption_are_on_the_screen(open_kiosk, kiosk_dir, viewport, size, code, query):
    k = open_kiosk(kiosk_dir, viewport)
    page = k.page
    _detail(page, size, query, code)
    assert page.evaluate(HIDDEN) == []
    assert _qr_side(page) >= (300 if viewport["height"] >= 1000 else 200)
    if viewport["width"] > viewport["height"]:
        assert page.evaluate(ROWS) == 1
    # the rest of the procedure is still there, below the fold of its own column
    page.locator(".body .part").last.scroll_into_view_if_needed()
    assert page.locator(".body .part").last.is_visible()
    assert k.errors == []


@pytest.fixture(scope="module")
def two_languages(tmp_path_factory):
    root = tmp_path_factory.mktemp("langs")
    catalogue = CATALOGUE.replace("      scope: partial\n",
                                  "      scope: partial\n    translations: {tay: {name: \"Tày: Đăng ký khai sinh\"}}\n", 1)
    write_project(root / "p", PLACES, catalogue)
    out = root / "k"
    build_kiosk(load_project(root / "p"), out)
    return out


@pytest.mark.parametrize("size", ["normal", "big"])
def test_a_language_toggle_keeps_the_header_one_row_at_1366(open_kiosk, two_languages, size):
    page = open_kiosk(two_languages, SCREENS["1366x768"]).page
    assert page.locator("#langs").is_visible()
    _detail(page, size, "khai sinh", "1.001193")
    assert page.evaluate(ROWS) == 1
    assert page.evaluate(HIDDEN) == []
