"""The processes of this machine as /proc tells them: for each, its parent and its CPU time, so that a
benchmark can add up what a process and everything it started have used."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class ProcessCpu:
    """One live process: its parent, its own CPU seconds, and those of its children it waited for."""

    parent: int
    own: float
    waited_children: float


def process_table() -> dict[int, ProcessCpu]:
    """Every live process by pid (empty where there is no /proc); one that ends while read is left out."""
    table: dict[int, ProcessCpu] = {}
    if not Path("/proc").is_dir():
        return table
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        own = (int(fields[11]) + int(fields[12])) / TICK  # utime + stime
        waited = (int(fields[13]) + int(fields[14])) / TICK  # cutime + cstime
        table[int(entry)] = ProcessCpu(int(fields[1]), own, waited)
    return table


def descendants(root: int, table: dict[int, ProcessCpu]) -> list[int]:
    """The pids of every live process that descends from `root` (not `root` itself)."""
    children: dict[int, list[int]] = {}
    for pid, process in table.items():
        children.setdefault(process.parent, []).append(pid)
    found, todo = [], list(children.get(root, []))
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found
