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
from dataclasses import dataclass, field, fields, replace
from typing import Any, Callable, Iterable

from .. import model as m
from ..fields import BOARD, FIELDS

# The procedure's fields its village sheet prints (the binder, printing all, has its own key),
# and the sheet's other parts: the footer's contact lines and where it is posted.
ON_SHEET = frozenset(f.name for f in FIELDS if f.sheet)
SHEET_PARTS = ON_SHEET | {"office", "posted_at", "page"}


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
        if f.name not in ON_SHEET:
            continue
        value = getattr(proc, f.name)
        if f.name == "translations":
            value = sorted((lang, sorted((k, v) for k, v in value.get(lang, {}).items() if k in ON_SHEET))
                           for lang in village.languages)
        if value in (None, (), "", [], {}):
            continue
        parts[f.name] = content_hash(value)[:10]
    parts["office"] = content_hash(office)[:10]
    parts["posted_at"] = content_hash(place)[:10]
    return parts


def _as_now(old: dict[str, str]) -> tuple[dict[str, str], frozenset[str]]:
    """An earlier record's parts under today's names, and the parts it cannot tell: records
    before "posted_at" called where a sheet is posted "place", the key the procedure's own
    place (Địa điểm thực hiện) then lost, so a change to that field went unseen."""
    if "posted_at" in old or "place" not in old:
        return old, frozenset()
    return {("posted_at" if k == "place" else k): v for k, v in old.items()}, frozenset({"place"})


def differing(now: dict[str, str], old: dict[str, str], kept: frozenset[str] = SHEET_PARTS) -> tuple[str, ...]:
    """The parts of ``kept`` that differ between two records, in print order. Parts an earlier
    version kept but a sheet does not print (the legal basis, the binder's) are not compared:
    a new sheet for them would be the same sheet; nor are its page numbers, when it did not
    record them ("page")."""
    old, unknown = _as_now(old)
    unknown |= {"page"} - set(old)
    order = list(now) + [p for p in old if p not in now]
    return tuple(p for p in order if p in kept and p not in unknown and now.get(p) != old.get(p))


def same_sheet(now: "Sheet", old: "Sheet") -> bool:
    return now.key == old.key or bool(old.parts) and not differing(now.parts, old.parts)


def sheets(procedures: Iterable[m.Procedure], village: m.Village, office: m.Office, place: str,
           old: dict[str, Sheet], today: dt.date,
           spans: dict[str, tuple[int, int]] | None = None) -> list[Sheet]:
    """The village's sheets today: a sheet whose content is the same as before keeps its date.
    ``spans``: its first and last page in the village's file, printed in its footer; None
    when they are the previous build's (the sheets are the same: so are their pages)."""
    out = []
    for proc in procedures:
        parts = sheet_parts(proc, village, office, place)
        before = old.get(proc.code)
        # where it starts and ends is what the board points to ("xem trang 6"); the file's page
        # count in its footer ("/10") changes with any sheet added, and re-dating every sheet for
        # it would have the head replace the whole board's sheets each month
        page = (content_hash(spans[proc.code])[:10] if spans is not None and proc.code in spans
                else before.parts.get("page") if before else None)
        if page is not None:
            parts["page"] = page
        key = content_hash(sorted(parts.items()))[:20]
        sheet = Sheet(proc.code, proc.name, key, parts, today)
        out.append(replace(sheet, updated=before.updated) if before and same_sheet(sheet, before) else sheet)
    return out


def board_parts(procedures: Iterable[m.Procedure], village: m.Village, office: m.Office, place: str,
                pages: dict[str, int]) -> dict[str, str]:
    """A short hash of each part a reader sees on the board: which procedures in which order
    ("list"), each field its blocks print (fields.BOARD: a fee, not the papers), their
    translations in the village's languages, the sheet page each block points to ("pages":
    "xem trang 4"), the office and place lines and the village head's line (first page)."""
    procs = list(procedures)
    parts = {"list": content_hash([p.code for p in procs])[:10]}
    for name in BOARD:
        values = [(p.code, getattr(p, name)) for p in procs]
        if any(v not in (None, (), "", [], {}) for _, v in values):
            parts[name] = content_hash(values)[:10]
    said = [(p.code, lang, sorted((k, v) for k, v in p.translations.get(lang, {}).items() if k in BOARD))
            for p in procs for lang in village.languages]
    if any(t for *_, t in said):
        parts["translations"] = content_hash(said)[:10]
    parts["pages"] = content_hash(sorted(pages.items()))[:10]
    parts["office"] = content_hash(office)[:10]
    parts["posted_at"] = content_hash(place)[:10]
    parts["head"] = content_hash(village.head)[:10]
    return parts


