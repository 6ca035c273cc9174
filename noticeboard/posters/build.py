"""The posters pipeline: project → plan → layout and render → atomic writes → manifest.

Work is split by commune (its villages and its all-villages.pdf share one font seed and one
footer height), so communes can go to separate processes (``jobs``) and memory never holds
more than one commune. Each file's manifest entry carries a hash of everything that shaped it;
a rebuild skips files whose hash and bytes are unchanged.

The CLI calls ``build_posters``; it raises ``DataError``/``OutputError`` and never exits.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import __version__
from .. import model as m
from ..errors import CommandLineError, Problem
from ..fonts import fingerprint
from ..messages import say
from ..output import manifest as manifest_file
from ..output import state as build_state
from ..output.atomic import remove_stale_temporaries, write_bytes
from ..output.lock import exclusive
from ..slug import COMMUNE_FILES
from ..output.fingerprint import renderer_fingerprint
from .desk import desk_files
from .job import Done, Job, digest_of, intact, written
from ..plan import changes, desk
from ..plan.village import VillagePlan, build_date, plan, village_procedures
from ..render.pdf import poster
from ..render.pdf.replay import cache_font_subsets
from ..errors import DataError
from ..render.pdf import limits


@dataclass
class BuildResult:
    """Counts only: the entries themselves are streamed into manifest.json."""

    out: Path
    files: list[str] = field(default_factory=list)  # every file of this build, written or not
    written: int = 0
    skipped: int = 0
    villages: int = 0
    pages: int = 0  # in the village PDFs
    total_pages: int = 0  # in every PDF, all-villages.pdf included
    since: dt.date | None = None  # the date of the build compared with (dates, change reports)

    def earlier(self, day: dt.date) -> str | None:
        """The caution when ``day`` comes before the build compared with: a date chosen by
        mistake prints sheets dated before the ones on the wall."""
        if self.since is None or day >= self.since:
            return None
        return say("build.earlier", last=f"{self.since:%d/%m/%Y}", day=f"{day:%d/%m/%Y}")


# The project a worker builds from: set once per process (inherited on fork, sent once per
# worker otherwise) rather than pickled into each of a province's hundred commune jobs.
_PROJECT: m.Project | None = None


def _use_project(project: m.Project) -> None:
    global _PROJECT
    _PROJECT = project


def _build_commune(job: Job, village_done: Callable[[int], None] | None = None) -> list[Done]:
    """Write one commune's PDFs (those not up to date); report every file, and each village
    as it is done to ``village_done`` (in this process only: the app's progress bar)."""

    p = _PROJECT
    assert p is not None, "_use_project() first"
    procedures = [proc for v in job.commune.villages for proc in village_procedures(p, job.commune, v, job.date)]
    chars = poster.commune_chars(p.settings.title, p.places.province, job.commune, procedures)
    cache_font_subsets()
    # Everything besides the village itself that shapes its bytes (the footer height is shared
    # by the commune's villages, the font seed by its PDFs).
    # The build date is not here: pages print the date their content last changed (history).
    common = (__version__, renderer_fingerprint(), fingerprint(), job.paper, p.settings.title, chars,
              p.places.province, job.commune.name, job.commune.office,
              poster.body_heights(job.commune, p.places.province, job.paper), p.sample)
    done: list[Done] = []
    undated: dict[str, poster.Layout] = {}
    layouts: dict[str, poster.Layout] = {}

    def pages_of(vp: VillagePlan) -> poster.Layout:
        if vp.village.slug not in undated:
            undated[vp.village.slug] = poster.layout(vp, p.settings.title, job.paper, chars)
        return undated[vp.village.slug]

    def spans(vp: VillagePlan) -> Callable[[], dict[str, tuple[int, int]]]:
        return lambda: pages_of(vp).sheet_pages()  # laid out only when page numbers may move

    history = {vp.file: desk.village_history(vp, poster.place_line(vp), changes.entry_of(
        job.base[vp.file].line if vp.file in job.base else None), job.date, spans(vp)) for vp in job.plans}

    def layout(vp: VillagePlan) -> poster.Layout:
        if vp.village.slug not in layouts:
            h = history[vp.file]
            layouts[vp.village.slug] = poster.dated(pages_of(vp), h.board_date, {s.code: s.updated for s in h.sheets})
        return layouts[vp.village.slug]

    digests = []
    for vp in job.plans:
        h = history[vp.file]
        digest = digest_of(common, vp.village, vp.procedures, h.board_date, [(s.code, s.updated) for s in h.sheets])
        digests.append(digest)
        entry = intact(job, vp.file, digest)
        if entry is None:
            data, qr = poster.render_village(layout(vp))
            write_bytes(job.out / vp.file, data)
            entry = written(job, vp.file, p.places.province, job.commune.name, vp.village,
                           layout(vp).total, [proc.code for proc in vp.procedures], qr, digest, data,
                           kind="village", updated=h.board_date.isoformat(), board_parts=h.board_parts,
                           board_pages=layout(vp).board_pages,
                           sheets=[{**s.to_json(), "pages": list(layout(vp).sheet_pages()[s.code])} for s in h.sheets])
        done.append(entry)
        if village_done:
            village_done(1)
    if job.whole_commune:
        file = f"{job.commune.slug}/{COMMUNE_FILES['commune']}.pdf"
        digest = digest_of(common, digests)
        entry = intact(job, file, digest)
        if entry is None:
            data, qr = poster.render_commune([layout(vp) for vp in job.plans], job.commune)
            write_bytes(job.out / file, data)
            codes = list(dict.fromkeys(c for vp in job.plans for c in (x.code for x in vp.procedures)))
            entry = written(job, file, p.places.province, job.commune.name, None,
                           sum(layout(vp).total for vp in job.plans), codes, qr, digest, data, kind="commune")
        done.append(entry)
        done += desk_files(job, p, common, history, done, chars)
    return done


def check_layout(project: m.Project, paper: str | None = None, day: dt.date | None = None) -> None:
    """Raise ``DataError`` naming every procedure text too long for a page of ``paper``."""

    found = limits.problems(project, paper or project.settings.paper, day)
    if found:
        raise DataError(found)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@dataclass(frozen=True)
class Options:
    """What the commune's desk documents need besides the posters' settings."""

    since: Path | None = None  # a previous manifest to compare with (for a fresh folder)
    booklet: bool = False  # the binder as an A5 booklet imposed on A4


def build_posters(project: m.Project, out: Path, commune: str | None = None, village: str | None = None,
                  paper: str | None = None, date: dt.date | None = None, jobs: int = 1,
                  force: bool = False,
                  progress: Callable[[int], None] | None = None, options: Options = Options()) -> BuildResult:
    """Build posters into ``out``; ``progress(n)`` is called as each n villages are done."""
    paper = paper or project.settings.paper
    date = build_date(date)
    plans = plan(project, commune, village, date)
    check_layout(project, paper, date)  # before any file is written
    out = Path(out)
    with exclusive(out):
        return _build(project, out, plans, commune, village, paper, date, jobs, force, progress, options)


def _baseline(out: Path, old: dict[str, manifest_file.Previous], since: Path | None
              ) -> tuple[dict[str, manifest_file.Previous], dt.date | None]:
    """What dates and change reports compare with: the folder's last complete build (its
    manifest is replaced only when a build finishes, so a resumed build compares with the same
    one), or ``--since`` for a fresh folder; and that build's date."""
    if since is not None and old:
        raise CommandLineError(Problem(say("command_line"), None, None, "--since", say("since_not_fresh", folder=out)))
    path = since if since is not None else out / manifest_file.NAME
    base = manifest_file.read_index(out, path) if path != out / manifest_file.NAME else old
    try:
        when = dt.date.fromisoformat(manifest_file.read_head(path).get("generated", ""))
    except (TypeError, ValueError):
        when = None
    return base, when


def _build(project: m.Project, out: Path, plans: list[VillagePlan], commune: str | None,
           village: str | None, paper: str, date: dt.date, jobs: int, force: bool,
           progress: Callable[[int], None] | None, options: Options = Options()) -> BuildResult:
    remove_stale_temporaries(out)
    old = build_state.previous(out)  # with what a killed build finished since
    base, since = _baseline(out, manifest_file.read_index(out), options.since)
    by_commune: dict[str, list[VillagePlan]] = {}
    for vp in plans:
        by_commune.setdefault(vp.commune.slug, []).append(vp)
    work = [Job(vps[0].commune, tuple(vps), village is None, out, paper, date,
                 {k: v for k, v in old.items() if k.startswith(f"{slug}/")}, force,
                 {k: v for k, v in base.items() if k.startswith(f"{slug}/")}, since, options.booklet)
            for slug, vps in by_commune.items()]
    result = BuildResult(out, since=since)
    stamps: dict[str, list[int] | None] = {}
    filtered = commune is not None or village is not None
    with manifest_file.writer(out, generated=date.isoformat(), paper=paper,
                              **manifest_file.marked(project)) as manifest:
        # one process: villages are counted as each is done; several: as each commune is
        for done, counted in _run(project, work, jobs, progress):
            for d in done:
                manifest.add(d.line)
                stamps[d.file] = d.stamp
                result.files.append(d.file)
                result.written += d.written
                result.skipped += not d.written
                result.villages += d.village
                result.pages += d.pages if d.village else 0
                result.total_pages += d.pages
            if progress and not counted:
                progress(sum(d.village for d in done))
        # A filtered build updates its part of OUT: the other files stay listed.
        built = set(result.files)
        # a whole commune rebuilt: its old change report is stale when there is no new one
        rebuilt = {f"{job.commune.slug}/" for job in work if job.whole_commune}
        kept = {f for f in old if filtered and f not in built and (out / f).is_file()
                and not (f[: f.find("/") + 1] in rebuilt and f.rsplit("/", 1)[-1] in (desk.CHANGES_PDF, desk.CHANGES_JSON))}
        for f in sorted(kept):
            manifest.add(old[f].line)
            stamps[f] = old[f].stamp
    build_state.rewrite(out, stamps)
    # Files an earlier build wrote that this project no longer makes (a renamed village, say):
    # removed only after the new manifest is in place, and only files a manifest listed.
    for stale in sorted(set(old) - built - kept):
        path = (out / stale).resolve()
        if path.suffix in (".pdf", ".json") and path.is_relative_to(out.resolve()) and \
                path != (out / manifest_file.NAME).resolve():  # never trust a manifest
            path.unlink(missing_ok=True)
    return result


def _run(project: m.Project, work: list[Job], jobs: int, progress: Callable[[int], None] | None = None):
    """Yield each commune's result in order, from ``jobs`` processes (1: this process), and
    whether its villages were already counted by ``progress``."""
    if jobs <= 1 or len(work) <= 1:
        _use_project(project)
        for job in work:
            yield _build_commune(job, progress), True
        return
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(min(jobs, len(work)), initializer=_use_project, initargs=(project,)) as pool:
        for done in pool.imap(_build_commune, work):
            yield done, False
