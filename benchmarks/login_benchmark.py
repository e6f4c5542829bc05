"""Harness vs bare Playwright: the same Ameli → mesdroitssociaux login, timed from process start to exit.

(a) harness: `python -m pytest tests/test_journeys.py -k <the happy-path scenario> -p no:cacheprovider`
    in a fresh process, as a person runs it: interpreter start, pytest and its plugins, collection of
    every feature file, the mock sites' start-up, the browser launch, the scenario's steps and
    everything the run gives by default (junit.xml, the Parcours report with a screenshot per step,
    a Playwright trace kept on failure, the tutorials exported to PDF), and the shutdown.
    Timed too, not in the last line: the same with `--no-parcours-report` (junit.xml only), which is
    the work the bare script does.
(b) bare: benchmarks/bare_journey.py in a fresh process: interpreter start, imports, the same sites
    started in-process with mock_sites.runner.start_sites, the same person enrolled at Ameli, the same
    Chromium (parcours.browser.find_chromium/launch_args), the same clicks and checks with Playwright's
    sync API, the shutdown. The scenario is tagged @accessibilite: its checks include axe-core on each
    page state it reaches, which both run the same way (parcours.report.axe_page).
Timed too, not in the last line: both without the accessibility checks (`--no-accessibilite`,
`--sans-accessibilite`), which is how the ratio was defined before the scenario was tagged.

Both are timed the same way, as the wall-clock time of a subprocess, rounds alternating (a, b, a, b…)
after one warm-up of each (not counted: it fills the OS file cache for both). The last line is
`harness/bare median ratio: X.XX`, the median of the per-round ratios. Also measured:
`pytest --collect-only -q` of the whole suite (process included) and start_sites alone, and the CPU
time of each run: the machine's busy time while it ran (/proc/stat, every process: the browsers'
included), so a figure of a quiet machine.

Then a suite of journeys (`--suite`, a marker of benchmarks/journey_sets.py: by default
`bench_reference`, the reference suite of 67 journeys), `--suite-rounds` rounds alternating:
`-n 2` with the default report, `-n 2 --no-parcours-report`, `-n 1` pinned to one core (`taskset -c
0`) with the default report; it prints `report overhead: ×Y.YY` (first over second) and
`scaling 1→2 cores: ×S.SS` (third over first),
medians of the per-round ratios of wall-clock time, with the CPU time of each, its CPU utilisation
(CPU seconds / wall seconds: how many cores the run kept busy) and an estimate for `-n auto` on a
16-core runner drawn from the per-worker figures.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = "se_connecter_avec_son_compte_ameli"  # -k: the happy path of connexion_mesdroitssociaux.feature


def harness_command(reports: Path) -> list[str]:
    """The pytest run of the happy-path scenario."""
    return [
        sys.executable,
        "-m",
        "pytest",
        "tests/test_journeys.py",
        "-k",
        SCENARIO,
        "-p",
        "no:cacheprovider",
        "-q",
        f"--reports-dir={reports}",
    ]


def bare_command(*options: str) -> list[str]:
    """The bare Playwright journey, in a process of its own."""
    return [sys.executable, str(Path(__file__).resolve().with_name("bare_journey.py")), *options]


CPU_SECONDS: dict[str, list[float]] = {}


def children_cpu() -> float:
    """CPU seconds used so far: the whole machine's busy time where Linux tells it (/proc/stat), since
    the children's own accounting misses Chromium's renderers, which no parent waits for (a run of
    12 journeys counted 20 s of CPU where the machine was busy 37 s); else the finished children's."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            ticks = [int(field) for field in stat.readline().split()[1:]]
        return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # all but idle, iowait
    except (OSError, ValueError):
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime


def timed(command: list[str], expect: str = "", kind: str = "", strict: bool = True) -> float:
    """Wall-clock seconds of a subprocess; it must succeed (and print `expect`) when `strict`."""
    cpu = children_cpu()
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0 or expect not in result.stdout:
        if strict:
            raise SystemExit(f"échec de {' '.join(command)} :\n{result.stdout}\n{result.stderr}")
        # A journey that fails on a loaded machine still ran: its time counts, the failure is said.
        last = result.stdout.strip().splitlines()[-1:] or ["(sans sortie)"]
        print(f"attention, {kind} a échoué : {last[0]}", flush=True)
    if kind:
        CPU_SECONDS.setdefault(kind, []).append(children_cpu() - cpu)
    return elapsed


