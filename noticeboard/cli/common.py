"""What every command shares: the one mapping of errors to exit codes, finding the project.

Commands import this module; nothing here imports a command, and library modules never import
the CLI. A command is declared with ``@command(...)`` (or a group with ``@group(...)``) so that
the errors it raises are shown the same way everywhere.
"""

from __future__ import annotations

import datetime as dt
import gettext
import importlib
import os
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import click

from ..errors import PER_KIND, DataError, NoticeboardError, Problem, folded
from ..messages import ENV, click_metavar, click_plural, click_text, say, say_n, set_language, table

# The optional packages (top-level module names) and the extra of pyproject.toml that installs
# each; tests keep this in line with pyproject.toml. Only these ImportErrors are "install X".
OPTIONAL_MODULES: dict[str, tuple[str, ...]] = {
    "zxingcpp": ("verify",),
    "numpy": ("verify",),  # verify hands page bitmaps to zxing-cpp as arrays
}


class Failed(click.ClickException):
    """A message printed as is (already formatted) with the exit code of the error behind it."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        # click >= 8.5 declares exit_code a ClassVar (misc); 8.4 does not (then the ignore is unused)
        self.exit_code = exit_code  # type: ignore[misc, unused-ignore]

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
        return Failed(f"{say('word.error')} "
                      + say("missing_extra", command=command, extra=extra, module=exc.name), 1)
    assert isinstance(exc, NoticeboardError)
    if exc.exit_code == 2:  # a bad command line: click's own format (usage line, hint)
        return click.UsageError(exc.report() or str(exc))
    verdict = f"{say('word.error')} {exc}"
    if isinstance(exc, DataError):
        verdict += say("summary.nothing_written") if writes else "."
    report = "\n".join(lines(exc.problems))  # warnings a few of each kind (check --all: all)
    return Failed(f"{report}\n{verdict}" if exc.problems else verdict, exc.exit_code)


@contextmanager
def _swapped(obj: Any, attr: str, value: Any) -> Iterator[None]:
    """``obj.attr`` is ``value`` for the duration (help texts shown in the current language)."""
    old = getattr(obj, attr)
    setattr(obj, attr, value)
    try:
        yield
    finally:
        setattr(obj, attr, old)


def help_key(ctx: click.Context, *names: str) -> str:
    """``help.kiosk.build`` for ``noticeboard kiosk build`` (the root group is plain ``help``)."""
    path = []
    while ctx.parent is not None:
        path.append(ctx.info_name or "")
        ctx = ctx.parent
    return ".".join(["help", *reversed(path), *names])


def _help(key: str, fallback: str | None) -> str | None:
    """The text of ``key``; an option shared by commands (``--strict``) may have one
    ``help.option.NAME`` text for all of them."""
    shared = "help.option." + key.rsplit(".", 1)[-1]
    return table().get(key, table().get(shared, fallback))


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

    # --help in the current language: texts come from the message tables (keys ``help.*``).
    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _swapped(self, "help", _help(help_key(ctx), self.help)):
            super().format_help_text(ctx, formatter)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with ExitStack() as stack:
            for param in self.get_params(ctx):
                if isinstance(param, click.Option) and param.name:
                    # click's own options (--help) carry click's English text: translate it too
                    own = click_text(param.help) if param.help else None
                    stack.enter_context(_swapped(param, "help", _help(help_key(ctx, param.name), own)))
                    if not param.is_flag:  # the value's kind, "TEXT", "DIRECTORY"
                        stack.enter_context(_swapped(param, "metavar", click_metavar(param.make_metavar(ctx))))
            super().format_options(ctx, formatter)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return [click_metavar(piece) for piece in super().collect_usage_pieces(ctx)]


class Group(Command, click.Group):
    """A group whose commands are ``Command``s and whose groups are ``Group``s."""

    command_class = Command
    group_class = type  # subgroups of a Group are Groups

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run one command line; ``--lang`` holds for it only (then NOTICEBOARD_LANG or Vietnamese)."""
        before = os.environ.get(ENV)
        set_language(None)
        try:
            return super().main(*args, **kwargs)
        finally:
            set_language(None)
            if before is None:
                os.environ.pop(ENV, None)
            else:
                os.environ[ENV] = before

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with ExitStack() as stack:
            for name in self.list_commands(ctx):
                cmd = self.get_command(ctx, name)
                if cmd is not None:
                    stack.enter_context(_swapped(cmd, "help", _help(help_key(ctx, name), cmd.help)))
            super().format_commands(ctx, formatter)


def translate_click() -> None:
    """Show click's own texts ("Usage:", "Missing argument", ...) in the current language.

    Each click module looks its texts up at the moment it prints them, through the names
    ``_`` and ``ngettext`` it imported from ``gettext``; those names are pointed at the message
    tables. No global gettext domain or locale is touched, so other programs are unaffected."""
    for lazy in ("click._termui_impl", "click.shell_completion"):  # imported by click on first use
        importlib.import_module(lazy)
    if sys.platform == "win32":
        importlib.import_module("click._winconsole")
    for name, module in list(sys.modules.items()):
        if name != "click" and not name.startswith("click."):
            continue
        if getattr(module, "_", None) is gettext.gettext:
            module._ = click_text  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is gettext.ngettext:
            module.ngettext = click_plural  # type: ignore[attr-defined]


