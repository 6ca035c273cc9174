"""``noticeboard list``: the catalogue as a clerk reads it, on the screen or as a workbook."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from ..errors import OutputError
from ..messages import say
from .common import command, date_option, load, project_or_sample


@command("list", writes=True)
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("--xlsx", "xlsx", type=click.Path(dir_okay=False))
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False))
@click.option("--all", "everything", is_flag=True)
@date_option
def list_command(project: str | None, xlsx: str | None, csv_path: str | None, everything: bool, day) -> None:
    """List the catalogue: code, name, field, in force or not, what the QR opens, villages."""
    from ..load.inputs import is_input
    from ..output.listing import as_text, catalogue_lines, left_out_text, mark, write_list_csv, write_list_workbook
    from ..plan.village import build_date

    p = load(project_or_sample(project), False, day)
    lines = catalogue_lines(p, day)
    if xlsx is None and csv_path is None:
        click.echo(as_text(lines, _terminal_width(), mark(p)))
        more = left_out_text(p, everything)
        if more:
            click.echo("\n" + more)
        return
    for path in (xlsx, csv_path):
        if path is not None and is_input(p, Path(path)):  # never the clerk's own workbook
            raise OutputError(say("output_is_input", path=path))
    if xlsx is not None:
        write_list_workbook(lines, Path(xlsx), p.left_out if everything else (), mark(p))
    if csv_path is not None:
        write_list_csv(lines, Path(csv_path), mark(p))
    for path in (xlsx, csv_path):
        if path is not None:
            click.echo(say("list_summary", count=len(lines), day=f"{build_date(day):%d/%m/%Y}", path=path))


def _terminal_width() -> int | None:
    """A terminal's (or console's) columns, so no line wraps there; None on a pipe or in a
    file: one procedure a line, for scripts."""
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None
