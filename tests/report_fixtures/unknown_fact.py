"""Binds a scenario naming a fact seeds/ does not define: collecting it must stop the run."""

from pathlib import Path

from pytest_bdd import scenarios

scenarios(str(Path(__file__).parent / "fait_inconnu"))
