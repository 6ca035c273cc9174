"""Catalogue workbooks and CSV files read as catalogue YAML is: one procedure per row."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from noticeboard.cli import main
from noticeboard.errors import DataError
from noticeboard.load.project import load_project, load_project_with_warnings

from .conftest import CATALOGUE, KHAI_SINH, PLACES, write_project
from .sheet_helpers import CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW, synthetic_rows, workbook


def catalogue_project(root: Path, rows: list[list] | None = None, header: list | None = None,
                      above: list[list] | None = None, places: str = PLACES) -> Path:
    write_project(root, places, catalogue=None)
    workbook(root / "procedures" / "danh-muc.xlsx",
             {"Thủ tục": (above or []) + [header or CATALOGUE_HEADER] + (rows or [KHAI_SINH_ROW, KHAI_TU_ROW])})
    return root


def problems_of(root: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_project(root)
    return [str(p) for p in info.value.problems]


def test_workbook_gives_the_procedures_yaml_gives(tmp_path: Path) -> None:
    from_sheet = load_project(catalogue_project(tmp_path / "x", above=[["DANH MỤC TTHC CẤP XÃ"], []]))
    from_yaml = load_project(write_project(tmp_path / "y"))
    assert from_sheet.procedures == from_yaml.procedures
    assert str(from_sheet.procedures["1.000656"].source) == "procedures/danh-muc.xlsx:'Thủ tục'!B5"


def test_excel_numbers_dates_merged_fields_and_sections(tmp_path: Path) -> None:
    rows = [["I. Lĩnh vực Hộ tịch"] * len(CATALOGUE_HEADER),
            [1, 1.00119, "Đăng ký khai sinh", None, "UBND xã", 1, "Miễn lệ phí", "Tờ khai", None, None,
             dt.datetime(2026, 9, 4), "01/03/2027", None, None],
            [2, 1.001193, "Đăng ký lại khai sinh", "Hộ tịch", "UBND xã", "5 ngày làm việc", "Miễn",
             None, KHAI_SINH.rsplit("/", 1)[1], "toàn trình", "2026-01-02", None, None, None]]
    root = catalogue_project(tmp_path / "p", rows, places=PLACES.replace('"1.001193", "1.000656"', '"1.001193"'),
                             header=[h.upper() if i % 2 else h for i, h in enumerate(CATALOGUE_HEADER)])
    # The clerk's column: "Thời hạn giải quyết (ngày làm việc)" gives the unit of bare numbers.
    wb = load_workbook(root / "procedures/danh-muc.xlsx")
    wb["Thủ tục"]["F1"] = "Thời hạn giải quyết (ngày làm việc)"
    wb["Thủ tục"].merge_cells("A2:N2")
    wb.save(root / "procedures/danh-muc.xlsx")
    project, _ = load_project_with_warnings(root)
    a, b = project.procedures["1.001190"], project.procedures["1.001193"]
    assert a.field == "Hộ tịch" and a.time == "1 ngày làm việc"  # field from the section row
    assert (a.effective_from, a.effective_until) == (dt.date(2026, 9, 4), dt.date(2027, 3, 1))
    assert b.online.url == KHAI_SINH and b.online.scope == "full"  # an id alone in Đường dẫn


def test_two_fee_columns_are_both_kept(tmp_path: Path) -> None:
    header = CATALOGUE_HEADER[:6] + ["Phí", "Lệ phí"] + CATALOGUE_HEADER[7:]
    row = KHAI_SINH_ROW[:6] + ["Không", "Miễn lệ phí"] + KHAI_SINH_ROW[7:]
    root = catalogue_project(tmp_path / "p", [row, KHAI_TU_ROW[:7] + [None] + KHAI_TU_ROW[7:]], header)
    procs = load_project(root).procedures
    assert procs["1.001193"].fee == "Phí: Không; Lệ phí: Miễn lệ phí"
    assert procs["1.000656"].fee == "Miễn lệ phí"


def test_bad_code_in_the_catalogue_fails_check_and_build(tmp_path: Path) -> None:
    root = catalogue_project(tmp_path / "p", [KHAI_SINH_ROW, [2, "1.0006S6"] + KHAI_TU_ROW[2:]])
    out = tmp_path / "out"
    for args in (["check", str(root)], ["build", str(root), "-o", str(out)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1
        assert "procedures/danh-muc.xlsx:'Thủ tục'!B3: Mã thủ tục: \"1.0006S6\" is not a procedure code" in result.output
    assert not out.exists()


def test_name_missing_names_the_cell_and_column(tmp_path: Path) -> None:
    root = catalogue_project(tmp_path / "p", [KHAI_SINH_ROW, KHAI_TU_ROW[:2] + [None] + KHAI_TU_ROW[3:]])
    assert problems_of(root) == [
        "procedures/danh-muc.xlsx:'Thủ tục'!C3: Tên thủ tục: required field \"Tên thủ tục\" is missing\n"
        "    hint: fill in cell 'Thủ tục'!C3 (column \"Tên thủ tục\")"]


def test_required_column_missing_is_one_error(tmp_path: Path) -> None:
    keep = [i for i, h in enumerate(CATALOGUE_HEADER) if h != "Cơ quan thực hiện"]
    root = catalogue_project(tmp_path / "p", [[r[i] for i in keep] for r in (KHAI_SINH_ROW, KHAI_TU_ROW)],
                             [CATALOGUE_HEADER[i] for i in keep])
    found = problems_of(root)
    assert len(found) == 1 and 'column "Cơ quan thực hiện" is missing from sheet Thủ tục' in found[0]


def test_bad_scope_names_the_choices(tmp_path: Path) -> None:
    row = KHAI_SINH_ROW[:9] + ["Mức 5"] + KHAI_SINH_ROW[10:]
    found = problems_of(catalogue_project(tmp_path / "p", [row, KHAI_TU_ROW]))
    assert any("'Thủ tục'!J2" in f and '"Mức 5" is not one of the values of column Mức độ: Toàn trình, Một phần' in f
               and 'hint: write one of "Toàn trình", "Một phần", or leave the cell empty' in f for f in found)


def _csv_text(rows: list[list]) -> str:
    import csv
    import io

    text = io.StringIO()
    csv.writer(text).writerows(rows)
    return text.getvalue()


def test_csv_utf8_with_bom_reads(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + _csv_text([CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW]).encode("utf-8")
    root = write_project(tmp_path / "p", catalogue=None, extra={"procedures/danh-muc.csv": data})
    assert load_project(root).procedures == load_project(write_project(tmp_path / "y")).procedures


@pytest.mark.parametrize("encoding", ["cp1258", "tcvn3", "utf-16"])
def test_csv_in_another_code_page_gets_the_same_advice(tmp_path: Path, encoding: str) -> None:
    import unicodedata

    from noticeboard.load.legacy import _TCVN3_IN, _TCVN3_OUT

    text = _csv_text([CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW])
    if encoding == "tcvn3":  # the old Vietnamese font encoding (ABC), as an old Excel saves it
        raw = text.translate(str.maketrans(_TCVN3_OUT, _TCVN3_IN)).encode("cp1252", errors="replace")
    elif encoding == "cp1258":  # Windows' Vietnamese code page writes tones as combining marks
        raw = unicodedata.normalize("NFD", text).encode("cp1258", errors="replace")
    else:
        raw = text.encode(encoding)
    root = write_project(tmp_path / "p", catalogue=None, extra={"procedures/danh-muc.csv": raw})
    found = problems_of(root)
    assert len(found) == 1 and found[0].startswith("procedures/danh-muc.csv:")
    assert "not UTF-8" in found[0]
    assert found[0].endswith('hint: open it in Excel and choose File > Save As, "CSV UTF-8 (Comma delimited)"; '
                             "or save it as an Excel Workbook (.xlsx)")


def test_csv_problem_names_the_cell(tmp_path: Path) -> None:
    text = _csv_text([CATALOGUE_HEADER, KHAI_SINH_ROW, [2, "1.00065"] + KHAI_TU_ROW[2:]])
    root = write_project(tmp_path / "p", catalogue=None, extra={"procedures/danh-muc.csv": text})
    assert any(f.startswith('procedures/danh-muc.csv:B3: Mã thủ tục: "1.00065" is not a procedure code')
               for f in problems_of(root))


def test_mixed_yaml_and_workbook_catalogue_and_lock_files(tmp_path: Path) -> None:
    root = catalogue_project(tmp_path / "p", [KHAI_SINH_ROW])
    (root / "procedures/khai-tu.yaml").write_text("procedures:\n" + CATALOGUE.split("  - code: \"1.000656\"")[0]
                                                  .replace("procedures:\n", "").replace("1.001193", "1.000656"),
                                                  encoding="utf-8")
    (root / "procedures/~$danh-muc.xlsx").write_bytes(b"lock")  # Excel has the workbook open
    assert set(load_project(root).procedures) == {"1.001193", "1.000656"}
    (root / "procedures/khai-tu.yaml").write_text(CATALOGUE.replace("Miễn lệ phí", "5.000 đồng", 1), encoding="utf-8")
    assert any('"1.001193" is used twice' in f for f in problems_of(root))  # two rows of one code that differ


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    """~300 procedures as a province annex lists them, posted in a places workbook."""
    from .sheet_helpers import COMMUNE_HEADER, COMMUNE_ROW, VILLAGE_HEADER

    root = tmp_path_factory.mktemp("big") / "p"
    rows = synthetic_rows(300)
    codes = [f"{r[1]:.6f}" if isinstance(r[1], float) else r[1] for r in rows]
    workbook(root / "procedures/danh-muc.xlsx", {"Thủ tục": [["DANH MỤC THỦ TỤC HÀNH CHÍNH"], [], CATALOGUE_HEADER] + rows})
    commune = list(COMMUNE_ROW)
    commune[-1] = "\n".join(codes[:12])
    workbook(root / "places.xlsx", {"Xã": [COMMUNE_HEADER, commune],
                                    "Thôn": [VILLAGE_HEADER] + [["Xã Thượng Lâm", f"Thôn {n}"] for n in
                                                                ("Nà Tông", "Khuổi Củng", "Nà Đông")]})
    return root


def test_300_row_catalogue_checks_builds_kiosk_and_lists(big: Path, tmp_path: Path) -> None:
    from noticeboard.verify.readback import verify_output

    day = ["--date", "02/12/2026"]
    check = CliRunner().invoke(main, ["check", str(big), *day])
    assert check.exit_code == 0, check.output
    assert "no longer in force" in check.output and "not yet in force" in check.output  # warned
    project = load_project_with_warnings(big)[0]
    assert len(project.procedures) == 300
    assert sum(1 for p in project.procedures.values() if p.online is None) == 75
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(big), "-o", str(out), "-q", "-j", "1", *day])
    assert result.exit_code == 0, result.output
    files = [f for f in json.loads((out / "manifest.json").read_text("utf-8"))["files"] if f.get("village")]
    posted = [r[1] for r in synthetic_rows(300)][:12]
    posted = [f"{c:.6f}" if isinstance(c, float) else c for c in posted]
    in_force = [c for i, c in enumerate(posted) if i not in (3, 7)]  # 3: abolished, 7: from 01/03/2027
    assert {f["village"] for f in files} == {"Thôn Nà Tông", "Thôn Khuổi Củng", "Thôn Nà Đông"}
    assert all(f["procedures"] == in_force for f in files)
    assert any(q.get("lookup") for f in files for q in f["qr"])  # no link: a look-up QR
    report = verify_output(out)
    assert not report.problems and report.decoded == report.expected > 0
    kiosk = CliRunner().invoke(main, ["kiosk", "build", str(big), "-o", str(tmp_path / "kiosk"), *day])
    assert kiosk.exit_code == 0, kiosk.output
    data = (tmp_path / "kiosk" / "data.js").read_text("utf-8")
    assert posted[0] in data and posted[3] not in data  # the kiosk shows only what is in force
    listed = CliRunner().invoke(main, ["list", str(big), *day])
    assert listed.exit_code == 0 and len([x for x in listed.output.splitlines() if x[:2] in ("1.", "2.")]) == 300


def test_warning_about_a_village_names_the_places_workbook(tmp_path: Path) -> None:
    from .sheet_helpers import places_sheets

    gone = [r[:11] + ["01/01/2026"] + r[12:] for r in (KHAI_SINH_ROW, KHAI_TU_ROW)]
    root = catalogue_project(tmp_path / "p", gone)
    (root / "places.yaml").unlink()
    workbook(root / "places.xlsx", places_sheets())
    result = CliRunner().invoke(main, ["check", str(root), "--date", "02/01/2026"])
    assert result.exit_code == 0, result.output
    assert any(line.startswith("places.xlsx: ") and "Thôn Nà Tông" in line for line in result.output.splitlines())
