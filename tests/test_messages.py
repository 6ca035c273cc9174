"""Messages: Vietnamese by default, English with --lang en or NOTICEBOARD_LANG=en; both tables
complete; click's own texts translated too."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from noticeboard import messages
from noticeboard.cli import main
from noticeboard.messages import en, vi


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_both_tables_have_the_same_keys_and_placeholders() -> None:
    assert set(vi.MESSAGES) == set(en.MESSAGES)
    for key, text in en.MESSAGES.items():
        assert _fields(text) == _fields(vi.MESSAGES[key]), key
        assert text.count("|") <= 1 and "|" not in vi.MESSAGES[key], key  # Vietnamese has no plural


@pytest.mark.parametrize("table", [vi.MESSAGES, en.MESSAGES], ids=["vi", "en"])
def test_every_message_formats_with_its_placeholders(table: dict[str, str]) -> None:
    # a literal brace ("{ }") in a text would raise KeyError at the moment the message is needed
    for key, text in table.items():
        assert text.format(**{name: "x" for name in _fields(text)}), key


@pytest.fixture
def vietnamese(monkeypatch):
    monkeypatch.delenv("NOTICEBOARD_LANG", raising=False)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_vietnamese_is_the_default_and_english_is_asked_for(vietnamese, project: Path, monkeypatch) -> None:
    assert "Đạt: 2 thủ tục, 1 xã, 1 thôn." in run("check", str(project)).output
    assert "OK: 2 procedures" in run("--lang", "en", "check", str(project)).output
    assert "Đạt:" in run("check", str(project)).output  # --lang holds for one command line only
    monkeypatch.setenv("NOTICEBOARD_LANG", "en")
    assert "OK: 2 procedures" in run("check", str(project)).output
    assert "Đạt:" in run("--lang", "vi", "check", str(project)).output


def test_lang_reaches_worker_processes_for_one_command_line(vietnamese, project: Path) -> None:
    """--lang is put in NOTICEBOARD_LANG while the command runs (spawned --jobs workers read
    it), and taken out again after it."""
    import os

    from noticeboard.cli import common

    seen = []

    @common.command("peek", writes=False)
    def peek() -> None:
        seen.append(os.environ.get("NOTICEBOARD_LANG"))

    main.add_command(peek)
    try:
        run("--lang", "en", "peek")
        run("peek")
    finally:
        main.commands.pop("peek")
    assert seen == ["en", None] and "NOTICEBOARD_LANG" not in os.environ


def test_a_problem_in_vietnamese_keeps_its_location(vietnamese, tmp_path: Path) -> None:
    from .conftest import CATALOGUE, write_project

    root = write_project(tmp_path, catalogue=CATALOGUE.replace("    fee:", "    fees:", 1))
    result = run("check", str(root))
    assert result.exit_code == 1
    assert 'mục "fees" không có trong mẫu' in result.output
    assert "\n    gợi ý: " in result.output and "\nLỗi: có " in result.output
    assert "procedures/" in result.output and ":" in result.output.splitlines()[0]


def test_clicks_own_messages_are_vietnamese(vietnamese) -> None:
    bad = run("build", "--nope")
    assert bad.exit_code == 2
    assert "Cách dùng: noticeboard build" in bad.output and "Không có tùy chọn '--nope'" in bad.output
    assert "Lỗi:" in bad.output and "Usage" not in bad.output and "No such option" not in bad.output
    missing = run("verify")
    assert missing.exit_code == 2 and "Thiếu tham số 'OUT'" in missing.output
    helped = run("build", "--help")
    assert "In hướng dẫn này rồi thoát." in helped.output and "Tùy chọn:" in helped.output
    assert "Số tiến trình chạy song song" in helped.output and "Ví dụ:" in helped.output
    assert "Cách dùng: noticeboard build [TÙY CHỌN] [PROJECT]" in helped.output
    assert "-o, --out THƯ MỤC" in helped.output and "--date NGÀY/THÁNG/NĂM" in helped.output
    english_help = run("--lang", "en", "build", "--help")
    assert "[OPTIONS]" in english_help.output and "-o, --out DIRECTORY" in english_help.output
    english = run("--lang", "en", "build", "--nope")
    assert "Usage: noticeboard build" in english.output and "No such option '--nope'" in english.output


def test_every_command_and_option_has_help_in_both_languages() -> None:
    ctx = click.Context(main, info_name="noticeboard")

    def walk(command: click.Command, ctx: click.Context):
        yield command, ctx
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                yield from walk(sub, click.Context(sub, info_name=name, parent=ctx))

    from noticeboard.cli.common import help_key

    for command, cctx in walk(main, ctx):
        for lang in ("vi", "en"):
            assert help_key(cctx) in messages.table(lang), help_key(cctx)
            for param in command.params:
                if isinstance(param, click.Option) and param.name not in ("version",):
                    keys = (help_key(cctx, param.name), f"help.option.{param.name}")  # own or shared
                    assert any(k in messages.table(lang) for k in keys), keys


def _click_msgids() -> dict[str, set[str]]:
    """Every text click looks up with gettext, with the placeholders it fills in."""
    found: dict[str, set[str]] = {}
    for path in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in ("_", "ngettext") and node.args:
                texts = [a.value for a in node.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if texts:
                    found[texts[0]] = set().union(*(_fields(t) for t in texts))
    found["required"] = set()  # click translates extra["required"] = "required" through a variable
    return found


def test_every_text_of_click_has_a_vietnamese_translation_with_its_placeholders() -> None:
    msgids = _click_msgids()
    assert "Usage:" in msgids and "Missing argument" in msgids
    for msgid, fields in msgids.items():
        assert msgid in vi.CLICK, f"click's {msgid!r} has no Vietnamese translation"
        assert _fields(vi.CLICK[msgid].replace("%(", "{").replace(")s", "}")) <= fields | {"prog", "version"}, msgid


def test_every_key_the_code_says_is_in_the_tables() -> None:
    """``say("key")`` with a key missing from the tables would fail only when that message is due."""
    package = Path(messages.__file__).parent.parent
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in ("say", "say_n") and node.args \
                    and isinstance(node.args[0], ast.Constant):
                assert node.args[0].value in en.MESSAGES, f"{path}:{node.lineno}: {node.args[0].value}"
