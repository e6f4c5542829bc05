"""Which Chromium to drive: Playwright's own build when installed, else the system's.

`python -m parcours.browser` prints the choice, or what to install, and exits non-zero without one.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SYSTEM_CHROMIUMS = ("chromium", "chromium-browser", "google-chrome")
# Chromium's headless build, the one Playwright itself uses for headless runs: about half the CPU of
# the full browser a journey. It carries English strings only (a file field reads « Choose File »).
SYSTEM_HEADLESS_SHELLS = ("chromium-headless-shell",)
# Debian's binary behind its /usr/bin wrapper script, which a Playwright browser server refuses to run.
DEBIAN_HEADLESS_SHELL = Path("/usr/lib/chromium/chromium-headless-shell")
# The people of the tutorials use a French browser: its own strings (the full Chromium, with Debian's
# chromium-l10n), its dates and its Accept-Language.
FRENCH_ARGS = ("--lang=fr-FR",)
# LANGUAGE, not LANG: a LANG naming a locale the machine lacks empties Chromium's file uploads.
FRENCH_ENV = {"LANGUAGE": "fr"}
# A closed network makes Chromium's background services hang and retry; these stop them.
CLOSED_NETWORK_ARGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
HOW_TO_INSTALL = (
    "Aucun Chromium trouvé. Lancez `make setup` (il installe le navigateur), ou "
    "`python -m playwright install chromium`, ou `apt-get install chromium-headless-shell chromium`, "
    "ou indiquez-en un avec PARCOURS_CHROMIUM=/chemin/vers/chromium."
)


class NoBrowserError(RuntimeError):
    """No Chromium on this machine."""


def playwright_chromium() -> Path | None:
    """Playwright's own Chromium, if `playwright install chromium` has run."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        return installed(playwright.chromium.executable_path)


def installed(path: str) -> Path | None:
    """`path` if that browser build is on disk."""
    return Path(path) if Path(path).exists() else None


def find_chromium(playwright_build: Path | None = None, headless: bool = True) -> Path | None:
    """The system Chromium to use when Playwright has none (None: use Playwright's own): its
    headless shell for a headless run when installed, else the full browser."""
    explicit = os.environ.get("PARCOURS_CHROMIUM")
    if explicit:
        if not Path(explicit).exists():
            raise NoBrowserError(f"PARCOURS_CHROMIUM={explicit} n'existe pas. {HOW_TO_INSTALL}")
        return Path(explicit)
    if playwright_build is not None:
        return None
    for name in (*SYSTEM_HEADLESS_SHELLS, *SYSTEM_CHROMIUMS) if headless else SYSTEM_CHROMIUMS:
        found = shutil.which(name)
        if found:
            return _unwrapped(Path(found))
    raise NoBrowserError(HOW_TO_INSTALL)


def _unwrapped(found: Path) -> Path:
    """The browser's own binary where Debian's wrapper script stands before it."""
    if found == Path("/usr/bin") / DEBIAN_HEADLESS_SHELL.name and DEBIAN_HEADLESS_SHELL.exists():
        return DEBIAN_HEADLESS_SHELL
    return found


def launch_args(executable: Path | None) -> dict[str, object]:
    """Extra launch options for the chosen browser."""
    options: dict[str, object] = {
        "args": [*CLOSED_NETWORK_ARGS, *FRENCH_ARGS],
        "env": {**os.environ, **FRENCH_ENV},
    }
    if executable is not None:
        options["executable_path"] = str(executable)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        options["chromium_sandbox"] = False  # Chromium refuses to sandbox as root
    return options


def main() -> int:
    """Print the browser that will be used."""
    try:
        playwright_build = playwright_chromium()
        headless = find_chromium(playwright_build)
        headed = find_chromium(playwright_build, headless=False)
    except NoBrowserError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"navigateur : {headless or 'Chromium de Playwright'}")
    if headed != headless:
        print(f"navigateur avec --headed : {headed or 'Chromium de Playwright'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
