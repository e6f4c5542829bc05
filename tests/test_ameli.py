"""Ameli's login form: the NIR rules of the tutorial and the code confidentiel, through its test client."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable
from html import escape
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from flask.testing import FlaskClient

from mock_sites.accounts import enrol_person
from mock_sites.common.identities import Person, generate_person
from mock_sites.common.oidc.provider import IDENTITY_CLAIMS
from mock_sites.federation.registrations import HUB_IDP_CALLBACK_PATH
from mock_sites.runner import RunningSites

WITHOUT_KEY = "Saisissez votre numéro de sécurité sociale sans la clé : 13 chiffres."
NOT_13_DIGITS = "Le numéro de sécurité sociale doit comporter 13 chiffres."
BAD_CREDENTIALS = "Numéro de sécurité sociale ou code confidentiel incorrect."


@pytest.fixture
def person(mock_sites: RunningSites, request: pytest.FixtureRequest) -> Person:
    """A person with an Ameli account."""
    someone = generate_person(mock_sites.seed, request.node.nodeid)
    enrol_person(mock_sites, "ameli", someone)
    return someone


@pytest.fixture
def ameli(mock_sites: RunningSites) -> FlaskClient:
    """Ameli's test client, on its public origin."""
    return mock_sites.app("ameli").test_client()


def login_page_url(mock_sites: RunningSites) -> str:
    """Ameli's login page as FranceConnect opens it (a valid authorization request)."""
    query = {
        "response_type": "code",
        "client_id": "franceconnect-client",
        "redirect_uri": mock_sites.url("franceconnect", HUB_IDP_CALLBACK_PATH),
        "scope": "openid " + " ".join(IDENTITY_CLAIMS),
        "state": secrets.token_urlsafe(32),
        "nonce": secrets.token_urlsafe(32),
        "acr_values": "eidas1",
    }
    return f"/oidc/authorize?{urlencode(query)}"


def codes_issued(mock_sites: RunningSites) -> int:
    """How many authorization codes Ameli has issued in this run."""
    with sqlite3.connect(mock_sites.app("ameli").config["DATABASE"]) as db:
        count: int = db.execute("SELECT COUNT(*) FROM oidc_code").fetchone()[0]
        return count


def submit(
    mock_sites: RunningSites, ameli: FlaskClient, identifier: str, secret: str
) -> tuple[int, str, str]:
    """Type an identifier and a secret on Ameli's page; returns status, page and redirect target."""
    response = ameli.post(
        login_page_url(mock_sites),
        data={"identifiant": identifier, "secret": secret},
        base_url=mock_sites.url("ameli"),
    )
    return response.status_code, response.get_data(as_text=True), response.headers.get("Location", "")


def test_login_page_asks_for_the_13_digits(mock_sites: RunningSites, ameli: FlaskClient) -> None:
    page = ameli.get(login_page_url(mock_sites), base_url=mock_sites.url("ameli")).get_data(as_text=True)
    assert 'for="identifiant">Numéro de sécurité sociale</label>' in page
    assert "13 chiffres, sans la clé" in page
    assert 'for="secret">Code confidentiel</label>' in page


@pytest.mark.parametrize(
    "identifier",
    [
        pytest.param(lambda p: p.nir_without_key, id="13 chiffres"),
        pytest.param(lambda p: " ".join(p.nir_without_key), id="13 chiffres espacés"),
    ],
)
def test_13_digits_and_the_right_code_log_in(
    mock_sites: RunningSites, ameli: FlaskClient, person: Person, identifier: Callable[[Person], str]
) -> None:
    before = codes_issued(mock_sites)
    status, _, location = submit(mock_sites, ameli, identifier(person), person.password)
    assert status == 302
    target = urlsplit(location)
    assert f"{target.scheme}://{target.netloc}{target.path}" == mock_sites.url(
        "franceconnect", HUB_IDP_CALLBACK_PATH
    )
    assert parse_qs(target.query)["code"]
    assert codes_issued(mock_sites) == before + 1


REFUSED = [
    pytest.param(lambda p: p.nir, lambda p: p.password, WITHOUT_KEY, id="15 chiffres avec la clé"),
    pytest.param(lambda p: p.nir[:12], lambda p: p.password, NOT_13_DIGITS, id="12 chiffres"),
    pytest.param(lambda p: p.nir[:14], lambda p: p.password, NOT_13_DIGITS, id="14 chiffres"),
    pytest.param(lambda p: p.nir[:10] + "abc", lambda p: p.password, NOT_13_DIGITS, id="lettres"),
    pytest.param(lambda p: "2A" + p.nir[2:13], lambda p: p.password, NOT_13_DIGITS, id="lettres en tête"),
    pytest.param(lambda p: "", lambda p: p.password, NOT_13_DIGITS, id="vide"),
    pytest.param(lambda p: p.nir_without_key, lambda p: "pas-le-bon-code", BAD_CREDENTIALS, id="code erroné"),
    pytest.param(lambda p: p.nir_without_key, lambda p: "", BAD_CREDENTIALS, id="code vide"),
    pytest.param(
        lambda p: str(int(p.nir_without_key) ^ 1).zfill(13),
        lambda p: p.password,
        BAD_CREDENTIALS,
        id="autre NIR",
    ),
]


@pytest.mark.parametrize(("identifier", "secret", "message"), REFUSED)
def test_refused_logins_say_why_and_issue_no_code(
    mock_sites: RunningSites,
    ameli: FlaskClient,
    person: Person,
    identifier: Callable[[Person], str],
    secret: Callable[[Person], str],
    message: str,
) -> None:
    before = codes_issued(mock_sites)
    status, page, location = submit(mock_sites, ameli, identifier(person), secret(person))
    assert status == 200
    assert location == ""
    assert f'role="alert">{escape(message, quote=False)}</p>' in page.replace("&#39;", "'")
    assert 'aria-invalid="true"' in page
    assert codes_issued(mock_sites) == before


def test_the_bad_credentials_message_does_not_tell_which_was_wrong(
    mock_sites: RunningSites, ameli: FlaskClient, person: Person
) -> None:
    unknown_nir = generate_person(mock_sites.seed, "jamais inscrit").nir_without_key
    _, wrong_code, _ = submit(mock_sites, ameli, person.nir_without_key, "pas-le-bon-code")
    _, unknown_account, _ = submit(mock_sites, ameli, unknown_nir, person.password)
    assert BAD_CREDENTIALS in wrong_code
    assert BAD_CREDENTIALS in unknown_account
