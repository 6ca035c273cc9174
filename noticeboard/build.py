"""The posters pipeline: project → plan → layout and render → atomic writes → manifest.

The CLI calls ``build_posters``; it raises ``DataError``/``OutputError`` and never exits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import model as m
from .output import manifest as manifest_file
from .output.atomic import remove_stale_temporaries, write_bytes
from .plan import VillagePlan, build_date, plan
from .render.pdf import poster


@dataclass
class BuildResult:
    out: Path
    files: list[dict] = field(default_factory=list)
    pages: int = 0

    @property
    def villages(self) -> int:
        return sum(1 for f in self.files if f.get("village"))


def _entry(p: VillagePlan, file: str, pages: int, qr: list[tuple[str, str, int]]) -> dict:
    return {"file": file, "province": p.province, "commune": p.commune.name,
            "village": p.village.name, "cultural_house": p.village.cultural_house, "pages": pages,
            "procedures": [proc.code for proc in p.procedures],
            "qr": [{"code": c, "url": u, "page": n} for c, u, n in qr]}


def build_posters(project: m.Project, out: Path, commune: str | None = None, village: str | None = None,
                  paper: str | None = None, date: dt.date | None = None,
                  progress: Callable[[VillagePlan], None] | None = None) -> BuildResult:
    paper = paper or project.settings.paper
    date = date or build_date()
    plans = plan(project, commune, village)
    out = Path(out)
    remove_stale_temporaries(out)
    result = BuildResult(out)
    chars = poster.project_chars(project)
    poster.cache_font_subsets()
    by_commune: dict[str, list[poster.Layout]] = {}
    for p in plans:
        lay = poster.layout(p, project.settings.title, paper, date, chars)
        data, qr = poster.render_village(lay)
        write_bytes(out / p.file, data)
        result.files.append(_entry(p, p.file, lay.total, qr))
        result.pages += lay.total
        by_commune.setdefault(p.commune.slug, []).append(lay)
        if progress:
            progress(p)
    for slug, layouts in by_commune.items():
        commune_model = layouts[0].plan.commune
        if village is not None:
            continue  # a single village's build does not make a partial commune print job
        file = f"{slug}/all-villages.pdf"
        data, qr = poster.render_commune(layouts, commune_model)
        write_bytes(out / file, data)
        codes = dict.fromkeys(c.code for l in layouts for c in l.plan.procedures)
        result.files.append({"file": file, "province": project.places.province,
                             "commune": commune_model.name, "village": None, "cultural_house": None,
                             "pages": sum(l.total for l in layouts), "procedures": list(codes),
                             "qr": [{"code": c, "url": u, "page": n} for c, u, n in qr]})
    manifest_file.write(out, {"generated": date.isoformat(), "paper": paper, "files": result.files})
    return result
