"""What importing decisions will change in a project's catalogue, row by row, before anything
is written: the dry-run table is this plan shown (``table.py``), the app's preview is this plan
as data, and ``apply.py`` writes exactly it."""

from __future__ import annotations

import datetime as dt
import dataclasses  # a class below has a field called ``field``
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .. import model as m
from ..errors import DataError, Problem
from ..fields import BY_NAME, CHANNELS, OFFICIAL_HEADER
from ..load.places_sheet import COMMUNE_COLUMNS, COMMUNE_SHEET, VILLAGE_COLUMNS, VILLAGE_SHEET
from ..load.sheet import WORKBOOK_SUFFIXES, norm
from ..messages import named, say
from ..model import posted_codes
from ..plan.in_force import listings
from ..plan.village import build_date
from . import log
from .parse import (ABOLISHED, AMENDED, COMMUNE_LEVEL, NEW, REPLACED, SHARED_LEVEL,
                    Annex, Decision, Row, read_annex)
from .words import Vocabulary, name_key, same_text
from ..load.project import load_project_with_warnings
from ..load.officials import official_province

# What an action does (status): written, or why not.
APPLY, PENDING = "apply", "pending"  # PENDING: logged by earlier versions for an amendment in force later
DONE, SAME, OTHER_LEVEL = "done", "same", "other_level"  # already applied; nothing new; not the commune's
UNKNOWN, AMBIGUOUS, INCOMPLETE, NO_CODE = "unknown", "ambiguous", "incomplete", "no_code"
WRITES = (APPLY, PENDING)  # (no action is PENDING now: a later amendment is written with its day)
# Fields an annex row gives, in catalogue order (the amendments are compared field by field).
ANNEX_FIELDS = ("name", "agency", "place", "time", "fee", "legal_basis")


@dataclass(frozen=True)
class FieldChange:
    field: str  # a name of fields.py, or "scope" (online.scope)
    old: Any
    new: Any
    official: bool = False  # the posted text is the commune's own: the new value is official wording


@dataclass
class Action:
    kind: str  # NEW | AMENDED | REPLACED | ABOLISHED
    status: str
    code: str | None
    name: str
    field: str | None  # lĩnh vực
    annex: Annex
    row: Row
    decision: Decision  # number, signed, effective (resolved across the decision's files)
    changes: list[FieldChange] = dataclasses.field(default_factory=list)
    villages: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (commune, village) posting it
    values: dict[str, Any] = dataclasses.field(default_factory=dict)  # NEW: the procedure to add
    note: str = ""  # why it is skipped, or what the clerk should do
    posting: str = ""  # a new code no village posts yet: where to list it (not logged: it is today's)
    # and, when it is a commune's or village's list to add it to, those lists: the table says
    # them once under it (a decision brings ten new procedures at a time)
    listed_at: tuple[str, str] | None = None
    copy_of: str | None = None  # NEW: added as a copy of this code's row (an amendment's new code)

    @property
    def key(self) -> tuple[str, str, str]:
        """A row applied once: the decision, the kind of change and the procedure."""
        return (self.decision.number or "", self.kind, self.code or name_key(self.name))

    @property
    def level(self) -> str | None:
        return self.row.level


@dataclass
class ImportPlan:
    root: Path
    project: m.Project
    date: dt.date
    annexes: list[Annex] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    skipped_files: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def writes(self) -> list[Action]:
        return [a for a in self.actions if a.status in WRITES]

    def by_village(self) -> dict[tuple[str, str], list[Action]]:
        """(commune, village) -> the actions on what it posts, in the plan's order."""
        out: dict[tuple[str, str], list[Action]] = {}
        for c in self.project.places.communes:
            for v in c.villages:
                out[(c.name, v.name)] = []
        for a in self.actions:
            if a.status == APPLY:
                for place in a.villages:
                    out[place].append(a)
        return out


def _advice(key: str) -> str:
    """A message that says what to do: the command's flags, or in the app (``messages.in_app``)
    its "_app" form, which names the screen's box, fields and button (given here; the
    command's form has no use for them)."""
    return say(key, box=say("app.decision.all_levels"), number=say("app.decision.number"),
               effective=say("app.decision.effective"), again=say("app.decision.again"))


