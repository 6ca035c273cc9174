"""A commune's real audited catalogue, kept exactly as published (tests/real_catalogue.py: ~300
rows, odd ones included), checks and builds with warnings: every village gets exactly the
procedures in force on the build date; only --strict refuses. The same workbook saved again by
LibreOffice (committed) behaves the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.load.project import load_project_with_warnings
from noticeboard.slug import slugify

from . import real_catalogue as real

DATE = f"{real.DAY:%d/%m/%Y}"


@pytest.fixture(scope="module", params=["openpyxl", "libreoffice"])
def project(request, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp(f"real-{request.param}")
    return real.write_project(root, real.LIBREOFFICE_COPY if request.param == "libreoffice" else None)


def test_the_catalogue_is_as_big_as_a_communes_audit(project: Path) -> None:
    assert len(real.rows()) >= 290
    loaded, _ = load_project_with_warnings(project)
    assert len(loaded.procedures) == len(real.rows()) - 3  # less the repeat, the bad date and the code-less row


def test_check_passes_with_a_warning_for_each_odd_row(project: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(project), "--date", DATE])
    assert result.exit_code == 0, result.output
    out = result.output
    assert f'"01/07/2025 01/07/2025" is not a date; no village posts {real.DATE_TWICE}: left out' in out
    assert 'required field "Mã TTHC" is missing; a row without a code is posted nowhere' in out
    assert f'exactly (code "{real.TWICE}"): read once' in out
    assert "in force from 23/09/2025 but no longer from 23/09/2025: it would never be in force" in out
    # where the clerk acts: the cell of the list that still posts it
    assert f"places.xlsx:Xã!G2: Thủ tục niêm yết: {real.ABOLISHED_POSTED} " in out and "no longer in force since 03/09/2026" in out
    assert f"places.xlsx:Thôn!G6: Niêm yết thêm: {real.SAME_DAY_POSTED} " in out and "is never in force" in out
    assert f"places.xlsx:Thôn!G5: Niêm yết thêm: {real.NOT_YET_POSTED} " in out and "in force only from 01/03/2027" in out
    assert out.rstrip().splitlines()[-1] == "0 errors, 9 warnings."


def test_strict_refuses(project: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(project), "--date", DATE, "--strict"])
    assert result.exit_code == 1 and "warnings (errors with --strict) found" in result.output


def test_every_village_gets_exactly_what_is_in_force(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(project), "-o", str(out), "-q", "--date", DATE])
    assert result.exit_code == 0, result.output
    files = {e["file"]: e for e in json.loads((out / "manifest.json").read_text("utf-8"))["files"]}
    in_force = real.in_force_codes()
    for village in real.VILLAGES:
        entry = files[f"{slugify(real.COMMUNE)}/{slugify(village)}.pdf"]
        assert entry["procedures"] == [c for c in real.posted_at(village) if c in in_force], village
    kiosk = tmp_path / "kiosk"
    assert CliRunner().invoke(main, ["kiosk", "build", str(project), "-o", str(kiosk), "--date", DATE]).exit_code == 0
    data = json.loads((kiosk / "data.js").read_text("ascii")[len("window.NOTICEBOARD = "):-2])
    assert {p["code"] for p in data["procedures"]} == in_force  # the kiosk lists the whole catalogue in force


def test_list_all_shows_the_rows_left_out(project: Path) -> None:
    result = CliRunner().invoke(main, ["list", str(project), "--all", "--date", DATE])
    assert result.exit_code == 0, result.output
    left = result.stdout.split("Left out of every output (2 rows with problems that no village posts):\n")[1]
    assert left.splitlines()[0] == (f"  {real.DATE_TWICE}  Thủ tục có ngày gõ hai lần  "
                                    "(procedures/danh-muc.xlsx:'Thủ tục'!B294)")
    assert f"  (no code)  {real.NO_CODE_NAME}  (procedures/danh-muc.xlsx:'Thủ tục'!B295)" in left
