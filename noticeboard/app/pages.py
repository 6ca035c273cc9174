"""The app's screens: server-rendered HTML, every word from the message tables (``app.*``).

Each screen is one function returning a whole page; ``e`` escapes every value that comes from
the clerk's files (names, cells, messages). The page's few behaviours (progress polling, the
problems filter, "Mở" without a reload, copying a caption) are in static/app.js.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any, Sequence
from urllib.parse import quote

from ..errors import Problem, folded, take_down_first
from ..messages import language, say, say_n, table
from ..model import LeftOut, Source
from ..channels.announce.budget import duration
from ..plan.village import build_date
from ..render.pdf.sides import LongSheet, hints, told
from .decision import OFFERED
from .folders import Place

SCREENS = (("home", "/"), ("check", "/kiem-tra"), ("print", "/in"), ("decision", "/quyet-dinh"),
           ("share", "/chia-se"))
PAPERS = ("A4", "A3", "A5")
THUMB = 150  # px: a page is recognisable, a commune's villages fit a few rows


def e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def date_vn(value: str | dt.date | None) -> str:
    if not value:
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return day.strftime("%d/%m/%Y")


def layout(screen: str, body: str, project: Path | None, flash: str | None = None) -> str:
    nav = "".join(
        f'<a href="{href}" class="nav{" on" if key == screen else ""}"'
        f'{"" if project or key == "home" else " aria-disabled=true"}>{e(say(f"app.nav.{key}"))}</a>'
        for key, href in SCREENS)
    where = (f'<div class="project">{e(say("app.project"))}: <b>{e(project.name)}</b>'
             f'<small>{e(project)}</small></div>') if project else ""
    note = f'<div class="flash" role="alert">{e(flash)}</div>' if flash else ""
    return ("<!doctype html>"
            f'<html lang="{e(language())}"><head><meta charset="utf-8">'
            f"<title>{e(say(f'app.nav.{screen}'))} · noticeboard</title>"
            '<link rel="stylesheet" href="/static/app.css"><script src="/static/app.js" defer></script>'
            f'</head><body data-screen="{e(screen)}"><nav><div class="brand">{e(say("app.brand"))}</div>{nav}</nav>'
            f'<main>{where}{note}<div id="toast" role="status" hidden></div>{body}</main></body></html>')


def button(action: str, label: str, fields: dict[str, str] | None = None, cls: str = "",
           js: str = "") -> str:
    """A form with one button: works by mouse, with or without the script."""
    hidden = "".join(f'<input type="hidden" name="{e(k)}" value="{e(v)}">' for k, v in (fields or {}).items())
    return (f'<form method="post" action="{e(action)}" class="inline"{f" data-js={e(js)}" if js else ""}>'
            f'{hidden}<button class="{e(cls)}">{e(label)}</button></form>')


def open_button(rel: str, label: str | None = None) -> str:
    return button("/mo", label or say("app.open"), {"f": rel}, "small", js="open")


# -- Dự án -----------------------------------------------------------------------------------
def home(project: Path | None, workbooks: list[Path], browse: Path, folders: list[tuple[Path, bool]],
         flash: str | None, places: Sequence[Place] = ()) -> str:
    parts = []
    if project:
        parts.append(f'<h1>{e(say("app.home.title"))}</h1><p>{e(say("app.home.workbooks"))}</p><ul class="files">')
        for book in workbooks:
            rel = book.relative_to(project).as_posix()
            parts.append(f"<li><span>{e(rel)}</span>{open_button(rel, say('app.home.open_workbook'))}</li>")
        parts.append(f'</ul><p class="next">{e(say("app.home.next"))}</p>'
                     f'<p><a class="big" href="/kiem-tra">{e(say("app.nav.check"))}</a></p>')
    parts.append(f'<h2>{e(say("app.home.choose"))}</h2>{_places(places, browse)}')
    # the path to paste comes before the folders: a keyboard reaches it in a few Tabs however
    # many folders Documents holds
    parts.append(f'<form method="get" action="/" class="goto"><label>{e(say("app.home.goto"))}'
                 f'<input name="thu-muc" value="{e(browse)}" spellcheck="false"></label>'
                 f'<button>{e(say("app.home.goto_button"))}</button></form>{_crumbs(browse)}')
    if browse.parent != browse:  # up to the drive's root, whatever folder the app started in
        parts.append(f'<p><a class="place up" href="{_browse(browse.parent)}">⬑ {e(say("app.home.up"))}: '
                     f'{e(browse.parent.name or browse.parent)}</a></p>')
    parts.append('<ul class="folders">')
    for folder, is_proj in folders:
        link = f'<a href="{_browse(folder)}">📁 {e(folder.name)}</a>'
        pick = button("/chon", say("app.home.pick"), {"thu_muc": str(folder)}, "small") if is_proj else ""
        parts.append(f'<li class="{"proj" if is_proj else ""}">{link}{pick}</li>')
    if not folders:
        parts.append(f"<li>{e(say('app.home.no_folders'))}</li>")
    parts.append("</ul>")
    parts.append(
        f'<h2>{e(say("app.home.create"))}</h2><form method="post" action="/tao" class="grid">'
        f'<input type="hidden" name="thu_muc" value="{e(browse)}">'
        f'<label>{e(say("app.home.name"))}<input name="ten" required placeholder="xa-thuong-lam"></label>'
        f'<label>{e(say("app.home.province"))}<input name="tinh" placeholder="Tuyên Quang"></label>'
        f'<label>{e(say("app.home.commune"))}<input name="xa" placeholder="Xã Thượng Lâm"></label>'
        f'<button>{e(say("app.home.create_button"))}</button></form>'
        f'<p class="hint">{e(say("app.home.create_hint"))}</p>')
    return layout("home", "".join(parts), project, flash)


def _browse(folder: Path) -> str:
    return f"/?thu-muc={quote(str(folder))}"


def _places(places: Sequence[Place], browse: Path) -> str:
    """Links to the start folder, the clerk's own folders and every drive."""
    links = []
    for place in places:
        name = say("app.home.place.drive", drive=place.path) if place.key == "drive" else say(f"app.home.place.{place.key}")
        here = ' aria-current="page"' if place.path == browse else ""
        links.append(f'<a class="place" href="{_browse(place.path)}"{here} title="{e(place.path)}">{e(name)}</a>')
    return f'<div class="places" role="group" aria-label="{e(say("app.home.places"))}">{"".join(links)}</div>'


