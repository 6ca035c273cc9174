"""`noticeboard import decision`: what the acceptance trial found (issue 16, second round): where
to go kept apart from who decides, CSV catalogues edited, annex tables without ruling lines,
amendments in force later written with their day, and the app's words for its own controls."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noticeboard.decisions import apply_import, plan_import
from noticeboard.load.project import load_project

from .test_decisions import FIXTURES, TODAY, _annex_docx

HEAD = ["STT", "Mã TTHC", "Tên TTHC", "Thời hạn giải quyết", "Địa điểm thực hiện", "Phí, lệ phí",
        "Căn cứ pháp lý", "Cơ quan thực hiện"]
TITLE = ["ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", "Số: 1400/QĐ-UBND", "Tuyên Quang, ngày 20 tháng 11 năm 2026",
         "Quyết định này có hiệu lực thi hành kể từ ngày ký.", "THỦ TỤC HÀNH CHÍNH CẤP XÃ"]


@pytest.fixture(autouse=True)
def vietnamese(monkeypatch) -> None:
    monkeypatch.setenv("NOTICEBOARD_LANG", "vi")  # the words the clerk reads


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "xa"
    shutil.copytree(FIXTURES / "project", root)
    return root


def _apply(root: Path, *files: Path, day=TODAY) -> list[Path]:
    return apply_import(plan_import(root, list(files), day=day))


# Where to go is not who decides ----------------------------------------------------------------

def test_the_place_column_goes_to_place_and_the_agency_column_to_agency(project: Path, tmp_path: Path) -> None:
    annex = _annex_docx(tmp_path / "qd.docx", TITLE + ["Danh mục thủ tục hành chính được sửa đổi, bổ sung", [
        HEAD, ["1", "1.001193", "Đăng ký khai sinh", "1 ngày làm việc", "Bộ phận Một cửa xã", "Miễn lệ phí",
               "Luật Hộ tịch năm 2014", "Công an xã"]]])
    _apply(project, annex)
    p = load_project(project).procedures["1.001193"]
    assert (p.agency, p.place) == ("Công an xã", "Bộ phận Một cửa xã")


# Each surface speaks its own controls ----------------------------------------------------------

def _decisions(project: Path):
    """The app's decision screen's work, on ``project`` (no server, no browser)."""
    from noticeboard.app.decision import Decisions
    from noticeboard.app.session import Session

    session = Session(opener=lambda path: None)
    session.choose(project)
    return Decisions(session)


def _app_preview(project: Path, options=None):
    from noticeboard.app.decision import Options

    decisions = _decisions(project)
    rel = decisions.save("qd-1234.docx", (FIXTURES / "qd-1234.docx").read_bytes())
    return decisions.preview(rel, TODAY, options or Options())


def _province_row(view) -> dict:
    return next(r for r in view.rows if r["code"] == "1.013700")  # the province level's new procedure


def test_the_apps_dry_run_names_its_box_not_the_cli_flag(project: Path) -> None:
    row = _province_row(_app_preview(project))
    assert row["status"] == "other_level"
    assert 'đánh dấu ô "Nhập cả thủ tục cấp tỉnh" rồi bấm "Xem lại"' in row["note"]
    assert "--" not in " ".join(row["text"])


def test_the_apps_box_imports_the_other_level(project: Path) -> None:
    from noticeboard.app.decision import Options

    assert _province_row(_app_preview(project, Options(all_levels=True)))["status"] == "apply"


def test_the_cli_dry_run_names_the_flag(project: Path) -> None:
    from click.testing import CliRunner

    from noticeboard.cli import main

    result = CliRunner().invoke(main, ["--lang", "vi", "import", "decision", str(FIXTURES / "qd-1234.docx"),
                                       str(project), "--dry-run", "--date", "04/12/2026"])
    assert "thêm --all-levels để nhập" in result.output


def test_the_import_speaks_the_apps_words_inside_the_app_as_every_message_does(project: Path) -> None:
    # one mechanism for the app's wording (messages.in_app), no flag of the import's own
    from noticeboard.decisions.table import rows
    from noticeboard.messages import in_app

    def note() -> str:
        plan = plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY)
        return next(r["note"] for r in rows(plan) if r["code"] == "1.013700")

    with in_app():
        assert 'đánh dấu ô "Nhập cả thủ tục cấp tỉnh" rồi bấm "Xem lại"' in note()
    assert "thêm --all-levels để nhập" in note()


def test_the_apps_hint_for_a_missing_number_names_its_field(project: Path, tmp_path: Path) -> None:
    annex = _annex_docx(tmp_path / "khong-so.docx", ["THỦ TỤC HÀNH CHÍNH CẤP XÃ", "Danh mục thủ tục hành chính "
                        "bị bãi bỏ", [["STT", "Mã TTHC", "Tên TTHC", "Tên VBQPPL quy định việc bãi bỏ"],
                                      ["1", "2.000884", "Chứng thực chữ ký", "Nghị định 07/2025"]]])
    decisions = _decisions(project)
    view = decisions.preview(decisions.save(annex.name, annex.read_bytes()), TODAY)
    hints = [p.hint for p in view.problems]
    assert 'ghi số quyết định vào ô "Số quyết định" (ví dụ 1234/QĐ-UBND) rồi bấm "Xem lại"' in hints


# A CSV catalogue is edited as faithfully as a workbook -----------------------------------------

def _csv_project(root: Path, bom: bool, sep: str, end: str) -> Path:
    """The fixture's catalogue as a CSV file a spreadsheet app saved (Excel's "CSV UTF-8": a BOM,
    commas, CRLF; LibreOffice: no BOM, a chosen separator, LF), quoting only where needed."""
    import csv
    import io

    from noticeboard.load.catalogue_sheet import COLUMNS, procedure_cells
    from noticeboard.output.workbook import _cell

    procs = load_project(root).procedures
    (root / "procedures" / "ho-tich.yaml").unlink()
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=sep, lineterminator=end)
    w.writerow([c.header for c in COLUMNS])
    for p in procs.values():
        w.writerow(["" if (v := _cell(x)) is None else (f"{v:%d/%m/%Y}" if hasattr(v, "day") else str(v))
                    for x in procedure_cells(p)])
    path = root / "procedures" / "thu-tuc.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8"))
    return path


@pytest.mark.parametrize("bom, sep, end", [(True, ",", "\r\n"), (False, ";", "\n")])
def test_a_csv_catalogue_is_edited_in_its_own_dialect(project: Path, bom: bool, sep: str, end: str) -> None:
    from .test_decisions import _check_against_expected

    path = _csv_project(project, bom, sep, end)
    before = path.read_bytes()
    untouched = next(line for line in before.split(end.encode()) if line.startswith(b"1.001022"))
    _apply(project, FIXTURES / "qd-1234.docx")
    after = path.read_bytes()
    _check_against_expected(project)  # the catalogue after the import, field by field
    assert after.startswith(b"\xef\xbb\xbf") == bom
    assert untouched + end.encode() in after  # a row the decision does not touch: byte for byte
    assert after.split(end.encode())[0].count(sep.encode()) >= before.split(end.encode())[0].count(sep.encode())
    assert (project / "theo-doi-thay-doi.yaml").is_file()  # no workbook: the log beside the catalogue


def test_a_csv_catalogue_that_would_not_load_again_is_not_written(project: Path, monkeypatch) -> None:
    from noticeboard.decisions import apply as apply_mod

    path = _csv_project(project, True, ",", "\r\n")
    before = path.read_bytes()
    monkeypatch.setattr(apply_mod, "_csv_cell", lambda key, value: "?" if key == "effective_until" else str(value))
    with pytest.raises(apply_mod.ImportNotWritten):
        _apply(project, FIXTURES / "qd-1234.docx")
    assert path.read_bytes() == before and not (project / "theo-doi-thay-doi.yaml").exists()


# Annex tables without ruling lines -------------------------------------------------------------

def test_a_pdf_table_without_ruling_lines_is_found() -> None:
    from noticeboard.decisions.extract import read_blocks

    tables = [b for b in read_blocks(FIXTURES / "qd-1234-khong-ke.pdf", "x") if b.is_table]
    assert tables and all(len(t.rows[0]) >= 4 for t in tables)
    assert any("Tên thủ tục hành chính" in (cell or "") for t in tables for cell in t.rows[0])


@pytest.mark.parametrize("name", ["qd-1234-khong-ke.pdf", "qd-1234-khong-ke-1-dau.pdf"])
def test_a_borderless_annex_reads_as_its_ruled_twin_row_by_row(name: str) -> None:
    # -1-dau: the header printed once, its rows going on over the next pages (and a header
    # left alone at the foot of a page, its rows on the next)
    from noticeboard.decisions.parse import read_annex

    def facts(name: str) -> list[tuple]:
        return [(r.kind, r.level, r.field, r.codes, r.name, r.values, r.old_codes, r.old_name, r.abolished_by)
                for r in read_annex(FIXTURES / name, name).rows]
    assert facts(name) == facts("qd-1234.pdf")


# An amendment in force later is written now, with its day --------------------------------------

@pytest.mark.parametrize("kind", ["workbook", "csv"])
def test_a_later_amendment_is_a_row_of_its_own_in_a_sheet(project: Path, kind: str) -> None:
    import datetime as dt

    from noticeboard.plan.village import catalogue_in_force

    from .test_decisions import _workbook_project

    if kind == "csv":
        _csv_project(project, True, ",", "\r\n")
    else:
        _workbook_project(project)
    apply_import(plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY, effective=dt.date(2027, 3, 1)))
    loaded = load_project(project)
    before = {p.code: p for p in catalogue_in_force(loaded, dt.date(2027, 2, 28))}["1.004873"]
    after = {p.code: p for p in catalogue_in_force(loaded, dt.date(2027, 3, 1))}["1.004873"]
    assert (before.time, after.time) == ("3 ngày làm việc", "2 ngày làm việc")
    assert after.decision == "1234/QĐ-UBND" and after.documents == before.documents  # the rest copied


def test_a_later_amendment_is_logged_as_applied_with_its_day(project: Path) -> None:
    import datetime as dt

    apply_import(plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY, effective=dt.date(2027, 3, 1)))
    log = (project / "theo-doi-thay-doi.yaml").read_text("utf-8")
    assert 'status: "pending"' not in log and "effective: 2027-03-01" in log
    again = plan_import(project, [FIXTURES / "qd-1234.docx"], day=dt.date(2027, 3, 2), effective=dt.date(2027, 3, 1))
    assert again.skipped_files  # nothing waits for a second run


LATER_ROW = """\
  - code: "1.000656"
    name: "Đăng ký khai tử"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "2 ngày làm việc"
    fee: "Miễn lệ phí"
    effective_from: 2027-03-01
    decision: "1300/QĐ-UBND"
"""


def test_a_second_row_of_a_code_from_a_later_day_is_that_procedure_from_then(tmp_path: Path) -> None:
    import datetime as dt

    from noticeboard.plan.village import village_procedures

    from .conftest import CATALOGUE, write_project

    project = load_project(write_project(tmp_path / "p", catalogue=CATALOGUE + LATER_ROW))
    commune = project.places.communes[0]

    def time_on(day: dt.date) -> str:
        return next(p.time for p in village_procedures(project, commune, commune.villages[0], day)
                    if p.code == "1.000656")
    assert (time_on(dt.date(2027, 2, 28)), time_on(dt.date(2027, 3, 1))) == ("1 ngày làm việc", "2 ngày làm việc")


def test_a_second_row_of_a_code_without_a_later_day_is_still_an_error(tmp_path: Path) -> None:
    from noticeboard.errors import DataError

    from .conftest import CATALOGUE, write_project

    with pytest.raises(DataError) as raised:
        load_project(write_project(tmp_path / "p", catalogue=CATALOGUE + LATER_ROW.replace(
            "    effective_from: 2027-03-01\n", "")))
    assert any('"1.000656"' in p.message and "hai lần" in p.message for p in raised.value.problems)
