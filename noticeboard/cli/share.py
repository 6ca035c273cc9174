"""``noticeboard share``: option parsing only."""

from __future__ import annotations

from pathlib import Path

import click

from .common import command, commune_outputs, load_for_day


@command("share")
@commune_outputs("zalo")
def share_command(project: str | None, out: str, commune: str | None, strict: bool, day) -> None:
    """Card images (1080×1350 PNG) and captions for Zalo and Facebook posts, and OUT/index.html.

    \b
    Example:
      noticeboard share samples/lam-binh -o zalo --commune "Xã Lâm Bình"
    """
    from ..share.write import build_share

    loaded, day = load_for_day(project, strict, day)
    result = build_share(loaded, Path(out), commune, day)
    where = Path(out).resolve()
    click.echo(f"Wrote {result.cards} cards and {result.procedures} captions for "
               f"{', '.join(result.communes)} to {where}")
    click.echo(f"Open {(where / 'index.html').as_uri()} to look through them and copy the captions.")
