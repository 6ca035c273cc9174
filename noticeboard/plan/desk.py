"""Stage 3b: what the commune's desk documents hold (binder, posting kit with biên bản, posting
register, change report), planned from the village plans and the folder's history before
anything is drawn. ``build`` calls ``village_history`` per village and ``commune_files`` once
per commune; rendering lives in render/pdf/{binder,kit,report}.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable

from . import changes as ch
from .. import model as m
from ..slug import COMMUNE_FILES as NAMES
from .village import VillagePlan, status

BINDER, KIT, REGISTER, CHANGES_PDF, CHANGES_JSON = (  # from the one table of reserved names
    f"{NAMES['binder']}.pdf", f"{NAMES['kit']}.pdf", f"{NAMES['register']}.pdf", f"{NAMES['changes']}.pdf",
    f"{NAMES['changes']}.json")


@dataclass(frozen=True)
class VillageKit:
    """One village as the posting kit, the register and the change report show it."""

    plan: VillagePlan
    file: str
    sheets: tuple[ch.Sheet, ...]
    board_date: dt.date
    board_pages: int
    sheet_pages: dict[str, tuple[int, int]] = field(hash=False)  # code -> first, last page
    changes: ch.VillageChanges | None  # None: nothing to compare with (a fresh folder)
    # a fresh folder: what the village still lists that is out of force (``listed_gone``)
    listed_gone: tuple[ch.Change, ...] = ()

    @property
    def date(self) -> dt.date:
        """The newest date printed on the village's pages."""
        return max([self.board_date, *(s.updated for s in self.sheets)])


@dataclass(frozen=True)
class History:
    """A village's sheets with the date each last changed, its board's parts and date, the
    sheets of the build compared with and what changed on the board since."""

    sheets: list[ch.Sheet]
    board_parts: dict[str, str]
    board_date: dt.date
    old: dict[str, ch.Sheet]
    board_changed: tuple[str, ...]  # the board's parts that changed (() also with nothing to compare)


def village_history(plan: VillagePlan, place: str, previous: dict[str, Any] | None, today: dt.date,
                    spans: Callable[[], dict[str, tuple[int, int]]]) -> History:
    """``spans``: code -> the first and last page of each sheet, from the village's layout;
    asked only when the sheets differ from the previous build's (else its pages are the same).
    A sheet kept whose page numbers move is a new print: the footer of the one on the wall says
    "Trang 7/10" where the board now says "xem trang 6"."""
    old, old_board = ch.read_sheets(previous)
    now = ch.sheets(plan.procedures, plan.village, plan.commune.office, place, old, today)
    recorded = ch.first_pages(previous) if ch.same_sheets(now, old) else None
    if recorded is None:
        laid = spans()
        now = ch.sheets(plan.procedures, plan.village, plan.commune.office, place, old, today, laid)
        recorded = {code: first for code, (first, _) in laid.items()}
    parts = ch.board_parts(plan.procedures, plan.village, plan.commune.office, place, recorded)
    before = (previous or {}).get("board_parts")
    changed = ch.board_changes(parts, before, now, old) if isinstance(before, dict) else ()
    date = ch.board_date(changed, old_board, today) if isinstance(before, dict) else today
    return History(now, parts, date, old, changed)


def why_gone(project: m.Project, plan: VillagePlan, today: dt.date) -> Callable[[str], str]:
    """Why a sheet that was posted is not any more: the commune stopped posting it, it is no
    longer in force, or it left the catalogue."""
    def reason(code: str) -> str:
        proc = project.procedures.get(code)
        if proc is None:
            return ch.NOT_IN_CATALOGUE
        return ch.NOT_POSTED if status(proc, today) == "in_force" else ch.NOT_IN_FORCE
    return reason


def listed_gone(project: m.Project, plan: VillagePlan, today: dt.date) -> tuple[ch.Change, ...]:
    """What the village still lists that is abolished or never in force on ``today``: with no
    earlier build to compare with, its sheet (hand-made, or from before this tool) may still be
    on the wall, as ``check`` warns; the posting kit says to take it down."""
    out = []
    for code in m.posted_codes(plan.commune, plan.village):
        proc = project.procedures.get(code)
        if proc is not None and status(proc, today) in ("abolished", "never"):
            out.append(ch.Change(ch.REMOVE, code, proc.name, reason=ch.NOT_IN_FORCE))
    return tuple(out)


def desk_procedures(villages: list[VillageKit]) -> list[m.Procedure]:
    """What the desk documents hold: every procedure posted in one of the villages, in the
    commune's order (unlike ``posted.posted_in_force``, the commune's own list on a day)."""
    seen: dict[str, m.Procedure] = {}
    for v in villages:
        for proc in v.plan.procedures:
            seen.setdefault(proc.code, proc)
    return list(seen.values())


def posted_in(villages: list[VillageKit]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for v in villages:
        for proc in v.plan.procedures:
            out.setdefault(proc.code, []).append(v.plan.village.name)
    return out


def binder_sections(procedures: list[m.Procedure], previous: dict[str, Any] | None,
                    today: dt.date) -> list[ch.Sheet]:
    """One section per procedure, dated by when its full text (official wording included) last
    changed; kept in the binder's manifest entry as ``sections``."""
    old = {s.code: s for s in ch.read_sheets({"sheets": (previous or {}).get("sections")})[0].values()}
    out = []
    for proc in procedures:
        key = ch.content_hash(proc)[:20]
        before = old.get(proc.code)
        out.append(ch.Sheet(proc.code, proc.name, key, {},
                            before.updated if before and before.key == key else today))
    return out


def any_change(villages: list[VillageKit]) -> bool:
    return any(v.changes for v in villages)
