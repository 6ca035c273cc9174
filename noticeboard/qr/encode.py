"""QR codes: encoded once per distinct URL, drawn as vector paths (PDF) or inline SVG (kiosk).

Error correction M and a 4-module quiet zone, as photocopied wall posters need.
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M

QUIET = 4  # modules of white around the code


@lru_cache(maxsize=4096)
def matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules of ``url`` without the quiet zone (callers add it)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(url.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


@lru_cache(maxsize=4096)
def runs(url: str) -> tuple[tuple[int, int, int], ...]:
    """Dark modules merged into horizontal runs (row, first column, length): fewer PDF ops."""
    out = []
    for y, row in enumerate(matrix(url)):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                out.append((y, start, x - start))
            else:
                x += 1
    return tuple(out)


def modules(url: str) -> int:
    """Width in modules including the quiet zone on both sides."""
    return len(matrix(url)) + 2 * QUIET


@lru_cache(maxsize=4096)
def svg(url: str) -> str:
    """A standalone SVG (one path), white quiet zone included, scalable to any size."""
    n = modules(url)
    d = "".join(f"M{x + QUIET} {y + QUIET}h{w}v1h-{w}z" for y, x, w in runs(url))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}" '
            f'shape-rendering="crispEdges" role="img"><rect width="{n}" height="{n}" fill="#fff"/>'
            f'<path d="{d}" fill="#000"/></svg>')
