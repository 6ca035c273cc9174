"""The plan as a person reads it before it is applied: per procedure (what changes, which
villages post it), then per village (what its head will pin, replace, take down). ``rows``
and ``village_rows`` are the same facts as data, for the app."""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

from ..fields import BY_NAME
from ..load.catalogue_sheet import choice_cell
from ..messages import say
from .parse import ABOLISHED, NEW, REPLACED
from .plan import APPLY, PENDING, Action, FieldChange, ImportPlan

WIDTHS = (16, 10, 34, 52, 26)  # characters: kind, code, name, change, villages
SHORT = 70  # a value longer than this is shortened in the table (the catalogue gets it whole)


def _value(v: Any, whole: bool = False) -> str:
    """A value as the table shows it; shortened (not ``whole``) for the terminal's columns."""
    if isinstance(v, dt.date):
        return f"{v:%d/%m/%Y}"
    if isinstance(v, (list, tuple)):
        v = "; ".join(v)
    text = str(v) if v not in (None, "") else say("import.decision_table.empty")
    return text if whole or len(text) <= SHORT else shorten(text)


def shorten(text: str, width: int = SHORT) -> str:
    """At most ``width`` characters, cut after a whole word with "…": a word cut in the middle
    reads as another word ("Nghị định số 07/2…"); one word longer than that is cut."""
    short = textwrap.shorten(text, width, placeholder="…")
    return short if short != "…" else text[:width - 1] + "…"


def label(field: str) -> str:
    return say("import.decision_table.scope") if field == "scope" else BY_NAME[field].label


def change_text(c: FieldChange, whole: bool = False) -> str:
    if c.field == "effective_until":
        return say("import.decision_table.until", day=_value(c.new))
    if c.field == "replaced_by":
        return say("import.decision_table.replaced_by", code=c.new)
    if c.field == "decision":
        return say("import.decision_table.decision", number=c.new)
    if c.field == "scope":
        return f"{label(c.field)}: {say('import.decision_scope.' + str(c.old))} → {say('import.decision_scope.' + str(c.new))}"
    old, new = (choice_cell(c.field, v) for v in (c.old, c.new))  # channels in the catalogue's words
    text = f"{label(c.field)}: {_value(old, whole)} → {_value(new, whole)}"
    return say("import.decision_table.official", change=text) if c.official else text


def describe(a: Action, whole: bool = False) -> list[str]:
    """What the action does, line by line; ``whole``: every value as it is (the app's table
    wraps them), else shortened for the terminal."""
    if a.status not in (APPLY, PENDING):
        return [say(f"import.decision_status.{a.status}") + (f": {a.note}" if a.note else "")]
    out: list[str] = []
    if a.kind == NEW:
        out.append(say("import.decision_table.added", field=a.values.get("field", ""),
                       day=_value(a.values.get("effective_from"))))
    out += [change_text(c, whole) for c in a.changes if not (c.field == "decision" and a.kind != NEW)]
    if a.note:
        out.append(a.note)
    if a.listed_at:  # where to list it: under the table, once for all the new ones
        out.append(say("import.decision_not_posted_short"))
    elif a.posting:
        out.append(a.posting)
    return out


def rows(plan: ImportPlan) -> list[dict[str, Any]]:
    """The table as data: one dict per row of every list read, its text with whole values."""
    return [{"decision": a.decision.number, "signed": a.decision.signed, "effective": a.decision.effective,
             "file": a.annex.shown, "where": a.row.where, "kind": a.kind, "status": a.status,
             "code": a.code, "name": a.name, "field": a.field, "level": a.level,
             "changes": [{"field": c.field, "old": c.old, "new": c.new, "official": c.official} for c in a.changes],
             "villages": [{"commune": c, "village": v} for c, v in a.villages],
             "note": a.note, "posting": a.posting, "listed_at": a.listed_at, "text": describe(a, whole=True)}
            for a in plan.actions]


