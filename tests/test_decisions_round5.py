"""`noticeboard import decision`: what the previous round left (fifth round): a new code given
with an old one in an amended row, legal bases on lines of their own, a channel's name broken
over a PDF's line, and the channel reader's doubts said in the row's note."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from noticeboard.decisions import apply_import, plan_import, rows
from noticeboard.decisions.extract import Block
from noticeboard.decisions.parse import parse_blocks, read_annex
from noticeboard.load.cells import read_by_channel
from noticeboard.load.project import load_project
from noticeboard.model import ByChannel

from .test_decisions import TODAY, _annex_docx, _sheet, _workbook_project
from .test_decisions_round3 import _annex, _row
from .test_decisions_trial import HEAD, TITLE, _csv_project, project, vietnamese  # noqa: F401 (fixtures)


def _pdf_rows(*rows: list[str]) -> list:
    """Rows of a ruled PDF table as extract.py gives them: blocks of a page (``page`` set)."""
    head = [Block("trang 1", text, page=1) for text in ("THỦ TỤC HÀNH CHÍNH CẤP XÃ",
                                                          "Danh mục thủ tục hành chính mới ban hành")]
    return parse_blocks(head + [Block("trang 1", rows=[HEAD, *rows], page=1)])[0]


# A channel's name broken over a line of a narrow PDF column ----------------------------------

def test_a_channel_label_broken_over_a_line_is_read_as_the_channel() -> None:
    assert read_by_channel("Trực tiếp: 5 ngày làm việc\nTrực\ntuyến: 3 ngày làm việc") == (
        {"direct": "5 ngày làm việc", "online": "3 ngày làm việc"}, [])
    assert read_by_channel("Qua bưu\nchính: 4 ngày\nTrực tiếp: 2 ngày")[0] == {"postal": "4 ngày", "direct": "2 ngày"}
    # a line that names no channel with the next one is no broken label: the cell as written
    assert read_by_channel("Trong\nngày: 3 ngày")[0] == "Trong\nngày: 3 ngày"


def test_a_pdf_cell_with_a_broken_channel_label_is_split_by_channel() -> None:
    [row] = _pdf_rows(_row("1.013001", "Đăng ký khai sinh lưu động", "Trực\ntiếp: 5 ngày làm\nviệc\nTrực\n"
                           "tuyến: 3 ngày làm\nviệc", "Trực tiếp: 8.000 đồng\nTrực\ntuyến: 4.000\nđồng"))
    assert row.values["time"] == ByChannel({"direct": "5 ngày làm việc", "online": "3 ngày làm việc"})
    assert row.values["fee"] == ByChannel({"direct": "8.000 đồng", "online": "4.000 đồng"})
    assert row.notes == []


# What the channel reader is unsure of is the row's note ---------------------------------------

UNSURE_TIME = "Trực tiếp: 5 ngày làm việc\nTrực tuyến: 3 ngày làm việc\nKhông tính ngày nghỉ"


def test_the_channel_readers_doubt_is_said_in_the_table_and_the_log(project: Path, tmp_path: Path) -> None:
    annex = _annex(tmp_path, amended=[_row("1.001193", "Đăng ký khai sinh", UNSURE_TIME)])
    plan = plan_import(project, [annex], day=TODAY)
    row = next(r for r in rows(plan) if r["code"] == "1.001193")
    said = '"Không tính ngày nghỉ" không bắt đầu bằng tên một cách nộp: được đọc là phần tiếp của Trực tuyến'
    assert f"Thời hạn giải quyết: {said}" in row["note"]
    assert any(said in line for line in row["text"])
    apply_import(plan)
    logged = yaml.safe_load((project / "theo-doi-thay-doi.yaml").read_text("utf-8"))
    assert any(said in (e.get("note") or "") for e in logged["changes"])
    p = load_project(project).procedures["1.001193"]
    assert p.time_by_channel() == (("direct", "5 ngày làm việc"), ("online", "3 ngày làm việc Không tính ngày nghỉ"))


# A legal basis on lines of their own --------------------------------------------------------

LAWS = "Luật Hộ tịch năm 2014\nNghị định 120/2025/NĐ-CP"


def test_a_legal_basis_a_line_each_in_a_docx_is_an_item_each(project: Path, tmp_path: Path) -> None:
    annex = _annex(tmp_path, amended=[_row("1.001193", "Đăng ký khai sinh", law=LAWS)])
    apply_import(plan_import(project, [annex], day=TODAY))
    assert load_project(project).procedures["1.001193"].legal_basis == ("Luật Hộ tịch năm 2014",
                                                                          "Nghị định 120/2025/NĐ-CP")


def test_a_legal_basis_a_line_each_in_a_workbook_is_an_item_each(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for line in TITLE + ["Danh mục thủ tục hành chính được sửa đổi, bổ sung"]:
        ws.append([line])
    ws.append(HEAD)
    ws.append(_row("1.001193", "Đăng ký khai sinh", law=LAWS + "\ncủa Chính phủ"))  # lower case: goes on
    wb.save(tmp_path / "qd.xlsx")
    [row] = read_annex(tmp_path / "qd.xlsx", "qd.xlsx").rows
    assert row.values["legal_basis"] == ["Luật Hộ tịch năm 2014", "Nghị định 120/2025/NĐ-CP của Chính phủ"]


def test_in_a_pdf_a_line_starts_an_item_only_where_a_new_document_starts() -> None:
    """A PDF's break may be the cell's wrapping: a new item only where a citation ends (its
    year, its number) and a document's title starts the next line."""
    wrapped = ("Luật Hộ tịch năm 2014\nNghị định số 123/2015/NĐ-CP quy định chi tiết và biện pháp thi hành\n"
               "Luật Hộ tịch năm 2014\nThông tư số 04/2020/TT-BTP\nQuyết định số 1234/QĐ-UBND ngày 15/11/2026 của\n"
               "Nghị quyết Hội đồng nhân dân tỉnh")
    [row] = _pdf_rows(_row("1.013001", "Đăng ký khai sinh lưu động", law=wrapped))
    assert row.values["legal_basis"] == [
        "Luật Hộ tịch năm 2014",
        "Nghị định số 123/2015/NĐ-CP quy định chi tiết và biện pháp thi hành Luật Hộ tịch năm 2014",  # "hành": on
        "Thông tư số 04/2020/TT-BTP",
        "Quyết định số 1234/QĐ-UBND ngày 15/11/2026 của Nghị quyết Hội đồng nhân dân tỉnh"]  # "của": goes on


