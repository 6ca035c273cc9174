"""Write OUT/<commune>/<code>.png (and <code>-2.png, ... for continuation cards), <code>.txt,
OUT/index.html and OUT/manifest.json (written last: the listing of what is there)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ... import model as m
from ...labels import LABELS
from ...output import manifest
from ...output.atomic import remove_stale_temporaries, write_bytes
from ...output.folder import check_own_folder, remove_stale
from ...output.lock import exclusive
from ...plan.village import build_date, communes
from ...plan.posted import posted_in_force, posted_only_at
from ...qr.target import qr_target
from .caption import caption
from .card import Target, cards_pdf, rasterise
from .index import Entry, index_html

TOOL = "noticeboard share"


@dataclass
class ShareResult:
    cards: int = 0
    procedures: int = 0
    communes: list[str] = field(default_factory=list)


def target(p: m.Procedure, search_links: bool = True) -> Target | None:
    """The card's code: the procedure's page, else a look-up captioned "Tra cứu" (qr_target)."""
    found = qr_target(p, search_links)
    if found is None:
        return None
    if found.lookup:
        return Target(found.url, found.host, LABELS["share_lookup"], LABELS["lookup"])
    return Target(found.url, found.host, LABELS["share_online"], LABELS["online"])


def card_names(code: str, n: int) -> list[str]:
    return [f"{code}.png" if i == 1 else f"{code}-{i}.png" for i in range(1, n + 1)]


def _check_out(out: Path) -> None:
    check_own_folder(out, lambda folder: (manifest.read(folder) or {}).get("tool") == TOOL, "share_not_empty")


def build_share(project: m.Project, out: Path, commune: str | None = None,
                day: dt.date | None = None, progress: Callable[[int], None] | None = None) -> ShareResult:
    """Cards and captions of what each chosen commune posts on ``day`` (default: the build date)."""
    day = build_date(day)
    out = Path(out)
    chosen = communes(project, commune)
    _check_out(out)
    result = ShareResult()
    entries: list[Entry] = []
    with exclusive(out):
        remove_stale_temporaries(out)
        with manifest.writer(out, tool=TOOL, generated=day.isoformat(),
                             province=project.places.province, **manifest.marked(project)) as listing:
            for c in chosen:
                written: set[Path] = set()
                only_at = posted_only_at(project, c, day)
                for p in posted_in_force(project, c, day):
                    t = target(p, project.settings.search_links)
                    pdf, laid = cards_pdf(p, c, project.places.province, t, project.sample,
                                          only_at.get(p.code, ()))
                    pngs = rasterise(pdf)
                    names = card_names(p.code, len(pngs))
                    for i, (name, png) in enumerate(zip(names, pngs), 1):
                        rel = f"{c.slug}/{name}"
                        write_bytes(out / rel, png)
                        written.add(out / rel)
                        listing.add({"file": rel, "kind": "card", "commune": c.name, "code": p.code,
                                     "card": i, "cards": len(pngs), "size": [1080, 1350],
                                     # the first papers_shown of papers are on the cards; the
                                     # last card counts the others (the caption lists them all)
                                     "papers": len(p.documents), "papers_shown": laid.shown,
                                     # as the posters' entries list their codes (one "page")
                                     "qr": [{"code": p.code, "url": t.url, "page": 1}] if t else [],
                                     "sha256": hashlib.sha256(png).hexdigest()})
                    text = caption(p, c, t, project.sample, only_at.get(p.code, ()))
                    rel = f"{c.slug}/{p.code}.txt"
                    write_bytes(out / rel, text.encode("utf-8"))
                    written.add(out / rel)
                    listing.add({"file": rel, "kind": "caption", "commune": c.name, "code": p.code,
                                 "link": t.url if t else None,
                                 "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
                    entries.append(Entry(c.name, p.code, p.name, tuple(f"{c.slug}/{n}" for n in names),
                                         text, rel))
                    result.cards += len(pngs)
                    result.procedures += 1
                    if progress:
                        progress(1)
                # cards and captions of an earlier run: a procedure no longer posted, a card no longer needed
                remove_stale(out / c.slug, ("*.png", "*.txt"), written)
                result.communes.append(c.name)
            page = index_html(f"Ảnh đăng Zalo, Facebook: {project.places.province}", entries,
                              project.sample).encode("utf-8")
            write_bytes(out / "index.html", page)
            listing.add({"file": "index.html", "kind": "index", "sha256": hashlib.sha256(page).hexdigest()})
    return result

