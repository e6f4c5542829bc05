"""Registering one's own service with the mock FranceConnect (config file or --client), the code
flow such a service goes through, and the demo accounts `serve` prints."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from mock_sites.__main__ import main, parse_args, registered_clients
from mock_sites.common.oidc.client import OidcClient, new_state_or_nonce
from mock_sites.common.oidc.provider import IDENTITY_CLAIMS
from mock_sites.demo_accounts import demo_accounts, enrol_demo_accounts
from mock_sites.external_clients import (
    ClientConfigError,
    check_unique,
    load_client_config,
    parse_client_option,
)
from mock_sites.federation.behaviours import Behaviour
from mock_sites.federation.registrations import HUB_ISSUER_PATH
from mock_sites.runner import RunningSites, start_sites

from .browserless import Browserless
from .federation_paths import CHOOSE_ACCOUNT, log_in_at_provider, person_at, redirect_query, start_login

EXAMPLE = Path(__file__).resolve().parent.parent / "mock_sites" / "exemple-clients.toml"
SECRET = "s" * 32
CALLBACK = "http://127.0.0.1:9/oidc/callback"  # the team's application: checked, never followed


def test_the_example_file_registers_one_service() -> None:
    [client] = load_client_config(EXAMPLE)
    assert client.client_id == "mon-service"
    assert client.name == "Mon service de test"
    assert client.redirect_uris == ("http://localhost:3000/oidc/callback",)
    assert client.post_logout_redirect_uris == ("http://localhost:3000/",)
    assert client.signing_alg == "ES256"


def test_the_command_line_form_registers_a_service() -> None:
    client = parse_client_option(
        f"client_id=app,secret={SECRET},redirect_uri={CALLBACK},redirect_uri=http://localhost:3000/cb,"
        "post_logout_redirect_uri=http://localhost:3000/,alg=RS256,name=Mon appli"
    )
    assert client.client_id == "app"
    assert client.client_secret == SECRET
    assert client.redirect_uris == (CALLBACK, "http://localhost:3000/cb")
    assert client.post_logout_redirect_uris == ("http://localhost:3000/",)
    assert client.signing_alg == "RS256"
    assert client.name == "Mon appli"


@pytest.mark.parametrize(
    ("option", "says"),
    [
        (f"secret={SECRET},redirect_uri={CALLBACK}", "client_id manquant"),
        (f"client_id=a b,secret={SECRET},redirect_uri={CALLBACK}", "client_id manquant ou invalide"),
        (f"client_id=mesdroitssociaux-client,secret={SECRET},redirect_uri={CALLBACK}", "déjà pris"),
        (f"client_id=app,redirect_uri={CALLBACK}", "secret manquant ou de moins de 32 caractères"),
        (f"client_id=app,secret=court,redirect_uri={CALLBACK}", "secrets.token_urlsafe(32)"),
        (f"client_id=app,secret={SECRET}", "redirect_uris manquant"),
        (f"client_id=app,secret={SECRET},redirect_uri=/callback", "adresse '/callback' invalide"),
        (f"client_id=app,secret={SECRET},redirect_uri=ftp://x/cb", "une adresse absolue http(s)"),
        (f"client_id=app,secret={SECRET},redirect_uri={CALLBACK}#x", "sans #fragment"),
        (f"client_id=app,secret={SECRET},redirect_uri={CALLBACK},alg=HS256", "choisissez ES256 ou RS256"),
        (f"client_id=app,secret={SECRET},redirect_uri={CALLBACK},scope=openid", "clé inconnue 'scope'"),
        (f"client_id=app,secret={SECRET},redirect_uris={CALLBACK}", "écrivez redirect_uri=…"),
        (f"client_id=app,{SECRET}", "n'est pas de la forme clé=valeur"),
    ],
)
def test_a_wrong_command_line_client_says_what_to_fix_in_one_line(option: str, says: str) -> None:
    with pytest.raises(ClientConfigError) as refused:
        parse_client_option(option)
    message = str(refused.value)
    assert says in message
    assert "\n" not in message
    assert message.startswith("--client")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("[[client]\n", "TOML invalide"),
        ("titre = 'rien'\n", "aucun [[client]]"),
        (
            f'[[client]]\nclient_id = "app1"\nsecret = "{SECRET}"\nredirect_uris = "{CALLBACK}"\n',
            "client n°1 : redirect_uris doit être une liste",
        ),
        (
            f'[[client]]\nclient_id = "app1"\nsecret = "{SECRET}"\nredirect_uris = ["{CALLBACK}"]\n'
            f'[[client]]\nclient_id = "app2"\nsecret = "court"\nredirect_uris = ["{CALLBACK}"]\n',
            "client n°2 : secret manquant",
        ),
    ],
)
def test_a_wrong_config_file_names_the_file_and_the_client(tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "clients.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ClientConfigError) as refused:
        load_client_config(path)
    assert str(refused.value).startswith(str(path))
    assert says in str(refused.value)


def test_a_client_registered_twice_is_refused() -> None:
    client = parse_client_option(f"client_id=app,secret={SECRET},redirect_uri={CALLBACK}")
    with pytest.raises(ClientConfigError, match="enregistré deux fois"):
        check_unique([client, client])


def test_serve_stops_on_a_bad_registration_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--client-config", str(tmp_path / "absent.toml")]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip().count("\n") == 0
    assert "absent.toml : fichier introuvable" in err


def test_serve_combines_the_file_and_the_command_line() -> None:
    args = parse_args(
        [
            "serve",
            "--client-config",
            str(EXAMPLE),
            "--client",
            f"client_id=app,secret={SECRET},redirect_uri={CALLBACK}",
        ]
    )
    assert [c.client_id for c in registered_clients(args)] == ["mon-service", "app"]


@pytest.fixture(scope="module")
def sites_with_a_team_service(parcours_seed: str) -> Iterator[RunningSites]:
    """The sites as `serve --client …` starts them, with a team's own service registered."""
    client = parse_client_option(
        f"client_id=equipe-qa,secret={SECRET},redirect_uri={CALLBACK},alg=RS256,name=Appli de l'équipe"
    )
    running = start_sites(parcours_seed, extra_clients=[client])
    yield running
    running.stop()


