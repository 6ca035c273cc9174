"""`noticeboard import`: the command line of the importers."""

from __future__ import annotations

from pathlib import Path

import click

from .common import command


@command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--out", "out", required=True, type=click.Path(dir_okay=False),
              help="Catalogue file to write, e.g. procedures/imported.yaml.")
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@click.option("--skip-incomplete", is_flag=True,
              help="Leave out records that miss a required field instead of failing.")
def import_command(files: tuple[str, ...], out: str, force: bool, skip_incomplete: bool) -> None:
    """Import national portal records (.json) and province spreadsheets (.csv, .xlsx)
    into a catalogue file; print what each record could not map (exit 1 on errors).

    \b
    Example:
      noticeboard import 1.001193.json danh-muc.xlsx -o procedures/imported.yaml
    """
    from ..importers.run import clashes, read_sources, write_catalogue

    paths = [Path(f) for f in files]
    report = read_sources(paths, skip_incomplete)
    for rec in report.records + report.skipped:
        head = f"{rec.origin}: {rec.code or '(no code)'} {rec.fields.get('name', '')}".rstrip()
        state = "skipped" if rec in report.skipped else ("ERROR" if rec.errors else "ok")
        click.echo(f"{head}: {state}", err=True)
        for line in rec.errors:
            click.echo(f"    error: {line}", err=True)
        for line in rec.notes:
            click.echo(f"    note: {line}", err=True)
    for line in report.errors:
        click.echo(f"error: {line}", err=True)
    write_catalogue(report, Path(out), paths, force)
    for line in clashes(Path(out), report):
        click.echo(f"warning: {line}", err=True)
    click.echo(f"Wrote {len(report.records)} procedures to {out}"
               + (f" ({len(report.skipped)} skipped)" if report.skipped else ""))
