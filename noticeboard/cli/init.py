"""``noticeboard init``: a new project folder to fill in."""

from __future__ import annotations

from pathlib import Path

import click

from .common import command


@command("init")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--province", default="", help='Province as in the official list, e.g. "Tuyên Quang".')
@click.option("--commune", default="", help='Commune, e.g. "Xã Thượng Lâm".')
def init_command(folder: str, province: str, commune: str) -> None:
    """Create a project folder: noticeboard.yaml, a places.yaml to fill in, the bundled catalogue.

    \b
    Example:
      noticeboard init my-commune --province "Tuyên Quang" --commune "Xã Thượng Lâm"
    """
    from ..scaffold import init_project

    written = init_project(Path(folder), province.strip(), commune.strip())
    if province or commune:  # say at once when a name is not official (check would, later)
        from ..load.source import read_yaml
        from ..officials import check_places

        places = Path(folder) / "places.yaml"
        doc, _ = read_yaml(places, str(places))
        if doc is not None:
            for problem in check_places(doc, province, [commune] if commune else []):
                click.echo(str(problem), err=True)
    click.echo(f"Created {folder} ({len(written)} files). Next: fill in the empty lines of "
               f"{Path(folder) / 'places.yaml'}, then run: noticeboard check {folder}")
