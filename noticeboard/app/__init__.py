"""``noticeboard app``: the clerk's window, a local web app over the same pipeline as the CLI.

- ``guard``: who may talk to it (this run's token, its own Host and Origin only);
- ``session``: the project chosen and the long work running in the background (a build with
  its progress, cards, script, kiosk), each a call of the library the CLI calls;
- ``pages``: the screens, server-rendered HTML in the message tables' language;
- ``server``: the standard library's threaded HTTP server, routes and files.
"""
