"""output/atomic.write_all: a set of files is replaced whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticeboard.errors import OutputError
from noticeboard.output.atomic import write_all


def _folder(tmp_path: Path) -> Path:
    out = tmp_path / "kiosk"
    out.mkdir()
    (out / "data.js").write_bytes(b"old data")
    (out / "index.html").write_bytes(b"old page")
    return out


def test_a_rename_failing_half_way_replaces_no_file(tmp_path: Path) -> None:
    out = _folder(tmp_path)
    (out / "fonts").mkdir()
    (out / "fonts" / "x.ttf").write_bytes(b"a font")  # a folder where a file is to go: its rename fails
    with pytest.raises(OutputError):
        write_all([(out / "data.js", b"new data"), (out / "new.css", b"new"), (out / "fonts", b"not a folder"),
                   (out / "index.html", b"new page")])
    assert (out / "data.js").read_bytes() == b"old data"  # renamed, then put back
    assert (out / "index.html").read_bytes() == b"old page"
    assert not (out / "new.css").exists()  # renamed, then removed: it was not there before
    assert sorted(p.name for p in out.iterdir()) == ["data.js", "fonts", "index.html"]  # no temporaries


def test_a_write_failing_replaces_no_file(tmp_path: Path) -> None:
    out = _folder(tmp_path)
    (out / "locked").write_bytes(b"")  # a file where a folder is to go: nothing can be written in it
    with pytest.raises(OutputError):
        write_all([(out / "data.js", b"new data"), (out / "locked" / "x.js", b"x"), (out / "index.html", b"new")])
    assert (out / "data.js").read_bytes() == b"old data"
    assert (out / "index.html").read_bytes() == b"old page"
    assert not list(out.glob(".*.tmp"))


def test_all_files_are_replaced_when_nothing_fails(tmp_path: Path) -> None:
    out = _folder(tmp_path)
    write_all([(out / "data.js", b"new data"), (out / "sub" / "a.css", b"css"), (out / "index.html", b"new page")])
    assert [(out / f).read_bytes() for f in ("data.js", "sub/a.css", "index.html")] == [b"new data", b"css", b"new page"]
    assert not list(out.rglob(".*.tmp"))
