"""Phone numbers people are to call (printed on every poster): callable by the rules of
formats.md, or an error naming the value.

Accepted, with spaces, dots or dashes between digit groups: mobiles (10 digits, 03/05/07/08/09),
landlines (11 digits, 02 + area code + number), their +84 forms (the leading 0 dropped),
1800/1900 service numbers (+ 4 or 6 digits), short numbers (113, 1022); any of them optionally
followed by an extension ("máy lẻ 12").
"""

from __future__ import annotations

import re

from ..messages import say

_EXTENSION = re.compile(r"\s*[,;-]?\s*(?:máy\s+lẻ|ext\.?|ml\.?)\s*\d{1,6}\s*$", re.IGNORECASE)
_GROUPS = re.compile(r"\+?\d+(?:(?:\s*[.-]\s*|\s+)\d+)*")
_MOBILE = re.compile(r"0[35789]\d{8}")
_LANDLINE = re.compile(r"02\d{9}")
_SERVICE = re.compile(r"1[89]00(?:\d{4}|\d{6})")
_SHORT = re.compile(r"1\d{2,3}")


def phone_problem(phone: str) -> tuple[str, str] | None:
    """(message, hint) when ``phone`` cannot be called as written, else None."""
    number = _EXTENSION.sub("", phone).strip()
    if not _GROUPS.fullmatch(number):
        odd = next((ch for ch in number if not (ch.isdigit() or ch in " .-+")), None)
        if odd is None:
            return say("phone_layout", phone=phone), say("hint.phone_layout")
        return say("phone_char", phone=phone, char=odd), say("hint.phone_layout")
    digits = re.sub(r"\D", "", number)
    if number.startswith("+"):
        if not digits.startswith("84"):
            return say("phone_country", phone=phone), say("hint.phone_digits")
        digits = "0" + digits[2:]
        if _MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits):
            return None
    elif any(p.fullmatch(digits) for p in (_MOBILE, _LANDLINE, _SERVICE, _SHORT)):
        return None
    return say("phone_digits", phone=phone, digits=len(digits)), say("hint.phone_digits")


def grouped(phone: str) -> str:
    """A callable number in the standard grouping, whatever dots, dashes or spaces were typed:
    mobiles 0912 345 678, landlines 0207 3876 215 (0 + area code, then 4 and 3 digits, or 4
    and 4), +84 912 345 678, 1800 1234, 1900 123 456; short numbers as they are; an extension
    follows as typed. Printed and read aloud so."""
    ext = _EXTENSION.search(phone)
    number = phone[:ext.start()] if ext else phone
    tail = " " + phone[ext.start():].strip(" ,;-") if ext else ""
    digits = re.sub(r"\D", "", number)
    plus = number.strip().startswith("+")
    if plus:
        digits = "0" + digits[2:]
    if _MOBILE.fullmatch(digits):
        groups = [digits[:4], digits[4:7], digits[7:]]
    elif _LANDLINE.fullmatch(digits):
        groups = [digits[:4], digits[4:8], digits[8:]]
    elif _SERVICE.fullmatch(digits):
        groups = [digits[:4], digits[4:]] if len(digits) == 8 else [digits[:4], digits[4:7], digits[7:]]
    else:
        return phone.strip()
    if plus:
        groups[0] = "+84 " + groups[0][1:]
    return " ".join(groups) + tail
