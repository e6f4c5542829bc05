"""Binds every feature file under features/ to the step definitions (loaded by steps.plugin)."""

from pytest_bdd import scenarios

scenarios(".")
