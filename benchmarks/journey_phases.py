"""Where the one-journey run of `make bench` spends its CPU: harness and bare journey, phase by phase.

    .venv/bin/python benchmarks/journey_phases.py [--rounds 3] [-- extra pytest options]

Runs, alternating, the harness's command of benchmarks/login_benchmark.py (with this module loaded
as a pytest plugin: `-p benchmarks.journey_phases`) and the bare journey of
benchmarks/bare_journey.py (its steps, with the same marks between them), and prints a Markdown table
of medians, per phase: the CPU of the Python process (every thread: the sites' threads, the
screenshots' writer), the CPU of its descendants (Playwright's driver, Chromium's processes, read in
/proc while they live), and the wall time. CPU figures hold on a loaded machine far better than wall
ones (docs/reference/performances.md).
"""

from __future__ import annotations

import argparse
import atexit
import collections
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.proc_table import descendants, process_table

ROOT = Path(__file__).resolve().parent.parent
TICK = os.sysconf("SC_CLK_TCK")
ME = os.getpid()
Figures = tuple[float, float, float]  # own CPU, descendants' CPU, wall


def _process_start() -> float:
    """perf_counter() at the moment this process started (so the interpreter's start-up counts)."""
    with open(f"/proc/{ME}/stat", encoding="ascii") as stat:
        started = int(stat.read().rsplit(")", 1)[1].split()[19]) / TICK
    with open("/proc/uptime", encoding="ascii") as uptime:
        now = float(uptime.read().split()[0])
    return time.perf_counter() - (now - started)


START = _process_start()
_SEEN: dict[int, float] = {}  # descendant → its CPU when last read
_GONE = [0.0]  # CPU of descendants that exited since


def descendants_cpu() -> float:
    """CPU seconds of every process descending from this one, those that exited included."""
    table = process_table()
    for pid in [pid for pid in _SEEN if pid not in table]:
        _GONE[0] += _SEEN.pop(pid)
    for pid in descendants(ME, table):
        seconds = table[pid].own + table[pid].waited_children  # its and its children's
        _SEEN[pid] = max(_SEEN.get(pid, 0.0), seconds)
    return sum(_SEEN.values()) + _GONE[0]


MARKS: list[tuple[str, float, float, float]] = []
FIXTURES: collections.Counter[str] = collections.Counter()
FIXTURE_FIGURES: dict[str, list[float]] = {}


def mark(name: str) -> None:
    """The end of a phase: the figures so far."""
    MARKS.append((name, time.process_time(), descendants_cpu(), time.perf_counter() - START))


def _print_marks() -> None:
    mark("exit")
    previous = ("", 0.0, 0.0, 0.0)
    for current in MARKS:
        spent = [current[k] - previous[k] for k in (1, 2, 3)]
        print(f"PHASE {current[0]} {spent[0]:.3f} {spent[1]:.3f} {spent[2]:.3f}", file=sys.stderr)
        previous = current
    for name, figures in FIXTURE_FIGURES.items():
        print(f"FIXTURE {name} {figures[0]:.3f} {figures[1]:.3f} {figures[2]:.3f}", file=sys.stderr)


def _phase_hooks() -> None:
    """The pytest hooks that mark the harness's phases (defined only under pytest)."""
    import pytest

    module = sys.modules[__name__]
    atexit.register(_print_marks)

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection(session: pytest.Session) -> None:
        mark("start-up")

    @pytest.hookimpl(trylast=True)
    def pytest_collection_finish(session: pytest.Session) -> None:
        mark("collection")

    @pytest.hookimpl(hookwrapper=True)
    def pytest_fixture_setup(fixturedef: Any, request: Any) -> Any:
        before = (time.process_time(), descendants_cpu(), time.perf_counter())
        yield
        after = (time.process_time(), descendants_cpu(), time.perf_counter())
        figures = FIXTURE_FIGURES.setdefault(fixturedef.argname, [0.0, 0.0, 0.0])
        for k in range(3):
            figures[k] += after[k] - before[k]

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_teardown(item: pytest.Item) -> Any:
        mark("call")
        yield
        mark("teardown")

    for hook in (pytest_collection, pytest_collection_finish, pytest_fixture_setup, pytest_runtest_teardown):
        setattr(module, hook.__name__, hook)


if "pytest" in sys.modules:
    _phase_hooks()


