"""Every site answers an unknown address and a server error with a French page and the banner."""

from __future__ import annotations

import html

import pytest
from flask import Flask

from mock_sites.catalogue import entries
from mock_sites.common.site import SiteConfig, new_site_app
from mock_sites.runner import RunningSites

BANNER = "Site fictif — environnement de test"
HIDDEN = "détail interne à ne jamais montrer"


def _page_to_break(app: Flask) -> tuple[str, str]:
    """The home page (its view and address), or else the first page without parameters."""
    rules = [rule for rule in app.url_map.iter_rules() if "GET" in (rule.methods or ())]
    rules = [rule for rule in rules if not rule.arguments and rule.endpoint != "static"]
    rule = next((rule for rule in rules if rule.rule == "/"), rules[0])
    return rule.endpoint, rule.rule


def _fail() -> str:
    raise RuntimeError(HIDDEN)


@pytest.mark.parametrize("name", sorted(entry.name for entry in entries()))
def test_the_home_page_and_an_unknown_address_answer_in_french(mock_sites: RunningSites, name: str) -> None:
    client = mock_sites.app(name).test_client()
    home = client.get("/", base_url=mock_sites.url(name), follow_redirects=True)
    body = html.unescape(home.get_data(as_text=True))
    assert home.mimetype == "text/html" and '<html lang="fr">' in body and BANNER in body, name
    assert home.status_code in (200, 404) and "Not Found" not in body, name

    unknown = client.get("/cette-page-n-existe-pas", base_url=mock_sites.url(name))
    body = html.unescape(unknown.get_data(as_text=True))
    assert unknown.status_code == 404, name
    assert '<html lang="fr">' in body and BANNER in body, name
    assert "<h1>Page introuvable</h1>" in body and "Vérifiez l'adresse saisie." in body, name
    assert "Not Found" not in body and "requested URL" not in body, name


@pytest.mark.parametrize("name", sorted(entry.name for entry in entries()))
def test_a_server_error_shows_a_french_page_without_the_traceback(
    mock_sites: RunningSites, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = mock_sites.app(name)
    endpoint, path = _page_to_break(app)
    monkeypatch.setitem(app.view_functions, endpoint, _fail)
    response = app.test_client().get(path, base_url=mock_sites.url(name))
    body = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 500, name
    assert '<html lang="fr">' in body and BANNER in body, name
    assert "<h1>Erreur du site</h1>" in body and "Réessayez dans un instant." in body, name
    assert HIDDEN not in body and "Traceback" not in body and "RuntimeError" not in body, name
    assert "Internal Server Error" not in body, name


def test_a_home_link_only_where_the_site_has_a_home(mock_sites: RunningSites) -> None:
    impots = mock_sites.app("impots").test_client().get("/inconnue", base_url=mock_sites.url("impots"))
    home_link = '<a href="/">Retour à l\'accueil de impots.gouv.fr</a>'
    assert home_link in html.unescape(impots.get_data(as_text=True))
    hub = (
        mock_sites.app("franceconnect")
        .test_client()
        .get("/inconnue", base_url=mock_sites.url("franceconnect"))
    )
    assert '<a href="/">Retour à l\'accueil de FranceConnect</a>' in html.unescape(hub.get_data(as_text=True))
    # A site without a home page (FranceConnect had none before « Nos services ») sends the person back.
    config = SiteConfig(
        "sans-accueil", mock_sites.sites, mock_sites.clock, mock_sites.data_dir, mock_sites.seed
    )
    bare = new_site_app(__name__, config, "Sans accueil").test_client().get("/")
    assert bare.status_code == 404
    assert "Revenez au site d'où vous venez" in html.unescape(bare.get_data(as_text=True))
