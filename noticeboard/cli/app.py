"""``noticeboard app``: option parsing only; the app is noticeboard/app/."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import click

from ..messages import say
from .common import command, serve_until_stopped


@command("app", writes=False)
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("--port", type=click.IntRange(0, 65535), default=0)
@click.option("--no-browser", is_flag=True)
def app_command(project: str | None, port: int, no_browser: bool) -> None:
    """The clerk's window in the browser (the text shown is the table's ``help.app``)."""
    from ..app.server import make_app
    from ..app.session import Session, is_project

    session = Session()
    if project is not None:
        folder = Path(project).resolve()
        session.browse_start = folder.parent if is_project(folder) else folder
        if is_project(folder):
            session.choose(folder)
    server, guard = make_app(session, port)
    click.echo(say("app.serving", url=guard.address()))
    if not no_browser:
        webbrowser.open(guard.address())
    serve_until_stopped(server)
