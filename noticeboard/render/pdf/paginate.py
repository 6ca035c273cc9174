"""Split flowables into pages ourselves (instead of a DocTemplate), so that pages common to
many villages are laid out once and drawn many times, and totals are known before drawing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from reportlab.platypus import Flowable, Spacer

from ...errors import NoticeboardError


class LayoutError(NoticeboardError):
    """Something cannot be placed on a page even alone (it would otherwise be truncated)."""


@dataclass
class Page:
    # (flowable, x offset, y of its bottom measured down from the frame top)
    items: list[tuple[Flowable, float, float]] = field(default_factory=list)


class KeepWithNext(Spacer):
    """A zero-height marker: what follows must start with at least ``need`` points left."""

    def __init__(self, need: float):
        super().__init__(0, 0)
        self.need = need


class Carry(Spacer):
    """A zero-height marker: a page that starts after it (and before the next Carry) starts with
    ``heading`` ("Thôn Nà Tông (tiếp theo)"), so a list that runs on keeps its name; None: none."""

    def __init__(self, heading: Flowable | None):
        super().__init__(0, 0)
        self.heading = heading


def paginate(flowables: list[Flowable], width: float, height: Callable[[int], float],
             lead: Callable[[int], list[Flowable]] = lambda i: []) -> list[Page]:
    """Lay ``flowables`` into frames ``width`` wide; page i's frame is ``height(i)`` tall and
    starts with the flowables ``lead(i)`` (a continuation header, say)."""
    pages: list[Page] = []
    queue = list(flowables)
    carry: Flowable | None = None
    while queue:
        index = len(pages)
        page, avail = Page(), height(index)
        y = 0.0
        for f in lead(index):
            _, h = f.wrap(width, avail)
            y += h
            page.items.append((f, 0.0, y))
        avail -= y
        while queue and isinstance(queue[0], Carry):
            carry = queue.pop(0).heading
        if pages and carry is not None:  # a list running on: its heading first
            _, h = carry.wrap(width, avail)
            y += h
            avail -= h
            page.items.append((carry, 0.0, y))
        placed_any = False
        while queue:
            f = queue[0]
            if isinstance(f, Carry):
                carry = queue.pop(0).heading
                continue
            if isinstance(f, Spacer) and not placed_any and not isinstance(f, KeepWithNext):
                queue.pop(0)  # no spacing at the top of a page
                continue
            if isinstance(f, KeepWithNext):
                queue.pop(0)
                if placed_any and avail < f.need:
                    break
                continue
            space_before = getattr(getattr(f, "style", None), "spaceBefore", 0) if placed_any else 0
            w, h = f.wrap(width, avail - space_before)
            if h + space_before <= avail + 1e-6:
                queue.pop(0)
                y += space_before + h
                avail -= space_before + h
                page.items.append((f, _x_offset(f, w, width), y))
                placed_any = True
                continue
            parts = f.split(width, avail - space_before) if avail - space_before > 0 else []
            if parts and len(parts) > 1:
                queue[0:1] = parts
                first = queue.pop(0)
                w, h = first.wrap(width, avail - space_before)
                if h + space_before <= avail + 1e-6:
                    y += space_before + h
                    avail -= space_before + h
                    page.items.append((first, _x_offset(first, w, width), y))
                    placed_any = True
                    continue
                queue.insert(0, first)
            if not placed_any:
                raise LayoutError(f"{type(f).__name__} of height {h:.0f}pt does not fit a "
                                  f"{height(index):.0f}pt page")
            break
        pages.append(page)
    return pages


def _x_offset(f: Flowable, w: float, width: float) -> float:
    align = getattr(f, "hAlign", "LEFT")
    if align == "CENTER" or align == "CENTRE":
        return (width - w) / 2
    if align == "RIGHT":
        return width - w
    return 0.0


def draw_page(canvas, page: Page, x: float, top: float) -> None:
    for f, dx, y in page.items:
        f.drawOn(canvas, x + dx, top - y)
