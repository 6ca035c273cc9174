"""``noticeboard share``: option parsing only."""

from __future__ import annotations

from pathlib import Path

import click

from .common import command, date_option, load, project_or_sample, strict_option


@command("share")
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("-o", "--out", "out", default="zalo", show_default=True,
              type=click.Path(file_okay=False), help="Output folder (created when missing).")
@click.option("--commune", help='Only this commune ("Xã Lâm Bình" or its slug xa-lam-binh).')
@strict_option
@date_option
def share_command(project: str | None, out: str, commune: str | None, strict: bool, day) -> None:
    """Card images (1080×1350 PNG) and captions for Zalo and Facebook posts, and OUT/index.html.

    \b
    Example:
      noticeboard share samples/lam-binh -o zalo --commune "Xã Lâm Bình"
    """
    from ..share.write import build_share
    from ..plan import build_date

    root = project_or_sample(project, allow_sample=True)
    day = build_date(day)
    result = build_share(load(root, strict, day), Path(out), commune, day)
    where = Path(out).resolve()
    click.echo(f"Wrote {result.cards} cards and {result.procedures} captions for "
               f"{', '.join(result.communes)} to {where}")
    click.echo(f"Open {(where / 'index.html').as_uri()} to look through them and copy the captions.")
