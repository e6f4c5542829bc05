"""`serve` runs the sites on waitress, a production WSGI server, and an over-long address gets a
French 414 page with the banner instead of a server's English one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from mock_sites.runner import RunningSites, start_sites
from mock_sites.waitress_site import WaitressSite

NAMES = ["messagerie", "telephone"]


def _get(running: RunningSites, name: str, path: str) -> requests.Response:
    """GET a site by its loopback address (the *.localhost names are the browser's)."""
    url = f"http://127.0.0.1:{running.sites.ports[name]}{path}"
    return requests.get(url, headers={"Host": f"{name}.localhost"}, timeout=10)


@pytest.fixture(scope="module")
def production() -> Iterator[RunningSites]:
    """Two sites served as `serve` serves them."""
    running = start_sites("murs-waitress", names=NAMES, production=True)
    yield running
    running.stop()


def test_serve_runs_on_waitress(production: RunningSites) -> None:
    assert all(isinstance(server, WaitressSite) for server in production.servers.values())
    answer = _get(production, "messagerie", "/")
    assert answer.status_code == 200
    assert answer.headers["Server"] == "mock_sites"  # waitress's ident, not Werkzeug's
    assert "Site fictif — environnement de test" in answer.text


def test_a_100_kb_address_gets_a_french_414_page_with_the_banner(production: RunningSites) -> None:
    answer = _get(production, "telephone", "/?q=" + "x" * 100_000)
    assert answer.status_code == 414
    assert "Adresse trop longue" in answer.text
    assert "Site fictif — environnement de test" in answer.text
    assert answer.headers["X-Content-Type-Options"] == "nosniff"


def test_an_address_of_ordinary_length_still_opens(production: RunningSites) -> None:
    assert _get(production, "telephone", "/?q=" + "x" * 2000).status_code == 200
