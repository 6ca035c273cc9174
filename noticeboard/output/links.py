"""No write through a symbolic link inside an output folder.

A link planted in OUT (``OUT/xa-thuong-lam -> /elsewhere``, ``OUT/.noticeboard-state.json ->
~/.bashrc``) would make a build write or append where the link points. Every command that
writes into OUT holds its lock first (lock.exclusive), and that refuses such a folder before
anything is written; OUT itself may be a link (the user named it).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import OutputError
from ..messages import say

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # for files opened in place (the state journal)


def refuse_links(folder: Path) -> None:
    """Raise OutputError naming the first symbolic link found inside ``folder`` (not followed)."""
    for top, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(dirs + files):
            path = Path(top) / name
            if path.is_symlink():
                try:
                    target = os.readlink(path)
                except OSError:
                    target = "?"
                raise OutputError(say("output_link", path=path, target=target))
