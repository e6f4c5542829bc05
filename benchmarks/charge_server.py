"""The class the load test drives: `python -m mock_sites serve --formation=N` in its own process (the
production server, waitress, on loopback), its sites' ports read from the lines it prints."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.charge_journey import Credentials
from benchmarks.proc_table import descendants, process_table
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


def process_tree_cpu(root: int) -> float | None:
    """CPU seconds of process `root` and of its descendants still running (None where there is no /proc)."""
    if not Path("/proc").is_dir():
        return None
    table = process_table()
    return sum(table[pid].own for pid in [root, *descendants(root, table)] if pid in table)


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
