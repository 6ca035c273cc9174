"""One mapping of library errors to exit codes and messages, and one-way imports of the CLI."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from noticeboard.cli import common, main

PACKAGE = Path(__file__).parent.parent / "noticeboard"


def test_an_unknown_commune_is_a_bad_command_line_for_every_command(sample: Path, tmp_path: Path) -> None:
    ctx = click.Context(main)
    taking = []
    for name in main.list_commands(ctx):
        cmd = main.get_command(ctx, name)
        subs = [(f"{name} {s}", cmd.get_command(ctx, s)) for s in cmd.list_commands(ctx)] \
            if isinstance(cmd, click.Group) else [(name, cmd)]
        taking += [full for full, c in subs if any("--commune" in p.opts for p in c.params)
                   and any(p.name == "project" for p in c.params)]
    assert {"build", "kiosk build"} <= set(taking)
    for full in taking:
        result = CliRunner().invoke(main, [*full.split(), str(sample), "-o", str(tmp_path / "o"),
                                           "--commune", "Xã Không Có"])
        assert result.exit_code == 2, (full, result.output)
        assert "Xã Không Có" in result.output and "Traceback" not in result.output
        assert not (tmp_path / "o").exists()


def _run_raising(exc: BaseException):
    @common.command("verify", writes=False)
    def verify() -> None:
        raise exc

    group = common.group()(lambda: None)
    group.add_command(verify)
    return CliRunner().invoke(group, ["verify"])


def test_a_missing_optional_package_says_which_extra_to_install() -> None:
    result = _run_raising(ModuleNotFoundError("No module named 'zxingcpp'", name="zxingcpp"))
    assert result.exit_code == 1 and "pip install 'noticeboard[verify]'" in result.output


def test_an_import_error_inside_the_library_is_not_blamed_on_an_extra() -> None:
    for exc in (ImportError("cannot import name 'x' from 'noticeboard.qr.encode'", name="noticeboard.qr.encode"),
                ModuleNotFoundError("No module named 'noticeboard.gone'", name="noticeboard.gone")):
        result = _run_raising(exc)
        assert "pip install" not in result.output
        assert isinstance(result.exception, ImportError)  # a bug surfaces with its traceback


def test_exit_codes_come_from_the_exception_type() -> None:
    from noticeboard.errors import CommandLineError, DataError, OutputError, Problem

    problem = Problem("places.yaml", 3, 5, "communes[0]", "something")
    assert _run_raising(DataError([problem])).exit_code == 1
    assert _run_raising(OutputError("cannot write")).exit_code == 1
    bad_option = _run_raising(CommandLineError(Problem("command line", None, None, "--commune", "no")))
    assert bad_option.exit_code == 2 and "--commune: no" in bad_option.output


def test_optional_modules_match_the_extras_of_pyproject() -> None:
    meta = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text("utf-8"))["project"]
    extras = {name: {re.split(r"[<>=\[ ;]", req)[0].replace("-", "").lower() for req in reqs}
              for name, reqs in meta.get("optional-dependencies", {}).items() if name != "test"}
    required = {re.split(r"[<>=\[ ;]", req)[0].replace("-", "").lower() for req in meta["dependencies"]}
    for module, names in common.OPTIONAL_MODULES.items():
        assert module.replace("_", "") not in required, f"{module} is a dependency now, not optional"
        for extra in names:
            assert module.replace("_", "") in extras[extra], (module, extra)
    listed = {(m.replace("_", ""), e) for m, names in common.OPTIONAL_MODULES.items() for e in names}
    assert listed == {(d, e) for e, dists in extras.items() for d in dists}


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module imported, names imported) of every import in ``path``, made absolute."""
    tree = ast.parse(path.read_text("utf-8"))
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = parts if path.name == "__init__.py" else parts[:-1]
    package = package[:-1] if path.name == "__init__.py" else package
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module or "").split(".")]).strip(".")
            found.append((module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names]
    return found


def test_the_library_never_imports_the_cli_and_no_private_name_leaves_a_cli_module() -> None:
    for path in PACKAGE.rglob("*.py"):
        in_cli = path.is_relative_to(PACKAGE / "cli") or path.name == "__main__.py"  # the entry points
        for module, names in _imports(path):
            if not in_cli:
                assert not module.startswith("noticeboard.cli"), f"{path} imports the CLI"
                assert not (module == "noticeboard" and "cli" in names), f"{path} imports the CLI"
            elif module.startswith("noticeboard.cli"):
                private = [n for n in names if n.startswith("_")]
                assert not private, f"{path} imports private {private} from {module}"
            if in_cli and module.startswith("noticeboard.cli."):
                assert module == "noticeboard.cli.common", f"{path}: commands import only common"
