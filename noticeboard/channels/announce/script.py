"""The words of a commune's loudspeaker script, every one as it is said (see spoken/).

Plain model in, plain text out: the writer (write.py) puts it in a .txt and an A4 PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ... import model as m
from ...errors import OutputError
from ...messages import say
from ...plan.apply import handed_in_at, how_to_apply
from ...plan.posted import commune_procedures
from ...slug import lower_first
from ..spoken.numbers import read_number, read_phone
from ..spoken.text import speakable, unread

ORDINALS = {1: "nhất", 4: "tư"}  # "thứ nhất", "thứ tư"; else "thứ" + the number


def ordinal(n: int) -> str:
    return "thứ " + ORDINALS.get(n, read_number(n))


@dataclass(frozen=True)
class Part:
    heading: str  # said too: "Thủ tục thứ nhất: Đăng ký khai sinh"
    sentences: tuple[str, ...]
    code: str | None = None  # the procedure read out, for the listing

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


@dataclass(frozen=True)
class Script:
    commune: m.Commune
    title: str
    date_line: str
    parts: tuple[Part, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.parts if p.code)

    def text(self) -> str:
        blocks = [self.title.upper(), self.date_line]
        blocks += [f"{p.heading}\n{p.text}" for p in self.parts]
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


def _date(day: dt.date) -> str:
    month = "tư" if day.month == 4 else read_number(day.month)
    return f"ngày {read_number(day.day)} tháng {month} năm {read_number(day.year)}"


def _procedure(n: int, p: m.Procedure, office: m.Office) -> Part:
    say = lambda text, field: _said(text, f"{p.code} {field}")  # noqa: E731
    elsewhere = handed_in_at(p, office)  # "Công an xã": where the catalogue says it is handled
    sentences = [_sentence(f"Nơi giải quyết: {say(p.agency, 'agency')}"),
                 _sentence(f"Bà con nộp hồ sơ tại {say(elsewhere or office.name, 'office')}")]
    if p.documents:
        items = [f"{ordinal(i)}, {lower_first(say(d, 'documents').rstrip('.;, '))}"
                 for i, d in enumerate(p.documents, 1)]
        sentences.append(_sentence("Giấy tờ cần mang theo: " + "; ".join(items)))
    else:
        sentences.append("Giấy tờ cần mang: bà con xem ở bảng niêm yết tại nhà văn hóa thôn, "
                         "hoặc hỏi cán bộ xã.")
    sentences.append(_sentence(f"Thời hạn giải quyết: {lower_first(say(p.time, 'time'))}"))
    sentences.append(_sentence(f"Phí, lệ phí: {lower_first(say(p.fee, 'fee'))}"))
    code = _said(p.code, p.code)
    if p.online:  # its own page (a look-up QR only finds it: say the code)
        sentences.append(_sentence("Thủ tục này cũng nộp được trên mạng, tại Cổng dịch vụ công quốc "
                                   f"gia: quét mã QR trên bảng niêm yết, hoặc tìm mã thủ tục {code}"))
    elif how_to_apply(p).online:  # online in the catalogue, no link yet: the QR looks it up
        sentences.append(_sentence("Thủ tục này cũng làm được trên mạng, tại Cổng dịch vụ công quốc gia: "
                                   f"quét mã QR trên bảng niêm yết để tìm thủ tục, hoặc tìm mã thủ tục {code}"))
    else:
        sentences.append(_sentence(f"Mã thủ tục để tra cứu: {code}"))
    return Part(f"Thủ tục {ordinal(n)}: {say(p.name, 'name')}.", tuple(sentences), p.code)


def commune_script(project: m.Project, commune: m.Commune, day: dt.date) -> Script:
    """The script for one commune: introduction, one part per posted procedure, how to ask."""
    office = commune.office
    procedures = commune_procedures(project, commune, day)
    where = lower_first(commune.name)
    names = "; ".join(lower_first(_said(p.name, f"{p.code} name")) for p in procedures)
    intro = (
        f"Kính thưa bà con nhân dân {where}.",
        f"Sau đây, {_said(office.name, 'office')} xin thông báo cách làm "
        f"{read_number(len(procedures))} thủ tục hành chính bà con hay cần đến: {names}.",
        _sentence(f"Nơi nộp hồ sơ: {_said(office.name, 'office')}, địa chỉ: {_said(office.address, 'address')}"),
        "Xin bà con chú ý lắng nghe, nhớ những giấy tờ cần mang theo khi đi làm thủ tục.",
    )
    phone = read_phone(office.phone)
    ask = (
        f"Bà con cần hỏi thêm, xin gọi điện thoại cho {_said(office.name, 'office')}, số: {phone}.",
        _sentence(f"Giờ làm việc: {lower_first(_said(office.hours, 'hours'))}"),
        "Bà con cũng có thể hỏi trưởng thôn, hoặc xem bảng niêm yết tại nhà văn hóa thôn.",
        f"Xin nhắc lại số điện thoại: {phone}.",
        "Xin cảm ơn bà con đã lắng nghe.",
    )
    parts = [Part("Lời mở đầu.", intro)]
    parts += [_procedure(i, p, office) for i, p in enumerate(procedures, 1)]
    parts.append(Part("Cách hỏi thêm.", ask))
    return Script(commune, f"Bài đọc trên loa truyền thanh: {commune.name}",
                  f"Thông báo về thủ tục hành chính, soạn {_date(day)}.", tuple(parts))
