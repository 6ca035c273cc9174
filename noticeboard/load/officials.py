"""Province and commune names against the official list in force since 1 July 2025
(34 provinces, 3,321 communes; PyPI ``vietnam-provinces``).

A poster that names a unit which no longer exists is wrong, so ``check`` warns, at the line in
places.yaml, with the closest official name. Warnings, not errors: a brand-new rename may be
missing from the package, and ``--strict`` makes them errors for those who want it.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Any

from ..errors import Problem
from ..messages import say
from ..slug import fold
from vietnam_provinces import Province, Ward

# Nghị quyết 202/2025/QH15: the 29 provinces merged into another on 1 July 2025 (+ Huế's rename).
FORMER_PROVINCES = {
    "Hà Giang": "Tuyên Quang", "Yên Bái": "Lào Cai", "Bắc Kạn": "Thái Nguyên",
    "Vĩnh Phúc": "Phú Thọ", "Hòa Bình": "Phú Thọ", "Bắc Giang": "Bắc Ninh", "Thái Bình": "Hưng Yên",
    "Hải Dương": "Thành phố Hải Phòng", "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình",
    "Quảng Bình": "Quảng Trị", "Quảng Nam": "Thành phố Đà Nẵng", "Kon Tum": "Quảng Ngãi",
    "Bình Định": "Gia Lai", "Ninh Thuận": "Khánh Hòa", "Đắk Nông": "Lâm Đồng", "Bình Thuận": "Lâm Đồng",
    "Phú Yên": "Đắk Lắk", "Bình Dương": "Thành phố Hồ Chí Minh", "Bà Rịa - Vũng Tàu": "Thành phố Hồ Chí Minh",
    "Bình Phước": "Đồng Nai", "Long An": "Tây Ninh", "Sóc Trăng": "Thành phố Cần Thơ",
    "Hậu Giang": "Thành phố Cần Thơ", "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long",
    "Tiền Giang": "Đồng Tháp", "Bạc Liêu": "Cà Mau", "Kiên Giang": "An Giang",
    "Thừa Thiên Huế": "Thành phố Huế",
}
_PROVINCE_PREFIX = re.compile(r"^(?:tinh|thanh pho|tp)\s+")
_COMMUNE_PREFIX = re.compile(r"^(?:xa|phuong|dac khu)\s+")
_DISTRICT_PREFIX = re.compile(r"^(?:huyen|quan|thi xa|thanh pho|tp)\s+")
_TOWNSHIP_PREFIX = re.compile(r"^thi tran\s+")


def key(name: str) -> str:
    """'Xã  Thượng Lâm' and 'xa thuong lam' compare equal."""
    return re.sub(r"[^a-z0-9]+", " ", fold(name)).strip()


@lru_cache(maxsize=1)
def _official() -> tuple[dict[str, Any], dict[int, dict[str, str]]]:
    """Provinces by bare key, and each province's communes: key with prefix -> name."""

    provinces = {_PROVINCE_PREFIX.sub("", key(p.name)): p for p in Province.iter_all()}
    communes: dict[int, dict[str, str]] = {}
    for w in Ward.iter_all():
        communes.setdefault(int(w.province_code), {})[key(w.name)] = w.name
    return provinces, communes


def official_province(name: str) -> Any | None:
    """The official province ``name`` names, with or without its prefix, accents or case
    ("Tỉnh Lào Cai", "lao cai", "TP Hải Phòng"); None when it names none."""
    return _official()[0].get(_PROVINCE_PREFIX.sub("", key(name)))


def bare_commune(name: str) -> str:
    """'Xã Thượng Lâm', 'xa thuong lam' and 'Thượng Lâm' compare equal: the key without the
    commune's 'Xã'/'Phường'/'Đặc khu' prefix."""
    return _COMMUNE_PREFIX.sub("", key(name))


def _closest(word: str, names: dict[str, str], n: int = 3) -> list[str]:
    return [names[k] for k in difflib.get_close_matches(word, list(names), n=n, cutoff=0.75)]


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