def board_changes(parts: dict[str, str], old: dict[str, str] | None, now: list[Sheet],
                  before: dict[str, Sheet]) -> tuple[str, ...]:
    """The board's parts that changed, in print order; () when the board reads the same (or
    there is nothing to compare with). A board recorded before its parts were kept one by one
    (no "pages") had "list", a hash of every sheet's key, and "head": compared as it was."""
    if not old:
        return ()
    if "pages" not in old:
        legacy = {"list": content_hash([(s.code, s.key) for s in now])[:10], "head": parts["head"]}
        return tuple(p for p in ("list", "head") if old.get(p) != legacy[p])
    changed = list(differing(parts, old, frozenset(parts) | frozenset(_as_now(old)[0])))
    if "list" in changed:
        # a sheet added or taken down moves every field's hash and the page numbers: name only
        # what changed in the blocks of the procedures still posted
        kept = {p for s in now if s.code in before for p in changed_parts(s, before[s.code])}
        changed = [p for p in changed if p not in (*BOARD, "translations", "pages") or p in kept]
    return tuple(changed)


def board_date(changed: tuple[str, ...], old_date: dt.date | None, today: dt.date) -> dt.date:
    return old_date if old_date is not None and not changed else today


def same_sheets(now: list[Sheet], before: dict[str, Sheet]) -> bool:
    """The same sheets with the same content in the same order: the board's page references
    are then the previous build's."""
    return ([s.code for s in now] == list(before)
            and all(same_sheet(s, before[s.code]) for s in now))


def first_pages(entry: dict[str, Any] | None) -> dict[str, int] | None:
    """code -> the first page of its sheet in a previous village entry (None: not recorded)."""
    try:
        return {str(s["code"]): int(s["pages"][0]) for s in (entry or {})["sheets"]}
    except (TypeError, KeyError, ValueError, IndexError):
        return None


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
    board: tuple[str, ...] = ()  # the board's parts that changed ("list", "fee", "head"...); () unchanged

    def of(self, kind: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind]

    def __bool__(self) -> bool:
        return bool(self.changes or self.board)


def changed_parts(now: Sheet, old: Sheet) -> tuple[str, ...]:
    """The parts of a sheet that differ from its previous version, in print order."""
    return () if now.key == old.key else differing(now.parts, old.parts)


def compare(village: str, file: str, now: list[Sheet], before: dict[str, Sheet],
            why_gone: Callable[[str], str], board: tuple[str, ...] = ()) -> VillageChanges:
    """The sheets new, changed (and which parts) and to take down in one village, and what
    changed on its board (``board_changes``)."""
    out: list[Change] = []
    for s in now:
        old = before.get(s.code)
        if old is None:
            out.append(Change(NEW, s.code, s.name, updated=s.updated))
        elif not same_sheet(s, old):
            out.append(Change(CHANGED, s.code, s.name, changed_parts(s, old) or ("other",), updated=s.updated))
    codes = {s.code for s in now}
    for code, old in before.items():
        if code not in codes:
            out.append(Change(REMOVE, code, old.name, reason=why_gone(code), updated=old.updated))
    return VillageChanges(village, file, tuple(out), board)


def report_json(commune: str, since: dt.date | None, date: dt.date,
                villages: list[VillageChanges], sample: bool = False) -> dict[str, Any]:
    """thay-doi.json: the same facts as the printed report, for scripts (``sample``: made from
    the bundled sample, ``"sample": true`` first)."""
    return {**({"sample": True} if sample else {}),
            "commune": commune, "since": since.isoformat() if since else None, "date": date.isoformat(),
            "villages": [{"village": v.village, "file": v.file, "board": list(v.board),
                          **{kind: [c.to_json() for c in v.of(kind)] for kind in (NEW, CHANGED, REMOVE)}}
                         for v in villages if v]}
