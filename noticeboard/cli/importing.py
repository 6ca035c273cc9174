"""`noticeboard import`: the command line of the importers. `import records FILE… -o OUT`
(portal records and spreadsheets; `import FILE… -o OUT` for short, as before) and
`import decision FILE… [PROJECT]` (a province's decision applied to a project's catalogue)."""

from __future__ import annotations

from pathlib import Path

import click

from ..messages import say
from .common import DateType, Group, date_option, strict_option


class ImportGroup(Group):
    """A group whose first word may be a file: `import FILE… -o OUT` is `import records …`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["records", *args]
        return super().parse_args(ctx, args)


@click.group("import", cls=ImportGroup)
def import_group() -> None:
    """Import real data (the text shown is the table's ``help.import``)."""


@import_group.command("records")  # a Command: errors shown as everywhere
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--out", "out", required=True, type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True)
@click.option("--replace", is_flag=True)
@click.option("--skip-incomplete", is_flag=True)
def import_records(files: tuple[str, ...], out: str, force: bool, replace: bool,
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


@import_group.command("decision")  # a Command: errors shown as everywhere
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True), metavar="FILE... [PROJECT]")
@click.option("--dry-run", is_flag=True)
@click.option("--all-levels", is_flag=True)
@click.option("--number")
@click.option("--effective", type=DateType())
@strict_option
@date_option
def import_decision(paths: tuple[str, ...], dry_run: bool, all_levels: bool, number: str | None,
                    effective, strict: bool, day) -> None:
    """Apply a province's decision to the project's catalogue (the text shown is the table's
    ``help.import.decision``). The last path is the project when it is a folder."""
    from ..decisions import apply_import, plan_import, render_table
    from ..errors import DataError

    files = [Path(p) for p in paths]
    root = files.pop() if files and files[-1].is_dir() else Path.cwd()
    if not files:
        raise click.UsageError(say("import.decision_no_files"))
    plan = plan_import(root, files, all_levels=all_levels, day=day, strict=strict, number=number,
                       effective=effective)
    if plan.actions or plan.skipped_files:
        click.echo(render_table(plan, dry_run))
    for problem in plan.problems:
        if problem.warning:
            click.echo(str(problem), err=True)
    if plan.errors:
        raise DataError(plan.problems)
    if dry_run:
        return
    written = apply_import(plan)
    shown = ", ".join(str(p.relative_to(root)) if p.is_relative_to(root) else str(p) for p in written)
    click.echo(say("import.decision_wrote", files=shown) if written else say("import.decision_nothing"))
