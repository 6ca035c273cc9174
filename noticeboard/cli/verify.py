"""``noticeboard verify``: decode every QR code of a built folder and compare with the manifest."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import NoticeboardError
from .common import command


@command("verify", writes=False)
@click.argument("out", type=click.Path(exists=True, file_okay=False))
def verify(out: str) -> None:
    """Decode every QR code in OUT's PDFs and compare with manifest.json (exit 1 on a mismatch).

    \b
    Example:
      noticeboard verify posters
    """
    from ..verify import verify_output

    report = verify_output(Path(out), progress=lambda: None)
    for line in report.problems:
        click.echo(line, err=True)
    click.echo(f"{report.decoded}/{report.expected} QR codes decoded and matched in "
               f"{report.files} files ({report.pages} pages with QR codes rendered).")
    if report.problems or report.decoded != report.expected:
        raise NoticeboardError(f"{len(report.problems)} mismatches.")
