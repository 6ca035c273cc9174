"""Which problems block a build: a problem blocks only what it would make wrong.

Every problem found in a catalogue row knows the row (``Problem.procedure``, its index in its
file), from whichever reader (YAML, workbook, CSV) and check found it. Once the places are read,
the plan says which codes some village posts: an error in a row no village posts would put
nothing wrong on any wall, so it becomes a warning and the row is left out of every output
(posters, kiosk, cards, script, ``list``; ``list --all`` shows it and why). An error in a posted
row, and every problem outside the rows (a file, a place, a setting), stays an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import model as m
from ..errors import Problem, Problems
from ..messages import say
from ..model import posted_codes
from ..resources import sample_project

RowKey = tuple[str, int]  # (file as shown, index of the row among its file's procedures)


@dataclass(frozen=True)
class Row:
    """A catalogue row as typed, valid or not: what names it in messages."""

    code: str | None
    name: str | None
    source: m.Source


@dataclass
class Catalogue:
    procedures: dict[str, m.Procedure] = field(default_factory=dict)  # the valid rows, by code
    rows: dict[RowKey, Row] = field(default_factory=dict)  # every row read
    merged: set[RowKey] = field(default_factory=set)  # rows repeating an earlier row exactly
    never: dict[RowKey, Problem] = field(default_factory=dict)  # rows never in force: their warning
    incomplete: bool = False  # a catalogue file could not be read at all

    def faulty(self, problems: Problems) -> frozenset[str]:
        """The codes of rows with an error of their own (a place may still post them)."""
        return frozenset(row.code for key in map(_key, problems.errors)
                         if key and key not in self.merged and (row := self.rows.get(key)) and row.code)


def _key(p: Problem) -> RowKey | None:
    return (p.file, p.procedure) if p.procedure is not None else None


def triage(problems: Problems, cat: Catalogue, places: m.Places, claimed: set[str]
           ) -> tuple[dict[str, m.Procedure], m.Places, tuple[m.LeftOut, ...]]:
    """Errors of rows no village posts become warnings (in ``problems``, in place); returns
    the procedures and places without those rows, and the rows left out. ``claimed``: codes
    of faulty rows that a place seems to mean (a posted code the catalogue lacks, close to it)."""

    posted = {code for c in places.communes for v in c.villages for code in posted_codes(c, v)} | claimed
    reasons: dict[RowKey, list[str]] = {}
    kept: list[Problem] = []
    for p in problems.items:
        key = _key(p)
        row = cat.rows.get(key) if key else None
        if key in cat.merged:
            continue  # the same row again: its first copy's problems say it once
        if row is None or p.warning or row.code in posted:
            kept.append(p)
            continue
        first = key not in reasons  # the row's first problem says what becomes of it
        reasons.setdefault(key, []).append(str(replace(p, hint=None)))  # type: ignore[arg-type]
        suffix = (say("left_out", code=row.code) if row.code else say("left_out_no_code")) if first else ""
        kept.append(replace(p, warning=True, message=p.message + suffix))
    problems.items[:] = kept
    # never in force: a warning at the row when nothing posts it (in_force names the places that do)
    problems.extend(w for key, w in cat.never.items() if cat.rows[key].code not in posted)
    left = tuple(m.LeftOut(row.code, row.name, row.source, tuple(reasons[key]))
                 for key, row in cat.rows.items() if key in reasons)
    gone = {x.code for x in left if x.code}
    procedures = {code: proc for code, proc in cat.procedures.items()
                  if not (code in gone and any(x.source == proc.source for x in left))}
    return procedures, _without(places, gone), left


def _without(places: m.Places, codes: set[str]) -> m.Places:
    """The places with ``codes`` struck from every list (no village posts them)."""
    if not codes:
        return places

    def strike(found: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(c for c in found if c not in codes)

    return replace(places, communes=tuple(
        replace(c, posted=strike(c.posted), villages=tuple(
            replace(v, posted=strike(v.posted), not_posted=strike(v.not_posted)) for v in c.villages))
        for c in places.communes))


def is_sample(root: Path) -> bool:
    """The bundled sample project (not a copy of it: a commune's own folder is its project)."""

    try:
        return root.resolve() == sample_project().resolve()
    except FileNotFoundError:
        return False
