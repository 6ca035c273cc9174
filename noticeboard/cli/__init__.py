"""The command line: a thin layer that parses options and calls the pipeline stages.

One module per command; what they share is public in ``common``. The entry point is ``main``.
"""

from __future__ import annotations

import click

from .. import __version__
from . import build, check, importing, init, kiosk, preview, verify
from .common import group


@group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="noticeboard")
def main() -> None:
    """Vietnamese procedure posters with QR codes for village cultural houses,
    and an offline kiosk for the commune office.

    \b
    Example:
      noticeboard check my-commune
      noticeboard build my-commune -o posters
    """


for _command in (check.check, build.build, verify.verify, init.init_command, preview.preview_command,
                 importing.import_command, kiosk.kiosk):
    main.add_command(_command)
