"""docs/troubleshooting.md explains every message the loader can print (kept honest by this test)."""

from __future__ import annotations

from pathlib import Path


from noticeboard.messages import SYNTAX, SYNTAX_OTHER, table

DOC = (Path(__file__).parent.parent / "docs" / "troubleshooting.md").read_text("utf-8")
# What the commands print on success and their --help are not problems to explain.
NOT_PROBLEMS = ("help", "n.", "cli.", "check.", "build.", "verify.summary", "init.", "preview.",
                "import.", "kiosk.", "word.", "summary.", "version", "did_you_mean",
                "what.", "in_commune", "command_line", "kind.", "where_", "no_name", "named.",
                "hint.", "app.")  # parts of other messages, and hints (the advice itself)
PROBLEMS = sorted(k for k in table("en") if not k.startswith(NOT_PROBLEMS))


def shown(text: str) -> str:
    """A message as printed: literal braces are doubled in the tables."""
    return text.replace("{{", "{").replace("}}", "}")


def missing_from(doc: str, keys: list[str]) -> list[str]:
    """Each form (singular and plural) of each message of ``keys``, in both languages, that
    ``doc`` does not contain, as "key (lang): text"."""
    return [f"{key} ({lang}): {text!r}" for key in keys for lang in ("vi", "en")
            for text in table(lang)[key].split("|") if shown(text) not in doc]


def test_every_message_and_syntax_error_is_documented() -> None:
    missing = missing_from(DOC, [*PROBLEMS, *SYNTAX.values(), SYNTAX_OTHER])
    assert not missing, "docs/troubleshooting.md does not explain:\n" + "\n".join(missing)


def test_a_message_missing_from_the_docs_is_named() -> None:
    key = PROBLEMS[0]
    doc = DOC.replace(shown(table("en")[key].split("|")[0]), "")
    assert missing_from(doc, PROBLEMS)[0].startswith(f"{key} (en): ")


def _keys(model, seen=None) -> set[str]:
    """Every key a user file may contain, through nested models."""
    import typing

    from pydantic import BaseModel

    seen = seen if seen is not None else set()
    keys: set[str] = set()
    for name, info in model.model_fields.items():
        keys.add(name)
        stack = [info.annotation]
        while stack:
            tp = stack.pop()
            if isinstance(tp, type) and issubclass(tp, BaseModel) and tp not in seen:
                seen.add(tp)
                keys |= _keys(tp, seen)
            stack += list(typing.get_args(tp))
    return keys


def test_every_key_the_loader_accepts_is_in_the_formats_doc() -> None:
    from noticeboard.load import schema

    formats = (Path(__file__).parent.parent / "docs" / "formats.md").read_text("utf-8")
    for model in (schema.SettingsIn, schema.CatalogueIn, schema.PlacesIn):
        for key in _keys(model):
            assert f"{key}:" in formats or f"{{{key}:" in formats, f"docs/formats.md does not describe {key!r}"


def test_every_command_has_help_with_an_example() -> None:
    import click
    from click.testing import CliRunner

    from noticeboard.cli import main

    readme = (Path(__file__).parent.parent / "README.md").read_text("utf-8")
    ctx = click.Context(main)
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        commands = [name] if not isinstance(command, click.Group) else [f"{name} {sub}" for sub in command.list_commands(ctx)]
        for full in commands:
            result = CliRunner().invoke(main, [*full.split(), "--help"])
            assert result.exit_code == 0 and "Example" in result.output, full
            vietnamese = CliRunner().invoke(main, ["--lang", "vi", *full.split(), "--help"])
            assert vietnamese.exit_code == 0 and "Ví dụ" in vietnamese.output, full
            assert f"noticeboard {full}" in readme, f"README does not mention `noticeboard {full}`"