def _crumbs(browse: Path) -> str:
    """The folder shown, each of its parents a link: "D:\\ › Du an › xa-thuong-lam"."""
    chain = [*reversed(browse.parents), browse]
    links = [f'<a href="{_browse(p)}">{e(p.name or p)}</a>' for p in chain[:-1]]
    links.append(f'<b aria-current="location">{e(browse.name or browse)}</b>')
    return (f'<p class="folder-path">{e(say("app.home.in_folder"))}: '
            f'<span class="crumbs">{" <span aria-hidden=true>›</span> ".join(links)}</span></p>')


# -- Kiểm tra --------------------------------------------------------------------------------
def where(problem: Problem) -> tuple[str, str, str]:
    """(file, sheet, cell) as the clerk finds them: a sheet and cell in a workbook, a line in
    a text file."""
    if problem.cell:
        sheet, _, cell = problem.cell.rpartition("!")
        return problem.file, sheet.strip("'"), cell
    if problem.line is not None:
        return problem.file, "", say("app.check.line", line=problem.line, column=problem.column or 1)
    return problem.file, "", ""


def check(project: Path, errors: list[Problem], warnings: list[Problem], summary: str | None,
          openable: set[str], flash: str | None, long: tuple[LongSheet, ...] = (),
          left_out: tuple[LeftOut, ...] = ()) -> str:
    counts = (say_n("app.check.errors", len(errors)) + " · " + say_n("app.check.warnings", len(warnings)))
    verdict = say("app.check.clean") if not errors else say("app.check.dirty")
    parts = [f'<h1>{e(say("app.nav.check"))}</h1>',
             f'<div class="verdict {"bad" if errors else "good"}"><b>{e(verdict)}</b> {e(counts)}'
             f'{button("/kiem-tra", say("app.check.again"), cls="again")}</div>']
    jump = f' <a href="#bo-ra">{e(say("app.check.left_out", n=len(left_out)))} ↓</a>' if left_out else ""
    if summary or jump:  # with errors there is no summary, but the rows left out are still listed
        parts.append(f'<p class="summary">{e(summary or "")}{jump}</p>')
    if errors or warnings:
        parts.append(
            f'<div class="filters" role="group"><button type="button" data-filter="all" class="on">{e(say("app.check.all"))}</button>'
            f'<button type="button" data-filter="error">{e(say("app.check.only_errors"))}</button>'
            f'<button type="button" data-filter="warning">{e(say("app.check.only_warnings"))}</button>'
            f'<label>{e(say("app.check.search"))} <input type="search" id="filter-text"></label></div>'
            '<table class="problems"><thead><tr>'
            + "".join(f"<th>{e(say(f'app.check.col.{c}'))}</th>" for c in ("kind", "file", "sheet", "cell", "what", "fix"))
            + "</tr></thead><tbody>")
        # as check folds them (errors.folded); the sheets to take off the board first
        for p, more in folded([*errors, *take_down_first(warnings)]):
            parts.append(_problem_row(p, openable) + (_fold_row(more, openable) if more else ""))
        parts.append("</tbody></table>")
    if long:  # they print, on both sides: said as `check` says it, with where to shorten them
        parts.append(f'<h2 class="long-sheets">{e(say("check.long_sheets", count=len(long), paper=long[0].paper))}</h2>'
                     '<table class="problems long"><thead><tr>'
                     + "".join(f"<th>{e(say(f'app.check.col.{c}'))}</th>" for c in ("file", "sheet", "cell", "what"))
                     + "</tr></thead><tbody>")
        for s in long:
            parts.append(f"<tr>{_source_cells(s.proc.source, openable)}<td>{e(told(s))}</td></tr>")
        parts.append("</tbody></table>" + "".join(f'<p class="hint"><b>{e(say("word.hint").capitalize())}</b> {e(h)}</p>' for h in hints(long)))
    if left_out:
        parts.append(_left_out(left_out, openable))
    return layout("check", "".join(parts), project, flash)


