"""Names as compared and as repaired: text layers break words ("Cấp gi ấy") and lines, and
provinces write names in capitals or without a code. Nothing here guesses: a broken word is
joined only where the catalogue or the file itself writes the whole word."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from ..load.sheet import norm

_TOKEN = re.compile(r"\S+")
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
