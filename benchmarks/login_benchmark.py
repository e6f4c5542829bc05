"""Harness vs bare Playwright: the same Ameli → mesdroitssociaux login, timed from process start to exit.

(a) harness: `python -m pytest tests/test_journeys.py -k <the happy-path scenario> -p no:cacheprovider`
    in a fresh process, as a person runs it: interpreter start, pytest and its plugins, collection of
    every feature file, the mock sites' start-up, the browser launch, the scenario's steps and
    everything the run gives by default (junit.xml, the Parcours report with a screenshot per step,
    a Playwright trace kept on failure, the tutorials exported to PDF), and the shutdown.
    Timed too, not in the last line: the same with `--no-parcours-report` (junit.xml only), which is
    the work the bare script does.
(b) bare: this script with `--bare` in a fresh process: interpreter start, imports, the same sites
    started in-process with mock_sites.runner.start_sites, the same person enrolled at Ameli, the same
    Chromium (parcours.browser.find_chromium/launch_args), the same clicks and checks with Playwright's
    sync API, the shutdown.

Both are timed the same way, as the wall-clock time of a subprocess, rounds alternating (a, b, a, b…)
after one warm-up of each (not counted: it fills the OS file cache for both). The last line is
`harness/bare median ratio: X.XX`, the median of the per-round ratios. Also measured:
`pytest --collect-only -q` of the whole suite (process included) and start_sites alone, and the CPU
time of both runs (processes and browser), which moves less than wall-clock time on a busy machine.

Then the whole suite (every journey of features/), `--suite-rounds` rounds alternating:
`-n 2` with the default report, `-n 2 --no-parcours-report`, `-n 1` with the default report; it
prints `report overhead: ×Y.YY` (first over second) and `two workers: ×Z.ZZ` (third over first),
medians of the per-round ratios of wall-clock time, with the CPU time of each.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = "se_connecter_avec_son_compte_ameli"  # -k: the happy path of connexion_mesdroitssociaux.feature
SERVICE_NAME = "mesdroitssociaux.gouv.fr"
SUBJECT = f"Notification de connexion au service {SERVICE_NAME} grâce à FranceConnect"


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


def bare_command() -> list[str]:
    """This script, as the bare Playwright journey."""
    return [sys.executable, str(Path(__file__).resolve()), "--bare"]


CPU_SECONDS: dict[str, list[float]] = {}


def children_cpu() -> float:
    """CPU seconds used so far by the finished subprocesses (and the browsers they waited for)."""
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


def suite_command(reports: Path, workers: int, *options: str) -> list[str]:
    """Every journey of features/, as `make run` runs them."""
    return [
        sys.executable,
        "-m",
        "pytest",
        "tests/test_journeys.py",
        "-n",
        str(workers),
        "-p",
        "no:cacheprovider",
        "-q",
        f"--reports-dir={reports}",
        *options,
    ]


def suite_figures(rounds: int) -> tuple[float, float]:
    """The suite's report overhead (-n 2, default / --no-parcours-report) and two workers' speed-up
    (-n 1 / -n 2, default report), medians of the per-round ratios; prints each round."""
    wall: dict[str, list[float]] = {"suite-n2": [], "suite-n2-no-report": [], "suite-n1": []}
    with tempfile.TemporaryDirectory(prefix="parcours-bench-suite-") as tmp:
        commands = {
            "suite-n2": suite_command(Path(tmp), 2),
            "suite-n2-no-report": suite_command(Path(tmp), 2, "--no-parcours-report"),
            "suite-n1": suite_command(Path(tmp), 1),
        }
        for n in range(1, rounds + 1):
            for kind, command in commands.items():
                wall[kind].append(timed(command, "passed", kind, strict=False))
            print(
                f"suite round {n}: -n 2 {wall['suite-n2'][-1]:.1f} s, -n 2 --no-parcours-report "
                f"{wall['suite-n2-no-report'][-1]:.1f} s, -n 1 {wall['suite-n1'][-1]:.1f} s",
                flush=True,
            )
    medians = ", ".join(f"{kind} {statistics.median(CPU_SECONDS[kind]):.1f} s" for kind in commands)
    print(f"suite CPU (processes and browsers), median: {medians}")
    overhead = statistics.median(
        a / b for a, b in zip(wall["suite-n2"], wall["suite-n2-no-report"], strict=True)
    )
    workers = statistics.median(a / b for a, b in zip(wall["suite-n1"], wall["suite-n2"], strict=True))
    return overhead, workers


def read_notification(page: Any, webmail: str, email: str) -> None:
    """The end of the bare journey: the connection notice in the person's mailbox."""
    from playwright.sync_api import expect

    page.goto(webmail)
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_role("button", name="Ouvrir ma boîte").click()
    expect(page.get_by_role("link", name=SUBJECT, exact=True).first).to_be_visible()
    page.get_by_role("link", name=SUBJECT, exact=True).first.click()
    article = page.get_by_role("article")
    expect(article).to_be_visible()
    expect(article).to_contain_text(SERVICE_NAME)
    expect(article).to_contain_text("compte Ameli")