def _file_name(file: str) -> str:
    """A file as the table shows it: a narrow column breaks it after a "/", never inside a
    name ("procedures/thu-" over "tuc.xlsx" was read as two files)."""
    parts = file.split("/")
    spans = [f"<span>{e(part)}{'/' if i < len(parts) - 1 else ''}</span>" for i, part in enumerate(parts)]
    return f'<span class="file-name">{"".join(spans)}</span>'


def _problem_row(p: Problem, openable: set[str]) -> str:
    file, sheet, cell = where(p)
    kind = "warning" if p.warning else "error"
    tag = say("app.check.take_down") if p.take_down else say(f"app.check.{kind}")
    opener = open_button(file) if file in openable else ""
    detail = f'<small class="path">{e(p.path)}</small>' if p.path else ""
    return (f'<tr class="{kind}{" take-down" if p.take_down else ""}" data-kind="{kind}">'
            f'<td><span class="tag">{e(tag)}</span></td>'
            f'<td class="file">{_file_name(file)}{opener}</td><td>{e(sheet)}</td><td class="cell">{e(cell)}</td>'
            f"<td>{e(p.message)}{detail}</td><td>{e(p.hint or '')}</td></tr>")


def _fold_row(more: list[Problem], openable: set[str]) -> str:
    """The warnings of the kind above beyond the first few, folded: one click shows every one."""
    rows = "".join(_problem_row(p, openable) for p in more)
    return (f'<tr class="fold" data-kind="warning"><td colspan="6"><details>'
            f'<summary>{e(say("app.check.more", n=len(more)))}</summary>'
            f'<table class="problems"><tbody>{rows}</tbody></table></details></td></tr>')


