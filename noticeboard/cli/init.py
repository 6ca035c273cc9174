"""``noticeboard init``: a new project folder to fill in."""

from __future__ import annotations

from pathlib import Path

import click

from ..messages import say
from .common import command


@command("init")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--province", default="")
@click.option("--commune", default="")
@click.option("--xlsx", is_flag=True)
def init_command(folder: str, province: str, commune: str, xlsx: bool) -> None:
    """Create a project folder: noticeboard.yaml, places to fill in, the bundled catalogue."""
    from ..load.readers import read_places
    from ..load.officials import check_places
    from ..output.scaffold import init_project, init_workbooks

    make = init_workbooks if xlsx else init_project
    written = make(Path(folder), province.strip(), commune.strip())
    places = written[1]
    if province or commune:  # say at once when a name is not official (check would, later)
        doc, _ = read_places(places, str(places))
        if doc is not None:
            for problem in check_places(doc, province, [commune] if commune else []):
                click.echo(str(problem), err=True)
    click.echo(say("init.created_xlsx" if xlsx else "init.created", folder=folder, files=len(written),
                   places=places))
