"""The bundled sample can't be mistaken for the real thing: every page and card built from it
carries "BẢN MẪU" (none built from a commune's own project, a copy of the sample included), and
every command falls back to it the same way (formats.md "Commands")."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from noticeboard.cli import main
from noticeboard.channels.kiosk.build import kiosk_data
from noticeboard.labels import LABELS
from noticeboard.load import load_project
from noticeboard.render.pdf.styles import PAPERS
from noticeboard.resources import sample_project

MARK = "BẢN MẪU"
COMMUNE = "xa-minh-quang"  # the sample's smallest commune: quick to build
DAY = "04/12/2026"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample-out")
    result = CliRunner().invoke(main, ["build", str(sample_project()), "-o", str(out), "-q", "-j", "1",
                                       "--commune", COMMUNE, "--date", DAY])
    assert result.exit_code == 0, result.output
    return out


def _pages(pdf: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(pdf)).pages]


def test_every_page_built_from_the_sample_is_marked(built: Path) -> None:
    pdfs = sorted(built.rglob("*.pdf"))
    kinds = {e["kind"] for e in json.loads((built / "manifest.json").read_text("utf-8"))["files"]}
    assert {"village", "commune", "binder", "kit", "register"} <= kinds
    for pdf in pdfs:
        assert all(MARK in text for text in _pages(pdf)), pdf


def test_a_copy_of_the_sample_is_a_communes_own_project_and_is_not_marked(tmp_path: Path) -> None:
    root = tmp_path / "own"
    shutil.copytree(sample_project(), root)
    (root / "noticeboard.yaml").write_text(f"catalogue: {sample_project().parent.parent / 'procedures'}\n", "utf-8")
    assert not load_project(root).sample and load_project(sample_project()).sample
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(root), "-o", str(out), "-q", "-j", "1", "--commune", COMMUNE,
                                       "--date", DAY])
    assert result.exit_code == 0, result.output
    for pdf in sorted(out.rglob("*.pdf")):
        assert not any(MARK in text for text in _pages(pdf)), pdf


def test_the_mark_stays_out_of_every_qr_code_and_its_quiet_zone(built: Path) -> None:
    """The mark is in the top margin; every QR box (quiet zone included) is inside the frame."""
    top = PAPERS["A4"].height - PAPERS["A4"].margin
    boxes = [q["box"] for e in json.loads((built / "manifest.json").read_text("utf-8"))["files"] for q in e["qr"]]
    assert boxes and all(box[3] <= top for box in boxes)
    verified = CliRunner().invoke(main, ["verify", str(built)])
    assert verified.exit_code == 0, verified.output


def test_sample_builds_stay_byte_identical(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    result = CliRunner().invoke(main, ["build", str(sample_project()), "-o", str(again), "-q", "-j", "1",
                                       "--commune", COMMUNE, "--date", DAY])
    assert result.exit_code == 0, result.output

    def digests(folder: Path) -> dict[str, str]:
        return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in folder.rglob("*.pdf")}
    assert digests(again) == digests(built)


def test_cards_and_the_kiosk_know_the_sample(tmp_path: Path) -> None:
    from PIL import Image

    from noticeboard.channels.share.card import BAND, SAMPLE_STRIP

    runner = CliRunner()
    for root, marked in ((sample_project(), True), (_own_project(tmp_path), False)):
        out = tmp_path / f"share-{marked}"
        result = runner.invoke(main, ["share", str(root), "-o", str(out), "--commune", COMMUNE, "--date", DAY])
        assert result.exit_code == 0, result.output
        for png in out.rglob("*.png"):
            pixel = Image.open(png).convert("RGB").getpixel((20, BAND + 17))  # image rows count from the top
            strip = tuple(int(SAMPLE_STRIP.hexval()[i:i + 2], 16) for i in (2, 4, 6))
            assert (max(abs(a - b) for a, b in zip(pixel, strip)) < 40) == marked, png
        assert kiosk_data(load_project(root))["sample"] is marked
    assert MARK in LABELS["sample_mark"]


def _own_project(tmp_path: Path) -> Path:
    root = tmp_path / "own-project"
    if not root.exists():
        shutil.copytree(sample_project(), root)
        (root / "noticeboard.yaml").write_text(f"catalogue: {sample_project().parent.parent / 'procedures'}\n",
                                               "utf-8")
    return root


def test_the_loudspeaker_script_pdf_is_marked(tmp_path: Path) -> None:
    out = tmp_path / "announce"
    result = CliRunner().invoke(main, ["announce", str(sample_project()), "-o", str(out), "--commune", COMMUNE,
                                       "--date", DAY])
    assert result.exit_code == 0, result.output
    assert all(MARK in text for text in _pages(out / f"{COMMUNE}.pdf"))


@pytest.mark.parametrize("command", [["check"], ["list"], ["build", "-o", "out", "-q", "--commune", COMMUNE],
                                     ["kiosk", "build", "-o", "kiosk", "--commune", COMMUNE],
                                     ["share", "-o", "share", "--commune", COMMUNE],
                                     ["announce", "-o", "announce", "--commune", COMMUNE]])
def test_every_command_falls_back_to_the_sample_the_same_way(command: list[str], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"No project here: using the bundled sample ({sample_project()}); "
                                    "every page, card and screen made from it is marked BẢN MẪU.")


def test_a_half_made_project_is_never_swapped_for_the_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "procedures").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1 and "bundled sample" not in result.output
    missing = CliRunner().invoke(main, ["build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "o")])
    assert missing.exit_code == 1 and "bundled sample" not in missing.output
