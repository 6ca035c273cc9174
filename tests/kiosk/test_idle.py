"""Idle: back home and an attract loop after a quiet spell; a touch stops it; an unattended
kiosk that is already idle at home is left alone (no re-render, no restarted loop)."""

from __future__ import annotations

import pytest

from noticeboard.channels.kiosk.build import build_kiosk

from .conftest import type_on_screen

pytestmark = pytest.mark.browser
IDLE, ATTRACT = 3, 1


@pytest.fixture(scope="module")
def quick_kiosk(sample, tmp_path_factory):
    out = tmp_path_factory.mktemp("quick-kiosk")
    build_kiosk(sample, out, idle=IDLE, attract=ATTRACT)
    return out


def _attract_on(page) -> bool:
    return page.evaluate("document.body.dataset.attract === 'on'")


def test_idle_returns_home_and_starts_the_attract_loop(open_kiosk, quick_kiosk, sample):
    # On a fake clock (as below): time moves only when the test says, so a slow click on a
    # loaded machine can neither let the idle timer fire early nor the loop skip a card.
    k = open_kiosk(quick_kiosk, fake_clock=True)
    page = k.page
    page.click("#searchbox")
    type_on_screen(page, "khai")
    page.click('[data-size="big"]')
    page.click(".proc >> nth=0")
    assert page.locator("body[data-screen=detail]").count() == 1
    page.clock.run_for(IDLE * 1000 - 100)  # not yet: the villager may still be reading
    assert not _attract_on(page) and page.locator("body[data-screen=detail]").count() == 1
    page.clock.run_for(200)
    assert _attract_on(page)
    # Back to a fresh home screen: the next villager does not see the last one's search.
    assert page.locator("body[data-screen=home]").count() == 1
    assert not page.evaluate("document.documentElement.classList.contains('big')")
    # The loop shows the next procedure with a QR every ATTRACT seconds, with its QR.
    showcase = page.evaluate("NOTICEBOARD.procedures.filter(p => p.online).map(p => p.code)")
    seen = []
    for _ in range(3):
        seen.append(page.get_attribute("#attract", "data-code"))
        assert page.locator("#attract .qr svg").count() == 1
        assert "Quét mã để nộp hồ sơ trực tuyến" in page.inner_text("#attract")
        page.clock.run_for(ATTRACT * 1000)
    assert seen == showcase[:3] and len(showcase) >= 3
    assert set(seen) <= {p.code for p in sample.procedures.values() if p.online}
    # A touch stops it, and leaves the kiosk at home.
    page.touchscreen.tap(500, 500)
    assert not _attract_on(page) and page.locator("#attract").is_hidden()
    assert page.locator("body[data-screen=home]").count() == 1
    page.click("#searchbox")
    page.click('[data-key="a"]')
    assert page.inner_text("#query") == "a", "the kiosk works normally after the loop"
    assert k.errors == [] and k.dialogs == []


def test_touches_postpone_idle_and_idle_at_home_is_left_alone(open_kiosk, quick_kiosk):
    k = open_kiosk(quick_kiosk, fake_clock=True)
    page = k.page
    page.clock.run_for(IDLE * 600)
    page.click('.tile >> nth=0')  # a touch before the timer fires starts it again
    page.clock.run_for(IDLE * 600)
    assert not _attract_on(page) and page.locator("body[data-screen=field]").count() == 1
    page.clock.run_for(IDLE * 500)
    assert _attract_on(page)
    # Now idle at home: watch for three more idle periods. The home screen is never rebuilt
    # and the loop is never restarted: it just keeps cycling in order.
    page.evaluate("""() => {
        window.__mainChanges = 0;
        new MutationObserver(() => window.__mainChanges++).observe(document.getElementById('main'),
            {childList: true, subtree: true});
        window.__codes = [document.getElementById('attract').dataset.code];
        new MutationObserver(() => window.__codes.push(document.getElementById('attract').dataset.code))
            .observe(document.getElementById('attract'), {attributes: true, attributeFilter: ['data-code']});
    }""")
    page.clock.run_for(IDLE * 3000)
    assert page.evaluate("window.__mainChanges") == 0
    codes = page.evaluate("window.__codes")
    assert _attract_on(page) and page.locator("body[data-screen=home]").count() == 1
    showcase = page.evaluate("NOTICEBOARD.procedures.filter(p => p.online).map(p => p.code)")
    start = showcase.index(codes[0])
    expected = [showcase[(start + i) % len(showcase)] for i in range(len(codes))]
    assert codes == expected and len(codes) >= IDLE * 3 - 1, codes
    assert k.errors == []