def test_a_registered_service_completes_a_code_flow(sites_with_a_team_service: RunningSites) -> None:
    sites = sites_with_a_team_service
    person = person_at(sites, "team-service", "yris")
    # The team's application, configured as the README says: issuer, client_id, secret, redirect_uri.
    app = OidcClient(
        issuer=sites.url("franceconnect", HUB_ISSUER_PATH),
        client_id="equipe-qa",
        client_secret=SECRET,
        redirect_uri=CALLBACK,
        scope="openid " + " ".join(IDENTITY_CLAIMS),
        clock=sites.clock,
        backchannel=sites.sites.backchannel,
    )
    state, nonce = new_state_or_nonce(), new_state_or_nonce()
    browser = Browserless(sites)
    page = browser.get(app.authorization_url(state, nonce))
    assert CHOOSE_ACCOUNT in page.text
    page = log_in_at_provider(browser, "yris", person)
    assert "Continuer sur Appli de l'équipe" in page.text
    back = redirect_query(browser.post(page.url, {}, follow=False))
    assert browser.page is not None and browser.page.response.headers["Location"].startswith(CALLBACK + "?")
    assert back["state"] == state
    tokens = app.fetch_tokens(back["code"])
    id_claims = app.verify(tokens["id_token"], nonce=nonce)
    assert id_claims["acr"] == "eidas1"
    userinfo = app.userinfo(tokens["access_token"])
    assert userinfo["sub"] == id_claims["sub"]
    assert {key: userinfo[key] for key in person.claims()} == person.claims()


def test_a_registered_service_is_refused_another_redirect_uri(
    sites_with_a_team_service: RunningSites,
) -> None:
    query = {
        "response_type": "code",
        "client_id": "equipe-qa",
        "redirect_uri": "http://127.0.0.1:9/ailleurs",
        "scope": "openid given_name",
        "state": new_state_or_nonce(),
        "nonce": new_state_or_nonce(),
        "acr_values": "eidas1",
    }
    page = Browserless(sites_with_a_team_service).get(
        sites_with_a_team_service.url("franceconnect", f"{HUB_ISSUER_PATH}/authorize?{urlencode(query)}")
    )
    assert page.status == 400
    assert "Y030118" in page.text


def test_demo_accounts_are_reproducible_and_each_normal_one_logs_in(mock_sites: RunningSites) -> None:
    accounts = enrol_demo_accounts(mock_sites)
    assert [a.line() for a in accounts] == [a.line() for a in demo_accounts(mock_sites.seed)]
    assert [a.line() for a in demo_accounts("une-autre-graine")] != [a.line() for a in accounts]
    assert {a.idp for a in accounts} == {"impots", "ameli", "laposte", "yris", "msa"}
    normal = [a for a in accounts if a.behaviour is Behaviour.NORMAL]
    assert len({a.person for a in normal}) == 1  # one person, five accounts
    for account in normal:
        browser = Browserless(mock_sites)
        start_login(browser, "ants")
        page = log_in_at_provider(browser, account.idp, account.person)
        assert "Continuer sur ants.gouv.fr" in page.text, account.line()
        assert account.identifier in account.line() and account.password in account.line()
    laposte = next(a for a in normal if a.idp == "laposte")
    assert f" code {laposte.confirmation_code} " in laposte.line()
