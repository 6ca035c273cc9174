"""``noticeboard preview``: PNG pages and a contact sheet of a built folder."""

from __future__ import annotations

from pathlib import Path

import click

from .common import command


@command("preview")
@click.argument("out", type=click.Path(exists=True, file_okay=False))
def preview_command(out: str) -> None:
    """Write a PNG of every poster page and OUT/index.html, a contact sheet per commune.

    \b
    Example:
      noticeboard build samples/lam-binh -o posters && noticeboard preview posters
    """
    from ..preview import build_preview

    result = build_preview(Path(out))
    click.echo(f"Wrote {result.pages} page images; open {Path(out).resolve() / 'index.html'}")
