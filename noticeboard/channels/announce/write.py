"""Write OUT/<commune>.txt and OUT/<commune>.pdf per bulletin (OUT/<commune>-2.txt, … for the
next ones), and OUT/manifest.json listing them."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ... import model as m
from ...output import manifest
from ...output.atomic import remove_stale_temporaries, write_bytes
from ...output.lock import exclusive
from ...plan.village import build_date, communes
from .budget import BULLETIN_MINUTES, Over, commune_bulletins
from .pdf import script_pdf
from .script import Script


@dataclass
class AnnounceResult:
    scripts: list[Script] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    over: list[Over] = field(default_factory=list)  # procedures longer than their budget
    minutes: float = BULLETIN_MINUTES


def build_announce(project: m.Project, out: Path, commune: str | None = None,
                   day: dt.date | None = None, minutes: float = BULLETIN_MINUTES) -> AnnounceResult:
    """Every bulletin is made before anything is written: a problem leaves OUT untouched."""
    day = build_date(day)
    out = Path(out)
    result = AnnounceResult(minutes=minutes)
    for c in communes(project, commune):
        scripts, over = commune_bulletins(project, c, day, minutes)
        result.scripts += scripts
        result.over += over
    rendered = [(s, s.text().encode("utf-8"), script_pdf(s, sample=project.sample)) for s in result.scripts]
    with exclusive(out):
        remove_stale_temporaries(out)
        before = manifest.read(out) or {}
        with manifest.writer(out, tool="noticeboard announce", generated=day.isoformat(),
                             minutes=minutes, **manifest.marked(project)) as listing:
            for script, text, (pdf, pages) in rendered:
                for suffix, data in ((".txt", text), (".pdf", pdf)):
                    rel = f"{script.slug}{suffix}"
                    write_bytes(out / rel, data)
                    result.files.append(out / rel)
                    entry = {"file": rel, "kind": "loudspeaker script", "commune": script.commune.name,
                             "bulletin": script.number, "bulletins": script.count,
                             "seconds": round(script.seconds), "procedures": list(script.codes),
                             # procedures whose papers are not all read: {code: [read, papers]}
                             "papers_read": {p.code: [p.papers_read, p.papers] for p in script.parts
                                             if p.code and p.papers_read < p.papers},
                             "sha256": hashlib.sha256(data).hexdigest()}
                    if suffix == ".pdf":  # as the posters' entries: verify reads them the same way
                        entry.update(pages=pages, qr=[])
                    listing.add(entry)
            _remove_stale(out, before, {f.name for f in result.files},
                          {s.commune.name for s in result.scripts})
    return result


def _remove_stale(out: Path, before: dict, keep: set[str], made: set[str]) -> None:
    """Bulletins an earlier run listed for the communes made now that this run did not write
    (a second bulletin no longer needed): an announcer must not pick up one out of date.
    Only what the earlier manifest lists: other files in OUT are not ours to delete."""
    if before.get("tool") != "noticeboard announce":
        return
    for entry in before.get("files", []):
        name = str(entry.get("file", ""))
        if (entry.get("kind") == "loudspeaker script" and entry.get("commune") in made
                and name not in keep and "/" not in name):
            (out / name).unlink(missing_ok=True)
