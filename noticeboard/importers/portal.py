"""National portal detail records (dichvucong.gov.vn API, ``{"code": "OK", "data": {...}}``)
into catalogue procedures. Field notes: shared/samples/portal/README.md."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..messages import say
from ..slug import fold
from ..load.cells import bullet_of, collapse_repeats, first_upper, group_papers, short, unbullet
from . import PORTAL_PAGE, Imported, clean, finish

CHANNELS = {"DIRECT": "direct", "POSTAL": "postal", "ONLINE": "online"}
CHANNEL_NAMES = {"DIRECT": "Trực tiếp", "POSTAL": "Qua bưu chính", "ONLINE": "Trực tuyến"}
UNITS = {"WORKING_DAY": "ngày làm việc", "DAY": "ngày", "WORKING_HOUR": "giờ làm việc",
         "HOUR": "giờ", "MINUTE": "phút", "WEEK": "tuần", "MONTH": "tháng", "YEAR": "năm"}
# Document groups of executionCases: a short prefix keeps the group on each flat item.
GROUPS = {"giay to phai nop": "Nộp", "giay to phai xuat trinh": "Xuất trình"}
NOTE_GROUPS = {"luu y"}  # notes, not documents: they go to `conditions`
# Keys read below, or ids/flags/bookkeeping with nothing a citizen needs.
MAPPED = {
    "id", "code", "name", "category", "categoriesDetails", "unitGroupsExecuting", "isFullProcess",
    "isOfflineOnly", "executionMethods", "cases", "fees", "executionCases", "profileComponents",
    "executionSteps", "resultsDetails", "legalBasisesDetails", "subjectTypesDetails",
    "requirementsAndConditions", "departmentsExecuting", "executingAgencies",
}
IGNORED = {
    "codeNotation", "formalityType", "state", "isInternal", "type", "isWard", "isProvince",
    "isMinistry", "isOtherAgency", "isUndetermined", "isVertical", "isSharedService",
    "categoryIds", "serviceGroupIds", "legalBasisIds", "resultIds", "subjectTypeIds",
    "departmentExecutingIds", "departmentAuthorityIds", "departmentAuthorizedIds",
    "departmentCoordinatingIds", "unitGroupExecutingIds", "unitGroupAuthorityIds",
    "unitGroupAuthorizedIds", "unitGroupCoordinatingIds", "departmentPromulgateId",
    "departmentPromulgateCode", "createdAt", "updatedAt", "isNonTerritorial", "keywords",
}


class PortalError(ValueError):
    """The file is not a portal detail record."""


def read(path: Path) -> list[Imported]:
    """One record per file; a JSON list of records (or of wrapped records) also works."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise PortalError(f"{path.name}: " + say("portal_not_json", reason=exc)) from None
    items = raw if isinstance(raw, list) else [raw]
    out = []
    for i, item in enumerate(items):
        origin = str(path) if len(items) == 1 else f"{path}[{i}]"
        data = item.get("data", item) if isinstance(item, dict) else None
        if isinstance(item, dict) and "data" in item and item.get("code") not in (None, "OK"):
            raise PortalError(f"{origin}: " + say("portal_answer", answer=repr(item.get("code"))))
        if not isinstance(data, dict) or "code" not in data:
            raise PortalError(f"{origin}: " + say("portal_no_record"))
        out.append(convert(data, origin))
    return out


