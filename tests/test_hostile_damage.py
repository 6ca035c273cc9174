"""Issue 19, damage unnoticed: bytes blanked inside a built PDF (same size, time set back)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from noticeboard.posters.build import build_posters
from noticeboard.load import load_project
from noticeboard.verify.readback import verify_output

from .conftest import write_project

VILLAGE = "xa-thuong-lam/thon-na-tong.pdf"


def _listed(out: Path) -> str:
    files = json.loads((out / "manifest.json").read_text("utf-8"))["files"]
    return next(e["sha256"] for e in files if e["file"] == VILLAGE)


def _blank(path: Path) -> None:
    """2,000 bytes in the middle zeroed, size and modification time as before."""
    st = path.stat()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 2000] = b" " * 2000
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_build_rewrites_a_file_whose_bytes_no_longer_match_the_manifest(tmp_path: Path) -> None:
    project = load_project(write_project(tmp_path / "p"))
    out = tmp_path / "out"
    build_posters(project, out)
    good = (out / VILLAGE).read_bytes()
    _blank(out / VILLAGE)
    again = build_posters(project, out)
    assert again.written == 1  # only the damaged file; the others are skipped as before
    assert (out / VILLAGE).read_bytes() == good
    assert hashlib.sha256(good).hexdigest() == _listed(out)


def test_verify_reports_a_damaged_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_posters(load_project(write_project(tmp_path / "p")), out)
    damaged = tmp_path / "damaged"
    shutil.copytree(out, damaged)
    _blank(damaged / VILLAGE)
    assert not verify_output(out).problems
    problems = verify_output(damaged).problems
    assert f"{VILLAGE}: its bytes do not match the manifest's sha256" in "\n".join(problems)
