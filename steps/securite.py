"""Steps of the @securite journeys: what an attacker does with links, codes and a slow network,
and what FranceConnect or the service answers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from playwright.sync_api import BrowserContext, Page, Request, Route, expect
from pytest_bdd import given, parsers, then, when

from parcours_mock_sites.testing import Clock, RunningSites

from .pages.ecran import Ecran
from .pages.service import ErreurService
from .sites import site_named
from .taches import demander_franceconnect, verifier_non_connecte

ATTACKER_CODE = "code-obtenu-par-l-attaquant"


def query_of(url: str) -> dict[str, str]:
    """The query parameters of a URL."""
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def with_parameter(url: str, name: str, value: str) -> str:
    """The same URL with one query parameter replaced, as an attacker edits a link."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query=urlencode(query_of(url) | {name: value})))


def without_parameter(url: str, name: str) -> str:
    """The same URL without one query parameter, as an attacker trims a link."""
    parts = urlsplit(url)
    kept = {key: value for key, value in query_of(url).items() if key != name}
    return urlunsplit(parts._replace(query=urlencode(kept)))


def altered(value: str) -> str:
    """A value that differs by its last character."""
    return value[:-1] + ("A" if value[-1] != "A" else "B")


@dataclass
class Observateur:
    """Someone who sees every address the person's browser visits (a proxy log, a shared computer)."""

    adresses: list[str] = field(default_factory=list)

    def voir(self, request: Request) -> None:
        """Record an address, redirects included."""
        self.adresses.append(request.url)

    def code_envoye_a(self, callback: str) -> str:
        """The last authorization code FranceConnect sent back to this callback."""
        codes = [query_of(url)["code"] for url in self.adresses if url.startswith(callback + "?")]
        assert codes, f"aucun retour vers {callback} observé"
        return codes[-1]


def _shows_error(page: Page, code: str) -> None:
    """The service's own error page, with this error code."""
    erreur = ErreurService(page)
    expect(erreur.titre).to_be_visible()
    expect(erreur.code(code)).to_be_visible()


@given("un attaquant qui observe les adresses visitées par mon navigateur", target_fixture="observateur")
def attacker_watching(page: Page) -> Observateur:
    """Every request of the person's browser is seen by the attacker."""
    observateur = Observateur()
    page.on("request", observateur.voir)
    return observateur


@given("un attaquant copie l'adresse de la page FranceConnect", target_fixture="adresse_copiee")
@when("un attaquant copie l'adresse de la page FranceConnect", target_fixture="adresse_copiee")
def attacker_copies_link(page: Page, mock_sites: RunningSites) -> str:
    """The address of FranceConnect's page, with the service's whole request in it."""
    assert page.url.startswith(mock_sites.url("franceconnect", "/api/v2/authorize?")), page.url
    return page.url


@when(parsers.parse('j\'ouvre un lien malveillant : cette adresse où "{parametre}" vaut "{valeur}"'))
def open_tampered_link(page: Page, adresse_copiee: str, parametre: str, valeur: str) -> None:
    """The person follows a link the attacker edited."""
    page.goto(with_parameter(adresse_copiee, parametre, valeur))


@when(parsers.parse('j\'ouvre un lien malveillant : cette adresse sans le paramètre "{parametre}"'))
def open_trimmed_link(page: Page, adresse_copiee: str, parametre: str) -> None:
    """The person follows a link the attacker trimmed of one parameter."""
    page.goto(without_parameter(adresse_copiee, parametre))


@when("j'ouvre à nouveau cette adresse")
def open_copied_link_again(page: Page, adresse_copiee: str) -> None:
    """The same request to FranceConnect, replayed (same state, same nonce)."""
    page.goto(adresse_copiee)


@when(parsers.parse("j'ouvre un lien de retour vers {service} dont le state a été altéré"))
def open_return_link_with_other_state(page: Page, mock_sites: RunningSites, service: str) -> None:
    """A forged return to the service: a code, and a state that is not the one it sent."""
    request = query_of(page.url)  # the service's request, on FranceConnect's page
    assert request["redirect_uri"].startswith(mock_sites.url(site_named(service))), request
    forged = {"code": ATTACKER_CODE, "state": altered(request["state"])}
    page.goto(f"{request['redirect_uri']}?{urlencode(forged)}")


@when(
    parsers.parse("l'attaquant présente mon code d'autorisation à {service} dans sa propre connexion"),
    target_fixture="page_attaquant",
)
def attacker_injects_code(
    new_context: Callable[..., BrowserContext],
    mock_sites: RunningSites,
    observateur: Observateur,
    service: str,
) -> Page:
    """The attacker starts their own login at the service, then returns to it with my code."""
    site = site_named(service)
    code = observateur.code_envoye_a(mock_sites.url(site, "/oidc/callback"))
    page = new_context().new_page()
    demander_franceconnect(page, mock_sites, service)
    request = query_of(page.url)
    page.goto(f"{request['redirect_uri']}?{urlencode({'code': code, 'state': request['state']})}")
    return page


@when(
    parsers.parse('le retour vers le service arrive {secondes:d} secondes après que je clique sur "{bouton}"')
)
def slow_return(page: Page, mock_sites: RunningSites, clock: Clock, secondes: int, bouton: str) -> None:
    """FranceConnect issues the code at once; the browser brings it to the service `secondes` later
    (the shared clock moves while the answer is held, so nobody waits)."""
    hub_authorize = mock_sites.url("franceconnect", "/api/v2/authorize")

    def hold(route: Route) -> None:
        # Playwright's own HTTP client does not resolve *.localhost: go by 127.0.0.1, same Host.
        headers = route.request.all_headers() | {"host": urlsplit(route.request.url).netloc}
        url = mock_sites.sites.backchannel(route.request.url)
        response = route.fetch(url=url, headers=headers, max_redirects=0)
        clock.advance(secondes)
        route.fulfill(response=response)

    page.route(f"{hub_authorize}?*", hold)
    try:
        Ecran(page).bouton(bouton, exact=True).click()
        page.wait_for_url(lambda url: not url.startswith(hub_authorize))
    finally:
        page.unroute(f"{hub_authorize}?*", hold)


@then(parsers.parse('{service} refuse la connexion avec le code d\'erreur "{code}"'))
def service_refuses(page: Page, service: str, code: str) -> None:
    """The service's own error page, with the error it got."""
    site_named(service)
    _shows_error(page, code)


@then(parsers.parse("{service} refuse la connexion de l'attaquant avec le code d'erreur \"{code}\""))
def service_refuses_attacker(page_attaquant: Page, service: str, code: str) -> None:
    """The attacker's browser shows the service's error page."""
    site_named(service)
    _shows_error(page_attaquant, code)


@then(parsers.parse("l'attaquant n'est pas connecté à {service}"))
def attacker_not_logged_in(page_attaquant: Page, mock_sites: RunningSites, service: str) -> None:
    """The service's personal space sends the attacker back to its FranceConnect button."""
    verifier_non_connecte(page_attaquant, mock_sites, service)
