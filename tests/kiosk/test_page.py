"""The kiosk page driven in Debian's Chromium, from file:// and from ``kiosk serve``."""

from __future__ import annotations

import io
from urllib.parse import urlsplit

import pytest

from noticeboard.slug import fold

from .conftest import HOSTILE, KHAI_SINH, KHAI_SINH_URL, PORTRAIT, type_on_screen

pytestmark = pytest.mark.browser


def _names(page) -> list[str]:
    return page.locator("#results .proc-name").all_text_contents()


def test_search_without_accents_finds_dang_ky_khai_sinh(open_kiosk, kiosk_dir):
    k = open_kiosk(kiosk_dir)
    page = k.page
    page.click("#searchbox")
    assert page.locator("body[data-screen=search]").count() == 1
    type_on_screen(page, "dang ky khai sinh")
    # All words must match and name matches come first.
    assert _names(page)[0] == "Đăng ký khai sinh"
    in_name = [all(w in fold(n) for w in "dang ky khai sinh".split()) for n in _names(page)]
    assert in_name == sorted(in_name, reverse=True), "name matches first, then other matches"
    # Results follow each key press; delete and clear work.
    page.click('[data-key="clear"]')
    assert _names(page) == []
    type_on_screen(page, "kkk")
    assert page.locator("#results .count").inner_text().startswith("Không tìm thấy")
    page.click('[data-key="delete"]')
    assert page.inner_text("#query") == "kk"
    # A code and a word from the documents are searched too.
    page.click('[data-key="clear"]')
    page.keyboard.type("GIAY CHUNG SINH")
    assert "Đăng ký khai sinh" in _names(page)
    # The code printed on a poster, typed on the screen's digit keys (no "." key needed).
    page.click('[data-key="clear"]')
    type_on_screen(page, KHAI_SINH.replace(".", ""))
    assert _names(page) == ["Đăng ký khai sinh"]
    assert k.errors == [] and k.dialogs == []


def test_long_result_lists_come_a_page_at_a_time(open_kiosk, tmp_path):
    from noticeboard.channels.kiosk.build import build_kiosk
    from noticeboard.load import load_project

    from ..conftest import PLACES, write_project

    many = "procedures:\n" + "".join(
        f'  - {{code: "1.{i:06d}", name: "Thủ tục số {i}", field: "Hộ tịch", agency: "UBND xã", '
        f'time: "1 ngày", fee: "Miễn phí", documents: ["Tờ khai"]}}\n' for i in range(1, 71))
    places = PLACES.replace('posted: ["1.001193", "1.000656"]', 'posted: ["1.000001"]')
    build_kiosk(load_project(write_project(tmp_path / "p", places, many)), tmp_path / "k")
    k = open_kiosk(tmp_path / "k")
    page = k.page
    page.click("#searchbox")
    type_on_screen(page, "thu tuc")
    total = int(page.inner_text("#results .count").split()[0])
    assert total == 70 and page.locator("#results .proc").count() == 30
    while page.locator("#more").count():
        page.click("#more")
    assert page.locator("#results .proc").count() == total
    assert k.errors == []


def test_detail_shows_everything_and_a_qr_that_decodes_to_its_url(open_kiosk, kiosk_dir):
    import zxingcpp
    from PIL import Image

    k = open_kiosk(kiosk_dir)
    page = k.page
    page.click("#searchbox")
    type_on_screen(page, "khai sinh")
    page.click(f'.proc[data-code="{KHAI_SINH}"]')
    assert page.locator("body[data-screen=detail]").count() == 1
    text = page.inner_text("main")
    for expected in ("Đăng ký khai sinh", KHAI_SINH, "UBND xã", "1 ngày làm việc", "Miễn lệ phí",
                     "Giấy chứng sinh", "Các bước thực hiện", "Kết quả nhận được",
                     "Quét mã để nộp hồ sơ trực tuyến", "dichvucong.gov.vn"):
        assert expected in text, expected
    png = page.locator(".side .qr svg").screenshot()
    decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]
    assert decoded == [KHAI_SINH_URL]
    # The host printed under the code is the host the code opens.
    assert page.inner_text(".side .host") == urlsplit(decoded[0]).hostname
    box = page.locator(".side .qr svg").bounding_box()
    assert box["width"] >= 400, "the QR must be large enough to scan from a step away"
    # Back returns to the results with the query kept; home clears it.
    page.click("#back")
    assert page.inner_text("#query") == "khai sinh"
    page.click("#home")
    assert page.locator("body[data-screen=home]").count() == 1 and page.locator("#back").is_hidden()
    assert k.errors == []


def test_field_tiles_and_in_person_only(open_kiosk, kiosk_dir, sample):
    k = open_kiosk(kiosk_dir)
    page = k.page
    assert page.locator(".tile").count() == len({p.field for p in sample.procedures.values()})
    page.click('.tile[data-field="Hộ tịch"]')
    names = page.locator(".proc-name").all_text_contents()
    assert names == [p.name for p in sample.procedures.values() if p.field == "Hộ tịch"]
    page.click("#back")
    offline = next(p for p in sample.procedures.values() if p.online is None)
    page.click(f'.tile[data-field="{offline.field}"]')
    page.click(f'.proc[data-code="{offline.code}"]')
    side = page.inner_text(".side")
    # no link, though online in the catalogue: done online, found by a look-up QR (the portal's
    # search for the code), never "Nộp trực tiếp" against the catalogue, never "nộp hồ sơ trực tuyến"
    assert "online" in offline.channels
    assert "Nộp trực tuyến" in side and "Nộp trực tiếp" not in side and "nộp hồ sơ trực tuyến" not in side
    assert "làm được trên mạng" in side
    assert f"Tra cứu {offline.code}" in side and "Quét mã để tra cứu" in side
    office = sample.places.communes[0].office
    assert office.phone in side and office.address in side
    assert page.locator("svg[role=img]").count() == 1
    assert page.locator("figure.qr").get_attribute("data-url") == (
        f"https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword={offline.code}")
    assert page.locator("figure.qr").get_attribute("data-lookup") == "true"
    page.click("#back")
    assert page.locator("body[data-screen=field]").count() == 1
    assert k.errors == []


