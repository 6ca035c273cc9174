"""Dates in a catalogue workbook saved by LibreOffice (issue 15, item 8): a day number in a
plain cell is that date (with a warning), the documented text forms are read, and a form that
could be read another way is a warning showing the day understood."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from noticeboard.fields import read_date
from noticeboard.load.project import load_project_with_warnings

from .conftest import PLACES, write_project

FIXTURES = Path(__file__).parent / "fixtures" / "libreoffice"
CODES = ["1.001193", "1.000656", "2.000815", "2.000884", "1.004873"]


@pytest.fixture
def loaded(tmp_path: Path) -> tuple:
    root = write_project(tmp_path / "p", catalogue=None,
                         places=_PLACES)
    (root / "procedures").mkdir()
    shutil.copy(FIXTURES / "catalogue-dates.xlsx", root / "procedures" / "danh-muc.xlsx")
    return load_project_with_warnings(root)


_PLACES = PLACES.replace('posted: ["1.001193", "1.000656"]', 'posted: ["1.001193"]')


def test_a_day_number_in_a_plain_cell_is_that_date(loaded) -> None:
    assert loaded[0].procedures["1.001193"].effective_from == dt.date(2027, 1, 2)


def test_a_day_number_in_a_plain_cell_is_a_warning_showing_the_date(loaded) -> None:
    said = [str(w) for w in loaded[1] if w.cell == "'Thủ tục'!K2"]
    assert said == ["procedures/danh-muc.xlsx:'Thủ tục'!K2: Hiệu lực từ: the cell holds the number 46389, "
                    "not a date: read as the day it counts to, 02/01/2027 (warning)\n"
                    "    hint: format the cell as a date (Format Cells > Date), or type the date as 01/01/2027"]


def test_a_date_cell_gives_no_warning(loaded) -> None:
    assert loaded[0].procedures["1.000656"].effective_from == dt.date(2027, 1, 1)
    assert not [w for w in loaded[1] if w.cell == "'Thủ tục'!K3"]


@pytest.mark.parametrize("code", ["2.000815", "2.000884", "1.004873"])
def test_dotted_dashed_and_short_year_forms_are_read(loaded, code: str) -> None:
    assert loaded[0].procedures[code].effective_from == dt.date(2027, 1, 1)


def test_plain_day_month_year_forms_give_no_warning(loaded) -> None:
    assert not [w for w in loaded[1] if w.cell in ("'Thủ tục'!K4", "'Thủ tục'!K5")]


def test_a_two_digit_year_is_a_warning_showing_the_date_understood(loaded) -> None:
    said = [str(w) for w in loaded[1] if w.cell == "'Thủ tục'!K6"]
    assert said == ['procedures/danh-muc.xlsx:\'Thủ tục\'!K6: Hiệu lực từ: "01/01/27" is read as 01/01/2027 '
                    '(a two-digit year) (warning)\n    hint: write a date as "04/09/2026" (day/month/year)']


def test_day_first_always() -> None:
    assert read_date("04/12/2027") == (dt.date(2027, 12, 4), None)
    assert read_date("04/13/2027") == (None, None)


def test_a_yaml_date_with_a_two_digit_year_is_the_same_warning(tmp_path: Path) -> None:
    from .conftest import CATALOGUE
    catalogue = CATALOGUE.replace('    fee: "Miễn lệ phí"\n    documents: ["Tờ', '    fee: "Miễn lệ phí"\n'
                                  '    effective_from: "01.01.27"\n    documents: ["Tờ')
    project, warnings = load_project_with_warnings(write_project(tmp_path / "p", catalogue=catalogue))
    assert project.procedures["1.000656"].effective_from == dt.date(2027, 1, 1)
    assert [str(w).split(": ", 1)[1] for w in warnings if "two-digit" in str(w)] == [
        'procedures[1].effective_from: "01.01.27" is read as 01/01/2027 (a two-digit year) (warning)\n'
        '    hint: write a date as "04/09/2026" (day/month/year)']


def test_the_importer_reads_a_day_number_as_that_date_with_a_note() -> None:
    from noticeboard.importers import spreadsheet
    recs = {r.code: r for r in spreadsheet.read(FIXTURES / "catalogue-dates.xlsx")}
    assert recs["1.001193"].fields["effective_from"] == "2027-01-02"
    assert 'date cell "46389" holds a day number: read as 02/01/2027' in recs["1.001193"].notes
