"""``noticeboard announce``: option parsing only."""

from __future__ import annotations

from pathlib import Path

import click

from ..channels.announce.budget import BULLETIN_MINUTES, duration as _time
from .. import api, fields
from ..messages import say
from .common import command, commune_outputs, load_for_day


@command("announce")
@commune_outputs("loa")
@click.option("--minutes", type=click.FloatRange(min=1), default=BULLETIN_MINUTES, show_default=True,
              metavar="MINUTES")
def announce_command(project: str | None, out: str, commune: str | None, strict: bool, day,
                     minutes: float) -> None:
    """Loudspeaker bulletins per commune (the text shown is the table's ``help.announce``)."""
    loaded, day = load_for_day(project, strict, day)
    result = api.announce(loaded, out, commune, day, minutes)
    for over in result.over:  # still read whole: said, not hidden
        click.echo(say("announce_over", code=over.code, time=_time(over.seconds), budget=_time(over.budget)),
                   err=True)
    where = Path(out).resolve()
    shortened: dict[str | None, None] = {}  # the cells (None: YAML) of the rows read shortened
    for script in result.scripts:
        text = where / f"{script.slug}.txt"
        if script.count == 1:
            click.echo(say("cli.announce_commune", commune=script.commune.name, n=len(script.codes),
                           time=_time(script.seconds), minutes=f"{minutes:g}", text=text))
        else:
            click.echo(say("cli.announce_bulletin", commune=script.commune.name, number=script.number,
                           count=script.count, n=len(script.codes), time=_time(script.seconds), text=text))
        for part in script.parts:
            if part.code and part.papers_read < part.papers:
                click.echo(say("cli.announce_shortened", code=part.code, read=part.papers_read,
                               papers=part.papers))
                source = loaded.procedures[part.code].source
                shortened[source.cell if source else None] = None
    for cell in {c is None: c for c in shortened}.values():  # a hint per kind of file: YAML, workbook
        click.echo(say("hint.announce_short_list", documents=fields.named("documents", cell),
                       official=fields.named("official.documents", cell)))
    click.echo(say("build.manifest", path=where / "manifest.json"))
