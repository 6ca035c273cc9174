"""Every message a person reads, one table per language (``vi.py``, ``en.py``: the same keys).

Vietnamese by default; ``noticeboard --lang en`` or ``NOTICEBOARD_LANG=en`` gives English.
``say(key, **values)`` fills in the message of the current language. Tables live in one place so
docs/troubleshooting.md can be checked against them (a test fails when a message is not
explained there) and so both languages stay complete (a test compares keys and placeholders).
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from contextvars import ContextVar
from types import ModuleType
from typing import Iterator

from . import en, vi

LANGUAGES: dict[str, ModuleType] = {"vi": vi, "en": en}
DEFAULT = "vi"
ENV = "NOTICEBOARD_LANG"

_chosen: str | None = None
# Said for the app's screens: the clerk there has buttons, not a terminal (``in_app``).
_APP: ContextVar[bool] = ContextVar("noticeboard_in_app", default=False)

# The phrase of PyYAML's own message -> the key of its plain explanation (language-neutral).
SYNTAX: dict[str, str] = {
    "mapping values are not allowed": "syntax.colon",
    "could not find expected ':'": "syntax.no_colon",
    "expected <block end>": "syntax.indent",
    "unexpected end of stream": "syntax.unclosed",
    "expected ',' or ']'": "syntax.list",
    "expected ',' or '}'": "syntax.mapping",
    "found undefined alias": "syntax.alias",
    "found unknown escape character": "syntax.escape",
    "cannot start any token": "syntax.token",
}
SYNTAX_OTHER = "syntax.other"


def set_language(lang: str | None) -> None:
    """Use ``lang`` from now on; None goes back to ``NOTICEBOARD_LANG``, else Vietnamese."""
    global _chosen
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _chosen = lang


def language() -> str:
    """The language messages are printed in now."""
    if _chosen is not None:
        return _chosen
    wanted = os.environ.get(ENV, "").strip().lower()[:2]
    return wanted if wanted in LANGUAGES else DEFAULT


def table(lang: str | None = None) -> dict[str, str]:
    return LANGUAGES[lang or language()].MESSAGES


@contextmanager
def in_app() -> Iterator[None]:
    """Messages said inside are for the app's screens: a key with an ``_app`` form (what to do
    in the app's words, where the CLI's form names a command or an option) is said in that
    form. A context variable, so a request's thread never changes what the CLI says."""
    token = _APP.set(True)
    try:
        yield
    finally:
        _APP.reset(token)


def _key(key: str, texts: dict[str, str]) -> str:
    return f"{key}_app" if _APP.get() and f"{key}_app" in texts else key


def say(key: str, /, **values: object) -> str:
    """The message ``key`` in the current language (its app form in the app), filled in with
    ``values``."""
    texts = table()
    return texts[_key(key, texts)].format(**values)


def named(field: str, cell: str | None = None) -> str:
    """A value's place as a hint names it, in the user's own terms: a workbook's column and
    its sheet ('column "Niêm yết thêm" of sheet Thôn'; a CSV file's column alone) when ``cell``
    is given ("Thôn!H5"), else a YAML file's key ("posted:" for "communes[0].posted[1]")."""
    if cell is None:
        return say("named.key", key=re.sub(r"\[\d+\]", "", field).rpartition(".")[2])
    sheet, bang, _ = cell.rpartition("!")
    if not bang:
        return say("named.column", header=field)
    return say("named.column_of", header=field, sheet=sheet.strip("'").replace("''", "'"))


def say_n(key: str, n: int, /, **values: object) -> str:
    """``say`` for a message with a count: ``"one|many"`` picks by ``n`` (Vietnamese has one form)."""
    texts = table()
    forms = texts[_key(key, texts)].split("|")
    return forms[0 if n == 1 or len(forms) == 1 else 1].format(n=n, **values)


def click_text(msgid: str) -> str:
    """click's own text ``msgid`` in the current language (English is click's own)."""
    return getattr(LANGUAGES[language()], "CLICK", {}).get(msgid, msgid)


def click_metavar(text: str) -> str:
    """A usage word of click's ("[OPTIONS]", "TEXT") in the current language."""
    return getattr(LANGUAGES[language()], "METAVARS", {}).get(text, text)


def click_plural(singular: str, plural: str, n: int) -> str:
    """click's ``ngettext``: one translated form for both (keyed by the singular)."""
    translated = getattr(LANGUAGES[language()], "CLICK", {}).get(singular)
    return translated if translated is not None else (singular if n == 1 else plural)


def syntax_key(pyyaml_message: str) -> str:
    """The key explaining a PyYAML syntax error in plain words."""
    return next((key for phrase, key in SYNTAX.items() if phrase in pyyaml_message), SYNTAX_OTHER)