def _source_cells(src: Source | None, openable: set[str]) -> str:
    """File (with "Mở"), sheet and cell of a catalogue row, as three cells."""
    file, sheet, cell = where(Problem(src.file, src.line, src.column, "", "", cell=src.cell)) if src else ("", "", "")
    opener = open_button(file) if file in openable else ""
    return f'<td class="file">{_file_name(file)}{opener}</td><td>{e(sheet)}</td><td class="cell">{e(cell)}</td>'


def _left_out(rows: tuple[LeftOut, ...], openable: set[str]) -> str:
    """The rows left out of every output and why: what ``list --all`` prints (Project.left_out)."""
    heads = [say(f"app.check.col.{c}") for c in ("file", "sheet", "cell")] + [
        say(f"list_head_{c}") for c in ("code", "name", "problems")]
    body = "".join(
        f"<tr>{_source_cells(r.source, openable)}<td class=code>{e(r.code or say('list_no_code'))}</td>"
        f"<td>{e(r.name or '')}</td><td><ul>{''.join(f'<li>{e(why)}</li>' for why in r.reasons)}</ul></td></tr>"
        for r in rows)
    return (f'<h2 id="bo-ra">{e(say("app.check.left_out", n=len(rows)))}</h2>'
            f'<p class="hint">{e(say("app.check.left_out_about"))}</p>'
            '<table class="left-out"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in heads)
            + f"</tr></thead><tbody>{body}</tbody></table>")


# -- In --------------------------------------------------------------------------------------
KIND_ORDER = ("changes", "kit", "register", "binder", "commune", "village")


def _kind(entry: dict) -> str:
    return entry.get("kind") or ("village" if entry.get("village") is not None else "commune")


def print_screen(project: Path, paper: str, day: dt.date, job: dict | None, listing: dict | None,
                 flash: str | None) -> str:
    running = job is not None and job["state"] == "running"
    options = "".join(f'<option{" selected" if p == paper else ""}>{p}</option>' for p in PAPERS)
    parts = [f'<h1>{e(say("app.nav.print"))}</h1>',
             f'<form method="post" action="/in" class="build" data-js="build">'
             f'<label>{e(say("app.print.paper"))} <select name="giay">{options}</select></label>'
             f'<label>{e(say("app.print.date"))} <input type="date" name="ngay" value="{day.isoformat()}"></label>'
             # the date as Vietnam writes it: the picker follows the browser's locale (12/04 is April)
             f'<output class="day" for="ngay">{e(date_vn(day))}</output>'
             f'<button class="big" id="build">{e(say("app.print.button"))}</button></form>',
             f'<p class="hint">{e(say("app.print.hint"))}</p>',
             progress("posters", job)]
    if listing and not running:
        parts.append(_printed(listing))
    return layout("print", "".join(parts), project, flash)


def progress(kind: str, job: dict | None) -> str:
    """The bar the script advances by polling /api/viec; shown as the server saw the job."""
    state = job["state"] if job else "idle"
    done, total = (job["done"], job["total"]) if job else (0, 0)
    text = {"running": say(f"app.progress.running.{kind}", done=done, total=total or "…"),
            "done": say(f"app.progress.done.{kind}", done=done, total=total),
            "failed": say("app.progress.failed"), "idle": ""}[state]
    message = f'<pre class="error">{e(job["message"])}</pre>' if job and job["message"] else ""
    return (f'<div class="progress" data-kind="{e(kind)}" data-state="{state}"{"" if job else " hidden"} '
            f'data-running="{e(table()[f"app.progress.running.{kind}"])}">'
            f'<progress max="{max(total, 1)}" value="{done}"></progress>'
            f'<span class="count">{e(text)}</span>{message}</div>')


