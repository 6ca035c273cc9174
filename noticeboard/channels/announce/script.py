"""The words of a commune's loudspeaker bulletins, every one as it is said (see spoken/).

Plain model in, plain text out: the writer (write.py) puts each bulletin in a .txt and an A4 PDF.
A bulletin keeps to its air time (``budget.py``): a procedure whose papers take too long reads
the first ones whole and says where the others are; procedures beyond one bulletin's time go
to the next bulletin, numbered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ... import model as m
from ...errors import OutputError
from ...labels import LABELS
from ...messages import say
from ...plan.apply import handed_in_at, how_to_apply
from ...plan.village import build_date
from ...slug import lower_first
from ..spoken.numbers import read_number, read_phone
from ..spoken.text import speakable, unread
from ..spoken.timing import minutes_seconds, seconds

ORDINALS = {1: "nhất", 4: "tư"}  # "thứ nhất", "thứ tư"; else "thứ" + the number
# Said when papers are left out of the reading, and when none is read: fixed sentences (the
# tests accept these, and whole papers, as the only sentences about papers).
PAPERS_MORE = "Và một số giấy tờ khác: xem tờ niêm yết tại nhà văn hóa thôn hoặc hỏi cán bộ."
PAPERS_NONE = "Giấy tờ cần mang: bà con xem ở bảng niêm yết tại nhà văn hóa thôn, hoặc hỏi cán bộ xã."
PAPERS_LEAD = "Giấy tờ cần mang theo:"
# The catalogue lists no papers: the sheet says to ask too, so the listener is not sent to read it.
PAPERS_UNLISTED = ("Giấy tờ cần mang: chưa ghi trong danh mục; bà con hỏi cán bộ xã trước khi đi, "
                   "theo số điện thoại ở cuối bản tin.")


def ordinal(n: int) -> str:
    return "thứ " + ORDINALS.get(n, read_number(n))


def heading(n: int, name: str) -> str:
    return f"Thủ tục {ordinal(n)}: {name}."


# A procedure is timed under the longest heading it may get ("thứ chín mươi chín"): its place
# in a bulletin is only known once the bulletins are made.
LONGEST = 99


@dataclass(frozen=True)
class Part:
    heading: str  # said too: "Thủ tục thứ nhất: Đăng ký khai sinh."
    sentences: tuple[str, ...]
    code: str | None = None  # the procedure read out, for the listing
    name: str = ""  # the procedure's name as said
    papers: int = 0  # the procedure's papers to bring
    papers_read: int = 0  # of them, read out whole (the others: PAPERS_MORE)

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    @property
    def seconds(self) -> float:
        return seconds(f"{self.heading} {self.text}")

    def numbered(self, n: int) -> Part:
        return replace(self, heading=heading(n, self.name))


@dataclass(frozen=True)
class Script:
    """One bulletin: read in one go, within the air time it was made for."""

    commune: m.Commune
    title: str
    lines: tuple[str, ...]  # under the title, for the announcer: the date, the reading time
    parts: tuple[Part, ...]
    number: int = 1  # "Bản tin số 2" of ``count``
    count: int = 1

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.parts if p.code)

    @property
    def slug(self) -> str:
        """The file name: <commune>.txt, then <commune>-2.txt for the second bulletin."""
        return self.commune.slug if self.number == 1 else f"{self.commune.slug}-{self.number}"

    @property
    def seconds(self) -> float:
        """Everything in the text, the title too: the announcer may read it out."""
        return seconds(self.text())

    def text(self) -> str:
        blocks = [self.title.upper(), "\n".join(self.lines)]
        blocks += [p.heading + "".join(f"\n{s}" for s in p.sentences) for p in self.parts]
        return "\n\n".join(blocks) + "\n"


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".;,: ")
    return text[:1].upper() + text[1:] + "."


def _said(text: str, where: str) -> str:
    said = speakable(text)
    left = unread(said)
    if left:  # a rule is missing: never hand the announcer something to work out
        raise OutputError(say("not_read_aloud", where=where, left=", ".join(repr(x) for x in left), text=repr(text)))
    return said


def _made(day: dt.date) -> str:
    """The line under the title: the day it is written, or, made for another day (the app's and
    the CLI's --date), that day: a bulletin for a later day names procedures not yet in force."""
    today = build_date()
    if day > today:
        return f"Thông báo về thủ tục hành chính có hiệu lực {_date(day)}: chỉ đọc từ ngày đó."
    if day < today:
        return f"Thông báo về thủ tục hành chính, theo danh mục {_date(day)}."
    return f"Thông báo về thủ tục hành chính, soạn {_date(day)}."


def _date(day: dt.date) -> str:
    month = "tư" if day.month == 4 else read_number(day.month)
    return f"ngày {read_number(day.day)} tháng {month} năm {read_number(day.year)}"


# A value that differs by channel is said a sentence per channel, the label in each:
# "Thời hạn giải quyết khi nộp trực tuyến: ba ngày làm việc." (never one joined line).
SAID_CHANNELS = {"direct": "nộp trực tiếp", "postal": "gửi qua bưu chính", "online": "nộp trực tuyến"}


def _by_channel(label: str, parts: tuple[tuple[str | None, str], ...], say) -> list[str]:
    return [_sentence(f"{label}{f' khi {SAID_CHANNELS[c]}' if c else ''}: {lower_first(say(text))}")
            for c, text in parts]


def _paper(paper: m.Paper, say) -> str:
    """A paper as said: its text, then its items ("…một trong các giấy tờ sau: hộ chiếu; thẻ
    căn cước; …"), one sentence with its list."""
    said = lower_first(say(paper.text, "documents").rstrip(".;, "))
    items = [lower_first(say(item, "documents").rstrip(".;, ")) for item in paper.sub_items]
    return f"{said} {'; '.join(items)}" if items else said


def procedure_part(p: m.Procedure, office: m.Office, budget: float, only_at: tuple[str, ...] = ()) -> Part:
    """A procedure's part of a bulletin (``numbered`` once placed), read within ``budget``
    seconds when it can be: all its papers, else the first ones that fit (each whole) and
    PAPERS_MORE, else PAPERS_NONE. ``only_at``: the cultural houses that post it, when only
    some of the commune's do (said first: the rest of the commune will not find its sheet)."""
    say = lambda text, field: _said(text, f"{p.code} {field}")  # noqa: E731
    elsewhere = handed_in_at(p, office)  # "Công an xã": where the catalogue says it is handled
    before = [_sentence(f"Nơi giải quyết: {say(p.agency, 'agency')}"),
              _sentence(f"Bà con nộp hồ sơ tại {say(elsewhere or office.name, 'office')}")]
    if only_at:
        houses = [lower_first(say(h, "cultural_house")) for h in only_at]
        listed = ", ".join(houses[:-1]) + " và " + houses[-1] if len(houses) > 1 else houses[0]
        before.insert(0, _sentence(f"Thủ tục này niêm yết tại {listed}"))
    # each paper is a sentence of its own, read whole or not at all: a cut clause
    # ("…thì không phải nộp") can say the opposite of the paper
    papers = [_sentence(f"{ordinal(i)}, {_paper(d, say)}") for i, d in enumerate(p.papers(), 1)]
    after = [*_by_channel("Thời hạn giải quyết", p.time_by_channel(), lambda t: say(t, "time")),
             *_by_channel("Phí, lệ phí", p.fee_by_channel(), lambda t: say(t, "fee"))]
    code = _said(p.code, p.code)
    if p.online:  # its own page (a look-up QR only finds it: say the code)
        after.append(_sentence("Thủ tục này cũng nộp được trên mạng, tại Cổng dịch vụ công quốc "
                               f"gia: quét mã QR trên bảng niêm yết, hoặc tìm mã thủ tục {code}"))
    elif how_to_apply(p).online:  # online in the catalogue, no link yet: the QR looks it up
        after.append(_sentence("Thủ tục này cũng làm được trên mạng, tại Cổng dịch vụ công quốc gia: "
                               f"quét mã QR trên bảng niêm yết để tìm thủ tục, hoặc tìm mã thủ tục {code}"))
    else:
        after.append(_sentence(f"Mã thủ tục để tra cứu: {code}"))
    name = say(p.name, "name")

    def part(k: int) -> Part:
        if not papers:
            said = [PAPERS_UNLISTED]
        elif k == 0:
            said = [PAPERS_NONE]
        else:
            said = [PAPERS_LEAD, *papers[:k]] + ([PAPERS_MORE] if k < len(papers) else [])
        return Part(heading(LONGEST, name), tuple(before + said + after), p.code, name, len(papers), k)

    # the first papers, as many as fit (fewer papers never take longer: PAPERS_MORE is short)
    for k in range(len(papers), 0, -1):
        if part(k).seconds <= budget:
            return part(k)
    return part(0)  # over budget even so when the name, time or fee are long: the caller says so


def reading_time(secs: float) -> str:
    """"khoảng chín phút": the whole minutes at or above ``secs``, in words."""
    minutes, rest = minutes_seconds(secs)
    return f"khoảng {read_number(minutes + (1 if rest else 0))} phút"


def bulletin(commune: m.Commune, day: dt.date, parts: list[Part], number: int = 1, count: int = 1,
             then: int = 0, sample: bool = False) -> Script:
    """A bulletin of ``parts`` (numbered from the first): introduction, the procedures, how to
    ask; ``number`` of ``count`` when there are several, ``then`` procedures in the next one.
    ``sample`` (the bundled sample): marked under the title, and said first and last, so
    whoever reads it out tells the listeners it is not a real notice."""
    office = commune.office
    where = lower_first(commune.name)
    names = "; ".join(lower_first(p.name) for p in parts)
    intro = [f"Kính thưa bà con nhân dân {where}."] + ([LABELS["sample_said"]] if sample else [])
    if count > 1:
        intro.append(f"Đây là bản tin số {read_number(number)}, trong {read_number(count)} bản tin "
                     "về thủ tục hành chính.")
    intro += [
        f"Sau đây, {_said(office.name, 'office')} xin thông báo cách làm "
        f"{read_number(len(parts))} thủ tục hành chính bà con hay cần đến: {names}.",
        _sentence(f"Nơi nộp hồ sơ: {_said(office.name, 'office')}, địa chỉ: {_said(office.address, 'address')}"),
        "Xin bà con chú ý lắng nghe, nhớ những giấy tờ cần mang theo khi đi làm thủ tục.",
    ]
    phone = read_phone(office.phone)
    ask = []
    if then:
        ask.append(f"Mời bà con đón nghe bản tin số {read_number(number + 1)}, thông báo tiếp "
                   f"{read_number(then)} thủ tục khác.")
    ask += [
        f"Bà con cần hỏi thêm, xin gọi điện thoại cho {_said(office.name, 'office')}, số: {phone}.",
        _sentence(f"Giờ làm việc: {lower_first(_said(office.hours, 'hours'))}"),
        "Bà con cũng có thể hỏi trưởng thôn, hoặc xem bảng niêm yết tại nhà văn hóa thôn.",
        f"Xin nhắc lại số điện thoại: {phone}.",
        *([LABELS["sample_said_again"]] if sample else []),
        "Xin cảm ơn bà con đã lắng nghe.",
    ]
    title = f"Bài đọc trên loa truyền thanh: {commune.name}"
    if count > 1:
        title += f". Bản tin số {read_number(number)}"
    body = [Part("Lời mở đầu.", tuple(intro)), *(p.numbered(i) for i, p in enumerate(parts, 1)), Part("Cách hỏi thêm.", tuple(ask))]
    made = (*([LABELS["sample_mark_air"]] if sample else []), _made(day))
    draft = Script(commune, title, (*made, f"Đọc chậm, rõ: {reading_time(0)}."), tuple(body), number, count)
    # the line counts itself: "mười một" is a word longer than the draft's "không"
    spoken = f"Đọc chậm, rõ: {reading_time(draft.seconds + 1)}."
    return Script(commune, title, (*made, spoken), tuple(body), number, count)

