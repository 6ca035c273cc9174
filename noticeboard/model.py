"""The plain model every stage after loading reads: frozen dataclasses, no I/O, no validation.

Loading (``noticeboard.load``) turns YAML into these; planning and the renderers (PDF posters,
kiosk) only ever see these. ``Source`` keeps where a value came from so later stages (glyph check)
can still name file:line.
"""

from __future__ import annotations

import datetime as dt
import dataclasses  # Procedure has a field called ``field``
from dataclasses import dataclass, field

from .fields import CHANNEL_WORDS, CHANNELS, TRANSLATABLE  # noqa: F401  (TRANSLATABLE: the renderers' print order)
from typing import Iterable
from urllib.parse import urlsplit


class ByChannel(str):
    """A value that differs by channel (time, fee): as a string it is the value printed on one
    line, per channel in a fixed order ("Trực tiếp: 1 ngày làm việc; Trực tuyến: 3 ngày làm
    việc"), so every reader of ``proc.time`` prints it right; ``parts`` keeps each channel's own
    value for those that lay it out (the sheet: one line per channel)."""

    parts: tuple[tuple[str, str], ...]  # (channel key, value), in CHANNELS order

    def __new__(cls, values: dict[str, str] | tuple[tuple[str, str], ...]) -> "ByChannel":
        given = dict(values)
        parts = tuple((c, given[c]) for c in CHANNELS if c in given)
        self = super().__new__(cls, join_sentences(f"{channel_word(c)}: {v}" for c, v in parts))
        self.parts = parts
        return self

    def __getnewargs__(self) -> tuple:  # pickled for --jobs: rebuilt from its parts
        return (self.parts,)


def join_sentences(texts: Iterable[str]) -> str:
    """Texts on one line, "; " between them, or a space after one that ends its sentence
    ("… cấp tỉnh. Trực tuyến: …", never "… cấp tỉnh.; Trực tuyến: …")."""
    out = ""
    for text in texts:
        out += ("" if not out else " " if out.endswith((".", "!", "?", ";", "…")) else "; ") + text
    return out


def channel_word(channel: str) -> str:
    """'direct' -> 'Trực tiếp': the word a per-channel value is printed and written with."""
    return CHANNEL_WORDS[channel][0]


def by_channel(value: str | None) -> tuple[tuple[str | None, str], ...]:
    """A time or fee as (channel, value) pairs: one pair with channel None when it is one text
    for every channel; () when there is none."""
    if not value:
        return ()
    if isinstance(value, ByChannel):
        return value.parts
    return ((None, value),)


class Paper(str):
    """A paper to bring. Most are a text; some announce a list ("… một trong các giấy tờ sau:")
    and keep its items under them (``sub_items``). As a string it is the heading with each item
    on a line of its own under it ("- …"), as a workbook cell holds it, so a reader that knows
    nothing of sub-items still prints them under their paper."""

    text: str  # the paper itself (ends with ":" when it has items)
    sub_items: tuple[str, ...]

    def __new__(cls, text: str, sub_items: tuple[str, ...] | list[str] = ()) -> "Paper":
        items = tuple(sub_items)
        if items and not text.rstrip().endswith(":"):
            text = text.rstrip() + ":"  # the heading announces its list, as printed
        self = super().__new__(cls, text + "".join(f"\n- {i}" for i in items))
        self.text, self.sub_items = text, items
        return self

    def __getnewargs__(self) -> tuple:
        return (self.text, self.sub_items)


def papers(value: tuple[str, ...] | None) -> tuple[Paper, ...]:
    """Every document of a list as a Paper (a plain text is a paper without items)."""
    return tuple(v if isinstance(v, Paper) else Paper(v) for v in value or ())


@dataclass(frozen=True)
class Source:
    file: str
    line: int  # 1-based
    column: int  # 1-based
    cell: str | None = None  # in a workbook: "'Thủ tục'!B7", as Excel names it
    # what the user calls the value there: its column's header in a workbook ("Niêm yết thêm"),
    # its path in YAML ("communes[0].villages[1].posted[0]"); "" for a whole row
    field: str = ""

    def __str__(self) -> str:
        return f"{self.file}:{self.cell}" if self.cell else f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Online:
    url: str
    scope: str  # "full" (toàn trình) | "partial" (một phần)

    @property
    def host(self) -> str:

        return urlsplit(self.url).hostname or ""


@dataclass(frozen=True)
class Procedure:
    code: str
    name: str
    field: str
    agency: str
    time: str  # a ByChannel when it differs by channel
    fee: str  # likewise
    place: str | None = None  # where the file is handed in (not who decides: agency)
    documents: tuple[str, ...] = ()  # Papers (str); empty: the sheet says where to read them
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
    official: dict[str, str | tuple[str, ...]] = dataclasses.field(default_factory=dict, hash=False)
    # language tag -> {field name -> str | tuple[str, ...]}
    translations: dict[str, dict[str, str | tuple[str, ...]]] = dataclasses.field(default_factory=dict, hash=False)
    # language tag -> a sound file, relative to the project folder ("audio/khai-sinh-tay.mp3")
    audio: dict[str, str] = dataclasses.field(default_factory=dict, hash=False)
    # where it was written: for messages only, so not part of equality, hashing or repr (the
    # rebuild hash must not change when a comment line moves the procedure down its file)
    source: Source | None = dataclasses.field(default=None, compare=False, repr=False)

    @property
    def in_workbook(self) -> bool:
        """Read from a workbook (its source names a cell), not a YAML file: the two keep the
        official wording differently, and only YAML holds translations."""
        return self.source is not None and self.source.cell is not None

    def translated(self, lang: str, name: str) -> str | tuple[str, ...] | None:
        return self.translations.get(lang, {}).get(name)

    # What a renderer, the script or a card calls for the structured forms (formats.md):
    def time_by_channel(self) -> tuple[tuple[str | None, str], ...]:
        """((channel or None, text), ...): one pair with None when the time is one text."""
        return by_channel(self.time)

    def fee_by_channel(self) -> tuple[tuple[str | None, str], ...]:
        return by_channel(self.fee)

    def papers(self) -> tuple[Paper, ...]:
        """The documents as Papers: ``.text`` and ``.sub_items`` (empty for most)."""
        return papers(self.documents)


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
    # code -> the procedure as decisions amend it from later days (rows of its code with a later
    # effective_from, in catalogue order): what is posted on a day is ``on(day)``'s
    versions: dict[str, tuple[Procedure, ...]] = field(default_factory=dict)

    def on(self, proc: Procedure, day: dt.date) -> Procedure:
        """``proc`` as in force on ``day``: its latest version from a day not after it (its
        dates stay the procedure's own: it has been in force since effective_from)."""
        due = [v for v in self.versions.get(proc.code, ()) if v.effective_from and v.effective_from <= day]
        if not due:
            return proc
        v = max(due, key=lambda v: v.effective_from or day)
        return dataclasses.replace(v, effective_from=proc.effective_from,
                                   effective_until=v.effective_until or proc.effective_until)


def posted_codes(commune: Commune, village: Village) -> list[str]:
    """What a village lists, in force or not: the commune's codes less its own removals, plus its own."""
    codes = [c for c in commune.posted if c not in village.not_posted]
    return codes + [c for c in village.posted if c not in codes]