def bare_journey() -> None:
    """The login journey with Playwright alone: the clicks of the feature file, no pytest."""
    sys.path.insert(0, str(ROOT))  # this checkout's packages, as pytest's rootdir gives the harness
    from playwright.sync_api import expect, sync_playwright

    from mock_sites.accounts import enroll_person
    from mock_sites.common.identities import generate_person
    from mock_sites.runner import start_sites
    from parcours.browser import find_chromium, installed, launch_args

    running = start_sites("benchmark")
    try:
        person = generate_person(running.seed, "benchmark")
        enroll_person(running, "ameli", person)
        with sync_playwright() as playwright:
            chromium = find_chromium(installed(playwright.chromium.executable_path))
            browser = playwright.chromium.launch(headless=True, **launch_args(chromium))  # type: ignore[arg-type]
            page = browser.new_context().new_page()
            page.goto(running.url("mesdroitssociaux"))
            page.get_by_role("button", name="S'identifier avec FranceConnect", exact=True).click()
            expect(
                page.get_by_role("heading", name="Choisissez un compte pour vous connecter")
            ).to_be_visible()
            page.get_by_role("button", name="Ameli", exact=True).click()
            page.get_by_label("Numéro de sécurité sociale", exact=True).fill(person.nir_without_key)
            page.get_by_label("Code confidentiel", exact=True).fill(person.password)
            page.get_by_role("button", name="Me connecter", exact=True).click()
            page.get_by_role("button", name=f"Continuer sur {SERVICE_NAME}", exact=True).click()
            greeting = f"Bienvenue {person.given_name} {person.family_name}"
            expect(page.get_by_role("heading", name=greeting)).to_be_visible()
            read_notification(page, running.url("messagerie"), person.email)
            browser.close()
    finally:
        running.stop()


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


def ratio(kind: str, values: dict[str, list[float]]) -> float:
    """Median of the per-round ratios kind/bare: each pair ran side by side."""
    return statistics.median(a / b for a, b in zip(values[kind], values["bare"], strict=True))


def scenario_rounds(rounds: int, tmp: Path) -> dict[str, list[float]]:
    """The happy-path scenario: harness, harness without report, bare; one warm-up, then `rounds`."""
    commands = {
        "harness": harness_command(tmp),
        "harness-no-report": [*harness_command(tmp), "--no-parcours-report"],
        "bare": bare_command(),
    }
    expected = {"harness": "1 passed", "harness-no-report": "1 passed", "bare": ""}
    for kind, command in commands.items():  # warm-up, not counted
        timed(command, expected[kind])
    wall: dict[str, list[float]] = {kind: [] for kind in commands}
    for n in range(1, rounds + 1):
        for kind, command in commands.items():
            wall[kind].append(timed(command, expected[kind], kind))
        print(
            f"round {n}: harness {wall['harness'][-1]:.2f} s, harness --no-parcours-report "
            f"{wall['harness-no-report'][-1]:.2f} s, bare {wall['bare'][-1]:.2f} s, "
            f"ratio {wall['harness'][-1] / wall['bare'][-1]:.2f}",
            flush=True,
        )
    return wall


def print_scenario_figures(wall: dict[str, list[float]], collect: list[float], sites: list[float]) -> None:
    """Start-up, CPU and wall-clock medians of the single scenario."""
    print(f"pytest --collect-only -q (process included), median: {statistics.median(collect):.2f} s")
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


def main() -> int:
    """Run the benchmark and print its figures; the last line is the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="counted rounds of each (default 5)")
    parser.add_argument(
        "--suite-rounds", type=int, default=2, help="rounds of the whole suite, 0 for none (default 2)"
    )
    parser.add_argument(
        "--bare", action="store_true", help="run the bare journey once (used by the benchmark)"
    )
    args = parser.parse_args()
    if args.bare:
        bare_journey()
        return 0
    with tempfile.TemporaryDirectory(prefix="parcours-bench-") as tmp:
        wall = scenario_rounds(args.rounds, Path(tmp))
        collect_all = [sys.executable, "-m", "pytest", "--collect-only", "-q", f"--reports-dir={tmp}"]
        collect = [timed(collect_all) for _ in range(args.rounds)]
    print_scenario_figures(wall, collect, start_sites_seconds(args.rounds))
    if args.suite_rounds > 0:
        overhead, workers = suite_figures(args.suite_rounds)
        print(f"report overhead: ×{overhead:.2f}")
        print(f"two workers: ×{workers:.2f}")
    print(f"harness/bare median ratio: {ratio('harness', wall):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
