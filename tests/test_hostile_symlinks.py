"""Issue 19, symbolic links planted in an output folder are never written through."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main

from .conftest import write_project


def _run(*args: str):
    return CliRunner().invoke(main, ["--lang", "en", *args])


@pytest.mark.parametrize("link", ["xa-thuong-lam", ".noticeboard-state.json", ".noticeboard.lock"])
def test_build_refuses_an_output_folder_holding_a_link_and_writes_nothing_there(tmp_path: Path, link: str) -> None:
    root = write_project(tmp_path / "p")
    out = tmp_path / "out"
    assert _run("build", str(root), "-o", str(out), "-q").exit_code == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "precious.txt"
    victim.write_text("keep me", "utf-8")
    target = elsewhere if link == "xa-thuong-lam" else victim
    path = out / link
    if path.is_dir():
        for f in path.iterdir():
            f.unlink()
        path.rmdir()
    else:
        path.unlink(missing_ok=True)
    path.symlink_to(target)
    result = _run("build", str(root), "-o", str(out), "-q", "--force")
    assert result.exit_code == 1
    assert f"{path} is a symbolic link to {target}: noticeboard never writes through a link" in result.output
    assert victim.read_text("utf-8") == "keep me" and sorted(elsewhere.iterdir()) == [victim]


def test_kiosk_build_refuses_a_linked_folder_too(tmp_path: Path) -> None:
    out, root = tmp_path / "kiosk", write_project(tmp_path / "p")
    assert _run("kiosk", "build", str(root), "-o", str(out)).exit_code == 0
    (tmp_path / "elsewhere").mkdir()
    for f in (out / "fonts").iterdir():
        f.unlink()
    (out / "fonts").rmdir()
    (out / "fonts").symlink_to(tmp_path / "elsewhere")
    result = _run("kiosk", "build", str(root), "-o", str(out))
    assert result.exit_code == 1 and "is a symbolic link to" in result.output
    assert not list((tmp_path / "elsewhere").iterdir())
