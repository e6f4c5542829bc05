"""The command-line parser of Parcours' commands: bad input is one French line and exit code 2."""

from __future__ import annotations

import argparse


class FrenchParser(argparse.ArgumentParser):
    """argparse, whose errors are one French line (what is wrong, where to look) and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        """Print the problem and what to do."""
        self.exit(2, f"{self.prog} : {message} — voir {self.prog} --help\n")