def _printed(listing: dict) -> str:
    files = [f for f in listing.get("files", []) if str(f.get("file", "")).endswith(".pdf")]
    parts = [f'<h2>{e(say("app.print.made", date=date_vn(listing.get("generated")), paper=listing.get("paper", "")))}</h2>',
             f'<div class="row">{button("/mo-thu-muc", say("app.open_folder"), {"khu": "posters"}, "small", js="open")}</div>']
    changes = [f for f in files if _kind(f) == "changes"]
    for f in changes:
        parts.append(f'<div class="changes">{_file_card(f, say("app.print.kind.changes"), first=True)}</div>')
    communes: dict[str, list[dict]] = {}
    for f in files:
        if _kind(f) != "changes":
            communes.setdefault(f.get("commune") or "", []).append(f)
    for i, (commune, entries) in enumerate(communes.items()):
        entries.sort(key=lambda f: KIND_ORDER.index(_kind(f)) if _kind(f) in KIND_ORDER else 9)
        pages = sum(f.get("pages") or 0 for f in entries if _kind(f) == "village")
        villages = sum(1 for f in entries if _kind(f) == "village")
        parts.append(f'<details class="commune"{" open" if i == 0 else ""}><summary>{e(commune)} '
                     f'<small>{e(say("app.print.commune_count", villages=villages, pages=pages))}</small></summary><div class="cards">')
        for f in entries:
            kind = _kind(f)
            title = f.get("village") if kind == "village" else say(f"app.print.kind.{kind}")
            parts.append(_file_card(f, title or Path(f["file"]).name))
        parts.append("</div></details>")
    return "".join(parts)


def _file_card(f: dict, title: str, first: bool = False) -> str:
    rel = "posters/" + f["file"]
    pages = f.get("pages")
    sub = f.get("cultural_house") or Path(f["file"]).name
    return (f'<div class="card{" first" if first else ""}" data-file="{e(f["file"])}">'
            f'<img src="/anh?f={quote(rel)}&w={THUMB}" loading="lazy" width="{THUMB}" alt="">'
            f'<div><b>{e(title)}</b><small>{e(sub)}</small>'
            f'<span class="pages">{e(say_n("n.page", pages or 0))}</span>{open_button(rel)}</div></div>')


# -- Quyết định ------------------------------------------------------------------------------
def decision(project: Path, available: bool, annexes: list[str], chosen: str | None,
             view: Any, flash: str | None) -> str:
    parts = [f'<h1>{e(say("app.nav.decision"))}</h1><p>{e(say("app.decision.intro"))}</p>']
    if not available:
        parts.append(f'<p class="flash">{e(say("app.decision.unavailable"))}</p>')
    parts.append(f'<form method="post" action="/quyet-dinh/tai-len" enctype="multipart/form-data" class="row upload">'
                 f'<label class="file">{e(say("app.decision.file"))} <input type="file" name="tep" '
                 f'accept="{",".join(OFFERED)}" required></label><button class="big">{e(say("app.decision.upload"))}</button></form>')
    if annexes:
        parts.append(f'<h2>{e(say("app.decision.uploaded"))}</h2><ul class="files">')
        for name in annexes:
            rel = f"quyet-dinh/{name}"
            parts.append(f'<li class="{"on" if rel == chosen else ""}"><span>{e(name)}</span>'
                         f'{button("/quyet-dinh/xem", say("app.decision.preview"), {"f": rel}, "small")}</li>')
        parts.append("</ul>")
    if view is not None and chosen:
        parts.append(_dry_run(chosen, view))
    return layout("decision", "".join(parts), project, flash)


