"""Every screen size communes have (1366x768 to portrait 1080x1920): nothing wider than the
screen, no key or search result cut off, touch targets >= 48 px (9 mm is about 34 px), text
>= 24 px, on every screen, at both text sizes."""

from __future__ import annotations

import pytest

from noticeboard.channels.kiosk.build import build_kiosk

from .conftest import KHAI_SINH, LANDSCAPE, PORTRAIT, SCREENS, type_on_screen

pytestmark = pytest.mark.browser

# Every visible problem on the current screen: overflow, small targets, small text.
AUDIT = """() => {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push('page wider than screen: ' + doc.scrollWidth);
  const visible = (el) => { const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  for (const el of document.querySelectorAll('body *')) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.right > doc.clientWidth + 1 || r.left < -1) problems.push('sticks out: ' + el.className + ' ' + r.left + '..' + r.right);
    // the search screen does not scroll: its keys and its results box must be on the screen
    if (el.matches('.key, .results, .query') && (r.top < -1 || r.bottom > doc.clientHeight + 1))
      problems.push('off the screen: ' + el.className + ' ' + el.textContent.slice(0, 20) + ' ' + r.bottom);
    if (el.matches('button') && (r.width < 48 || r.height < 48))
      problems.push('small target: ' + el.textContent + ' ' + r.width + 'x' + r.height);
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
    if (ownText && parseFloat(getComputedStyle(el).fontSize) < 24)
      problems.push('small text: ' + el.textContent.slice(0, 30) + ' ' + getComputedStyle(el).fontSize);
  }
  return problems;
}"""


def _screens(page, offline):
    """Walk through every screen, yielding its name once it is shown."""
    yield "home"
    page.click("#searchbox")
    type_on_screen(page, "dang ky")
    yield "search"
    page.click(f'.proc[data-code="{KHAI_SINH}"]')
    yield "detail with QR"
    page.click("#home")
    page.click(f'.tile[data-field="{offline.field}"]')
    yield "field"
    page.click(f'.proc[data-code="{offline.code}"]')
    yield "detail in person only"


@pytest.mark.parametrize("viewport", SCREENS.values(), ids=SCREENS.keys())
def test_every_screen_fits_and_is_big_enough(open_kiosk, kiosk_dir, sample, viewport):
    offline = next(p for p in sample.procedures.values() if p.online is None)
    problems = []
    for size in ("normal", "big"):
        k = open_kiosk(kiosk_dir, viewport)
        page = k.page
        page.click(f'[data-size="{size}"]')
        for screen in _screens(page, offline):
            problems += [(size, screen, p) for p in page.evaluate(AUDIT)]
        assert k.errors == []
    assert problems == []


def test_the_audit_sees_problems(open_kiosk, kiosk_dir):
    page = open_kiosk(kiosk_dir).page
    page.evaluate("""() => { const b = document.querySelector('.tile'); b.style.minHeight = '0';
        b.style.height = '40px'; b.style.width = '3000px';
        b.querySelector('.tile-count').style.fontSize = '12px'; }""")
    problems = " ".join(page.evaluate(AUDIT))
    assert "small target" in problems and "small text" in problems and "sticks out" in problems


def test_the_audit_sees_a_key_off_the_screen(open_kiosk, kiosk_dir):
    page = open_kiosk(kiosk_dir).page
    page.click("#searchbox")
    page.evaluate("() => { document.querySelector('.keyboard').style.gridTemplateRows = 'repeat(6, 300px)'; }")
    assert "off the screen: key" in " ".join(page.evaluate(AUDIT))


@pytest.mark.parametrize("viewport", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_attract_screen_fits(open_kiosk, sample, tmp_path, viewport):
    build_kiosk(sample, tmp_path, idle=1, attract=60)
    k = open_kiosk(tmp_path, viewport)
    k.page.wait_for_selector("body[data-attract=on]", timeout=4000)
    assert k.page.evaluate(AUDIT) == []
    box = k.page.locator("#attract .qr svg").bounding_box()
    assert box["width"] >= 300 and box["y"] + box["height"] <= viewport["height"]