def bare_with_marks(accessibility: bool = True) -> None:
    """benchmarks/bare_journey.py's journey, marked between its parts."""
    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import sync_playwright

    from benchmarks import bare_journey as bare
    from mock_sites.accounts import enrol_person
    from mock_sites.common.identities import generate_person
    from mock_sites.runner import start_sites
    from parcours.browser import find_chromium, installed, launch_args

    atexit.register(_print_marks)
    mark("start-up")
    running = start_sites("benchmark")
    mark("sites")
    person = generate_person(running.seed, "benchmark")
    enrol_person(running, "ameli", person)
    mark("person")
    with sync_playwright() as playwright:
        chromium = find_chromium(installed(playwright.chromium.executable_path))
        browser = playwright.chromium.launch(headless=True, **launch_args(chromium))  # type: ignore[arg-type]
        page = browser.new_context().new_page()
        mark("browser")
        check = bare.accessibility_check(accessibility)
        bare.log_in(page, running, person, check)
        bare.read_notification(page, running.url("messagerie"), person.email, check)
        mark("steps")
        browser.close()
    running.stop()
    mark("teardown")


def _parse(stderr: str) -> tuple[dict[str, Figures], dict[str, Figures]]:
    number = r"(-?[\d.]+)"
    phases = {
        found[0]: (float(found[1]), float(found[2]), float(found[3]))
        for found in re.findall(rf"^PHASE (\S+) {number} {number} {number}$", stderr, re.M)
    }
    fixtures = {
        found[0]: (float(found[1]), float(found[2]), float(found[3]))
        for found in re.findall(rf"^FIXTURE (\S+) {number} {number} {number}$", stderr, re.M)
    }
    return phases, fixtures


def _minus(a: Figures, *others: Figures) -> Figures:
    return (
        a[0] - sum(o[0] for o in others),
        a[1] - sum(o[1] for o in others),
        a[2] - sum(o[2] for o in others),
    )


ZERO: Figures = (0.0, 0.0, 0.0)
ROWS = (
    "start-up: interpreter, imports, pytest's plugins and configuration",
    "collection: every feature file parsed, `-k` deselects",
    "sites and browser (started side by side)",
    "person enrolled",
    "steps: clicks, checks, axe-core, screenshots, inventory",
    "teardown",
    "report at the end, exit",
)


def harness_rows(stderr: str) -> list[Figures]:
    """The harness's phases, as ROWS names them."""
    phases, fixtures = _parse(stderr)
    sites_browser = fixtures.get("mock_sites", ZERO)
    person = fixtures.get("donnees", ZERO)
    return [
        phases["start-up"],
        phases["collection"],
        sites_browser,
        person,
        _minus(phases["call"], sites_browser, person),
        phases["teardown"],
        phases["exit"],
    ]


def bare_rows(stderr: str) -> list[Figures]:
    """The bare journey's phases, as ROWS names them (it has no collection, and no report)."""
    phases, _ = _parse(stderr)
    sites_browser = (
        phases["sites"][0] + phases["browser"][0],
        phases["sites"][1] + phases["browser"][1],
        phases["sites"][2] + phases["browser"][2],
    )
    return [
        phases["start-up"],
        ZERO,
        sites_browser,
        phases["person"],
        phases["steps"],
        phases["teardown"],
        phases["exit"],
    ]


def print_table(runs: dict[str, list[list[Figures]]]) -> None:
    """The medians of each phase, harness beside bare, as a Markdown table with its totals."""
    columns = "Python CPU s | browser CPU s | wall s"
    print(f"| phase | harness: {columns} | bare: {columns} |")
    print("|---|---|---|---|---|---|---|")
    totals = {kind: [0.0, 0.0, 0.0] for kind in runs}
    for index, row in enumerate(ROWS):
        cells = []
        for kind in ("harness", "bare"):
            for k in range(3):
                median = statistics.median(run[index][k] for run in runs[kind])
                totals[kind][k] += median
                cells.append(f"{median:.2f}")
        print(f"| {row} | {' | '.join(cells)} |")
    cells = [f"{totals[kind][k]:.2f}" for kind in ("harness", "bare") for k in range(3)]
    print(f"| **total** (sum of the medians) | {' | '.join(cells)} |")


def main() -> int:
    """Alternate harness and bare runs; print the medians of each phase as a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("pytest_options", nargs="*", help="after --: more options for the harness's run")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from login_benchmark import harness_command

    runs: dict[str, list[list[Figures]]] = {"harness": [], "bare": []}
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    )
    with_marks = "import sys; sys.argv[1:] = []; from benchmarks.journey_phases import bare_with_marks; "
    for _ in range(args.rounds):
        harness = [*harness_command(Path("/tmp/parcours-phases")), "-p", "benchmarks.journey_phases"]
        done = subprocess.run(
            [*harness, *args.pytest_options], cwd=ROOT, env=env, capture_output=True, text=True
        )
        runs["harness"].append(harness_rows(done.stderr))
        done = subprocess.run(
            [sys.executable, "-c", with_marks + "bare_with_marks()"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        runs["bare"].append(bare_rows(done.stderr))
    print_table(runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
