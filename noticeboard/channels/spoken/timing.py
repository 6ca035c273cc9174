"""How long a script takes to read on the village loudspeaker.

Vietnamese is written one syllable per word, so the words of a script (its whitespace-separated
tokens, once every number is in words: see text.py) are the syllables the announcer says.
"""

from __future__ import annotations

import math

# Words (syllables) a minute on a village loudspeaker: well under a radio newsreader's pace.
# The horns stand hundreds of metres apart, so each syllable echoes from the next pole and
# must fade before the next one; many listeners are elderly, hear it from indoors or the
# fields, and cannot ask for a repeat; and a pause after every paper and figure is part of
# reading a list clearly. At about 120 a clear, slow reading, pauses included, keeps up.
WORDS_PER_MINUTE = 120


def words(text: str) -> int:
    return len(text.split())


def seconds(text: str) -> float:
    """The reading time of ``text`` at ``WORDS_PER_MINUTE``."""
    return words(text) * 60 / WORDS_PER_MINUTE


def words_in(secs: float) -> int:
    """How many words fit in ``secs`` of air time."""
    return math.floor(secs * WORDS_PER_MINUTE / 60)


def minutes_seconds(secs: float) -> tuple[int, int]:
    """A reading time as whole minutes and seconds (rounded up: never under the estimate)."""
    total = math.ceil(secs)
    return total // 60, total % 60
