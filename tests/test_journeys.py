"""Binds every feature file under features/ to the step definitions (loaded by parcours.plugin)."""

from pytest_bdd import scenarios

scenarios(".")
