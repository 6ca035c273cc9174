"""End-to-end: build the bundled sample and read back what was made."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from noticeboard.posters.build import build_posters
from noticeboard.load import load_project
from noticeboard.verify.readback import verify_output

from .conftest import CATALOGUE, KHAI_SINH, PLACES, pdf_text, write_project

EPOCH = "1795651200"  # 2026-11-26


@pytest.fixture(scope="module")
def built(tmp_path_factory, sample: Path) -> Path:
    out = tmp_path_factory.mktemp("sample") / "out"
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    try:
        build_posters(load_project(sample), out)
    finally:
        mp.undo()
    return out


def test_layout_matches_the_contract(built: Path, sample: Path) -> None:
    project = load_project(sample)
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["generated"] == "2026-11-26"
    listed = {f["file"] for f in manifest["files"]}
    on_disk = {str(p.relative_to(built)) for p in built.rglob("*.pdf")}
    assert listed == on_disk
    for commune in project.places.communes:
        assert f"{commune.slug}/all-villages.pdf" in listed
        for village in commune.villages:
            assert f"{commune.slug}/{village.slug}.pdf" in listed
    assert not list(built.rglob("*.tmp"))


def test_every_qr_decodes_to_the_manifest_url(built: Path) -> None:
    report = verify_output(built)
    assert report.problems == []
    assert report.expected > 0 and report.decoded == report.expected


def test_pdf_text_names_village_commune_and_every_posted_procedure(built: Path, sample: Path) -> None:
    project = load_project(sample)
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["village"] is None:
            continue
        text = pdf_text(built / entry["file"])
        flat = " ".join(text.split())
        assert entry["village"].split(" ", 1)[1] in flat
        assert entry["commune"].split(" ", 1)[1] in flat
        assert "Cập nhật: 26/11/2026" in flat
        assert f"Trang {entry['pages']}/{entry['pages']}" in flat
        for code in entry["procedures"]:
            assert " ".join(project.procedures[code].name.split()) in flat
            assert code in flat
        # every procedure has a QR: its page, else a look-up (portal search for its code)
        assert {q["code"] for q in entry["qr"]} == set(entry["procedures"])
        for q in entry["qr"]:
            link = project.procedures[q["code"]].online
            assert q.get("lookup", False) is (link is None)
            assert q["url"] == (link.url if link else
                                f"https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword={q['code']}")
        if any(q.get("lookup") for q in entry["qr"]):
            assert "Tra cứu" in flat
        # overview + detail sheet: each code twice
        assert len(entry["qr"]) == 2 * len(entry["procedures"])


def test_village_lists_apply_posted_and_not_posted(built: Path, sample: Path) -> None:
    project = load_project(sample)
    manifest = {f["file"]: f for f in json.loads((built / "manifest.json").read_text("utf-8"))["files"]}
    changed = 0
    for commune in project.places.communes:
        for v in commune.villages:
            got = manifest[f"{commune.slug}/{v.slug}.pdf"]["procedures"]
            want = [c for c in commune.posted if c not in v.not_posted] + [c for c in v.posted if c not in commune.posted]
            assert got == want
            changed += bool(v.posted or v.not_posted)
    assert changed >= 2  # the sample exercises both lists


def test_qr_codes_are_at_least_30mm_with_quiet_zone(built: Path) -> None:
    pdf = pypdfium2.PdfDocument(str(built / "xa-thuong-lam" / "thon-na-tong.pdf"))
    dpi = 150
    image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil()
    results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert results
    for r in results:
        side_mm = (r.position.top_right.x - r.position.top_left.x) / dpi * 25.4
        assert side_mm >= 30
        # 4 modules of white left of the symbol
        module_px = (r.position.top_right.x - r.position.top_left.x) / 25  # >= version 2
        x, y = r.position.top_left.x, r.position.top_left.y
        strip = image.crop((int(x - 3.5 * module_px), int(y), int(x) - 2, int(y + 7 * module_px)))
        assert strip.getextrema()[0] > 200


def test_reproducible_bytes(tmp_path: Path, sample: Path, built: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    build_posters(load_project(sample), tmp_path / "again", commune="Xã Thượng Lâm")
    for pdf in (tmp_path / "again").rglob("*.pdf"):
        assert pdf.read_bytes() == (built / pdf.relative_to(tmp_path / "again")).read_bytes(), pdf


def test_decomposed_input_prints_exactly_like_nfc(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    nfd = write_project(tmp_path / "nfd", unicodedata.normalize("NFD", PLACES), unicodedata.normalize("NFD", CATALOGUE))
    nfc = write_project(tmp_path / "nfc")
    build_posters(load_project(nfd), tmp_path / "o1")
    build_posters(load_project(nfc), tmp_path / "o2")
    a = (tmp_path / "o1/xa-thuong-lam/thon-na-tong.pdf").read_bytes()
    assert a == (tmp_path / "o2/xa-thuong-lam/thon-na-tong.pdf").read_bytes()


LONG_DOC = ("Bản sao có chứng thực giấy tờ chứng minh nơi cư trú; nếu đã có trong Cơ sở dữ liệu "
            "quốc gia về dân cư thì không phải nộp, cán bộ tự tra cứu. ") * 3
PAPERS_TO_BRING = '''    documents:
      - "Tờ khai đăng ký khai sinh"
      - "Giấy chứng sinh"'''


def test_long_texts_flow_onto_continued_pages_without_loss(tmp_path: Path) -> None:
    """Papers to bring are never cut: a list longer than a page continues on pages marked
    '(tiếp theo)', every paper whole."""
    docs = "\n".join(f'      - "Giấy số {i}. {LONG_DOC}"' for i in range(1, 41))
    catalogue = CATALOGUE.replace(PAPERS_TO_BRING, f"    documents:\n{docs}", 1)
    root = write_project(tmp_path / "p", catalogue=catalogue)
    result = build_posters(load_project(root), tmp_path / "out")
    text = " ".join(pdf_text(tmp_path / "out/xa-thuong-lam/thon-na-tong.pdf").split())
    assert "Đăng ký khai sinh (tiếp theo)" in text
    for i in range(1, 41):
        assert f"Giấy số {i}." in text
    assert text.count("cán bộ tự tra cứu") == 40 * 3
    assert result.pages > 4


def test_in_person_procedure_has_no_qr_and_says_where_to_go(tmp_path: Path) -> None:
    from pypdf import PdfReader

    root = write_project(tmp_path / "p", settings="search_links: false\n")  # in person only
    build_posters(load_project(root), tmp_path / "out")
    manifest = json.loads((tmp_path / "out/manifest.json").read_text("utf-8"))
    village = manifest["files"][0]
    assert {q["code"] for q in village["qr"]} == {"1.001193"}
    assert {q["url"] for q in village["qr"]} == {KHAI_SINH}
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(tmp_path / "out" / village["file"])).pages]
    in_person = next(p for p in pages if "Đăng ký khai tử Mã thủ tục: 1.000656" in p)  # its sheet
    for page in (pages[0], in_person):  # the board and the sheet say in person, the footer where
        assert "Nộp trực tiếp" in page
        assert "Nơi nộp hồ sơ: Trung tâm Phục vụ hành chính công xã Thượng Lâm" in page
    assert "dichvucong.gov.vn" in " ".join(pages) and all("Chỉ quét mã QR in sẵn" in p for p in pages)
    assert "Tra cứu" not in " ".join(pages)


def test_procedure_without_link_gets_a_lookup_qr_that_scans(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace('    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]\n', "")
    root = write_project(tmp_path / "p", catalogue=catalogue)
    build_posters(load_project(root), tmp_path / "out")
    village = json.loads((tmp_path / "out/manifest.json").read_text("utf-8"))["files"][0]
    lookup = "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=1.000656"
    assert sorted((q["code"], q["url"], q.get("lookup", False)) for q in village["qr"]) == [
        ("1.000656", lookup, True), ("1.000656", lookup, True),
        ("1.001193", KHAI_SINH, False), ("1.001193", KHAI_SINH, False)]
    text = " ".join(pdf_text(tmp_path / "out" / village["file"]).split())
    assert "Tra cứu 1.000656" in text and "Quét mã để tra cứu thủ tục" in text
    assert text.count("Quét mã: toàn văn, nộp hồ sơ") == 1  # only on khai sinh's own sheet
    # no papers written yet: the sheet says where to read them
    assert "Chưa ghi ở đây: quét mã QR để xem trên Cổng dịch vụ công" in text
    report = verify_output(tmp_path / "out")
    assert report.problems == [] and report.decoded == report.expected == 10  # village, commune, binder files


def test_translations_printed_under_vietnamese(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace('    online:', '    translations:\n      tay: {name: "Đăng ký khai sinh (Tày)", documents: ["Tờ khai (Tày)", "Giấy chứng sinh (Tày)"]}\n    online:', 1)
    places = PLACES + "        languages: [tay]\n      - name: \"Thôn Khuổi Củng\"\n"
    root = write_project(tmp_path / "p", places, catalogue)
    build_posters(load_project(root), tmp_path / "out")
    with_tay = " ".join(pdf_text(tmp_path / "out/xa-thuong-lam/thon-na-tong.pdf").split())
    without = " ".join(pdf_text(tmp_path / "out/xa-thuong-lam/thon-khuoi-cung.pdf").split())
    for text in ("Tiếng Tày", "Đăng ký khai sinh (Tày)", "Giấy chứng sinh (Tày)"):
        assert text in with_tay and text not in without


@pytest.mark.parametrize("paper", ["A3", "A5"])
def test_other_papers_build_and_scan(tmp_path: Path, paper: str) -> None:
    root = write_project(tmp_path / "p")
    build_posters(load_project(root), tmp_path / "out", paper=paper)
    pdf = pypdfium2.PdfDocument(str(tmp_path / "out/xa-thuong-lam/thon-na-tong.pdf"))
    w, h = pdf[0].get_size()
    assert (round(w), round(h)) == {"A3": (842, 1191), "A5": (420, 595)}[paper]
    report = verify_output(tmp_path / "out")
    assert report.problems == [] and report.decoded == report.expected > 0


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_overview_blocks_stay_whole(tmp_path: Path, sample: Path, paper: str) -> None:
    """Regression: a block's 'xem trang N' line was once pushed alone onto the next page."""
    from pypdf import PdfReader

    build_posters(load_project(sample), tmp_path / "out", commune="xa-thuong-lam", paper=paper)
    reader = PdfReader(str(tmp_path / "out/xa-thuong-lam/thon-na-tong.pdf"))
    overview_pages = [p.extract_text() for p in reader.pages if "THỦ TỤC HÀNH CHÍNH" in p.extract_text()]
    assert len(overview_pages) > 1
    for text in overview_pages:  # each block's first fact and last line on the same page
        assert text.count("Nơi giải quyết:") == text.count("Giấy tờ cần mang: xem trang") > 0


