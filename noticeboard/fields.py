"""Every field of a procedure, declared once.

The YAML schema (load/schema.py), the plain model's conversions (load/project.py), the list of
translatable fields, the importer's and the workbook readers' column headers, the kiosk data and
the docs all derive from ``FIELDS``: adding a field here adds it everywhere, and a test checks
that the model's dataclass holds exactly these.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal, Mapping, TypeVar

from .messages import named as place_named, say

# What a value is: decides its schema type, its model type and how a workbook cell is read.
# "by_channel": a text, or one text per channel ({direct: ..., online: ...}: time, fee).
# "papers": a list of papers, each a text or a paper with its items ({paper: ..., items: [...]}).
Kind = Literal["code", "text", "by_channel", "list", "papers", "date", "online", "channels", "official",
               "translations", "audio"]


@dataclass(frozen=True)
class Field:
    name: str  # the YAML key
    kind: Kind
    required: bool
    label: str  # Vietnamese, as a clerk reads it (messages, lists, docs)
    header: str = ""  # the workbook column header noticeboard writes ("" = no column)
    aliases: tuple[str, ...] = ()  # folded header spellings read (see ``column_key``)
    translatable: bool = False  # may appear under translations: <lang>:
    doc: str = ""
    board: bool = False  # printed in the procedure's block on the board (not only on its sheet)
    sheet: bool = False  # printed on the procedure's sheet (a change to it is a new sheet to post)

    @property
    def textual(self) -> bool:
        """A text or list of texts: what official: may restate."""
        return self.kind in ("text", "by_channel", "list", "papers")


FIELDS: tuple[Field, ...] = (
    Field("code", "code", True, "Mã thủ tục", "Mã thủ tục",
          ("ma thu tuc", "ma tthc", "ma so tthc", "ma so", "ma"),
          doc='national code, unique in the catalogue: "1.001193" (a case adds ".01")'),
    Field("name", "text", True, "Tên thủ tục", "Tên thủ tục",
          ("ten thu tuc hanh chinh", "ten thu tuc", "ten tthc", "thu tuc hanh chinh"), True,
          doc="the procedure's name", board=True, sheet=True),
    Field("field", "text", True, "Lĩnh vực", "Lĩnh vực", ("linh vuc",), True,
          doc="lĩnh vực: used to group and to browse", sheet=True),
    Field("agency", "text", True, "Cơ quan thực hiện", "Cơ quan thực hiện",
          ("co quan thuc hien", "co quan giai quyet", "don vi thuc hien", "noi tiep nhan", "co quan"),
          True, doc="cơ quan thực hiện / nơi nộp", board=True, sheet=True),
    Field("time", "by_channel", True, "Thời hạn giải quyết", "Thời hạn giải quyết",
          ("thoi han giai quyet", "thoi gian giai quyet", "thoi han"), True,
          doc="thời hạn giải quyết: a text, or one per channel ({direct: ..., online: ...})", board=True, sheet=True),
    Field("fee", "by_channel", True, "Phí, lệ phí", "Phí, lệ phí", ("phi le phi", "le phi", "phi"), True,
          doc="phí, lệ phí: a text (often set by the province), or one per channel", board=True, sheet=True),
    # Where people hand the file in is not who decides it: a decision's annex gives "Địa điểm
    # thực hiện" (Trung tâm Phục vụ hành chính công xã) for a procedure the agency (Công an xã,
    # UBND xã) decides, so the two are kept apart (printed on the sheet, not on the board).
    Field("place", "text", False, "Địa điểm thực hiện", "Địa điểm thực hiện",
          ("dia diem thuc hien", "dia diem tiep nhan", "dia diem nop", "dia diem", "noi nop ho so"), True,
          doc="địa điểm thực hiện: where the file is handed in, when the annex names it", sheet=True),
    Field("documents", "papers", False, "Thành phần hồ sơ", "Thành phần hồ sơ",
          ("thanh phan ho so", "ho so", "giay to"), True,
          doc="papers to bring, each a text or {paper: ..., items: [...]}; may be empty: the sheet "
              "then says where to read them", sheet=True),
    Field("online", "online", False, "Nộp trực tuyến",
          doc="link to the portal page (url or id) and scope; absent: look-up QR or in person", board=True, sheet=True),
    Field("steps", "list", False, "Trình tự thực hiện", "Trình tự thực hiện",
          ("trinh tu thuc hien", "trinh tu"), True, doc="trình tự thực hiện", sheet=True),
    Field("channels", "channels", False, "Cách thức thực hiện", "Cách thức thực hiện",
          ("cach thuc thuc hien", "cach thuc"), doc="direct, postal, online", board=True, sheet=True),
    Field("result", "text", False, "Kết quả", "Kết quả thực hiện", ("ket qua thuc hien", "ket qua"),
          True, doc="kết quả", sheet=True),
    Field("who", "text", False, "Đối tượng thực hiện", "Đối tượng thực hiện",
          ("doi tuong thuc hien", "doi tuong"), True, doc="đối tượng thực hiện"),
    Field("conditions", "text", False, "Yêu cầu, điều kiện", "Yêu cầu, điều kiện",
          ("yeu cau dieu kien", "dieu kien"), True, doc="yêu cầu, điều kiện"),
    Field("forms", "list", False, "Mẫu đơn, tờ khai", "Mẫu đơn, tờ khai",
          ("mau don to khai", "mau don", "to khai"), True, doc="mẫu đơn, tờ khai"),
    Field("legal_basis", "list", False, "Căn cứ pháp lý", "Căn cứ pháp lý", ("can cu phap ly",),
          doc="căn cứ pháp lý"),
    Field("effective_from", "date", False, "Hiệu lực từ", "Hiệu lực từ",
          ("hieu luc tu", "ngay hieu luc", "co hieu luc tu", "ngay co hieu luc"),
          doc="in force from this date on (a YAML date, dd/mm/yyyy or yyyy-mm-dd)"),
    Field("effective_until", "date", False, "Hết hiệu lực từ", "Hết hiệu lực từ",
          ("het hieu luc tu", "ngay het hieu luc", "het hieu luc", "bai bo tu", "ngay bai bo"),
          doc="not in force from this date on (abolished)"),
    Field("replaced_by", "code", False, "Thay thế bởi", "Thay thế bởi",
          ("thay the boi", "duoc thay the boi", "thu tuc thay the"),
          doc="the procedure that replaces it"),
    Field("decision", "text", False, "Quyết định công bố", "Quyết định công bố",
          ("quyet dinh cong bo", "so quyet dinh", "quyet dinh"), doc="the decision that published it"),
    Field("official", "official", False, "Văn bản chính thức",
          doc="the official wording of any text field, when the posted one is the commune's own"),
    Field("translations", "translations", False, "Bản dịch",
          doc="extra languages, keyed by a short tag: any translatable field", sheet=True),
    Field("audio", "audio", False, "Bản ghi âm",
          doc="recorded readings played on the kiosk: a language tag (vi, tay, dao, mong, any tag) → "
              "a sound file in the project folder (mp3, ogg, m4a or wav, at most 20 MB)"),
)

BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}

# The parts of online: (key, workbook header, aliases). ``url`` or ``id``, with ``scope``.
ONLINE_PARTS: tuple[Field, ...] = (
    Field("url", "text", False, "Đường dẫn", "Đường dẫn",
          ("duong dan", "link dvc", "link", "lien ket", "dia chi dvc"), doc="the portal page"),
    Field("id", "text", False, "ID thủ tục", "ID thủ tục",
          ("id thu tuc", "ma dinh danh", "formality id", "id"), doc="the portal page's id (a UUID)"),
    Field("scope", "text", False, "Mức độ", "Mức độ",
          ("muc do dvc", "muc do dich vu cong", "dich vu cong truc tuyen", "muc do"),
          doc="full (toàn trình) | partial (một phần)"),
)
PORTAL_PAGE = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/{id}"
PORTAL_SEARCH = "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword={code}"
SCOPES = ("full", "partial")
CHANNELS = ("direct", "postal", "online")

REQUIRED: tuple[str, ...] = tuple(f.name for f in FIELDS if f.required)
ORDER: tuple[str, ...] = tuple(f.name for f in FIELDS)  # catalogue key order (formats.md)
TRANSLATABLE: tuple[str, ...] = tuple(f.name for f in FIELDS if f.translatable)
BOARD: tuple[str, ...] = tuple(f.name for f in FIELDS if f.board)  # what a board block prints
OFFICIAL: tuple[str, ...] = tuple(f.name for f in FIELDS if f.textual)
LISTS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.kind in ("list", "papers"))
TEXTS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.kind in ("text", "by_channel"))
BY_CHANNEL: tuple[str, ...] = tuple(f.name for f in FIELDS if f.kind == "by_channel")
# The channel keys of a per-channel value, and the words a workbook cell names them with
# ("Trực tiếp: 1 ngày làm việc"); the first word is the one written and printed.
CHANNEL_WORDS: dict[str, tuple[str, ...]] = {
    "direct": ("Trực tiếp",), "postal": ("Bưu chính", "Qua bưu chính", "Bưu điện", "Qua bưu điện"),
    "online": ("Trực tuyến", "Qua mạng")}

# The official wording in a workbook: a column per text field, its header followed by this
# ("Thành phần hồ sơ (văn bản gốc)"), read into official: <field>.
OFFICIAL_HEADER = "{header} (văn bản gốc)"
OFFICIAL_ALIASES = ("van ban goc", "chinh thuc", "nguyen van")


def official_columns() -> tuple[Field, ...]:
    """The workbook columns of official: ("official.documents", "Thành phần hồ sơ (văn bản gốc)")."""
    out = []
    for name in OFFICIAL:
        f = BY_NAME[name]
        if f.header:
            aliases = tuple(f"{a} {o}" for a in f.aliases for o in OFFICIAL_ALIASES)
            out.append(Field(f"official.{name}", f.kind, False, f"{f.label} (văn bản gốc)",
                             OFFICIAL_HEADER.format(header=f.header), aliases,
                             doc=f"the official wording of {name}"))
    return tuple(out)
DATES: tuple[str, ...] = tuple(f.name for f in FIELDS if f.kind == "date")


def columns() -> tuple[Field, ...]:
    """Every workbook column of a catalogue, in order (online's parts where online stands,
    official's columns where official stands)."""
    out: list[Field] = []
    for f in FIELDS:
        if f.kind == "online":
            out += ONLINE_PARTS
        elif f.kind == "official":
            out += official_columns()
        elif f.header:
            out.append(f)
    return tuple(out)


def named(name: str, cell: str | None) -> str:
    """Field ``name`` ("documents", "official.documents") as a hint names it to the user: in a
    workbook (``cell``: where its row is) its column, 'column "Thành phần hồ sơ" of sheet Thủ
    tục'; in YAML its key, "documents:"."""
    header = next((f.header for f in columns() if f.name == name), "")
    if cell is None or not header:
        return say("named.key", key=name.replace(".", ": "))  # "official: documents:"
    return place_named(header, cell)


def header_aliases() -> dict[str, tuple[str, ...]]:
    """Column key -> folded header spellings ("url", "id", "scope" for online's parts)."""
    return {f.name: f.aliases for f in columns()}


K = TypeVar("K")


def match_header(folded: str, aliases: Mapping[K, tuple[str, ...]]) -> K | None:
    """The key whose alias equals ``folded``, else whose alias ``folded`` starts with (the
    longest such alias: "ma dinh danh" is the id, not a "ma ..." code)."""
    best: tuple[int, K] | None = None
    for key, spellings in aliases.items():
        for a in spellings:
            if folded == a:
                return key
            if folded.startswith(a + " ") and (best is None or len(a) > best[0]):
                best = (len(a), key)
    return best[1] if best else None


_DMY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(value: Any) -> dt.date | None:
    """A date as users write it: a date (Excel, YAML), day/month/year with "/", "." or "-"
    (04/09/2026, 04.09.2026, 4-9-2026, 04/09/26) or yyyy-mm-dd; None when it is none of
    these (or no real day)."""
    return read_date(value)[0]


def read_date(value: Any) -> tuple[dt.date | None, str | None]:
    """The date and, when the text could be read another way, why it was read so: "year"
    (a two-digit year, 26 -> 2026). Day first always: 04.13.2026 is no date."""
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if not isinstance(value, str):
        return None, None
    text = value.strip()
    try:
        if m := _DMY.fullmatch(text):
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            note = None
            if len(m.group(3)) == 2:
                year, note = 2000 + year, "year"
            return dt.date(year, month, day), note
        if m := _ISO.fullmatch(text):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
    except ValueError:
        return None, None
    return None, None
