"""Binds instable/ (browserless): `tests/test_shards.py` runs it with --reruns 1 in a child run."""

from pathlib import Path

from pytest_bdd import scenarios

from tests.report_fixtures.counter_steps import *  # noqa: F403  (the steps and their fixtures)

scenarios(str(Path(__file__).parent / "instable"))