def check_places(doc: Any, province: str, communes: list[str]) -> list[Problem]:
    """Warnings for places.yaml (``doc`` is its loaded Document, for file:line:column)."""
    try:
        provinces, by_province = _official()
    except ImportError:  # the list is a dependency; a broken install should not stop check
        return []
    out: list[Problem] = []
    warn = lambda path, msg, hint=None: out.append(doc.problem(path, msg, hint, warning=True))  # noqa: E731
    pkey = _PROVINCE_PREFIX.sub("", key(province))
    found = provinces.get(pkey)
    if found is not None and not _same_spelling(province, found.name):
        warn(("province",), *_respell(province, found.name))
    if found is None:
        former = {_PROVINCE_PREFIX.sub("", key(k)): v for k, v in FORMER_PROVINCES.items()}
        if pkey in former:
            found = provinces[_PROVINCE_PREFIX.sub("", key(former[pkey]))]
            warn(("province",), say("province_merged", province=province, official=found.name),
                 say("hint.province_merged", official=found.name))
        else:
            close = _closest(pkey, {k: p.name for k, p in provinces.items()})
            warn(("province",), say("not_a_province", province=province),
                 say("hint.did_you_mean_any", names=_quoted(close)) if close else say("hint.province_official"))
    everywhere = {k: (n, code) for code, names in by_province.items() for k, n in names.items()}
    for i, name in enumerate(communes):
        problem = _commune(name, key(name), found, by_province, everywhere, provinces)
        if problem:
            warn(("communes", i, "name"), *problem)
    return out


def _same_spelling(name: str, official: str) -> bool:
    """True when ``name`` is the official name letter for letter, with or without its prefix
    (so "Xa Bat Xat" for "Xã Bát Xát" is caught: it matched only once accents were folded)."""
    return _base(name) == _base(official)


def _base(name: str) -> str:
    """The name without a 'Tỉnh'/'Thành phố'/'Xã'/'Phường'/'Đặc khu' prefix, spaces collapsed,
    case folded, accents kept (folding maps each Vietnamese letter to one letter)."""
    words = " ".join(name.split()).casefold()
    for prefix in (_PROVINCE_PREFIX, _COMMUNE_PREFIX):
        match = prefix.match(fold(words))
        if match:
            words = words[match.end():]
    return words


def _respell(name: str, official: str) -> tuple[str, str]:
    return (say("respell", name=name, official=official), say("hint.respell", official=official))


def _commune(name: str, k: str, province: Any, by_province: dict[int, dict[str, str]],
             everywhere: dict[str, tuple[str, int]], provinces: dict[str, Any]) -> tuple[str, str] | None:
    """(message, hint) when ``name`` is not an official commune of ``province``, else None."""
    own = by_province.get(int(province.code), {}) if province is not None else {}
    pool = own or {k2: n for k2, (n, _) in everywhere.items()}
    bare = {_COMMUNE_PREFIX.sub("", k2): n for k2, n in pool.items()}
    where = say("where_province", province=province.name) if province is not None else say("where_country")
    if k in pool or (not _COMMUNE_PREFIX.match(k) and k in bare and not _DISTRICT_PREFIX.match(k)):
        official = pool.get(k) or bare[k]
        return None if _same_spelling(name, official) else _respell(name, official)
    base = _COMMUNE_PREFIX.sub("", k)
    if base in bare:
        return (say("official_name", official=bare[base]), say("hint.official_name", official=bare[base]))
    if _DISTRICT_PREFIX.match(k) or _TOWNSHIP_PREFIX.match(k):
        kind = say("kind.township") if _TOWNSHIP_PREFIX.match(k) else say("kind.district")
        base = (_TOWNSHIP_PREFIX.sub("", k) if _TOWNSHIP_PREFIX.match(k) else _DISTRICT_PREFIX.sub("", k))
        related = [n for b, n in bare.items() if b == base] or _closest(base, bare)
        return (say("former_unit", name=name, kind=kind),
                say("hint.former_unit") + (say("hint.similar_names", where=where, names=_quoted(related))
                                           if related else ""))
    if province is not None and own:
        elsewhere = everywhere.get(k) or next(((n, c) for k2, (n, c) in everywhere.items()
                                               if _COMMUNE_PREFIX.sub("", k2) == base), None)
        if elsewhere:
            other = next(p.name for p in provinces.values() if int(p.code) == elsewhere[1])
            return (say("commune_elsewhere", commune=elsewhere[0], other=other, province=province.name),
                    say("hint.commune_elsewhere"))
    close = _closest(base, bare)
    return (say("not_a_commune", name=name, where=where),
            say("hint.did_you_mean_any", names=_quoted(close)) if close else say("hint.commune_decision"))
