"""Office and village head phones in the standard grouping whatever was typed (issue 15, item
8), printed and read aloud so; the workbook is one LibreOffice saved (0207.3876.215)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.load import load_project
from noticeboard.load.phones import grouped

from .conftest import pdf_text, write_project

FIXTURES = Path(__file__).parent / "fixtures" / "libreoffice"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = write_project(tmp_path / "p")
    (root / "places.yaml").unlink()
    shutil.copy(FIXTURES / "places-clean.xlsx", root / "places.xlsx")
    return root


@pytest.mark.parametrize("typed, shown", [
    ("0207.3876.215", "0207 3876 215"), ("02073876215", "0207 3876 215"), ("0912-345-678", "0912 345 678"),
    ("0912345678", "0912 345 678"), ("+84 912345678", "+84 912 345 678"), ("1900123456", "1900 123 456"),
    ("18001234", "1800 1234"), ("113", "113"), ("0207 3876 215 máy lẻ 12", "0207 3876 215 máy lẻ 12")])
def test_standard_grouping(typed: str, shown: str) -> None:
    assert grouped(typed) == shown


def test_phones_typed_with_dots_are_held_grouped(root: Path) -> None:
    commune = load_project(root).places.communes[0]
    assert commune.office.phone == "0207 3876 215"
    assert commune.villages[0].head.phone == "0912 345 678"


def test_the_posters_print_the_grouping(root: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(root), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    text = pdf_text(tmp_path / "out" / "xa-thuong-lam" / "thon-na-tong.pdf")
    assert "0207 3876 215" in text and "0912 345 678" in text and "0207.3876" not in text


def test_the_script_reads_the_same_grouping(root: Path) -> None:
    from noticeboard.channels.announce.budget import commune_bulletins
    project = load_project(root)
    script = commune_bulletins(project, project.places.communes[0], dt.date(2026, 12, 4))[0][0]
    assert "số: không hai không bảy, ba tám bảy sáu, hai một năm." in script.text()
