"""Parallel builds, incremental rebuilds and interrupted builds."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from noticeboard.posters.build import build_posters
from noticeboard.load import load_project

EPOCH = "1795651200"


@pytest.fixture
def sample_copy(tmp_path: Path, sample: Path, monkeypatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    root = tmp_path / "project"
    shutil.copytree(sample, root)
    # the sample points at the bundled catalogue with a relative path: make it absolute
    settings = root / "noticeboard.yaml"
    catalogue = (sample / "../../procedures").resolve()
    settings.write_text(settings.read_text("utf-8").replace("../../procedures/", f"{catalogue}/"), "utf-8")
    return root


def pdfs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.pdf"))}


def test_jobs_give_the_same_bytes_as_one_job(sample_copy: Path, tmp_path: Path) -> None:
    project = load_project(sample_copy)
    build_posters(project, tmp_path / "one", jobs=1)
    build_posters(project, tmp_path / "two", jobs=2)
    assert pdfs(tmp_path / "one") == pdfs(tmp_path / "two")
    m1 = json.loads((tmp_path / "one/manifest.json").read_text("utf-8"))
    m2 = json.loads((tmp_path / "two/manifest.json").read_text("utf-8"))
    assert m1 == m2


def test_rebuild_skips_unchanged_and_redoes_the_edited_village(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build_posters(load_project(sample_copy), out)
    assert first.skipped == 0
    again = build_posters(load_project(sample_copy), out)
    assert again.written == 0 and again.skipped == len(first.files)

    places = sample_copy / "places.yaml"
    text = places.read_text("utf-8")
    assert "0912 000 201" in text  # the head of Thôn Nà Tông
    places.write_text(text.replace("0912 000 201", "0912 000 299"), "utf-8")
    before = pdfs(out)
    edited = build_posters(load_project(sample_copy), out)
    changed = {f for f, data in pdfs(out).items() if before.get(f) != data}
    # the village, its commune's print job, the posting kit (the head's line) and a change report
    # (the board's first page, which prints the head)
    assert changed == {"xa-thuong-lam/thon-na-tong.pdf", "xa-thuong-lam/all-villages.pdf",
                       "xa-thuong-lam/bo-niem-yet.pdf", "xa-thuong-lam/thay-doi.pdf"}
    assert edited.written == 5 and edited.skipped == len(first.files) - 3  # and thay-doi.json
    report = json.loads((out / "xa-thuong-lam/thay-doi.json").read_text("utf-8"))
    assert [(v["village"], v["board"], v["changed"]) for v in report["villages"]] == [("Thôn Nà Tông", ["head"], [])]
    assert "0912 000 299" in " ".join(PdfReader(str(out / "xa-thuong-lam/thon-na-tong.pdf")).pages[0].extract_text().split())


def test_damaged_file_is_rebuilt_and_force_rebuilds_all(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build_posters(load_project(sample_copy), out)
    victim = out / "xa-lam-binh/thon-ban-cho.pdf"
    good = victim.read_bytes()
    victim.write_bytes(good[: len(good) // 2])
    repaired = build_posters(load_project(sample_copy), out)
    assert repaired.written == 1 and victim.read_bytes() == good
    forced = build_posters(load_project(sample_copy), out, force=True)
    assert forced.written == len(first.files) and forced.skipped == 0


def test_cli_reports_skipped_files(sample_copy: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from noticeboard.cli import main

    out = str(tmp_path / "out")
    assert CliRunner().invoke(main, ["build", str(sample_copy), "-o", out, "-q", "-j", "1"]).exit_code == 0
    result = CliRunner().invoke(main, ["build", str(sample_copy), "-o", out, "-q", "-j", "1"])
    assert result.exit_code == 0 and "0 PDFs, 28 files unchanged and skipped" in result.output
    result = CliRunner().invoke(main, ["build", str(sample_copy), "-o", out, "-q", "--force"])
    assert "Wrote 28 PDFs (12 villages" in result.output


@pytest.mark.parametrize("delay", [0.3, 0.9, 1.6])
def test_killed_build_leaves_complete_pdfs_and_the_next_build_succeeds(sample_copy: Path, tmp_path: Path,
                                                                       delay: float) -> None:
    out = tmp_path / "out"
    build_posters(load_project(sample_copy), out)  # a previous build
    places = sample_copy / "places.yaml"
    places.write_text(places.read_text("utf-8").replace("Thôn", "Bản"), "utf-8")  # everything changes
    proc = subprocess.Popen([sys.executable, "-m", "noticeboard", "build", str(sample_copy), "-o", str(out),
                             "-q", "-j", "1"], env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH})
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for pdf in out.rglob("*.pdf"):
        PdfReader(str(pdf), strict=True).pages[-1]  # every PDF on disk is complete
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert all((out / e["file"]).is_file() for e in manifest["files"])
    result = build_posters(load_project(sample_copy), out)
    assert not list(out.rglob("*.tmp"))
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert {e["village"] for e in manifest["files"] if e["village"]} == \
        {v.name for c in load_project(sample_copy).places.communes for v in c.villages}
    assert result.files
    # the old villages' files (renamed) are gone, the output folder matches the manifest
    assert {str(p.relative_to(out)) for p in out.rglob("*.pdf")} | {str(p.relative_to(out)) for p in out.rglob("*.json")
                                                               if p.name != "manifest.json" and not p.name.startswith(".")} \
        == {e["file"] for e in manifest["files"]}


def test_a_second_build_into_the_same_folder_is_refused_while_one_runs(sample_copy: Path, tmp_path: Path) -> None:
    """Review finding: two builds into one folder deleted each other's temporaries."""
    from noticeboard.errors import OutputError
    from noticeboard.output.lock import exclusive

    out = tmp_path / "out"
    with exclusive(out):
        with pytest.raises(OutputError, match="another noticeboard build is writing into"):
            build_posters(load_project(sample_copy), out)
    build_posters(load_project(sample_copy), out)  # and once it is done, building works
    assert (out / "manifest.json").is_file()


def test_moving_a_procedure_down_its_file_rebuilds_nothing(sample_copy: Path, tmp_path: Path) -> None:
    """Review finding: the hash included the procedure's line number."""
    out = tmp_path / "out"
    build_posters(load_project(sample_copy), out)
    folder = (sample_copy / "noticeboard.yaml").read_text("utf-8").split("catalogue: ")[1].split()[0].strip('"')
    copy = sample_copy / "procedures"
    shutil.copytree(folder, copy)
    for f in copy.glob("*.yaml"):
        f.write_text("# reviewed by the commune\n\n" + f.read_text("utf-8"), "utf-8")
    settings = sample_copy / "noticeboard.yaml"
    settings.write_text(settings.read_text("utf-8").replace(folder, "procedures/"), "utf-8")
    again = build_posters(load_project(sample_copy), out)
    assert again.written == 0 and again.skipped == 28
