"""A clerk's morning in the app, by mouse, in Vietnamese, at 1366×768 (Debian's Chromium).

Set NOTICEBOARD_APP_SCREENSHOTS=docs to write the README's screenshots of each screen."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import Error as PlaywrightError, expect

from noticeboard.output.scaffold import init_workbooks
from tests.app.conftest import fill_places

pytestmark = pytest.mark.browser
SCREEN = {"width": 1366, "height": 768}
VILLAGES = [("Thôn Nà Tông", "0912 345 67"), ("Thôn Khuổi Củng", None), ("Bản Phiêng Luông", None),
            ("Thôn Nà Khẩu", None), ("Thôn Bản Chợ", None)]


@pytest.fixture
def page(browser, app, monkeypatch):
    monkeypatch.delenv("NOTICEBOARD_LANG")  # the clerk reads Vietnamese
    ctx = browser.new_context(viewport=SCREEN, locale="vi-VN")  # dates as a Vietnamese Windows shows them
    page = ctx.new_page()
    page.set_default_timeout(20000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(app.address)
    yield page
    ctx.close()
    assert errors == []


@pytest.fixture
def shots(tmp_path) -> Path:
    return Path(os.environ.get("NOTICEBOARD_APP_SCREENSHOTS") or tmp_path)


def fits(page) -> bool:
    """Nothing wider than the screen: no horizontal scrolling at 1366 px."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def loaded(image) -> bool:
    """The picture arrived and decoded (a lazy one is brought into view first)."""
    image.scroll_into_view_if_needed()
    return image.evaluate("i => i.complete && i.naturalWidth > 0 || new Promise(r => {"
                          " i.onload = () => r(i.naturalWidth > 0); i.onerror = () => r(false); })")


def create_project(page, app) -> Path:
    page.fill("input[name=ten]", "xa-thuong-lam")
    page.fill("input[name=tinh]", "Tuyên Quang")
    page.fill("input[name=xa]", "Xã Thượng Lâm")
    page.click("form.grid button")
    page.wait_for_selector("text=Bảng tính của dự án")
    return app.session.root


def test_a_mistake_is_shown_at_its_cell_then_fixed_in_the_workbook(page, app, shots):
    root = create_project(page, app)
    page.click("li:has-text('places.xlsx') >> text=Mở bằng Excel")
    page.wait_for_selector("#toast:not([hidden])")
    assert app.opened == [root / "places.xlsx"]
    page.screenshot(path=str(shots / "app-home.png"))
    fill_places(root, VILLAGES)
    book = openpyxl.load_workbook(root / "places.xlsx")
    book["Thôn"].cell(1, 9, "Ghi chú")  # a column of the clerk's own: a warning, not an error
    book.save(root / "places.xlsx")
    page.click("nav >> text=Kiểm tra")
    row = page.locator("table.problems tr.error")
    assert row.count() == 1
    assert [c.strip() for c in row.locator("td").all_inner_texts()[1:4]] == ["places.xlsx\nMở", "Thôn", "E2"]
    assert "0912 345 67" in row.inner_text() and "10 chữ số" in row.inner_text()
    assert fits(page)
    page.screenshot(path=str(shots / "app-check.png"))
    warning = page.locator("table.problems tr.warning", has_text="Ghi chú")
    assert warning.count() == 1 and "I1" in warning.inner_text()
    page.click("[data-filter=warning]")
    assert not row.is_visible() and warning.is_visible()
    page.click("[data-filter=error]")
    assert row.is_visible() and not warning.is_visible()
    page.click("[data-filter=all]")
    book = openpyxl.load_workbook(root / "places.xlsx")  # the clerk corrects the cell and saves
    book["Thôn"]["E2"] = "0912 345 678"
    book.save(root / "places.xlsx")
    page.click("button:has-text('Kiểm tra lại')")
    page.wait_for_selector(".verdict.good")
    assert page.locator("table.problems tr.error").count() == 0 and warning.count() == 1


