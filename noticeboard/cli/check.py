"""``noticeboard check``: validate a project and print every problem."""

from __future__ import annotations

import click

from ..messages import say
from .common import command, date_option, load, project_or_sample, strict_option


@command("check", writes=False)
@click.argument("project", required=False, type=click.Path(file_okay=False))
@strict_option
@date_option
def check(project: str | None, strict: bool, day) -> None:
    """Validate a project folder and print every problem (exit 1 on errors)."""
    from ..plan.in_force import summary

    from ..build.posters import check_layout

    p = load(project_or_sample(project, allow_sample=False), strict, day)
    check_layout(p, day=day)  # texts too long for a page: found here, never half-way through a build
    villages = sum(len(c.villages) for c in p.places.communes)
    click.echo(say("check.ok", procedures=len(p.procedures), communes=len(p.places.communes),
                   villages=villages))
    click.echo(summary(p, day))
