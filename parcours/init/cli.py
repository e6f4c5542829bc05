"""`python -m parcours init [--service URL] [--client-id ID] [--nom NOM] [--port PORT] [--dossier DIR]`."""

from __future__ import annotations

import argparse
import secrets
import sys
from pathlib import Path
from urllib.parse import urlsplit

from ..cli_args import FrenchParser
from . import modeles
from .modeles import Projet

INI_FILES = ("pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg")


def parse(argv: list[str]) -> argparse.Namespace:
    """The command line."""
    parser = FrenchParser(prog="python -m parcours init", description="Prépare un dépôt pour Parcours.")
    parser.add_argument("--service", default="http://127.0.0.1:3000", help="adresse de votre service")
    parser.add_argument("--client-id", default="mon-service", help="identifiant de votre service")
    parser.add_argument("--nom", default="Mon service", help="nom que FranceConnect affiche")
    parser.add_argument("--port", type=int, default=8100, help="port du FranceConnect fictif")
    parser.add_argument("--dossier", type=Path, default=Path("."), help="racine du dépôt")
    args = parser.parse_args(argv)
    parts = urlsplit(args.service)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        parser.error(f"--service {args.service!r} n'est pas une adresse http(s) (ex. http://127.0.0.1:3000)")
    if not 1024 <= args.port <= 65000:
        parser.error(f"--port {args.port} : choisissez un port entre 1024 et 65000")
    return args


def files_of(projet: Projet, root: Path, with_ini: bool) -> dict[Path, str]:
    """Every file init writes, by path."""
    files = {
        root / "features" / "connexion_franceconnect.feature": modeles.parcours_feature(projet),
        root / "features" / "test_parcours.py": modeles.TEST_MODULE,
        root / "parcours-clients.toml": modeles.clients_toml(projet),
    }
    if with_ini:
        files[root / "pytest.ini"] = modeles.ini_lines(projet)
    return files


def main(argv: list[str]) -> int:
    """Write the files, unless one is there already (nothing is overwritten)."""
    args = parse(argv)
    projet = Projet(args.service, args.client_id, args.nom, secrets.token_urlsafe(32), args.port)
    root: Path = args.dossier
    with_ini = not any((root / name).exists() for name in INI_FILES)
    files = files_of(projet, root, with_ini)
    there = [path for path in files if path.exists()]
    if there:
        print(
            f"parcours init : {there[0]} existe déjà ; rien n'a été écrit "
            "(déplacez-le, ou choisissez un autre dossier avec --dossier).",
            file=sys.stderr,
        )
        return 2
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(modeles.instructions(projet, with_ini))
    return 0
