"""Vietnamese number reading, as an announcer says numbers on the village loudspeaker.

Northern usage (Tuyên Quang): "linh" for a zero tens digit (105 → "một trăm linh năm"; the
southern "lẻ" with ``zero_tens="lẻ"``), "nghìn" for thousands. The rules that differ from a
word-per-digit reading:

- tens: "mười" for 10–19, "<digit> mươi" from 20 (20 → "hai mươi");
- units: 1 is "mốt" after "mươi" (21 → "hai mươi mốt") but "một" after "mười" or "linh";
  5 is "lăm" after any tens word (15 → "mười lăm", 25 → "hai mươi lăm") but "năm" after "linh";
  4 stays "bốn" (the "tư" of 24 is optional and less clear over a loudspeaker);
- groups of three under a larger one say their empty hundreds: 1.005 → "một nghìn không trăm
  linh năm", 2.010.000 → "hai triệu không trăm mười nghìn"; an all-zero group is skipped;
- nghìn (10³), triệu (10⁶), tỷ (10⁹); above that the count of tỷ is read again
  (10¹² → "một nghìn tỷ").
"""

from __future__ import annotations

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
SCALES = ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"))


def _below_hundred(n: int, zero_tens: str) -> str:
    """1–99 as a group's last two digits, after a hundreds digit when ``zero_tens`` applies."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return f"{zero_tens} {DIGITS[units]}" if zero_tens else DIGITS[units]
    head = "mười" if tens == 1 else f"{DIGITS[tens]} mươi"
    if units == 0:
        return head
    if units == 1 and tens > 1:
        return f"{head} mốt"
    if units == 5:
        return f"{head} lăm"
    return f"{head} {DIGITS[units]}"


def _group(n: int, full: bool, zero_tens: str) -> str:
    """0 < n < 1000; ``full``: a group under a larger one, so an empty hundreds is said."""
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds or full:
        words.append(f"{DIGITS[hundreds]} trăm")
    if rest:
        words.append(_below_hundred(rest, zero_tens if words else ""))
    return " ".join(words)


def read_number(n: int, zero_tens: str = "linh") -> str:
    """A whole number in words: 8000 → "tám nghìn", 1_000_005 → "một triệu không trăm linh năm"."""
    if n < 0:
        return "âm " + read_number(-n, zero_tens)
    if n == 0:
        return DIGITS[0]
    words: list[str] = []
    for size, name in SCALES:
        if n >= size:
            high, n = divmod(n, size)
            # the count of a scale is itself a number: 10¹² is "một nghìn tỷ"
            head = read_number(high, zero_tens) if high >= 1000 else _group(high, bool(words), zero_tens)
            words.append(f"{head} {name}")
    if n:
        words.append(_group(n, bool(words), zero_tens))
    return " ".join(words)


def read_decimal(text: str, zero_tens: str = "linh") -> str:
    """A written decimal "2,5" (Vietnamese comma) → "hai phẩy năm"; the digits after the comma
    are read as a number, or digit by digit when they start with 0 ("1,05" → "một phẩy không năm")."""
    whole, _, part = text.partition(",")
    head = read_number(int(whole), zero_tens)
    if not part:
        return head
    tail = read_digits(part) if part.startswith("0") else read_number(int(part), zero_tens)
    return f"{head} phẩy {tail}"


def read_digits(text: str) -> str:
    """Each digit on its own, for codes and numbers with leading zeros: "001" → "không không một"."""
    return " ".join(DIGITS[int(ch)] for ch in text if ch.isdigit())


def read_phone(text: str) -> str:
    """A phone number digit by digit in groups (a comma between groups is a pause): the groups
    as written ("0207 3870 101"), else 4-3-3 for a mobile, 4-4-3 for a landline."""
    digits = "".join(ch for ch in text if ch.isdigit())
    groups = [g for g in "".join(ch if ch.isdigit() else " " for ch in text).split()]
    if len(groups) < 2:
        cuts = (4, 3, 3) if len(digits) <= 10 else (4, 4, 3)
        groups, at = [], 0
        for size in cuts:
            if at < len(digits):
                groups.append(digits[at:at + size])
                at += size
        if at < len(digits):
            groups[-1] += digits[at:]
    prefix = "cộng " if text.strip().startswith("+") else ""
    return prefix + ", ".join(read_digits(g) for g in groups)
