"""Warnings as the command line shows them: at most a few lines of each kind, then a count.

16,000 unknown columns are 16,000 warnings: the library keeps every one (the app's table shows
them all, ``load_project_with_warnings`` returns them), the terminal shows ``PER_KIND`` of each
kind and how many more; ``check --all`` prints every one. Errors are always all printed.
"""

from __future__ import annotations

import re
from typing import Iterable

import click

from ..errors import Problem
from ..messages import say

PER_KIND = 3
EVERY = "noticeboard.every"  # click's ctx.meta key: print every warning (check --all)
_VALUES = re.compile(r'"[^"]*"|“[^”]*”|\{[^}]*\}|\S*\d\S*')


def kind_of(p: Problem) -> str:
    """The message with its values taken out: what makes two warnings the same kind."""
    return _VALUES.sub("…", p.message)


def every() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().meta.get(EVERY))


def lines(problems: Iterable[Problem], all_of_them: bool | None = None) -> list[str]:
    """Each problem's text, warnings beyond ``PER_KIND`` of a kind left out and counted."""
    show_all = every() if all_of_them is None else all_of_them
    problems = list(problems)
    seen: dict[str, int] = {}
    out: list[str] = []
    for p in problems:
        if p.warning and not show_all:
            kind = kind_of(p)
            seen[kind] = seen.get(kind, 0) + 1
            if seen[kind] > PER_KIND:
                continue
        out.append(str(p))
    hidden = sum(n - PER_KIND for n in seen.values() if n > PER_KIND)
    if hidden:
        out.append(say("cli.more_warnings", n=hidden, per_kind=PER_KIND))
    return out
