"""The bundled sample can't be mistaken for the real thing: its mark keeps clear of every QR
code and leaves builds byte-identical, and every command falls back to it the same way
(formats.md "Commands"). That every output of the sample carries "BẢN MẪU" and none of a
commune's own project (a copy of the sample) does: test_sample_outputs.py walks them all."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.render.pdf.styles import PAPERS
from noticeboard.resources import sample_project

COMMUNE = "xa-minh-quang"  # the sample's smallest commune: quick to build
DAY = "04/12/2026"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample-out")
    result = CliRunner().invoke(main, ["build", str(sample_project()), "-o", str(out), "-q", "-j", "1",
                                       "--commune", COMMUNE, "--date", DAY])
    assert result.exit_code == 0, result.output
    return out


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
