"""Steps that set the date every site lives at, in the scenario's words (« nous sommes le 26 mai 2021 à
23 h 58 »), and let minutes pass. Never by sleeping: the shared clock moves."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import pytest
from pytest_bdd import given, parsers, when

from parcours_mock_sites.testing import Clock
from parcours_mock_sites.testing.declaration import MONTHS, PARIS

MOMENT = re.compile(
    r"(?P<jour>1er|\d{1,2}) (?P<mois>\w+) (?P<annee>\d{4}) à (?P<heure>\d{1,2}) h (?P<minute>\d{2})"
)


def moment_named(text: str) -> datetime:
    """« 26 mai 2021 à 23 h 58 » → that minute, Paris time; an unreadable date says how to write one."""
    match = MOMENT.fullmatch(text.strip())
    if match is None or match["mois"] not in MONTHS:
        raise ValueError(f"date illisible : {text!r} (écrivez par exemple « 26 mai 2021 à 23 h 58 »)")
    day = 1 if match["jour"] == "1er" else int(match["jour"])
    month = MONTHS.index(match["mois"]) + 1
    return datetime(int(match["annee"]), month, day, int(match["heure"]), int(match["minute"]), tzinfo=PARIS)


@pytest.fixture
def horloge_du_scenario(clock: Clock) -> Iterator[Clock]:
    """The shared clock, given back at real time when the scenario ends (the next one starts today)."""
    yield clock
    clock.reset()


@given(parsers.parse("nous sommes le {moment}"))
def we_are_on(horloge_du_scenario: Clock, moment: str) -> None:
    """Every site lives at this date and time (Paris), and time runs on from there."""
    horloge_du_scenario.travel_to(moment_named(moment))


@when(parsers.re(r"(?P<minutes>\d+) minutes? (?:se sont écoulées|s'est écoulée)"))
def minutes_pass(clock: Clock, minutes: str) -> None:
    """Move the shared clock forward."""
    clock.advance(int(minutes) * 60)
