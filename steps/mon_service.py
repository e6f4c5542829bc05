"""Steps of a project's own service (ini `parcours_service`): open it, see the person it greets."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, then

from parcours_mock_sites.testing import Usager

from .pages.service import EspaceService


def service_url(config: pytest.Config) -> str:
    """The project's service, as its pytest configuration names it."""
    url = str(config.getini("parcours_service") or "")
    if not url.startswith(("http://", "https://")):
        pytest.fail(
            "« mon service » : indiquez son adresse dans la configuration de pytest, "
            "ex. parcours_service = http://127.0.0.1:3000 (python -m parcours init l'écrit).",
            pytrace=False,
        )
    return url


@given("j'ouvre mon service")
def open_own_service(page: Page, pytestconfig: pytest.Config) -> None:
    """The home page of the project's service."""
    page.goto(service_url(pytestconfig))


@then("mon service me souhaite la bienvenue par mon nom")
def own_service_greets(page: Page, usager: Usager) -> None:
    """The service's page after FranceConnect: « Bienvenue » and the person's verified name."""
    expect(EspaceService(page).salutation(usager.full_name)).to_be_visible()
