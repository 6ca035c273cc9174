"""Long official texts, told: on the portal's records (the real khai sinh record and records in
its shape: thường trú, kết hôn, trích lục), `check` names every sheet that takes more than one
side with the pages the build prints, `list` shows the sides, the posting kit says which
sheets are printed on both sides; per-channel values and sub-lists reach the sheet."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner

from noticeboard.posters.build import build_posters
from noticeboard.cli import main
from noticeboard.load.catalogue_sheet import COLUMNS, procedure_cells
from noticeboard.load.project import load_project

from .long_texts import write_portal_project
from .sheet_helpers import workbook


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, dict[str, int]]:
    """The project, its build, and the pages of each sheet as the build laid them out."""
    root = write_portal_project(tmp_path_factory.mktemp("portal") / "p")
    out = root.parent / "out"
    build_posters(load_project(root), out)
    [village] = [f for f in json.loads((out / "manifest.json").read_text("utf-8"))["files"] if f["kind"] == "village"]
    return root, out, {s["code"]: s["pages"][1] - s["pages"][0] + 1 for s in village["sheets"]}


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_the_records_give_long_and_short_sheets(built) -> None:
    _, _, pages = built
    assert pages["1.001193"] > 1 and pages["1.004222"] > 1  # the real khai sinh record, thường trú
    assert pages["1.000894"] == 1  # kết hôn fits one side


def test_check_names_every_sheet_over_one_side_with_its_pages(built) -> None:
    root, _, pages = built
    output = run("check", str(root))
    named = dict(re.findall(r": (\d\.\d{6}) .*?: (\d+) pages", output))
    assert named == {code: str(n) for code, n in pages.items() if n > 1}
    assert "under official: documents:" in output  # what to do


def test_check_says_nothing_of_sheets_when_all_fit(tmp_path: Path) -> None:
    from .conftest import write_project

    assert "Sheets longer" not in run("check", str(write_project(tmp_path / "p")))


def test_a_workbook_project_is_told_the_columns(built, tmp_path: Path) -> None:
    root, _, _ = built
    procs = load_project(root).procedures.values()
    (tmp_path / "p" / "procedures").mkdir(parents=True)
    (tmp_path / "p" / "places.yaml").write_text((root / "places.yaml").read_text("utf-8"), encoding="utf-8")
    workbook(tmp_path / "p" / "procedures" / "danh-muc.xlsx",
             {"Thủ tục": [[c.header for c in COLUMNS]] + [procedure_cells(p) for p in procs]})
    output = run("check", str(tmp_path / "p"))
    assert "procedures/danh-muc.xlsx:'Thủ tục'!A3: 1.004222" in output
    assert '"Thành phần hồ sơ (văn bản gốc)"' in output


def test_list_shows_the_sides_of_each_sheet(built) -> None:
    root, _, pages = built
    rows = [line.split() for line in run("list", str(root)).splitlines()[1:]]
    assert {row[0]: int(row[-1]) for row in rows} == pages


def _text(pdf: Path) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def test_the_kit_says_which_sheets_are_printed_on_both_sides(built) -> None:
    _, out, pages = built
    kit = " ".join(_text(out / "xa-thuong-lam" / "bo-niem-yet.pdf").split())
    for code, n in pages.items():
        assert (f"({code}) – in hai mặt" in kit) == (n > 1), code


def test_per_channel_values_and_sub_lists_reach_the_sheets(built) -> None:
    _, out, _ = built
    text = _text(out / "xa-thuong-lam" / "thon-na-khuoi.pdf")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "– Trực tiếp: 1 ngày làm việc" in lines and "– Trực tuyến: 3 ngày làm việc" in lines  # kết hôn
    assert any(line.startswith("– Trực tuyến: 4.000 đồng") for line in lines)  # trích lục, fee per channel
    flat = " ".join(lines)
    heading = flat.index("gồm một trong các giấy tờ sau (1 bản chính):")
    assert heading < flat.index("a) Hộ chiếu") < flat.index("b) Thẻ căn cước") < flat.index("c) Giấy chứng nhận căn cước")
    binder = " ".join(_text(out / "xa-thuong-lam" / "so-tay-thu-tuc.pdf").split())
    assert binder.index("các giấy tờ sau (1 bản sao):") < binder.index("a) Giấy chứng nhận quyền sử dụng đất")