def suite_command(reports: Path, workers: int, suite: str, *options: str) -> list[str]:
    """The suite's journeys (a marker of benchmarks/journey_sets.py), as `make run` runs them."""
    return [
        sys.executable,
        "-m",
        "pytest",
        "tests/test_journeys.py",
        "-p",
        "benchmarks.journey_sets",
        "-m",
        suite,
        "-n",
        str(workers),
        "-p",
        "no:cacheprovider",
        "-q",
        f"--reports-dir={reports}",
        *options,
    ]


def one_core() -> list[str]:
    """The prefix that pins a command to the first core (nothing where taskset is missing)."""
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def browser_used() -> str:
    """The browser the journeys drive, as `python -m parcours.browser` says it."""
    said = subprocess.run([sys.executable, "-m", "parcours.browser"], capture_output=True, text=True)
    return (said.stdout or said.stderr).strip().splitlines()[0]


def print_utilisation(wall: dict[str, list[float]], startup: float) -> None:
    """CPU seconds per wall second of each configuration, and `-n auto` on 16 cores estimated."""
    for kind, times in wall.items():
        cpu, elapsed = statistics.median(CPU_SECONDS[kind]), statistics.median(times)
        print(f"{kind}: CPU {cpu:.1f} s / wall {elapsed:.1f} s = {cpu / elapsed:.2f} cores busy")
    # One worker runs the scenarios one after the other after its start-up (collection, sites,
    # browser), and keeps more than one core busy: 16 workers on 16 cores take a 16th of the -n 1
    # time at best, and no less than the CPU the scenarios need shared by the 16 cores.
    serial = statistics.median(wall["suite-n1"]) - startup
    cpu = statistics.median(CPU_SECONDS["suite-n1"])
    print(
        f"-n auto on 16 cores (estimate: start-up {startup:.1f} s + the longer of {serial:.1f} s of "
        f"scenarios / 16 and {cpu:.1f} s of CPU / 16): {startup + max(serial, cpu) / 16:.1f} s"
    )


def suite_figures(rounds: int, suite: str, startup: float) -> tuple[float, float]:
    """The suite's report overhead (-n 2, default / --no-parcours-report) and the scaling from one core
    to two (-n 1 on one core / -n 2 on two, default report), medians of the per-round ratios."""
    wall: dict[str, list[float]] = {"suite-n2": [], "suite-n2-no-report": [], "suite-n1": []}
    with tempfile.TemporaryDirectory(prefix="parcours-bench-suite-") as tmp:
        commands = {
            "suite-n2": suite_command(Path(tmp), 2, suite),
            "suite-n2-no-report": suite_command(Path(tmp), 2, suite, "--no-parcours-report"),
            # One worker pinned to one core against two workers on two: what a second core buys.
            "suite-n1": [*one_core(), *suite_command(Path(tmp), 1, suite)],
        }
        for n in range(1, rounds + 1):
            for kind, command in commands.items():
                wall[kind].append(timed(command, "passed", kind, strict=False))
            print(
                f"suite round {n}: -n 2 {wall['suite-n2'][-1]:.1f} s, -n 2 --no-parcours-report "
                f"{wall['suite-n2-no-report'][-1]:.1f} s, -n 1 on one core {wall['suite-n1'][-1]:.1f} s",
                flush=True,
            )
    medians = ", ".join(f"{kind} {statistics.median(CPU_SECONDS[kind]):.1f} s" for kind in commands)
    print(f"suite CPU (processes and browsers), median: {medians}")
    print_utilisation(wall, startup)
    overhead = statistics.median(
        a / b for a, b in zip(wall["suite-n2"], wall["suite-n2-no-report"], strict=True)
    )
    scaling = statistics.median(a / b for a, b in zip(wall["suite-n1"], wall["suite-n2"], strict=True))
    return overhead, scaling


def start_sites_seconds(rounds: int) -> list[float]:
    """start_sites alone, in this process (imports done once, before timing)."""
    sys.path.insert(0, str(ROOT))
    from mock_sites.runner import start_sites

    times = []
    for n in range(rounds):
        start = time.perf_counter()
        running = start_sites(f"benchmark-{n}")
        times.append(time.perf_counter() - start)
        running.stop()
    return times


def ratio(kind: str, values: dict[str, list[float]], bare: str = "bare") -> float:
    """Median of the per-round ratios kind/bare: each pair ran side by side."""
    return statistics.median(a / b for a, b in zip(values[kind], values[bare], strict=True))