def _dry_run(chosen: str, view: Any) -> str:
    """The library's dry run (decisions.rows, village_rows) as tables, then "Áp dụng"."""
    parts = [f'<h2 id="dry-run">{e(say("app.decision.dry_run", file=Path(chosen).name))}</h2>']
    counts, *unposted = view.summary
    apply = (button("/quyet-dinh/ap-dung", say("app.decision.apply"), {"f": chosen}, "big")
             if view.writes else "")
    # the verdict and the button above the table: a long annex need not be scrolled through
    parts.append(f'<div class="row verdict-row"><b>{e(counts)}</b>{apply}</div>')
    parts += [f'<p class="flash">{e(line)}</p>' for line in unposted]
    parts.append(_options(chosen, view.options))
    for shown, why in view.skipped:
        parts.append(f'<p class="flash">{e(say("import.decision_table.file_skipped", file=shown, why=why))}</p>')
    if view.problems:
        parts.append('<ul class="problems-list">' + "".join(
            f'<li class="{"warning" if p.warning else "error"}">{e(p)}</li>' for p in view.problems) + "</ul>")
    if view.rows:
        heads = [say(f"import.decision_table.head_{k}") for k in ("kind", "code", "name", "change", "villages")]
        parts.append('<table class="plan"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in heads)
                     + "</tr></thead><tbody>")
        for r in view.rows:
            villages = ", ".join(v["village"] for v in r["villages"]) or "—"
            change = "".join(f"<div>{e(line)}</div>" for line in r["text"])
            kind = say(f"import.decision_kind.{r['kind']}")
            parts.append(f'<tr class="{e(r["status"])}"><td>{e(kind)}</td>'
                         f'<td class="code">{e(r["code"] or "—")}</td><td>{e(r["name"])}</td>'
                         f"<td>{change}</td><td>{e(villages)}</td></tr>")
        parts.append("</tbody></table>")
    if view.villages:
        parts.append(f'<h3>{e(say("import.decision_table.by_village"))}</h3><ul class="by-village">')
        for v in view.villages:
            items = "".join(f"<li>{e(c['code'] or '—')} {e(c['name'])}: {e(c['what'])}</li>" for c in v["changes"])
            parts.append(f"<li><b>{e(v['village'])}</b> <small>{e(v['commune'])}</small><ul>{items}</ul></li>")
        parts.append("</ul>")
    if view.writes:
        parts.append(f'<div class="row">{apply}<span class="hint">{e(say("app.decision.apply_hint"))}</span></div>')
    else:
        parts.append(f"<p>{e(view.nothing())}</p>")
    return "".join(parts)


def _options(chosen: str, options: Any) -> str:
    """The box and fields the dry run's advice names (the CLI's --all-levels, --number,
    --effective), and "Xem lại" to plan again with them."""
    day = options.effective.strftime("%d/%m/%Y") if options.effective else ""
    return (f'<form method="post" action="/quyet-dinh/xem" class="row options">'
            f'<input type="hidden" name="f" value="{e(chosen)}"><span>{e(say("app.decision.options"))}</span>'
            f'<label class="check"><input type="checkbox" name="moi_cap" value="1"{" checked" if options.all_levels else ""}> '
            f'{e(say("app.decision.all_levels"))}</label>'
            f'<label>{e(say("app.decision.number"))} <input name="so_qd" value="{e(options.number or "")}" '
            f'placeholder="1234/QĐ-UBND" size="16"></label>'
            f'<label>{e(say("app.decision.effective"))} <input name="ngay_hieu_luc" value="{e(day)}" '
            f'placeholder="dd/mm/yyyy" size="10"></label>'
            f'<button class="small">{e(say("app.decision.again"))}</button></form>')


