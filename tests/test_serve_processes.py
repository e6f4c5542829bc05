"""`serve` runs each site in its own process (both cores for a class), and however it is stopped —
Ctrl-C, SIGTERM, or killed — no site's process is left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from mock_sites.catalogue import entries

ROOT = Path(__file__).resolve().parent.parent


def _children(parent: int) -> set[int]:
    """The processes whose parent is `parent` (from /proc)."""
    found = set()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat[1]) == parent:
            found.add(int(pid))
    return found


def _alive(pids: set[int]) -> set[int]:
    """Those of `pids` still running (a zombie counts as ended)."""
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def _serve(log: Path) -> tuple[subprocess.Popen[bytes], dict[str, int]]:
    """`serve` in its own process group, SIGINT handled as in a terminal; its sites' ports."""
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "mock_sites", "serve", "--seed", "processus"],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            start_new_session=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
        )
    names = {entry.name for entry in entries()}
    deadline = time.monotonic() + 120
    while True:
        lines = [line.split() for line in log.read_text().splitlines() if not line.startswith("#")]
        ports = {words[0]: int(words[1].rsplit(":", 1)[1]) for words in lines if len(words) == 2}
        if set(ports) == names and "# foyer fiscal" in log.read_text():
            return process, ports
        assert process.poll() is None and time.monotonic() < deadline, log.read_text()
        time.sleep(0.2)


def _wait_gone(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while _alive(pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return _alive(pids)


def test_each_site_serves_from_its_own_process(tmp_path: Path) -> None:
    process, ports = _serve(tmp_path / "serve.log")
    try:
        children = _children(process.pid)
        assert len(children) == len(ports)  # one process per site, the SMTP server in serve itself
        answer = requests.get(f"http://127.0.0.1:{ports['messagerie']}/", timeout=10)
        assert answer.status_code == 200 and answer.headers["Server"] == "mock_sites"
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.mark.parametrize("how", ["Ctrl-C", "SIGTERM", "SIGKILL"])
def test_no_site_process_outlives_serve(how: str, tmp_path: Path) -> None:
    process, _ports = _serve(tmp_path / "serve.log")
    children = _children(process.pid)
    assert children
    if how == "Ctrl-C":  # a terminal sends it to the whole group
        os.killpg(process.pid, signal.SIGINT)
    else:
        os.kill(process.pid, signal.SIGTERM if how == "SIGTERM" else signal.SIGKILL)
    code = process.wait(timeout=30)
    assert _wait_gone(children, 10) == set()
    if how != "SIGKILL":
        assert code == 0
        assert "Traceback" not in (tmp_path / "serve.log").read_text()