def test_codes_survive_a_poor_photocopy(built: Path) -> None:
    """A photocopy of a photocopy: 150 dpi, reduced to 90 %, blurred, washed out, speckled."""
    import random

    from PIL import ImageFilter

    manifest = json.loads((built / "manifest.json").read_text("utf-8"))
    entry = next(e for e in manifest["files"] if e["village"] and e["qr"])
    pdf = pypdfium2.PdfDocument(str(built / entry["file"]))
    rng = random.Random(7)
    for page_no in sorted({q["page"] for q in entry["qr"]}):
        image = pdf[page_no - 1].render(scale=150 / 72, grayscale=True).to_pil()
        image = image.resize((int(image.width * 0.9), int(image.height * 0.9)))
        image = image.filter(ImageFilter.GaussianBlur(1.2)).point(lambda v: 70 + v * 0.6)
        pixels = image.load()
        for _ in range(image.width * image.height // 50):
            x, y = rng.randrange(image.width), rng.randrange(image.height)
            pixels[x, y] = rng.choice((40, 230))
        found = sorted(r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode))
        assert found == sorted(q["url"] for q in entry["qr"] if q["page"] == page_no), page_no


def test_overview_text_is_at_least_12pt_on_a4(built: Path) -> None:
    from pypdf import PdfReader

    sizes: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5)

    reader = PdfReader(str(built / "xa-thuong-lam/thon-na-tong.pdf"))
    overview = [p for p in reader.pages if "THỦ TỤC HÀNH CHÍNH" in p.extract_text()]
    for page in overview:
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 12 - 1e-6


