"""A person's browser without a browser: each site's Flask test client, one cookie jar per origin,
redirects followed from one site to the next. Server-to-server calls still cross real HTTP."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from typing import Any
from urllib.parse import urljoin, urlsplit

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from mock_sites.runner import RunningSites


@dataclass
class Page:
    """Where the browser is and what it shows."""

    url: str
    response: TestResponse

    @property
    def status(self) -> int:
        """HTTP status of the last response."""
        return self.response.status_code

    @property
    def text(self) -> str:
        """The page's HTML, entities decoded."""
        return unescape(self.response.get_data(as_text=True))


@dataclass
class Browserless:
    """Follows clicks across the mock sites through their test clients."""

    sites: RunningSites
    clients: dict[str, FlaskClient] = field(default_factory=dict)
    page: Page | None = None
    max_redirects: int = 20

    def _client(self, url: str) -> tuple[FlaskClient, str]:
        parts = urlsplit(url)
        site = (parts.hostname or "").removesuffix(".localhost")
        if site not in self.sites.apps:
            raise AssertionError(f"the browser left the mock sites: {url}")
        if site not in self.clients:
            self.clients[site] = self.sites.app(site).test_client()
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.clients[site], path

    def request(self, method: str, url: str, data: dict[str, str] | None = None, follow: bool = True) -> Page:
        """Send a request as the browser would, following redirects when `follow`."""
        for _ in range(self.max_redirects):
            client, path = self._client(url)
            host = urlsplit(url).netloc
            response = client.open(path, method=method, data=data, base_url=f"http://{host}")
            self.page = Page(url, response)
            if not follow or response.status_code not in (301, 302, 303, 307):
                return self.page
            url = urljoin(url, response.headers["Location"])
            method, data = "GET", None
        raise AssertionError(f"too many redirects, last: {url}")

    def get(self, url: str, follow: bool = True) -> Page:
        """Open a URL."""
        return self.request("GET", url, follow=follow)

    def post(self, url: str, data: dict[str, str] | None = None, follow: bool = True) -> Page:
        """Submit a form to a URL (relative URLs resolve against the current page)."""
        base = self.page.url if self.page else url
        return self.request("POST", urljoin(base, url), data or {}, follow=follow)

    def submit(self, data: dict[str, str] | None = None, follow: bool = True, **kwargs: Any) -> Page:
        """Submit the current page's (first) form to its action."""
        assert self.page is not None
        match = re.search(r'<form[^>]*action="([^"]*)"', self.page.text)
        action = match.group(1) if match else self.page.url
        return self.post(action or self.page.url, data, follow=follow)


def login_through_franceconnect(
    browser: Browserless, service: str, idp: str, identifier: str, secret: str
) -> Page:
    """The whole journey: service → FranceConnect → provider → FranceConnect → service."""
    sites = browser.sites
    page = browser.post(sites.url(service, "/connexion/franceconnect"))
    assert "Choisissez un compte pour vous connecter" in page.text, page.text
    page = browser.post(sites.url("franceconnect", "/api/v2/choisir-compte"), {"idp": idp})
    page = browser.post(page.url, {"identifiant": identifier, "secret": secret})
    assert "Continuer sur" in page.text, page.text
    return browser.post(page.url, {})
