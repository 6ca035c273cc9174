"""How long a name or text may be: what a board, a sheet or a register line can hold.

A 100,000-character village name used to pass ``check`` and then take minutes to lay out into
a 334-page register, the layout error blaming every procedure. These limits are checked as
the file is read, each naming the field: names are printed large on the board (a village's
name heads it at 21 pt, so 80 characters is already three lines on A4), other texts wrap but
never beyond what an Excel cell holds.
"""

from __future__ import annotations

from typing import Any

from ..errors import Problem
from ..messages import say
from .source import Document, PathKey

ANY = "*"  # any list index or key
TEXT = 32_767  # any other text: what an Excel cell holds
# path pattern -> characters at most
PLACES: dict[tuple[str, ...], int] = {
    ("province",): 60,
    ("communes", ANY, "name"): 80,
    ("communes", ANY, "office", "name"): 150,
    ("communes", ANY, "office", "address"): 200,
    ("communes", ANY, "office", "phone"): 40,
    ("communes", ANY, "office", "hours"): 200,
    ("communes", ANY, "villages", ANY, "name"): 80,
    ("communes", ANY, "villages", ANY, "cultural_house"): 150,
    ("communes", ANY, "villages", ANY, "head", "name"): 80,
    ("communes", ANY, "villages", ANY, "head", "phone"): 40,
}
SETTINGS: dict[tuple[str, ...], int] = {("title",): 150}
# a procedure's texts: the layout check (render/pdf/limits.py) names what a page cannot hold
CATALOGUE: dict[tuple[str, ...], int] = {}


def _limit(path: tuple, table: dict[tuple[str, ...], int]) -> int:
    for pattern, limit in table.items():
        if len(pattern) == len(path) and all(p == ANY or p == k for p, k in zip(pattern, path)):
            return limit
    return TEXT


def length_problems(doc: Document, table: dict[tuple[str, ...], int]) -> list[Problem]:
    """An error for every text of ``doc`` longer than its limit, naming the field and the limit."""
    out: list[Problem] = []

    def walk(value: Any, path: PathKey) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, (*path, k))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, (*path, i))
        elif isinstance(value, str):
            limit = _limit(tuple(path), table)
            if len(value) > limit:
                out.append(doc.problem(path, say("text_too_long", field=doc.name_of(path), length=len(value),
                                                 limit=limit), say("hint.text_too_long")))

    walk(doc.data, ())
    return out
