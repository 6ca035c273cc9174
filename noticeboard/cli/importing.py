"""`noticeboard import`: the command line of the importers."""

from __future__ import annotations

from pathlib import Path

import click

from ..messages import say
from .common import command


@command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--out", "out", required=True, type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True)
@click.option("--replace", is_flag=True)
@click.option("--skip-incomplete", is_flag=True)
def import_command(files: tuple[str, ...], out: str, force: bool, replace: bool,
                   skip_incomplete: bool) -> None:
    """Import national portal records (.json) and province spreadsheets (.csv, .xlsx)
    into a catalogue file; print what each record could not map (exit 1 on errors)."""
    from ..importers.run import clashes, prepare, read_sources, write_catalogue

    paths = [Path(f) for f in files]
    report = read_sources(paths, skip_incomplete)
    records = prepare(report, Path(out), force, replace)  # merged into what OUT holds
    for rec in report.records + report.skipped:
        head = f"{rec.origin}: {rec.code or say('import.no_code')} {rec.fields.get('name', '')}".rstrip()
        state = "skipped" if rec in report.skipped else ("error" if rec.errors else "ok")
        click.echo(f"{head}: {say('import.state_' + state)}", err=True)
        for line in rec.errors:
            click.echo(f"    {say('import.error')} {line}", err=True)
        for line in rec.notes:
            click.echo(f"    {say('import.note')} {line}", err=True)
    for line in report.errors:
        click.echo(f"{say('import.error')} {line}", err=True)
    write_catalogue(report, Path(out), paths, records)
    for line in clashes(Path(out), report):
        click.echo(f"{say('import.warning')} {line}", err=True)
    click.echo(say("import.wrote", procedures=len(records), out=out)
               + (say("import.skipped", n=len(report.skipped)) if report.skipped else ""))
