"""What every command shares: the one mapping of errors to exit codes, finding the project.

Commands import this module; nothing here imports a command, and library modules never import
the CLI. A command is declared with ``@command(...)`` (or a group with ``@group(...)``) so that
the errors it raises are shown the same way everywhere.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable

import click

from ..errors import DataError, NoticeboardError

# The optional packages (top-level module names) and the extra of pyproject.toml that installs
# each; tests keep this in line with pyproject.toml. Only these ImportErrors are "install X".
OPTIONAL_MODULES: dict[str, tuple[str, ...]] = {
    "pypdfium2": ("verify", "preview"),
    "zxingcpp": ("verify",),
}


class Failed(click.ClickException):
    """A message printed as is (already formatted) with the exit code of the error behind it."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file: Any = None) -> None:
        click.echo(self.format_message(), err=True)


def missing_extra(exc: ImportError, command: str) -> str | None:
    """The extra to install when ``exc`` is an optional package missing, else None (a bug)."""
    if not isinstance(exc, ModuleNotFoundError) or not exc.name:
        return None
    extras = OPTIONAL_MODULES.get(exc.name.split(".")[0])
    if not extras:
        return None
    return command if command in extras else extras[0]


def to_click(exc: Exception, command: str, writes: bool) -> click.ClickException:
    """The one mapping from a library error to what the user sees and the exit status."""
    if isinstance(exc, ImportError):
        extra = missing_extra(exc, command)
        return Failed(f"Error: {command} needs the '{extra}' extra ({exc.name} missing): "
                      f"pip install 'noticeboard[{extra}]'", 1)
    assert isinstance(exc, NoticeboardError)
    if exc.exit_code == 2:  # a bad command line: click's own format (usage line, hint)
        return click.UsageError(exc.report() or str(exc))
    if isinstance(exc, DataError):
        return Failed(f"{exc.report()}\nError: {exc}" + ("; nothing was written." if writes else "."),
                      exc.exit_code)
    return Failed(f"{exc.report()}\nError: {exc}" if exc.problems else f"Error: {exc}", exc.exit_code)


class Command(click.Command):
    """A command whose library errors go through ``to_click`` (``writes``: the command writes
    files, so a data error says that nothing was written)."""

    def __init__(self, *args: Any, writes: bool = True, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.writes = writes

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NoticeboardError as exc:
            raise to_click(exc, ctx.info_name or "", self.writes) from None
        except ImportError as exc:
            if missing_extra(exc, ctx.info_name or "") is None:
                raise  # a bug inside the library, not a missing optional package
            raise to_click(exc, ctx.info_name or "", self.writes) from None


class Group(click.Group):
    """A group whose commands are ``Command``s and whose groups are ``Group``s."""

    command_class = Command
    group_class = type  # subgroups of a Group are Groups


def command(name: str | None = None, **kwargs: Any) -> Callable[[Callable[..., Any]], Command]:
    """``click.command`` making a ``Command``."""
    return click.command(name, cls=Command, **kwargs)  # type: ignore[return-value]


def group(name: str | None = None, **kwargs: Any) -> Callable[[Callable[..., Any]], Group]:
    """``click.group`` making a ``Group``."""
    return click.group(name, cls=Group, **kwargs)  # type: ignore[return-value]


def project_or_sample(project: str | None, allow_sample: bool) -> Path:
    """PROJECT, else the current folder if it is a project, else the bundled sample."""
    from ..resources import sample_project

    if project is not None:
        return Path(project)
    here = Path.cwd()
    if any((here / f).exists() for f in ("places.yaml", "places.xlsx", "noticeboard.yaml")) or not allow_sample:
        return here
    click.echo(f"No project here: using the bundled sample ({sample_project()}).", err=True)
    return sample_project()


def load(root: Path, strict: bool = False, day: dt.date | None = None):
    """The project at ``root`` as posted on ``day`` (the build date); its warnings (those of
    the files, then those of the date) are printed on stderr, or raised with ``strict``."""
    from ..errors import Problems
    from ..in_force import posting_problems
    from ..load.project import load_project_with_warnings

    project, warnings = load_project_with_warnings(root, strict=strict)
    warnings = warnings + posting_problems(project, day)
    Problems(list(warnings)).raise_if_any(strict)
    for w in warnings:
        click.echo(str(w), err=True)
    return project


class DateType(click.ParamType):
    """--date dd/mm/yyyy (or yyyy-mm-dd)."""

    name = "dd/mm/yyyy"

    def convert(self, value: Any, param: Any, ctx: Any) -> dt.date:
        from ..fields import parse_date

        day = value if isinstance(value, dt.date) else parse_date(str(value))
        if day is None:
            self.fail(f'"{value}" is not a date: write it as dd/mm/yyyy, e.g. 04/09/2026', param, ctx)
        return day


def date_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """The build date: what is in force, and the date printed."""
    return click.option("--date", "day", type=DateType(), default=None,
                        help="The build date (default: SOURCE_DATE_EPOCH, else today, Vietnam time): "
                             "what is in force on it is posted.")(f)


def strict_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--strict", is_flag=True,
                        help="Treat warnings as errors (e.g. a posted procedure no longer in force).")(f)


def count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
