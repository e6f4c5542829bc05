"""A full FranceConnect code flow without a browser: service → hub → Ameli → hub → service."""

from __future__ import annotations

from mock_sites.accounts import enrol_person
from mock_sites.common.identities import generate_person
from mock_sites.runner import RunningSites

from .browserless import Browserless, login_through_franceconnect


def test_full_code_flow_greets_the_person(mock_sites: RunningSites, browserless: Browserless) -> None:
    person = generate_person(mock_sites.seed, "test_full_code_flow")
    identifier = enrol_person(mock_sites, "ameli", person)
    page = login_through_franceconnect(browserless, "mesdroitssociaux", "ameli", identifier, person.password)
    assert page.status == 200
    assert f"Bienvenue {person.given_name} {person.family_name}" in page.text
