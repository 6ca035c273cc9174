"""The command line: exit codes, filters, and clear errors when the output cannot be written."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

from click.testing import CliRunner

from noticeboard.cli import main



def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_check_ok_and_bad_command_line(project: Path) -> None:
    ok = run("check", str(project))
    assert ok.exit_code == 0 and "OK: 2 procedures, 1 communes, 1 villages" in ok.output
    assert run("build", str(project), "--paper", "A2").exit_code == 2
    assert run("frobnicate").exit_code == 2


def test_filters_take_names_or_slugs_and_suggest(tmp_path: Path, sample: Path) -> None:
    out = tmp_path / "out"
    by_name = run("build", str(sample), "-o", str(out), "-q", "--commune", "Xã Thượng Lâm", "--village", "Thôn Nà Tông")
    assert by_name.exit_code == 0, by_name.output
    files = {e["file"] for e in json.loads((out / "manifest.json").read_text("utf-8"))["files"]}
    assert files == {"xa-thuong-lam/thon-na-tong.pdf"}
    by_slug = run("build", str(sample), "-o", str(tmp_path / "o2"), "-q", "--commune", "xa-binh-an")
    assert by_slug.exit_code == 0
    assert len(list((tmp_path / "o2/xa-binh-an").glob("*.pdf"))) == 7  # 3 villages, all-villages, binder, kit, register
    typo = run("build", str(sample), "-o", str(tmp_path / "o3"), "--commune", "Xã Thượng Lan")
    assert typo.exit_code == 2 and 'no commune named "Xã Thượng Lan"' in typo.output  # a bad command line
    assert 'did you mean "Xã Thượng Lâm"?' in typo.output and not (tmp_path / "o3").exists()


def test_output_inside_a_file_is_a_clear_error(project: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run("build", str(project), "-o", str(blocker / "out"), "-q")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"cannot write {blocker / 'out'}" in result.output


def test_full_disk_is_a_clear_error_and_leaves_no_partial_file(project: Path, tmp_path: Path, monkeypatch) -> None:
    import noticeboard.output.atomic as atomic

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    out = tmp_path / "out"
    result = run("build", str(project), "-o", str(out), "-q", "-j", "1")
    assert result.exit_code == 1 and "the disk is full" in result.output
    assert [p.name for p in out.rglob("*") if p.is_file()] == []  # never partial, and no lock left


def test_no_project_builds_the_bundled_sample(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("build", "-o", "posters", "-q", "--commune", "xa-minh-quang")
    assert result.exit_code == 0 and "bundled sample" in result.output
    assert (tmp_path / "posters/xa-minh-quang/all-villages.pdf").is_file()


def test_build_in_a_real_terminal_shows_progress(project: Path, tmp_path: Path) -> None:
    """Regression: the progress bar crashed (NameError) when stderr was a terminal."""
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    proc = subprocess.run([sys.executable, "-m", "noticeboard", "build", str(project), "-o", str(tmp_path / "out")],
                          stdin=follower, stdout=follower, stderr=follower, timeout=120)
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    text = output.decode("utf-8", "replace")
    assert proc.returncode == 0, text
    assert "Traceback" not in text and "Villages" in text and "Wrote 5 PDFs" in text
