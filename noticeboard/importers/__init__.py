"""Importers: turn the sources commune staff really have (national portal records, the
province's "danh mục TTHC" spreadsheets) into catalogue procedures.

Each reader yields ``Imported`` records: the catalogue fields it could fill, plus notes on
what it could not map, so a person can finish the job by hand instead of trusting a guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..fields import ORDER, PORTAL_PAGE, REQUIRED  # noqa: F401  (ORDER: written files read like hand-written ones)
from ..load.source import NON_PRINTABLE
from ..messages import say
from ..model import Settings
from ..qr.urls import check_url

CODE = re.compile(r"\d\.\d{6}(?:\.\d{2})?")
# Links of the portal before its 2025 rebuild: they pass check_url but no longer open.
_OLD_PORTAL = re.compile(r"dvc-chi-tiet-thu-tuc|ma_thu_tuc=|/p/home/", re.I)


@dataclass
class Imported:
    """One procedure read from a source, with what could not be mapped."""

    origin: str  # "1.001193.json" or "danh-muc.xlsx, sheet TTHC, row 7": where to look
    fields: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # warnings: information left out
    errors: list[str] = field(default_factory=list)  # the record cannot be written as is

    @property
    def code(self) -> str | None:
        return self.fields.get("code")


def clean(text: Any) -> str:
    """NFC text without invisible characters (the loader refuses them), lines trimmed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch == "\n" or cat not in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp"):
            out.append(ch)
        elif ch == "\t" or cat in ("Zl", "Zp"):
            out.append(" " if ch == "\t" else "\n")
    kept = NON_PRINTABLE.sub("", "".join(out))  # also what YAML refuses beyond these (U+FFFE)
    lines = [re.sub(r"[ \u00a0]+", " ", line).strip() for line in kept.split("\n")]
    return "\n".join(lines).strip("\n").strip()


def finish(rec: Imported, hosts: tuple[str, ...] = Settings().allowed_hosts) -> Imported:
    """Drop empty values, check the link and the required fields, order the keys."""
    f = {k: v for k, v in rec.fields.items() if v not in (None, "", [], ())}
    online = f.get("online")
    if online:
        url = online["url"]
        bad = check_url(url, hosts)
        if bad is None and _OLD_PORTAL.search(url):
            bad = (say("import.old_portal_link"), say("import.old_portal_link_hint"))
        if bad:
            rec.notes.append(say("import.link_dropped", reason=bad[0], url=url, hint=bad[1]))
            del f["online"]
    code = f.get("code")
    if code and not re.fullmatch(CODE, code):
        rec.errors.append(say("import.bad_code", code=code))
    missing = [k for k in REQUIRED if k not in f]
    if missing:
        rec.errors.append(say("import.missing", fields=", ".join(missing)))
    rec.fields = {k: f[k] for k in ORDER if k in f}
    rec.notes = list(dict.fromkeys(rec.notes))
    return rec
