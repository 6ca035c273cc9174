"""The command line: a thin layer that parses options and calls the pipeline stages.

One module per command; what they share is public in ``common``. The entry point is ``main``.
Every text a person reads comes from the message tables (noticeboard/messages/), ``--help``
included (keys ``help.*``), in Vietnamese unless ``--lang en`` or ``NOTICEBOARD_LANG=en``.
"""

from __future__ import annotations

import click

from ..messages import LANGUAGES
from . import announce, app, build, check, importing, init, kiosk, listing, preview, share, verify
from .common import choose_language, group, show_version, translate_click

translate_click()


@group("noticeboard", context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--lang", type=click.Choice(sorted(LANGUAGES)), is_eager=True, expose_value=False,
              callback=choose_language)  # its help, like every other: the table's help.lang
@click.option("--version", is_flag=True, is_eager=True, expose_value=False, callback=show_version,
              help="Show the version and exit.")
def main() -> None:
    """Posters and a kiosk of Vietnamese procedures (the text shown is the table's ``help``)."""


for _command in (check.check, build.build, verify.verify, init.init_command, preview.preview_command,
                 importing.import_group, kiosk.kiosk, listing.list_command,
                 share.share_command, announce.announce_command, app.app_command):
    main.add_command(_command)