def convert(d: dict[str, Any], origin: str) -> Imported:
    rec = Imported(origin)
    f = rec.fields
    f["code"] = clean(d.get("code"))
    f["name"] = first_upper(re.sub(r"^thủ tục\s+", "", clean(d.get("name")), flags=re.I))
    f["field"] = clean((d.get("category") or {}).get("name")) or _names(d.get("categoriesDetails"))
    f["agency"] = (_names(d.get("unitGroupsExecuting")) or _names(d.get("departmentsExecuting"))
                   or clean(d.get("executingAgencies")))
    f["time"] = _time(d, rec)
    f["fee"] = _fee(d, rec)
    f["documents"], notes = _documents(d, rec)
    methods = d.get("executionMethods") or []
    used = {m.get("submissionMethod") for m in methods}
    f["channels"] = [c for key, c in CHANNELS.items() if key in used]
    if d.get("id") and not d.get("isOfflineOnly"):
        f["online"] = {"url": PORTAL_PAGE.format(id=clean(d["id"])),
                       "scope": "full" if d.get("isFullProcess") else "partial"}
    elif d.get("id"):
        rec.notes.append(say("import.offline_only", url=PORTAL_PAGE.format(id=clean(d["id"]))))
    f["steps"] = [s for step in d.get("executionSteps") or [] for s in _step_items(step)]
    f["result"] = _names(d.get("resultsDetails"))
    f["who"] = _names(d.get("subjectTypesDetails"))
    f["conditions"] = "\n".join(x for x in [clean(d.get("requirementsAndConditions")), *notes] if x)
    f["legal_basis"] = [_law(x) for x in d.get("legalBasisesDetails") or [] if clean(x.get("name"))]
    forms = [clean(a.get("name") or a.get("fileName")) for c in _components(d)
             for a in c.get("attachments") or [] if isinstance(a, dict)]
    f["forms"] = list(dict.fromkeys(x for x in forms if x))
    left = sorted(k for k, v in d.items() if k not in MAPPED | IGNORED and v not in (None, "", [], {}, False))
    if left:
        rec.notes.append(say("import.portal_not_mapped", keys=", ".join(left)))
    return finish(rec)


def _names(items: Any) -> str:
    return "; ".join(dict.fromkeys(clean(x.get("name")) for x in items or [] if clean(x.get("name"))))


def _law(x: dict) -> str:
    name, code = clean(x.get("name")), clean(x.get("code"))
    return name if not code or code in name else f"{name} ({code})"


def _span(qty: Any, unit: Any, description: Any) -> str | None:
    """'1 ngày làm việc'; None when the unit is unknown and nothing explains it."""
    desc = clean(description)
    if unit in UNITS and qty not in (None, ""):
        n = f"{qty:g}" if isinstance(qty, (int, float)) else clean(qty)
        return f"{n} {UNITS[unit]}" + (f" ({desc})" if desc else "")
    return desc or None


def _per_channel(pairs: list[tuple[str, str]], rec: Imported, what: str) -> str | dict[str, str]:
    """One text when every channel agrees, else one per channel ({direct: ..., online: ...}):
    printed per channel, never joined. A channel the model does not know keeps the record's
    wording, its label in front, and says so."""
    texts = list(dict.fromkeys(t for _, t in pairs))
    if len(texts) == 1:
        return texts[0]
    if all(key in CHANNELS for key, _ in pairs) and len({k for k, _ in pairs}) == len(pairs):
        return {CHANNELS[key]: t for key, t in pairs}
    rec.notes.append(say("import.ambiguous_per", what=what))
    return "; ".join(f"{CHANNEL_NAMES.get(key, key)}: {t}" for key, t in pairs)


def _per_case(pairs: list[tuple[str, str]], rec: Imported, what: str) -> str:
    """Cases (1.001193.01, .02) are not channels: one text when they agree, else the record's
    own wording, each case named, and a note (which case is whose only the record can say)."""
    texts = list(dict.fromkeys(t for _, t in pairs))
    if len(texts) == 1:
        return texts[0]
    rec.notes.append(say("import.ambiguous_per", what=what))
    return "; ".join(f"{label}: {t}" for label, t in pairs)


def _time(d: dict, rec: Imported) -> str | dict[str, str]:
    methods = [(clean(m.get("submissionMethod")),
                _span(m.get("processingTime"), m.get("processingTimeUnit"), m.get("description")))
               for m in d.get("executionMethods") or []]
    if methods and all(t for _, t in methods):
        return _per_channel([(k, _once(t, rec)) for k, t in methods], rec, "time")  # type: ignore[arg-type]
    # Channels without a usable unit ("OTHER" in the sample): the cases carry the time.
    cases = [(f"{clean(c.get('name'))} ({clean(c.get('code'))})",
              _span((c.get("processingDay") or {}).get("qty"), (c.get("processingDay") or {}).get("type"), None))
             for c in d.get("cases") or []]
    if cases and all(t for _, t in cases):
        return _per_case(cases, rec, "time")  # type: ignore[arg-type]
    units = {str(m.get("processingTimeUnit")) for m in d.get("executionMethods") or []}
    if units:
        rec.notes.append(say("import.no_time_unit", units=", ".join(sorted(units))))
    return ""


