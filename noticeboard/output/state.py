"""OUT/.noticeboard-state.json: what a build needs to skip work, which is not an output.

Outputs (the PDFs, manifest.json) depend only on the inputs, so two builds of the same project
give byte-identical folders. What depends on the disk instead lives here, in a hidden file:
each file's size and modification time as written (a file touched since is rebuilt), and the
journal of files finished by a build still running. One JSON object per line:

    {"noticeboard_state": 1}
    {"file": "xa-a/thon-b.pdf", "stamp": [161192, 1764633600000000000]}
    {"file": "xa-a/thon-c.pdf", "stamp": [...], "entry": {...its manifest entry...}}

A build appends a line with ``entry`` as each file is renamed into place, so a build killed at
any moment leaves a record of every whole file it wrote, and the next build skips them. At the
end of a build the file is rewritten with one stamp per file of the new manifest. A torn last
line (a kill during the write) is ignored.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

from . import manifest
from .atomic import open_atomic
from .links import NOFOLLOW

NAME = ".noticeboard-state.json"
HEAD = {"noticeboard_state": 1}


def stamp(path: Path) -> list[int] | None:
    """Size and modification time: a file touched since it was written shows it here."""
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _lines(out: Path):
    try:
        with open(out / NAME, encoding="utf-8") as fh:
            if json.loads(fh.readline() or "null") != HEAD:
                return
            for line in fh:
                try:
                    record = json.loads(line)
                except ValueError:  # torn by a kill: that file is simply rebuilt
                    continue
                if isinstance(record, dict) and isinstance(record.get("file"), str):
                    yield record
    except (OSError, ValueError):
        return


def previous(out: Path) -> dict[str, manifest.Previous]:
    """The previous manifest's entries, updated by what a killed build finished since, each
    with its stamp."""
    index = manifest.read_index(out)
    for record in _lines(out):
        file, entry = record["file"], record.get("entry")
        if isinstance(entry, dict):
            done = manifest.previous_entry(entry)
            if done is not None:
                index[file] = done
        if file in index:
            index[file] = replace(index[file], stamp=record.get("stamp"))
    return index


def record(out: Path, file: str, line: str) -> list[int] | None:
    """Journal ``file`` (just renamed into place, manifest entry ``line``); returns its stamp.
    One write of a whole line, in append mode: worker processes may write at once."""
    now = stamp(out / file)
    text = f'{{"file": {json.dumps(file, ensure_ascii=False)}, "stamp": {json.dumps(now)}, "entry": {line}}}\n'
    path = out / NAME
    fresh = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | NOFOLLOW, 0o644)  # never via a link
    try:
        os.write(fd, ((json.dumps(HEAD) + "\n") if fresh else "").encode() + text.encode("utf-8"))
    finally:
        os.close(fd)
    return now


def rewrite(out: Path, stamps: dict[str, list[int] | None]) -> None:
    """The state after a finished build: one stamp per file of its manifest."""
    with open_atomic(out / NAME) as fh:
        fh.write((json.dumps(HEAD) + "\n").encode())
        for file, value in stamps.items():
            fh.write((json.dumps({"file": file, "stamp": value}, ensure_ascii=False) + "\n").encode("utf-8"))