def test_commune_choice_text_size_and_home_info(open_kiosk, kiosk_dir, sample):
    k = open_kiosk(kiosk_dir)
    page = k.page
    first, second = sample.places.communes[:2]
    assert first.office.phone in page.inner_text(".office")
    page.click(f'.choice:text-is("{second.name}")')
    assert second.office.phone in page.inner_text(".office")
    assert second.name in page.inner_text("#bar-sub")
    size = lambda: page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    normal = size()
    page.click('[data-size="big"]')
    assert size() > normal
    page.click('[data-size="normal"]')
    assert size() == normal
    assert page.locator("#langs").is_hidden(), "no translations in the sample: no language toggle"
    assert k.errors == []


def test_zero_network_requests_from_file(open_kiosk, kiosk_dir):
    k = open_kiosk(kiosk_dir)
    page = k.page
    page.click("#searchbox")
    type_on_screen(page, "ket hon")
    page.click(".proc >> nth=0")
    page.click("#home")
    page.click(".tile >> nth=0")
    page.evaluate("document.fonts.ready")
    schemes = {urlsplit(u).scheme for u in k.requests}
    assert schemes <= {"file", "data"}, k.requests
    assert any(u.endswith("/data.js") for u in k.requests), "the request listener saw the page load"
    assert page.evaluate("document.fonts.check('26px \"Be Vietnam Pro\"')")
    assert k.errors == []


def test_served_page_works_under_its_csp(open_kiosk, server):
    k = open_kiosk(server + "/")
    page = k.page
    page.click("#searchbox")
    type_on_screen(page, "dang ky khai sinh")
    page.click(f'.proc[data-code="{KHAI_SINH}"]')
    assert page.locator(".side .qr svg").count() == 1
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('26px \"Be Vietnam Pro\"')")
    assert {f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in k.requests
            if not u.startswith("data:")} == {server}
    assert k.errors == [], "a CSP violation or a failed load shows up as a console error"


def test_html_in_data_shows_literally(open_kiosk, hostile_dir):
    k = open_kiosk(hostile_dir)
    page = k.page
    assert "<b>Hộ tịch</b>" in page.inner_text(".tiles")
    assert "<img src=y onerror=alert(6)>" in page.inner_text(".office")
    page.click(".tile >> nth=0")
    page.click('.proc[data-code="1.000001"]')
    page.wait_for_timeout(200)
    text = page.inner_text("main")
    for literal in (HOSTILE, "</span><script>alert(2)</script>", "<svg onload=alert(3)>",
                    "<iframe src=javascript:alert(4)>", "<a href=javascript:alert(5)>bấm</a>",
                    'Giấy & tờ "quan trọng"', "<style>body{display:none}</style>"):
        assert literal in text, literal
    assert page.inner_text("h1") == HOSTILE
    counts = page.evaluate("['img','script','iframe','style','a','b','i'].map("
                           "t => document.querySelectorAll('main ' + t + ', header ' + t).length)")
    assert counts == [0] * 7
    assert k.dialogs == [] and k.errors == []


def test_language_toggle_when_translations_exist(open_kiosk, hostile_dir):
    k = open_kiosk(hostile_dir)
    page = k.page
    assert page.locator("#langs button").all_text_contents() == ["Tiếng Việt", "Tiếng Tày"]
    page.click('[data-lang="tay"]')
    page.click('.tile[data-field="Hộ tịch"]')
    assert "Tày: khai sinh" in page.locator(".proc-name").all_text_contents()
    page.click('.proc[data-code="1.000002"]')
    assert "Tày: tờ khai" in page.inner_text("main")
    assert page.evaluate("document.documentElement.lang") == "tay"
    page.click('[data-lang=""]')
    assert page.inner_text("h1") == "Đăng ký khai sinh"
    assert k.errors == []


def test_portrait_detail_also_decodes(open_kiosk, kiosk_dir):
    import zxingcpp
    from PIL import Image

    k = open_kiosk(kiosk_dir, PORTRAIT)
    page = k.page
    page.click('.tile[data-field="Hộ tịch"]')
    page.click(f'.proc[data-code="{KHAI_SINH}"]')
    png = page.screenshot()  # the whole screen, as a phone camera would see it
    decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]
    assert decoded == [KHAI_SINH_URL]
    assert k.errors == []


def test_home_lists_the_communes_posted_procedures(open_kiosk, kiosk_dir, sample):
    k = open_kiosk(kiosk_dir)
    page = k.page
    first = sample.places.communes[0]
    names = page.locator("#frequent .proc-name").all_text_contents()
    assert names == [sample.procedures[c].name for c in first.posted][:8]
    page.click(f'#frequent .proc[data-code="{first.posted[0]}"]')
    assert page.locator("body[data-screen=detail]").count() == 1
    assert k.errors == []
