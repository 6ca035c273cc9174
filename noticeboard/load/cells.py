"""The cell forms of the structured values (formats.md, "Workbooks"), shared by the catalogue
reader and the importer, so a cell means the same wherever it is read:

- a per-channel time or fee: one line (or ``;`` piece) per channel, its word first:
  ``Trực tiếp: 1 ngày làm việc`` / ``Trực tuyến: 3 ngày làm việc``;
- a paper with items: the paper ends with ``:`` and its items follow on lines starting with
  ``- `` (or ``+ ``, ``•``);
- a value written twice over (a paste made twice) is said, never shortened (``pasted_over``).

Each reader returns the value and what it is unsure of (a warning for the caller to locate):
where a cell is ambiguous the official text is kept as written.
"""

from __future__ import annotations

import re
from typing import Any

from .. import fields
from ..messages import say
from ..slug import fold
from ..model import ByChannel

_LABEL = re.compile(r"^\s*([^:;\n]{2,40}?)\s*:\s*(.*)$", re.S)
_BULLET = re.compile(r"^\s*([-+*•–])\s+")  # the bullet of a line: "-", "+", ...
_NUMBER = re.compile(r"^\s*(?:(\d{1,2})[.)]|([a-zđ])\))\s+")  # "1." "a)": a numbered line
_ANY_MARK = re.compile(r"^\s*(?:[-+*•–]|\d{1,2}[.)]|[a-zđ]\))\s+")  # either, as unbullet drops it


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


_WORDS = {_norm(w): c for c, words in fields.CHANNEL_WORDS.items() for w in words}


def channel_of(label: str) -> str | None:
    """The channel a label names: "Trực tiếp", "Nộp trực tuyến", "Qua bưu chính" (a label of
    at most five words holding exactly one channel word); None for any other label."""
    words = _norm(label)
    if words in _WORDS:
        return _WORDS[words]
    if len(words.split()) > 5:
        return None
    found = {c for w, c in _WORDS.items() if re.search(rf"\b{w}\b", words)}
    return found.pop() if len(found) == 1 else None


def collapse_repeats(text: str, items: bool = False) -> tuple[str, list[str]]:
    """``text`` with each exact repeat of a sentence, line or ``;`` piece left out, and the
    pieces left out: "Lệ phí 8.000 đồng. Lệ phí 8.000 đồng." -> "Lệ phí 8.000 đồng.". For the
    importers, on one value (one channel's) of structured records, each left-out piece noted;
    never on what a project's files hold (``pasted_over``: told, never removed).
    With ``items`` (a list cell: papers, steps) only a whole item (line or ``;`` piece) that
    repeats an earlier one is left out, and a sentence only where it repeats within its own
    item: papers of one list often share a sentence ("(1 bản chính).") and stay whole."""
    if not items:
        return _collapse(re.split(_PIECES, text), text)
    kept, dropped = _collapse(_units(text), text)
    out = []
    for i, piece in enumerate(_units(kept)):
        if i % 2 == 0 and piece:
            piece, inner = _collapse(re.split(r"((?<=[.!?])\s+)", piece), piece)
            dropped += inner
        out.append(piece)
    return ("".join(out) if dropped else text), dropped


_PIECES = r"(\s*[\n;]\s*|(?<=[.!?])\s+)"  # sentences, lines and ";" pieces, with their separators


