"""`noticeboard import decision`: what the clerk's acceptance trial found (third round): a new
procedure no village posts is said with where to list it, a time or fee per channel stays per
channel, and the annex's legal basis is kept (catalogue and change log)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.decisions import apply_import, plan_import, rows, summary
from noticeboard.load.project import load_project

from .sheet_helpers import COMMUNE_ROW, places_sheets, workbook
from .test_decisions import FIXTURES, TODAY, _annex_docx, _sheet, _workbook_project
from .test_decisions_trial import HEAD, TITLE, _csv_project, project, vietnamese  # noqa: F401 (fixtures)

NEW_LIST = ["I. LĨNH VỰC HỘ TỊCH", "Danh mục thủ tục hành chính mới ban hành"]
AMENDED_LIST = "Danh mục thủ tục hành chính được sửa đổi, bổ sung"


def _row(code: str, name: str, time: str = "3 ngày làm việc", fee: str = "Miễn lệ phí",
         law: str = "Luật Hộ tịch năm 2014") -> list[str]:
    return ["1", code, name, time, "Bộ phận Một cửa xã", fee, law, "UBND xã"]


def _annex(tmp_path: Path, new: list[list[str]] = (), amended: list[list[str]] = ()) -> Path:  # type: ignore[assignment]
    parts: list = list(TITLE)
    if new:
        parts += NEW_LIST + [[HEAD, *new]]
    if amended:
        parts += [AMENDED_LIST, [HEAD, *amended]]
    return _annex_docx(tmp_path / "qd-1400.docx", parts)


# A time or fee per channel stays per channel ----------------------------------------------------

PER_CHANNEL_TIME = "Trực tiếp: 5 ngày làm việc\nTrực tuyến: 3 ngày làm việc"
PER_CHANNEL_FEE = "Trực tiếp: 8.000 đồng; Trực tuyến: 4.000 đồng"


@pytest.mark.parametrize("catalogue", ["yaml", "xlsx", "csv"])
def test_a_per_channel_time_and_fee_stay_per_channel(project: Path, tmp_path: Path, catalogue: str) -> None:
    if catalogue == "xlsx":
        _workbook_project(project)
    elif catalogue == "csv":
        _csv_project(project, True, ",", "\r\n")
    annex = _annex(tmp_path, new=[_row("1.013001", "Đăng ký khai sinh lưu động", PER_CHANNEL_TIME, PER_CHANNEL_FEE)],
                   amended=[_row("1.001193", "Đăng ký khai sinh", "Trực tiếp: 1 ngày làm việc\n"
                                 "Trực tuyến: 2 ngày\nlàm việc")])  # a wrapped line continues its channel
    apply_import(plan_import(project, [annex], day=TODAY))
    procs = load_project(project).procedures
    assert procs["1.013001"].time_by_channel() == (("direct", "5 ngày làm việc"), ("online", "3 ngày làm việc"))
    assert procs["1.013001"].fee_by_channel() == (("direct", "8.000 đồng"), ("online", "4.000 đồng"))
    assert procs["1.001193"].time_by_channel() == (("direct", "1 ngày làm việc"), ("online", "2 ngày làm việc"))


def test_a_time_that_names_no_channel_stays_one_text(project: Path, tmp_path: Path) -> None:
    annex = _annex(tmp_path, amended=[_row("1.001193", "Đăng ký khai sinh", "02 ngày làm việc;\nTrường hợp "
                                           "phải xác minh: 05 ngày")])
    apply_import(plan_import(project, [annex], day=TODAY))
    p = load_project(project).procedures["1.001193"]
    assert p.time_by_channel() == ((None, "02 ngày làm việc; Trường hợp phải xác minh: 05 ngày"),)


# A new procedure no village posts is said, with where to list it -------------------------------

NEW_ONE = _row("1.013001", "Đăng ký khai sinh lưu động")


def _new_row(plan) -> dict:
    return next(r for r in rows(plan) if r["code"] == "1.013001")


def test_a_new_procedure_no_village_posts_says_where_to_list_its_code(project: Path, tmp_path: Path) -> None:
    plan = plan_import(project, [_annex(tmp_path, new=[NEW_ONE])], day=TODAY)
    row = _new_row(plan)
    assert row["status"] == "apply" and row["villages"] == []
    # the commune's list, by its YAML key, whose it is and its line; a village's own list
    assert "chưa thôn nào niêm yết thủ tục này" in row["posting"]
    assert "thêm mã 1.013001 vào posted: (Xã Thượng Lâm, places.yaml:10:" in row["posting"]
    assert "chỉ ở một thôn: vào posted: của thôn đó" in row["posting"]
    # the table's Change column says it, in the CLI and the app; where to list it, once under it
    assert any(t.startswith("chưa thôn nào niêm yết thủ tục này: thêm mã vào danh sách niêm yết") for t in row["text"])
    last = summary(rows(plan))[-1]
    assert last.startswith("1 thủ tục mới chưa thôn nào niêm yết (1.013001)")
    assert "thêm mã vào posted: (Xã Thượng Lâm, places.yaml:10:" in last and "chỉ ở một thôn: vào posted: của thôn đó" in last


def test_the_command_says_it_in_the_dry_run_and_when_applying(project: Path, tmp_path: Path) -> None:
    annex = _annex(tmp_path, new=[NEW_ONE])
    for dry in (["--dry-run"], []):
        result = CliRunner().invoke(main, ["import", "decision", str(annex), str(project), "--date", "04/12/2026",
                                           *dry])
        assert result.exit_code == 0, result.output
        flat = " ".join(result.output.split())
        assert "1 thủ tục mới chưa thôn nào niêm yết (1.013001)" in flat
        assert "thêm mã vào posted:" in flat


def test_with_places_xlsx_the_sheet_column_and_cell_are_named(project: Path, tmp_path: Path) -> None:
    (project / "places.yaml").unlink()
    workbook(project / "places.xlsx", places_sheets(
        [["Xã Thượng Lâm", "Thôn Nà Tông", None, None, None, None, "2.000884"], ["Xã Thượng Lâm", "Thôn Nà Đông"]],
        [COMMUNE_ROW[:-1] + ["1.001193\n1.000656"]]))
    posting = _new_row(plan_import(project, [_annex(tmp_path, new=[NEW_ONE])], day=TODAY))["posting"]
    assert 'thêm mã 1.013001 vào cột "Thủ tục niêm yết" ở trang Xã (Xã Thượng Lâm, places.xlsx:Xã!G2)' in posting
    assert 'chỉ ở một thôn: vào cột "Niêm yết thêm" ở trang Thôn của thôn đó' in posting


def test_a_new_procedure_a_village_posts_already_says_nothing_more(project: Path, tmp_path: Path) -> None:
    places = project / "places.yaml"
    places.write_text(places.read_text("utf-8").replace('"1.004873"]', '"1.004873", "1.013001"]', 1), "utf-8")
    (project / "procedures" / "ho-tich.yaml").write_text(
        (project / "procedures" / "ho-tich.yaml").read_text("utf-8") + '''
  - code: "1.013001"
    name: "Đăng ký khai sinh lưu động"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "3 ngày làm việc"
    fee: "Miễn lệ phí"
''', "utf-8")
    plan = plan_import(project, [_annex(tmp_path, new=[NEW_ONE])], day=TODAY)
    assert not any(r["posting"] for r in rows(plan)) and len(summary(rows(plan))) == 1


def test_a_procedure_replacing_a_posted_one_says_to_change_its_code_where_listed(project: Path) -> None:
    plan = plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY)
    new = next(r for r in rows(plan) if r["code"] == "1.013785")
    # 1.004884 is in Thôn Nà Tông's own list (places.yaml, line 13)
    assert new["posting"].startswith("thủ tục này thay thế 1.004884 đang niêm yết: để niêm yết nó thay cho "
                                     "1.004884, sửa mã 1.004884 thành 1.013785 ở posted: (places.yaml:13:")


def test_the_apps_dry_run_says_it_above_its_table(project: Path, tmp_path: Path) -> None:
    from noticeboard.app.pages import _dry_run

    from .test_decisions_trial import _decisions

    decisions = _decisions(project)
    rel = decisions.save("qd-1400.docx", _annex(tmp_path, new=[NEW_ONE]).read_bytes())
    view = decisions.preview(rel, TODAY)
    assert view.summary == summary(view.rows)
    page = _dry_run(rel, view)
    assert "1 thủ tục mới chưa thôn nào niêm yết (1.013001)" in page
    assert "thêm mã vào posted:" in page


# The annex's legal basis is kept: the catalogue's field, and each row's in the change log -------

LAW_NEW = "Luật Hộ tịch năm 2014; Nghị định số 120/2025/NĐ-CP, sửa đổi: Điều 5"


def test_an_amendments_legal_basis_goes_to_the_catalogue_or_under_official(project: Path, tmp_path: Path) -> None:
    catalogue = project / "procedures" / "ho-tich.yaml"
    catalogue.write_text(catalogue.read_text("utf-8").replace('''    time: "3 ngày làm việc"
    fee: "Theo quy định của HĐND tỉnh"

  - code: "1.004884"''', '''    time: "3 ngày làm việc"
    fee: "Theo quy định của HĐND tỉnh"
    legal_basis: ["Luật Hộ tịch (lời của xã)"]
    official:
      legal_basis: ["Luật Hộ tịch năm 2014"]

  - code: "1.004884"'''), "utf-8")
    annex = _annex(tmp_path, amended=[_row("1.001193", "Đăng ký khai sinh", "1 ngày làm việc", law=LAW_NEW),
                                      _row("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", law=LAW_NEW)])
    apply_import(plan_import(project, [annex], day=TODAY))
    procs = load_project(project).procedures
    law = ("Luật Hộ tịch năm 2014", "Nghị định số 120/2025/NĐ-CP, sửa đổi: Điều 5")
    assert procs["1.001193"].legal_basis == law
    assert procs["1.004873"].legal_basis == ("Luật Hộ tịch (lời của xã)",)  # the commune's own words kept
    assert procs["1.004873"].official["legal_basis"] == law


def test_the_change_log_keeps_each_rows_legal_basis_and_what_abolishes(project: Path, tmp_path: Path) -> None:
    from noticeboard.decisions import log

    apply_import(plan_import(project, [_annex(tmp_path, new=[_row("1.013001", "Đăng ký khai sinh lưu động",
                                                                   law=LAW_NEW)])], day=TODAY))
    apply_import(plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY))
    entries = {e["code"]: e for e in log.read_log(project, load_project(project)).entries}
    assert entries["1.013001"]["legal_basis"] == ["Luật Hộ tịch năm 2014", "Nghị định số 120/2025/NĐ-CP, sửa đổi: Điều 5"]
    assert entries["1.013790"]["legal_basis"][0] == "Luật Hộ tịch năm 2014"
    assert entries["2.000884"]["legal_basis"] == ["Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ"]  # abolished by


def _old_change_sheet(project: Path) -> Path:
    """A catalogue workbook whose change sheet an earlier version wrote (no Căn cứ pháp lý)."""
    import openpyxl

    _workbook_project(project)
    book = project / "procedures" / "thu-tuc.xlsx"
    apply_import(plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY))
    wb = openpyxl.load_workbook(book)
    ws = wb["Theo dõi thay đổi"]
    ws.delete_cols(ws.max_column)
    wb.save(book)
    return book


def test_an_old_change_sheet_gets_the_column_at_its_end_and_still_reads(project: Path, tmp_path: Path) -> None:
    from noticeboard.decisions import log

    book = _old_change_sheet(project)
    rows_before = len(_sheet(book, "Theo dõi thay đổi"))
    again = plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY)
    assert not again.writes  # the old sheet still says what was applied
    apply_import(plan_import(project, [_annex(tmp_path, new=[NEW_ONE])], day=TODAY))
    sheet = _sheet(book, "Theo dõi thay đổi")
    assert sheet[0][-2:] == ["Ngày nhập", "Căn cứ pháp lý"]
    assert len(sheet) == rows_before + 1 and sheet[-1][2] == "1.013001" and sheet[-1][-1] == "Luật Hộ tịch năm 2014"
    assert sheet[1][-1] is None  # the rows an earlier version wrote are left as they were
    assert log.read_log(project, load_project(project)).entries[-1]["legal_basis"] == "Luật Hộ tịch năm 2014"
