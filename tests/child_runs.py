"""Helpers of the tests that run Parcours in a child pytest against a server started apart."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD_TIMEOUT = (
    300  # seconds; a journey takes a few, the child's start 6 on a quiet machine, far more under load
)


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def free_block(size: int) -> int:
    """A first port with `size` consecutive free ports after it."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            first = probe.getsockname()[1]
        if first + size > 65535:
            continue
        try:
            for port in range(first, first + size):
                with socket.socket() as check:
                    check.bind(("127.0.0.1", port))
        except OSError:
            continue
        return first
    raise AssertionError("no block of free ports")


@contextmanager
def server(
    command: list[str], ready: Callable[[str], bool], log: Path, env: dict[str, str] | None = None
) -> Iterator[list[str]]:
    """Start `command` (its output to `log`), wait until a line of it is `ready`, stop it at the end.

    Yields the lines read so far (the caller reads more from `log`)."""
    with log.open("w") as out:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
            text=True,
            start_new_session=True,  # its own process group: the driver it starts stops with it
        )
    try:
        deadline = time.monotonic() + 60
        while not any(ready(line) for line in log.read_text().splitlines()):
            assert process.poll() is None, f"{command[:4]} s'est arrêté : {log.read_text()}"
            assert time.monotonic() < deadline, f"{command[:4]} ne démarre pas : {log.read_text()}"
            time.sleep(0.1)
        yield log.read_text().splitlines()
    finally:
        # `python -m playwright run-server` runs Node as a child: stopping the Python process alone
        # would leave Node listening after the test.
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


def run_child_pytest(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """pytest in a child process from the project's root, without xdist, Parcours opted in."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "0", "--parcours", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
    )
