"""What a clerk met in the acceptance trial (workbooks saved by LibreOffice, then check, build,
list), one test per behaviour. Fixtures: tests/fixtures/libreoffice (made by make.py there)."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from noticeboard.cli import main

from .conftest import write_project

FIXTURES = Path(__file__).parent / "fixtures" / "libreoffice"


def workbook_project(root: Path, places: str) -> Path:
    write_project(root)
    (root / "places.yaml").unlink()
    shutil.copy(FIXTURES / f"places-{places}.xlsx", root / "places.xlsx")
    return root


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


# 1. A code in a "do not post" list that matches nothing posts nothing wrong.

TYPO = ('places.xlsx:Thôn!H2: Không niêm yết: unknown procedure code "1.00656": it leaves nothing off '
        'the board of Thôn Nà Tông (warning)\n'
        '    hint: did you mean "1.000656"? Write that code to leave its procedure off the board of '
        'Thôn Nà Tông, or delete this one')


def test_a_typo_in_khong_niem_yet_does_not_block_the_build(tmp_path: Path) -> None:
    root = workbook_project(tmp_path / "p", "not-posted-typo")
    code, output = run("build", str(root), "-o", str(tmp_path / "out"))
    assert code == 0, output
    assert (tmp_path / "out" / "xa-thuong-lam" / "thon-na-tong.pdf").exists()


def test_a_typo_in_khong_niem_yet_is_one_warning_at_its_cell_with_the_closest_code(tmp_path: Path) -> None:
    code, output = run("check", str(workbook_project(tmp_path / "p", "not-posted-typo")))
    assert code == 0
    assert output.count("Thôn!H2") == 1  # one message for the cell, not an error and a warning
    assert TYPO in output


def test_a_typo_in_khong_niem_yet_is_an_error_under_strict(tmp_path: Path) -> None:
    code, output = run("check", "--strict", str(workbook_project(tmp_path / "p", "not-posted-typo")))
    assert code == 1
    assert TYPO in output
