"""--browser-endpoint: a journey runs in the browser of a Playwright server started apart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from parcours.remote_browser import REMOTE_CHROMIUM, remote_launch_options

from .child_runs import free_port, run_child_pytest, server

JOURNEY = "test_utiliser_le_site_des_impôts_avec_son_compte_ameli"


def chromium_to_use() -> str | None:
    """The system Chromium Parcours would launch (None: Playwright's own), asked of a child process:
    Playwright's sync API cannot start inside this worker once a browser test has run in it."""
    shown = subprocess.run(
        [sys.executable, "-m", "parcours.browser"], capture_output=True, text=True, check=True
    ).stdout.splitlines()[0]
    chosen = shown.removeprefix("navigateur : ")  # the headless run's browser, on the first line
    return None if chosen == "Chromium de Playwright" else chosen


def test_a_journey_passes_in_the_browser_of_a_server_started_apart(tmp_path: Path) -> None:
    port = free_port()
    endpoint = f"ws://127.0.0.1:{port}/"
    command = [sys.executable, "-m", "playwright", "run-server", "--port", str(port), "--host", "127.0.0.1"]
    executable = chromium_to_use()
    # --unsafe: the server then honours the executable and flags Parcours sends (Debian's Chromium here).
    with server(
        [*command, "--unsafe"],
        lambda line: "Listening on" in line,
        tmp_path / "serveur.log",
        {"DEBUG": "pw:server"},
    ):
        child = run_child_pytest(
            "tests/test_journeys.py",
            "-k",
            JOURNEY,
            f"--browser-endpoint={endpoint}",
            f"--reports-dir={tmp_path / 'rapports'}",
            # The journey is not @accessibilite (make test never runs axe-core on it): what this run
            # proves is the remote browser. Its screenshots stay: they go through that browser too.
            "--no-accessibilite",
            env={REMOTE_CHROMIUM: executable} if executable else {},
        )
        log = (tmp_path / "serveur.log").read_text()
    assert child.returncode == 0, child.stdout[-3000:] + child.stderr[-2000:]
    assert "1 passed" in child.stdout, child.stdout[-2000:]
    assert f"parcours: navigateur distant {endpoint}" in child.stdout
    # The server, not the child, launched the browser the journey ran in.
    assert "engaged launch mode" in log and "chromium" in log, log[-2000:]


def test_an_unreachable_browser_server_ends_the_run_with_one_french_line(tmp_path: Path) -> None:
    endpoint = f"ws://127.0.0.1:{free_port()}/"
    (tmp_path / "test_navigateur.py").write_text("def test_page(page) -> None:\n    assert page\n")
    child = run_child_pytest(
        str(tmp_path / "test_navigateur.py"), f"--browser-endpoint={endpoint}", f"--reports-dir={tmp_path}"
    )
    assert child.returncode == pytest.ExitCode.USAGE_ERROR, child.stdout[-2000:]
    assert (
        f"--browser-endpoint={endpoint} : aucun serveur de navigateur Playwright utilisable" in child.stdout
    )
    assert "python -m playwright run-server" in child.stdout
    assert "Traceback" not in child.stdout + child.stderr


def test_an_endpoint_that_is_not_a_websocket_address_is_a_usage_error(tmp_path: Path) -> None:
    child = run_child_pytest("--browser-endpoint=http://127.0.0.1:3000/", f"--reports-dir={tmp_path}", "--co")
    assert child.returncode == pytest.ExitCode.USAGE_ERROR
    assert "elle commence par ws:// ou wss://" in child.stderr


def test_the_server_launches_what_parcours_would_launch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REMOTE_CHROMIUM, "/usr/bin/chromium")
    options = remote_launch_options(headless=True)
    assert options["executablePath"] == "/usr/bin/chromium"
    assert "--disable-background-networking" in options["args"]  # type: ignore[operator]
    monkeypatch.delenv(REMOTE_CHROMIUM)
    assert "executablePath" not in remote_launch_options(headless=False)
