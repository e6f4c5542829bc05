"""`python -m parcours derive --de=tutoriel --a=NOM [--sortie=DIR] [--tutoriels=DIR]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mock_sites.profiles import PROFILES, UnknownProfile

from .differences import differences
from .page import write_page

USAGE = "python -m parcours derive --de=tutoriel --a=NOM [--sortie=DIR]"


class BadArguments(Exception):
    """The command line is not one the command understands."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise BadArguments(f"Options invalides : {USAGE} (profils connus : {', '.join(PROFILES)}).")


def default_tutorials() -> Path:
    """The source tutorials' folder: ../shared/seeds beside the checkout, else /work/shared/seeds."""
    beside = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    return beside if beside.is_dir() else Path("/work/shared/seeds")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m parcours derive", description="Ce qui a changé depuis le tutoriel.")
    parser.add_argument("--de", default="tutoriel")
    parser.add_argument("--a", required=True)
    parser.add_argument("--sortie", type=Path, default=Path("reports"))
    parser.add_argument("--tutoriels", type=Path, default=None, help="dossier des tutoriels sources")
    return parser


def main(argv: list[str]) -> int:
    """Write changements.html; 0 written, 2 bad input."""
    try:
        args = _parser().parse_args(argv)
        found = differences(args.de, args.a)
        path = write_page(args.sortie, args.de, args.a, found, args.tutoriels or default_tutorials())
    except (BadArguments, UnknownProfile, ValueError) as error:
        print(f"derive : {str(error).rstrip('.')}.", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"derive : impossible d'écrire dans « {args.sortie} » ({error.strerror}).", file=sys.stderr)
        return 2
    print(f"{len(found)} changements du profil {args.de} au profil {args.a} : {path}")
    return 0
