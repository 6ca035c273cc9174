"""One commune's share of a build and the files it reports, shared by the posters
(``build``) and the desk documents (``desk``): the job a worker gets, the hash of what shaped a
file, the check that a previous file is still intact, and the manifest entry of one just written."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .. import model as m
from ..output.integrity import same_bytes
from ..output import manifest as manifest_file
from ..output import state as build_state
from ..plan.village import VillagePlan
from ..qr.target import search_url


@dataclass(frozen=True)
class Done:
    """One file of a commune's share, as a worker reports it."""

    file: str
    village: bool
    pages: int
    line: str  # its manifest entry as JSON text
    written: bool
    stamp: list[int] | None  # size and time as written (for the state file)


@dataclass(frozen=True)
class Job:
    """One commune's share of a build: everything a worker process needs."""

    commune: m.Commune
    plans: tuple[VillagePlan, ...]
    whole_commune: bool  # False with --village: no all-villages.pdf
    out: Path
    paper: str
    date: dt.date
    old: dict[str, manifest_file.Previous]  # previous manifest entries by file
    force: bool
    # what dates and change reports compare with: the last complete build (or --since)
    base: dict[str, manifest_file.Previous] = field(default_factory=dict)
    since: dt.date | None = None  # that build's date
    booklet: bool = False


def digest_of(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:32]


def intact(job: Job, file: str, digest: str) -> Done | None:
    """The previous entry of ``file`` when it was made from the same inputs and is unchanged
    on disk: size and mtime as written, and its bytes still those of the manifest's sha256
    (bytes blanked with the time set back are damage too; hashing costs far less than a render)."""
    old = job.old.get(file)
    if job.force or not old or old.hash != digest or old.stamp is None \
            or build_state.stamp(job.out / file) != old.stamp or not same_bytes(job.out / file, old.sha256):
        return None
    return Done(file, old.village, old.pages, old.line, written=False, stamp=old.stamp)


def written(job: Job, file: str, province: str, commune: str, village: m.Village | None, pages: int,
           codes: list[str], qr: Sequence[tuple[str, str, int, tuple[float, ...]]], digest: str, data: bytes,
           kind: str, **extra: object) -> Done:
    """The Done of a file just written: its manifest entry, journalled in the state file."""
    # paper and date per file too: a filtered build keeps other files made with other settings
    entry = {"file": file, "kind": kind, "province": province, "commune": commune, "paper": job.paper,
             "generated": job.date.isoformat(),
             "village": village.name if village else None,
             "cultural_house": village.cultural_house if village else None,
             "pages": pages, "procedures": codes,
             "qr": [{"code": c, "url": u, "page": n, "box": list(box),
                     **({"lookup": True} if u == search_url(c) else {})} for c, u, n, box in qr],
             "hash": digest, "sha256": hashlib.sha256(data).hexdigest(), **extra}
    line = json.dumps(entry, ensure_ascii=False)
    stamp = build_state.record(job.out, file, line)  # journalled: a rerun after a kill skips it
    return Done(file, village is not None, pages, line, written=True, stamp=stamp)
