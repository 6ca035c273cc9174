"""Messages for workbook users name the column as the clerk sees it, never a YAML path
(issue 15, item 8); YAML files keep their paths."""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import CATALOGUE, PLACES, write_project
from .sheet_helpers import KHAI_SINH_ROW, KHAI_TU_ROW
from .test_sheet_catalogue import catalogue_project, problems_of

FIXTURES = Path(__file__).parent / "fixtures" / "libreoffice"
UNTIL = 11  # column L, "Hết hiệu lực từ"


def test_a_bad_date_in_a_workbook_names_its_column_not_its_yaml_path(tmp_path: Path) -> None:
    row = list(KHAI_TU_ROW)
    row[UNTIL] = "31/02/2027"
    assert problems_of(catalogue_project(tmp_path / "p", [KHAI_SINH_ROW, row])) == [
        "procedures/danh-muc.xlsx:'Thủ tục'!L3: Hết hiệu lực từ: \"31/02/2027\" is not a date\n"
        '    hint: write a date as "04/09/2026" (day/month/year)']


def test_reversed_dates_in_a_workbook_name_the_column_in_the_hint_too(tmp_path: Path) -> None:
    row = list(KHAI_TU_ROW)
    row[UNTIL - 1], row[UNTIL] = "01/03/2027", "01/01/2027"
    from noticeboard.load.project import load_project_with_warnings  # never in force: a warning
    places = PLACES.replace('posted: ["1.001193", "1.000656"]', 'posted: ["1.001193"]')  # said at the row
    _, warnings = load_project_with_warnings(catalogue_project(tmp_path / "p", [KHAI_SINH_ROW, row], places=places))
    found = "\n".join(str(w) for w in warnings)
    assert "'Thủ tục'!L3: Hết hiệu lực từ: in force from 01/03/2027" in found
    assert "hint: Hết hiệu lực từ is the first day" in found
    assert "procedures[" not in found and "effective_until" not in found


def test_a_misspelt_code_is_quoted_as_typed_in_libreoffice_with_the_suggestion(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p", catalogue=CATALOGUE.replace("1.000656", "2.000884"))
    (root / "places.yaml").unlink()
    shutil.copy(FIXTURES / "places-code-as-number.xlsx", root / "places.xlsx")
    assert problems_of(root) == [
        'places.xlsx:Thôn!G2: Niêm yết thêm: unknown procedure code "2.00884" (did you mean "2.000884"?)\n'
        "    hint: Thôn Nà Tông posts it: fix the code, or add the procedure to the catalogue"]


def test_yaml_files_keep_their_paths(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace('    fee: "Miễn lệ phí"\n    documents: ["Tờ',
                                  '    fee: "Miễn lệ phí"\n    effective_until: "31/02/2027"\n    documents: ["Tờ')
    assert problems_of(write_project(tmp_path / "p", catalogue=catalogue))[0].startswith(
        'procedures/catalogue.yaml:20:22: procedures[1].effective_until: "31/02/2027" is not a date')
