"""``noticeboard build``: the posters of every village, with a progress bar on terminals."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from .common import command, count, date_option, load, project_or_sample, strict_option


@command("build")
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("-o", "--out", "out", default="posters", show_default=True,
              type=click.Path(file_okay=False), help="Output folder (created when missing).")
@click.option("--commune", help='Only this commune ("Xã Lâm Bình" or its slug xa-lam-binh).')
@click.option("--village", help="Only this village (name or slug).")
@click.option("--paper", type=click.Choice(["A4", "A3", "A5"]), help="Paper size (default: from noticeboard.yaml, else A4).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Processes to use (default: the number of cores).")
@click.option("--force", is_flag=True, help="Rebuild every file, even those that are up to date.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, only the summary.")
@strict_option
@date_option
def build(project: str | None, out: str, commune: str | None, village: str | None,
          paper: str | None, jobs: int | None, force: bool, quiet: bool, strict: bool, day) -> None:
    """Build the posters: one PDF per village cultural house, one per commune, manifest.json.

    \b
    Example:
      noticeboard build samples/lam-binh -o posters --commune "Xã Thượng Lâm"
    """
    from ..build import build_posters, default_jobs
    from ..plan import plan

    root = project_or_sample(project, allow_sample=True)
    started = time.monotonic()
    from ..plan import build_date

    day = build_date(day)
    p = load(root, strict, day)
    total = len(plan(p, commune, village, day))
    done = [0]

    def rate(_: object) -> str:
        elapsed = time.monotonic() - started
        return f"{done[0] / elapsed:.1f} villages/s" if done[0] and elapsed > 0 else ""

    def advance(n: int) -> None:
        done[0] += n
        bar.update(n)

    # On a pipe or in a log, click would print the bare label: show the bar on terminals only.
    with click.progressbar(length=total, label="Villages", file=sys.stderr, show_pos=True,
                           show_eta=True, hidden=quiet or not sys.stderr.isatty(),
                           item_show_func=rate) as bar:
        result = build_posters(p, Path(out), commune, village, paper, jobs=jobs or default_jobs(),
                               date=day, force=force, progress=advance)
    where = Path(out).resolve()
    skipped = f", {count(result.skipped, 'file')} unchanged and skipped" if result.skipped else ""
    click.echo(f"Wrote {count(result.written, 'PDF')}{skipped} ({count(result.villages, 'village')}, "
               f"{count(result.pages, 'page')} for the villages) in {time.monotonic() - started:.1f} s "
               f"to {where}")
    click.echo(f"The list of files is in {where / 'manifest.json'}")
