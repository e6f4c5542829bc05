"""`python -m parcours COMMANDE …`: the harness's commands for trainers and QA teams.

Each command is a module with `main(argv: list[str]) -> int`, imported only when it is asked for.
"""

from __future__ import annotations

import importlib
import sys

# command → (module, what it does, in French)
COMMANDS: dict[str, tuple[str, str]] = {
    "relire": ("parcours.relire.cli", "relire un tutoriel et dire ce que les sites contredisent"),
    "derive": ("parcours.derive.cli", "ce qui a changé sur les sites depuis un tutoriel"),
    "init": ("parcours.init.cli", "préparer un dépôt pour y écrire des parcours"),
    "etapes": ("parcours.catalogue_etapes.cli", "le catalogue des étapes en français"),
}


def usage() -> str:
    """The list of commands, in French."""
    lines = ["Usage : python -m parcours COMMANDE [options]", "Commandes :"]
    lines += [f"  {name:<8} {summary}" for name, (_, summary) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Run the command named first in `argv`."""
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"Commande inconnue « {name} ».\n{usage()}", file=sys.stderr)
        return 2
    module = COMMANDS[name][0]
    try:
        command = importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name is None or not module.startswith(error.name):
            raise
        print(f"La commande « {name} » n'est pas installée avec cette version de Parcours.", file=sys.stderr)
        return 2
    return int(command.main(rest))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
