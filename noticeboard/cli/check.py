"""``noticeboard check``: validate a project and print every problem."""

from __future__ import annotations

import click

from ..messages import say
from .common import command, load, project_or_sample


@command("check", writes=False)
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("--strict", is_flag=True)
def check(project: str | None, strict: bool) -> None:
    """Validate a project folder and print every problem (exit 1 on errors)."""
    p = load(project_or_sample(project, allow_sample=False), strict)
    villages = sum(len(c.villages) for c in p.places.communes)
    click.echo(say("check.ok", procedures=len(p.procedures), communes=len(p.places.communes),
                   villages=villages))

