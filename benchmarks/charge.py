"""A class of thirty at once: `serve --formation=N` on its production server (waitress, loopback), and N
learners each logging in FranceConnect → Ameli → mesdroitssociaux over real HTTP at the same time.

Run: `make charge LEARNERS=30` or `python -m benchmarks.charge --apprenants 30`. Prints the page times
(p50, p95, max: a page is one click and its redirects), pages per second and errors, and writes them
as JSON (reports/charge/charge.json unless --sortie says where), with the machine's load average.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.charge_journey import LearnerRun, login_journey
from benchmarks.charge_server import ServeError, class_credentials, serve_class
from mock_sites.formation.classroom import FormationError, learner_count

DEFAULT_REPORT = Path("reports/charge/charge.json")
# The target for a class of thirty on two cores.
TARGET_P95 = 1.0


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line (bad input: one French line, exit 2)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.charge", description=__doc__.splitlines()[0])
    parser.add_argument("--apprenants", default="30", help="nombre d'apprenants à la fois (1 à 30)")
    parser.add_argument("--concurrence", default=None, help="apprenants en cours au plus (défaut : tous)")
    parser.add_argument("--seed", default="charge", help="graine de la classe (les mêmes apprenants)")
    parser.add_argument("--sortie", type=Path, default=DEFAULT_REPORT, help="fichier JSON du rapport")
    args = parser.parse_args(argv)
    try:
        args.apprenants = learner_count(args.apprenants)
        args.concurrence = (
            args.apprenants if args.concurrence is None else learner_count(args.concurrence, "--concurrence")
        )
    except FormationError as error:
        parser.exit(2, f"charge : {error}.\n")
    return args


def percentile(values: list[float], share: float) -> float:
    """The value under which `share` of the values fall (interpolated between the nearest two)."""
    if len(values) == 1:
        return values[0]
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[round(share * 100) - 1]


def summary(
    runs: list[LearnerRun], wall: float, load: tuple[float, ...], args: argparse.Namespace, cpu: float | None
) -> dict[str, Any]:
    """The report: figures over every page of every learner, each error, where it ran."""
    times = [page.seconds for run in runs for page in run.pages]
    by_step: dict[str, list[float]] = {}
    for run in runs:
        for page in run.pages:
            by_step.setdefault(page.step, []).append(page.seconds)
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "apprenants": args.apprenants,
        "concurrence": args.concurrence,
        "serveur": "waitress (python -m mock_sites serve --formation)",
        "pages": len(times),
        "requetes": sum(page.requests for run in runs for page in run.pages),
        "duree_s": round(wall, 3),
        "pages_par_seconde": round(len(times) / wall, 2) if wall else 0.0,
        "p50_s": round(statistics.median(times), 4) if times else None,
        "p95_s": round(percentile(times, 0.95), 4) if times else None,
        "max_s": round(max(times), 4) if times else None,
        "par_etape_p95_s": {step: round(percentile(values, 0.95), 4) for step, values in by_step.items()},
        "erreurs": [run.error for run in runs if run.error],
        # CPU the sites spent on the journeys (serve and its processes, from /proc): per journey
        "cpu_serve_s": None if cpu is None else round(cpu, 3),
        "cpu_par_parcours_ms": None if cpu is None else round(1000 * cpu / len(runs), 1),
        "machine": {
            "cpus": os.cpu_count(),
            "charge_avant": load,
            "charge_apres": os.getloadavg(),
            "python": platform.python_version(),
            "partagee": "machine partagée : d'autres travaux tournent en même temps",
        },
        "pages_detail": [asdict(page) for run in runs for page in run.pages],
    }


def drive_class(args: argparse.Namespace) -> dict[str, Any]:
    """Open the class, run every learner's login at once (at most `concurrence` at a time), stop it."""
    credentials = class_credentials(args.seed, args.apprenants)
    with tempfile.TemporaryDirectory(prefix="charge-fiches-") as sheets:
        served = serve_class(args.seed, args.apprenants, Path(sheets))
        try:
            service = f"http://mesdroitssociaux.localhost:{served.ports['mesdroitssociaux']}/"
            load = os.getloadavg()
            cpu_before = served.cpu_seconds()
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.concurrence) as pool:
                runs = list(
                    pool.map(lambda learner: login_journey(learner, served.ports, service), credentials)
                )
            wall = time.perf_counter() - started
            cpu_after = served.cpu_seconds()
        finally:
            served.stop()
    cpu = None if cpu_before is None or cpu_after is None else cpu_after - cpu_before
    return summary(runs, wall, load, args, cpu)


def print_report(report: dict[str, Any], path: Path) -> None:
    """The figures a trainer reads, in French."""
    load = ", ".join(f"{value:.2f}" for value in report["machine"]["charge_avant"])
    learners, at_once, pages = report["apprenants"], report["concurrence"], report["pages"]
    print(f"charge : {learners} apprenants ({at_once} à la fois), {pages} pages")
    p50, p95, slowest = report["p50_s"], report["p95_s"], report["max_s"]
    print(f"  p50 {p50} s · p95 {p95} s · max {slowest} s (objectif p95 ≤ {TARGET_P95} s)")
    rate, wall, errors = report["pages_par_seconde"], report["duree_s"], len(report["erreurs"])
    print(f"  {rate} pages/s sur {wall} s · erreurs : {errors}")
    if report["cpu_par_parcours_ms"] is not None:
        print(f"  CPU des sites : {report['cpu_serve_s']} s, {report['cpu_par_parcours_ms']} ms par parcours")
    for error in report["erreurs"]:
        print(f"  - {error}")
    print(f"  charge de la machine avant : {load} ({report['machine']['cpus']} cœurs, partagée)")
    print(f"  rapport : {path}")


def main(argv: list[str] | None = None) -> int:
    """Run the load test; 0 when every learner got in, 1 otherwise."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        report = drive_class(args)
    except ServeError as error:
        print(f"charge : {error}.", file=sys.stderr)
        return 1
    args.sortie.parent.mkdir(parents=True, exist_ok=True)
    args.sortie.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print_report(report, args.sortie)
    return 0 if not report["erreurs"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
