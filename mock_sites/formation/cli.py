"""The class sandbox on the command line: `formation` writes the learners' sheets, `serve --formation`
also opens their accounts on the running sites."""

from __future__ import annotations

import argparse
import secrets
import sys
from pathlib import Path
from typing import Any

from ..catalogue import entries
from ..common.sitemap import SiteMap
from ..runner import RunningSites
from .classroom import FormationError, draw_class, learner_count
from .enrolment import open_class
from .sheets import write_sheets
from .walls import trainer_code

DEFAULT_FOLDER = Path("fiches-formation")
DEFAULT_FIRST_PORT = 8000


def add_formation_command(commands: Any) -> None:
    """`python -m mock_sites formation --apprenants=N --sortie=DIR [--seed=S] [--port=P]`."""
    formation = commands.add_parser(
        "formation", help="écrire les fiches des apprenants d'une classe, puis sortir"
    )
    formation.add_argument("--apprenants", required=True, help="nombre d'apprenants (1 à 30)")
    formation.add_argument("--sortie", type=Path, default=DEFAULT_FOLDER, help="dossier des fiches (PDF)")
    formation.add_argument("--seed", default=None, help="graine de la classe (la même pour serve)")
    formation.add_argument(
        "--port",
        type=int,
        default=DEFAULT_FIRST_PORT,
        help="premier port que serve utilisera (adresses des fiches)",
    )


def add_serve_options(serve: argparse.ArgumentParser) -> None:
    """`serve --formation=N [--sortie=DIR]`: a class sandbox on the running sites."""
    serve.add_argument("--formation", default=None, metavar="N", help="ouvrir une classe de N apprenants")
    serve.add_argument("--sortie", type=Path, default=DEFAULT_FOLDER, help="dossier des fiches (PDF)")


def planned_sites(first_port: int) -> SiteMap:
    """The addresses `serve --port=first_port` gives: consecutive ports, in the catalogue's order."""
    return SiteMap({entry.name: first_port + offset for offset, entry in enumerate(entries())})


def run_formation(args: argparse.Namespace) -> int:
    """Write the sheets of a class without starting any site; returns the exit status."""
    seed = args.seed or secrets.token_hex(4)
    try:
        count = learner_count(args.apprenants)
        written = write_sheets(draw_class(seed, count), planned_sites(args.port), seed, args.sortie)
    except FormationError as error:
        print(f"mock_sites formation : {error}.", file=sys.stderr)
        return 2
    print(f"{len(written)} fiches écrites dans {args.sortie} (graine {seed}).")
    serve = f"python -m mock_sites serve --formation={count} --seed={seed} --port={args.port}"
    print(f"Servez cette classe : {serve}")
    return 0


def checked_class_size(args: argparse.Namespace) -> int | None:
    """The size of the class `serve` opens (None: no class), else FormationError."""
    return None if args.formation is None else learner_count(args.formation, "--formation")


def serve_class(running: RunningSites, count: int, folder: Path) -> list[str]:
    """Open the class on the running sites and write its sheets; the lines `serve` prints about it."""
    learners = open_class(running, count)
    write_sheets(learners, running.sites, running.seed, folder)
    code = trainer_code(running.app("formation").config["SITE"])
    lines = [
        f"# formation : {count} apprenants, fiches dans {folder}, suivi sur {running.url('formation', '/')}",
        f"# code formateur (page « Suivi de la classe ») : {code}",
    ]
    lines += [
        f"# apprenant {learner.number} {learner.person.full_name} {learner.person.email}"
        for learner in learners
    ]
    return lines
