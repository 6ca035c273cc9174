"""The Typst baseline the benchmark compares against (PyPI ``typst``): one compiled template
for every document, fed each village's data as JSON, QR codes as SVG images; the same files
as a build (a PDF per village, one per commune with every village numbered from 1), the same
content (a board with a 32 mm code per procedure, then a sheet per procedure: its facts, every
paper to bring and the steps, with a 45 mm code; the footer on every page) on A4, in the same
fonts."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import typst

from noticeboard import model as m
from noticeboard.qr import encode as qr
from noticeboard.labels import LABELS
from noticeboard.plan.village import VillagePlan, build_date, plan
from noticeboard.resources import resource_dir
from noticeboard.slug import lower_first

TEMPLATE = r"""
#let data = json(bytes(sys.inputs.data))
#let L = data.labels
#set document(title: data.title, author: "noticeboard")
#set text(font: "Be Vietnam Pro", size: 13pt, lang: "vi")
#set par(leading: 0.45em, spacing: 0.6em)
#let vn = counter("village")
#let footer-of(vil) = block(width: 100%, {
  line(length: 100%, stroke: 0.8pt + gray)
  set text(size: 10.5pt)
  [*#L.office:* #vil.office.name \ *#L.address:* #vil.office.address \ *#L.phone:* #vil.office.phone · #L.hours: #vil.office.hours]
  if vil.head != none [ \ *#L.head:* #vil.head]
  [ \ #text(fill: rgb("#8B0000"), weight: "semibold", L.qr_warning)]
  context {
    let i = vn.get().first()
    let ends = query(<village-end>)
    let total = counter(page).at(ends.at(i - 1).location()).first()
    grid(columns: (1fr, 1fr), [*#L.updated: #data.date*], align(right)[*#L.page #counter(page).get().first()/#total*])
  }
})
#let code-box(p, side) = box(width: side + 16pt, align(center, {
  image(bytes(p.svg), width: side, format: "svg")
  set text(size: 10.5pt, weight: "semibold")
  [*#p.code* \ #p.host]
}))
#for (i, vil) in data.villages.enumerate() {
  if i > 0 { pagebreak() }
  vn.update(i + 1)
  counter(page).update(1)
  set page(paper: "a4", margin: (x: 15mm, top: 15mm, bottom: 62mm),
           footer: footer-of(vil), footer-descent: 4mm)
  text(size: 26pt, weight: "bold", upper(data.title))
  [\ *#L.posted_at:* #vil.place]
  v(6pt)
  for p in vil.procedures {
    block(breakable: false, grid(columns: (1fr, auto), gutter: 13pt, [
      #text(size: 17pt, weight: "bold", p.name) \
      *#L.code:* #p.code · #L.field: #p.field \
      *#L.agency:* #p.agency \ *#L.time:* #p.time \ *#L.fee:* #p.fee \
      #if p.online != none [*#L.online:* #p.online] else [*#L.in_person*]
    ], if p.svg != none { code-box(p, 32mm) }))
    line(length: 100%, stroke: 0.8pt + gray)
  }
  for p in vil.procedures {
    pagebreak()
    grid(columns: (1fr, auto), gutter: 13pt, [
      #text(size: 20pt, weight: "bold", p.name) \
      *#L.code:* #p.code \ *#L.field:* #p.field
      #if p.online != none [ \ *#L.online:* #p.online]
    ], if p.svg != none { [#text(size: 10.5pt, L.scan) \ #code-box(p, 45mm)] })
    [*#L.agency:* #p.agency \ *#L.time:* #p.time \ *#L.fee:* #p.fee]
    if p.who != none [ \ *#L.who:* #p.who]
    let section(key, items, numbered: true) = if items.len() > 0 {
      heading(level: 2, L.at(key))
      if numbered { enum(..items) } else { list(..items) }
    }
    section("documents", p.documents)
    section("steps", p.steps)
  }
  [#metadata(i) <village-end>]
}
"""


def _procedure(proc: m.Procedure) -> dict:
    online = proc.online
    return {"code": proc.code, "name": proc.name, "field": proc.field, "agency": proc.agency,
            "time": proc.time, "fee": proc.fee, "who": proc.who, "result": proc.result,
            "conditions": proc.conditions, "documents": list(proc.documents), "steps": list(proc.steps),
            "forms": list(proc.forms), "legal_basis": list(proc.legal_basis),
            "online": (LABELS["scope_full"] if online.scope == "full" else LABELS["scope_partial"]) if online else None,
            "host": online.host if online else None, "svg": qr.svg(online.url) if online else None}


def _village(vp: VillagePlan) -> dict:
    v, o = vp.village, vp.commune.office
    head = (v.head.name + (f" – {v.head.phone}" if v.head.phone else "")) if v.head else None
    province = vp.province if vp.province.lower().startswith(("tỉnh", "thành phố")) else f"tỉnh {vp.province}"
    return {"place": f"{v.cultural_house}, {lower_first(vp.commune.name)}, {lower_first(province)}",
            "office": {"name": o.name, "address": o.address, "phone": o.phone, "hours": o.hours},
            "head": head, "procedures": [_procedure(p) for p in vp.procedures]}


def build(project: m.Project, out: Path, communes: int | None = None, date: dt.date | None = None,
          seconds: dict[str, float] | None = None) -> int:
    """Write the village and all-villages PDFs with Typst; returns the number of files.
    ``seconds`` receives the time spent on village files and on commune files."""
    seconds = {} if seconds is None else seconds
    seconds.update(village=0.0, commune=0.0)
    template = out / ".template.typ"
    template.parent.mkdir(parents=True, exist_ok=True)
    template.write_text(TEMPLATE, "utf-8")
    compiler = typst.Compiler(str(template), root=str(out), font_paths=[str(resource_dir("fonts"))],
                              ignore_system_fonts=True)
    date = date or build_date()
    by_commune: dict[str, list[VillagePlan]] = {}
    for vp in plan(project):
        by_commune.setdefault(vp.commune.slug, []).append(vp)
    files = 0
    for slug in list(by_commune)[:communes]:
        villages = [_village(vp) for vp in by_commune[slug]]
        head = {"labels": LABELS, "title": project.settings.title, "date": f"{date:%d/%m/%Y}"}
        t0 = time.perf_counter()
        for vp, village in zip(by_commune[slug], villages):
            _write(compiler, out / vp.file, {**head, "villages": [village]})
            files += 1
        t1 = time.perf_counter()
        _write(compiler, out / slug / "all-villages.pdf", {**head, "villages": villages})
        files += 1
        seconds["village"] += t1 - t0
        seconds["commune"] += time.perf_counter() - t1
    return files


def _write(compiler: typst.Compiler, path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = compiler.compile(sys_inputs={"data": json.dumps(data, ensure_ascii=False)}, format="pdf",
                           timestamp=0, pdf_tags=False)
    path.write_bytes(pdf)
