"""The Typst baseline the benchmark compares against (PyPI ``typst``), written as a competent
Typst user would: one template, one ``typst.Compiler`` (fonts loaded once, its incremental
cache kept), fed each village's data as JSON, QR codes as SVG images; the same content as a
village file (a board with a 32 mm code per procedure, then a sheet per procedure: its facts,
every paper to bring and the steps, with a 45 mm code; the footer on every page) on A4, in the
same fonts. Each village is typeset once, in one of two ways:

- ``per_village``: a document per village; the commune's print job (all-villages.pdf) is those
  files joined (pypdfium2 copies the pages, nothing is typeset again);
- ``per_commune``: the commune in one document (its print job), split into the village files
  at the pages Typst reports for each village's end.

Typst uses its own threads unless RAYON_NUM_THREADS limits them (the benchmark runs both)."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pypdfium2
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
  context [#metadata(here().page()) <village-end>]
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
          how: str = "per_village") -> int:
    """Write every village's PDF and each commune's all-villages.pdf; returns the files written."""
    template = out / ".template.typ"
    template.parent.mkdir(parents=True, exist_ok=True)
    template.write_text(TEMPLATE, "utf-8")
    fonts = [str(resource_dir("fonts"))]
    compiler = typst.Compiler(str(template), root=str(out), font_paths=fonts, ignore_system_fonts=True)
    date = date or build_date()
    by_commune: dict[str, list[VillagePlan]] = {}
    for vp in plan(project):
        by_commune.setdefault(vp.commune.slug, []).append(vp)
    files = 0
    for slug in list(by_commune)[:communes]:
        plans = by_commune[slug]
        head = {"labels": LABELS, "title": project.settings.title, "date": f"{date:%d/%m/%Y}"}
        commune = out / slug / "all-villages.pdf"
        commune.parent.mkdir(parents=True, exist_ok=True)
        if how == "per_village":
            for vp in plans:
                (out / vp.file).write_bytes(_compile(compiler, {**head, "villages": [_village(vp)]}))
            _join([out / vp.file for vp in plans], commune)
        else:
            # query() takes its inputs from the constructor: one compiler per commune document
            data = json.dumps({**head, "villages": [_village(vp) for vp in plans]}, ensure_ascii=False)
            one = typst.Compiler(str(template), root=str(out), font_paths=fonts, ignore_system_fonts=True,
                                 sys_inputs={"data": data})
            commune.write_bytes(one.compile(format="pdf", timestamp=0, pdf_tags=False))
            ends = json.loads(one.query("<village-end>", field="value"))
            _split(commune, [out / vp.file for vp in plans], ends)
        files += len(plans) + 1
    return files


def _compile(compiler: typst.Compiler, data: dict) -> bytes:
    return compiler.compile(sys_inputs={"data": json.dumps(data, ensure_ascii=False)}, format="pdf",
                            timestamp=0, pdf_tags=False)


def _join(parts: list[Path], target: Path) -> None:
    joined = pypdfium2.PdfDocument.new()
    for part in parts:
        joined.import_pages(pypdfium2.PdfDocument(str(part)))
    joined.save(str(target))


def _split(whole: Path, parts: list[Path], ends: list[int]) -> None:
    source, start = pypdfium2.PdfDocument(str(whole)), 0
    for part, end in zip(parts, ends):
        piece = pypdfium2.PdfDocument.new()
        piece.import_pages(source, list(range(start, end)))
        piece.save(str(part))
        start = end