def test_print_follows_the_build_to_the_end_and_lists_the_files(page, app, shots):
    root = create_project(page, app)
    fill_places(root, [(name, None) for name, _ in VILLAGES])
    polled: list[dict] = []

    def record(response) -> None:
        if "/api/viec" not in response.url:
            return
        try:
            polled.append(response.json())
        except PlaywrightError:  # the last answer ("done") reloads the page: its body may be gone
            pass

    page.on("response", record)
    page.click("nav >> text=In")
    page.fill("input[name=ngay]", "2026-12-04")
    expect(page.locator("output.day")).to_have_text("04/12/2026")  # as Vietnam writes it, whatever the picker shows
    page.select_option("select[name=giay]", "A4")
    page.click("#build")
    page.wait_for_selector('.progress[data-state="done"]', timeout=120000)
    assert page.inner_text(".progress .count") == f"Xong: {len(VILLAGES)}/{len(VILLAGES)} thôn"
    assert page.get_attribute(".progress progress", "value") == str(len(VILLAGES))
    cards = page.locator(".card")
    villages = [t.split("\n")[0] for t in cards.all_inner_texts() if t.startswith(("Thôn", "Bản"))]
    assert sorted(villages) == sorted(name for name, _ in VILLAGES)
    assert page.locator(".card:has-text('Bộ niêm yết')").count() == 1
    assert page.locator(".card:has-text('Sổ theo dõi niêm yết')").count() == 1
    first = page.locator(".card:has-text('Thôn Nà Tông')")
    assert "trang" in first.inner_text()
    assert loaded(first.locator("img"))
    first.locator("text=Mở").click()
    page.wait_for_selector("#toast:not([hidden])")
    assert app.opened == [root / "posters" / "xa-thuong-lam" / "thon-na-tong.pdf"]
    assert fits(page)
    page.screenshot(path=str(shots / "app-print.png"))
    # what the page was told while it polled (the last answer, "done", reloads the page):
    # running, with a count that never goes back
    assert polled and polled[0]["state"] == "running"
    done = [p["done"] for p in polled]
    # (on a quick machine the build may end between two polls: the total is 0 until the plan
    # is made, then every village; the end itself is asserted on the page above)
    assert done == sorted(done) and {p["total"] for p in polled} <= {0, len(VILLAGES)}


def test_a_second_print_while_the_folder_is_held_says_so(page, app):
    from noticeboard.output.lock import exclusive

    root = create_project(page, app)
    fill_places(root, [(name, None) for name, _ in VILLAGES[:1]])
    page.click("nav >> text=In")
    with exclusive(root / "posters"):  # a build already writing there (this app's, or a terminal's)
        page.click("#build")
        page.wait_for_selector("#toast.bad:not([hidden])")
        assert "đang ghi vào" in page.inner_text("#toast")
    assert "posters" not in app.session.jobs


def test_cards_script_and_kiosk_are_made_from_the_share_screen(page, app, shots):
    root = create_project(page, app)
    fill_places(root, [(name, None) for name, _ in VILLAGES[:2]])
    page.click("nav >> text=Zalo, loa")
    page.click("text=Làm ảnh Zalo")
    page.wait_for_selector(".zalo figure", timeout=120000)
    figure = page.locator(".zalo figure").first
    assert loaded(figure.locator("img"))
    assert "dichvucong.gov.vn" in figure.locator("textarea").input_value()
    page.click("text=Viết bài đọc loa")
    page.wait_for_selector("text=/đọc khoảng \\d+ phút \\d+ giây/", timeout=60000)
    page.click("text=Làm thư mục máy tra cứu")
    page.wait_for_selector(".where", timeout=60000)
    assert str(root / "kiosk") in page.inner_text(".where")
    page.click("text=Xem thử")
    page.wait_for_selector("#toast:not([hidden])")
    assert app.opened == [root / "kiosk" / "index.html"]
    assert fits(page)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shots / "app-share.png"))


