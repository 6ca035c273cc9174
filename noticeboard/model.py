"""The plain model every stage after loading reads: frozen dataclasses, no I/O, no validation.

Loading (``noticeboard.load``) turns YAML into these; planning and the renderers (PDF posters,
kiosk) only ever see these. ``Source`` keeps where a value came from so later stages (glyph check)
can still name file:line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .fields import TRANSLATABLE  # noqa: F401  (re-exported: the renderers' print order)


@dataclass(frozen=True)
class Source:
    file: str
    line: int  # 1-based
    column: int  # 1-based
    cell: str | None = None  # in a workbook: "'Thủ tục'!B7", as Excel names it

    def __str__(self) -> str:
        return f"{self.file}:{self.cell}" if self.cell else f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Online:
    url: str
    scope: str  # "full" (toàn trình) | "partial" (một phần)

    @property
    def host(self) -> str:
        from urllib.parse import urlsplit

        return urlsplit(self.url).hostname or ""


@dataclass(frozen=True)
class Procedure:
    code: str
    name: str
    field: str
    agency: str
    time: str
    fee: str
    documents: tuple[str, ...] = ()  # empty: the sheet says where to read them
    online: Online | None = None
    steps: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    result: str | None = None
    who: str | None = None
    conditions: str | None = None
    forms: tuple[str, ...] = ()
    legal_basis: tuple[str, ...] = ()
    effective_from: dt.date | None = None  # in force on D when effective_from <= D < effective_until
    effective_until: dt.date | None = None
    replaced_by: str | None = None
    decision: str | None = None
    # the official wording of fields whose posted text is the commune's own: {field -> value}
    official: dict[str, str | tuple[str, ...]] = field(default_factory=dict, hash=False)
    # language tag -> {field name -> str | tuple[str, ...]}
    translations: dict[str, dict[str, str | tuple[str, ...]]] = field(default_factory=dict, hash=False)
    # language tag -> a sound file, relative to the project folder ("audio/khai-sinh-tay.mp3")
    audio: dict[str, str] = field(default_factory=dict, hash=False)
    # where it was written: for messages only, so not part of equality, hashing or repr (the
    # rebuild hash must not change when a comment line moves the procedure down its file)
    source: Source | None = field(default=None, compare=False, repr=False)

    def translated(self, lang: str, name: str) -> str | tuple[str, ...] | None:
        return self.translations.get(lang, {}).get(name)


@dataclass(frozen=True)
class Person:
    name: str
    phone: str | None = None


@dataclass(frozen=True)
class Office:
    name: str
    address: str
    phone: str
    hours: str


@dataclass(frozen=True)
class Village:
    name: str
    slug: str
    cultural_house: str
    head: Person | None = None
    languages: tuple[str, ...] = ()
    posted: tuple[str, ...] = ()
    not_posted: tuple[str, ...] = ()
    # where each code of ``posted`` is listed (places.xlsx:Thôn!G5): messages only
    listed: dict[str, Source] = field(default_factory=dict, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class Commune:
    name: str
    slug: str
    office: Office
    posted: tuple[str, ...]
    villages: tuple[Village, ...]
    listed: dict[str, Source] = field(default_factory=dict, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class Places:
    province: str
    communes: tuple[Commune, ...]
    file: str = field(default="places.yaml", compare=False)  # as read: places.yaml or places.xlsx


@dataclass(frozen=True)
class Settings:
    title: str = "Thủ tục hành chính thường gặp"
    catalogue: str = "procedures/"
    places: str = "places.yaml"
    paper: str = "A4"
    allowed_hosts: tuple[str, ...] = ("dichvucong.gov.vn", "*.gov.vn")
    search_links: bool = True  # a procedure without a link gets a look-up QR (portal search)
    # language tag -> {label key (labels.LABELS) -> text}: the kiosk's screens in that language
    labels: dict[str, dict[str, str]] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class LeftOut:
    """A catalogue row no village posts, left out of every output because of a problem in it
    (``noticeboard list --all`` shows it, with the problems)."""

    code: str | None  # as typed; None when the row has none
    name: str | None
    source: Source
    reasons: tuple[str, ...]  # the problems, located ("danh-muc.xlsx:'Thủ tục'!L208: ...")


@dataclass(frozen=True)
class Project:
    root: str
    settings: Settings
    procedures: dict[str, Procedure]  # by code, in catalogue order
    places: Places
    left_out: tuple[LeftOut, ...] = ()  # rows with problems that no village posts
    sample: bool = False  # the bundled sample: every page, card and screen is marked "BẢN MẪU"
