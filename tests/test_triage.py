"""A problem blocks only what it would make wrong (docs/formats.md "Errors"): each case of the
line between an error and a warning, for YAML and workbook catalogues."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.errors import DataError
from noticeboard.channels.kiosk.build import kiosk_data
from noticeboard.load.project import load_project, load_project_with_warnings

from .conftest import CATALOGUE, PLACES, write_project
from .sheet_helpers import CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW, workbook

# 1.000894 is in the catalogue but posted nowhere (PLACES posts 1.001193 and 1.000656).
KET_HON = """\
  - code: "1.000894"
    name: "Đăng ký kết hôn"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí"
"""
BAD_DATE = KET_HON + '    effective_until: "31/02/2026"\n'


def _errors(root: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_project(root)
    return [str(p) for p in info.value.problems if not p.warning]


def test_a_bad_field_in_a_row_no_village_posts_is_a_warning_and_the_row_is_left_out(tmp_path: Path) -> None:
    project, warnings = load_project_with_warnings(write_project(tmp_path / "p", catalogue=CATALOGUE + BAD_DATE))
    assert [str(w).split("\n")[0] for w in warnings] == [
        'procedures/catalogue.yaml:27:22: procedures[2].effective_until: "31/02/2026" is not a date; '
        "no village posts 1.000894: left out of every output (list --all shows it) (warning)"]
    assert "1.000894" not in project.procedures
    [row] = project.left_out
    assert (row.code, row.name, str(row.source)) == ("1.000894", "Đăng ký kết hôn", "procedures/catalogue.yaml:21:5")
    assert row.reasons == ('procedures/catalogue.yaml:27:22: procedures[2].effective_until: "31/02/2026" is not a date',)
    assert [p["code"] for p in kiosk_data(project, day=dt.date(2026, 12, 4))["procedures"]] == ["1.001193", "1.000656"]


def test_the_same_bad_field_in_a_posted_row_is_an_error(tmp_path: Path) -> None:
    places = PLACES + '        posted: ["1.000894"]\n'
    assert [e.split("\n")[0] for e in _errors(write_project(tmp_path / "p", places, CATALOGUE + BAD_DATE))] == [
        'procedures/catalogue.yaml:27:22: procedures[2].effective_until: "31/02/2026" is not a date']


def test_check_knows_the_rows_left_out_when_another_row_has_an_error(tmp_path: Path) -> None:
    from noticeboard.api import check

    broken = CATALOGUE.replace('code: "1.000656"', 'code: "1.000656"\n    effective_from: "30/02/2026"')
    checked = check(write_project(tmp_path / "p", catalogue=broken + BAD_DATE))
    assert checked.project is None and checked.errors
    assert [row.code for row in checked.left_out] == ["1.000894"]  # as Project.left_out would hold


def test_a_row_the_commune_lists_but_every_village_removes_is_not_posted(tmp_path: Path) -> None:
    places = PLACES.replace('posted: ["1.001193", "1.000656"]', 'posted: ["1.001193", "1.000656", "1.000894"]')
    places += '        not_posted: ["1.000894"]\n'
    project, warnings = load_project_with_warnings(write_project(tmp_path / "p", places, CATALOGUE + BAD_DATE))
    assert [w.warning for w in warnings] == [True] and [r.code for r in project.left_out] == ["1.000894"]
    commune = project.places.communes[0]  # struck from the lists: nothing downstream meets it
    assert "1.000894" not in commune.posted and "1.000894" not in commune.villages[0].not_posted


def test_a_row_with_no_code_at_all_is_a_warning(tmp_path: Path) -> None:
    catalogue = CATALOGUE + '  - name: "Không có mã"\n    field: "Hộ tịch"\n  - "một dòng chữ"\n'
    project, warnings = load_project_with_warnings(write_project(tmp_path / "p", catalogue=catalogue))
    assert all(w.warning for w in warnings) and len(warnings) == 5  # code, agency, time, fee; the text
    assert "a row without a code is posted nowhere: left out of every output" in str(warnings[0])
    assert "left out" not in str(warnings[1])  # said once per row
    assert [(r.code, r.name) for r in project.left_out] == [(None, "Không có mã"), (None, None)]
    assert set(project.procedures) == {"1.001193", "1.000656"}


def test_a_mistyped_code_a_village_means_stays_an_error(tmp_path: Path) -> None:
    """The row's code is malformed and the village posts it as meant: the row's own error
    blocks (and no second "unknown code" message for the same mistake)."""
    catalogue = CATALOGUE.replace('code: "1.000656"', 'code: "1.00656"')
    found = _errors(write_project(tmp_path / "p", catalogue=catalogue))
    assert [f.split("\n")[0] for f in found] == [
        'procedures/catalogue.yaml:14:11: procedures[1].code: "1.00656" is not a procedure code']


def test_identical_rows_merge_with_a_warning_naming_both(tmp_path: Path) -> None:
    repeat = CATALOGUE.split("procedures:\n", 1)[1].split('  - code: "1.000656"')[0]  # khai sinh again
    project, warnings = load_project_with_warnings(write_project(tmp_path / "p", catalogue=CATALOGUE + repeat))
    assert [str(w).split("\n")[0] for w in warnings] == [
        'procedures/catalogue.yaml:21:11: procedures[2].code: this row repeats the row at '
        'procedures/catalogue.yaml:2:5 exactly (code "1.001193"): read once (warning)']
    assert list(project.procedures) == ["1.001193", "1.000656"] and project.left_out == ()


def test_rows_of_one_code_that_differ_are_an_error_even_unposted(tmp_path: Path) -> None:
    other = KET_HON.replace("Miễn lệ phí", "10.000 đồng")
    found = _errors(write_project(tmp_path / "p", catalogue=CATALOGUE + KET_HON + other))
    assert found == ['procedures/catalogue.yaml:27:11: procedures[3].code: procedure code "1.000894" is used twice\n'
                     "    hint: it is first used at procedures/catalogue.yaml:21:5"]


def test_a_row_never_in_force_and_unposted_is_a_warning_at_its_dates(tmp_path: Path) -> None:
    same_day = KET_HON + "    effective_from: 23/09/2025\n    effective_until: 23/09/2025\n"
    root = write_project(tmp_path / "p", catalogue=CATALOGUE + same_day)
    project, warnings = load_project_with_warnings(root)
    assert [str(w).split("\n")[0] for w in warnings] == [
        "procedures/catalogue.yaml:28:22: procedures[2].effective_until: in force from 23/09/2025 but no longer "
        "from 23/09/2025: it would never be in force, so it is left out (warning)"]
    listed = CliRunner().invoke(main, ["list", str(root), "--date", "04/12/2026"])
    assert "never in force (from 23/09/2025, no longer from 23/09/2025)" in listed.output


def test_check_counts_warnings_and_strict_refuses(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p", catalogue=CATALOGUE + BAD_DATE)
    runner = CliRunner()
    ok = runner.invoke(main, ["check", str(root), "--date", "04/12/2026"])
    assert ok.exit_code == 0, ok.output
    assert ok.output.rstrip().splitlines()[-1] == "0 errors, 1 warning."
    assert "Set aside: 0 never in force, 1 rows with problems that no village posts" in ok.output
    strict = runner.invoke(main, ["check", str(root), "--strict"])
    assert strict.exit_code == 1 and "Error: 1 warning (errors with --strict) found." in strict.output


def test_check_says_the_sheets_to_take_down_first_as_the_app_does(tmp_path: Path) -> None:
    # 1.000656 is posted but abolished; the load's warning of the row no village posts is found
    # before it (take-downs are found once what is posted is known), and is said after it
    abolished = CATALOGUE.replace('"Giấy báo tử"]', '"Giấy báo tử"]\n    effective_until: "01/01/2020"')
    out = CliRunner().invoke(main, ["check", str(write_project(tmp_path / "p", catalogue=abolished + BAD_DATE))])
    assert out.exit_code == 0, out.output
    said = [line for line in out.output.splitlines() if line.endswith("(warning)")]
    assert len(said) == 2 and "1.000656" in said[0] and "no longer in force" in said[0], out.output
    assert "is not a date" in said[1]


def test_build_writes_without_the_row_and_list_all_shows_it(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p", catalogue=CATALOGUE + BAD_DATE)
    runner = CliRunner()
    built = runner.invoke(main, ["build", str(root), "-o", str(tmp_path / "out"), "-q", "--date", "04/12/2026"])
    assert built.exit_code == 0, built.output
    files = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))["files"]
    assert all("1.000894" not in f.get("procedures", []) for f in files)
    short = runner.invoke(main, ["list", str(root)])
    assert "1.000894" not in short.stdout.split("\n\n")[0]  # not in the table
    assert "1 catalogue rows with problems that no village posts are left out: list --all shows them." in short.output
    full = runner.invoke(main, ["list", str(root), "--all"])
    assert ("  1.000894  Đăng ký kết hôn  (procedures/catalogue.yaml:21:5)\n"
            '      procedures/catalogue.yaml:27:22: procedures[2].effective_until: "31/02/2026" is not a date') in full.output


def test_workbook_rows_are_sorted_out_the_same_way(tmp_path: Path) -> None:
    """A bad cell in a row no village posts: a warning at its cell; in a posted row: an error."""
    bad = [3, "1.000894", "Đăng ký kết hôn", "Hộ tịch", "UBND xã", "1 ngày làm việc", "Miễn lệ phí",
           None, None, None, None, "31/02/2026", None, None]
    write_project(tmp_path / "p", catalogue=None)
    workbook(tmp_path / "p" / "procedures" / "danh-muc.xlsx",
             {"Thủ tục": [CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW, bad]})
    project, warnings = load_project_with_warnings(tmp_path / "p")
    assert str(warnings[0]).startswith("procedures/danh-muc.xlsx:'Thủ tục'!L4: ")
    assert [r.code for r in project.left_out] == ["1.000894"]
    (tmp_path / "p" / "places.yaml").write_text(PLACES + '        posted: ["1.000894"]\n', "utf-8")
    assert [e.split(": ")[0] for e in _errors(tmp_path / "p")] == ["procedures/danh-muc.xlsx:'Thủ tục'!L4"]


def test_a_posted_row_never_in_force_is_listed_to_take_down_like_an_abolished_one(tmp_path: Path) -> None:
    places = PLACES + '        posted: ["1.000894"]\n'
    root = write_project(tmp_path / "p", places, CATALOGUE + KET_HON)
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(root), "-o", str(out), "-q", "-j", "1", "--date", "01/12/2026"]).exit_code == 0
    same_day = KET_HON + "    effective_from: 23/09/2025\n    effective_until: 23/09/2025\n"
    write_project(root, places, CATALOGUE + same_day)
    again = runner.invoke(main, ["build", str(root), "-o", str(out), "-q", "-j", "1", "--date", "04/12/2026"])
    assert again.exit_code == 0, again.output
    assert "places.yaml:12:18: communes[0].villages[0].posted[0]: 1.000894" in again.output and "is never in force" in again.output
    report = json.loads((out / "xa-thuong-lam" / "thay-doi.json").read_text("utf-8"))
    assert report["villages"][0]["remove"] == [{"code": "1.000894", "name": "Đăng ký kết hôn",
                                                "reason": "not_in_force", "updated": "2026-12-01"}]