def tab_to(page, test: str, presses: int = 80) -> None:
    """Press Tab until the focused element passes ``test`` (a JS function of it), as a clerk
    without a mouse moves through the page."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate(f"({test})(document.activeElement)"):
            return
    raise AssertionError(f"no element reached by Tab passes {test}")


def test_the_folder_chooser_reaches_a_project_elsewhere_by_keyboard(page, app, shots, tmp_path_factory):
    documents = tmp_path_factory.mktemp("Documents")
    init_workbooks(documents / "xa-thuong-lam", "Tuyên Quang", "Xã Thượng Lâm")
    start = app.session.browse_start
    tab_to(page, "e => e.matches('a.up')")  # "Lên thư mục trên"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.inner_text(".folder-path b") == start.parent.name
    tab_to(page, "e => e.name === 'thu-muc'")  # the path as Explorer's address bar shows it
    page.keyboard.press("Control+A")
    page.keyboard.type(str(documents))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("li.proj", has_text="xa-thuong-lam").count() == 1
    assert fits(page)
    page.screenshot(path=str(shots / "app-folders.png"))
    tab_to(page, "e => e.textContent === 'Chọn dự án này'")
    with page.expect_navigation(url="**/kiem-tra"):
        page.keyboard.press("Enter")
    assert app.session.root == (documents / "xa-thuong-lam").resolve()


def test_english_is_the_same_switch_as_the_cli(browser, app, monkeypatch):
    monkeypatch.setenv("NOTICEBOARD_LANG", "en")
    ctx = browser.new_context(viewport=SCREEN)
    page = ctx.new_page()
    page.goto(app.address)
    assert page.inner_text("nav") .split("\n")[1:3] == ["Project", "Check"]
    assert page.get_attribute("html", "lang") == "en"
    ctx.close()


def test_a_decision_is_uploaded_shown_as_a_dry_run_then_applied(page, app, shots, tmp_path, monkeypatch):
    pytest.importorskip("noticeboard.decisions", reason="the decision import (issue 16) is not in this version")
    import shutil

    from noticeboard.load import load_project
    from noticeboard.load.catalogue_sheet import COLUMNS, SHEET, procedure_cells
    from noticeboard.output.workbook import SheetData, write_workbook

    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "decisions"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796342400")  # 04/12/2026, after decision 1234 is signed
    root = tmp_path / "xa"
    shutil.copytree(fixtures / "project", root)
    procedures = load_project(root).procedures  # the fixture's catalogue, as the clerk's workbook
    for yaml in (root / "procedures").glob("*.yaml"):
        yaml.unlink()
    book = root / "procedures" / "thu-tuc.xlsx"
    write_workbook(book, [SheetData(SHEET, COLUMNS, [procedure_cells(p) for p in procedures.values()])])
    app.session.choose(root)
    before = book.read_bytes()
    page.reload()
    page.click("nav >> text=Quyết định")
    page.set_input_files("input[type=file]", str(fixtures / "qd-1234.docx"))
    page.click("form.upload button")
    page.wait_for_selector("table.plan")
    # the row of the code itself (the new 1.013785 names it too: where to change it for the new one)
    replaced = page.locator("table.plan tr", has=page.locator("td.code", has_text="1.004884"))
    assert "Thay thế" in replaced.inner_text() and "Thôn Nà Tông" in replaced.inner_text()
    assert page.locator("table.plan tr", has_text="1.013790").count() == 1
    assert book.read_bytes() == before, "a dry run writes nothing"
    assert fits(page)
    page.screenshot(path=str(shots / "app-decision.png"))
    page.locator("button", has_text="Áp dụng vào danh mục").first.click()
    page.wait_for_selector(".flash:has-text('Đã áp dụng')")
    assert "1.013790" in {p.code for p in load_project(root).procedures.values()}
    assert (root / "quyet-dinh" / "qd-1234.docx").read_bytes() == (fixtures / "qd-1234.docx").read_bytes()


def test_the_decision_screens_box_imports_the_province_level_too(page, app, shots, tmp_path, monkeypatch):
    pytest.importorskip("noticeboard.decisions", reason="the decision import (issue 16) is not in this version")
    import shutil

    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "decisions"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796342400")  # 04/12/2026
    root = tmp_path / "xa"
    shutil.copytree(fixtures / "project", root)
    app.session.choose(root)
    page.reload()
    page.click("nav >> text=Quyết định")
    page.set_input_files("input[type=file]", str(fixtures / "qd-1234.docx"))
    page.click("form.upload button")
    province = page.locator("table.plan tr", has_text="1.013700")
    assert 'đánh dấu ô "Nhập cả thủ tục cấp tỉnh"' in province.inner_text()  # the screen's words, no flag
    page.check("input[name=moi_cap]")
    page.click("form.options button")
    page.wait_for_selector("table.plan")
    assert "thêm vào danh mục" in page.locator("table.plan tr", has_text="1.013700").inner_text()
    assert page.is_checked("input[name=moi_cap]")  # the screen shows what it was planned with
    page.screenshot(path=str(shots / "app-decision-options.png"))


def test_no_empty_bar_before_any_work_and_no_file_name_cut_in_two(page, app, tmp_path):
    # 1366×768 screenshots: an empty progress bar under "In" and each share panel before
    # anything ran (its `hidden` lost to the bar's display), "procedures/thu-" over "tuc.xlsx"
    root = tmp_path / "xa"
    init_workbooks(root, "Tuyên Quang", "Xã Thượng Lâm")
    book = root / "procedures" / "thu-tuc.xlsx"
    wb = openpyxl.load_workbook(book)
    sheet = wb.worksheets[0]
    column = next(c.column for c in sheet[1] if c.value == "Thành phần hồ sơ")
    for row in range(2, sheet.max_row + 1):  # no papers: a warning at the catalogue's workbook
        sheet.cell(row, column).value = None
    wb.save(book)
    fill_places(root, [("Thôn Nà Tông", None)])
    app.session.choose(root)
    for path in ("/in", "/chia-se"):
        page.goto(app.base + path)
        assert page.locator(".progress").count() and not page.locator(".progress:visible").count(), path
    page.goto(app.base + "/kiem-tra")
    names = page.locator("td.file .file-name")
    assert "procedures/thu-tuc.xlsx" in names.all_inner_texts()
    lines = page.evaluate("""() => [...document.querySelectorAll('td.file .file-name > span')].map(s => {
        const r = document.createRange(); r.selectNodeContents(s);
        return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; })""")
    assert lines and set(lines) == {1}  # each part of a path on one line
