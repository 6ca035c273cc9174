"""Procedures in force on the build date: what is posted, what is warned about, check's summary."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.plan.in_force import posting_problems, summary
from noticeboard.channels.kiosk.build import kiosk_data
from noticeboard.load import load_project
from noticeboard.plan.village import build_date, plan

from .conftest import CATALOGUE, PLACES, write_project

# 1.001193 and 1.000656 (conftest) have no dates: always in force.
DATED = """\
  - code: "1.000894"
    name: "Đăng ký kết hôn"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí"
    effective_until: "01/09/2026"
    replaced_by: "1.013785"
  - code: "1.013785"
    name: "Đăng ký kết hôn (mới)"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí"
    effective_from: 2026-09-01
    effective_until: 2026-10-15
  - code: "2.000815"
    name: "Chứng thực bản sao từ bản chính"
    field: "Chứng thực"
    agency: "UBND xã"
    time: "Trong ngày"
    fee: "2.000 đồng/trang"
    documents: ["Bản chính", "Bản sao"]
    effective_from: 2026-12-01
"""
VILLAGES = """\
        posted: ["1.000894", "1.013785"]
      - name: "Thôn Nà Khà"
        not_posted: ["1.001193", "1.000656"]
        posted: ["1.000894"]
      - name: "Thôn Khuổi Củng"
        posted: ["2.000815"]
