"""Project → a self-contained static kiosk folder that works from ``file://`` and over HTTP.

The page, stylesheet and script are fixed files copied from ``static/``; everything that comes
from the catalogue travels in ``data.js`` as JSON (a script sets a global, because browsers block
``fetch`` of JSON from ``file://``). The page inserts it with ``textContent`` only, so catalogue
text is never parsed as HTML. Fonts are copied next to the page and loaded by relative URL.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from ... import model as m
from ... import fields
from ...plan.apply import how_to_apply
from ...qr import encode as qr
from ...errors import OutputError
from ...fonts import FACES, font_path
from ...labels import CHANNELS, LABELS, language_name
from ...load.audio import kiosk_name, mime
from ...load.cells import cell_value
from ...messages import say
from ...output.atomic import remove_stale_temporaries, write_all
from ...output.folder import check_own_folder
from ...output.lock import exclusive
from ...plan.village import catalogue_in_force
from ...qr.target import qr_target
from ...plan.village import communes as select_communes
from ...slug import fold

STATIC = Path(__file__).resolve().parent / "static"
PAGE_FILES = ("kiosk.css", "kiosk.js", "index.html")  # index.html last: the folder is ready
AUDIO = "audio"  # the folder of recorded readings inside the kiosk
DEFAULT_IDLE = 90
DEFAULT_ATTRACT = 8

# What qr.svg produces and nothing else: the page parses this as SVG, so it must stay geometry.
_QR_SVG = re.compile(r'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \d+ \d+" '
                     r'shape-rendering="crispEdges" role="img"><rect width="\d+" height="\d+" '
                     r'fill="#fff"/><path d="[Mhvz0-9 -]*" fill="#000"/></svg>')

# The texts a citizen reads on the screen: the translatable fields (legal basis stays on paper).
_TEXT = tuple(n for n in fields.TRANSLATABLE if n in fields.TEXTS)
_LISTS = tuple(n for n in fields.TRANSLATABLE if n in fields.LISTS)


def _qr_svg(url: str) -> str:
    svg = qr.svg(url)
    if not _QR_SVG.fullmatch(svg):
        raise OutputError(say("kiosk_qr_markup", url=url))
    return svg


def _search_text(p: m.Procedure) -> tuple[str, str]:
    """Folded (name, everything searchable), across every language, so the page only folds
    what the user types: the catalogue side is folded here by the one ``fold``."""
    names = [p.name] + [str(t["name"]) for t in p.translations.values() if "name" in t]
    # the code also without dots: the on-screen keyboard has digits but no "."
    other = [p.code, p.code.replace(".", ""), p.field, *p.documents]
    for t in p.translations.values():
        for key in ("field", "documents"):
            value = t.get(key)
            other += list(value) if isinstance(value, tuple) else [value] if value else []
    return fold(" ".join(names)), fold(" ".join(names + other))


def _texts(source: Any, get: Callable[[Any, str], Any]) -> dict[str, Any]:
    """The non-empty text fields of a procedure (getattr) or of a translation (dict.get)."""
    out: dict[str, Any] = {}
    for key in _TEXT:
        value = get(source, key)
        if isinstance(value, m.ByChannel):  # a line per channel under its label (pre-line)
            value = "\n" + cell_value(value)
        if value:
            out[key] = value
    for key in _LISTS:
        value = get(source, key)
        if value:
            out[key] = list(value)
    return out


def _procedure(p: m.Procedure, search_links: bool) -> dict[str, Any]:
    name, everything = _search_text(p)
    data = {"code": p.code, **_texts(p, getattr), "search_name": name, "search": everything,
            "channels": [CHANNELS.get(c, c) for c in p.channels], "online": None, "lookup": None,
            "translations": {tag: _texts(t, lambda d, k: d.get(k)) for tag, t in p.translations.items()}}
    if p.online:
        data["online"] = {"url": p.online.url, "host": p.online.host,
                          "scope": LABELS[f"scope_{p.online.scope}"], "qr": _qr_svg(p.online.url)}
    how = how_to_apply(p, search_links)  # worded as the posters word it
    data["apply"] = {"label": how.label, "long": how.long, "in_person": how.in_person}
    target = qr_target(p, search_links)
    if target is not None and target.lookup:  # the portal's search for the code: "Tra cứu"
        data["lookup"] = {"url": target.url, "host": target.host, "qr": _qr_svg(target.url)}
    # recorded readings: the page only ever sees our own file names (audio/<code>-<tag>.<ext>)
    data["audio"] = [{"tag": tag, "name": language_name(tag), "src": f"{AUDIO}/{kiosk_name(p.code, tag, path)}",
                      "type": mime(path)} for tag, path in p.audio.items()]
    return data


def _commune(c: m.Commune, shown: set[str]) -> dict[str, Any]:
    o = c.office
    return {"name": c.name, "slug": c.slug, "posted": [code for code in c.posted if code in shown],
            "office": {"name": o.name, "address": o.address, "phone": o.phone, "hours": o.hours}}


def kiosk_data(project: m.Project, commune: str | None = None, idle: int = DEFAULT_IDLE,
               attract: int = DEFAULT_ATTRACT, day: dt.date | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-able data: the procedures in force on ``day``."""
    procs = catalogue_in_force(project, day)
    shown = {p.code for p in procs}
    labels = project.settings.labels
    tags = sorted({tag for p in procs for tag in p.translations} | set(labels))
    return {
        "title": project.settings.title,
        "province": project.places.province,
        "sample": project.sample,  # the bundled sample: every screen shows the "BẢN MẪU" strip
        "idle_seconds": idle,
        "attract_seconds": attract,
        "communes": [_commune(c, shown) for c in select_communes(project, commune)],
        "languages": [{"tag": t, "name": language_name(t)} for t in tags],
        "labels": LABELS,
        # the screens' own texts per language, where the project gives them (else Vietnamese)
        "labels_by_lang": {tag: dict(texts) for tag, texts in labels.items()},
        "fields": list(dict.fromkeys(p.field for p in procs)),
        "procedures": [_procedure(p, project.settings.search_links) for p in procs],
    }


