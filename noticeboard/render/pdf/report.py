"""thay-doi.pdf: what changed since the last build, in plain Vietnamese: first per procedure
(which villages it concerns), then per village (what its head pins, replaces, takes down)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Spacer

from ...plan import changes as ch
from ... import model as m
from ...fields import BY_NAME
from ...labels import LABELS
from ...slug import lower_first
from .content import para
from .paginate import Carry
from .desk_layout import KIT, Part, Styles, in_province, item, lay_out, render, styles

# Parts short enough to print their new value beside the change.
SHOWN = ("name", "agency", "time", "fee")


def part_name(part: str) -> str:
    """'phí, lệ phí': a changed part as it reads inside a sentence (fields.py's label, or the
    footer's contact lines)."""
    if f"part_{part}" in LABELS:
        return LABELS[f"part_{part}"]
    return lower_first(BY_NAME[part].label) if part in BY_NAME else LABELS["part_other"]


def board_changed(v: ch.VillageChanges) -> str:
    """'phí, lệ phí của Đăng ký khai sinh (1.001193)': what the board's pages print differently,
    naming the procedures whose block changed (a field the board prints)."""
    out = []
    for part in v.board:
        procs = [f"{c.name} ({c.code})" for c in v.of(ch.CHANGED) if part in BY_NAME and part in c.what]
        out.append(f"{part_name(part)} {LABELS['part_of']} {', '.join(procs)}" if procs else part_name(part))
    return "; ".join(out)


def what_changed(change: ch.Change, proc: m.Procedure | None) -> str:
    """'phí, lệ phí (nay là: 10.000 đồng); giấy tờ cần mang'."""
    out = []
    for part in change.what:
        text = part_name(part)
        value = getattr(proc, part, None) if proc is not None and part in SHOWN else None
        out.append(f"{text} ({LABELS['changes_now']}: {value})" if value else text)
    return "; ".join(out)


def describe(change: ch.Change, procedures: dict[str, m.Procedure]) -> str:
    proc = procedures.get(change.code)
    if change.kind == ch.CHANGED:
        text = what_changed(change, proc)
    elif change.kind == ch.REMOVE:
        text = LABELS[f"gone_{change.reason or ch.NOT_POSTED}"] + replaced(change, proc, procedures)
    else:
        text = LABELS["new_new"]
    return text + decided(change, proc)


def replaced(change: ch.Change, proc: m.Procedure | None, procedures: dict[str, m.Procedure]) -> str:
    """', thay bằng 1.013785 “Đăng ký lại khai sinh …”': a sheet taken down because its procedure
    was replaced names the one that replaces it (whether this village posts it yet or not)."""
    if change.reason != ch.NOT_IN_FORCE or proc is None or not proc.replaced_by:
        return ""
    new = procedures.get(proc.replaced_by)
    return f", {LABELS['gone_replaced_by']} {proc.replaced_by}" + (f" “{new.name}”" if new else "")


def decided(change: ch.Change, proc: m.Procedure | None) -> str:
    """' — theo Quyết định 1234/QĐ-UBND': the decision the catalogue names for the procedure,
    unless the commune itself took the sheet down. A procedure with an end date keeps the
    decision that ends it (an import writes both): it is named for its sheet taken down, never
    for one put up or changed (a trial saw a sheet put back "theo" the decision abolishing it)."""
    if proc is None or not proc.decision or change.reason == ch.NOT_POSTED:
        return ""
    if change.kind != ch.REMOVE and proc.effective_until is not None:
        return ""
    return f" {LABELS['changes_decision']} {proc.decision}"


def flowables(commune: m.Commune, province: str, villages: list[ch.VillageChanges],
              procedures: dict[str, m.Procedure], since: dt.date | None, date: dt.date) -> list[Flowable]:
    s = styles(KIT.body)
    since_text = (f"{LABELS['changes_since']} {since:%d/%m/%Y}" if since else LABELS["changes_fresh"])
    out: list[Flowable] = [
        para(LABELS["changes_title"], s.title),
        para(f"{commune.name}, {in_province(province)}", s.subtitle),
        para(f"{since_text}; {LABELS['changes_built']} {date:%d/%m/%Y}.", s.center),
        Spacer(0, s.body.fontSize),
        para(LABELS["changes_summary"], s.heading),
    ]
    # per procedure and kind of change: the villages concerned, in the commune's order
    summary: dict[tuple[str, str, str], list[str]] = {}
    names: dict[str, str] = {}
    for v in villages:
        for change in v.changes:
            summary.setdefault((change.code, change.kind, describe(change, procedures)), []).append(v.village)
            names.setdefault(change.code, change.name)
    # a board that changed for its own reason (the village head's line), not only its list
    heads = [v.village for v in villages if "head" in v.board]
    titles = {ch.NEW: LABELS["changes_new"], ch.CHANGED: LABELS["changes_changed"], ch.REMOVE: LABELS["changes_remove"]}
    if heads:
        out.append(para(LABELS["kit_board"], s.subheading))
        out.append(item(f"{LABELS['changes_changed']}: {part_name('head')}. {len(heads)} {LABELS['changes_villages']}: "
                        f"{', '.join(heads)}.", s.body, "•"))
    for code in names:
        out.append(para(f"{names[code]} ({code})", s.subheading))
        for (c, kind, text), where in summary.items():
            if c != code:
                continue
            out.append(item(f"{titles[kind]}: {text}. {len(where)} {LABELS['changes_villages']}: "
                            f"{', '.join(where)}.", s.body, "•"))
    out.append(para(LABELS["changes_by_village"], s.heading))
    for v in villages:
        if not v:
            continue
        # a page that continues the village's list starts with its name
        out += [Carry(None), para(v.village, s.subheading),
                Carry(para(f"{v.village} {LABELS['continued']}", s.subheading))]
        out += village_items(v, procedures, s)
    out.append(Carry(None))
    return out


def village_items(v: ch.VillageChanges, procedures: dict[str, m.Procedure], s: Styles) -> list[Flowable]:
    """The three lists of one village (shared with the posting kit)."""
    out: list[Flowable] = []
    if v.board:
        out.append(para(LABELS["changes_board"], s.cell_bold))
        out.append(item(f"{LABELS['kit_board']}: {board_changed(v)}", s.body, "•"))
    for kind, label in ((ch.NEW, "changes_new"), (ch.CHANGED, "changes_changed"), (ch.REMOVE, "changes_remove")):
        items = v.of(kind)
        if not items:
            continue
        out.append(para(LABELS[label], s.cell_bold))
        for c in items:
            detail = decided(c, procedures.get(c.code)) if kind == ch.NEW else f": {describe(c, procedures)}"
            which = "changes_old_date" if kind == ch.REMOVE else "changes_new_date"
            dated = f" ({LABELS[which]} {c.updated:%d/%m/%Y})" if c.updated else ""
            out.append(item(f"{c.name} ({c.code}){dated}{detail}", s.body, "•"))
    return out


def render_report(commune: m.Commune, province: str, villages: list[ch.VillageChanges],
                  procedures: dict[str, m.Procedure], since: dt.date | None, date: dt.date,
                  chars: str, sample: bool = False) -> tuple[bytes, int]:
    laid = lay_out([Part(flowables(commune, province, villages, procedures, since, date), commune.name, date)], KIT)
    data, _ = render(laid, KIT, chars, LABELS["changes_short"], f"{LABELS['changes_short']} – {commune.name}", sample)
    return data, len(laid.pages)
