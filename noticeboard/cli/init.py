"""``noticeboard init``: a new project folder to fill in."""

from __future__ import annotations

from pathlib import Path

import click

from .common import command


@command("init")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--province", default="", help='Province as in the official list, e.g. "Tuyên Quang".')
@click.option("--commune", default="", help='Commune, e.g. "Xã Thượng Lâm".')
@click.option("--xlsx", is_flag=True,
              help="Places and catalogue as Excel workbooks (places.xlsx, procedures/thu-tuc.xlsx).")
def init_command(folder: str, province: str, commune: str, xlsx: bool) -> None:
    """Create a project folder: noticeboard.yaml, places to fill in, the bundled catalogue.

    \b
    Example:
      noticeboard init my-commune --xlsx --province "Tuyên Quang" --commune "Xã Thượng Lâm"
    """
    from ..load.readers import read_places
    from ..officials import check_places
    from ..scaffold import init_project, init_workbooks

    make = init_workbooks if xlsx else init_project
    written = make(Path(folder), province.strip(), commune.strip())
    places = written[1]
    if province or commune:  # say at once when a name is not official (check would, later)
        doc, _ = read_places(places, str(places))
        if doc is not None:
            for problem in check_places(doc, province, [commune] if commune else []):
                click.echo(str(problem), err=True)
    what = "the empty cells of" if xlsx else "the empty lines of"
    click.echo(f"Created {folder} ({len(written)} files). Next: fill in {what} "
               f"{places}, then run: noticeboard check {folder}")