"""
BEFORE, DURING, AFTER = dt.date(2026, 8, 20), dt.date(2026, 9, 20), dt.date(2026, 12, 5)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_project(tmp_path_factory.mktemp("in-force"), PLACES + VILLAGES, CATALOGUE + DATED)


def _posted(root: Path, day: dt.date) -> dict[str, list[str]]:
    return {vp.village.name: [p.code for p in vp.procedures] for vp in plan(load_project(root), day=day)}


def test_only_what_is_in_force_is_posted(root: Path) -> None:
    assert _posted(root, BEFORE) == {"Thôn Nà Tông": ["1.001193", "1.000656", "1.000894"],
                                     "Thôn Nà Khà": ["1.000894"],
                                     "Thôn Khuổi Củng": ["1.001193", "1.000656"]}
    # the old one is gone on its last day + 1; the new one is in force from its first day
    assert _posted(root, DURING) == {"Thôn Nà Tông": ["1.001193", "1.000656", "1.013785"],
                                     "Thôn Khuổi Củng": ["1.001193", "1.000656"]}
    assert _posted(root, AFTER)["Thôn Khuổi Củng"] == ["1.001193", "1.000656", "2.000815"]


def test_warnings_name_the_places_and_the_replacement(root: Path) -> None:
    found = [str(p) for p in posting_problems(load_project(root), DURING)]
    both = [f for f in found if "1.000894" in f and "no longer in force" in f]
    # one warning per list that posts it, located there (where the clerk acts), naming the row
    assert [f.split(": ")[0] for f in both] == ["places.yaml:12:18", "places.yaml:15:18"]
    assert "posted in Thôn Nà Tông of Xã Thượng Lâm" in both[0] and "posted in Thôn Nà Khà of" in both[1]
    abolished = both[0]
    assert "since 01/09/2026" in abolished and '(replaced by 1.013785 "Đăng ký kết hôn (mới)")' in abolished
    assert "(catalogue: procedures/catalogue.yaml:21:5)" in abolished  # where its dates are written
    # The hint names the list where a clerk removes the code, as the file names it (YAML: its key).
    assert "hint: take its sheets down and remove the code from posted:, or post its replacement" in abolished
    # every warning says what to do (a trial saw the app's "Cách sửa" empty for these two)
    assert any("2.000815" in f and "in force only from 01/12/2026" in f
               and "hint: nothing to do: builds from 01/12/2026 on print its sheet" in f for f in found)
    assert any("1.013785" in f and "stops being in force on 15/10/2026 (in 25 days)" in f
               and "hint: builds from 15/10/2026 on leave its sheet out" in f for f in found)
    assert any('village "Thôn Nà Khà" of Xã Thượng Lâm posts nothing in force on 20/09/2026' in f for f in found)
    assert all(p.warning for p in posting_problems(load_project(root), DURING))
    assert summary(load_project(root), DURING) == (
        "Catalogue on 20/09/2026: 5 procedures, 3 in force, 1 abolished, 1 not yet in force, "
        "2 without papers, 4 without a link to their portal page.")


def test_check_warns_and_strict_refuses(root: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["check", str(root), "--date", "20/09/2026"])
    assert ok.exit_code == 0, ok.output
    assert "no longer in force" in ok.output
    assert ok.output.rstrip().splitlines()[-2].startswith("Catalogue on 20/09/2026: 5 procedures")
    assert ok.output.rstrip().splitlines()[-1] == "0 errors, 6 warnings."
    strict = runner.invoke(main, ["check", str(root), "--date", "20/09/2026", "--strict"])
    assert strict.exit_code == 1 and "no longer in force" in strict.output
    assert runner.invoke(main, ["check", str(root), "--date", "2026-13-01"]).exit_code == 2


def test_build_and_kiosk_leave_out_what_is_not_in_force(root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    built = CliRunner().invoke(main, ["build", str(root), "-o", str(out), "-q", "-j", "1",
                                      "--date", "20/09/2026"])
    assert built.exit_code == 0, built.output
    entries = json.loads((out / "manifest.json").read_text("utf-8"))["files"]
    codes = {code for e in entries for code in e["procedures"]}
    assert "1.000894" not in codes and "2.000815" not in codes and "1.013785" in codes
    assert not (out / "xa-thuong-lam" / "thon-na-kha.pdf").exists()  # nothing in force: no file, no crash
    assert all(e["generated"] == "2026-09-20" for e in entries)
    strict = CliRunner().invoke(main, ["build", str(root), "-o", str(tmp_path / "s"), "-q", "--strict",
                                       "--date", "20/09/2026"])
    assert strict.exit_code == 1 and not (tmp_path / "s").exists()
    data = kiosk_data(load_project(root), day=DURING)
    assert [p["code"] for p in data["procedures"]] == ["1.001193", "1.000656", "1.013785"]
    assert data["communes"][0]["posted"] == ["1.001193", "1.000656"]


def test_build_date_is_vietnam_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2026-09-03 20:00 UTC is already 4 September in Vietnam
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 9, 3, 20, tzinfo=dt.timezone.utc).timestamp())))
    assert build_date() == dt.date(2026, 9, 4)
    assert build_date(dt.date(2027, 1, 2)) == dt.date(2027, 1, 2)  # --date wins


def test_a_commune_with_nothing_in_force_builds_without_crashing(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace('    fee: "Miễn lệ phí"\n', '    fee: "Miễn lệ phí"\n    effective_until: 2026-01-01\n')
    root = write_project(tmp_path / "p", catalogue=catalogue)
    result = CliRunner().invoke(main, ["build", str(root), "-o", str(tmp_path / "out"), "-q", "--date", "02/02/2026"])
    assert result.exit_code == 0, result.output
    assert "posts nothing in force" in result.output and not list((tmp_path / "out").rglob("*.pdf"))


def test_a_long_list_of_codes_is_shortened() -> None:
    from noticeboard.plan.in_force import _some

    codes = [f"1.{n:06d}" for n in range(15)]
    assert _some(codes[:12]) == ", ".join(codes[:12])
    assert _some(codes) == ", ".join(codes[:12]) + ", … (+3)"


def test_kiosk_build_takes_the_date(root: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["kiosk", "build", str(root), "-o", str(tmp_path / "k"), "--date", "05/12/2026"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "k" / "data.js").read_text("ascii")
    data = json.loads(text[len("window.NOTICEBOARD = "):-2])
    assert [p["code"] for p in data["procedures"]] == ["1.001193", "1.000656", "2.000815"]
    strict = CliRunner().invoke(main, ["kiosk", "build", str(root), "-o", str(tmp_path / "s"), "--strict",
                                       "--date", "05/12/2026"])
    assert strict.exit_code == 1 and not (tmp_path / "s").exists()


def test_dates_the_wrong_way_round_and_an_unknown_replacement(tmp_path: Path) -> None:
    """A row never in force is a warning even when posted: left out, named at the list."""
    from noticeboard.load.project import load_project_with_warnings

    reversed_ = DATED.replace("    effective_until: 2026-10-15\n", "    effective_until: 2026-08-15\n")
    project, warnings = load_project_with_warnings(write_project(tmp_path / "a", PLACES + VILLAGES,
                                                                 CATALOGUE + reversed_))
    assert warnings == []  # posted: the warning is at the list that posts it
    found = [str(p).split("\n")[0] for p in posting_problems(project, DURING) if "never" in str(p)]
    assert found == ['places.yaml:12:30: communes[0].villages[0].posted[1]: 1.013785 "Đăng ký kết hôn (mới)" is never in force (from 01/09/2026, '
                     "no longer from 15/08/2026; catalogue: procedures/catalogue.yaml:29:5); posted in Thôn Nà Tông "
                     "of Xã Thượng Lâm: left out (warning)"]
    assert [p.code for p in plan(project, day=DURING)[0].procedures] == ["1.001193", "1.000656"]
    _, warnings = load_project_with_warnings(write_project(tmp_path / "b", PLACES + VILLAGES,
                                                           CATALOGUE + DATED.replace('replaced_by: "1.013785"', 'replaced_by: "1.013786"')))
    assert any('1.000894 is replaced by "1.013786", which is not in the catalogue' in str(w) for w in warnings)
