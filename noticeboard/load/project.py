"""Load a project folder (settings, catalogue, places) into the plain model, or raise one
``DataError`` listing every problem found."""

from __future__ import annotations

import re
import difflib
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel, ValidationError

from .. import fields
from .. import model as m
from ..errors import DataError, Problem, Problems, closest, did_you_mean
from ..labels import LABELS
from ..messages import say
from .officials import check_places
from .phones import phone_problem, grouped
from . import lengths
from .lengths import length_problems
from ..slug import commune_slug, lower_first, slugify, village_slug
from ..qr.urls import check_url
from . import schema
from ..fonts import covered
from .readers import catalogue_files, places_file, read_catalogue, read_places
from .triage import Catalogue, Row, is_sample, triage
from .audio import check_audio
from .cells import pasted_over, short
from .source import Document, read_yaml
from .text import describe
import typing

SETTINGS_FILE = "noticeboard.yaml"
CODE = re.compile(schema.CODE_PATTERN)


def load_project(root: Path | str, strict: bool = False) -> m.Project:
    return load_project_with_warnings(root, strict)[0]


def load_project_with_warnings(root: Path | str, strict: bool = False) -> tuple[m.Project, list[Problem]]:
    """The project and its warnings; raises one DataError for all errors (and warnings if strict)."""
    root = Path(root)
    problems = Problems()
    if not root.is_dir():
        raise DataError([Problem(str(root), None, None, "", say("no_project"),
                                 say("hint.no_project"))])
    settings = _load_settings(root, problems)
    cat = _load_catalogue(root, settings, problems)
    faulty = cat.faulty(problems)
    claimed: set[str] = set()  # faulty rows a place seems to mean (a code typed differently)

    mistyped = [c for c in faulty if not CODE.fullmatch(c)]  # a row's code typed wrong ("1.00656")

    def unsure(code: str) -> bool:
        """A posted code the catalogue lacks, which a mistyped row code seems to mean: that
        row's own error says what is wrong (and makes the row posted)."""
        close = difflib.get_close_matches(code, mistyped, n=1, cutoff=0.8)
        claimed.update(close)
        return cat.incomplete or bool(close)

    places = _load_places(root, settings, cat.procedures, problems, unsure, faulty)
    procedures = cat.procedures
    left_out: tuple[m.LeftOut, ...] = ()
    if places is None:
        problems.extend(cat.never.values())
    else:
        procedures, places, left_out = triage(problems, cat, places, claimed)
    problems.raise_if_any(strict, left_out)
    assert places is not None
    versions = {code: tuple(v) for code, v in cat.versions.items() if code in procedures}
    return m.Project(str(root), settings, procedures, places, left_out, is_sample(root), versions), problems.warnings


def _shown(root: Path, path: Path) -> str:
    """The file name as the user would type it from the project folder."""
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _validate(doc: Document, model: type[BaseModel], problems: Problems, value: Any = None,
              at: tuple = (), outer: type[BaseModel] | None = None) -> Any | None:
    """``value`` (default: the whole file) validated by ``model``, or None with its problems.
    ``at`` is where the value sits in the file, inside ``outer`` (for did-you-mean hints)."""
    value = doc.data if not at else value
    if not at and not isinstance(value, dict):
        problems.add(doc.problem((), say("top_type", kind=_kind(value)),
                                 say("hint.layout")))
        return None
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        # the tag of the form a value was read in (text or mapping) is no place in the file
        errors = [{**err, "loc": at + tuple(p for p in err["loc"] if p not in schema.FORM_TAGS)}
                  for err in exc.errors()]
        for err in _one_per_mistake(errors, outer or model):
            if not doc.reported(tuple(err["loc"])):
                problems.add(_translate(doc, outer or model, err))
        return None


