"""`serve`'s demo person has a foyer fiscal at the tax office, so the tax return can be done by hand."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from mock_sites.demo_accounts import demo_household, record_demo_household
from mock_sites.federation.behaviours import Behaviour
from mock_sites.runner import RunningSites, start_sites


@pytest.fixture(scope="module")
def running() -> Iterator[RunningSites]:
    sites = start_sites("murs-foyer-demo")
    yield sites
    sites.stop()


def test_the_demo_person_has_a_foyer_fiscal_serve_prints(running: RunningSites) -> None:
    lines = record_demo_household(running)
    household = demo_household(running.seed)
    person = household.members[0]
    assert household == demo_household(running.seed)  # the same for the same seed
    db = sqlite3.connect(str(running.app("impots").config["DATABASE"]))
    row = db.execute(
        "SELECT online_access_number FROM contribuable WHERE numero_fiscal = ?", (person.numero_fiscal,)
    ).fetchone()
    assert row == (person.online_access_number,)
    assert lines == [
        f"# foyer fiscal de {person.full_name} (célibataire) : numéro fiscal {person.numero_fiscal},"
        f" numéro d'accès en ligne {person.online_access_number},"
        f" revenu fiscal de référence {household.reference_income}"
    ]


def test_serve_lists_the_accounts_each_lesson_uses() -> None:
    from mock_sites.demo_accounts import demo_accounts
    from mock_sites.demo_lessons import lesson_lines

    accounts = demo_accounts("murs-lecons")
    lines = lesson_lines(accounts)
    ameli = next(a for a in accounts if a.idp == "ameli" and a.behaviour is Behaviour.NORMAL)
    assert any("mesdroitssociaux" in line and ameli.identifier in line for line in lines)
    assert any("espace particulier" in line and "foyer fiscal" in line for line in lines)
    assert any("tutoriel 003" in line for line in lines)
    assert all(line.startswith("# leçon « ") for line in lines)
