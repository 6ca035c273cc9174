"""``noticeboard check``: validate a project and print every problem."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..messages import say, say_n
from .common import EVERY, command, date_option, project_or_sample, show_warnings, strict_option

if TYPE_CHECKING:
    from ..api import Checked


@command("check", writes=False)
@click.argument("project", required=False, type=click.Path(file_okay=False))
@strict_option
@date_option
@click.option("--all", "every", is_flag=True)
def check(project: str | None, strict: bool, day, every: bool) -> None:
    """Validate a project folder and print every problem (exit 1 on errors)."""
    click.get_current_context().find_root().meta[EVERY] = every
    from .. import api
    from ..errors import DataError, take_down_first
    from ..plan.in_force import summary

    checked = api.check(project_or_sample(project), day)
    if checked.project is None:
        raise DataError(list(checked.problems))  # in file order: take-downs are found on a loaded project
    # the sheets to take off the board first, as the app says them
    warnings = show_warnings(take_down_first(checked.problems), strict)
    if checked.layout:  # texts too long for a page: found here, never half-way through a build
        raise DataError(list(checked.layout))
    p = checked.project
    _long_sheets(checked)
    villages = sum(len(c.villages) for c in p.places.communes)
    click.echo(say("check.ok", procedures=len(p.procedures), communes=len(p.places.communes),
                   villages=villages))
    click.echo(summary(p, day))
    click.echo(say_n("check.counts", warnings))  # with errors, the error line counts them


def _long_sheets(checked: Checked) -> None:
    """Each sheet over one side, with its pages, and what to do (not a problem: it prints)."""
    from ..render.pdf.sides import hints, told

    found = checked.long_sheets
    if not found:
        return
    click.echo(say("check.long_sheets", count=len(found), paper=found[0].paper))
    for s in found:
        where = f"{s.proc.source}: " if s.proc.source else ""
        click.echo(where + told(s))
    for hint in hints(found):  # the hint for YAML files, for workbooks, or both
        click.echo(f"    {say('word.hint')} {hint}")
