"""The "Quyết định" screen's work: an annex the clerk uploads, its dry run, then applied.

The reading, planning and writing are the library's (``noticeboard import decision``, issue
16): parse → plan (the dry-run table as data) → apply. Uploaded annexes are kept in the
project's ``quyet-dinh/`` folder, so the change sheet's "tệp nguồn" names a file the commune
still has.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from ..errors import NoticeboardError
from ..messages import say
from ..output.atomic import write_bytes
from .session import Session

FOLDER = "quyet-dinh"
SUFFIXES = (".docx", ".xlsx", ".pdf")


def _library():
    """The decision import's library API, or None in a version without it."""
    try:
        from .. import decisions
    except ImportError:
        return None
    needed = ("parse", "plan", "apply")
    return decisions if all(hasattr(decisions, n) for n in needed) else None


class Decisions:
    def __init__(self, session: Session):
        self.session = session
        self.chosen: str | None = None
        self.table: list[dict[str, Any]] | None = None
        self._plan: Any = None

    def available(self) -> bool:
        return _library() is not None

    def folder(self) -> Path:
        assert self.session.root is not None
        return self.session.root / FOLDER

    def annexes(self) -> list[str]:
        folder = self.folder()
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in SUFFIXES) if folder.is_dir() else []

    def save(self, name: str, data: bytes) -> str:
        name = Path(name.replace("\\", "/")).name
        if not name or name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
            raise NoticeboardError(say("app_annex_kind", file=name or "?"))
        write_bytes(self.folder() / name, data)
        self.chosen, self.table, self._plan = f"{FOLDER}/{name}", None, None
        return self.chosen

    def preview(self, rel: str) -> None:
        lib = self._need()
        path = self.session.resolve(rel)
        self.chosen, self.table = rel, None
        parsed = lib.parse([path], self.session.root)
        self._plan = lib.plan(parsed, self.session.root)
        self.table = [_row(r) for r in getattr(self._plan, "rows", self._plan)]

    def apply(self, rel: str) -> str:
        lib = self._need()
        if rel != self.chosen or self._plan is None:
            self.preview(rel)  # what is applied is what was just shown
        result = lib.apply(self._plan, self.session.root)
        self.table, self._plan = None, None
        return say("app.decision.applied", file=Path(rel).name, result=result if isinstance(result, str) else "")

    def _need(self):
        lib = _library()
        if lib is None:
            raise NoticeboardError(say("app.decision.unavailable"))
        return lib


def _row(row: Any) -> dict[str, Any]:
    if isinstance(row, dict):
        return row
    if dataclasses.is_dataclass(row):
        return dataclasses.asdict(row)
    return {"": str(row)}
