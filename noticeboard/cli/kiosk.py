"""``noticeboard kiosk build`` and ``noticeboard kiosk serve``: option parsing only."""

from __future__ import annotations

import subprocess
from pathlib import Path

import click

from ..errors import NoticeboardError
from ..channels.kiosk.browser import find_browser, kiosk_command
from ..messages import say
from .common import date_option, group, load, project_or_sample, serve_until_stopped, strict_option


@group("kiosk")
def kiosk() -> None:
    """The offline kiosk for the commune office touch screen."""


@kiosk.command("build")
@click.argument("project", required=False, type=click.Path(file_okay=False))
@click.option("-o", "--out", "out", default="kiosk", show_default=True,
              type=click.Path(file_okay=False))
@click.option("--commune")
@click.option("--idle", type=click.IntRange(1, 86400), default=90, show_default=True)
@strict_option
@date_option
def build(project: str | None, out: str, commune: str | None, idle: int, strict: bool, day) -> None:
    """Build the kiosk folder: open OUT/index.html in a browser, or serve it."""
    from ..channels.kiosk.build import build_kiosk

    from ..plan.village import build_date

    day = build_date(day)
    data = build_kiosk(load(project_or_sample(project), strict, day), Path(out),
                       commune, idle, day=day)
    index = Path(out).resolve() / "index.html"
    click.echo(say("kiosk.wrote", procedures=len(data["procedures"]),
                   communes=", ".join(c["name"] for c in data["communes"]), folder=index.parent))
    click.echo(say("kiosk.open", uri=index.as_uri(), out=out))


@kiosk.command("serve")
@click.argument("out", type=click.Path(exists=True, file_okay=False))
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--open", "open_browser", is_flag=True)
@click.option("-v", "--verbose", is_flag=True)
def serve(out: str, port: int, host: str, open_browser: bool, verbose: bool) -> None:
    """Serve a built kiosk folder (static files only) until Ctrl+C."""
    from ..channels.kiosk.serve import is_loopback, make_server

    server = make_server(Path(out), host, port, quiet=not verbose)
    bound_port = server.server_address[1]
    bare = host.strip("[]")
    shown = {"0.0.0.0": "127.0.0.1", "::": "[::1]"}.get(bare, f"[{bare}]" if ":" in bare else bare)
    url = f"http://{shown}:{bound_port}/"
    if not is_loopback(host):
        click.echo(say("kiosk.lan", host=host), err=True)
    click.echo(say("kiosk.serving", folder=Path(out).resolve(), url=url))
    if open_browser:
        start_browser(url)
    serve_until_stopped(server)


def start_browser(url: str) -> None:
    browser = find_browser()
    if browser is None:
        cmd = " ".join(kiosk_command("chromium", url))
        click.echo(say("kiosk.no_browser", command=cmd), err=True)
        return
    try:
        subprocess.Popen(kiosk_command(browser, url), stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError as exc:
        raise NoticeboardError(say("kiosk.cannot_start", browser=browser, reason=exc)) from None
    click.echo(say("kiosk.started", browser=browser))
