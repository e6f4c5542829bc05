"""`python -m parcours.report merge DIR… -o reports/` and `python -m parcours.report summary DIR`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .ci_summary import markdown_summary
from .html import shown_path
from .merge import MergeError, merge
from .summary import run_totals, summary_line
from .writer import RECORDS_FILE, load_records


def parser() -> argparse.ArgumentParser:
    """The two commands and their arguments."""
    main = argparse.ArgumentParser(prog="python -m parcours.report", description="Rapports Parcours")
    commands = main.add_subparsers(dest="command", required=True)
    merging = commands.add_parser("merge", help="fusionner les rapports des parts (--shard=i/n) en un seul")
    merging.add_argument(
        "folders", nargs="+", type=Path, metavar="DOSSIER", help="le --reports-dir de chaque part"
    )
    merging.add_argument("-o", "--output", type=Path, required=True, help="où écrire le rapport fusionné")
    merging.add_argument(
        "--racine", type=Path, default=Path("."), help="le projet (ses features/), défaut : ."
    )
    summary = commands.add_parser("summary", help="le bilan d'un rapport en Markdown (résumé de job CI)")
    summary.add_argument("folder", type=Path, metavar="DOSSIER", help="un dossier de rapports")
    return main


def run_merge(arguments: argparse.Namespace) -> int:
    """Merge, then say so in one line; 1 when a scenario failed, as pytest would."""
    runs = merge(arguments.folders, arguments.output, arguments.racine.resolve())
    totals = run_totals(runs).scenarios
    print(summary_line(totals, shown_path(str(arguments.output / "index.html"))))
    return 1 if totals.failed else 0


def run_summary(arguments: argparse.Namespace) -> int:
    """Print the Markdown summary of a reports folder."""
    folder: Path = arguments.folder
    if not (folder / RECORDS_FILE).is_file():
        raise MergeError(f"{folder} ne contient pas de rapport Parcours ({RECORDS_FILE} absent).")
    print(markdown_summary(load_records(folder).runs, shown_path(str(folder / "index.html"))), end="")
    return 0


COMMANDS = {"merge": run_merge, "summary": run_summary}


def main(argv: list[str] | None = None) -> int:
    """Run one command; a clear French line on stderr (exit 2) when its input is wrong."""
    arguments = parser().parse_args(argv)
    try:
        return COMMANDS[arguments.command](arguments)
    except MergeError as error:
        print(f"python -m parcours.report {arguments.command} : {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
