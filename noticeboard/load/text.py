"""Checks on every piece of text a user wrote: NFC, control characters, legacy-encoding
mojibake, and characters the bundled font cannot print."""

from __future__ import annotations

import re
import unicodedata

from ..fonts import covered

# Latin-1 letters Vietnamese uses; other Latin-1 symbols amid text betray TCVN3/VNI mojibake.
_VIET_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_LATIN1_SYMBOLS = re.compile(r"[\u00a1-\u00ff]")
_PUNCT = set("«»°§©®±×")  # ordinary symbols, not mojibake
_VNI_MARKS = set("ñÑøïûö")  # VNI's đ, Đ and tone bytes, read as Latin-1


def check_text(raw: str) -> tuple[str, list[tuple[str, str | None, int]]]:
    """Return (NFC text, problems as (message, hint, offset))."""
    text = unicodedata.normalize("NFC", raw)
    problems: list[tuple[str, str | None, int]] = []
    suspicious = [ch for ch in _LATIN1_SYMBOLS.findall(text) if ch not in _VIET_LATIN1 | _PUNCT]
    if len(suspicious) >= 2 or set(suspicious) & (_VNI_MARKS | {"\u00ad", "\u00ac"}):
        kind = "VNI" if set(suspicious) & _VNI_MARKS else "TCVN3 (ABC)"
        problems.append((f"text looks like {kind} characters pasted as Unicode: {text[:40]!r}",
                         "convert it to Unicode with Unikey (Công cụ chuyển mã, source "
                         f"{kind}, target Unicode) and paste again", 0))
        return text, problems
    for i, ch in enumerate(text):
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") and ch not in "\n":
            problems.append((f"control character U+{ord(ch):04X} "
                             f"({unicodedata.name(ch, 'unnamed')}) in text",
                             "delete it; it is invisible and cannot be printed", i))
            return text, problems
    font = covered()
    for i, ch in enumerate(text):
        if ch == "\n":
            continue
        if ord(ch) not in font or unicodedata.combining(ch):
            problems.append((f"character {ch!r} U+{ord(ch):04X} "
                             f"({unicodedata.name(ch, 'unnamed')}) is not in the poster font",
                             "replace it with a plain Vietnamese character; it would print as a blank", i))
            break
    return text, problems