def procs_of(data: dict[str, Any], project: m.Project) -> list[m.Procedure]:
    return [project.procedures[p["code"]] for p in data["procedures"]]


def _audio_files(project: m.Project, out: Path, procs: list[m.Procedure]) -> list[tuple[Path, bytes]]:
    """Each recording under its kiosk name (checked at load: a file inside the project)."""
    root = Path(project.root)
    files = []
    for p in procs:
        for tag, path in p.audio.items():
            try:
                data = (root / PurePosixPath(path)).read_bytes()
            except OSError as exc:  # changed since check: say so rather than ship a gap
                raise OutputError(say("audio_changed", file=path, reason=exc.strerror or exc)) from None
            files.append((out / AUDIO / kiosk_name(p.code, tag, path), data))
    return files


def _remove_stale_audio(out: Path, keep: set[str]) -> None:
    """Recordings of an earlier build that no procedure names any more."""
    folder = out / AUDIO
    for old in folder.iterdir() if folder.is_dir() else ():
        if old.name not in keep and not old.name.startswith("."):
            old.unlink(missing_ok=True)


def data_js(data: dict[str, Any]) -> bytes:
    # ASCII-only JSON: no encoding surprises, no U+2028, no "</script>" can ever close anything.
    text = json.dumps(data, ensure_ascii=True, indent=1, sort_keys=False)
    return f"window.NOTICEBOARD = {text};\n".encode("ascii")


def _check_out(out: Path) -> None:
    check_own_folder(out, lambda folder: (folder / "data.js").is_file(), "out_not_kiosk")


def build_kiosk(project: m.Project, out: Path, commune: str | None = None, idle: int = DEFAULT_IDLE,
                attract: int = DEFAULT_ATTRACT, day: dt.date | None = None) -> dict[str, Any]:
    """Write the kiosk folder; returns the data it holds. Raises DataError/OutputError."""
    if idle < 1 or attract < 1:
        raise OutputError(say("kiosk_times"))
    data = kiosk_data(project, commune, idle, attract, day)
    out = Path(out)
    _check_out(out)
    files = [(out / "fonts" / f"{face}.ttf", font_path(face).read_bytes()) for face in FACES]
    files.append((out / "fonts" / "OFL.txt", (font_path(FACES[0]).parent / "OFL.txt").read_bytes()))
    recordings = _audio_files(project, out, procs_of(data, project))
    files += recordings
    files.append((out / "data.js", data_js(data)))
    files += [(out / name, (STATIC / name).read_bytes()) for name in PAGE_FILES]  # the page last
    with exclusive(out):  # the lock of `build`: one writer per folder, whatever it writes
        remove_stale_temporaries(out)
        write_all(files)
        _remove_stale_audio(out, {path.name for path, _ in recordings})
    return data