def _posting(project: m.Project) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for c in project.places.communes:
        for v in c.villages:
            for code in posted_codes(c, v):
                out.setdefault(code, []).append((c.name, v.name))
    return out


def plan_import(root: Path | str, files: Iterable[Path | str], *, all_levels: bool = False,
                day: dt.date | None = None, strict: bool = False, number: str | None = None,
                effective: dt.date | None = None) -> ImportPlan:
    """Read every file and say what it changes. Raises DataError when the project does not
    load (fix it first); problems of the files themselves are in ``plan.problems``."""

    root = Path(root)
    project, _ = load_project_with_warnings(root)
    plan = ImportPlan(root, project, build_date(day))
    history = log.read_log(root, project)
    applied_files = history.files()
    for f in files:
        path = Path(f)
        shown = path.name
        try:
            data_hash = log.sha256(path)
        except OSError as exc:
            plan.problems.append(Problem(shown, None, None, "", say("decision.unreadable", reason=exc.strerror or exc),
                                         say("decision.unreadable_hint")))
            continue
        if data_hash in applied_files and not history.pending_due(data_hash, plan.date):
            plan.skipped_files.append((shown, say("import.decision_file_done", day=applied_files[data_hash])))
            continue
        try:
            annex = read_annex(path, shown)
        except DataError as exc:
            plan.problems += exc.problems
            continue
        plan.annexes.append(annex)
    _check_decisions(plan, number, effective)
    if plan.errors:
        return plan
    vocab = Vocabulary()
    vocab.add(_catalogue_texts(project), trusted=True)
    for annex in plan.annexes:
        vocab.add(annex.words, trusted=False)
    posting = _posting(project)
    seen: set[tuple[str, str, str]] = set(history.rows())
    names = _names(project)
    for annex in plan.annexes:
        for row in annex.rows:
            actions = _actions(plan, annex, row, vocab, names, all_levels)
            unused = _unused_codes(row, actions)
            for action in actions:
                action.villages = posting.get(action.code or "", [])
                if action.status == OTHER_LEVEL:
                    action.note = _advice("import.decision_other_level")
                if unused and action is actions[0]:
                    action.note = _also(action.note, say("import.decision_codes_unused", codes=", ".join(unused)))
                if action.status in WRITES:
                    if action.key in seen and history.status(action.key) != PENDING:
                        action.status, action.note = DONE, say("import.decision_row_done")
                    elif action.status == PENDING and history.status(action.key) == PENDING:
                        action.status, action.note = DONE, say("import.decision_row_pending_logged",
                                                               day=f"{action.decision.effective:%d/%m/%Y}")
                    seen.add(action.key)
                if action.status in WRITES and action.kind in (NEW, AMENDED):  # the ones taking its values
                    action.note = _also(action.note, "; ".join(row.notes))
                action.posting, action.listed_at = _unposted(project, action, actions)
                plan.actions.append(action)
    for a in plan.actions:
        if a.status in (UNKNOWN, AMBIGUOUS, INCOMPLETE, NO_CODE):
            plan.problems.append(Problem(a.annex.shown, None, None, a.row.where, a.note, warning=not strict))
    return plan


def _unused_codes(row: Row, actions: list[Action]) -> list[str]:
    """The codes a row writes that none of its actions takes (two codes in a new or abolished
    row, or two the catalogue both has): said, never dropped in silence."""
    used = {a.code for a in actions} | {c.new for a in actions for c in a.changes if c.field == "replaced_by"}
    return [c for c in dict.fromkeys(row.codes + row.old_codes) if c not in used]


def _unposted(project: m.Project, action: Action, row_actions: list[Action]) -> tuple[str, tuple[str, str] | None]:
    """A new procedure no village lists is on no poster: where to list its code (in the
    replaced one's place when it replaces a posted one), as the places file names it; and the
    commune's and a village's lists it may go to (None when it replaces a posted one)."""
    if action.kind != NEW or action.status != APPLY or action.villages:
        return "", None
    old = next((a.code for a in row_actions if a.kind == REPLACED and a.villages and a.code), None)
    if old is not None:
        where = "; ".join(_list_named(project, s) for s, _ in listings(project, old))
        return say("import.decision_replace_code", old=old, code=action.code, where=where), None
    communes = project.places.communes
    where = "; ".join(_list_named(project, _first(c.listed), "commune", c.name) for c in communes)
    first = _first({k: s for c in communes for v in c.villages for k, s in v.listed.items()})
    village = _list_named(project, first, "village", bare=True)
    return say("import.decision_not_posted", code=action.code, where=where, village=village), (where, village)


