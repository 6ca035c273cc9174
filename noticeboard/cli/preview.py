"""``noticeboard preview``: PNG pages and a contact sheet of a built folder."""

from __future__ import annotations

from pathlib import Path

import click

from ..messages import say
from .common import command


@command("preview")
@click.argument("out", type=click.Path(exists=True, file_okay=False))
def preview_command(out: str) -> None:
    """Write a PNG of every poster page and OUT/index.html, a contact sheet per commune."""
    from ..verify.preview import build_preview

    result = build_preview(Path(out))
    click.echo(say("preview.wrote", pages=result.pages, index=Path(out).resolve() / "index.html"))
