"""Checks on every piece of text a user wrote: NFC, control characters, legacy-encoding
mojibake, and characters the bundled font cannot print."""

from __future__ import annotations

import unicodedata

from ..fonts import covered
from ..messages import say
from .legacy import from_tcvn3, legacy_kind

TextProblem = tuple[str, str | None, int | None]  # (message, hint, offset of the character)


def describe(ch: str) -> dict[str, str]:
    """The code point and Unicode name of ``ch``, as messages show them."""
    return {"code": f"{ord(ch):04X}", "name": unicodedata.name(ch, "") or _CONTROL_NAMES.get(ch, "no name")}


# Control characters have no Unicode name; these are the ones pasted text brings along.
_CONTROL_NAMES = {"\t": "TAB", "\r": "CARRIAGE RETURN", "\x0b": "VERTICAL TAB", "\x0c": "FORM FEED",
                  "\x00": "NULL", "\x1b": "ESCAPE", "\x7f": "DELETE"}


# Quotes Word puts around a pasted value ("smart quotes"): never part of the value itself.
_WORD_QUOTES = ({"“", "”"}, {"‘", "’"})


def unquote(text: str) -> tuple[str, int]:
    """``text`` without Word quotes around the whole of it, and how many characters went
    before it (so offsets still point into what was typed)."""
    core = text.strip()
    if len(core) >= 2 and any(core[0] in q and core[-1] in q for q in _WORD_QUOTES):
        between = core[1:-1]
        before = len(text) - len(text.lstrip()) + 1 + len(between) - len(between.lstrip())
        return between.strip(), before
    return text, 0


def check_text(raw: str) -> tuple[str, list[TextProblem]]:
    """Return (NFC text, problems): one for mojibake or a control character (the first kind
    found explains the rest), else one per distinct character the font lacks. Word quotes
    around the whole value are removed; inside it they stay (a phone number refuses them)."""
    text, shift = unquote(unicodedata.normalize("NFC", raw))
    found = _problems(text)
    return text, [(message, hint, None if at is None else at + shift) for message, hint, at in found]


def _problems(text: str) -> list[TextProblem]:
    kind = legacy_kind(text)
    if kind:
        sample = text if len(text) <= 40 else text[:39] + "…"
        hint = say("hint.legacy", kind=kind)
        if kind.startswith("TCVN3"):
            hint += f'; it probably reads "{from_tcvn3(sample)}"'
        return [(say("legacy", kind=kind, sample=sample), hint, None)]
    for i, ch in enumerate(text):
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") and ch != "\n":
            return [(say("control", **describe(ch)),
                     say("hint.control"), i)]
    font = covered()
    missing: list[TextProblem] = []
    seen: set[str] = set()
    for i, ch in enumerate(text):
        if ch != "\n" and ch not in seen and (ord(ch) not in font or unicodedata.combining(ch)):
            seen.add(ch)  # each distinct character once, so one pass fixes the field
            missing.append((say("no_glyph", char=ch, **describe(ch)),
                            say("hint.no_glyph"), i))
    return missing
