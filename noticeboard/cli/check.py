"""``noticeboard check``: validate a project and print every problem."""

from __future__ import annotations

import click

from .common import command, load, project_or_sample


@command("check", writes=False)
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def check(project: str | None, strict: bool) -> None:
    """Validate a project folder and print every problem (exit 1 on errors).

    \b
    Example:
      noticeboard check samples/lam-binh
    """
    p = load(project_or_sample(project, allow_sample=False), strict)
    villages = sum(len(c.villages) for c in p.places.communes)
    click.echo(f"OK: {len(p.procedures)} procedures, {len(p.places.communes)} communes, "
               f"{villages} villages.")