# An amended row that gives a new code ----------------------------------------------------------

def _renumbering_annex(tmp_path: Path, column: bool) -> Path:
    """1.000656 amended and given the code 1.013790: in its code cell, or in a "Mã mới" column."""
    if not column:
        return _annex(tmp_path, amended=[_row("1.000656 (nay là 1.013790)", "Đăng ký khai tử", "2 ngày làm việc")])
    row = _row("1.000656", "Đăng ký khai tử", "2 ngày làm việc")
    return _annex_docx(tmp_path / "qd.docx", TITLE + ["Danh mục thủ tục hành chính được sửa đổi, bổ sung", [
        HEAD[:2] + ["Mã TTHC mới"] + HEAD[2:], row[:2] + ["1.013790"] + row[2:]]])


@pytest.mark.parametrize("catalogue", ["yaml", "xlsx", "csv"])
@pytest.mark.parametrize("column", [False, True], ids=["cell", "column"])
def test_an_amended_procedures_new_code_replaces_the_old_one(project: Path, tmp_path: Path, catalogue: str,
                                                              column: bool) -> None:
    if catalogue == "xlsx":
        _workbook_project(project)
    elif catalogue == "csv":
        _csv_project(project, True, ",", "\r\n")
    plan = plan_import(project, [_renumbering_annex(tmp_path, column)], day=TODAY)
    said = "phụ lục ghi mã mới 1.013790 cho 1.000656: 1.000656 hết hiệu lực từ 20/11/2026, thay bằng 1.013790"
    by_code = {r["code"]: r for r in rows(plan)}
    assert said in by_code["1.000656"]["note"] and said in by_code["1.013790"]["note"]
    assert "sửa mã 1.000656 thành 1.013790" in by_code["1.013790"]["posting"]  # where it is posted
    apply_import(plan)
    procs = load_project(project).procedures
    old, new = procs["1.000656"], procs["1.013790"]
    day = dt.date(2026, 11, 20)
    assert (old.effective_until, old.replaced_by, old.decision) == (day, "1.013790", "1400/QĐ-UBND")
    assert old.time == "1 ngày làm việc"  # the old row as it was, until that day
    assert (new.effective_from, new.effective_until, new.replaced_by, new.decision) == (day, None, None, "1400/QĐ-UBND")
    assert (new.name, new.field, new.time) == ("Đăng ký khai tử", "Hộ tịch", "2 ngày làm việc")
    assert new.documents == old.documents  # carried: the annex gives no papers
    if catalogue == "yaml":  # the commune's plain words kept, the official one the annex's
        assert new.fee == "Không mất tiền nếu đi đăng ký đúng hạn" and new.official["fee"] == "Miễn lệ phí"
    logged = [e for e in _log(project, catalogue) if said in str(e)]
    assert len(logged) == 2


def _log(project: Path, catalogue: str) -> list:
    if catalogue == "xlsx":
        return _sheet(project / "procedures" / "thu-tuc.xlsx", "Theo dõi thay đổi")
    path = next(project.rglob("theo-doi-thay-doi.*"))
    return yaml.safe_load(path.read_text("utf-8"))["changes"]


def test_a_code_no_change_takes_is_said_never_dropped(project: Path, tmp_path: Path) -> None:
    annex = _annex(tmp_path, new=[_row("1.013001\n1.013002", "Đăng ký khai sinh lưu động")],
                   amended=[_row("1.000656 (nay là 1.001193)", "Đăng ký khai tử")])  # both in the catalogue
    by_code = {r["code"]: r for r in rows(plan_import(project, [annex], day=TODAY))}
    assert "dòng này của phụ lục còn ghi mã 1.013002: chưa dùng" in by_code["1.013001"]["note"]
    assert "dòng này của phụ lục còn ghi mã 1.001193: chưa dùng" in by_code["1.000656"]["note"]
