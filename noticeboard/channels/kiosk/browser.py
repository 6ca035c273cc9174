"""Finding a browser with a full-screen ``--kiosk`` mode on the office computer."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

# Browsers that have a --kiosk mode, in the order a commune office is likely to have them.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
            "microsoft-edge", "microsoft-edge-stable", "msedge", "chrome")
WINDOWS_BROWSERS = (r"Google\Chrome\Application\chrome.exe", r"Microsoft\Edge\Application\msedge.exe")


def find_browser() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":  # Chrome and Edge are rarely on PATH there
        for var in ("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA"):
            base = os.environ.get(var)
            for rel in WINDOWS_BROWSERS if base else ():
                candidate = Path(base) / rel
                if candidate.is_file():
                    return str(candidate)
    return None


def kiosk_command(browser: str, url: str) -> list[str]:
    # No first-run dialogs, no translate bar, no swipe-back out of the page.
    return [browser, "--kiosk", "--no-first-run", "--noerrdialogs", "--disable-translate",
            "--overscroll-history-navigation=0", url]
