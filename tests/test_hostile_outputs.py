"""Issue 19, what the tool writes: data stays data (no live formula), inputs are never
overwritten. Each test reproduces the attack first reported."""

from __future__ import annotations

import csv
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from noticeboard.cli import main

from .conftest import CATALOGUE, write_project

EVIL_NAME = '=HYPERLINK("http://evil.com","Bấm vào đây")'


def _evil_project(tmp_path: Path) -> Path:
    catalogue = CATALOGUE.replace('"Đăng ký khai sinh"', f"'{EVIL_NAME}'").replace(
        'field: "Hộ tịch"', 'field: "=1+1"', 1).replace('"Đăng ký khai tử"', '"@SUM(1+1)"')
    return write_project(tmp_path / "p", catalogue=catalogue)


def _list(*args: str):
    return CliRunner().invoke(main, ["--lang", "en", "list", *args])


def test_list_xlsx_stores_a_formula_like_name_as_a_string_cell(tmp_path: Path) -> None:
    out = tmp_path / "list.xlsx"
    assert _list(str(_evil_project(tmp_path)), "--xlsx", str(out)).exit_code == 0
    sheet = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet  # no formula element anywhere
    ws = load_workbook(out).active
    names = {ws.cell(r, 2).value: ws.cell(r, 2).data_type for r in range(2, ws.max_row + 1)}
    assert names[EVIL_NAME] == "s" and ws.cell(2, 3).value == "=1+1"


def test_list_csv_escapes_formula_starts_as_owasp_advises(tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    assert _list(str(_evil_project(tmp_path)), "--csv", str(out)).exit_code == 0
    raw = out.read_text("utf-8-sig")
    rows = list(csv.reader(raw.splitlines()))
    cells = {c for r in rows for c in r}
    assert "'" + EVIL_NAME in cells and "'=1+1" in cells and "'@SUM(1+1)" in cells
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert all(line.startswith('"') for line in raw.splitlines())  # every cell quoted


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_computes_nothing_from_the_written_workbook(tmp_path: Path) -> None:
    out = tmp_path / "list.xlsx"
    assert _list(str(_evil_project(tmp_path)), "--xlsx", str(out)).exit_code == 0
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "lo-out"), str(out)],
                   check=True, capture_output=True, timeout=180)
    shown = (tmp_path / "lo-out" / "list.csv").read_text("utf-8")
    # LibreOffice shows the texts as typed: a formula would show "Bấm vào đây" and 2
    assert EVIL_NAME.replace('"', '""') in shown and ",=1+1," in shown


def test_list_xlsx_refuses_to_overwrite_the_places_workbook(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p")
    before = (root / "places.yaml").read_bytes()
    result = _list(str(root), "--xlsx", str(root / "places.yaml"))
    assert result.exit_code == 1 and "is one of the project's own files" in result.output
    assert (root / "places.yaml").read_bytes() == before


def test_list_xlsx_refuses_a_catalogue_file_named_another_way(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p")
    before = (root / "procedures/catalogue.yaml").read_bytes()
    result = _list(str(root), "--csv", str(root / "procedures" / ".." / "procedures" / "catalogue.yaml"))
    assert result.exit_code == 1 and "catalogue.yaml is one of the project's own files" in result.output
    assert (root / "procedures/catalogue.yaml").read_bytes() == before