def choose_language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """The ``--lang`` callback: messages from here on are in ``value``."""
    if value is not None:
        set_language(value)
        os.environ[ENV] = value  # worker processes (--jobs) and child processes speak it too


def show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """The ``--version`` callback (click's own fixes its text in English when it is declared)."""
    from .. import __version__

    if value and not ctx.resilient_parsing:
        click.echo(say("version", version=__version__))
        ctx.exit()


def command(name: str | None = None, **kwargs: Any) -> Callable[[Callable[..., Any]], Command]:
    """``click.command`` making a ``Command``."""
    return click.command(name, cls=Command, **kwargs)


def group(name: str | None = None, **kwargs: Any) -> Callable[[Callable[..., Any]], Group]:
    """``click.group`` making a ``Group``."""
    return click.group(name, cls=Group, **kwargs)


# What makes a folder a project (formats.md "Commands"): any of these, even half-made (the
# bundled catalogue at the root of a clone of the repository does not: the README builds there).
PROJECT_MARKS = ("noticeboard.yaml", "places.yaml", "places.xlsx", "procedures")


def project_or_sample(project: str | None) -> Path:
    """PROJECT as given; without it the current folder when it is a project, else the bundled
    sample, said on stderr. One rule for every command that reads a project (check included),
    so a new user's first command shows what the tool makes, marked "BẢN MẪU" everywhere."""
    from ..resources import resource_dir, sample_project

    if project is not None:
        return Path(project)
    here = Path.cwd()
    bundled = resource_dir("procedures").resolve()
    if any((here / f).exists() and (here / f).resolve() != bundled for f in PROJECT_MARKS):
        return here
    click.echo(say("cli.sample", path=sample_project()), err=True)
    return sample_project()


def load(root: Path, strict: bool = False, day: dt.date | None = None):
    """The project at ``root`` as posted on ``day`` (the build date); its warnings (those of
    the files, then those of the date) are printed on stderr, or raised with ``strict``."""
    return load_warned(root, strict, day)[0]


def load_warned(root: Path, strict: bool = False, day: dt.date | None = None):
    """``load``, and how many warnings it printed."""
    from .. import api

    project, warnings = api.load(root, strict, day)
    return project, show_warnings(warnings, strict)


def show_warnings(warnings: list, strict: bool) -> int:
    """Warnings on stderr, or raised as errors with ``--strict``; how many were printed."""
    from ..errors import Problems

    Problems(list(warnings)).raise_if_any(strict)
    for line in lines(warnings):  # a few of each kind, then a count (check --all: every one)
        click.echo(line, err=True)
    return len(warnings)



# Warnings as the terminal shows them: PER_KIND lines of each kind, then a count
# (errors.folded, as the app folds them); ``check --all`` every one.
EVERY = "noticeboard.every"  # click's ctx.meta key: print every warning (check --all)


def every() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().meta.get(EVERY))


def lines(problems: Iterable[Problem], all_of_them: bool | None = None) -> list[str]:
    """Each problem's text, warnings beyond ``PER_KIND`` of a kind left out and counted."""
    problems = list(problems)
    if every() if all_of_them is None else all_of_them:
        return [str(p) for p in problems]
    shown = folded(problems)
    out = [str(p) for p, _ in shown]
    hidden = sum(len(more) for _, more in shown)
    if hidden:
        out.append(say("cli.more_warnings", n=hidden, per_kind=PER_KIND))
    return out


class DateType(click.ParamType):
    """--date dd/mm/yyyy (or yyyy-mm-dd)."""

    name = "dd/mm/yyyy"

    def convert(self, value: Any, param: Any, ctx: Any) -> dt.date:
        from ..fields import parse_date

        day = value if isinstance(value, dt.date) else parse_date(str(value))
        if day is None:
            self.fail(say("bad_date_option", value=value), param, ctx)
        return day


def date_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """The build date: what is in force, and the date printed."""
    return click.option("--date", "day", type=DateType(), default=None)(f)  # help: help.option.day


def strict_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--strict", is_flag=True)(f)  # help: help.option.strict


def count(n: int, key: str) -> str:
    """``n`` things in the current language, e.g. ``count(3, "n.page")``."""
    return say_n(key, n)


def commune_outputs(default_out: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """PROJECT, -o OUT, --commune, --strict and --date: what share and announce both take
    (their help texts: help.<command>.out, help.<command>.commune, help.option.*)."""

    def apply(f: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed((
                click.argument("project", required=False, type=click.Path(file_okay=False)),
                click.option("-o", "--out", "out", default=default_out, show_default=True,
                             type=click.Path(file_okay=False)),
                click.option("--commune"),
                strict_option, date_option)):
            f = option(f)
        return f

    return apply


def load_for_day(project: str | None, strict: bool, day: Any) -> tuple[Any, Any]:
    """(the project, the build date) for a command that writes what is in force on that date."""
    from ..plan.village import build_date

    day = build_date(day)
    return load(project_or_sample(project), strict, day), day


def serve_until_stopped(server: Any) -> None:
    """Serve until Ctrl+C (``kiosk serve``, ``app``), then close the socket."""
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo(say("kiosk.stopped"))
    finally:
        server.server_close()
