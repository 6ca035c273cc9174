"""Thumbnails of every poster page and an OUT/index.html contact sheet per commune, so staff
check a whole commune at a glance before printing. Offline: plain HTML and CSS, no scripts."""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from pathlib import Path

from ..labels import LABELS
from ..output import manifest as manifest_file
from ..output.atomic import write_bytes
from ..output.folder import remove_stale
import pypdfium2

WIDTH = 240  # px: readable headings, small files
FOLDER = "preview"


@dataclass
class PreviewResult:
    pages: int = 0
    files: list[Path] = field(default_factory=list)


def build_preview(out: Path) -> PreviewResult:
    out = Path(out)
    data = manifest_file.require(out)
    result = PreviewResult()
    sheet: dict[str, list[tuple[dict, list[str]]]] = {}
    for entry in data.get("files", []):
        pdf_path = manifest_file.inside(out, entry["file"])
        thumbs: list[str] = []
        # all-villages.pdf repeats the village pages: link it, do not draw it twice.
        if _drawn(entry) and pdf_path.is_file():
            for i, png in enumerate(page_pngs(pdf_path, WIDTH)):
                rel = f"{FOLDER}/{entry['file'][:-4]}/page-{i + 1}.png"
                write_bytes(manifest_file.inside(out, rel), png)
                thumbs.append(rel)
                result.files.append(out / rel)
        sheet.setdefault(entry.get("commune") or "", []).append((entry, thumbs))
        result.pages += len(thumbs)
    remove_stale(out / FOLDER, ("*.png",), set(result.files))  # pages a smaller rebuild no longer has
    write_bytes(out / "index.html", contact_sheet(data, sheet).encode("utf-8"))
    return result


def page_pngs(path: Path, width: int, pages: int | None = None) -> list[bytes]:
    """PNGs ``width`` px wide of the first ``pages`` pages (default: all) of the PDF at ``path``."""

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        found = []
        for i in range(len(pdf) if pages is None else min(pages, len(pdf))):
            page = pdf[i]
            image = page.render(scale=width / page.get_width()).to_pil()
            buf = io.BytesIO()
            image.save(buf, format="PNG", optimize=True)
            found.append(buf.getvalue())
        return found
    finally:
        pdf.close()


def _drawn(entry: dict) -> bool:
    """Every kind's pages are drawn (the binder, kit, register and change report too) except
    the commune's print job, which repeats its villages; and thay-doi.json is no PDF."""
    kind = entry.get("kind") or ("village" if entry.get("village") is not None else "commune")
    return kind != "commune" and str(entry.get("file", "")).endswith(".pdf")


# How the contact sheet names each commune document.
TITLES = {"binder": "Sổ tay thủ tục (toàn văn, để ở nơi nộp hồ sơ)", "kit": "Bộ niêm yết và biên bản, cho trưởng thôn",
          "register": "Sổ theo dõi niêm yết", "changes": "Thay đổi so với lần in trước"}


def contact_sheet(data: dict, sheet: dict[str, list[tuple[dict, list[str]]]]) -> str:
    e = lambda s: html.escape(str(s), quote=True)  # noqa: E731
    province = next((f.get("province") for f in data.get("files", []) if f.get("province")), "")
    parts = [
        "<!doctype html>", '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Xem trước áp phích – {e(province)}</title>", f"<style>{CSS}</style></head><body>",
        f"<h1>Xem trước áp phích – {e(province)}</h1>",
        f"<p class=meta>Ngày làm: {e(_date(data.get('generated', '')))} · Khổ giấy: {e(data.get('paper', ''))}"
        " · Bấm vào trang để mở tệp PDF.</p>",
        # a build of the bundled sample (its manifest says so): marked as its pages are
        *([f'<p class=sample role=note>{e(LABELS["sample_mark"])}</p>'] if data.get("sample") else []),
    ]
    for commune, entries in sheet.items():
        parts.append(f"<section><h2>{e(commune)}</h2>")
        for entry, thumbs in entries:
            href = e(entry["file"])
            kind = str(entry.get("kind"))
            if kind in TITLES and not thumbs:  # thay-doi.json: a link for scripts
                parts.append(f'<p class=all><a href="{href}">{e(TITLES[kind])}: {e(Path(entry["file"]).name)}</a></p>')
                continue
            if entry.get("village") is None and kind not in TITLES:
                parts.append(f'<p class=all><a href="{href}">In cả xã: {e(Path(entry["file"]).name)}</a>'
                             f" ({e(entry.get('pages', ''))} trang)</p>")
                continue
            name = entry["village"] if entry.get("village") is not None else TITLES[kind]
            detail = entry.get("cultural_house") or Path(entry["file"]).name
            parts.append(f"<h3>{e(name)} <small>{e(detail)} · "
                         f"{len(thumbs)} trang</small></h3><div class=pages>")
            for n, src in enumerate(thumbs, 1):
                parts.append(f'<a href="{href}#page={n}"><img src="{e(src)}" loading="lazy" '
                             f'width="{WIDTH}" alt="{e(name)}, trang {n}"><span>{n}</span></a>')
            parts.append("</div>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


CSS = """
body{font-family:system-ui,sans-serif;margin:1.5rem;background:#f4f4f0;color:#222}
h1{font-size:1.5rem;margin:0 0 .3rem}h2{border-bottom:2px solid #b22;padding-bottom:.2rem;margin-top:2rem}
h3{margin:1.2rem 0 .4rem;font-size:1.1rem}small{font-weight:normal;color:#666}
.meta{color:#555}.all a{font-weight:bold}
.pages{display:flex;flex-wrap:wrap;gap:.6rem}
.pages a{display:flex;flex-direction:column;align-items:center;text-decoration:none;color:#333}
.pages img{border:1px solid #aaa;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.2);height:auto}
.pages span{font-size:.8rem}
.sample{background:#FFD84D;color:#222;font-weight:bold;text-align:center;padding:.4rem;border-radius:4px}
""".strip()


def _date(iso: str) -> str:
    """The manifest's ISO date as posters print it (dd/mm/yyyy)."""
    parts = str(iso).split("-")
    return "/".join(reversed(parts)) if len(parts) == 3 else str(iso)
