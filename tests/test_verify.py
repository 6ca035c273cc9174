"""verify decodes every printed code from pixels at its place (manifest box, scan resolution)
and finds codes the manifest does not list (whole page, low resolution): tampered files fail."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from noticeboard.qr import encode as qr
from noticeboard.posters.build import build_posters
from noticeboard.load import load_project
from noticeboard.verify.readback import verify_output
from tests.conftest import write_project

FOREIGN = "https://dichvucong-gov.vn.example.com/nop-ho-so?ma=1.001193&ref=zalo-group-thon"
VILLAGE = "xa-thuong-lam/thon-na-tong.pdf"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("verify")
    build_posters(load_project(write_project(root / "p")), root / "out")
    return root / "out"


def entry(out: Path, file: str = VILLAGE) -> dict:
    return next(e for e in json.loads((out / "manifest.json").read_text("utf-8"))["files"] if e["file"] == file)


def draw_code(c: Canvas, url: str, x: float, y: float, side: float) -> None:
    """An opaque sticker: white square (quiet zone included) with the code, ``side`` wide."""
    n = qr.modules(url)
    m = side / n
    c.setFillColorRGB(1, 1, 1)
    c.rect(x, y, side, side, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for row, col, run in qr.runs(url):
        c.rect(x + (col + qr.QUIET) * m, y + side - (row + qr.QUIET + 1) * m, run * m, m, stroke=0, fill=1)


def tampered(built: Path, tmp_path: Path, page: int, draw, file: str = VILLAGE) -> Path:
    """A copy of the built folder with ``draw(canvas)`` stamped over page ``page`` of ``file``."""
    out = tmp_path / "out"
    shutil.copytree(built, out)
    reader = PdfReader(str(out / file))
    box = reader.pages[page - 1].mediabox
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(float(box.width), float(box.height)))
    draw(c)
    c.showPage()
    c.save()
    before = hashlib.sha256((out / file).read_bytes()).hexdigest()
    writer = PdfWriter(clone_from=reader)
    writer.pages[page - 1].merge_page(PdfReader(buf).pages[0])
    with open(out / file, "wb") as fh:
        writer.write(fh)
    # the manifest's sha256 follows (an attacker who replaces a file may rewrite the manifest
    # too): what is tested here is the codes decoded from the pixels
    manifest = out / "manifest.json"
    after = hashlib.sha256((out / file).read_bytes()).hexdigest()
    manifest.write_text(manifest.read_text("utf-8").replace(before, after), "utf-8")
    return out


def test_every_code_is_decoded_at_its_place_and_every_page_is_looked_at(built: Path) -> None:
    report = verify_output(built)
    assert report.problems == [] and report.decoded == report.expected > 0
    manifest = json.loads((built / "manifest.json").read_text("utf-8"))
    assert report.pages == sum(e["pages"] for e in manifest["files"])
    for q in entry(built)["qr"]:
        x0, y0, x1, y1 = q["box"]
        assert 30 * mm < x1 - x0 == pytest.approx(y1 - y0, abs=0.05)  # the code with its quiet zone


def test_a_replaced_code_fails(built: Path, tmp_path: Path) -> None:
    q = entry(built)["qr"][0]
    x0, y0, x1, y1 = q["box"]
    out = tampered(built, tmp_path, q["page"], lambda c: draw_code(c, FOREIGN, x0, y0, x1 - x0))
    report = verify_output(out)
    assert f"{VILLAGE} page {q['page']}: not decoded at its place: {q['url']} (found {FOREIGN})" in report.problems
    assert any(p.startswith(f"{VILLAGE} page {q['page']}: unexpected QR: {FOREIGN}") for p in report.problems)
    assert report.decoded == report.expected - 1


def test_a_covered_code_fails(built: Path, tmp_path: Path) -> None:
    q = entry(built)["qr"][-1]
    x0, y0, x1, y1 = q["box"]

    def cover(c: Canvas) -> None:  # a sheet pinned over half of it
        c.setFillColorRGB(1, 1, 1)
        c.rect(x0, y0, x1 - x0, (y1 - y0) / 2, stroke=0, fill=1)

    report = verify_output(tampered(built, tmp_path, q["page"], cover))
    assert report.problems == [f"{VILLAGE} page {q['page']}: not decoded at its place: {q['url']} (found no code)"]


def test_a_code_moved_off_its_place_fails(built: Path, tmp_path: Path) -> None:
    q = entry(built)["qr"][0]
    x0, y0, x1, y1 = q["box"]

    def move(c: Canvas) -> None:
        c.setFillColorRGB(1, 1, 1)
        c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
        draw_code(c, q["url"], 20 * mm, y0 - 20 * mm, x1 - x0)  # the same code, elsewhere

    report = verify_output(tampered(built, tmp_path, q["page"], move), jobs=2)
    assert f"{VILLAGE} page {q['page']}: not decoded at its place: {q['url']} (found no code)" in report.problems
    assert any(p.startswith(f"{VILLAGE} page {q['page']}: unexpected QR: {q['url']} at") for p in report.problems)


def test_a_foreign_code_added_anywhere_fails(built: Path, tmp_path: Path) -> None:
    e = entry(built)
    listed = {q["page"] for q in e["qr"]}
    page = next((n for n in range(1, e["pages"] + 1) if n not in listed), e["pages"])
    out = tampered(built, tmp_path, page, lambda c: draw_code(c, FOREIGN, 20 * mm, 80 * mm, 30 * mm + 8 * 30 * mm / 41))
    report = verify_output(out)
    assert len(report.problems) == 1
    assert report.problems[0].startswith(f"{VILLAGE} page {page}: unexpected QR: {FOREIGN} at")
    assert report.decoded == report.expected


def test_pages_repeated_in_all_villages_are_rendered_once_and_still_checked(built: Path, tmp_path: Path) -> None:
    from noticeboard.verify.page_identity import page_identities

    village = page_identities((built / VILLAGE).read_bytes())
    commune = page_identities((built / "xa-thuong-lam/all-villages.pdf").read_bytes())
    assert village and commune[:len(village)] == village  # the same bytes: the same pixels
    # a change to the commune's copy of a page changes its identity: it is rendered and fails
    q = entry(built)["qr"][0]
    x0, y0, x1, y1 = q["box"]
    out = tampered(built, tmp_path, q["page"], lambda c: draw_code(c, FOREIGN, x0, y0, x1 - x0),
                   file="xa-thuong-lam/all-villages.pdf")
    assert page_identities((out / "xa-thuong-lam/all-villages.pdf").read_bytes())[q["page"] - 1] \
        not in village
    report = verify_output(out)
    assert any(p.startswith(f"xa-thuong-lam/all-villages.pdf page {q['page']}: not decoded at its place")
               for p in report.problems)
    assert not any(p.startswith(VILLAGE) for p in report.problems)


def test_a_file_of_another_layout_has_no_identities(built: Path) -> None:
    from noticeboard.verify.page_identity import page_identities

    data = (built / VILLAGE).read_bytes()
    assert page_identities(data + b"\n%% appended\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Prev 9 >>\n"
                           b"startxref\n%d\n%%%%EOF\n" % len(data)) is None
    assert page_identities(data.replace(b"/Type /Pages", b"/Type /Pages /Rotate 90", 1)) is None