def _first(listed: dict[str, m.Source]) -> m.Source | None:
    return next(iter(listed.values()), None)


def _list_named(project: m.Project, listed: m.Source | None, level: str = "commune", owner: str = "",
                bare: bool = False) -> str:
    """A posting list as the clerk finds it: its column and sheet, or its YAML key, then whose
    list and the cell or line of one of its codes ('cột "Thủ tục niêm yết" ở trang Xã (Xã A,
    places.xlsx:Xã!G2)'); a list with no code yet: its column of places.xlsx, or "posted:"."""
    file = project.places.file
    if listed is not None:
        name, at = named(listed.field, listed.cell), str(listed)
    elif not file.lower().endswith(WORKBOOK_SUFFIXES):
        name, at = named("posted"), file
    else:
        sheet, columns = (COMMUNE_SHEET, COMMUNE_COLUMNS) if level == "commune" else (VILLAGE_SHEET, VILLAGE_COLUMNS)
        name, at = named(next(c.header for c in columns if c.key == "posted"), f"{sheet}!"), file
    return name if bare else f"{name} ({', '.join(filter(None, [owner, at]))})"


def _catalogue_texts(project: m.Project) -> list[str]:
    out: list[str] = []
    for p in project.procedures.values():
        for name in ("name", "field", "agency", "time", "fee"):
            out.append(getattr(p, name))
        out += list(p.legal_basis)
        out += [v if isinstance(v, str) else " ".join(v) for v in p.official.values()]
    return out


def _names(project: m.Project) -> dict[str, list[str]]:
    """name key -> codes (its posted name and its official name)."""
    out: dict[str, list[str]] = {}
    for p in project.procedures.values():
        for name in {p.name, p.official.get("name") or p.name}:
            codes = out.setdefault(name_key(str(name)), [])
            if p.code not in codes:
                codes.append(p.code)
    return out


def _check_decisions(plan: ImportPlan, number: str | None, effective: dt.date | None) -> None:
    """Every file names its decision (or --number does), the files of one decision agree on
    its dates, and the decision is the project's province's."""
    by_number: dict[str, list[Annex]] = {}
    province = norm(plan.project.places.province)
    for annex in plan.annexes:
        d = annex.decision
        if number:
            d.number = number
        if not d.number:
            plan.problems.append(Problem(annex.shown, None, None, "", say("decision.no_number"),
                                         _advice("decision.no_number_hint")))
            continue
        foreign = [p for p in d.provinces if province not in p]
        if d.provinces and len(foreign) == len(d.provinces):
            plan.problems.append(Problem(annex.shown, None, None, "", say(
                "decision.other_province", theirs=_province_shown(annex), ours=plan.project.places.province),
                say("decision.other_province_hint")))
            continue
        if not annex.rows:
            plan.problems.append(Problem(annex.shown, None, None, "", say("decision.no_rows"),
                                         say("decision.no_rows_hint")))
            continue
        by_number.setdefault(d.number, []).append(annex)
    for num, annexes in by_number.items():
        signed = next((a.decision.signed for a in annexes if a.decision.signed), None)
        when = effective or next((a.decision.effective for a in annexes if a.decision.effective), None)
        on_signing = any(a.decision.effective_on_signing for a in annexes)
        if when is None and signed is not None:
            when = signed
            if not on_signing:
                plan.problems.append(Problem(annexes[0].shown, None, None, "", say(
                    "decision.no_effective", number=num, day=f"{signed:%d/%m/%Y}"),
                    _advice("decision.no_effective_hint"), warning=True))
        if when is None:
            plan.problems.append(Problem(annexes[0].shown, None, None, "", say("decision.no_date", number=num),
                                         _advice("decision.no_date_hint")))
            continue
        for a in annexes:
            a.decision.signed, a.decision.effective = signed or a.decision.signed, when


def _province_shown(annex: Annex) -> str:
    """The province the file names, as the official list spells it ("Thành phố Hải Phòng")."""

    for province in annex.decision.provinces:
        found = official_province(province)
        if found is not None:
            return found.name
    return annex.decision.provinces[0]


