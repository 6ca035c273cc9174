"""The posters pipeline: project → plan → layout and render → atomic writes → manifest.

Work is split by commune (its villages and its all-villages.pdf share one font seed and one
footer height), so communes can go to separate processes (``jobs``) and memory never holds
more than one commune. Each file's manifest entry carries a hash of everything that shaped it;
a rebuild skips files whose hash and bytes are unchanged.

The CLI calls ``build_posters``; it raises ``DataError``/``OutputError`` and never exits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from . import __version__
from . import model as m
from .fonts import fingerprint
from .output import manifest as manifest_file
from .output.atomic import remove_stale_temporaries, write_bytes
from .plan import VillagePlan, build_date, plan, village_procedures


@dataclass
class BuildResult:
    out: Path
    files: list[dict] = field(default_factory=list)
    written: int = 0
    skipped: int = 0

    @property
    def pages(self) -> int:
        return sum(f["pages"] for f in self.files if f.get("village"))

    @property
    def villages(self) -> int:
        return sum(1 for f in self.files if f.get("village"))


@dataclass(frozen=True)
class _Job:
    """One commune's share of a build: everything a worker process needs."""

    project: m.Project
    commune: m.Commune
    plans: tuple[VillagePlan, ...]
    whole_commune: bool  # False with --village: no all-villages.pdf
    out: Path
    paper: str
    date: dt.date
    old: dict[str, dict]  # previous manifest entries by file
    force: bool


@lru_cache(maxsize=1)
def _renderer_fingerprint() -> str:
    """A hash of the code that draws posters: a changed label or layout rebuilds every file
    even before the version number moves."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted([here / "labels.py", *(here / "render").rglob("*.py")]):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _digest(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:32]


def _stamp(path: Path) -> list[int] | None:
    """Size and modification time: a file touched since it was written shows it here."""
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _intact(job: _Job, file: str, digest: str) -> dict | None:
    """The previous entry of ``file`` when it was made from the same inputs and is unchanged
    on disk (size and mtime as written; reading every PDF back would cost more than it saves)."""
    old = job.old.get(file)
    if job.force or not old or old.get("hash") != digest:
        return None
    return old if _stamp(job.out / file) == old.get("stamp") else None


def _build_commune(job: _Job) -> tuple[list[dict], int]:
    """Write one commune's PDFs; returns (manifest entries, files skipped)."""
    from .render.pdf import poster
    from .render.pdf.replay import cache_font_subsets

    p = job.project
    procedures = [proc for v in job.commune.villages for proc in village_procedures(p, job.commune, v)]
    chars = poster.commune_chars(p.settings.title, p.places.province, job.commune, procedures)
    cache_font_subsets()
    # Everything besides the village itself that shapes its bytes (the footer height is shared
    # by the commune's villages, the font seed by its PDFs).
    common = (__version__, _renderer_fingerprint(), fingerprint(), job.paper, p.settings.title, job.date.isoformat(), chars,
              p.places.province, job.commune.name, job.commune.office,
              poster.reserved_footer(job.commune, p.places.province, job.paper))
    entries, skipped, layouts = [], 0, {}

    def layout(vp: VillagePlan):
        if vp.village.slug not in layouts:
            layouts[vp.village.slug] = poster.layout(vp, p.settings.title, job.paper, job.date, chars)
        return layouts[vp.village.slug]

    digests = []
    for vp in job.plans:
        digest = _digest(common, vp.village, vp.procedures)
        digests.append(digest)
        entry = _intact(job, vp.file, digest)
        if entry is None:
            data, qr = poster.render_village(layout(vp))
            write_bytes(job.out / vp.file, data)
            entry = _entry(job.out, vp.file, p.places.province, job.commune.name, vp.village,
                           layout(vp).total, [proc.code for proc in vp.procedures], qr, digest, data)
        else:
            skipped += 1
        entries.append(entry)
    if job.whole_commune:
        file = f"{job.commune.slug}/all-villages.pdf"
        digest = _digest(common, digests)
        entry = _intact(job, file, digest)
        if entry is None:
            data, qr = poster.render_commune([layout(vp) for vp in job.plans], job.commune)
            write_bytes(job.out / file, data)
            codes = list(dict.fromkeys(c for vp in job.plans for c in (x.code for x in vp.procedures)))
            entry = _entry(job.out, file, p.places.province, job.commune.name, None,
                           sum(layout(vp).total for vp in job.plans), codes, qr, digest, data)
        else:
            skipped += 1
        entries.append(entry)
    return entries, skipped


def _entry(out: Path, file: str, province: str, commune: str, village: m.Village | None, pages: int,
           codes: list[str], qr: list[tuple[str, str, int]], digest: str, data: bytes) -> dict:
    return {"file": file, "province": province, "commune": commune,
            "village": village.name if village else None,
            "cultural_house": village.cultural_house if village else None,
            "pages": pages, "procedures": codes,
            "qr": [{"code": c, "url": u, "page": n} for c, u, n in qr],
            "hash": digest, "sha256": hashlib.sha256(data).hexdigest(), "stamp": _stamp(out / file)}


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def build_posters(project: m.Project, out: Path, commune: str | None = None, village: str | None = None,
                  paper: str | None = None, date: dt.date | None = None, jobs: int = 1,
                  force: bool = False,
                  progress: Callable[[int], None] | None = None) -> BuildResult:
    """Build posters into ``out``; ``progress(n)`` is called as each n villages are done."""
    paper = paper or project.settings.paper
    date = date or build_date()
    plans = plan(project, commune, village)
    out = Path(out)
    remove_stale_temporaries(out)
    previous = manifest_file.read(out) or {}
    old = {e["file"]: e for e in previous.get("files", []) if isinstance(e, dict) and "file" in e}
    by_commune: dict[str, list[VillagePlan]] = {}
    for vp in plans:
        by_commune.setdefault(vp.commune.slug, []).append(vp)
    work = [_Job(project, vps[0].commune, tuple(vps), village is None, out, paper, date,
                 {k: v for k, v in old.items() if k.startswith(f"{slug}/")}, force)
            for slug, vps in by_commune.items()]
    result = BuildResult(out)
    for entries, skipped in _run(work, jobs):
        result.files += entries
        result.skipped += skipped
        result.written += len(entries) - skipped
        if progress:
            progress(sum(1 for e in entries if e["village"]))
    # Files of this build first; entries of other communes/villages kept (a filtered build
    # updates its part of OUT, the rest stays listed), minus what this build replaced.
    done = {e["file"] for e in result.files}
    kept = [e for e in old.values() if e["file"] not in done and (out / e["file"]).is_file()
            and (commune or village)]
    manifest_file.write(out, {"generated": date.isoformat(), "paper": paper, "files": result.files + kept})
    # Files an earlier build wrote that this project no longer makes (a renamed village, say):
    # removed only after the new manifest is in place, and only files a manifest listed.
    listed = done | {e["file"] for e in kept}
    if not (commune or village):
        for stale in sorted(set(old) - listed):
            path = (out / stale).resolve()
            if path.suffix == ".pdf" and path.is_relative_to(out.resolve()):  # never trust a manifest
                path.unlink(missing_ok=True)
    return result


def _run(work: list[_Job], jobs: int):
    """Yield each commune's result in order, from ``jobs`` processes (1: this process)."""
    if jobs <= 1 or len(work) <= 1:
        yield from map(_build_commune, work)
        return
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(min(jobs, len(work)), maxtasksperchild=32) as pool:
        yield from pool.imap(_build_commune, work)
