"""Logging in through FranceConnect without a browser, with any provider's form (confirmation step
included): the helpers the federation, security and external-client tests share."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from mock_sites.accounts import enrol_person
from mock_sites.catalogue import identity_provider_role
from mock_sites.common.identities import Person, generate_person
from mock_sites.federation.behaviours import Behaviour
from mock_sites.runner import RunningSites

from .browserless import Browserless, Page

CHOOSE_ACCOUNT = "Choisissez un compte pour vous connecter"


def person_at(
    mock_sites: RunningSites, label: str, *idps: str, behaviour: Behaviour = Behaviour.NORMAL
) -> Person:
    """A generated person with an account at each of `idps`."""
    person = generate_person(mock_sites.seed, label)
    for idp in idps:
        enrol_person(mock_sites, idp, person, behaviour)
    return person


def log_in_at_provider(browser: Browserless, idp: str, person: Person, hub: str = "franceconnect") -> Page:
    """From the hub's list: choose `idp`, fill its form (and its confirmation step)."""
    form = identity_provider_role(idp).login_form
    page = browser.post(browser.sites.url(hub, "/api/v2/choisir-compte"), {"idp": idp})
    assert form.heading in page.text, page.text
    secret = form.secret_of(person)
    page = browser.post(page.url, {"identifiant": form.identifier_of(person), "secret": secret})
    if form.confirmation is not None:
        assert form.confirmation.heading in page.text, page.text
        page = browser.post(page.url, {"code_confirmation": form.confirmation.code_of(person)})
    return page


def start_login(browser: Browserless, service: str) -> Page:
    """Click "S'identifier avec FranceConnect" on a service."""
    return browser.post(browser.sites.url(service, "/connexion/franceconnect"))


def log_in(browser: Browserless, service: str, idp: str, person: Person) -> Page:
    """The whole journey up to the service's personal space."""
    page = start_login(browser, service)
    assert CHOOSE_ACCOUNT in page.text, page.text
    page = log_in_at_provider(browser, idp, person)
    assert "Continuer sur" in page.text, page.text
    return browser.post(page.url, {})


def redirect_query(page: Page) -> dict[str, str]:
    """The query of the redirect a page answered with (e.g. the code sent back to a service)."""
    assert page.status in (302, 303), page.text
    location = page.response.headers["Location"]
    return {key: values[0] for key, values in parse_qs(urlsplit(location).query).items()}