def commune_level(row: Row, all_levels: bool) -> bool:
    """A row for the commune: its section is cấp xã or shared with it (a file without level
    sections is taken as written for the commune), or any level with --all-levels."""
    return all_levels or row.level in (None, COMMUNE_LEVEL, SHARED_LEVEL)


def _match(row: Row, codes: tuple[str, ...], name: str, names: dict[str, list[str]],
           procedures: dict[str, m.Procedure]) -> tuple[str | None, str | None]:
    """(code, None) found; (None, status) when the name is unknown or names several."""
    known = [c for c in codes if c in procedures]
    if known:
        return known[0], None
    if codes:
        return None, UNKNOWN
    found = names.get(name_key(name), [])
    if len(found) == 1:
        return found[0], None
    return None, (AMBIGUOUS if found else UNKNOWN)


def _field_name(row: Row, project: m.Project) -> str | None:
    """The lĩnh vực heading as the catalogue spells it ("LĨNH VỰC HỘ TỊCH" -> "Hộ tịch")."""
    if not row.field:
        return None
    for p in project.procedures.values():
        if norm(p.field) == norm(row.field):
            return p.field
    text = " ".join(row.field.split())
    return text[:1].upper() + text[1:].lower() if text.isupper() else text


def _actions(plan: ImportPlan, annex: Annex, row: Row, vocab: Vocabulary,
             names: dict[str, list[str]], all_levels: bool) -> list[Action]:
    procs = plan.project.procedures
    d = annex.decision
    name = vocab.repair(row.name)
    mine = commune_level(row, all_levels)
    field = _field_name(row, plan.project)

    def act(kind: str, status: str, code: str | None, shown: str, note: str = "") -> Action:
        return Action(kind, status, code, shown, field or (procs[code].field if code in procs else None),
                      annex, row, d, note=note)

    if row.kind is None:
        return [act(AMENDED, UNKNOWN, row.codes[0] if row.codes else None, name,
                    say("decision.no_list", name=name or "?"))]
    if row.kind == ABOLISHED:
        code, why = _match(row, row.codes, name, names, procs)
        if code is None:
            return [_not_found(act, ABOLISHED, row, name, why, mine)]
        a = act(ABOLISHED, APPLY, code, procs[code].name)
        _set(a, "effective_until", procs[code].effective_until, d.effective)
        _set(a, "decision", procs[code].decision, d.number)
        return [_by_name(_same_or(a), row.codes, row.name, procs[code])]
    if row.kind == REPLACED:
        new_codes = tuple(c for c in row.codes if c not in row.old_codes)
        old_codes = row.old_codes or tuple(c for c in row.codes if c in procs and len(row.codes) > 1)
        new_codes = tuple(c for c in new_codes if c not in old_codes)
        out: list[Action] = []
        new_code = new_codes[0] if new_codes else None
        old, why = _match(row, old_codes, vocab.repair(row.old_name), names, procs) \
            if (old_codes or row.old_name) else (None, UNKNOWN)
        if old is None:
            out.append(_not_found(act, REPLACED, row, vocab.repair(row.old_name) or name, why, mine,
                                  old_codes[0] if old_codes else None))
        else:
            a = act(REPLACED, APPLY, old, procs[old].name)
            _set(a, "effective_until", procs[old].effective_until, d.effective)
            _set(a, "replaced_by", procs[old].replaced_by, new_code)
            _set(a, "decision", procs[old].decision, d.number)
            out.append(_by_name(_same_or(a), old_codes, row.old_name, procs[old]))
        out += _new(plan, act, row, new_code, name, field, mine, names, vocab)
        return out
    if row.kind == NEW:
        code = row.codes[0] if row.codes else None
        return _new(plan, act, row, code, name, field, mine, names, vocab)
    code, why = _match(row, row.codes, name, names, procs)  # AMENDED
    if code is None:
        return [_not_found(act, AMENDED, row, name, why, mine)]
    if new := next((c for c in row.codes if c not in procs), None):
        return _renumbered(act, row, name, procs[code], new)
    return [_by_name(_amend(act(AMENDED, APPLY, code, procs[code].name), procs[code], row, name, plan.date),
                     row.codes, row.name, procs[code])]


