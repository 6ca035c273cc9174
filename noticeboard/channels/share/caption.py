"""The text posted under a card: the same facts in a few lines, and the link written out."""

from __future__ import annotations

from ... import model as m
from ...labels import LABELS
from ...plan.apply import handed_in_at
from .card import Target


def caption(p: m.Procedure, commune: m.Commune, target: Target | None, sample: bool = False,
            only_at: tuple[str, ...] = ()) -> str:
    """``sample`` (the bundled sample): the mark first, so a caption pasted anywhere carries it.
    ``only_at``: the cultural houses that post it, when only some of the commune's do."""
    o = commune.office
    # numbered as on the cards, every one: the last card counts those it leaves off
    docs = [f"{i}. {d}" for i, d in enumerate(p.documents, 1)] if p.documents else [
        LABELS["share_documents_scan"] if target else LABELS["share_documents_ask"]]
    elsewhere = handed_in_at(p, commune.office)  # "Công an xã": the file goes there, not the office
    ask = (f"{LABELS['share_hand_in']}: {_ended(elsewhere)} {LABELS['share_ask_more']}" if elsewhere
           else LABELS["share_ask"])
    lines = [
        *([LABELS["sample_mark"]] if sample else []),
        f"{p.name} ({LABELS['code'].lower()} {p.code})",
        *([f"{LABELS['posted_at']}: {_ended(', '.join(only_at))}"] if only_at else []),
        f"{LABELS['share_documents']}:", *docs,
        m.join_sentences([f"{LABELS['time']}: {_ended(p.time)}", f"{LABELS['fee']}: {_ended(p.fee)}"]),
        f"{ask}: {o.name}, {o.address}. {LABELS['phone']}: {o.phone}. "
        f"{LABELS['hours']}: {o.hours}.",
    ]
    if target:
        lines.append(f"{target.link_label}: {target.url}")
    return "\n".join(lines) + "\n"


def _ended(text: str) -> str:
    """A sentence ended once: "… cấp tỉnh." stays, "3 ngày" gets its "."."""
    return text if text.endswith((".", "!", "?", "…")) else text.rstrip(";") + "."
