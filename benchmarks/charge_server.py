"""The class the load test drives: `python -m mock_sites serve --formation=N` in its own process (the
production server, waitress, on loopback), its sites' ports read from the lines it prints."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.charge_journey import Credentials
from mock_sites.formation.classroom import draw_class
from mock_sites.testing.accounts import account_of

ROOT = Path(__file__).resolve().parent.parent
# Opening a class writes every learner's PDF sheet first: on a shared machine this takes a while.
START_TIMEOUT = 180.0


class ServeError(RuntimeError):
    """`serve` did not open the class (the message carries what it printed)."""


@dataclass
class ServedClass:
    """A running `serve --formation`: its process and where each site listens."""

    process: subprocess.Popen[str]
    ports: dict[str, int]

    def cpu_seconds(self) -> float | None:
        """CPU time (user + system) that serve and every process it started have used so far, read
        from /proc (None where there is no /proc): what the journeys cost the sites, whatever waits."""
        return process_tree_cpu(self.process.pid)

    def stop(self) -> None:
        """End the serve process (Ctrl-C, as a trainer would), then wait for it."""
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _stat(pid: str) -> tuple[int, float] | None:
    """(parent pid, user + system seconds) of a live process, from /proc/<pid>/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / ticks


def process_tree_cpu(root: int) -> float | None:
    """CPU seconds of process `root` and of its descendants still running."""
    if not Path("/proc").is_dir():
        return None
    stats = {int(pid): _stat(pid) for pid in os.listdir("/proc") if pid.isdigit()}
    children: dict[int, list[int]] = {}
    for pid, stat in stats.items():
        if stat is not None:
            children.setdefault(stat[0], []).append(pid)
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        stat = stats.get(pid)
        total += stat[1] if stat is not None else 0.0
        todo += children.get(pid, [])
    return total


def _reader(process: subprocess.Popen[str], lines: queue.Queue[str | None]) -> None:
    """Pass serve's output lines on, then None when it ends."""
    assert process.stdout is not None
    for line in process.stdout:
        lines.put(line.rstrip("\n"))
    lines.put(None)


def _read_ports(process: subprocess.Popen[str], count: int) -> dict[str, int]:
    """The `<site> http://<site>.localhost:<port>` lines, once every learner's line is printed."""
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_reader, args=(process, lines), daemon=True).start()
    ports: dict[str, int] = {}
    learners = 0
    printed: list[str] = []
    deadline = time.monotonic() + START_TIMEOUT
    while learners < count:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise ServeError(f"serve n'a pas ouvert la classe en {START_TIMEOUT:.0f} s") from None
        if line is None:
            raise ServeError("serve s'est arrêté : " + " | ".join(printed[-5:]))
        printed.append(line)
        if line.startswith("# apprenant "):
            learners += 1
        elif not line.startswith("#") and " http://" in line:
            name, url = line.split(" ", 1)
            ports[name] = int(url.rsplit(":", 1)[1].split("/", 1)[0])
    return ports


def serve_class(seed: str, count: int, sheets: Path) -> ServedClass:
    """Start `serve --formation=count --seed=seed` (sheets written in `sheets`) and wait for its class."""
    command = [sys.executable, "-m", "mock_sites", "serve", f"--formation={count}", f"--seed={seed}"]
    command.append(f"--sortie={sheets}")
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        return ServedClass(process, _read_ports(process, count))
    except BaseException:
        process.kill()
        process.wait()
        raise


def class_credentials(seed: str, count: int) -> list[Credentials]:
    """Each learner's Ameli account, as their sheet gives it (the same people `serve` enrolled)."""
    result = []
    for learner in draw_class(seed, count):
        account = account_of(learner.person, "Ameli")
        result.append(
            Credentials(learner.number, account.identifier, account.secret, learner.person.full_name)
        )
    return result
