"""``noticeboard verify``: decode every QR code of a built folder and compare with the manifest."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import NoticeboardError
from ..messages import say, say_n
from .common import command


@command("verify", writes=False)
@click.argument("out", type=click.Path(exists=True, file_okay=False))
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None)
def verify(out: str, jobs: int | None) -> None:
    """Decode every QR code in OUT's PDFs and compare with manifest.json (exit 1 on a mismatch)."""
    from ..build.posters import default_jobs
    from ..verify.readback import verify_output

    report = verify_output(Path(out), progress=lambda: None, jobs=jobs or default_jobs())
    for line in report.problems:
        click.echo(line, err=True)
    click.echo(say("verify.summary", decoded=report.decoded, expected=report.expected,
                   files=report.files, pages=report.pages))
    if report.problems or report.decoded != report.expected:
        raise NoticeboardError(say_n("verify.mismatches", len(report.problems)))
