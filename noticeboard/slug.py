"""ASCII file names from Vietnamese names: diacritics folded, đ→d, spaces→'-'."""

from __future__ import annotations

import re
import unicodedata

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                     *(f"lpt{i}" for i in range(10))}


def fold(text: str) -> str:
    """Lower-case, accents removed, đ→d: the form search and slugs compare."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def lower_first(text: str) -> str:
    """'Xã Thượng Lâm' -> 'xã Thượng Lâm', as a name reads inside a sentence."""
    return text[:1].lower() + text[1:]


def slugify(text: str) -> str:
    """A file name safe on every system: never empty, never '..', never a reserved device."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:80].strip("-")
    if not slug or slug in _WINDOWS_RESERVED:
        slug = f"x-{slug}" if slug else "x"
    return slug
