"""``noticeboard share``: option parsing only."""

from __future__ import annotations

from pathlib import Path

import click

from ..messages import say
from .common import command, commune_outputs, load_for_day


@command("share")
@commune_outputs("zalo")
def share_command(project: str | None, out: str, commune: str | None, strict: bool, day) -> None:
    """Cards and captions for Zalo and Facebook posts (the text shown is the table's ``help.share``)."""
    from ..channels.share.write import build_share

    loaded, day = load_for_day(project, strict, day)
    result = build_share(loaded, Path(out), commune, day)
    where = Path(out).resolve()
    click.echo(say("cli.share_wrote", cards=result.cards, captions=result.procedures,
                   communes=", ".join(result.communes), folder=where))
    click.echo(say("cli.share_open", uri=(where / "index.html").as_uri()))
