"""manifest.json: every file a build wrote, so scripts (and ``verify``) never guess names.

One file per line: readable and diffable, and a build streams it (entries are written as
communes finish, never all held in memory) and reads the previous one line by line.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .atomic import open_atomic
from ..messages import say
from ..errors import NoticeboardError

NAME = "manifest.json"


def read(out: Path) -> dict[str, Any] | None:
    try:
        return json.loads((out / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def require(out: Path) -> dict[str, Any]:
    """The manifest of a built folder, or a clear error for commands that read one."""

    data = read(out)
    if data is None:
        raise NoticeboardError(say("no_manifest", path=out / NAME))
    return data


def inside(out: Path, rel: str) -> Path:
    """The file a manifest entry names, refused if it leaves OUT: the manifest is only a file
    on disk, and ``verify``/``preview`` must never read (or render) something elsewhere."""

    path = (Path(out) / rel).resolve()
    if Path(out).resolve() not in path.parents:
        raise NoticeboardError(say("outside_out", out=out, file=repr(rel)))
    return path


@dataclass(frozen=True)
class Previous:
    """What a rebuild needs of a previous entry; ``line`` is the entry as written, ``stamp``
    the file's size and time as written (from the state file, see state.py)."""

    hash: str | None
    stamp: list[int] | None
    village: bool
    pages: int
    line: str
    sha256: str | None = None  # of the file as written: a file damaged since is rebuilt


def read_head(path: Path) -> dict[str, Any]:
    """The keys before the list of files (``generated``, ``paper``) of the manifest at ``path``."""
    try:
        with open(path, encoding="utf-8") as fh:
            first = fh.readline()
            if first.endswith('"files": [\n'):
                head = json.loads(first[: -len('"files": [\n')].rstrip().rstrip(",") + "}")
            else:
                head = json.loads(first + fh.read())
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in head.items() if k != "files"} if isinstance(head, dict) else {}


def read_index(out: Path, path: Path | None = None) -> dict[str, Previous]:
    """The previous manifest's entries by file, each kept as its JSON text (small, unparsed);
    ``path``: a manifest elsewhere (``--since``)."""
    entries: list[Any] = []
    try:
        with open(path or out / NAME, encoding="utf-8") as fh:
            first = fh.readline()
            if first.endswith('"files": [\n'):  # our own one-entry-per-line layout
                entries = [json.loads(line.rstrip().rstrip(",")) for line in fh if line.startswith("{")]
            else:  # anything else that is valid JSON (edited by hand, say)
                entries = (json.loads(first + fh.read()) or {}).get("files", [])
    except (OSError, ValueError, AttributeError):
        return {}
    index = {}
    for e in entries if isinstance(entries, list) else []:
        done = previous_entry(e)
        if done is not None:
            index[e["file"]] = done
    return index


def previous_entry(e: Any) -> Previous | None:
    """What a rebuild needs of entry ``e``, or None for an entry edited into nonsense (its file
    simply gets rebuilt). A ``stamp`` (manifests before the state file had one) is moved out."""
    try:
        if not isinstance(e["file"], str):
            return None
        stamp = e.pop("stamp", None)
        sha = e.get("sha256")
        return Previous(e.get("hash"), stamp, bool(e.get("village")), int(e.get("pages") or 0),
                        json.dumps(e, ensure_ascii=False), sha if isinstance(sha, str) else None)
    except (TypeError, KeyError, ValueError, AttributeError):
        return None


class Writer:
    def __init__(self, fh) -> None:
        self.fh, self.count = fh, 0

    def add(self, entry: dict[str, Any] | str) -> None:
        """Append an entry (a dict, or the JSON text of a previous one)."""
        line = entry if isinstance(entry, str) else json.dumps(entry, ensure_ascii=False)
        self.fh.write(((",\n" if self.count else "") + line).encode("utf-8"))
        self.count += 1


def marked(project: Any) -> dict[str, Any]:
    """The head key of a manifest made from the bundled sample (``"sample": true``); nothing
    for a commune's own project, whose manifests stay as they were."""
    return {"sample": True} if project.sample else {}


@contextmanager
def writer(out: Path, **head: Any) -> Iterator[Writer]:
    """Stream a new manifest; it replaces the old one atomically when the block succeeds."""
    with open_atomic(out / NAME) as fh:
        fh.write((json.dumps(head, ensure_ascii=False)[:-1] + ', "files": [\n').encode("utf-8"))
        w = Writer(fh)
        yield w
        fh.write(b"\n]}\n")
