"""The command line: a thin layer that parses options and calls the pipeline stages."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import DataError, NoticeboardError


class Abort(click.ClickException):
    """Exit status 1 with a message (bad data); click itself uses 2 for a bad command line."""

    exit_code = 1

    def show(self, file=None) -> None:
        click.echo(self.format_message(), err=True)


def _fail(exc: NoticeboardError, writes: bool = True) -> Abort:
    """The exit-1 exception for ``exc``; commands that write say that nothing was written."""
    if isinstance(exc, DataError):
        return Abort(f"{exc.report()}\nError: {exc}" + ("; nothing was written." if writes else "."))
    return Abort(f"Error: {exc}")


def _project_or_sample(project: str | None, allow_sample: bool) -> Path:
    """PROJECT, else the current folder if it is a project, else the bundled sample."""
    from .resources import sample_project

    if project is not None:
        return Path(project)
    here = Path.cwd()
    if (here / "places.yaml").exists() or (here / "noticeboard.yaml").exists() or not allow_sample:
        return here
    click.echo(f"No project here: using the bundled sample ({sample_project()}).", err=True)
    return sample_project()


def _load(root: Path, strict: bool = False):
    from .load.project import load_project_with_warnings

    project, warnings = load_project_with_warnings(root, strict=strict)
    for w in warnings:
        click.echo(str(w), err=True)
    return project


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="noticeboard")
def main() -> None:
    """Vietnamese procedure posters with QR codes for village cultural houses,
    and an offline kiosk for the commune office.

    \b
    Example:
      noticeboard check my-commune
      noticeboard build my-commune -o posters
    """


@main.command()
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def check(project: str | None, strict: bool) -> None:
    """Validate a project folder and print every problem (exit 1 on errors).

    \b
    Example:
      noticeboard check samples/lam-binh
    """
    root = _project_or_sample(project, allow_sample=False)
    try:
        p = _load(root, strict)
    except NoticeboardError as exc:
        raise _fail(exc, writes=False) from None
    villages = sum(len(c.villages) for c in p.places.communes)
    click.echo(f"OK: {len(p.procedures)} procedures, {len(p.places.communes)} communes, "
               f"{villages} villages.")


@main.command()
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
def build(project: str | None, out: str, commune: str | None, village: str | None,
          paper: str | None, jobs: int | None, force: bool, quiet: bool) -> None:
    """Build the posters: one PDF per village cultural house, one per commune, manifest.json.

    \b
    Example:
      noticeboard build samples/lam-binh -o posters --commune "Xã Thượng Lâm"
    """
    from .build import build_posters, default_jobs
    from .plan import plan

    root = _project_or_sample(project, allow_sample=True)
    started = time.monotonic()
    try:
        p = _load(root)
        try:
            total = len(plan(p, commune, village))
        except DataError as exc:  # only --commune/--village can fail here: a bad command line
            raise click.UsageError(exc.report()) from None
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
                                   force=force, progress=advance)
    except NoticeboardError as exc:
        raise _fail(exc) from None
    where = Path(out).resolve()
    skipped = f", {_count(result.skipped, 'file')} unchanged and skipped" if result.skipped else ""
    click.echo(f"Wrote {_count(result.written, 'PDF')}{skipped} ({_count(result.villages, 'village')}, "
               f"{_count(result.pages, 'page')} for the villages) in {time.monotonic() - started:.1f} s "
               f"to {where}")
    click.echo(f"The list of files is in {where / 'manifest.json'}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False))
def verify(out: str) -> None:
    """Decode every QR code in OUT's PDFs and compare with manifest.json (exit 1 on a mismatch).

    \b
    Example:
      noticeboard verify posters
    """
    from .verify import verify_output

    try:
        report = verify_output(Path(out), progress=lambda: None)
    except NoticeboardError as exc:
        raise _fail(exc) from None
    except ImportError as exc:
        raise Abort(f"Error: verify needs the 'verify' extra ({exc.name} missing): "
                    "pip install 'noticeboard[verify]'") from None
    for line in report.problems:
        click.echo(line, err=True)
    click.echo(f"{report.decoded}/{report.expected} QR codes decoded and matched in "
               f"{report.files} files ({report.pages} pages with QR codes rendered).")
    if report.problems or report.decoded != report.expected:
        raise Abort(f"Error: {len(report.problems)} mismatches.")


# Commands that live in their own modules (keeps this file thin).
from .cli_more import init_command, preview_command  # noqa: E402
from .announce.cli import announce_command  # noqa: E402
from .importers.cli import import_command  # noqa: E402
from .share.cli import share_command  # noqa: E402
from .kiosk.cli import kiosk  # noqa: E402  (it uses the helpers above)

for _command in (import_command, init_command, preview_command, kiosk, announce_command, share_command):
    main.add_command(_command)
