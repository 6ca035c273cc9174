"""The library's entry points, one per stage: what the command line calls, and what a script or
the local app should call (README, "Scripting noticeboard").

Each returns plain results, never prints and never exits; a problem in the user's files or
folders raises a ``noticeboard.errors.NoticeboardError`` (``DataError``, ``OutputError``,
``CommandLineError`` for a bad option such as an unknown commune) naming every mistake at once.
``day`` is the build date (what is in force, the date printed): default ``SOURCE_DATE_EPOCH``'s
day, else today in Vietnam. Each function imports its stage when it is called, so a script that
only checks never loads the PDF renderer or the workbook readers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, NamedTuple

from .errors import DataError, Problem, Problems
from .model import LeftOut, Project
from .resources import sample_project

if TYPE_CHECKING:
    from .posters.build import BuildResult
    from .channels.announce.write import AnnounceResult
    from .channels.share.write import ShareResult
    from .plan.village import VillagePlan
    from .render.pdf.sides import LongSheet
    from .verify.readback import VerifyReport

__all__ = ["Checked", "Loaded", "announce", "build", "check", "kiosk", "load", "plan", "sample_project", "share",
           "verify"]


class Loaded(NamedTuple):
    project: Project
    warnings: list[Problem]  # of the files, then of what is posted on the day


@dataclass(frozen=True)
class Checked:
    """What ``check`` found."""

    project: Project | None  # None when the files have errors the model cannot be made with
    problems: tuple[Problem, ...]  # in file order, errors and warnings mixed
    layout: tuple[Problem, ...] = ()  # blocks too tall for a board page (found on a loaded project)
    long_sheets: tuple[LongSheet, ...] = ()  # sheets over one side: they print, but tell the clerk
    # the rows no village posts, left out of every output (``Project.left_out``, what
    # ``list --all`` prints): known with errors too, so the warnings about them point somewhere
    left_out: tuple[LeftOut, ...] = ()

    @property
    def errors(self) -> list[Problem]:
        return [p for p in (*self.problems, *self.layout) if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in (*self.problems, *self.layout) if p.warning]


def load(root: Path | str, strict: bool = False, day: dt.date | None = None) -> Loaded:
    """Read and validate the project folder ``root``; ``strict`` makes warnings errors."""
    # each stage is imported when called (module docstring)
    from .load.project import load_project_with_warnings
    from .plan.in_force import posting_problems

    project, warnings = load_project_with_warnings(root, strict=strict)
    warnings = warnings + posting_problems(project, day)
    Problems(list(warnings)).raise_if_any(strict)
    return Loaded(project, warnings)


def check(root: Path | str, day: dt.date | None = None, paper: str | None = None) -> Checked:
    """Every problem of the project folder ``root`` as posted on ``day``, errors and warnings,
    as data: nothing is raised for problems in the files (``Checked.errors``), only for bugs.
    Texts too long for a page of ``paper`` (default: the project's) are ``Checked.layout``;
    sheets over one side of it, ``Checked.long_sheets``.
    ``noticeboard check`` and the app's "Kiểm tra" screen show this."""
    # each stage is imported when called (module docstring)
    from .render.pdf import limits
    from .render.pdf.sides import long_sheets

    try:
        project, warnings = load(root, day=day)
    except DataError as exc:
        return Checked(None, tuple(exc.problems), left_out=exc.left_out)
    paper = paper or project.settings.paper
    layout = limits.problems(project, paper, day)
    long = () if layout else tuple(long_sheets(project, paper, day))  # laid out only when it can be
    return Checked(project, tuple(warnings), tuple(layout), long, project.left_out)


def plan(project: Project, commune: str | None = None, village: str | None = None,
         day: dt.date | None = None) -> list[VillagePlan]:
    """What each village's cultural house gets on ``day``; ``commune``/``village`` by name or slug."""
    # each stage is imported when called (module docstring)
    from .plan.village import build_date, plan as plan_villages

    return plan_villages(project, commune, village, build_date(day))


def build(project: Project, out: Path | str, commune: str | None = None, village: str | None = None,
          paper: str | None = None, day: dt.date | None = None, jobs: int | None = None,
          force: bool = False, since: Path | str | None = None, booklet: bool = False,
          progress: Callable[[int], None] | None = None) -> BuildResult:
    """The posters, all-villages.pdf and desk documents into ``out`` with manifest.json; files
    unchanged since the last build are kept. ``jobs``: processes (default: one per core);
    ``since``: a previous manifest to compare with; ``progress(n)`` as n villages are done."""
    # each stage is imported when called (module docstring)
    from .posters.build import Options, build_posters, default_jobs

    return build_posters(project, Path(out), commune, village, paper, date=day, jobs=jobs or default_jobs(),
                         force=force, progress=progress,
                         options=Options(Path(since) if since else None, booklet))


def verify(out: Path | str, jobs: int | None = None, progress: Callable[[], None] | None = None
           ) -> VerifyReport:
    """Decode every QR code of the built folder ``out`` and compare with its manifest (needs the
    ``verify`` extra). ``progress()`` after each file."""
    # each stage is imported when called (module docstring)
    from .posters.build import default_jobs
    from .verify.readback import verify_output

    return verify_output(Path(out), progress=progress, jobs=jobs or default_jobs())


def kiosk(project: Project, out: Path | str, commune: str | None = None, idle: int | None = None,
          day: dt.date | None = None) -> dict:
    """The offline kiosk folder ``out`` (open its index.html); returns the data it holds.
    ``idle``: seconds without a touch before it goes back home."""
    # each stage is imported when called (module docstring)
    from .channels.kiosk.build import DEFAULT_IDLE, build_kiosk

    return build_kiosk(project, Path(out), commune, DEFAULT_IDLE if idle is None else idle, day=day)


def share(project: Project, out: Path | str, commune: str | None = None, day: dt.date | None = None,
          progress: Callable[[int], None] | None = None) -> ShareResult:
    """Card images and captions for Zalo and Facebook posts into ``out``, with index.html."""
    # each stage is imported when called (module docstring)
    from .channels.share.write import build_share

    return build_share(project, Path(out), commune, day, progress)


def announce(project: Project, out: Path | str, commune: str | None = None, day: dt.date | None = None,
             minutes: float | None = None) -> AnnounceResult:
    """Loudspeaker bulletins per commune into ``out`` (text and PDF), each at most ``minutes``
    long when read aloud."""
    # each stage is imported when called (module docstring)
    from .channels.announce.budget import BULLETIN_MINUTES
    from .channels.announce.write import build_announce

    return build_announce(project, Path(out), commune, day, BULLETIN_MINUTES if minutes is None else minutes)