def summary(table_rows: list[dict[str, Any]]) -> list[str]:
    """The table's last lines, from its rows as data (``rows``): the command prints them, the
    app shows them above its table, so both count alike and both say what is on no poster."""
    applied = sum(r["status"] == APPLY for r in table_rows)
    pending = sum(r["status"] == PENDING for r in table_rows)
    out = [say("import.decision_table.summary", rows=len(table_rows), applied=applied, pending=pending,
               skipped=len(table_rows) - applied - pending)]
    unposted = [r for r in table_rows if r["listed_at"]]
    if unposted:
        where, village = unposted[0]["listed_at"]
        out.append(say("import.decision_table.not_posted", n=len(unposted), codes=", ".join(r["code"] for r in unposted),
                       where=where, village=village))
    return out


def village_rows(plan: ImportPlan) -> list[dict[str, Any]]:
    """Per village: what changes among the procedures it posts."""
    out = []
    for (commune, village), actions in plan.by_village().items():
        out.append({"commune": commune, "village": village,
                    "changes": [{"kind": a.kind, "code": a.code, "name": a.name, "what": _village_what(a, plan.date)}
                                for a in actions]})
    return out


def _village_what(a: Action, today: dt.date) -> str:
    if a.kind in (ABOLISHED, REPLACED):
        until = next((c.new for c in a.changes if c.field == "effective_until"), a.decision.effective)
        by = next((c.new for c in a.changes if c.field == "replaced_by"), None)
        text = say("import.decision_village.take_down", day=_value(until))
        return text + (say("import.decision_village.instead", code=by) if by else "")
    fields = [label(c.field) for c in a.changes if c.field not in ("decision",)]
    if a.decision.effective and a.decision.effective > today:  # written now, posted from that day
        return say("import.decision_village.changed_from", fields=", ".join(fields), day=_value(a.decision.effective))
    return say("import.decision_village.changed", fields=", ".join(fields))


def _grid(header: tuple[str, ...], body: list[tuple[str, ...]]) -> list[str]:
    """A plain-text table: columns as wide as WIDTHS, long cells wrapped inside their column."""
    def lines_of(cells: tuple[str, ...]) -> list[str]:
        wrapped = [textwrap.wrap(text, w) or [""] for text, w in zip(cells, WIDTHS)]
        depth = max(len(w) for w in wrapped)
        return ["  ".join((w[i] if i < len(w) else "").ljust(width) for w, width in zip(wrapped, WIDTHS)).rstrip()
                for i in range(depth)]
    rule = "  ".join("-" * w for w in WIDTHS)
    out = lines_of(header) + [rule]
    for cells in body:
        out += lines_of(cells)
    return out


def render(plan: ImportPlan, dry_run: bool) -> str:
    out: list[str] = []
    for shown, why in plan.skipped_files:
        out.append(say("import.decision_table.file_skipped", file=shown, why=why))
    by_decision: dict[str, list[Action]] = {}
    for a in plan.actions:
        by_decision.setdefault(a.decision.number or "", []).append(a)
    header = tuple(say(f"import.decision_table.head_{k}") for k in ("kind", "code", "name", "change", "villages"))
    for number, actions in by_decision.items():
        d = actions[0].decision
        files = ", ".join(dict.fromkeys(a.annex.shown for a in actions))
        out.append("")
        out.append(say("import.decision_table.title", number=number, signed=_value(d.signed),
                       effective=_value(d.effective), files=files))
        body: list[tuple[str, ...]] = []
        for a in actions:
            villages = ", ".join(v for _, v in a.villages) or "—"
            for i, line in enumerate(describe(a)):
                body.append((say(f"import.decision_kind.{a.kind}") if i == 0 else "", (a.code or "—") if i == 0 else "",
                             a.name if i == 0 else "", line, villages if i == 0 else ""))
        out += _grid(header, body)
    touched = [(place, actions) for place, actions in plan.by_village().items() if actions]
    if touched:
        out.append("")
        out.append(say("import.decision_table.by_village"))
        for (commune, village), actions in touched:
            out.append(f"  {village} ({commune}):")
            for a in actions:
                out.append(f"    - {a.code} {a.name}: {_village_what(a, plan.date)}")
    out.append("")
    out += summary(rows(plan))
    if dry_run:
        out.append(say("import.decision_table.dry_run"))
    return "\n".join(out).lstrip("\n")
