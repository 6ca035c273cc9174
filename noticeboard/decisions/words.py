"""Names as compared and as repaired: text layers break words ("Cấp gi ấy") and lines, and
provinces write names in capitals or without a code. Nothing here guesses: a broken word is
joined only where the catalogue or the file itself writes the whole word."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

from ..load.sheet import norm

_TOKEN = re.compile(r"\S+")
# a line break in a PDF cell that may fall inside a word ("10.00|0"), until ``settle`` decides
MAYBE_WORD = "\x00"
_EDGE = re.compile(r"^[^\w]*|[^\w]*$")


def name_key(text: str) -> str:
    """A name without regard to accents, case, spacing and punctuation: "Cấp gi ấy xác nhận"
    and "Cấp Giấy xác nhận" are one name."""
    return norm(text).replace(" ", "")


def same_text(a: object, b: object) -> bool:
    """Equal but for spacing and letter case (a capitalised heading is not a new wording)."""
    def flat(v: object) -> object:
        if isinstance(v, (list, tuple)):
            return tuple(" ".join(str(x).split()).casefold() for x in v)
        return " ".join(str(v or "").split()).casefold()
    return flat(a) == flat(b)


def _bare(token: str) -> str:
    return _EDGE.sub("", token).casefold()


@dataclass
class Vocabulary:
    """Words of the catalogue (trusted) and of the file (known), and the pairs of words the
    catalogue writes side by side."""

    trusted: set[str] = field(default_factory=set)
    known: set[str] = field(default_factory=set)
    pairs: set[tuple[str, str]] = field(default_factory=set)

    def add(self, texts: Iterable[str], trusted: bool) -> None:
        for text in texts:
            tokens = [_bare(t) for t in _TOKEN.findall(text)]
            (self.trusted if trusted else self.known).update(t for t in tokens if t)
            if trusted:  # the file's own pairs include the broken ones
                self.pairs.update(zip(tokens, tokens[1:]))

    def repair(self, text: str) -> str:
        """Join two pieces of a broken word ("gi ấy" -> "giấy") when the joined word is written
        somewhere, the two pieces are never written side by side, and one of them is no word of
        the catalogue."""
        tokens = text.split()
        out: list[str] = []
        i = 0
        while i < len(tokens):
            a = tokens[i]
            if i + 1 < len(tokens):
                b = tokens[i + 1]
                joined = _bare(a + b)
                if (joined in self.trusted or joined in self.known) \
                        and (_bare(a), _bare(b)) not in self.pairs \
                        and (_bare(a) not in self.trusted or _bare(b) not in self.trusted):
                    out.append(a + b)
                    i += 2
                    continue
            out.append(a)
            i += 1
        return " ".join(out)


def known_words(texts: Iterable[str]) -> set[str]:
    """Every word ``texts`` write whole (a MAYBE_WORD break counted as a space)."""
    return {_bare(w) for t in texts for w in t.replace(MAYBE_WORD, " ").split()}


def settle(cell: str | None, known: set[str]) -> str | None:
    """Each MAYBE_WORD break of ``cell`` decided: one word where the pieces are digits
    ("10.00|0", "123/201|5/NĐ-CP", "04/2020/|TT-BTP"), a piece is letters with no vowel
    ("Thôn|g", "HĐ|ND": no Vietnamese word is; a capital one only before the break, "TTHC|được"
    being two words), or the file writes the joined word whole elsewhere ("ngà|y": "ngày"),
    else a line break ("làm|việc": "làmviệc" is written nowhere). Nothing is guessed: a word
    the file never writes whole and that could be two stays in two pieces."""
    if not cell or MAYBE_WORD not in cell:
        return cell
    pieces = cell.split(MAYBE_WORD)
    out = pieces[0]
    for k, piece in enumerate(pieces[1:], 2):
        last, first = (out.split() or [""])[-1], (piece.split() or [""])[0]
        tail = re.search(r"[^\W\d_]*$", last).group()  # type: ignore[union-attr]
        head = re.match(r"[^\W\d_]*", first).group()  # type: ignore[union-attr]
        # a piece broken again ("ph|ần") is no word's end: its own break decides it
        ends = k == len(pieces) or len(piece.split()) > 1 or head != first
        whole = bool(last and first) and (
            (last[-1].isdigit() and first[0].isdigit()) or last.endswith(("/", "-"))
            or (_no_syllable(tail) and not (tail.isupper() and first[0].islower()))
            or (ends and _no_syllable(head) and head.islower())
            or _bare(last + first) in known)
        out += ("" if whole else "\n") + piece
    return out


def _no_syllable(piece: str) -> bool:
    """Letters with no vowel ("g", "nh", "HĐ"): no Vietnamese word, so a piece of one."""
    return bool(piece) and not any(unicodedata.normalize("NFD", ch)[0].casefold() in "aeiouy"
                                       for ch in piece)
