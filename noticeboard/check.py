"""The check stage as data: every problem of a project, errors and warnings, never raised.

``noticeboard check`` and the app's "Kiểm tra" screen both read this: the loader's problems,
what the build date leaves out or brings in (in_force), and texts too long for a board page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from . import model as m
from .errors import DataError, Problem
from .plan.in_force import posting_problems


@dataclass(frozen=True)
class Checked:
    project: m.Project | None  # None when the files have errors the model cannot be made with
    problems: tuple[Problem, ...]  # in file order, errors and warnings mixed
    layout: tuple[Problem, ...] = ()  # blocks too tall for a board page (found on a loaded project)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in (*self.problems, *self.layout) if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in (*self.problems, *self.layout) if p.warning]


def load_as_posted(root: Path | str, day: dt.date | None = None, strict: bool = False
                   ) -> tuple[m.Project, list[Problem]]:
    """The project and its warnings (those of its files, then those of the build date);
    raises one ``DataError`` for the files' errors (and warnings, with ``strict``)."""
    from .load.project import load_project_with_warnings

    project, warnings = load_project_with_warnings(root, strict=strict)
    return project, warnings + posting_problems(project, day)


def check_project(root: Path | str, day: dt.date | None = None, paper: str | None = None) -> Checked:
    """Every problem of the project at ``root`` as posted on ``day``; nothing is raised for
    problems in the files (``Checked.errors``), only for bugs."""
    from .render.pdf import limits

    try:
        project, warnings = load_as_posted(root, day)
    except DataError as exc:
        return Checked(None, tuple(exc.problems))
    layout = limits.problems(project, paper or project.settings.paper, day)
    return Checked(project, tuple(warnings), tuple(layout))
