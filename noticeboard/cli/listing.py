"""``noticeboard list``: the catalogue as a clerk reads it, on the screen or as a workbook."""

from __future__ import annotations

from pathlib import Path

import click

from ..messages import say
from .common import command, date_option, load, project_or_sample


@command("list", writes=True)
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("--xlsx", "xlsx", type=click.Path(dir_okay=False))
@click.option("--all", "everything", is_flag=True)
@date_option
def list_command(project: str | None, xlsx: str | None, everything: bool, day) -> None:
    """List the catalogue: code, name, field, in force or not, what the QR opens, villages."""
    from ..plan.listing import as_text, catalogue_lines, left_out_text, write_list_workbook
    from ..plan.village import build_date

    p = load(project_or_sample(project), False, day)
    lines = catalogue_lines(p, day)
    if xlsx is None:
        click.echo(as_text(lines))
        more = left_out_text(p, everything)
        if more:
            click.echo("\n" + more)
        return
    write_list_workbook(lines, Path(xlsx), p.left_out if everything else ())
    click.echo(say("list_summary", count=len(lines), day=f"{build_date(day):%d/%m/%Y}", path=xlsx))
