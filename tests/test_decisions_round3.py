"""`noticeboard import decision`: what the clerk's acceptance trial found (third round): a new
procedure no village posts is said with where to list it, a time or fee per channel stays per
channel, and the annex's legal basis is kept (catalogue and change log)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noticeboard.decisions import apply_import, plan_import
from noticeboard.load.project import load_project

from .test_decisions import FIXTURES, TODAY, _annex_docx, _workbook_project
from .test_decisions_trial import HEAD, TITLE

NEW_LIST = ["I. LĨNH VỰC HỘ TỊCH", "Danh mục thủ tục hành chính mới ban hành"]
AMENDED_LIST = "Danh mục thủ tục hành chính được sửa đổi, bổ sung"


@pytest.fixture(autouse=True)
def vietnamese(monkeypatch) -> None:
    monkeypatch.setenv("NOTICEBOARD_LANG", "vi")  # the words the clerk reads


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "xa"
    shutil.copytree(FIXTURES / "project", root)
    return root


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


@pytest.mark.parametrize("workbook", [False, True])
def test_a_per_channel_time_and_fee_stay_per_channel(project: Path, tmp_path: Path, workbook: bool) -> None:
    if workbook:
        _workbook_project(project)
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