def scenario_rounds(rounds: int, tmp: Path) -> dict[str, list[float]]:
    """The happy-path scenario: harness, harness without report, bare; one warm-up, then `rounds`."""
    commands = {
        "harness": harness_command(tmp),
        "harness-no-report": [*harness_command(tmp), "--no-parcours-report"],
        "bare": bare_command(),
        "harness-no-axe": [*harness_command(tmp), "--no-accessibilite"],
        "bare-no-axe": bare_command("--sans-accessibilite"),
    }
    passed = "1 passed"
    expected = {"harness": passed, "harness-no-report": passed, "harness-no-axe": passed}
    for kind, command in commands.items():  # warm-up, not counted
        timed(command, expected.get(kind, ""))
    wall: dict[str, list[float]] = {kind: [] for kind in commands}
    for n in range(1, rounds + 1):
        for kind, command in commands.items():
            wall[kind].append(timed(command, expected.get(kind, ""), kind))
        print(
            f"round {n}: harness {wall['harness'][-1]:.2f} s, harness --no-parcours-report "
            f"{wall['harness-no-report'][-1]:.2f} s, bare {wall['bare'][-1]:.2f} s, "
            f"ratio {wall['harness'][-1] / wall['bare'][-1]:.2f}; without accessibility checks: harness "
            f"{wall['harness-no-axe'][-1]:.2f} s, bare {wall['bare-no-axe'][-1]:.2f} s",
            flush=True,
        )
    return wall


def print_scenario_figures(wall: dict[str, list[float]], collect: list[float], sites: list[float]) -> None:
    """Start-up, CPU and wall-clock medians of the single scenario."""
    print(
        "pytest --collect-only -q tests/test_journeys.py (process included), median: "
        f"{statistics.median(collect):.2f} s"
    )
    print(f"start_sites (every site + SMTP), median: {statistics.median(sites) * 1000:.0f} ms")
    medians = ", ".join(f"{kind} {statistics.median(CPU_SECONDS[kind]):.2f} s" for kind in wall)
    # CPU time hardly moves when other work loads the machine; wall-clock time does.
    print(f"CPU (processes and browser), median: {medians}")
    print(
        f"CPU ratio harness/bare {ratio('harness', CPU_SECONDS):.2f}, without the Parcours report "
        f"{ratio('harness-no-report', CPU_SECONDS):.2f}"
    )
    medians = ", ".join(f"{kind} {statistics.median(wall[kind]):.2f} s" for kind in wall)
    print(f"wall-clock, median: {medians}")
    print(f"harness --no-parcours-report/bare median ratio: {ratio('harness-no-report', wall):.2f}")
    print(
        "without accessibility checks, harness --no-accessibilite/bare --sans-accessibilite median "
        f"ratio: {ratio('harness-no-axe', wall, 'bare-no-axe'):.2f}"
    )


def main() -> int:
    """Run the benchmark and print its figures; the last line is the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="counted rounds of each (default 5)")
    parser.add_argument(
        "--suite-rounds", type=int, default=1, help="rounds of the suite, 0 for none (default 1)"
    )
    parser.add_argument(
        "--suite",
        default="bench_reference",
        help="the suite's journeys, a marker of benchmarks/journey_sets.py (default bench_reference: 67)",
    )
    args = parser.parse_args()
    began = time.perf_counter()
    print(browser_used(), flush=True)
    with tempfile.TemporaryDirectory(prefix="parcours-bench-") as tmp:
        wall = scenario_rounds(args.rounds, Path(tmp))
        collect_journeys = [sys.executable, "-m", "pytest", "--collect-only", "-q", f"--reports-dir={tmp}"]
        collect = [timed([*collect_journeys, "tests/test_journeys.py"]) for _ in range(args.rounds)]
        collect_all = [timed(collect_journeys) for _ in range(args.rounds)]
    sites = start_sites_seconds(args.rounds)
    print_scenario_figures(wall, collect, sites)
    print(f"pytest --collect-only -q of the whole suite, median: {statistics.median(collect_all):.2f} s")
    if args.suite_rounds > 0:
        startup = statistics.median(collect) + statistics.median(sites)
        overhead, scaling = suite_figures(args.suite_rounds, args.suite, startup)
        print(f"report overhead: ×{overhead:.2f}")
        print(f"scaling 1→2 cores: ×{scaling:.2f}")
    print(f"benchmark's own duration: {time.perf_counter() - began:.0f} s")
    print(f"harness/bare median ratio: {ratio('harness', wall):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