def _once(text: str, rec: Imported) -> str:
    """``text`` with exact repeats (the same sentence twice) kept once, and a note."""
    out, dropped = collapse_repeats(text)
    rec.notes += [say("cell_repeat_dropped", piece=short(piece)) for piece in dropped]
    return out


def _money(value: Any) -> str:
    return f"{int(value):,}".replace(",", ".") + " đồng"


def _fee_text(fees: list[dict], rec: Imported) -> str:
    parts = []
    for fee in fees:
        value, desc = fee.get("value") or 0, clean(fee.get("description"))
        if fee.get("attachment"):
            rec.notes.append(say("import.fee_attachment"))
        if value:
            parts.append(_money(value) + (f" ({desc})" if desc else ""))
        elif desc:
            parts.append(desc)
    if not parts:
        rec.notes.append(say("import.fees_zero"))
    return _once("; ".join(dict.fromkeys(parts)), rec) or "Miễn phí"


def _fee(d: dict, rec: Imported) -> str | dict[str, str]:
    methods = [(clean(m.get("submissionMethod")), _fee_text(m.get("fees") or [], rec))
               for m in d.get("executionMethods") or [] if m.get("fees")]
    if methods:
        return _per_channel(methods, rec, "fee")
    if d.get("fees"):
        return _fee_text(d["fees"], rec)
    rec.notes.append(say("import.no_fee"))
    return ""


def _components(d: dict) -> list[dict]:
    return [c for g in d.get("executionCases") or [] for c in g.get("profileComponents") or []] + \
        list(d.get("profileComponents") or []) + \
        [c for case in d.get("cases") or [] for c in case.get("profileComponents") or []]


def _group_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(name)).strip()


def _documents(d: dict, rec: Imported) -> tuple[list[str | dict], list[str]]:
    """The documents, each prefixed with its group ('Xuất trình: Hộ chiếu ...'), a paper that
    announces a list ("… các giấy tờ sau:") with the components under it as its items; and the
    'Lưu ý' notes, which are advice rather than papers to bring."""
    docs: list[str | dict] = []
    notes: list[str] = []
    groups = [(clean(g.get("name")), g.get("profileComponents") or []) for g in d.get("executionCases") or []]
    groups.append(("", d.get("profileComponents") or []))
    groups += [(f"{clean(c.get('name'))} ({clean(c.get('code'))})", c.get("profileComponents") or [])
               for c in d.get("cases") or []]
    for group, components in groups:
        key = _group_key(group)
        entries: list[tuple[str | None, str]] = []  # (its bullet, text): items keep their paper
        for c in components:
            raw = clean(c.get("name"))
            text = unbullet(raw)
            if not text:
                continue
            if key in NOTE_GROUPS:
                notes.append(text)
                continue
            qty = [f"{c[k]} {label}" for k, label in (("originalQty", "bản chính"), ("copyQty", "bản sao"))
                   if isinstance(c.get(k), int) and c[k] > 0]
            count = f" ({', '.join(qty)})" if qty else ""  # before the ":" of a paper announcing a list
            text = f"{text[:-1].rstrip()}{count}:" if text.endswith(":") else text + count
            entries.append((bullet_of(raw), text))
        papers, unsure = group_papers(entries)
        rec.notes += unsure
        prefix = GROUPS.get(key, group.strip("*: ").strip())
        for paper in papers:
            if prefix and isinstance(paper, dict):
                paper = {**paper, "paper": f"{prefix}: {paper['paper']}"}
            elif prefix:
                paper = f"{prefix}: {paper}"
            docs.append(paper)
    if not docs:
        rec.notes.append(say("import.no_documents"))
    return docs, notes


def _step_items(step: dict) -> list[str]:
    """Split official prose at its '- ' / '+ ' / '* ' bullets; other lines continue a step."""
    title = clean(step.get("name"))
    if re.fullmatch(r"bước\s*\d+[.:]?", title, re.I):
        title = ""  # "Bước 1" only numbers it: the sheet and the binder number the steps themselves
    items: list[str] = []
    for line in clean(step.get("description")).split("\n"):
        if not line:
            continue
        if re.match(r"^[-+*•]\s", line) or not items:
            items.append(unbullet(line))
        else:  # a sentence broken mid-way continues on the same line; "(i) ..." keeps its own
            items[-1] += (" " if line[:1].islower() else "\n") + line
    if title:
        items = [f"{title}: {items[0]}", *items[1:]] if items else [title]
    return [i for i in items if i]