def pasted_over(text: str) -> tuple[str, int] | None:
    """(the text once, how many times) when the whole of ``text`` is one text written over
    and over ("A. B. A. B."), a paste made twice; else None. Only the whole value counts:
    official texts repeat their legal phrases ("trừ trường hợp được miễn theo quy định") in
    sentence after sentence, which is no mistake."""
    parts = re.split(_PIECES, text.strip())
    pieces = [" ".join(p.split()).rstrip(".;").casefold() for p in parts[::2]]
    n = len(pieces)
    for size in range(1, n // 2 + 1):
        if n % size == 0 and pieces[:size] * (n // size) == pieces and any(pieces[:size]):
            return "".join(parts[:2 * size - 1]).strip(), n // size
    return None


def short(text: str, most: int = 60) -> str:
    """``text`` cut at a word to at most ``most`` characters, "…" where it was cut."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text[:most].rsplit(" ", 1)[0] if " " in text[:most] else text[:most - 1]
    return cut.rstrip(" ,;:.") + "…"


def _units(text: str) -> list[str]:
    """The items of a list cell and the separators between them (as re.split gives): its
    lines, or on one line its ``;`` pieces, a piece in lower case continuing the one before
    ("Bản sao …; nếu đã có … thì không phải nộp" is one paper)."""
    if len([line for line in text.split("\n") if line.strip()]) > 1:
        return re.split(r"(\s*\n\s*)", text)
    parts = re.split(r"(\s*;\s*)", text)
    units = parts[:1]
    for i in range(1, len(parts), 2):
        sep, piece = parts[i], parts[i + 1]
        if piece[:1].islower() and units[-1]:
            units[-1] += sep + piece
        else:
            units += [sep, piece]
    return units


def _collapse(parts: list[str], text: str) -> tuple[str, list[str]]:
    """``parts`` (pieces and the separators between them, as re.split gives) without the
    pieces that repeat an earlier one; ``text`` unchanged when none does."""
    seen: set[str] = set()
    out: list[str] = []
    dropped: list[str] = []
    for i in range(0, len(parts), 2):
        piece, sep = parts[i], parts[i + 1] if i + 1 < len(parts) else ""
        key = " ".join(piece.split()).rstrip(".;").casefold()
        if key and key in seen:
            dropped.append(piece.strip())
            continue
        if key:
            seen.add(key)
        out += [piece, sep]
    return "".join(out).strip().rstrip(";").strip() if dropped else text, dropped


def read_by_channel(text: str) -> tuple[str | dict[str, str], list[str]]:
    """A time or fee cell: a {channel: text} mapping when every line (or, on one line, every
    ``;`` piece) starts with a channel's word, else the text as written; and the warnings. A
    piece without a channel word continues the value of the channel before it."""
    lines = _rejoin_labels([line.strip() for line in text.split("\n") if line.strip()])
    pieces = lines if len(lines) > 1 else [p.strip() for p in "".join(lines).split(";") if p.strip()]
    sep = "\n" if len(lines) > 1 else "; "
    values: dict[str, str] = {}
    last: str | None = None
    warnings: list[str] = []
    for piece in pieces:
        m = _LABEL.match(piece)
        channel = channel_of(m.group(1)) if m else None
        if channel is None:
            if last is None:
                return text, []  # not a per-channel value: one text for every way
            values[last] += sep + piece
            if piece[:1].isupper():
                warnings.append(say("cell_channel_continued", piece=_short(piece),
                                    channel=fields.CHANNEL_WORDS[last][0]))
            continue
        value = m.group(2).strip()  # type: ignore[union-attr]
        if channel in values and values[channel] != value:
            return text, [say("cell_channel_twice", channel=fields.CHANNEL_WORDS[channel][0])]
        values.setdefault(channel, value)
        last = channel
    if any(not v for v in values.values()):
        return text, []
    return values, warnings


def _rejoin_labels(lines: list[str]) -> list[str]:
    """The lines with a channel's label broken over a line break joined again: a narrow column
    of a PDF wraps "Trực" / "tuyến: 3 ngày". Only where the line alone holds no ":" and names
    no channel, the next line's label names none either, and the two together name one."""
    out: list[str] = []
    for line in lines:
        if out and ":" not in out[-1] and channel_of(out[-1]) is None and not _labelled(line) \
                and _labelled(f"{out[-1]} {line}"):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _labelled(piece: str) -> bool:
    """Whether ``piece`` starts with a channel's label ("Trực tuyến: …")."""
    m = _LABEL.match(piece)
    return m is not None and channel_of(m.group(1)) is not None


def read_papers(text: str, joined: list[str] | None = None) -> tuple[list[str | dict[str, Any]], list[str]]:
    """A documents cell: one paper per line (or ``;`` piece); a paper ending with ":" keeps
    the bulleted lines under it as its items ({"paper": ..., "items": [...]}). When the paper
    carries the same bullet as the lines under it, they are taken as its items and a warning
    says so (they may be papers of their own). ``joined`` collects the lower-case pieces read
    as the continuation of the paper before them."""
    return group_papers(line_entries(text, joined))


def unbullet(text: str) -> str:
    """'- Giấy chứng sinh;' -> 'Giấy chứng sinh' (the list itself is the bullet)."""
    return _ANY_MARK.sub("", text, count=1).strip().rstrip(";").strip()


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def split_items(text: str, joined: list[str] | None = None) -> list[str]:
    """The items of a cell without their marks (``line_entries``)."""
    return [item for _, item in line_entries(text, joined)]


def line_entries(text: str, joined: list[str] | None = None) -> list[tuple[str | None, str]]:
    """The items of a cell as (the mark of their line, text without it): one per line or per
    ';'. A piece that starts in lower case continues the one before it ('Giấy chứng sinh;
    trường hợp không có ...' stays one item; such pieces are added to ``joined``)."""
    entries: list[tuple[str | None, str]] = []
    for line in text.split("\n"):
        bullet = bullet_of(line)
        for piece in line.split(";"):
            piece = piece.strip()
            if not piece:
                continue
            own = unbullet(piece) != piece.rstrip(";").strip()
            piece = unbullet(piece)
            if entries and not own and piece[:1].islower():
                entries[-1] = (entries[-1][0], entries[-1][1] + "; " + piece)
                if joined is not None:
                    joined.append(piece)
            elif piece:
                entries.append((bullet, first_upper(piece)))
    return entries


def bullet_of(line: str) -> str | None:
    """The mark a line starts with: "-", "+", "•", ...; "1" for "1.", "a" for "a)"; else None."""
    m = _BULLET.match(line)
    if m:
        return m.group(1)
    n = _NUMBER.match(line)
    return ("1" if n.group(1) else "a") if n else None


def group_papers(entries: list[tuple[str | None, str]]) -> tuple[list[str | dict[str, Any]], list[str]]:
    """Papers from (mark, text) entries: a text ending with ":" takes the entries under it
    that carry a mark as its items (those with the first one's mark); and the warnings."""
    out: list[str | dict[str, Any]] = []
    warnings: list[str] = []
    i = 0
    while i < len(entries):
        bullet, paper = entries[i]
        i += 1
        under = entries[i][0] if i < len(entries) else None
        if not paper.endswith(":") or under is None:
            out.append(paper)
            continue
        items: list[str] = []
        while i < len(entries) and entries[i][0] == under and not (under == bullet and entries[i][1].endswith(":")):
            items.append(entries[i][1])
            i += 1
        if under == bullet:
            warnings.append(say("cell_items_same_bullet", paper=_short(paper), count=len(items)))
        out.append({"paper": paper, "items": items})
    return out, warnings


def cell_value(value: Any) -> Any:
    """A model value as a workbook cell holds it: a per-channel value one channel a line, a
    list one item a line (a paper with its items under it, "- " first)."""

    if isinstance(value, ByChannel):
        return "\n".join(f"{fields.CHANNEL_WORDS[c][0]}: {v}" for c, v in value.parts)
    if isinstance(value, (list, tuple)):
        return "\n".join(str(v) for v in value) or None
    return value


def _short(text: str) -> str:
    return short(text)
