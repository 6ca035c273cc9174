"""What changed on the walls since the last complete build.

Every village entry of the manifest keeps, per posted sheet, a key of everything a reader sees
on it (the procedure's printed fields, the contact lines of the footer), a short hash of each
part (so a change can be named: fee, time, papers, link...) and the date its content last
changed. A rebuild compares the village's sheets with its previous entry (the folder's own
manifest, or ``--since OLD/manifest.json`` for a fresh folder): an unchanged sheet keeps its
date, so its bytes and its "Cập nhật" stay the same, and a village head can compare the sheet on
the wall with the current one. Pure functions: no I/O, no drawing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, fields
from typing import Any, Callable, Iterable

from .. import model as m

# Parts of a procedure that do not print on the village sheets (the binder has its own key).
OFF_SHEET = {"code", "source", "official", "effective_from", "effective_until", "replaced_by", "decision"}
# Parts that are not fields of the procedure: the footer's office lines and the posting place
# (the village head's line is printed on the board only: see ``board_key``).
CONTACT = ("office", "place")


def content_hash(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Sheet:
    """One procedure's sheet as posted in one village."""

    code: str
    name: str
    key: str
    parts: dict[str, str] = field(hash=False)
    updated: dt.date

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "key": self.key, "parts": self.parts,
                "updated": self.updated.isoformat()}


def sheet_parts(proc: m.Procedure, village: m.Village, office: m.Office, place: str) -> dict[str, str]:
    """A short hash of each part a reader sees on the sheet (only the village's languages of
    the translations count)."""
    parts: dict[str, str] = {}
    for f in fields(proc):
        if not f.compare or f.name in OFF_SHEET:
            continue
        value = getattr(proc, f.name)
        if f.name == "translations":
            value = sorted((lang, sorted(value.get(lang, {}).items())) for lang in village.languages)
        if value in (None, (), "", [], {}):
            continue
        parts[f.name] = content_hash(value)[:10]
    parts["office"] = content_hash(office)[:10]
    parts["place"] = content_hash(place)[:10]
    return parts


def sheets(procedures: Iterable[m.Procedure], village: m.Village, office: m.Office, place: str,
           old: dict[str, Sheet], today: dt.date) -> list[Sheet]:
    """The village's sheets today: a sheet whose content is the same as before keeps its date."""
    out = []
    for proc in procedures:
        parts = sheet_parts(proc, village, office, place)
        key = content_hash(sorted(parts.items()))[:20]
        before = old.get(proc.code)
        updated = before.updated if before and before.key == key else today
        out.append(Sheet(proc.code, proc.name, key, parts, updated))
    return out


def board_parts(sheets_now: list[Sheet], village: m.Village) -> dict[str, str]:
    """The board changes when a sheet is added, removed or changed ("list"), or the village
    head's line (printed on its first page only)."""
    return {"list": content_hash([(s.code, s.key) for s in sheets_now])[:10],
            "head": content_hash(village.head)[:10]}


def board_key(parts: dict[str, str]) -> str:
    return content_hash(sorted(parts.items()))[:20]


def board_date(key: str, old_key: str | None, old_date: dt.date | None, today: dt.date) -> dt.date:
    return old_date if old_date is not None and key == old_key else today


def read_sheets(entry: dict[str, Any] | None) -> tuple[dict[str, Sheet], dt.date | None]:
    """The sheets (by code, in posting order) and board date of a previous village entry;
    anything unreadable counts as absent (its sheets then are new)."""
    if not entry:
        return {}, None
    out: dict[str, Sheet] = {}
    for s in entry.get("sheets") or []:
        try:
            out[s["code"]] = Sheet(str(s["code"]), str(s.get("name") or s["code"]), str(s["key"]),
                                   dict(s.get("parts") or {}), dt.date.fromisoformat(s["updated"]))
        except (TypeError, KeyError, ValueError, AttributeError):
            continue
    try:
        board = dt.date.fromisoformat(entry["updated"]) if entry.get("updated") else None
    except (TypeError, ValueError):
        board = None
    return out, board


def entry_of(line: str | None) -> dict[str, Any] | None:
    if not line:
        return None
    try:
        data = json.loads(line)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


# --- the comparison a change report prints ------------------------------------------------

NEW, CHANGED, REMOVE = "new", "changed", "remove"
NOT_POSTED, NOT_IN_FORCE, NOT_IN_CATALOGUE = "not_posted", "not_in_force", "not_in_catalogue"


@dataclass(frozen=True)
class Change:
    kind: str  # NEW | CHANGED | REMOVE
    code: str
    name: str
    what: tuple[str, ...] = ()  # CHANGED: the parts that changed, in print order
    reason: str | None = None  # REMOVE: NOT_POSTED | NOT_IN_FORCE | NOT_IN_CATALOGUE
    updated: dt.date | None = None  # the date printed on the sheet now (NEW, CHANGED) or before

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "name": self.name}
        if self.kind == CHANGED:
            out["what"] = list(self.what)
        if self.reason:
            out["reason"] = self.reason
        if self.updated:
            out["updated"] = self.updated.isoformat()
        return out


@dataclass(frozen=True)
class VillageChanges:
    village: str
    file: str
    changes: tuple[Change, ...]
    board: tuple[str, ...] = ()  # the board's parts that changed ("list", "head"); () unchanged

    def of(self, kind: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind]

    def __bool__(self) -> bool:
        return bool(self.changes or self.board)


def compare(village: str, file: str, now: list[Sheet], before: dict[str, Sheet],
            why_gone: Callable[[str], str], board: dict[str, str] | None = None,
            old_board: dict[str, str] | None = None) -> VillageChanges:
    """The sheets new, changed (and which parts) and to take down in one village, and what
    changed on its board."""
    board_what = tuple(p for p in (board or {}) if (old_board or {}).get(p) != (board or {})[p]) \
        if board and old_board else ()
    out: list[Change] = []
    for s in now:
        old = before.get(s.code)
        if old is None:
            out.append(Change(NEW, s.code, s.name, updated=s.updated))
        elif old.key != s.key:
            order = list(s.parts) + [p for p in old.parts if p not in s.parts]
            what = tuple(p for p in order if s.parts.get(p) != old.parts.get(p))
            out.append(Change(CHANGED, s.code, s.name, what or ("other",), updated=s.updated))
    codes = {s.code for s in now}
    for code, old in before.items():
        if code not in codes:
            out.append(Change(REMOVE, code, old.name, reason=why_gone(code), updated=old.updated))
    return VillageChanges(village, file, tuple(out), board_what)


def report_json(commune: str, since: dt.date | None, date: dt.date,
                villages: list[VillageChanges]) -> dict[str, Any]:
    """thay-doi.json: the same facts as the printed report, for scripts."""
    return {"commune": commune, "since": since.isoformat() if since else None, "date": date.isoformat(),
            "villages": [{"village": v.village, "file": v.file, "board": list(v.board),
                          **{kind: [c.to_json() for c in v.of(kind)] for kind in (NEW, CHANGED, REMOVE)}}
                         for v in villages if v]}