def _renumbered(act: Any, row: Row, name: str, old: m.Procedure, new: str) -> list[Action]:
    """An amended procedure the annex gives a new code ("1.000656 (nay là 1.013790)", or a "Mã
    mới" column): a row of the catalogue has one code, so it is written as a replacement. The
    old code ends on the decision's day, replaced by the new one, and a copy of its row (its
    papers, steps, link and the commune's own texts) takes the new code and the annex's values
    from that day; both say it, for the clerk to check what the copy carries."""
    ending = act(REPLACED, APPLY, old.code, old.name)
    d = ending.decision
    ending.note = said = say("import.decision_new_code", old=old.code, new=new, day=f"{d.effective:%d/%m/%Y}")
    _set(ending, "effective_until", old.effective_until, d.effective)
    _set(ending, "replaced_by", old.replaced_by, new)
    _set(ending, "decision", old.decision, d.number)
    # (its day: the copy is a row of its own from then, not "a later row of the procedure")
    copy = _amend(act(NEW, APPLY, new, name or old.name), old, row, name, d.effective)
    copy.note = _also(said, copy.note if copy.changes else "")  # no changes: _amend's "nothing new"
    copy.status, copy.copy_of, copy.field = APPLY, old.code, copy.field or old.field
    copy.values = {"field": copy.field, "effective_from": d.effective}  # what the table says of it
    return [ending, copy]


def _by_name(a: Action, codes: tuple[str, ...], written: str, proc: m.Procedure) -> Action:
    """A row without a code matched by its name: said in the table and the change log's note,
    for the clerk to check (a name the text layer broke may match a procedure it is not)."""
    if not codes and a.status == APPLY:
        a.note = _also(say("import.decision_by_name", name=written, code=proc.code, known=proc.name), a.note)
    return a


def _not_found(act: Any, kind: str, row: Row, name: str, why: str | None, mine: bool,
               code: str | None = None) -> Action:
    code = code or (row.codes[0] if row.codes else None)
    if not mine:
        return act(kind, OTHER_LEVEL, code, name)  # its note: _advice
    key = "decision.ambiguous" if why == AMBIGUOUS else ("decision.unknown" if code else "decision.unknown_name")
    return act(kind, why or UNKNOWN, code, name, say(key, code=code or "", name=name, kind=say(f"import.decision_kind.{kind}")))


def _set(a: Action, key: str, old: Any, new: Any) -> None:
    if new is not None and old != new:
        a.changes.append(FieldChange(key, old, new))


def _same_or(a: Action) -> Action:
    if not a.changes:
        a.status, a.note = SAME, say("import.decision_row_same")
    return a


def _annex_values(row: Row, name: str) -> dict[str, Any]:
    values = dict(row.values)
    if name:
        values["name"] = name
    return values


def _amend(a: Action, proc: m.Procedure, row: Row, name: str, day: dt.date) -> Action:
    """Field by field: a value the annex gives that differs from the catalogue's. A field the
    commune rewrote (it keeps the official wording under official:) keeps its text; the new
    official wording goes there and the clerk is told."""
    values = _annex_values(row, name)
    for key in ANNEX_FIELDS:
        if key not in values:
            continue
        new = values[key]
        rewritten = key in proc.official
        old = proc.official[key] if rewritten else getattr(proc, key)
        if key == "name" and name_key(str(old)) == name_key(str(new)):
            continue  # the same name, written in capitals or broken by the text layer
        if same_text(old, new):
            continue
        a.changes.append(FieldChange(key, old, tuple(new) if isinstance(new, list) else new, rewritten))
    scope = values.get("scope")
    if scope and proc.online is not None and proc.online.scope != scope:
        a.changes.append(FieldChange("scope", proc.online.scope, scope))
    elif scope and proc.online is None and "online" not in proc.channels:
        a.changes.append(FieldChange("channels", proc.channels, _online_channels(proc.channels)))
    _set(a, "decision", proc.decision, a.decision.number)
    official_changes = [c for c in a.changes if c.official]
    if official_changes:
        # where the official wording lives, as the catalogue's own file names it
        where = (", ".join(f'"{OFFICIAL_HEADER.format(header=BY_NAME[c.field].header)}"' for c in official_changes)
                 if proc.in_workbook else "official:")
        a.note = say("import.decision_rewrite", where=where,
                     fields=", ".join(BY_NAME[c.field].label for c in official_changes))
    if any(c.field == "channels" for c in a.changes):
        a.note = _also(a.note, _online_note(scope))
    if not any(c.field != "decision" for c in a.changes):
        a.changes.clear()
        return _same_or(a)
    if a.decision.effective and a.decision.effective > day:
        # in force later: written now as the procedure's row from that day (a second row of its
        # code, formats.md), so the build posts it on that day with no import run again
        a.note = " ".join(filter(None, [say("import.decision_later", day=f"{a.decision.effective:%d/%m/%Y}"), a.note]))
    return a


