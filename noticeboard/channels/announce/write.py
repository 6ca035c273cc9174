"""Write OUT/<commune>.txt and OUT/<commune>.pdf per commune, and OUT/manifest.json listing them."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ... import model as m
from ...output import manifest
from ...output.atomic import exclusive, remove_stale_temporaries, write_bytes
from ...plan.village import build_date, communes
from .pdf import script_pdf
from .script import Script, commune_script


@dataclass
class AnnounceResult:
    scripts: list[Script] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def build_announce(project: m.Project, out: Path, commune: str | None = None,
                   day: dt.date | None = None) -> AnnounceResult:
    """Every script is made before anything is written: a problem leaves OUT untouched."""
    day = build_date(day)
    out = Path(out)
    scripts = [commune_script(project, c, day) for c in communes(project, commune)]
    rendered = [(s, s.text().encode("utf-8"), script_pdf(s)) for s in scripts]
    result = AnnounceResult(scripts)
    with exclusive(out):
        remove_stale_temporaries(out)
        with manifest.writer(out, tool="noticeboard announce", generated=day.isoformat()) as listing:
            for script, text, (pdf, pages) in rendered:
                for suffix, data in ((".txt", text), (".pdf", pdf)):
                    rel = f"{script.commune.slug}{suffix}"
                    write_bytes(out / rel, data)
                    result.files.append(out / rel)
                    entry = {"file": rel, "kind": "loudspeaker script", "commune": script.commune.name,
                             "procedures": list(script.codes), "sha256": hashlib.sha256(data).hexdigest()}
                    if suffix == ".pdf":  # as the posters' entries: verify reads them the same way
                        entry.update(pages=pages, qr=[])
                    listing.add(entry)
    return result
