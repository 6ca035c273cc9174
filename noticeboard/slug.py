"""ASCII file names from Vietnamese names: diacritics folded, đ→d, spaces→'-'; and the one table
of file names a build reserves, and the names villages and communes get.

A commune's folder holds a PDF per village beside the commune's own documents; a village whose
name folds to one of those ("Bộ niêm yết" → bo-niem-yet.pdf, the posting kit) would silently
replace it. Such a village gets a distinct name instead ("thon-bo-niem-yet.pdf"); two names
that still meet are an error naming both (load/project.py).
"""

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


# kind -> file stem in OUT/<commune>/ (every desk document's name comes from here)
COMMUNE_FILES: dict[str, str] = {
    "commune": "all-villages", "binder": "so-tay-thu-tuc", "kit": "bo-niem-yet",
    "register": "so-theo-doi-niem-yet", "changes": "thay-doi",
}
# names in OUT itself beside the commune folders (or a commune's announce files): every output's
TOP_LEVEL = frozenset({"manifest", "index", "audio", "fonts", "data"})
VILLAGE_PREFIX, COMMUNE_PREFIX = "thon", "xa"


def _distinct(slug: str, reserved: frozenset[str] | set[str], prefix: str) -> str:
    return f"{prefix}-{slug}" if slug in reserved else slug


def village_slug(name: str) -> str:
    """The village's file stem: never a name the commune's own documents use."""
    return _distinct(slugify(name), set(COMMUNE_FILES.values()), VILLAGE_PREFIX)


def commune_slug(name: str) -> str:
    """The commune's folder (and announce file) stem: never a name OUT's own files use."""
    return _distinct(slugify(name), TOP_LEVEL, COMMUNE_PREFIX)
