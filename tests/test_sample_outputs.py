"""Every output of the bundled sample carries the "BẢN MẪU" mark, and no output of a commune's
own project (a copy of the sample) does: the walk below opens every file each command writes
(posters, desk documents, change report, manifests, kiosk, Zalo cards and captions, the
loudspeaker script, previews, the list on the screen, as a workbook and as CSV) and reads the
mark the way its reader would see it."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from noticeboard.channels.kiosk.build import STATIC
from noticeboard.channels.share.card import BAND, SAMPLE_STRIP
from noticeboard.cli import main
from noticeboard.fonts import font_path
from noticeboard.resources import sample_project

MARK = "BẢN MẪU"
COMMUNE = "xa-minh-quang"  # the sample's smallest commune: quick to make everything for
DAY = "04/12/2026"
# Files every kiosk gets as they are (page, style, script, fonts): the same bytes for any
# project, so they carry nothing of it; the kiosk's data (data.js) says "sample".
BUNDLED = {p.read_bytes() for p in [*STATIC.iterdir(), *font_path("BeVietnamPro-Regular").parent.iterdir()]
           if p.is_file()}


def make_everything(project: Path, out: Path) -> Path:
    """Run every command that writes something from ``project`` into folders under ``out``."""
    def run(*args: str) -> str:
        result = CliRunner().invoke(main, [*args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout

    where = ["--commune", COMMUNE, "--date", DAY]
    run("build", str(project), "-o", str(out / "first"), "-q", "-j", "1", *where)
    # a change report: the first build's manifest as if a sheet had not been posted then
    old = out / "first" / "manifest.json"
    listing = json.loads(old.read_text("utf-8"))
    village = next(e for e in listing["files"] if e.get("kind") == "village")
    village["sheets"] = village["sheets"][1:]
    old.write_text(json.dumps(listing, ensure_ascii=False), "utf-8")
    run("build", str(project), "-o", str(out / "posters"), "-q", "-j", "1", "--since", str(old), *where)
    assert (out / "posters" / COMMUNE / "thay-doi.json").is_file()
    shutil.rmtree(out / "first")
    run("preview", str(out / "posters"))
    run("kiosk", "build", str(project), "-o", str(out / "kiosk"), *where)
    run("share", str(project), "-o", str(out / "zalo"), *where)
    run("announce", str(project), "-o", str(out / "loa"), *where)
    (out / "list").mkdir()
    (out / "list" / "screen.txt").write_text(run("list", str(project), "--date", DAY), "utf-8")
    run("list", str(project), "--xlsx", str(out / "list" / "list.xlsx"), "--csv", str(out / "list" / "list.csv"))
    return out


def card_strip(png: Path) -> bool:
    pixel = Image.open(png).convert("RGB").getpixel((20, BAND + 17))
    strip = tuple(int(SAMPLE_STRIP.hexval()[i:i + 2], 16) for i in (2, 4, 6))
    return max(abs(a - b) for a, b in zip(pixel, strip)) < 40


def marked(path: Path) -> bool | None:
    """Whether the file shows the mark as its reader sees it; None for a file that holds
    nothing of the project (a bundled kiosk asset) or repeats pages already read (previews)."""
    data = path.read_bytes()
    if data in BUNDLED or path.parent.name.startswith("page-") or "preview" in path.parts[-4:-1]:
        return None
    suffix = path.suffix
    if suffix == ".pdf":
        pages = [MARK in page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
        assert len(set(pages)) == 1, f"{path}: marked on some pages only"
        return pages[0]
    if suffix == ".png":
        return card_strip(path)
    if suffix == ".json":
        return json.loads(data).get("sample") is True
    if suffix == ".js":  # window.NOTICEBOARD = {...}: the kiosk draws its strip from "sample"
        return '"sample": true' in data.decode("utf-8")
    if suffix in (".txt", ".html"):
        return MARK in data.decode("utf-8")
    if suffix == ".csv":
        return MARK in next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[0]
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        sheets = load_workbook(io.BytesIO(data), read_only=True).worksheets
        return all(MARK in str(next(ws.iter_rows(max_row=1, values_only=True))[0]) for ws in sheets)
    raise AssertionError(f"{path}: an output the walk does not know how to read")


def walk(out: Path) -> dict[str, bool]:
    """Every output under ``out`` (hidden files, such as the state file, are not outputs)."""
    found = {}
    for path in sorted(out.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(out).parts):
            state = marked(path)
            if state is not None:
                found[str(path.relative_to(out))] = state
    return found


@pytest.fixture(scope="module")
def own_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("own") / "project"
    shutil.copytree(sample_project(), root)
    (root / "noticeboard.yaml").write_text(f"catalogue: {sample_project().parent.parent / 'procedures'}\n", "utf-8")
    return root


# every kind of file the walk must have read (so a command writing nothing is noticed)
KINDS = {".pdf", ".png", ".txt", ".html", ".js", ".csv", ".xlsx", "manifest.json", "thay-doi.json"}


def kinds(found: dict[str, bool]) -> set[str]:
    return {Path(f).suffix for f in found} | {Path(f).name for f in found}


def test_every_output_of_the_sample_is_marked(tmp_path: Path) -> None:
    found = walk(make_everything(sample_project(), tmp_path))
    assert KINDS <= kinds(found)
    assert [f for f, is_marked in found.items() if not is_marked] == []


def test_no_output_of_a_communes_own_project_is_marked(own_project: Path, tmp_path: Path) -> None:
    found = walk(make_everything(own_project, tmp_path))
    assert KINDS <= kinds(found)
    assert [f for f, is_marked in found.items() if is_marked] == []


def test_the_samples_loudspeaker_script_says_it_is_a_sample(tmp_path: Path) -> None:
    """The announcer reads the script out: the mark is in its words, first and last."""
    out = tmp_path / "loa"
    result = CliRunner().invoke(main, ["announce", str(sample_project()), "-o", str(out), "--commune", COMMUNE,
                                       "--date", DAY])
    assert result.exit_code == 0, result.output
    for script in out.glob("*.txt"):
        blocks = script.read_text("utf-8").split("\n\n")
        assert "BẢN MẪU – dữ liệu giả định, không dùng để phát thanh" in blocks[1]  # under the title
        opening, closing = blocks[2].lower(), blocks[-1].lower()
        assert opening.startswith("lời mở đầu.") and "đây là bản mẫu" in opening
        assert closing.startswith("cách hỏi thêm.") and "đây là bản mẫu" in closing
