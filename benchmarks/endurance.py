"""Endurance: the journeys run N times, each with its own seed (so other generated people), and one
table of every scenario that failed at least once, with the seeds to replay it.

Run: `make endurance RUNS=20 [ARGS="-m ants"]` or
`python -m benchmarks.endurance --runs 20 [--workers 2] [--sortie reports/endurance] -- -m ants`.
Each run's reports go to <sortie>/run-<i>/ (its junit.xml among them); the table to
<sortie>/endurance.md and endurance.html.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.endurance_table import JOURNEYS, Run, failing, write_table

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = Path("reports/endurance")
MAX_RUNS = 1000


def whole_number(text: str, option: str, lowest: int) -> int:
    """A whole number of at least `lowest` typed after `option`, else one French line and exit 2."""
    if not text.strip().isdigit() or not lowest <= int(text) <= MAX_RUNS:
        raise SystemExit(_bad(f"{option} attend un nombre entier de {lowest} à {MAX_RUNS} (reçu « {text} »)"))
    return int(text)


def _bad(message: str) -> int:
    """Print the French line of a bad command line; the exit status 2."""
    print(f"endurance : {message}.", file=sys.stderr)
    return 2


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line; what follows `--` goes to pytest (a selection: -m, -k, a feature folder)."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.endurance", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--runs", default="20", help="nombre de runs (défaut 20)")
    parser.add_argument("--workers", default="0", help="processus pytest-xdist par run (défaut 0 : un seul)")
    parser.add_argument("--seed", default="endurance", help="début des graines : <seed>-1, <seed>-2…")
    parser.add_argument(
        "--sortie", type=Path, default=DEFAULT_FOLDER, help="dossier des rapports et du tableau"
    )
    parser.add_argument("pytest_args", nargs="*", help="après --, options de pytest (-m ants, -k …)")
    args = parser.parse_args(argv)
    args.runs = whole_number(args.runs, "--runs", 1)
    args.workers = whole_number(args.workers, "--workers", 0)
    if any(char in args.seed for char in " \"'") or not args.seed:
        raise SystemExit(_bad("--seed attend une graine sans espace ni guillemet"))
    return args


def one_run(number: int, args: argparse.Namespace) -> Run:
    """Run the journeys once with seed <seed>-<number>, reports in <sortie>/run-<number>/."""
    seed = f"{args.seed}-{number}"
    folder = (args.sortie / f"run-{number}").resolve()
    command = [sys.executable, "-m", "pytest", JOURNEYS, "-n", str(args.workers), f"--parcours-seed={seed}"]
    command += [f"--reports-dir={folder}", "-q", *args.pytest_args]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    (args.sortie / f"run-{number}.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    return Run(number, seed, folder / "junit.xml", seconds)


def main(argv: list[str] | None = None) -> int:
    """Every run, then the table; 0 when no scenario failed, 1 otherwise."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    args.sortie.mkdir(parents=True, exist_ok=True)
    runs = []
    for number in range(1, args.runs + 1):
        run = one_run(number, args)
        runs.append(run)
        print(f"endurance : run {number}/{args.runs} (graine {run.seed}) en {run.seconds:.0f} s", flush=True)
        write_table(
            runs, args.pytest_args, args.sortie
        )  # a table at every step: an interrupted run keeps one
    markdown, page = write_table(runs, args.pytest_args, args.sortie)
    bad, count = failing(runs)
    print(f"endurance : {len(bad)} scénario(s) sur {count} en échec au moins une fois — {markdown}, {page}")
    return 1 if bad or any(not run.junit.exists() for run in runs) else 0


if __name__ == "__main__":
    raise SystemExit(main())
