"""Issue 19, sizes and messages: names longer than a board holds are refused by check naming
the field; thousands of warnings of one kind print a few lines and a count."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.load.project import load_project_with_warnings

from .conftest import PLACES, write_project
from .sheet_helpers import CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW, places_sheets, workbook


def _check(root: Path, *extra: str):
    return CliRunner().invoke(main, ["--lang", "en", "check", str(root), *extra])


def test_a_100000_character_village_name_is_refused_naming_the_field(tmp_path: Path) -> None:
    places = PLACES + f'      - name: "Thôn {"A" * 100_000}"\n'
    result = _check(write_project(tmp_path / "p", places))
    assert result.exit_code == 1
    assert "communes[0].villages[1].name: name is 100005 characters long: more than the 80 characters a board " \
           "can hold" in result.output
    assert "1.001193" not in result.output  # no layout error blaming the procedures


def test_a_long_name_in_a_workbook_is_named_by_its_column(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p")
    (root / "places.yaml").unlink()
    workbook(root / "places.xlsx", places_sheets([["Xã Thượng Lâm", "Thôn " + "B" * 90]]))
    result = _check(root)
    assert result.exit_code == 1
    assert "places.xlsx:Thôn!B2: Thôn: Thôn is 95 characters long: more than the 80" \
        in result.output


def _unknown_columns(tmp_path: Path, n: int) -> Path:
    root = write_project(tmp_path / "p", catalogue=None)
    extra = [f"Cột lạ {i}" for i in range(n)]
    workbook(root / "procedures/danh-muc.xlsx", {"Thủ tục": [CATALOGUE_HEADER + extra, KHAI_SINH_ROW, KHAI_TU_ROW]})
    return root


def test_many_warnings_of_one_kind_print_a_few_then_a_count(tmp_path: Path) -> None:
    result = _check(_unknown_columns(tmp_path, 40))
    assert result.exit_code == 0, result.output
    assert result.output.count("its header is unknown") == 3
    assert "… and 37 more warnings of the kinds above (3 of each kind shown; all of them: noticeboard check --all)" \
        in result.output


def test_check_all_prints_every_warning_and_the_library_keeps_them_all(tmp_path: Path) -> None:
    root = _unknown_columns(tmp_path, 40)
    result = _check(root, "--all")
    assert result.exit_code == 0 and result.output.count("its header is unknown") == 40 and "more warnings" not in result.output
    _, warnings = load_project_with_warnings(root)
    assert len([w for w in warnings if "its header is unknown" in w.message]) == 40  # the app's table has them all
