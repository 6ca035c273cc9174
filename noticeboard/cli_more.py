"""`noticeboard init` and `noticeboard preview`: registered on the main group in cli.py."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("init")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--province", default="", help='Province as in the official list, e.g. "Tuyên Quang".')
@click.option("--commune", default="", help='Commune, e.g. "Xã Thượng Lâm".')
def init_command(folder: str, province: str, commune: str) -> None:
    """Create a project folder: noticeboard.yaml, a places.yaml to fill in, the bundled catalogue.

    \b
    Example:
      noticeboard init my-commune --province "Tuyên Quang" --commune "Xã Thượng Lâm"
    """
    from .cli import _fail
    from .errors import NoticeboardError
    from .scaffold import init_project

    try:
        written = init_project(Path(folder), province.strip(), commune.strip())
    except NoticeboardError as exc:
        raise _fail(exc) from None
    if province or commune:  # say at once when a name is not official (check would, later)
        from .load.source import read_yaml
        from .officials import check_places

        places = Path(folder) / "places.yaml"
        doc, _ = read_yaml(places, str(places))
        if doc is not None:
            for problem in check_places(doc, province, [commune] if commune else []):
                click.echo(str(problem), err=True)
    click.echo(f"Created {folder} ({len(written)} files). Next: fill in the empty lines of "
               f"{Path(folder) / 'places.yaml'}, then run: noticeboard check {folder}")


@click.command("preview")
@click.argument("out", type=click.Path(exists=True, file_okay=False))
def preview_command(out: str) -> None:
    """Write a PNG of every poster page and OUT/index.html, a contact sheet per commune.

    \b
    Example:
      noticeboard build samples/lam-binh -o posters && noticeboard preview posters
    """
    from .cli import Abort, _fail
    from .errors import NoticeboardError

    try:
        from .preview import build_preview

        result = build_preview(Path(out))
    except NoticeboardError as exc:
        raise _fail(exc) from None
    except ImportError as exc:
        raise Abort(f"Error: preview needs the 'preview' extra ({exc.name} missing): "
                    "pip install 'noticeboard[preview]'") from None
    click.echo(f"Wrote {result.pages} page images; open {Path(out).resolve() / 'index.html'}")
