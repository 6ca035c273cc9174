"""Importing into a catalogue file that already holds procedures: nothing the commune wrote is
lost. For a code already there, the commune's own plain-language texts stay where they are and
the record's official wording goes under ``official:``; the facts a decision changes (name,
time, fee, agency, link, dates) are updated. ``--replace`` takes the record as it is instead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..fields import BY_NAME, OFFICIAL, ORDER
from ..messages import say
from . import Imported
from ..load.source import read_yaml

# What a new decision or portal record changes: taken from the record.
UPDATED = ("name", "time", "fee", "agency", "online", "effective_from", "effective_until",
           "replaced_by", "decision")


def existing_procedures(out: Path) -> list[dict[str, Any]]:
    """The procedures of ``out`` as written (texts exactly as typed); [] for a new file.
    Raises ValueError naming the problems when it does not load: it is never overwritten then."""

    if not out.exists():
        return []
    doc, problems = read_yaml(out, str(out))
    errors = [str(p) for p in problems if not p.warning]
    if doc is None or errors or not isinstance(doc.data, dict) or not isinstance(doc.data.get("procedures"), list):
        raise ValueError("\n".join(errors) or say("import_out_unreadable", out=out))
    return [p for p in doc.data["procedures"] if isinstance(p, dict)]


def merge(existing: list[dict[str, Any]], records: list[Imported], out: Path,
          replace: bool = False) -> list[Imported]:
    """What to write: every existing procedure (merged with its record, when there is one) in
    its place, then the new records. Each merge is noted on its record."""
    by_code = {r.code: r for r in records}
    written: list[Imported] = []
    for proc in existing:
        rec = by_code.pop(proc.get("code"), None)
        if rec is None:
            written.append(Imported(say("import_kept", out=out.name), dict(proc)))
        elif replace:
            rec.notes.append(say("import_replaced", out=out.name))
            written.append(rec)
        else:
            written.append(_merged(proc, rec, out))
    return written + list(by_code.values())


def _merged(own: dict[str, Any], rec: Imported, out: Path) -> Imported:
    fields = dict(own)
    official = dict(own.get("official") or {})
    updated, kept = [], []
    for key, value in rec.fields.items():
        if key in UPDATED or key not in own:
            if own.get(key) != value:
                updated.append(key)
            fields[key] = value
        elif own[key] != value and key in OFFICIAL:
            # The commune's plain-language wording stays on the poster; the binder prints this.
            official[key] = value
            kept.append(key)
    if official:
        fields["official"] = official
    rec.fields = {k: fields[k] for k in ORDER if k in fields}
    label = lambda keys: ", ".join(BY_NAME[k].label for k in keys) or "-"  # noqa: E731
    rec.notes.append(say("import_merged", out=out.name, kept=label(kept), updated=label(updated)))
    return rec
