"""Reproducible output folders (stamps live in a hidden state file) and a build killed part way
resumed from its journal of finished files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from noticeboard.posters.build import build_posters
from noticeboard.load import load_project
from noticeboard.output import state
from tests.test_incremental import EPOCH, sample_copy  # noqa: F401 (fixture)


def outputs(out: Path) -> dict[str, bytes]:
    """Every file a person or a script reads: all but the hidden ones."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


def test_two_builds_give_byte_identical_folders_manifest_included(sample_copy: Path, tmp_path: Path) -> None:
    project = load_project(sample_copy)
    files = build_posters(project, tmp_path / "one", jobs=1).files
    time.sleep(0.01)  # different times on disk
    build_posters(project, tmp_path / "two", jobs=2)
    one, two = outputs(tmp_path / "one"), outputs(tmp_path / "two")
    assert "manifest.json" in one and len(one) == len(files) + 1
    assert one == two
    manifest = json.loads(one["manifest.json"])
    assert all("stamp" not in e for e in manifest["files"])
    # the stamps for skipping are in the hidden state file, one per file of the manifest
    stamps = {r["file"]: r["stamp"] for r in state._lines(tmp_path / "one")}
    assert set(stamps) == {e["file"] for e in manifest["files"]}
    assert all(s == state.stamp(tmp_path / "one" / f) for f, s in stamps.items())


def test_a_manifest_of_an_older_version_with_stamps_still_skips(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build_posters(load_project(sample_copy), out)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    for e in manifest["files"]:
        e["stamp"] = state.stamp(out / e["file"])
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    (out / state.NAME).unlink()
    again = build_posters(load_project(sample_copy), out)
    assert again.written == 0 and again.skipped == len(first.files)
    assert "stamp" not in (out / "manifest.json").read_text("utf-8")


def test_a_killed_build_is_resumed_from_its_journal(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    reference = tmp_path / "reference"
    total = len(build_posters(load_project(sample_copy), reference).files)
    proc = subprocess.Popen([sys.executable, "-m", "noticeboard", "build", str(sample_copy), "-o", str(out),
                             "-q", "-j", "1"], env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = out / state.NAME
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.is_file() and journal.read_text("utf-8").count('"entry"') >= 5:
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not (out / "manifest.json").exists()  # killed before the end
    finished = {r["file"] for r in state._lines(out) if "entry" in r}
    assert 5 <= len(finished) < total
    resumed = build_posters(load_project(sample_copy), out)
    assert resumed.skipped == len(finished) and resumed.written == total - len(finished)
    assert outputs(out) == outputs(reference)  # as if never interrupted


def test_a_torn_journal_line_only_rebuilds_that_file(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_posters(load_project(sample_copy), out)
    places = sample_copy / "places.yaml"
    places.write_text(places.read_text("utf-8").replace("0912 000 201", "0912 000 299"), "utf-8")
    text = (out / state.NAME).read_text("utf-8")
    edited = load_project(sample_copy)
    plain = tmp_path / "plain"  # the same folder, rebuilt without interruption
    shutil.copytree(out, plain)
    redone = build_posters(edited, plain).written
    assert redone >= 2  # the village and its commune's files
    # a build that wrote the edited village, journalled it, and was killed writing the next line
    file = "xa-thuong-lam/thon-na-tong.pdf"
    entry = next(e for e in json.loads((plain / "manifest.json").read_text("utf-8"))["files"] if e["file"] == file)
    (out / file).write_bytes((plain / file).read_bytes())
    line = {"file": file, "stamp": state.stamp(out / file), "entry": entry}
    (out / state.NAME).write_text(text + json.dumps(line, ensure_ascii=False) + '\n{"file": "xa-th', "utf-8")
    resumed = build_posters(edited, out)
    assert resumed.written == redone - 1  # all but the village the journal holds
    assert outputs(out) == outputs(plain)
