"""`python -m parcours etapes [--format=texte|markdown] [--paquet NOM]… [--features DOSSIER]…`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

from ..cli_args import FrenchParser
from ..layout import data_dir
from ..opt_in import DEFAULT_STEPS
from .catalogue import Etape, catalogue

FORMATS = ("texte", "markdown")


def as_text(step: Etape) -> str:
    """One step, for a terminal."""
    lines = [f"{step.mot_cle} {step.texte}"]
    lines += [f"    {name} : {kind}" for name, kind in step.parametres]
    lines += [f"    {line}" for line in step.doc.splitlines()]
    if step.exemple:
        lines.append(f"    exemple : {step.exemple}")
    lines.append(f"    défini dans {step.module} (ligne {step.ligne})")
    return "\n".join(lines)


def as_markdown(steps: list[Etape]) -> str:
    """The catalogue as a Markdown page, one section per module."""
    out = ["# Catalogue des étapes", ""]
    module = ""
    for step in steps:
        if step.module != module:
            module = step.module
            out += [f"## `{module}`", ""]
        out.append(f"### {step.mot_cle} {step.texte}".replace("<", "&lt;"))
        out.append("")
        out += [f"- `{name}` : `{kind}`" for name, kind in step.parametres]
        out += ([""] if step.parametres else []) + ([step.doc, ""] if step.doc else [])
        if step.exemple:
            out += [f"Exemple : `{step.exemple}`", ""]
        out += [f"Défini dans `{step.module}`, ligne {step.ligne}.", ""]
    return "\n".join(out)


def format_option(text: str) -> str:
    """texte or markdown, as typed after --format."""
    if text not in FORMATS:
        raise argparse.ArgumentTypeError(f"format « {text} » inconnu ; choisissez {' ou '.join(FORMATS)}")
    return text


def main(argv: list[str]) -> int:
    """Print every step of the step packages."""
    parser = FrenchParser(prog="python -m parcours etapes", description="Le catalogue des étapes.")
    parser.add_argument("--format", type=format_option, default="texte", help="texte ou markdown")
    parser.add_argument(
        "--paquet", action="append", default=[], help="paquet d'étapes de votre projet (en plus)"
    )
    parser.add_argument("--features", action="append", type=Path, default=[], help="dossier de vos .feature")
    args = parser.parse_args(argv)
    folders = [data_dir("parcours_features"), *args.features]
    missing = [folder for folder in folders if not folder.is_dir()]
    if missing:
        parser.error(f"--features {missing[0]} : dossier introuvable")
    try:
        steps = catalogue([*DEFAULT_STEPS, *args.paquet], folders)
    except pytest.UsageError as error:
        print(f"python -m parcours etapes : {error}", file=sys.stderr)
        return 2
    if args.format == "markdown":
        print(as_markdown(steps))
    else:
        print("\n\n".join(as_text(step) for step in steps))
        print(f"\n{len(steps)} étapes.")
    return 0
