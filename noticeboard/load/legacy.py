"""Spotting Vietnamese text in the legacy 8-bit encodings (TCVN3/ABC, VNI, Windows-1258).

Old Word files typed with TCVN3 or VNI fonts paste into UTF-8 as Latin-1 soup ("§¨ng ký" for
"Đăng ký", "Ñaêng kyù" in VNI). Such text holds only characters of Windows-1252, so any
Vietnamese letter beyond Latin-1 (ă, đ, ơ, ư, ạ, ...) proves the text is real Unicode and it is
never flagged.
"""

from __future__ import annotations

import re

# TCVN3 (ABC) bytes, read as Windows-1252, and the Vietnamese letters they stand for.
_TCVN3_IN = ("µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦")
_TCVN3_OUT = ("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ")
_TCVN3 = str.maketrans(_TCVN3_IN, _TCVN3_OUT)

# Latin-1 letters Vietnamese itself uses: these alone prove nothing.
_VIET_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# TCVN3 characters that are not Vietnamese letters, inside a word (so "«Luật»" or "m²" pass).
_TCVN3_ONLY = "".join(sorted(set(_TCVN3_IN) - _VIET_LATIN1))
_TCVN3_IN_WORD = re.compile(rf"[A-Za-z][{re.escape(_TCVN3_ONLY)}]|[{re.escape(_TCVN3_ONLY)}][a-z]")
# VNI writes a base letter then a mark byte: "aê" (ă), "eâ" (ê), "ñ" (đ), "yù" (ý), "oä" (ộ).
_VNI = re.compile(r"[aeiouyAEIOUY][ùøûõïåäüë]|[aA][êâ]|[eEoO]â|(?<![A-Za-z])[ñÑ][aeioöAEIO]")
# A Latin-1 capital right after a small letter ("GiÊy", "KÕt"): TCVN3's tone letters.
_CAPITAL_INSIDE = re.compile(r"[a-z][ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]")
_REAL_VIETNAMESE = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9ĩũĨŨ]")


def legacy_kind(text: str) -> str | None:
    """'TCVN3 (ABC)' or 'VNI' when ``text`` looks like legacy Vietnamese read as Unicode."""
    if _REAL_VIETNAMESE.search(text) or text.isascii():
        return None
    # VNI's pairs (a vowel then a tone byte) are near impossible in TCVN3, so they weigh double;
    # TCVN3's symbols inside words also turn up in VNI ("aø").
    vni = 2 * len(_VNI.findall(text))
    tcvn3 = len(_TCVN3_IN_WORD.findall(text)) + len(_CAPITAL_INSIDE.findall(text))
    if not (vni or tcvn3):
        return None
    return "VNI" if vni >= tcvn3 else "TCVN3 (ABC)"


def from_tcvn3(text: str) -> str:
    """What TCVN3 text probably says (for a hint; VNI needs pairs and is not attempted)."""
    return text.translate(_TCVN3)


_TONES = set("\u0300\u0301\u0303\u0309\u0323")


def guess_encoding(raw: bytes) -> str:
    """A best guess at the legacy encoding of bytes that are not UTF-8, for the message."""
    try:
        text = raw.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    # Windows-1258 writes tones as combining marks after a vowel; TCVN3/VNI never do.
    marks = [i for i, ch in enumerate(text) if ch in _TONES]
    if marks and all(i > 0 and text[i - 1].lower() in "aăâeêioôơuưy" for i in marks):
        return "Windows-1258 (Vietnamese ANSI)"
    kind = legacy_kind(raw.decode("cp1252", errors="replace"))
    return kind or "a legacy 8-bit encoding (TCVN3, VNI or Windows-1258)"
