"""``noticeboard announce``: option parsing only."""

from __future__ import annotations

from pathlib import Path

import click

from .common import command, commune_outputs, load_for_day


@command("announce")
@commune_outputs("loa")
def announce_command(project: str | None, out: str, commune: str | None, strict: bool, day) -> None:
    """Write a script for the village loudspeaker per commune: OUT/<commune>.txt and .pdf.

    \b
    Example:
      noticeboard announce samples/lam-binh -o loa --commune "Xã Lâm Bình"
    """
    from ..announce.write import build_announce

    loaded, day = load_for_day(project, strict, day)
    result = build_announce(loaded, Path(out), commune, day)
    where = Path(out).resolve()
    for script in result.scripts:
        click.echo(f"{script.commune.name}: {len(script.codes)} procedures read out, "
                   f"{where / (script.commune.slug + '.txt')} and .pdf")
    click.echo(f"The list of files is in {where / 'manifest.json'}")
