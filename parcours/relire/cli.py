"""`python -m parcours relire FICHIER [--sortie=DIR] [--profil=NOM] [--inventaire=FICHIER]`."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from mock_sites.rules import all_rules, known_gaps
from parcours.derive.relecture import annotate, rules_for
from parcours.inventory import INVENTORY_FILE, Inventory, load

from . import claims, html, match, output, readers


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise readers.ReadError(
            "Options invalides : python -m parcours relire FICHIER [--sortie=DIR] [--profil=NOM]."
        )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m parcours relire", description="Relire un tutoriel contre les sites.")
    parser.add_argument("fichier", type=Path)
    parser.add_argument("--sortie", type=Path, default=Path("reports/relecture"))
    parser.add_argument("--profil", default=None)
    parser.add_argument("--inventaire", type=Path, default=None, help="inventaire.json à utiliser")
    return parser


def inventory_for(path: Path | None, profil: str | None) -> Inventory:
    """The given inventory, the latest reports/inventaire.json, or a fresh one from running the journeys."""
    candidate = path or Path("reports") / INVENTORY_FILE
    if candidate.is_file():
        try:
            found = load(candidate)
        except (ValueError, KeyError, TypeError) as error:
            raise readers.ReadError(
                f"L'inventaire « {candidate} » n'est pas un inventaire JSON lisible : relancez les parcours."
            ) from error
        if profil is None or found.profil == profil:
            return found
    if path is not None:
        raise readers.ReadError(f"L'inventaire « {path} » n'existe pas ou n'est pas du profil demandé.")
    command = [sys.executable, "-m", "pytest", "tests/test_journeys.py", "-q", "--reports-dir=reports"]
    subprocess.run(command + ([f"--profil={profil}"] if profil else []), check=False)
    return load(candidate) if candidate.is_file() else Inventory()


def site_rules() -> tuple:
    """Every site's rules; a site whose rules module declares no RULES yet has none."""
    try:
        return all_rules()
    except AttributeError:
        return ()


def main(argv: list[str]) -> int:
    """Proofread one tutorial; 0 all right, 1 a claim contradicted or not found, 2 bad input."""
    try:
        args = _parser().parse_args(argv)
        rules = rules_for(site_rules(), args.profil, args.fichier.name)  # an unknown profile: ValueError
        lines = readers.read(args.fichier)
        inventory = inventory_for(args.inventaire, args.profil)
    except (readers.ReadError, ValueError) as error:
        print(str(error), file=sys.stderr)
        return 2
    gaps = known_gaps()
    verdicts = [match.check(claim, inventory, rules, gaps) for claim in claims.extract(lines)]
    path = output.write_json(args.sortie, args.fichier.name, verdicts)
    html.write_html(args.sortie, args.fichier.name, verdicts)
    changes = annotate(path, args.profil, args.fichier.name)
    if changes:
        print(f"{len(changes)} changements du profil {args.profil} touchent ce tutoriel : {path}")
    wrong = sum(v.verdict in ("different", "introuvable") and not v.ecart_connu for v in verdicts)
    print(f"{len(verdicts)} affirmations relues, {wrong} à corriger : {path}")
    return 1 if output.failing(verdicts) else 0
