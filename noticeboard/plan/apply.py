"""How a procedure is handed in, worded once for every output (board, sheet, kiosk, Zalo card,
loudspeaker script), so that none contradicts the catalogue or another.

Three cases: a link to the procedure's portal page (apply online there); no link but the
catalogue lists "Trực tuyến" among its channels (it can be done online: the look-up QR finds
its page); neither (in person, by post too when listed)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import model as m
from ..labels import CHANNELS, LABELS
from ..slug import fold


@dataclass(frozen=True)
class HowToApply:
    label: str  # "Nộp trực tuyến" | "Nộp trực tiếp"
    text: str  # the line a board or card prints after the label
    long: str  # a whole sentence (kiosk, card without a QR)
    in_person: bool  # in person only: printed as a warning, the footer naming the office
    online: bool  # it can be done online (with a link, or found by the look-up)


def how_to_apply(proc: m.Procedure, search: bool = True) -> HowToApply:
    if proc.online:
        scope = LABELS["scope_full_short" if proc.online.scope == "full" else "scope_partial_short"]
        return HowToApply(LABELS["online"], scope, LABELS["scan"] + ".", False, True)
    postal = f" {LABELS['or_postal']}" if "postal" in proc.channels else ""
    if "online" in proc.channels:  # the catalogue says so: never print "in person only"
        found = "online_no_link" if search else "online_no_link_search"
        also = f"; {LABELS['or_in_person']}{postal}" if "direct" in proc.channels or postal else ""
        return HowToApply(LABELS["online"], LABELS[found] + also, LABELS[f"{found}_long"], False, True)
    return HowToApply(LABELS["in_person"], f"{LABELS['in_person']}{postal}", LABELS["in_person_long"], True, False)


def channels_text(proc: m.Procedure) -> str | None:
    """The ways to hand in the file as the catalogue lists them."""
    names = [CHANNELS[c] for c in proc.channels]
    return ", ".join(names) if names else None


def handed_in_at(proc: m.Procedure, office: m.Office) -> str | None:
    """Where the files go, when the catalogue's agency is not the commune's own office: a
    procedure the police handle ("Công an xã") is handed in there, not at the commune's
    service centre; None when the office takes it (UBND xã, the centre itself)."""
    agency = fold(proc.agency)
    if agency.startswith(("ubnd", "uy ban nhan dan", "chu tich ubnd", "chu tich uy ban")) or \
            "trung tam phuc vu hanh chinh cong" in agency or agency == fold(office.name):
        return None
    return proc.agency
