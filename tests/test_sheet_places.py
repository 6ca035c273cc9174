"""places.xlsx read as places.yaml is: the same model, the same checks, problems at their cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from noticeboard.cli import main
from noticeboard.errors import DataError
from noticeboard.load.project import load_project, load_project_with_warnings

from .conftest import PLACES, write_project
from .sheet_helpers import COMMUNE_HEADER, COMMUNE_ROW, VILLAGE_HEADER, places_sheets, workbook


def sheet_project(root: Path, villages=None, communes=None, extra_sheets=None) -> Path:
    write_project(root)
    (root / "places.yaml").unlink()
    sheets = places_sheets(villages, communes)
    sheets.update(extra_sheets or {})
    workbook(root / "places.xlsx", sheets)
    return root


def problems_of(root: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_project(root)
    return [str(p) for p in info.value.problems]


@pytest.fixture(scope="module")
def excel_like(tmp_path_factory) -> Path:
    """What a clerk's workbook looks like: a title block, headers in another order and case,
    the commune merged down over its villages, codes Excel turned into numbers, empty rows."""
    root = tmp_path_factory.mktemp("excel") / "p"
    write_project(root, PLACES.replace("      - name: \"Thôn Nà Tông\"\n",
                                       '      - name: "Thôn Nà Tông"\n'
                                       '        head: {name: "Nông Văn Sinh", phone: "0912 000 201"}\n'
                                       '        not_posted: ["1.000656"]\n'
                                       '      - name: "Thôn Khuổi Củng"\n'))
    (root / "places.yaml").rename(root / "reference.yaml")
    commune = dict(zip(COMMUNE_HEADER, COMMUNE_ROW))
    commune["Thủ tục niêm yết"] = 1.001193  # a number cell: Excel dropped nothing here...
    workbook(root / "places.xlsx", {
        "Xã": [["DANH SÁCH XÃ"], [],
               ["STT", "THỦ TỤC NIÊM YẾT", "Xa", "Tinh", "Noi nop ho so", "Dia chi", "So dien thoai", "Gio lam viec"],
               [1, "1.001193;\n1,000656", commune["Xã"], commune["Tỉnh"], commune["Nơi nộp hồ sơ"],
                commune["Địa chỉ"], commune["Điện thoại"], commune["Giờ làm việc"]]],
        "Thôn": [["Thôn, bản của xã Thượng Lâm"],
                 ["Tên thôn, bản", "Xã, phường", "Họ tên trưởng thôn", "Điện thoại trưởng thôn", "Không niêm yết"],
                 ["Thôn Nà Tông", "Xã Thượng Lâm", "Nông Văn Sinh", "0912 000 201", 1.000656],
                 [None, None, None, None, None],
                 ["Thôn Khuổi Củng", None, None, None, None]],
    })
    wb = load_workbook(root / "places.xlsx")
    wb["Thôn"].merge_cells("B3:B5")  # the commune written once over its villages
    wb["Xã"].merge_cells("A1:H1")
    wb.save(root / "places.xlsx")
    (root / "~$places.xlsx").write_bytes(b"Excel's lock file: not a workbook")
    return root


def test_workbook_gives_the_model_yaml_gives(excel_like: Path, tmp_path: Path) -> None:
    from_sheet = load_project(excel_like)
    yaml_root = write_project(tmp_path / "y", (excel_like / "reference.yaml").read_text("utf-8"))
    assert from_sheet.places == load_project(yaml_root).places
    assert from_sheet.places.communes[0].posted == ("1.001193", "1.000656")


def test_places_file_named_in_settings(tmp_path: Path) -> None:
    root = sheet_project(tmp_path / "p")
    (root / "places.xlsx").rename(root / "noi-niem-yet.xlsx")
    (root / "noticeboard.yaml").write_text("places: noi-niem-yet.xlsx\n", encoding="utf-8")
    assert load_project(root).places.communes[0].villages[0].name == "Thôn Nà Tông"


def test_yaml_and_workbook_both_present_is_an_error(tmp_path: Path) -> None:
    root = sheet_project(tmp_path / "p")
    (root / "places.yaml").write_text(PLACES, encoding="utf-8")
    assert any("both places.yaml and places.xlsx exist" in p for p in problems_of(root))


CLERK_MISTAKES = {
    "code typo": ([["Xã Thượng Lâm", "Thôn Nà Tông", None, None, None, None, "1.00193"]],
                  'places.xlsx:Thôn!G2: Niêm yết thêm: unknown procedure code "1.00193" '
                  '(did you mean "1.001193"?)'),
    "village twice": ([["Xã Thượng Lâm", "Thôn Nà Tông"], ["Xã Thượng Lâm", "Thôn Nà Tông"]],
                      'places.xlsx:Thôn!B3: Thôn: village "Thôn Nà Tông" appears twice'),
    "name missing": ([["Xã Thượng Lâm", "Thôn Nà Tông"], ["Xã Thượng Lâm", None, None, "Hoàng Thị Hoa"]],
                     'places.xlsx:Thôn!B3: Thôn: required field "Thôn" is missing'),
    "phone with a letter": ([["Xã Thượng Lâm", "Thôn Nà Tông", None, "Nông Văn Sinh", "0912 OOO 201"]],
                            'places.xlsx:Thôn!E2: Điện thoại trưởng thôn: "0912 OOO 201" is not a '
                            'phone number people can call: "O" is not a digit'),
    "unknown commune": ([["Xã Thượng Lan", "Thôn Nà Tông"]],
                        'places.xlsx:Thôn!A2: commune "Xã Thượng Lan" is not in sheet Xã'),
}


@pytest.mark.parametrize("mistake", sorted(CLERK_MISTAKES))
def test_clerk_mistakes_fail_check_and_build_at_their_cell(tmp_path: Path, mistake: str) -> None:
    villages, expected = CLERK_MISTAKES[mistake]
    root = sheet_project(tmp_path / "p", villages)
    out = tmp_path / "out"
    for args in (["check", str(root)], ["build", str(root), "-o", str(out)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1, result.output
        assert expected in result.output
    assert not out.exists()  # nothing written


def test_missing_commune_office_cell_names_cell_and_column(tmp_path: Path) -> None:
    row = list(COMMUNE_ROW)
    row[4] = None
    found = problems_of(sheet_project(tmp_path / "p", communes=[row]))
    assert found == ['places.xlsx:Xã!E2: Điện thoại: required field "Điện thoại" is missing\n'
                     '    hint: fill in cell Xã!E2 (column "Điện thoại")']


def test_missing_column_is_one_error_naming_it(tmp_path: Path) -> None:
    root = sheet_project(tmp_path / "p")
    wb = load_workbook(root / "places.xlsx")
    wb["Xã"].delete_cols(6)  # Giờ làm việc
    wb.save(root / "places.xlsx")
    found = problems_of(root)
    assert len(found) == 1 and found[0].startswith('places.xlsx:Xã!A1: column "Giờ làm việc" is missing from sheet Xã')


def test_misspelt_head_header_is_one_error_not_one_per_village(tmp_path: Path) -> None:
    header = [h if h != "Trưởng thôn" else "Trưởng thôm" for h in VILLAGE_HEADER]
    rows = [["Xã Thượng Lâm", f"Thôn {n}", None, "Nông Văn Sinh", "0912 000 201"] for n in ("Nà Tông", "Bó Củng")]
    root = sheet_project(tmp_path / "p")
    workbook(root / "places.xlsx", {"Xã": [COMMUNE_HEADER, COMMUNE_ROW], "Thôn": [header] + rows})
    with pytest.raises(DataError) as info:
        load_project(root)
    errors = [str(p) for p in info.value.problems if not p.warning]
    warnings = [str(p) for p in info.value.problems if p.warning]
    assert len(errors) == 1 and errors[0].startswith('places.xlsx:Thôn!A1: column "Trưởng thôn" is missing from sheet Thôn')
    assert len(warnings) == 1 and 'did you mean "Trưởng thôn"' in warnings[0]


def test_head_phone_without_name_names_the_empty_cell(tmp_path: Path) -> None:
    found = problems_of(sheet_project(tmp_path / "p", [["Xã Thượng Lâm", "Thôn Nà Tông", None, None, "0912 000 201"]]))
    assert found == ['places.xlsx:Thôn!D2: Trưởng thôn: required field "Trưởng thôn" is missing\n'
                     '    hint: fill in cell Thôn!D2 (column "Trưởng thôn")']


def test_unknown_header_is_a_warning_naming_it(tmp_path: Path) -> None:
    villages = [VILLAGE_HEADER + ["Ghi chu thon"], ["Xã Thượng Lâm", "Thôn Nà Tông"] + [None] * 6 + ["gần chợ"]]
    root = sheet_project(tmp_path / "p")
    workbook(root / "places.xlsx", {"Xã": [COMMUNE_HEADER, COMMUNE_ROW], "Thôn": villages,
                                    "Hướng dẫn": [["Điền mỗi thôn một dòng"]]})
    _, warnings = load_project_with_warnings(root)
    shown = [str(w) for w in warnings]
    assert any(s.startswith('places.xlsx:Thôn!I1: column "Ghi chu thon" is not read') for s in shown)
    assert any("sheet Hướng dẫn is not read" in s for s in shown)


def test_phone_excel_stored_as_a_number_gets_its_zero_back(tmp_path: Path) -> None:
    root = sheet_project(tmp_path / "p", [["Xã Thượng Lâm", "Thôn Nà Tông", None, "Ông Sinh", 912000201]])
    project, warnings = load_project_with_warnings(root)
    assert project.places.communes[0].villages[0].head.phone == "0912 000 201"  # and grouped
    assert any("Thôn!E2" in str(w) and "0912000201" in str(w) for w in warnings)


def test_sheet_missing_is_named(tmp_path: Path) -> None:
    root = sheet_project(tmp_path / "p")
    workbook(root / "places.xlsx", {"Xã": [COMMUNE_HEADER, COMMUNE_ROW], "Sheet2": [["x"]]})
    assert any("no sheet Thôn (its sheets: Xã, Sheet2)" in p for p in problems_of(root))


def test_damaged_workbook_is_a_clear_error(tmp_path: Path) -> None:
    root = sheet_project(tmp_path / "p")
    (root / "places.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    found = problems_of(root)
    assert len(found) == 1 and found[0].startswith("places.xlsx: cannot read this Excel workbook")


def test_the_clerk_reads_the_cell_problem_in_vietnamese(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NOTICEBOARD_LANG", "vi")
    villages, _ = CLERK_MISTAKES["code typo"]
    result = CliRunner().invoke(main, ["check", str(sheet_project(tmp_path / "p", villages))])
    assert result.exit_code == 1
    assert ('places.xlsx:Thôn!G2: Niêm yết thêm: mã thủ tục "1.00193" không có trong danh mục'
            in result.output)


def test_a_language_typed_as_its_name_is_its_tag_and_a_bad_one_says_what_a_language_is(tmp_path: Path) -> None:
    """'Tày' in column Ngôn ngữ was refused as "not a procedure code", with a code's hint."""
    root = sheet_project(tmp_path / "ok", villages=[["Xã Thượng Lâm", "Thôn Nà Tông", None, None, None, "Tày, Mông"]])
    project, warnings = load_project_with_warnings(root)
    assert project.places.communes[0].villages[0].languages == ("tay", "mong")
    # no translation in a workbook catalogue's project: the hint says what the workbook cannot hold
    said = " ".join(str(w) for w in warnings)
    assert 'no procedure has a "tay" translation' in said and "in a YAML catalogue file" in said  # its catalogue is YAML
    bad = sheet_project(tmp_path / "bad", villages=[["Xã Thượng Lâm", "Thôn Nà Tông", None, None, None, "Tày 2"]])
    found = problems_of(bad)
    assert any("places.xlsx:Thôn!F2" in p and '"2" is not a language tag' in p for p in found), found
    assert not any("procedure code" in p for p in found), found
    # a workbook catalogue has no translation columns: the hint says so, not "add translations:"
    from .sheet_helpers import CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW

    (root / "procedures" / "catalogue.yaml").unlink()
    workbook(root / "procedures" / "danh-muc.xlsx", {"Thủ tục": [CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW]})
    _, warnings = load_project_with_warnings(root)
    said = " ".join(str(w) for w in warnings)
    assert "a workbook catalogue has no columns for translations, so no tay translation can be printed" in said
