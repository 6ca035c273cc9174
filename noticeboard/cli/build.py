"""``noticeboard build``: the posters of every village, with a progress bar on terminals."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from .. import api
from ..messages import say
from ..plan.desk import CHANGES_PDF
from ..plan.village import build_date
from .common import command, count, date_option, load, project_or_sample, strict_option


@command("build")
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("-o", "--out", "out", default="posters", show_default=True,
              type=click.Path(file_okay=False))
@click.option("--commune")
@click.option("--village")
@click.option("--paper", type=click.Choice(["A4", "A3", "A5"]))
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None)
@click.option("--force", is_flag=True)
@click.option("-q", "--quiet", is_flag=True)
@strict_option
@date_option
@click.option("--booklet", is_flag=True)
@click.option("--since", type=click.Path(exists=True, dir_okay=False))
def build(project: str | None, out: str, commune: str | None, village: str | None,
          paper: str | None, jobs: int | None, force: bool, quiet: bool, strict: bool, day,
          booklet: bool, since: str | None) -> None:
    """Build the posters: one PDF per village cultural house, one per commune, manifest.json."""
    root = project_or_sample(project)
    started = time.monotonic()
    day = build_date(day)
    p = load(root, strict, day)
    total = len(api.plan(p, commune, village, day))
    done = [0]

    def rate(_: object) -> str:
        elapsed = time.monotonic() - started
        return say("build.rate", rate=f"{done[0] / elapsed:.1f}") if done[0] and elapsed > 0 else ""

    def advance(n: int) -> None:
        done[0] += n
        bar.update(n)

    # On a pipe or in a log, click would print the bare label: show the bar on terminals only.
    with click.progressbar(length=total, label=say("build.progress"), file=sys.stderr, show_pos=True,
                           show_eta=True, hidden=quiet or not sys.stderr.isatty(),
                           item_show_func=rate) as bar:
        result = api.build(p, out, commune, village, paper, day, jobs, force, since, booklet, progress=advance)
    where = Path(out).resolve()
    skipped = say("build.skipped", files=count(result.skipped, "n.file")) if result.skipped else ""
    click.echo(say("build.wrote", pdfs=count(result.written, "n.pdf"), skipped=skipped,
                   villages=count(result.villages, "n.village"), pages=count(result.pages, "n.page"),
                   seconds=f"{time.monotonic() - started:.1f}", folder=where))
    caution = result.earlier(build_date(day))
    if caution:
        click.echo(caution, err=True)
    reports = [str(where / f) for f in result.files if f.endswith("/" + CHANGES_PDF)]
    if reports:  # only when something changed: say so, and where to read it
        click.echo(say("build.changes", files=", ".join(reports)))
    click.echo(say("build.manifest", path=where / "manifest.json"))
