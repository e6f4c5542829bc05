"""Steps of the dated profiles: a scenario that pins the state it expects, what FranceConnect offers."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then

from mock_sites.testing.profiles import RunningSites, UnknownProfile, show_state, state_of
from parcours.profil_option import SHOWN_ON, tutorial_of

from .pages.franceconnect import ChoixDuCompte


@given(parsers.parse('les sites au profil "{profil}"'))
def sites_at_profile(request: pytest.FixtureRequest, mock_sites: RunningSites, profil: str) -> None:
    """This scenario sees `profil` whatever the run's (under `tutoriel`, its own tutorial's state)."""
    try:
        state = state_of(profil, tutorial_of(request.node))
    except UnknownProfile as error:
        pytest.fail(str(error), pytrace=False)
    show_state(mock_sites, state)
    request.node.stash[SHOWN_ON] = mock_sites  # back to the default state after the scenario


@then(parsers.parse("FranceConnect propose les comptes {comptes}"))
def hub_offers_accounts(page: Page, comptes: str) -> None:
    """The choice page's buttons, in order: « "A", "B" et "C" »."""
    expected = [name.strip().strip('"') for name in comptes.replace(" et ", ", ").split(", ")]
    expect(ChoixDuCompte(page).comptes).to_have_text(expected)