def test_every_translatable_field_is_printed(tmp_path: Path) -> None:
    """Each field the village file prints has its translation under it (who, conditions and
    forms are in the full official text: the commune binder, not the village file)."""
    from noticeboard.model import TRANSLATABLE

    full = CATALOGUE.replace('    online:', '''    steps: ["Nộp hồ sơ", "Nhận kết quả"]
    result: "Giấy khai sinh"
    who: "Cha hoặc mẹ"
    conditions: "Trẻ sinh tại Việt Nam"
    forms: ["Tờ khai (mẫu)"]
    online:''', 1)
    lists = {"documents", "steps", "forms"}
    tay = ", ".join(f'{k}: ["Tày-{k}-1", "Tày-{k}-2"]' if k in lists else f'{k}: "Tày-{k}"' for k in TRANSLATABLE)
    full = full.replace('    online:', f'    translations:\n      tay: {{{tay}}}\n    online:', 1)
    places = PLACES + "        languages: [tay]\n"
    build_posters(load_project(write_project(tmp_path / "p", places, full)), tmp_path / "out")
    text = " ".join(pdf_text(tmp_path / "out/xa-thuong-lam/thon-na-tong.pdf").split())
    printed = set(TRANSLATABLE) - {"who", "conditions", "forms"}
    assert printed >= {"name", "field", "agency", "time", "fee", "documents", "steps", "result"}
    for key in printed:
        assert (f"Tày-{key}-2" if key in lists else f"Tày-{key}") in text, key


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_long_board_texts_print_whole_or_are_refused_before_writing(tmp_path: Path, paper: str) -> None:
    """Review findings: an overview block taller than a page once crashed, later printed cut
    into pieces. A long fee and name still print whole, on the board and the sheet; texts too
    long for any board page are refused, naming the procedure and its line, before anything
    is written (tests/test_board.py checks that `check` says so too)."""
    from noticeboard.errors import DataError

    # numbered one-word markers: a sentence may break across lines, a word never does
    long_fee = " ".join(f"Miễn lệ phí cho hộ nghèo phí{i}." for i in range(12))
    long_name = " ".join(f"Đăng ký khai sinh vùng sâu tên{i}" for i in range(3))
    catalogue = CATALOGUE.replace('fee: "Miễn lệ phí"', f'fee: "{long_fee}"', 1)
    catalogue = catalogue.replace('name: "Đăng ký khai sinh"', f'name: "{long_name}"', 1)
    build_posters(load_project(write_project(tmp_path / "p", catalogue=catalogue)), tmp_path / "out", paper=paper)
    words = pdf_text(tmp_path / "out/xa-thuong-lam/thon-na-tong.pdf").split()
    for i in range(12):  # on the board and on the sheet, whole
        assert words.count(f"phí{i}.") == 2, i
    for i in range(3):
        assert words.count(f"tên{i}") >= 2, i
    report = verify_output(tmp_path / "out")
    assert report.problems == [] and report.decoded == report.expected > 0

    too_long = CATALOGUE.replace('fee: "Miễn lệ phí"', f'fee: "{long_fee * 12}"', 1)
    with pytest.raises(DataError) as info:
        build_posters(load_project(write_project(tmp_path / "q", catalogue=too_long)), tmp_path / "out2", paper=paper)
    assert "procedures/catalogue.yaml:2:" in info.value.report() and "1.001193" in info.value.report()
    assert not list((tmp_path / "out2").rglob("*.pdf"))


def test_page_reference_stays_in_the_text_column_on_a5() -> None:
    """Review finding: on A5 the reference ran under the QR caption."""
    from noticeboard.load import load_project
    from noticeboard.render.pdf import overview
    from noticeboard.render.pdf.styles import PAPERS
    from noticeboard.resources import sample_project

    project = load_project(sample_project())
    proc = project.procedures["1.001193"]
    [block] = overview.block(proc, "A5", (), PAPERS["A5"].frame_width)
    block.wrap(PAPERS["A5"].frame_width, 1000)
    code = block.block.inner.code  # the QR code the text stands beside
    assert block.ref.width == block.text_width <= PAPERS["A5"].frame_width - code.width
