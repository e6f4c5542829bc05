"""The 2021 calendar of the online tax return: département → deadline, opening, and the clock's travel."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from mock_sites.common.clock import Clock
from mock_sites.impots.declaration.calendrier import (
    NON_RESIDENT,
    OPENING,
    PARIS,
    UnknownDepartement,
    closed_message,
    departement_number,
    french_moment,
    is_open,
    not_yet_open,
    paper_sentence,
    zone_of,
)


@pytest.mark.parametrize(
    ("departement", "deadline"),
    [
        ("01", "mercredi 26 mai 2021 à 23 h 59"),
        ("19", "mercredi 26 mai 2021 à 23 h 59"),
        (NON_RESIDENT, "mercredi 26 mai 2021 à 23 h 59"),
        ("20", "mardi 1er juin 2021 à 23 h 59"),
        ("2A", "mardi 1er juin 2021 à 23 h 59"),
        ("2b", "mardi 1er juin 2021 à 23 h 59"),
        ("21", "mardi 1er juin 2021 à 23 h 59"),
        ("54", "mardi 1er juin 2021 à 23 h 59"),
        ("55", "mardi 8 juin 2021 à 23 h 59"),
        ("75", "mardi 8 juin 2021 à 23 h 59"),
        ("95", "mardi 8 juin 2021 à 23 h 59"),
        ("971", "mardi 8 juin 2021 à 23 h 59"),
        ("976", "mardi 8 juin 2021 à 23 h 59"),
    ],
)
def test_each_departement_has_the_tutorials_deadline(departement: str, deadline: str) -> None:
    assert french_moment(zone_of(departement).deadline) == deadline


@pytest.mark.parametrize("code", ["00", "96", "970", "977", "2C", "1", "ab", ""])
def test_an_unknown_departement_is_refused_with_a_french_message(code: str) -> None:
    with pytest.raises(UnknownDepartement, match="Département inconnu"):
        departement_number(code)


@pytest.mark.parametrize(
    ("departement", "last_minute"),
    [
        ("01", datetime(2021, 5, 26, 23, 59, tzinfo=PARIS)),
        (NON_RESIDENT, datetime(2021, 5, 26, 23, 59, tzinfo=PARIS)),
        ("2A", datetime(2021, 6, 1, 23, 59, tzinfo=PARIS)),
        ("976", datetime(2021, 6, 8, 23, 59, tzinfo=PARIS)),
    ],
)
def test_open_until_the_last_minute_then_closed(departement: str, last_minute: datetime) -> None:
    assert is_open(departement, last_minute - timedelta(minutes=1))
    assert is_open(departement, last_minute + timedelta(seconds=59))
    assert not is_open(departement, last_minute + timedelta(minutes=1))
    assert "La date limite de déclaration en ligne est dépassée" in closed_message(departement)


def test_the_deadline_is_paris_time_not_utc() -> None:
    # 23:30 UTC on 26 May is 01:30 on 27 May in Paris (summer time): already too late.
    assert not is_open("01", datetime(2021, 5, 26, 23, 30, tzinfo=UTC))
    assert is_open("01", datetime(2021, 5, 26, 21, 30, tzinfo=UTC))


def test_closed_before_thursday_8_april() -> None:
    assert OPENING.strftime("%A %d %B %Y") == "Thursday 08 April 2021"
    assert not_yet_open(OPENING - timedelta(minutes=1))
    assert not is_open("75", OPENING - timedelta(minutes=1))
    assert is_open("75", OPENING)


def test_paper_returns_until_thursday_20_may() -> None:
    assert paper_sentence().endswith("jusqu'au jeudi 20 mai 2021.")


def test_the_clock_travels_to_a_date_runs_on_and_comes_back() -> None:
    clock = Clock()
    clock.travel_to(datetime(2021, 5, 26, 23, 58, tzinfo=PARIS))
    assert abs(clock.datetime() - datetime(2021, 5, 26, 21, 58, tzinfo=UTC)) < timedelta(seconds=5)
    clock.advance(120)
    assert clock.datetime().astimezone(PARIS).strftime("%d/%m %H:%M") == "27/05 00:00"
    clock.reset()
    assert abs(clock.now() - time.time()) < 5


def test_the_clock_needs_a_time_zone() -> None:
    with pytest.raises(ValueError, match="time zone"):
        Clock().travel_to(datetime(2021, 5, 26, 23, 58))
