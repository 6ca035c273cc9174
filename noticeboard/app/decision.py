"""The "Quyết định" screen's work: an annex the clerk uploads, its dry run, then applied.

The reading, planning and writing are the library's (``noticeboard import decision``, issue
16): parse → plan (the dry-run table as data) → apply. Uploaded annexes are kept in the
project's ``quyet-dinh/`` folder, so the change sheet's "tệp nguồn" names a file the commune
still has.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError, NoticeboardError, Problem
from ..messages import in_app, say
from ..output.atomic import write_bytes
from .session import Session

FOLDER = "quyet-dinh"
SUFFIXES = (".docx", ".xlsx", ".pdf")
# what the upload box offers: an old Word .doc too, which the box would hide, so the clerk who
# has one gets the library's advice (save it as .docx) instead of not finding the file
OFFERED = (*SUFFIXES, ".doc")


def _library():
    """The decision import's library API (noticeboard/decisions/), or None in a version
    without it."""
    try:
        from .. import decisions
    except ImportError:
        return None
    return decisions


@dataclass
class View:
    """A dry run as the screen shows it: the library's rows, per procedure and per village."""

    rows: list[dict[str, Any]]
    villages: list[dict[str, Any]]
    problems: list[Problem]
    skipped: list[tuple[str, str]]
    options: "Options"
    summary: list[str]  # the table's last lines, as the command prints them (decisions.summary)

    @property
    def writes(self) -> bool:
        return any(r["status"] in ("apply", "pending") for r in self.rows) and not self.failed

    @property
    def failed(self) -> bool:
        """An error (a scan, a damaged file, no number): nothing was planned from the file."""
        return any(not p.warning for p in self.problems)

    def nothing(self) -> str:
        """The line under a dry run that writes nothing: a file that could not be used is not
        "already applied, or nothing for the commune" (its errors say why above)."""
        return say("app.decision.not_read" if self.failed else "app.decision.nothing")


@dataclass(frozen=True)
class Options:
    """What the screen's box and fields ask the import for (the CLI's --all-levels, --number,
    --effective): the dry run's messages name these controls."""

    all_levels: bool = False
    number: str | None = None
    effective: dt.date | None = None


class Decisions:
    def __init__(self, session: Session):
        self.session = session
        self.chosen: str | None = None
        self.view: View | None = None
        self._plan: Any = None

    def available(self) -> bool:
        return _library() is not None

    def folder(self) -> Path:
        return self.session.folder() / FOLDER

    def annexes(self) -> list[str]:
        folder = self.folder()
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in SUFFIXES) if folder.is_dir() else []

    def save(self, name: str, data: bytes) -> str:
        """Keep an uploaded annex in PROJECT/quyet-dinh/ (its change-log line names it)."""
        name = Path(name.replace("\\", "/")).name
        if Path(name).suffix.lower() == ".doc":  # the library's advice: save it as .docx
            raise NoticeboardError(say("app_annex_old_doc", file=name, hint=say("decision.old_doc_hint")))
        if not name or name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
            raise NoticeboardError(say("app_annex_kind", file=name or "?"))
        write_bytes(self.folder() / name, data)
        self.chosen, self.view, self._plan = f"{FOLDER}/{name}", None, None
        return self.chosen

    def preview(self, rel: str, day: dt.date | None = None, options: Options = Options()) -> View:
        """The dry run: ``import decision FILE PROJECT --dry-run``, as data; nothing is written."""
        lib = self._need()
        path = self.session.resolve(rel)
        self.chosen, self.view, self._plan = rel, None, None
        with in_app():  # its advice names the screen's box and fields, wherever it is called from
            plan = lib.plan_import(self.session.folder(), [path], day=day, all_levels=options.all_levels,
                                   number=options.number, effective=options.effective)
        self._plan = plan
        table = lib.rows(plan)
        self.view = View(table, [v for v in lib.village_rows(plan) if v["changes"]],
                         list(plan.problems), list(plan.skipped_files), options, lib.summary(table))
        return self.view

    def apply(self, rel: str, day: dt.date | None = None) -> str:
        """Write what the dry run showed (planned again when the screen showed another file)."""
        lib = self._need()
        if rel != self.chosen or self._plan is None:
            self.preview(rel, day)
        plan = self._plan
        if plan.errors:
            raise DataError(list(plan.errors))
        written = lib.apply_import(plan)
        self.view, self._plan = None, None
        return say("app.decision.applied", file=Path(rel).name,
                   files=", ".join(str(Path(p).relative_to(self.session.folder())) for p in written) or "—")

    def _need(self):
        lib = _library()
        if lib is None:
            raise NoticeboardError(say("app.decision.unavailable"))
        return lib
