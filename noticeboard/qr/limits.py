"""How long a link may be: what still prints and decodes at the smallest QR code we print.

The binder's codes (26 mm on A5, see render/pdf/binder.py) are the smallest any output prints.
bench/bench_qr_limit.py draws codes of every version at that size with the real flowable and
reads them with zxing-cpp: at 100 dpi (two thirds of verify's scan, a margin for photocopies
and phone cameras) version 16 (81 modules, 0.32 mm a module) is the last that decodes; version
17 fails there, and past version 28 even verify's 150 dpi fails. Longer links crash nothing:
``check`` refuses them with this limit.
"""

from __future__ import annotations

from functools import lru_cache

from qrcode.constants import ERROR_CORRECT_M

SMALLEST_QR_MM = 26  # the binder's code on A5
MAX_VERSION = 16  # the largest QR version that decodes at SMALLEST_QR_MM (bench_qr_limit.py)


@lru_cache(maxsize=1)
def max_url_bytes() -> int:
    """The longest link (UTF-8 bytes, byte mode: the worst case) that fits MAX_VERSION at level M."""
    from qrcode.util import BIT_LIMIT_TABLE

    bits = BIT_LIMIT_TABLE[ERROR_CORRECT_M][MAX_VERSION]
    return (bits - 4 - 16) // 8  # mode indicator and 16-bit length (versions 10 to 26)


def too_long(url: str) -> bool:
    return len(url.encode("utf-8")) > max_url_bytes()
