"""One error type for every problem in the user's files: collected, then raised once.

Like mkdocs' config validation, loaders append ``Problem`` objects to a ``Problems`` list and
raise a single ``DataError`` at the end, so a user sees every mistake in one run.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .messages import say, say_n

if TYPE_CHECKING:
    from .model import LeftOut


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    column: int | None
    path: str  # e.g. "communes[0].villages[2].posted[1]" ("" for the whole file)
    message: str
    hint: str | None = None
    warning: bool = False
    cell: str | None = None  # in a workbook or CSV file, as Excel names it: "Thôn!G5"
    sheet: int = 0  # the sheet's place in its workbook, so problems sort sheet by sheet
    # the catalogue row it is about (the procedure's index in ``file``): whether it blocks the
    # build is decided once the places are known (load.triage: a row no village posts is left out)
    procedure: int | None = None
    # a procedure out of force that a list still posts: its sheets must come off the board
    # (plan.in_force), so it is said first among warnings (``take_down_first``)
    take_down: bool = False

    def __str__(self) -> str:
        where = self.file
        if self.cell is not None:
            where += f":{self.cell}"
        elif self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        text = f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"
        if self.warning:
            text = f"{text} {say('word.warning')}"
        if self.hint:
            text += f"\n    {say('word.hint')} {self.hint}"
        return text


# Many warnings of one kind are folded: 16,000 unknown columns are 16,000 warnings. The library
# keeps every one; the terminal and the app show PER_KIND of each kind, then the rest folded.
PER_KIND = 3
_VALUES = re.compile(r'"[^"]*"|“[^”]*”|\{[^}]*\}|\S*\d\S*')


def kind_of(p: Problem) -> str:
    """The message with its values taken out: what makes two warnings the same kind."""
    return _VALUES.sub("…", p.message)


def folded(problems: Iterable[Problem], per_kind: int = PER_KIND) -> list[tuple[Problem, list[Problem]]]:
    """Each problem to show, in order (every error; the first ``per_kind`` warnings of each
    kind), with the warnings of its kind beyond those folded under the last one shown."""
    shown: list[tuple[Problem, list[Problem]]] = []
    fold: dict[str, list[Problem]] = {}  # kind -> what is folded under its last warning shown
    seen: dict[str, int] = {}
    for p in problems:
        kind = kind_of(p) if p.warning else ""
        if kind and seen.get(kind, 0) >= per_kind:
            fold[kind].append(p)
            continue
        shown.append((p, []))
        if kind:
            seen[kind] = seen.get(kind, 0) + 1
            fold[kind] = shown[-1][1]
    return shown


def take_down_first(warnings: Iterable[Problem]) -> list[Problem]:
    """The warnings with those about sheets to take off the board first, each group in its order."""
    return sorted(warnings, key=lambda p: not p.take_down)


@dataclass
class Problems:
    """A collector of problems; ``raise_if_any`` ends the stage with one exception."""

    items: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.items.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.warning]

    def raise_if_any(self, strict: bool = False, left_out: tuple[LeftOut, ...] = ()) -> None:
        """``left_out``: the rows set aside before the errors stopped the load (``DataError``)."""
        failing = self.items if strict else self.errors
        if failing:
            raise DataError(sorted(self.items, key=_order), left_out)


def _order(p: Problem) -> tuple:
    return (p.file, p.sheet, p.line or 0, p.column or 0, p.path, p.message)


class NoticeboardError(Exception):
    """Base of every error the library raises on purpose (the CLI shows it without a traceback).

    The work cannot be done with these files or folders: exit status 1. Subclasses only say
    what kind of problem it is; ``exit_code`` is the one thing the command line reads.
    """

    exit_code = 1
    problems: list[Problem] = []

    def report(self) -> str:
        """The located problems, one per line (empty when the error has none)."""
        return "\n".join(str(p) for p in self.problems)


class DataError(NoticeboardError):
    """The project files have problems (raised before anything is written). ``left_out``: the
    catalogue rows no village posts, set aside when the places could be read (``Project.left_out``
    had the load gone on): the warnings about them point to where they are listed."""

    def __init__(self, problems: list[Problem], left_out: tuple[LeftOut, ...] = ()):
        self.problems = problems
        self.left_out = left_out
        errors = sum(1 for p in problems if not p.warning)
        warnings = len(problems) - errors
        parts = [say_n("summary.problems", errors)] if errors else []
        if warnings:
            parts.append(say_n("summary.warnings", warnings) + (say("summary.strict") if not errors else ""))
        super().__init__(say("summary.found", what=say("summary.and").join(parts)))


class OutputError(NoticeboardError):
    """The output folder cannot be written (permissions, full disk, ...)."""


class CommandLineError(NoticeboardError):
    """An option names something that does not exist (``--commune``, ``--village``): exit 2,
    like click's own errors for a bad command line."""

    exit_code = 2

    def __init__(self, problem: Problem):
        self.problems = [problem]
        super().__init__(problem.message)


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice nearest a mistyped key or code (one digit off, say), or None when none is near."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A 'did you mean' hint for a mistyped key or code, or None when nothing is close."""
    close = closest(word, choices)
    return say("did_you_mean", close=close) if close else None
