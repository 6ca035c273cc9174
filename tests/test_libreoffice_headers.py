"""The Thôn sheet's headers as a clerk leaves them in a workbook LibreOffice saved (issue 15,
item 8): an emptied or missing header is an error naming the sheet and the column expected,
never a village or a posted procedure dropped in silence. Fixtures: tests/fixtures/libreoffice."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noticeboard.errors import DataError
from noticeboard.load.project import load_project

from .conftest import write_project

FIXTURES = Path(__file__).parent / "fixtures" / "libreoffice"


def project_with(root: Path, places: str) -> Path:
    write_project(root)
    (root / "places.yaml").unlink()
    shutil.copy(FIXTURES / f"places-{places}.xlsx", root / "places.xlsx")
    return root


def problems_of(root: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_project(root)
    return [str(p) for p in info.value.problems if not p.warning]


def test_the_clean_libreoffice_workbook_loads(tmp_path: Path) -> None:
    villages = load_project(project_with(tmp_path / "p", "clean")).places.communes[0].villages
    assert [v.name for v in villages] == ["Thôn Nà Tông", "Thôn Khuổi Củng"]


def test_emptied_niem_yet_them_header_is_an_error_naming_the_column(tmp_path: Path) -> None:
    assert problems_of(project_with(tmp_path / "p", "niem-yet-them-emptied")) == [
        'places.xlsx:Thôn!G1: the header of column G of sheet Thôn is empty, but the column holds data '
        '(Thôn!G2: "1.000656"): it would not be read\n'
        '    hint: write "Niêm yết thêm" in this cell (the column expected here)']


def test_emptied_thon_header_does_not_take_row_2_as_the_header(tmp_path: Path) -> None:
    found = problems_of(project_with(tmp_path / "p", "thon-emptied"))
    assert found == ['places.xlsx:Thôn!B1: the header of column B of sheet Thôn is empty, but the column holds '
                     'data (Thôn!B2: "Thôn Nà Tông"): it would not be read\n'
                     '    hint: write "Thôn" in this cell (the column expected here)']


def test_emptied_thon_header_names_no_person_as_an_unknown_column(tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        load_project(project_with(tmp_path / "p", "thon-emptied"))
    assert not any("Nông Văn Sinh" in str(p) or "0912" in str(p) for p in info.value.problems)


def test_a_deleted_header_row_is_a_data_row_taken_as_the_header(tmp_path: Path) -> None:
    found = problems_of(project_with(tmp_path / "p", "header-deleted"))
    assert len(found) == 1
    assert found[0].startswith('places.xlsx:Thôn!B1: row 1 of sheet Thôn is read as the header row, but '
                               '"Thôn Nà Tông" is a value, not the header "Thôn"')
    assert "Xã | Thôn | Nhà văn hóa" in found[0]


def test_a_deleted_thon_column_is_an_error_naming_the_sheet_and_column(tmp_path: Path) -> None:
    assert problems_of(project_with(tmp_path / "p", "thon-column-deleted")) == [
        'places.xlsx:Thôn!A1: column "Thôn" is missing from sheet Thôn\n'
        '    hint: add a column with the header "Thôn" to the header row']


def test_a_blank_header_over_notes_in_a_catalogue_is_a_warning(tmp_path: Path) -> None:
    from noticeboard.load.project import load_project_with_warnings

    from .sheet_helpers import CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW
    from .test_sheet_catalogue import catalogue_project
    root = catalogue_project(tmp_path / "p", [KHAI_SINH_ROW + ["ghi chú của tỉnh"], KHAI_TU_ROW],
                             header=CATALOGUE_HEADER + [None])
    project, warnings = load_project_with_warnings(root)
    assert "1.001193" in project.procedures
    assert [w.cell for w in warnings if "is empty, but the column holds data" in w.message] == ["'Thủ tục'!O1"]


def test_a_blank_header_over_the_codes_of_a_catalogue_is_an_error(tmp_path: Path) -> None:
    from .sheet_helpers import CATALOGUE_HEADER
    from .test_sheet_catalogue import catalogue_project
    header = [None if h == "Mã thủ tục" else h for h in CATALOGUE_HEADER]
    found = problems_of(catalogue_project(tmp_path / "p", header=header))
    assert found == ["procedures/danh-muc.xlsx:'Thủ tục'!B1: the header of column B of sheet Thủ tục is empty, "
                     'but the column holds data (\'Thủ tục\'!B2: "1.001193"): it would not be read\n'
                     '    hint: write "Mã thủ tục" in this cell (the column expected here)']
