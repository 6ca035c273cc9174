"""The commune's desk documents in a build (binder, posting kit, register, change report):
planned from the village entries just made and the folder's history, skipped when unchanged,
written atomically like the posters. Kept apart from build.py so its pipeline stays short."""

from __future__ import annotations

import hashlib
import json
from typing import Callable

from ..plan import changes as ch
from ..plan import desk
from .. import model as m
from ..output.atomic import write_bytes
from .job import Done, Job, digest_of, intact, written
from ..render.pdf import binder, kit, report


def _kits(job: Job, p: m.Project, history: dict, lines: dict[str, str]) -> list[desk.VillageKit]:
    compared = any(f.startswith(f"{job.commune.slug}/") and changes_entry(job.base[f])
                   for f in job.base)
    kits = []
    for vp in job.plans:
        h = history[vp.file]
        sheets, board, old = h.sheets, h.board_date, h.old
        entry = json.loads(lines[vp.file])
        pages = {s["code"]: (int(s["pages"][0]), int(s["pages"][1])) for s in entry.get("sheets") or []}
        diff = ch.compare(vp.village.name, vp.file, sheets, old, desk.why_gone(p, vp, job.date),
                          h.board_changed) if compared else None
        gone = () if compared else desk.listed_gone(p, vp, job.date)
        kits.append(desk.VillageKit(vp, vp.file, tuple(sheets), board, int(entry["board_pages"]), pages, diff, gone))
    return kits


def changes_entry(previous) -> bool:
    """A previous entry that a change report can compare with (a village file with sheets)."""
    entry = ch.entry_of(previous.line)
    return bool(entry and entry.get("sheets") is not None)


def _gone_villages(job: Job) -> list[ch.VillageChanges]:
    """Villages of the last build that this one no longer has: every sheet comes down."""
    built = {vp.file for vp in job.plans}
    out = []
    for file, previous in job.base.items():
        entry = ch.entry_of(previous.line)
        if not file.startswith(f"{job.commune.slug}/") or file in built or not entry or not entry.get("sheets"):
            continue
        old, _ = ch.read_sheets(entry)
        out.append(ch.compare(str(entry.get("village") or file), file, [], old, lambda code: ch.NOT_POSTED))
    return out


def desk_files(job: Job, p: m.Project, common: tuple, history: dict, villages: list[Done],
               chars: str) -> list[Done]:
    """The binder, kit, register and (when something changed) the change report of a commune
    whose village files are ``villages``."""

    lines = {d.file: d.line for d in villages}
    kits = _kits(job, p, history, lines)
    commune, province = job.commune, p.places.province
    base = job.base.get(f"{commune.slug}/{desk.BINDER}")
    procedures = desk.desk_procedures(kits)
    sections = desk.binder_sections(procedures, ch.entry_of(base.line) if base else None, job.date)
    dates = {s.code: s.updated for s in sections}
    out: list[Done] = []

    def make(name: str, kind: str, digest: str, draw: Callable[[], tuple[bytes, list, int]],
             **extra: object) -> None:
        file = f"{commune.slug}/{name}"
        done = intact(job, file, digest)
        if done is None:
            data, qr, pages = draw()
            write_bytes(job.out / file, data)
            done = written(job, file, province, commune.name, None, pages, [x.code for x in procedures], qr,
                          digest, data, kind=kind, **extra)
        out.append(done)

    posted = desk.posted_in(kits)
    make(desk.BINDER, "binder", digest_of(common, "binder", job.booklet, p.settings.search_links, procedures, posted, dates),
         lambda: binder.render_binder(commune, province, kits, procedures, dates, job.paper, job.booklet, chars,
                                     p.settings.search_links, sample=p.sample),
         booklet=job.booklet, sections=[s.to_json() for s in sections])
    by_code = dict(p.procedures)
    kit_facts = [(k.plan.village, k.sheets, k.board_date, k.board_pages, sorted(k.sheet_pages.items()),
                  (k.changes.changes, k.changes.board) if k.changes else k.listed_gone)
                 for k in kits]
    make(desk.KIT, "kit", digest_of(common, "kit", kit_facts),
         lambda: (*_no_qr(kit.render_kit(commune, province, kits, by_code, chars, sample=p.sample)),))
    make(desk.REGISTER, "register",
         digest_of(common, "register", [(k.plan.village.name, k.plan.village.cultural_house, len(k.sheets), k.date)
                                      for k in kits]),
         lambda: (*_no_qr(kit.render_register(commune, province, kits, chars, max(k.date for k in kits),
                                                         sample=p.sample)),))
    if desk.any_change(kits) or _gone_villages(job):
        changed = [v for v in [k.changes for k in kits] + _gone_villages(job) if v]
        make(desk.CHANGES_PDF, "changes", digest_of(common, "changes", changed, job.since, job.date),
             lambda: (*_no_qr(report.render_report(commune, province, changed, by_code, job.since, job.date,
                                                    chars, sample=p.sample)),))
        data = (json.dumps(ch.report_json(commune.name, job.since, job.date, changed, p.sample), ensure_ascii=False,
                           indent=1) + "\n").encode("utf-8")
        make(desk.CHANGES_JSON, "changes", hashlib.sha256(data).hexdigest()[:32], lambda: (data, [], 0))
    return out


def _no_qr(result: tuple[bytes, int]) -> tuple[bytes, list, int]:
    return result[0], [], result[1]

