"""Issue 19, hostile workbooks: refused before the work, with the file and the limit named;
values that cannot be used (saved errors, unsaved formulas) and hidden links are reported.
The files are made small; the limits are made small to match (bench/bench_workbooks.py
measures real-size ones)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.load import bounded
from noticeboard.load.bounded import Limits

from .conftest import CATALOGUE, write_project
from .sheet_helpers import CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW, places_sheets, workbook

SHEET = "xl/worksheets/sheet1.xml"


def _check(root: Path, *extra: str):
    return CliRunner().invoke(main, ["--lang", "en", "check", str(root), *extra])


def _places_project(tmp_path: Path, villages=None) -> Path:
    root = write_project(tmp_path / "p")
    (root / "places.yaml").unlink()
    workbook(root / "places.xlsx", places_sheets(villages))
    return root


def _rewrite(path: Path, part: str, change) -> None:
    """Replace one part of a workbook by ``change(its bytes)``, every other part kept."""
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def _refused(result, *words: str) -> None:
    assert result.exit_code == 1, result.output
    assert "places.xlsx:" in result.output and "Traceback" not in result.output
    assert all(w in result.output for w in words), result.output


def test_a_sheet_inflating_past_the_part_limit_is_refused_from_the_zip_directory(tmp_path, monkeypatch) -> None:
    root = _places_project(tmp_path)
    _rewrite(root / "places.xlsx", SHEET, lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 3_000_000))
    monkeypatch.setattr(bounded, "LIMITS", Limits(part_bytes=2 * bounded.MB, ratio=10**6))
    _refused(_check(root), f"part {SHEET} of the workbook would be 2.9 MB unpacked: more than the 2.0 MB")


def test_a_zip_bomb_is_refused_by_its_compression_ratio(tmp_path) -> None:
    root = _places_project(tmp_path)
    _rewrite(root / "places.xlsx", SHEET, lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 3_000_000))
    _refused(_check(root), f"part {SHEET} is packed", "more than the 100:1 a real workbook reaches")


def test_an_xml_comment_is_refused_before_any_parser_sees_it(tmp_path) -> None:
    root = _places_project(tmp_path)
    _rewrite(root / "places.xlsx", SHEET, lambda xml: xml.replace(b"<sheetData>", b"<sheetData><!--" + b"x" * 1000 + b"-->"))
    _refused(_check(root), f'part {SHEET} holds the markup "<!--", which Excel never writes')


def test_an_entity_declaration_is_refused(tmp_path) -> None:
    root = _places_project(tmp_path)
    _rewrite(root / "places.xlsx", "xl/workbook.xml",
             lambda xml: xml.replace(b"<workbook", b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><workbook', 1))
    _refused(_check(root), 'holds the markup "<!DOCTYPE"')


def test_rows_past_the_limit_are_refused_while_scanning(tmp_path, monkeypatch) -> None:
    root = _places_project(tmp_path, [["Xã Thượng Lâm", f"Thôn {i}"] for i in range(12)])
    monkeypatch.setattr(bounded, "LIMITS", Limits(rows=10))
    _refused(_check(root), "a sheet has 13 rows: more than the 10 rows noticeboard reads")


def test_one_cell_at_the_last_row_excel_has_is_refused_at_real_limits(tmp_path) -> None:
    root = _places_project(tmp_path)
    _rewrite(root / "places.xlsx", SHEET, lambda xml: xml.replace(
        b"</sheetData>", b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))
    _refused(_check(root), "a sheet has 1048576 rows: more than the 100000 rows")


def test_a_cell_in_the_last_column_is_refused(tmp_path) -> None:
    root = _places_project(tmp_path)
    _rewrite(root / "places.xlsx", SHEET, lambda xml: xml.replace(
        b"</row>", b'<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>', 1))
    _refused(_check(root), "a sheet has 16384 columns: more than the 1000 columns")


def _long_cell(root: Path, length: int) -> None:
    """A village name of ``length`` characters (openpyxl itself cuts texts at Excel's limit)."""
    row = f'<row r="3"><c r="A3" t="inlineStr"><is><t>Xã Thượng Lâm</t></is></c>' \
          f'<c r="B3" t="inlineStr"><is><t>{"x" * length}</t></is></c></row>'
    _rewrite(root / "places.xlsx", "xl/worksheets/sheet2.xml",
             lambda xml: xml.replace(b"</sheetData>", row.encode() + b"</sheetData>"))


def test_a_cell_longer_than_excel_allows_is_refused_naming_it(tmp_path) -> None:
    root = _places_project(tmp_path)
    _long_cell(root, 33_000)
    _refused(_check(root), "cell Thôn!B3 holds 33000 characters: more than the 32767 an Excel cell may hold")


def test_a_huge_text_is_refused_while_scanning(tmp_path) -> None:
    root = _places_project(tmp_path)
    _long_cell(root, 250_000)
    _refused(_check(root), "holds a text longer than the 32767 characters an Excel cell may hold")


def test_reading_stops_at_the_time_limit(tmp_path, monkeypatch) -> None:
    root = _places_project(tmp_path)
    monkeypatch.setattr(bounded, "LIMITS", Limits(seconds=-1))
    _refused(_check(root), "reading the workbook took more than -1 seconds: stopped")


def test_a_password_protected_workbook_says_so(tmp_path) -> None:
    root = _places_project(tmp_path)
    # what Excel writes: an OLE compound file whose directory names the encrypted stream
    (root / "places.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
                                       + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1024)
    _refused(_check(root), "this workbook is protected by a password", "Encrypt with Password")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_the_places_workbook_is_named_and_never_opened(tmp_path) -> None:
    root = _places_project(tmp_path)
    (root / "places.xlsx").unlink()
    os.mkfifo(root / "places.xlsx")
    _refused(_check(root), '"places.xlsx" is a named pipe (FIFO), not a file')


def test_a_saved_spreadsheet_error_is_an_error_naming_the_cell(tmp_path) -> None:
    root = _places_project(tmp_path, [["Xã Thượng Lâm", "#DIV/0!"], ["Xã Thượng Lâm", "#N/A"]])
    result = _check(root)
    _refused(result, "places.xlsx:Thôn!B2: ", "the cell shows the spreadsheet error #DIV/0!",
             "places.xlsx:Thôn!B3: ", "#N/A")
    assert "div-0" not in result.output


def test_a_formula_without_a_saved_value_says_so_not_missing(tmp_path) -> None:
    root = _places_project(tmp_path, [["Xã Thượng Lâm", '="Thôn "&"Nà Tông"']])
    result = _check(root)
    _refused(result, "places.xlsx:Thôn!B2: ", "the cell holds a formula but no saved value")
    assert "missing" not in result.output


def _linked_catalogue(tmp_path: Path, shown: str, target: str) -> Path:
    root = write_project(tmp_path / "p", catalogue=None)
    path = root / "procedures/danh-muc.xlsx"
    workbook(path, {"Thủ tục": [CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW]})
    from openpyxl import load_workbook

    wb = load_workbook(path)
    cell = wb["Thủ tục"]["I2"]
    cell.value, cell.hyperlink = shown, target
    wb.save(path)
    return root


OFFICIAL = KHAI_SINH_ROW[8]
HIDDEN = "https://dvc.tuyenquang.gov.vn/thu-tuc/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"


def test_a_cell_showing_one_link_and_opening_another_is_an_error_naming_both(tmp_path) -> None:
    result = _check(_linked_catalogue(tmp_path, OFFICIAL, HIDDEN))
    assert result.exit_code == 1
    assert f"procedures/danh-muc.xlsx:'Thủ tục'!I2: Đường dẫn: the cell shows the link {OFFICIAL} " \
           f"but its hyperlink opens {HIDDEN}: which one is meant?" in result.output


def test_a_cell_showing_words_uses_its_hyperlink_with_a_warning(tmp_path) -> None:
    result = _check(_linked_catalogue(tmp_path, "Xem chi tiết", HIDDEN))
    assert result.exit_code == 0, result.output
    assert f'the cell shows "Xem chi tiết": its hyperlink, {HIDDEN}, is used (warning)' in result.output


def test_a_cell_showing_its_own_link_is_read_quietly(tmp_path) -> None:
    result = _check(_linked_catalogue(tmp_path, OFFICIAL, OFFICIAL + "/"))
    assert result.exit_code == 0 and "hyperlink" not in result.output


def test_merged_cells_still_fill_every_cell_in_streaming_mode(tmp_path) -> None:
    root = _places_project(tmp_path, [["Xã Thượng Lâm", "Thôn Nà Tông"], [None, "Thôn Nà Khà"]])
    from openpyxl import load_workbook

    wb = load_workbook(root / "places.xlsx")
    wb["Thôn"].merge_cells("A2:A3")
    wb.save(root / "places.xlsx")
    result = _check(root)
    assert result.exit_code == 0 and "2 villages" in result.output, result.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_a_recording_is_named_not_called_a_folder(tmp_path) -> None:
    catalogue = CATALOGUE.replace('    documents:\n      - "Tờ khai đăng ký khai sinh"',
                                  '    audio: {vi: "audio/khai-sinh.mp3"}\n    documents:\n'
                                  '      - "Tờ khai đăng ký khai sinh"', 1)
    root = write_project(tmp_path / "p", catalogue=catalogue)
    (root / "audio").mkdir()
    os.mkfifo(root / "audio/khai-sinh.mp3")
    result = _check(root)
    assert result.exit_code == 1
    assert '"audio/khai-sinh.mp3" is a named pipe (FIFO), not a file' in result.output
    assert "folder" not in result.output.split("hint:")[0]


def _csv_project(tmp_path: Path, text: str) -> Path:
    root = write_project(tmp_path / "p", catalogue=None)
    (root / "procedures").mkdir()
    (root / "procedures/danh-muc.csv").write_text(text, "utf-8")
    return root


def test_a_csv_file_is_bounded_like_a_workbook(tmp_path, monkeypatch) -> None:
    header = ",".join(h for h in CATALOGUE_HEADER)
    monkeypatch.setattr(bounded, "LIMITS", Limits(rows=5))
    result = _check(_csv_project(tmp_path, header + "\n" + "1,1.001193,x\n" * 10))
    assert result.exit_code == 1 and "danh-muc.csv: a sheet has 6 rows: more than the 5 rows" in result.output


def test_a_csv_cell_longer_than_excel_allows_is_refused_naming_it(tmp_path) -> None:
    header = ",".join(h for h in CATALOGUE_HEADER)
    result = _check(_csv_project(tmp_path, header + "\n1,1.001193," + "y" * 40_000 + "\n"))
    assert result.exit_code == 1
    assert "danh-muc.csv: cell C2 holds 40000 characters: more than the 32767" in result.output


def test_the_empty_rows_libreoffice_writes_after_a_drop_down_are_no_data(tmp_path) -> None:
    # A workbook from `init --xlsx` saved by LibreOffice: styled empty cells down to the drop-down's
    # last row, an empty row element at row 1048576, and a dimension claiming all of them.
    root = _places_project(tmp_path)
    styled = b"".join(b'<row r="%d"><c r="J%d" s="1"/></row>' % (r, r) for r in range(3, 1043))
    _rewrite(root / "places.xlsx", SHEET, lambda xml: xml.replace(
        b"</sheetData>", styled + b'<row r="1048576" customHeight="false"></row></sheetData>'))
    result = _check(root)
    assert result.exit_code == 0, result.output