# -- Zalo, loa, máy tra cứu ------------------------------------------------------------------
def share(project: Path, jobs: dict[str, dict | None], cards: list[dict], scripts: list[dict],
          kiosk: Path | None, flash: str | None, day: dt.date | None = None) -> str:
    """``day``: the date chosen on In (None: today), which every panel here makes its files for."""
    # the two short panels side by side first, the long list of cards after them
    loa = [f'<section class="panel"><h2>{e(say("app.share.loa"))}</h2><p>{e(say("app.share.loa_about"))}</p>'
           f'<div class="row">{button("/chia-se/loa", say("app.share.loa_button"), cls="big", js="job")}</div>'
           f'{progress("loa", jobs.get("loa"))}<ul class="files">']
    for s in scripts:
        part = f' · {e(say("app.share.bulletin", n=s["bulletin"], of=s["bulletins"]))}' if s["bulletins"] > 1 else ""
        loa.append(f'<li><span><b>{e(s["commune"])}</b>{part} · {e(say("app.share.reading", time=duration(s["seconds"])))}</span>'
                   f'<span>{open_button(s["pdf"], say("app.share.open_pdf"))}{open_button(s["txt"], say("app.share.open_text"))}</span></li>')
    loa.append("</ul></section>")
    kiosk_panel = [f'<section class="panel"><h2>{e(say("app.share.kiosk"))}</h2><p>{e(say("app.share.kiosk_about"))}</p>'
                   f'<div class="row">{button("/chia-se/kiosk", say("app.share.kiosk_button"), cls="big", js="job")}</div>'
                   f'{progress("kiosk", jobs.get("kiosk"))}']
    if kiosk:
        kiosk_panel.append(f'<p class="where">{e(say("app.share.kiosk_where", folder=kiosk))}</p>'
                           f'<div class="row">{button("/mo-thu-muc", say("app.open_folder"), {"khu": "kiosk"}, "small", js="open")}'
                           f'{open_button("kiosk/index.html", say("app.share.kiosk_try"))}</div>'
                           f'<ol class="hint steps">{_steps(say("app.share.kiosk_copy", open=say("app.open_folder")))}</ol>')
    kiosk_panel.append("</section>")
    zalo = [f'<section class="panel"><h2>{e(say("app.share.zalo"))}</h2><p>{e(say("app.share.zalo_about"))}</p>'
            f'<div class="row">{button("/chia-se/zalo", say("app.share.zalo_button"), cls="big", js="job")}'
            f'{button("/mo-thu-muc", say("app.open_folder"), {"khu": "zalo"}, "small", js="open") if cards else ""}</div>'
            f'{progress("zalo", jobs.get("zalo"))}<div class="zalo">']
    for c in cards:
        zalo.append(f'<figure><img src="/anh?f={quote(c["card"])}&w=220" loading="lazy" width="220" alt="">'
                    f'<figcaption><b>{e(c["name"])}</b><small>{e(c["commune"])} · {e(c["code"])}'
                    f'{" · " + e(say("app.share.cards", n=c["cards"])) if c["cards"] > 1 else ""}</small>'
                    f'<textarea readonly rows="4">{e(c["caption"])}</textarea>'
                    f'<button type="button" class="small" data-copy data-done="{e(say("app.share.copied"))}">'
                    f'{e(say("app.share.copy"))}</button></figcaption></figure>')
    zalo.append("</div></section>")
    on = say("app.share.day", day=f"{build_date(day):%d/%m/%Y}") + ("" if day else " " + say("app.share.today"))
    body = (f'<h1>{e(say("app.nav.share"))}</h1><p class="day-note">{e(on)} '
            f'<a href="/in">{e(say("app.share.change_day"))}</a></p><div class="pair">{"".join(loa)}{"".join(kiosk_panel)}</div>'
            + "".join(zalo))
    return layout("share", body, project, flash)


def _steps(text: str) -> str:
    """A message of one step a line, as the items of a numbered list."""
    return "".join(f"<li>{e(step)}</li>" for step in text.split("\n"))


def refused(reason: str) -> str:
    return (f'<!doctype html><html lang="{e(language())}"><meta charset="utf-8"><title>403</title>'
            f"<p>{e(say('app_refused', reason=say(f'app.refused.{reason}')))}</p></html>")
