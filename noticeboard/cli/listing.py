"""``noticeboard list``: the catalogue as a clerk reads it, on the screen or as a workbook."""

from __future__ import annotations

from pathlib import Path

import click

from ..messages import say
from .common import command, date_option, load, project_or_sample


@command("list", writes=True)
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("--xlsx", "xlsx", type=click.Path(dir_okay=False))
@date_option
def list_command(project: str | None, xlsx: str | None, day) -> None:
    """List the catalogue: code, name, field, in force or not, what the QR opens, villages."""
    from ..plan.listing import as_text, catalogue_lines, write_list_workbook
    from ..plan.village import build_date

    p = load(project_or_sample(project, allow_sample=True), False, day)
    lines = catalogue_lines(p, day)
    if xlsx is None:
        click.echo(as_text(lines))
        return
    write_list_workbook(lines, Path(xlsx))
    click.echo(say("list_summary", count=len(lines), day=f"{build_date(day):%d/%m/%Y}", path=xlsx))
