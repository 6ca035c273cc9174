"""``noticeboard announce``: option parsing only."""

from __future__ import annotations

from pathlib import Path

import click

from .common import command, date_option, load, project_or_sample, strict_option


@command("announce")
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("-o", "--out", "out", default="loa", show_default=True,
              type=click.Path(file_okay=False), help="Output folder (created when missing).")
@click.option("--commune", help='Only this commune ("Xã Lâm Bình" or its slug xa-lam-binh).')
@strict_option
@date_option
def announce_command(project: str | None, out: str, commune: str | None, strict: bool, day) -> None:
    """Write a script for the village loudspeaker per commune: OUT/<commune>.txt and .pdf.

    \b
    Example:
      noticeboard announce samples/lam-binh -o loa --commune "Xã Lâm Bình"
    """
    from ..announce.write import build_announce
    from ..plan import build_date

    root = project_or_sample(project, allow_sample=True)
    day = build_date(day)
    result = build_announce(load(root, strict, day), Path(out), commune, day)
    where = Path(out).resolve()
    for script in result.scripts:
        click.echo(f"{script.commune.name}: {len(script.codes)} procedures read out, "
                   f"{where / (script.commune.slug + '.txt')} and .pdf")
    click.echo(f"The list of files is in {where / 'manifest.json'}")
