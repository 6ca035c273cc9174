"""Written procedure text → the words an announcer reads out on the village loudspeaker.

Nothing is left for the reader to work out: every digit becomes words (amounts, times, dates,
ranges, codes digit by digit, phone numbers in groups), abbreviations and signs are said in full
("UBND" → "Ủy ban nhân dân", "đ" → "đồng", "≤" → "không quá", "%" → "phần trăm",
"đồng/bản" → "đồng một bản"). One pass of one regular expression over the text, so a piece
that has been read (a date, a phone number) is never read again by a later rule.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

from .numbers import DIGITS, read_decimal, read_digits, read_number, read_phone

# Said in full wherever they stand as a word (case matters: "TT" is thông tư, "tt" is not).
ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "TTHC": "thủ tục hành chính",
    "BHYT": "bảo hiểm y tế",
    "BHXH": "bảo hiểm xã hội",
    "CCCD": "căn cước công dân",
    "CMND": "chứng minh nhân dân",
    "CMTND": "chứng minh thư nhân dân",
    "GCN": "giấy chứng nhận",
    "QSDĐ": "quyền sử dụng đất",
    "SĐT": "số điện thoại",
    "ĐT": "điện thoại",
    "DVC": "dịch vụ công",
    "STT": "số thứ tự",
    "NĐ-CP": "nghị định của Chính phủ",
    "NĐ": "nghị định",
    "QĐ": "quyết định",
    "TT": "thông tư",
    "NQ": "nghị quyết",
    "TP": "thành phố",
    "Tp.": "thành phố",
    "v.v.": "vân vân",
    "VNeID": "Vê en e ai đi",
}
# The issuer at the end of a document number ("123/2015/NĐ-CP", "60/2014/QH13").
ISSUERS: dict[str, str] = {
    "CP": "Chính phủ", "TTg": "Thủ tướng Chính phủ", "QH": "Quốc hội", "BTP": "Bộ Tư pháp",
    "BTC": "Bộ Tài chính", "BCA": "Bộ Công an", "BYT": "Bộ Y tế", "BNV": "Bộ Nội vụ",
    "BLĐTBXH": "Bộ Lao động, Thương binh và Xã hội", "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BXD": "Bộ Xây dựng", "BGDĐT": "Bộ Giáo dục và Đào tạo", "NHNN": "Ngân hàng Nhà nước",
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "UBTVQH": "Ủy ban Thường vụ Quốc hội",
}
DOCUMENT_KINDS = {"NĐ": "", "TT": "", "QĐ": "", "NQ": "", "L": "", "PL": "", "CT": ""}
SIGNS: dict[str, str] = {
    "≤": "không quá", "≥": "ít nhất", "<": "dưới", ">": "trên", "=": "bằng", "&": "và",
    "%": "phần trăm", "~": "khoảng", "×": "nhân", "+": "cộng", "#": "số", "№": "số",
    "°": "độ", "…": "", "*": "", "•": "", "→": "rồi", "@": "a còng",
}
LETTERS: dict[str, str] = {
    "A": "a", "Ă": "á", "Â": "ớ", "B": "bê", "C": "xê", "D": "dê", "Đ": "đê", "E": "e", "Ê": "ê",
    "F": "ép", "G": "giê", "H": "hát", "I": "i", "J": "gi", "K": "ca", "L": "e lờ", "M": "em mờ",
    "N": "en nờ", "O": "o", "Ô": "ô", "Ơ": "ơ", "P": "pê", "Q": "quy", "R": "e rờ", "S": "ét xì",
    "T": "tê", "U": "u", "Ư": "ư", "V": "vê", "W": "vê kép", "X": "ích xì", "Y": "i dài", "Z": "dét",
}
MONTHS = {4: "tư"}  # "tháng tư", not "tháng bốn"
# After one of these, "/" means "per": "8.000 đồng/bản" → "tám nghìn đồng một bản".
UNITS = ("đồng", "đ", "người", "lần", "trang", "bản", "ngày", "tháng", "năm", "giờ", "hồ sơ",
         "trường hợp", "việc", "thẻ", "giấy", "bộ", "km", "m2", "m²", "ha", "kg")

_WORD = r"[^\W\d_]"  # a letter, any script
_N = r"\d+(?:\.\d{3})*"  # a whole number, dots as thousands separators


def spell(letters: str) -> str:
    """Capital letters one by one: "CT" → "xê tê"."""
    return " ".join(LETTERS.get(ch, ch) for ch in letters)


def _number(text: str) -> str:
    """A number as written: "8.000" (dots between thousands), "2,5", "02" (a count: "hai")."""
    if "," in text:
        return read_decimal(text.replace(".", ""))
    return read_number(int(text.replace(".", "")))


def _phone(m: re.Match) -> str:
    digits = sum(ch.isdigit() for ch in m.group(0))
    if 9 <= digits <= 12:
        return read_phone(m.group(0))
    return " ".join(_number(part) for part in re.split(r"[ .]", m.group(0)) if part)


def _code(m: re.Match) -> str:
    return " chấm ".join(read_digits(part) for part in m.group(0).split("."))


def _issuer(suffix: str) -> str:
    """"NĐ-CP" → "của Chính phủ"; "QH13" → "của Quốc hội khóa mười ba"; unknown parts spelled."""
    words = []
    for part in suffix.split("-"):
        letters, digits = re.fullmatch(r"(\D*)(\d*)", part).groups()  # type: ignore[union-attr]
        if letters in DOCUMENT_KINDS and not digits and part != suffix.split("-")[-1]:
            continue  # the kind was said before the number ("Nghị định 123/2015/NĐ-CP")
        said = ISSUERS.get(letters) or ABBREVIATIONS.get(letters) or spell(letters)
        words.append(said + (f" khóa {read_number(int(digits))}" if digits else ""))
    return "của " + ", ".join(words)


def _legal(m: re.Match) -> str:
    number, year, suffix = m.group("ln"), m.group("ly"), m.group("ls")
    before = m.string[:m.start()].rstrip().lower()
    head = "" if before.endswith("số") else "số "
    # a document number is a number even when written "04": "số bốn năm hai nghìn..."
    said = " chấm ".join(read_number(int(part)) for part in re.findall(r"\d+", number))
    # "123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ": the issuer is said right after anyway
    issuer = "" if re.match(r"\s*(?:ngày [\d/ ]+)?của\b", m.string[m.end():]) else " " + _issuer(suffix)
    return f"{head}{said} năm {read_number(int(year))}{issuer}"


def _date(m: re.Match) -> str:
    day, month, year = (int(m.group(g)) for g in ("dd", "dm", "dy"))
    before = m.string[:m.start()].rstrip().lower()
    head = "" if before.endswith("ngày") else "ngày "
    return f"{head}{read_number(day)} tháng {MONTHS.get(month, read_number(month))} năm {read_number(year)}"


def _month_year(m: re.Match) -> str:
    month, year = int(m.group("mm")), int(m.group("my"))
    before = m.string[:m.start()].rstrip().lower()
    head = "" if before.endswith("tháng") else "tháng "
    return f"{head}{MONTHS.get(month, read_number(month))} năm {read_number(year)}"


def _time(m: re.Match) -> str:
    hours, minutes = int(m.group("th")), m.group("tm")
    said = f"{read_number(hours)} giờ"
    if minutes and int(minutes):
        said += f" {read_number(int(minutes))} phút"
    return said


def _letters_digits(m: re.Match) -> str:
    letters, digits = m.group("al"), m.group("ad")
    # a form or series code ("CT01"): its digits one by one, as written
    return f"{spell(letters)} {read_digits(digits)}"


def _slash(m: re.Match) -> str:
    before = m.string[:m.start()].rstrip()
    after = m.string[m.end():]
    if re.search(r"\d$", before) and re.match(r"\s*\d", after):
        return " trên "  # 3/4
    if any(re.search(rf"(?<!\w){re.escape(u)}$", before, re.IGNORECASE) for u in UNITS):
        return " một "  # per
    return " hoặc "  # "cha/mẹ"


def _sign(m: re.Match) -> str:
    said = SIGNS[m.group(0)]
    return f" {said} " if said else " "


def _abbreviation(m: re.Match) -> str:
    return ABBREVIATIONS[m.group(0)]


_ABBR = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
# Earlier alternatives win where two could start at the same place.
RULES: list[tuple[str, str, Callable[[re.Match], str]]] = [
    ("legal", rf"(?P<ln>\d+(?:\.\d+)?[a-z]?)/(?P<ly>\d{{4}})/(?P<ls>[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ][A-Za-zĐđ]*)*\d*)", _legal),
    ("date", r"(?<![\d/])(?P<dd>\d{1,2})/(?P<dm>\d{1,2})/(?P<dy>\d{4})(?![\d/])", _date),
    ("monthyear", r"(?<![\d/])(?P<mm>\d{1,2})/(?P<my>\d{4})(?![\d/])", _month_year),
    ("phone", r"(?<![\d.,])(?:\+84[ .]?|0)\d{2,4}(?:[ .]\d{2,4}){1,3}(?![\d,]|\.\d)|(?<![\d.,])0\d{8,10}(?![\d,])", _phone),
    ("code", r"(?<![\d.])\d\.\d{6}(?:\.\d{2})?(?![\d])", _code),
    ("time", r"(?<![\d.,])(?P<th>\d{1,2})h(?P<tm>\d{2})?(?![^\W\d_]|\d)", _time),
    ("lettersdigits", rf"(?<![\w])(?P<al>[A-ZĐ]{{1,5}})(?P<ad>\d+)(?![\w])", _letters_digits),
    ("number", rf"(?<![\w.]){_N}(?:,\d+)?(?![\d])|\d+", lambda m: _number(m.group(0))),
    ("dong", r"(?<=\d)\s?đ(?![\w])", lambda m: " đồng"),
    ("abbr", rf"(?<![\w.])(?:{_ABBR})(?![\w-])", _abbreviation),
    ("range", r"(?<=\d)\s?[–—-]\s?(?=\d)|(?<=\dh)\s?[–—-]\s?(?=\d)", lambda m: " đến "),
    ("slash", r"\s*/\s*", _slash),
    ("sign", "|".join(re.escape(s) for s in SIGNS), _sign),
]
_MASTER = re.compile("|".join(f"(?P<r_{name}>{pattern})" for name, pattern, _ in RULES))
_HANDLERS = {f"r_{name}": (re.compile(pattern), fn) for name, pattern, fn in RULES}


def _replace(m: re.Match) -> str:
    pattern, fn = _HANDLERS[m.lastgroup or ""]
    # re-match the rule alone so its own named groups are filled; lookbehinds still see the text
    inner = pattern.match(m.string, m.start(), m.end())
    return " " + fn(inner or m) + " "


def speakable(text: str) -> str:
    """``text`` as it should be read aloud: no digit, abbreviation or sign left to interpret."""
    text = unicodedata.normalize("NFC", text)
    # Bullets of official prose ("- ", "+ " at a line start) are pauses, not signs.
    text = re.sub(r"(?m)^\s*[-+•]\s+", "", text)
    # A note after a sentence's full stop belongs to it: "…do cơ quan lập. (1 bản chính)" is
    # read "…do cơ quan lập, một bản chính.", not as a sentence of its own.
    text = re.sub(r"\.\s*(\([^()]*\))", r" \1.", text)
    text = _MASTER.sub(_replace, text)
    text = text.replace("(", ", ").replace(")", ", ").replace("[", ", ").replace("]", ", ")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" [–—] ", ", ", text)  # a dash between words is a pause
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*,)+", r"\1", text)  # ", ," left by brackets
    text = re.sub(r",\s*([.;:])", r"\1", text)
    text = re.sub(r"([.;:!?])\s*,", r"\1", text)
    text = re.sub(r"^[\s,]+|[\s,]+$", "", text)
    return text


def unread(text: str) -> list[str]:
    """What an announcer would still have to interpret in ``text`` (digits, signs, abbreviations):
    the check the tests (and ``announce``) run on every script."""
    left = re.findall(r"\d+", text)
    left += [ch for ch in text if ch in SIGNS or ch == "/"]
    left += re.findall(rf"(?<![\w.])(?:{_ABBR})(?![\w-])", text)
    return left


__all__ = ["speakable", "unread", "spell", "DIGITS"]
