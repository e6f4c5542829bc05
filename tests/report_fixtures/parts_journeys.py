"""Binds parts/ (browserless): `tests/test_shards.py` runs it whole, then as two shards, in child runs."""

from pathlib import Path

from pytest_bdd import scenarios

from tests.report_fixtures.counter_steps import *  # noqa: F403  (the steps and their fixtures)

scenarios(str(Path(__file__).parent / "parts"))
