"""A procedure the catalogue marks "Trực tuyến" but without a link (issue 15, item 8): every
output says it can be done online and that the QR looks it up, never "Nộp trực tiếp" (one
function words it: plan/apply.py); the script says where the catalogue says it is handled."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.load import load_project
from noticeboard.plan.apply import how_to_apply

from .conftest import CATALOGUE, pdf_text, write_project

ONLINE_NO_LINK = CATALOGUE.replace('    agency: "UBND xã"\n    time: "1 ngày làm việc"\n    fee: "Miễn lệ phí"\n    documents: ["Tờ',
                                   '    agency: "Công an xã"\n    time: "1 ngày làm việc"\n    fee: "Miễn lệ phí"\n'
                                   '    channels: [direct, online]\n    documents: ["Tờ')
IN_PERSON = ONLINE_NO_LINK.replace("    channels: [direct, online]\n", "    channels: [direct]\n")


def _village_text(tmp_path: Path, catalogue: str) -> str:
    root = write_project(tmp_path / "p", catalogue=catalogue)
    result = CliRunner().invoke(main, ["build", str(root), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    return pdf_text(tmp_path / "out" / "xa-thuong-lam" / "thon-na-tong.pdf")


def test_online_without_a_link_is_never_printed_as_in_person(tmp_path: Path) -> None:
    text = _village_text(tmp_path, ONLINE_NO_LINK)
    assert "Nộp trực tiếp" not in text
    assert "Quét mã để tìm thủ tục trên Cổng Dịch vụ công" in " ".join(text.split())


def test_in_person_only_is_still_printed_in_person(tmp_path: Path) -> None:
    assert "Nộp trực tiếp" in _village_text(tmp_path, IN_PERSON)


def test_the_sheet_lists_online_as_the_catalogue_does(tmp_path: Path) -> None:
    text = " ".join(_village_text(tmp_path, ONLINE_NO_LINK).split())
    assert "Cách nộp hồ sơ: Trực tiếp, Trực tuyến" in text


def test_the_kiosk_words_it_as_the_posters(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p", catalogue=ONLINE_NO_LINK)
    result = CliRunner().invoke(main, ["kiosk", "build", str(root), "-o", str(tmp_path / "k")])
    assert result.exit_code == 0, result.output
    data = (tmp_path / "k" / "data.js").read_text("utf-8")
    procs = json.loads(data[data.index("{"):data.rindex("}") + 1])["procedures"]
    khai_tu = next(p for p in procs if p["code"] == "1.000656")
    assert khai_tu["apply"] == {"label": "Nộp trực tuyến", "in_person": False,
                                "long": how_to_apply(load_project(root).procedures["1.000656"]).long}


def test_without_look_ups_it_says_to_find_the_code_online(tmp_path: Path) -> None:
    proc = load_project(write_project(tmp_path / "p", catalogue=ONLINE_NO_LINK)).procedures["1.000656"]
    how = how_to_apply(proc, search=False)
    assert (how.label, how.in_person) == ("Nộp trực tuyến", False) and "Tìm mã thủ tục" in how.text


@pytest.fixture
def script(tmp_path: Path):
    from noticeboard.channels.announce.budget import commune_bulletins
    project = load_project(write_project(tmp_path / "p", catalogue=ONLINE_NO_LINK))
    return commune_bulletins(project, project.places.communes[0], dt.date(2026, 12, 4))[0][0]


def test_the_script_says_it_can_be_done_online(script) -> None:
    assert "Thủ tục này cũng làm được trên mạng" in script.parts[2].text


def test_the_script_says_where_the_catalogue_says_it_is_handled(script) -> None:
    assert "Bà con nộp hồ sơ tại Công an xã." in script.parts[2].text
    assert "Bà con nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã Thượng Lâm." in script.parts[1].text