def _one_per_mistake(errors: list[dict], model: type[BaseModel]) -> list[dict]:
    """A misspelt key ("fees:") is one mistake: its "unknown key" names the right one, so
    the "missing" error of that right key in the same block is not reported too."""
    misspelt = set()
    for err in errors:
        if err["type"] == "extra_forbidden":
            loc = tuple(err["loc"])
            close = difflib.get_close_matches(str(loc[-1]), _fields_at(model, loc[:-1]), n=1, cutoff=0.6)
            misspelt |= {loc[:-1] + (c,) for c in close}
    return [err for err in errors if not (err["type"] == "missing" and tuple(err["loc"]) in misspelt)]


def _kind(value: Any) -> str:
    kind = {dict: "mapping", list: "list", str: "text", type(None): "nothing"}.get(type(value))
    return say(f"kind.{kind}") if kind else type(value).__name__


def _translate(doc: Document, model: type[BaseModel], err: dict) -> Problem:
    """A pydantic error, reworded for people and located in the file."""
    loc = tuple(err["loc"])
    kind = err["type"]
    value = err.get("input")
    if kind == "missing":
        cell_hint = doc.missing_hint(loc)  # a workbook names the empty cell and its column
        if cell_hint:
            return doc.problem(loc, say("missing", field=doc.name_of(loc)), cell_hint)
        return doc.problem(loc[:-1], say("missing", field=loc[-1]),
                           say("hint.add_line", key=loc[-1]))
    if kind == "extra_forbidden":
        choices = _fields_at(model, loc[:-1])
        return doc.problem(loc, say("unknown_key", key=loc[-1]), did_you_mean(str(loc[-1]), choices)
                           or say("hint.allowed_keys", keys=", ".join(sorted(choices))), key=True)
    # Unions (e.g. "Text | None") add the branch name to loc; drop it for the user.
    loc = tuple(p for p in loc if not (isinstance(p, str) and (p in ("str", "list[str]", "none")
                                                                or p.startswith(("constrained-str", "function-")))))
    if kind == "string_pattern_mismatch" and loc[-1:] == ("id",):
        return doc.problem(loc, say("bad_portal_id", value=value),
                           say("hint.portal_id"))
    if kind == "string_pattern_mismatch" and "languages" in loc:
        return doc.problem(loc, say("bad_language", value=value), say("hint.language"))
    if kind == "string_pattern_mismatch":
        return doc.problem(loc, say("bad_code", value=value),
                           say("hint.code_shape"))
    if kind == "bad_date":
        return doc.problem(loc, say("bad_date", value=value), say("hint.date"))
    if kind == "bad_flag":
        return doc.problem(loc, say("bad_flag", value=value), say("hint.flag"))
    if kind == "by_channel_empty":
        return doc.problem(loc, say("by_channel_empty"), say(_by_source("hint.by_channel", doc)))
    if kind == "online_link":
        url, id_ = doc.named(loc + ("url",)), doc.named(loc + ("id",))
        return doc.problem(loc, say("online_link", url=url, id=id_), say("hint.online_link", url=url, id=id_))
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return doc.problem(loc, say("not_one_of", expected=expected, value=f'"{value}"'))
    if kind == "string_too_short" or (kind == "string_type" and value is None):
        return doc.problem(loc, say("empty_text"), say("hint.empty_text"))
    if kind == "too_short":
        return doc.problem(loc, say("empty_list"), say(_by_source("hint.empty_list", doc)))
    if kind in _WANTED:
        want, hint = _WANTED[kind]
        if kind == "string_type" and loc and loc[-1] in fields.BY_CHANNEL:
            hint = _by_source("hint.by_channel", doc)  # a time or fee may also be one text per channel
        return doc.problem(loc, say("wrong_type", want=say(want), kind=_kind(value)), say(hint))
    return doc.problem(loc, say("invalid", detail=err["msg"]))


def _by_source(hint: str, doc: Document) -> str:
    """The hint of ``doc``'s own form: a workbook cell is not written as YAML ("- " items)."""
    return f"{hint}_sheet" if doc.sheet else hint


