"""`--browser-endpoint=ws://…`: drive a browser served by `playwright run-server` instead of launching one.

The server launches Chromium with the options the client sends in the `x-playwright-launch-options`
header; it honours `args` and `executablePath` only when started with `--unsafe`.
"""

from __future__ import annotations

import argparse
import json
import os

from playwright.sync_api import Error as PlaywrightError

from .browser import CLOSED_NETWORK_ARGS

# The Chromium to launch on the server's machine, when it has no Playwright build of its own.
REMOTE_CHROMIUM = "PARCOURS_REMOTE_CHROMIUM"
CONNECT_TIMEOUT_MS = 15_000
HOW_TO_SERVE = (
    "Lancez-en un (python -m playwright run-server --port 3000 --host 127.0.0.1), "
    "ou retirez --browser-endpoint pour lancer Chromium sur cette machine."
)


def endpoint_option(text: str) -> str:
    """A browser server's address as typed after --browser-endpoint: a WebSocket URL."""
    if not text.startswith(("ws://", "wss://")):
        raise argparse.ArgumentTypeError(
            f"adresse de serveur de navigateur invalide {text!r} : elle commence par ws:// ou wss://, "
            "par exemple ws://127.0.0.1:3000/"
        )
    return text


def remote_launch_options(headless: bool) -> dict[str, object]:
    """What the server launches Chromium with: headless or not, the closed-network flags, and the
    executable named by PARCOURS_REMOTE_CHROMIUM (a path on the server's machine) if set."""
    options: dict[str, object] = {"headless": headless, "args": list(CLOSED_NETWORK_ARGS)}
    executable = os.environ.get(REMOTE_CHROMIUM)
    if executable:
        options["executablePath"] = executable
    return options


def connect_options(endpoint: str, headless: bool) -> dict[str, object]:
    """pytest-playwright's `connect_options` for this server (its launch header, in the server's keys)."""
    headers = {"x-playwright-launch-options": json.dumps(remote_launch_options(headless))}
    return {"endpoint": endpoint, "headers": headers, "timeout": CONNECT_TIMEOUT_MS}


def unreachable(endpoint: str, error: PlaywrightError) -> str:
    """The one line a run ends with when the server at `endpoint` does not answer."""
    reason = error.message.strip().splitlines()[0] if error.message.strip() else type(error).__name__
    return (
        f"--browser-endpoint={endpoint} : aucun serveur de navigateur Playwright utilisable à cette "
        f"adresse ({reason}). {HOW_TO_SERVE}"
    )