def _online_channels(channels: tuple[str, ...]) -> tuple[str, ...]:
    """The channels of a procedure the annex marks online (toàn trình or một phần) that has no
    link: the catalogue's own, "online" added (none listed: in person, so "direct" too). A link
    cannot be made up, and a Mức độ without one is not read (formats.md), so the channels are
    what makes every output say it can be done online (plan/apply.py: the QR looks it up)."""
    given = set(channels or ("direct",)) | {"online"}
    return tuple(c for c in CHANNELS if c in given)


def _new(plan: ImportPlan, act: Any, row: Row, code: str | None, name: str, field: str | None,
         mine: bool, names: dict[str, list[str]], vocab: Vocabulary) -> list[Action]:
    procs = plan.project.procedures
    if code is None:  # a list without codes: the catalogue may have it already, by its name
        found, why = _match(row, (), name, names, procs)
        if found is not None:  # said: the annex lists it as new, the catalogue has it already
            a = _amend(act(AMENDED, APPLY, found, procs[found].name), procs[found], row, name, plan.date)
            a.note = " ".join(filter(None, [say("import.decision_new_known"), a.note]))
            return [_by_name(a, (), row.name, procs[found])]
        if not mine:
            return [act(NEW, OTHER_LEVEL, None, name)]
        return [act(NEW, AMBIGUOUS if why == AMBIGUOUS else NO_CODE, None, name,
                    say("decision.ambiguous" if why == AMBIGUOUS else "decision.new_no_code", name=name, code="",
                        kind=say("import.decision_kind.new")))]
    if code in procs:  # published again: what it says now
        return [_amend(act(AMENDED, APPLY, code, procs[code].name), procs[code], row, name, plan.date)]
    if not mine:
        return [act(NEW, OTHER_LEVEL, code, name)]
    a = act(NEW, APPLY, code, name)
    values: dict[str, Any] = {"code": code, "name": name, "field": field}
    values.update({k: v for k, v in row.values.items() if k != "scope"})
    if row.values.get("scope"):
        values["channels"] = _online_channels(())
    values["effective_from"] = a.decision.effective
    values["decision"] = a.decision.number
    if not values.get("agency") and values.get("place"):
        # the annex names no agency (Cơ quan thực hiện), only where to go: a new procedure
        # needs one, so the place stands in for it, kept in place too, and the clerk is told
        values["agency"] = values["place"]
        a.note = say("import.decision_agency_from_place")
    a.values = {k: v for k, v in values.items() if v not in (None, "", [])}
    missing = [BY_NAME[k].label for k in ("name", "field", "agency", "time", "fee") if not a.values.get(k)]
    if missing:
        a.status, a.note = INCOMPLETE, say("decision.new_incomplete", code=code, name=name, fields=", ".join(missing))
    elif row.values.get("scope"):
        a.note = _also(a.note, _online_note(row.values["scope"]))
    else:  # a replacement's table often has no online column: in person is then only a default
        a.note = _also(a.note, say("import.decision_no_online"))
    return [a]


def _online_note(scope: Any) -> str:
    """Online without a link: written as a channel, the scope said (the catalogue cannot keep
    it without the link: the log does, for the clerk who adds the link)."""
    return say("import.decision_scope_without_link", scope=say(f"import.decision_scope.{scope}"))


def _also(note: str, more: str) -> str:
    return "; ".join(filter(None, [note, more]))


__all__ = ["ImportPlan", "Action", "FieldChange", "plan_import", "APPLY", "PENDING", "DONE", "SAME",
           "OTHER_LEVEL", "UNKNOWN", "AMBIGUOUS", "INCOMPLETE", "NO_CODE"]