_WANTED = {  # pydantic error type -> (what was expected, how to write it)
    "string_type": ("kind.text", "hint.want_text"),
    "list_type": ("kind.list", "hint.want_list"),
    "dict_type": ("kind.mapping", "hint.want_mapping"),
    "model_type": ("kind.mapping", "hint.want_mapping"),
    "model_attributes_type": ("kind.mapping", "hint.want_mapping"),
}


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """The allowed keys at ``loc`` inside ``model`` (for did-you-mean hints)."""

    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(str(part))
            if info is None:
                continue  # a dict key such as a language tag
            current = info.annotation
        current = _inner_model(current)
    current = _inner_model(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _inner_model(tp: Any, depth: int = 0) -> Any:
    """The model a type holds (the last one of a union or a form: "Text | ByChannelIn")."""

    if isinstance(tp, type) and issubclass(tp, BaseModel) or depth > 8:
        return tp
    for a in reversed(typing.get_args(tp)):
        found = _inner_model(a, depth + 1)
        if isinstance(found, type) and issubclass(found, BaseModel):
            return found
    return tp


def _load_settings(root: Path, problems: Problems) -> m.Settings:
    path = root / SETTINGS_FILE
    if not path.exists():
        return m.Settings()
    doc, found = read_yaml(path, _shown(root, path))
    problems.extend(found)
    if doc is None:
        return m.Settings()
    problems.extend(length_problems(doc, lengths.SETTINGS))
    parsed = _validate(doc, schema.SettingsIn, problems)
    if parsed is None:
        return m.Settings()
    for i, host in enumerate(parsed.allowed_hosts):
        bare = host[2:] if host.startswith("*.") else host
        if not bare or "*" in bare or "/" in bare or "." not in bare:
            problems.add(doc.problem(("allowed_hosts", i), say("bad_host_setting", host=host),
                                     say("hint.host_setting")))
    _check_cased(doc, ("title",), parsed.title, parsed.title.upper(), problems)  # printed in capitals
    for tag, texts in (parsed.labels or {}).items():
        for key in texts:
            if key not in LABELS:
                problems.add(doc.problem(("labels", tag, key), say("unknown_label", key=key),
                                         did_you_mean(key, LABELS) or say("hint.label_names"),
                                         key=True))
    return m.Settings(title=parsed.title, catalogue=parsed.catalogue, places=parsed.places,
                      paper=parsed.paper, allowed_hosts=tuple(h.lower() for h in parsed.allowed_hosts),
                      search_links=parsed.search_links,
                      labels={tag: dict(texts) for tag, texts in (parsed.labels or {}).items()})


def _check_cased(doc: Document, where: tuple, typed: str, printed: str, problems: Problems) -> None:
    """Text is checked against the font as typed; this checks what only appears when it is
    printed in another case ("µ" is in the font, its capital "Μ" is not)."""
    font = covered()
    for ch in dict.fromkeys(printed):
        if ch not in typed and ord(ch) not in font and not ch.isspace():
            problems.add(doc.problem(where, say("no_glyph", char=ch, **describe(ch)),
                                     say("hint.no_case_glyph")))


def _catalogue_files(root: Path, settings: m.Settings, problems: Problems) -> list[Path]:
    target = (root / settings.catalogue)
    if target.is_file():
        return [target]
    if target.is_dir():
        files = catalogue_files(target)
        if not files:
            problems.add(Problem(_shown(root, target), None, None, "",
                                 say("no_catalogue_files"), say("hint.catalogue_files")))
        return files
    problems.add(Problem(SETTINGS_FILE, None, None, "catalogue",
                         say("no_catalogue", path=settings.catalogue),
                         say("hint.catalogue_setting")))
    return []


def load_catalogue_folder(folder: Path) -> dict[str, m.Procedure]:
    """The procedures of one catalogue folder alone (the bundled one; an import's target)."""
    problems = Problems()
    procedures = _load_catalogue(Path(folder), m.Settings(catalogue="."), problems).procedures
    problems.raise_if_any()
    return procedures


def load_catalogue_at(root: Path, catalogue: Path, problems: Problems, places: m.Places) -> dict[str, m.Procedure]:
    """The procedures of the catalogue file or folder ``catalogue`` (anywhere), checked as a
    project at ``root`` with ``places`` checks them (audio files are looked up there; a row no
    village posts has its errors as warnings, left out, as published catalogues hold such rows):
    how an import reads back what it is about to write."""
    cat = _load_catalogue(root, m.Settings(catalogue=str(catalogue)), problems)
    return triage(problems, cat, places, set())[0]


def _load_catalogue(root: Path, settings: m.Settings, problems: Problems) -> Catalogue:
    """The procedures of the catalogue files, and every row read (for ``triage``). A row with
    an error is still a row: whether its error blocks the build depends on the places."""
    cat = Catalogue()
    first: dict[str, tuple[Any, m.Source]] = {}  # code -> the first row of it, as typed
    replacing: dict[str, tuple[Document, tuple]] = {}  # code -> where its replaced_by is written
    for path in _catalogue_files(root, settings, problems):
        doc, found = read_catalogue(path, _shown(root, path))
        problems.extend(found)
        if doc is None:
            cat.incomplete = True
            continue
        problems.extend(length_problems(doc, lengths.CATALOGUE))
        shape = _validate(doc, schema.CatalogueShapeIn, problems)
        if shape is None:
            cat.incomplete = True  # its codes are unknown: posted codes cannot be checked
            continue
        for i, item in enumerate(shape.procedures):
            where = ("procedures", i)
            line, col, cell = doc.located(where)
            source = m.Source(doc.file, line, col, cell)
            code, name = _typed(item, "code"), _typed(item, "name")
            cat.rows[(doc.file, i)] = Row(code, name, source)
            version = code is not None and code in first and _amended_later(first[code][0], item)
            if code is not None and code in first and not version:
                before, at = first[code]
                same = item == before  # a row typed (or pasted) twice: one procedure
                problem = doc.problem(where + ("code",), say("dup_identical", code=code, where=at) if same
                                      else say("dup_code", code=code),
                                      say("hint.dup_identical") if same else say("hint.first_used", where=at),
                                      warning=same)
                problems.add(replace(problem, procedure=None))  # never the row's own: it always holds
                if same:
                    cat.merged.add((doc.file, i))
                continue
            if code is not None and not version:
                first[code] = (item, source)
            p = _validate(doc, schema.ProcedureIn, problems, item, where, schema.CatalogueIn)
            if p is None:
                continue
            if p.online is not None:
                url = p.online.url or fields.PORTAL_PAGE.format(id=p.online.id)
                bad = check_url(url, settings.allowed_hosts)
                if bad:
                    problems.add(doc.problem(where + ("online", "url" if p.online.url else "id"), *bad))
            for tag, sound in (p.audio or {}).items():
                bad = check_audio(root, sound)
                if bad:
                    problems.add(doc.problem(where + ("audio", tag), *bad))
            for lang, t in (p.translations or {}).items():
                for key in t.model_fields_set:
                    if getattr(t, key) is not None and not getattr(p, key):
                        # it would have no Vietnamese line to stand under: never print it alone
                        problems.add(doc.problem(where + ("translations", lang, key),
                                                 say("orphan_translation", key=key),
                                                 say("hint.orphan_translation", key=key),
                                                 key=True))
            problems.extend(_pasted_over(doc, where, item))
            for name in fields.DATES:  # "01/01/27": say which day it was read as
                day, why = fields.read_date(item.get(name))
                if why:
                    problems.add(doc.problem(where + (name,), say("date_understood", value=item[name],
                                                                  date=f"{day:%d/%m/%Y}", why=say(f"date_why.{why}")),
                                             say("hint.date"), warning=True))
            if p.effective_from and p.effective_until and p.effective_from >= p.effective_until:
                # a fact of the row, not a mistake in it (a decision repealed the day it was
                # published): left out by its dates; said here unless posted (in_force says where)
                cat.never[(doc.file, i)] = replace(doc.problem(where + ("effective_until",), say(
                    "dates_reversed", since=f"{p.effective_from:%d/%m/%Y}", until=f"{p.effective_until:%d/%m/%Y}"),
                    say("hint.dates_reversed", until=doc.name_of(where + ("effective_until",))), warning=True),
                    procedure=None)
            if version:  # the procedure as a decision amends it from a later day
                cat.versions.setdefault(p.code, []).append(_procedure(p, source))
                continue
            cat.procedures[p.code] = _procedure(p, source)
            if p.replaced_by:
                replacing[p.code] = (doc, where + ("replaced_by",))
    for code, (doc, written) in replacing.items():  # a replacement is named to be posted instead
        other = cat.procedures[code].replaced_by
        if other not in cat.procedures and not cat.incomplete:
            problems.add(replace(doc.problem(written, say("unknown_replacement", code=code, other=other),
                                             say("hint.unknown_replacement", field=doc.named(written)), warning=True),
                                 procedure=None))  # a fact about another row: never leaves this one out
    return cat


def _amended_later(first: Any, item: Any) -> bool:
    """A second row of a code that says from which later day it holds ("Hiệu lực từ" after the
    first row's, or the first has none) is that procedure as amended from that day, not a
    duplicate (formats.md, "An amendment in force later")."""
    since = fields.parse_date(item.get("effective_from")) if isinstance(item, dict) else None
    before = fields.parse_date(first.get("effective_from")) if isinstance(first, dict) else None
    return since is not None and (before is None or before < since)


def _pasted_over(doc: Document, where: tuple, item: dict) -> list[Problem]:
    """A warning for each text of a row written twice over (a paste made twice): one per
    field (a workbook's cell), the words left as written, the clerk deletes the repeat. Each
    channel's value is its own text; a list counts as a whole (its items one a line)."""
    out = []
    for name in fields.OFFICIAL:
        for at, value in ((where + (name,), item.get(name)),
                          (where + ("official", name), (item.get("official") or {}).get(name)
                           if isinstance(item.get("official"), dict) else None)):
            texts = (list(value.values()) if isinstance(value, dict) else
                     ["\n".join(_flat(v) for v in value)] if isinstance(value, list) else [value])
            found = next((r for t in texts if isinstance(t, str) and (r := pasted_over(t))), None)
            if found:
                once, times = found
                out.append(doc.problem(at, say("text_pasted_over", times=times, start=short(once)),
                                       say("hint.text_pasted_over"), warning=True))
            elif isinstance(value, list):  # one paper (or step) given twice in the list
                seen: set[str] = set()
                for text in map(_flat, value):
                    key = " ".join(text.split()).casefold()
                    if key in seen:
                        out.append(doc.problem(at, say("item_twice", piece=short(text)),
                                               say("hint.text_pasted_over"), warning=True))
                        break
                    seen.add(key)
    return out


def _flat(value: Any) -> str:
    """A list item as one text: a paper with its items, one a line."""
    if isinstance(value, dict):
        return "\n".join([str(value.get("paper", ""))] + [str(v) for v in value.get("items") or ()])
    return str(value)


def _typed(item: Any, key: str) -> str | None:
    """A row's value as typed (stripped), before validation: what names the row in messages."""
    value = item.get(key) if isinstance(item, dict) else None
    return value.strip() or None if isinstance(value, str) else None


def _plain(value: Any) -> Any:
    """A validated value as the model holds it: lists become tuples, mappings plain dicts,
    per-channel values ByChannel and papers with items Paper (model.py)."""
    if isinstance(value, list):
        return tuple(_plain(v) for v in value)
    if isinstance(value, schema.ByChannelIn):
        return m.ByChannel({k: v for k, v in value if v is not None})
    if isinstance(value, schema.PaperIn):
        return m.Paper(value.paper, value.items)
    if isinstance(value, BaseModel):
        return {k: _plain(v) for k, v in value if v is not None}
    return value


def _procedure(p: BaseModel, source: m.Source) -> m.Procedure:
    values: dict[str, Any] = {}
    for f in fields.FIELDS:
        value = getattr(p, f.name)
        if value is None:
            continue
        if f.kind == "online":
            url = value.url if value.url is not None else fields.PORTAL_PAGE.format(id=value.id)
            values[f.name] = m.Online(url, value.scope)
        elif f.kind == "translations":
            values[f.name] = {lang: _plain(t) for lang, t in value.items()}
        else:
            values[f.name] = _plain(value)
    return m.Procedure(**values, source=source)


def _load_places(root: Path, settings: m.Settings, procedures: dict[str, m.Procedure],
                 problems: Problems, unsure: Callable[[str], bool] = lambda code: False,
                 faulty: frozenset[str] = frozenset()) -> m.Places | None:
    """The places; a posted code the catalogue lacks is an error unless ``unsure(code)``: its
    procedure (or its file) has an error of its own, already reported. Codes of ``faulty``
    rows are kept: listing one makes its errors block the build (``triage``)."""
    path, found = places_file(root, settings.places)
    problems.extend(found)
    if path is None:
        return None
    doc, found = read_places(path, _shown(root, path))
    problems.extend(found)
    if doc is None:
        return None
    problems.extend(length_problems(doc, lengths.PLACES))
    parsed = _validate(doc, schema.PlacesIn, problems)
    if parsed is None:
        return None
    problems.extend(check_places(doc, parsed.province, [c.name for c in parsed.communes]))

    def known(codes: list[str] | None, where: tuple, owner: str,
              listed: dict[str, m.Source] | None = None, removing: list[str] | None = None) -> tuple[str, ...]:
        """The codes of a list, each problem at its cell. ``removing``: the codes a "not posted"
        list takes off, whose mistakes post nothing wrong (a code matching nothing leaves nothing
        off): warnings, the closest of those codes named (the clerk meant one of them)."""
        out = []
        for j, code in enumerate(codes or ()):
            at = where + (j,)
            if listed is not None:
                listed.setdefault(code, m.Source(doc.file, *doc.located(at), field=doc.shown_path(at)))
            if code not in procedures and code not in faulty and unsure(code):
                continue  # its procedure's own error says what is wrong
            if procedures and code not in procedures and code not in faulty:
                typed = doc.as_typed(at, code)  # quoted as the clerk typed it
                taken_off = [c for c in removing or () if c in procedures]  # what the clerk meant, surely
                close = next(filter(None, (closest(t, choices) for choices in (taken_off, procedures)
                                           for t in (typed, code))), None)
                if removing is not None:
                    problems.add(doc.problem(at, say("unknown_not_posted", code=typed, owner=owner),
                                             say("hint.unknown_not_posted_close", close=close, owner=owner)
                                             if close else say("hint.unknown_not_posted"), warning=True))
                    continue
                problems.add(doc.problem(at, say("unknown_code", code=typed, suggestion=(
                    f" ({say('did_you_mean', close=close)})" if close else "")),
                                         say("hint.unknown_code", owner=owner)))
            elif code in out:
                problems.add(doc.problem(at, say("listed_twice", code=code), say("hint.remove_second"),
                                         warning=removing is not None))
            else:
                out.append(code)
        return tuple(out)

    # a village's language with no translation: how to add one, in the catalogue's own form
    translations_hint = ("hint.no_translation_sheet" if all(p.in_workbook for p in procedures.values())
                         else "hint.no_translation")
    communes = []
    commune_slugs: dict[str, str] = {}
    for ci, c in enumerate(parsed.communes):
        cw = ("communes", ci)
        slug = commune_slug(c.name)
        if slug in commune_slugs:
            problems.add(doc.problem(cw + ("name",), say("commune_same_file", name=c.name, slug=slug, other=commune_slugs[slug]), say("hint.commune_name")))
        commune_slugs[slug] = c.name
        villages = []
        village_slugs: dict[str, str] = {}
        bare_names: dict[str, str] = {}
        for vi, v in enumerate(c.villages):
            vw = cw + ("villages", vi)
            vslug = village_slug(v.name)
            if vslug in village_slugs:
                same = village_slugs[vslug]
                problems.add(doc.problem(vw + ("name",), say("village_twice", name=v.name, commune=c.name) if same == v.name else
                                         say("village_same_file", name=v.name, slug=vslug, other=same),
                                         say("hint.village_name")))
            elif _bare(v.name) in bare_names:  # "Bản Nà Tông" and "Thôn Nà Tông": one village typed twice
                problems.add(doc.problem(vw + ("name",), say("village_near_twice", name=v.name, commune=c.name,
                                                             other=bare_names[_bare(v.name)]),
                                         say("hint.village_near_twice")))
            village_slugs[vslug] = v.name
            bare_names.setdefault(_bare(v.name), v.name)
            listed: dict[str, m.Source] = {}
            posted = known(v.posted, vw + ("posted",), v.name, listed)
            not_posted = known(v.not_posted, vw + ("not_posted",), v.name,
                               removing=list(c.posted or ()) + list(v.posted or ()))
            _check_cased(doc, vw + ("name",), v.name, v.name.lower(), problems)  # "Nhà văn hóa thôn …"
            if not ([code for code in c.posted if code not in not_posted] + list(posted)
                    or any(unsure(code) for code in v.posted or ())):
                problems.add(doc.problem(vw, say("posts_nothing", name=v.name), say(
                    "hint.posts_nothing", not_posted=doc.named(vw + ("not_posted",)),
                    posted=doc.named(vw + ("posted",)))))
            for j, code in enumerate(v.not_posted or ()):
                if code in (c.posted or ()) or code in posted or code not in not_posted:
                    continue  # posted, or a code already said to match nothing: one message a cell
                if j == list(v.not_posted).index(code):  # a code given twice: its second is said
                    problems.add(doc.problem(vw + ("not_posted", j), say("nothing_to_remove", code=code),
                                             warning=True))
            for lang in v.languages or ():
                if not any(lang in p.translations for p in procedures.values()):
                    problems.add(doc.problem(vw + ("languages",), say("no_translation", lang=lang),
                                             say(translations_hint, lang=lang,
                                                 where=doc.named(vw + ("languages",))),
                                             warning=True))
            if v.head and v.head.phone:
                _check_phone(doc, vw + ("head", "phone"), v.head.phone, problems)
            villages.append(m.Village(
                name=v.name, slug=vslug,
                cultural_house=v.cultural_house or f"Nhà văn hóa {lower_first(v.name)}",
                head=m.Person(v.head.name, grouped(v.head.phone) if v.head.phone else None) if v.head else None,
                languages=tuple(v.languages or ()), posted=posted, not_posted=not_posted, listed=listed))
        _check_cased(doc, cw + ("name",), c.name, c.name.lower(), problems)  # "…, xã Thượng Lâm, …"
        o = c.office
        _check_phone(doc, cw + ("office", "phone"), o.phone, problems)
        listed = {}
        communes.append(m.Commune(name=c.name, slug=slug, office=m.Office(o.name, o.address, grouped(o.phone), o.hours),
                                  posted=known(c.posted, cw + ("posted",), c.name, listed), villages=tuple(villages),
                                  listed=listed))
    return m.Places(province=parsed.province, communes=tuple(communes), file=doc.file)


_PREFIX = re.compile(r"^(?:thôn|bản)\s+", re.IGNORECASE)


def _bare(village: str) -> str:
    """A village's name without "Thôn"/"Bản", case or accents: what tells two villages apart."""
    return slugify(_PREFIX.sub("", village.strip()))


def _check_phone(doc: Document, where: tuple, phone: str, problems: Problems) -> None:
    """An error for a number people could not call: it is printed on every poster."""
    bad = phone_problem(phone)
    if bad:
        problems.add(doc.problem(where, *bad))

