"""The sample kiosk shows "BẢN MẪU" on every screen, the attract loop included; a commune's
own kiosk never does."""

from __future__ import annotations

import io

import pytest

pytestmark = pytest.mark.browser


def _strip_colour(page) -> tuple[int, int, int]:
    from PIL import Image

    box = page.locator("#sample").bounding_box()
    png = page.screenshot(clip={"x": box["x"] + 2, "y": box["y"] + 2, "width": 4, "height": 4})
    return Image.open(io.BytesIO(png)).convert("RGB").getpixel((1, 1))


def test_every_sample_screen_carries_the_mark(open_kiosk, kiosk_dir):
    page = open_kiosk(kiosk_dir).page
    assert page.locator("#sample").is_visible() and "BẢN MẪU" in page.inner_text("#sample")
    page.click("#searchbox")
    assert page.locator("#sample").is_visible()
    page.evaluate("document.getElementById('attract').hidden = false")  # the loop covers the screen
    assert _strip_colour(page) == (0xFF, 0xD8, 0x4D)  # drawn above it, not under


def test_a_communes_own_kiosk_has_no_mark(open_kiosk, hostile_dir):
    page = open_kiosk(hostile_dir).page
    assert page.locator("#sample").is_hidden()
