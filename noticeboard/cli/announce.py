"""``noticeboard announce``: option parsing only."""

from __future__ import annotations

from pathlib import Path

import click

from ..messages import say
from .common import command, commune_outputs, load_for_day


@command("announce")
@commune_outputs("loa")
def announce_command(project: str | None, out: str, commune: str | None, strict: bool, day) -> None:
    """A loudspeaker script per commune (the text shown is the table's ``help.announce``)."""
    from ..channels.announce.write import build_announce

    loaded, day = load_for_day(project, strict, day)
    result = build_announce(loaded, Path(out), commune, day)
    where = Path(out).resolve()
    for script in result.scripts:
        click.echo(say("cli.announce_commune", commune=script.commune.name, n=len(script.codes),
                       text=where / f"{script.commune.slug}.txt"))
    click.echo(say("build.manifest", path=where / "manifest.json"))
