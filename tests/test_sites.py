"""The runner and `python -m mock_sites serve`: loopback only, the banner, one origin per site, ports."""

from __future__ import annotations

import email.message
import http.cookiejar
import os
import socket
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from mock_sites.accounts import enrol_person
from mock_sites.catalogue import entries
from mock_sites.common.clock import Clock
from mock_sites.common.identities import generate_person
from mock_sites.runner import RunningSites, SiteStartError, start_sites

from .browserless import Browserless, login_through_franceconnect
from .child_runs import free_block

BANNER = "Site fictif — environnement de test"
DISCOVERY = "/api/v2/.well-known/openid-configuration"
ROOT = Path(__file__).resolve().parent.parent
SITE_NAMES = [entry.name for entry in entries()]


def test_every_site_and_the_smtp_server_listen_on_loopback_only(mock_sites: RunningSites) -> None:
    assert set(mock_sites.servers) == set(SITE_NAMES)
    assert mock_sites.smtp is not None and mock_sites.smtp.server is not None
    sockets = {name: server.socket for name, server in mock_sites.servers.items()}
    sockets |= {"smtp": mock_sites.smtp.server.sockets[0]}  # type: ignore[attr-defined]
    for name, listener in sockets.items():
        host, port = listener.getsockname()[:2]
        assert host == "127.0.0.1", name
        # Bound to 127.0.0.1 itself, not to every address: another address of the machine is refused.
        with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.2", port), timeout=2):
            pass


def html_pages(mock_sites: RunningSites, name: str) -> Iterator[tuple[str, TestResponse]]:
    """Every page a site serves at a URL without parameters, as a first visit sees it."""
    app = mock_sites.app(name)
    client = app.test_client()
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or rule.arguments or rule.endpoint == "static":
            continue
        response = client.get(rule.rule, base_url=mock_sites.url(name), follow_redirects=True)
        if response.mimetype == "text/html":
            yield rule.rule, response


@pytest.mark.parametrize("name", sorted(SITE_NAMES))
def test_every_page_carries_the_banner(mock_sites: RunningSites, name: str) -> None:
    pages = dict(html_pages(mock_sites, name))
    assert pages, f"{name} serves no page"
    for path, response in pages.items():
        assert BANNER in response.get_data(as_text=True), f"{name}{path} has no banner"


def test_error_pages_carry_the_banner_too(mock_sites: RunningSites) -> None:
    client = mock_sites.app("franceconnect").test_client()
    refused = client.get("/api/v2/authorize", base_url=mock_sites.url("franceconnect"))
    assert refused.status_code == 400
    assert BANNER in refused.get_data(as_text=True)


class _Headers:
    """What http.cookiejar reads from a response: its Set-Cookie headers."""

    def __init__(self, set_cookies: list[str]) -> None:
        self.message = email.message.Message()
        for value in set_cookies:
            self.message["Set-Cookie"] = value

    def info(self) -> email.message.Message:
        return self.message


def test_a_site_session_cookie_reaches_no_other_site(
    mock_sites: RunningSites, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_cookies: list[tuple[str, str]] = []  # (origin, Set-Cookie header) of every response
    original_open = FlaskClient.open

    def recording_open(self: FlaskClient, *args: Any, **kwargs: Any) -> TestResponse:
        response = original_open(self, *args, **kwargs)
        set_cookies.extend((kwargs["base_url"], value) for value in response.headers.getlist("Set-Cookie"))
        return response

    monkeypatch.setattr(FlaskClient, "open", recording_open)
    person = generate_person(mock_sites.seed, "cookies")
    identifier = enrol_person(mock_sites, "ameli", person)
    login_through_franceconnect(
        Browserless(mock_sites), "mesdroitssociaux", "ameli", identifier, person.password
    )

    # Replay them into the standard library's cookie jar, which applies the browser's rules.
    jar = http.cookiejar.CookieJar()
    for origin, value in set_cookies:
        assert "domain=" not in value.lower(), value  # host-only: never shared with sibling hosts
        jar.extract_cookies(_Headers([value]), urllib.request.Request(f"{origin}/"))  # type: ignore[arg-type]
    sent = {}
    for name in SITE_NAMES:
        request = urllib.request.Request(mock_sites.url(name, "/"))
        jar.add_cookie_header(request)
        sent[name] = request.get_header("Cookie") or ""
    setters = {urllib.parse.urlsplit(origin).hostname for origin, _ in set_cookies}
    assert {"mesdroitssociaux.localhost", "franceconnect.localhost"} <= setters
    for host in setters:
        name = str(host).removesuffix(".localhost")
        assert f"session_{name}=" in sent[name], sent  # each site does get its own back
    for name, header in sent.items():
        others = [f"session_{other}=" for other in SITE_NAMES if other != name]
        assert not any(cookie in header for cookie in others), f"{name} receives {header}"


def test_every_site_has_its_own_origin(mock_sites: RunningSites) -> None:
    hosts = {urllib.parse.urlsplit(mock_sites.url(name)).hostname for name in SITE_NAMES}
    assert hosts == {f"{name}.localhost" for name in SITE_NAMES}


def test_a_busy_first_port_is_a_clear_error() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(
            SiteStartError, match=rf"ne peut pas écouter sur 127\.0\.0\.1:{port} : port déjà utilisé"
        ):
            start_sites("graine", first_port=port)


def test_a_busy_port_after_the_first_releases_the_ports_already_bound() -> None:
    first = free_block(2)
    second_site = list(SITE_NAMES)[1]
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", first + 1))
        busy.listen()
        with pytest.raises(SiteStartError, match=f"le site {second_site} .* port déjà utilisé"):
            start_sites("graine", first_port=first)
    with socket.socket() as again:
        again.bind(("127.0.0.1", first))  # the first site's port was released by the failed start


def test_sites_share_one_clock_that_only_moves_forward(mock_sites: RunningSites) -> None:
    for name in SITE_NAMES:
        assert mock_sites.app(name).config["SITE"].clock is mock_sites.clock
    clock = Clock()
    before = clock.now()
    clock.advance(25 * 3600)
    assert clock.now() - before >= 25 * 3600
    with pytest.raises(ValueError):
        clock.advance(-1)


def serve(*args: str) -> subprocess.Popen[str]:
    """`python -m mock_sites serve` in a subprocess."""
    return subprocess.Popen(
        [sys.executable, "-m", "mock_sites", "serve", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def read_sites(process: subprocess.Popen[str]) -> dict[str, str]:
    """The `<name> <url>` lines `serve` prints, after its `# seed` line and its other `#` lines."""
    assert process.stdout is not None
    assert process.stdout.readline().startswith("# seed ")
    lines: list[list[str]] = []
    while len(lines) < len(SITE_NAMES):
        line = process.stdout.readline()
        if not line.startswith("#"):
            lines.append(line.split())
    return {name: url for name, url in lines}


def stop(process: subprocess.Popen[str]) -> None:
    """Stop `serve` as Ctrl-C would."""
    process.terminate()
    process.wait(timeout=10)


def test_serve_prints_one_line_per_site_and_the_sites_answer() -> None:
    process = serve("--seed", "abc123")
    try:
        sites = read_sites(process)
        assert set(sites) == set(SITE_NAMES)
        for name, url in sites.items():
            assert url.startswith(f"http://{name}.localhost:")
            port = int(url.rsplit(":", 1)[1])
            if name in ("franceconnect", "franceconnect_plus"):  # hubs have no home page: discovery
                document = requests.get(f"http://127.0.0.1:{port}{DISCOVERY}", timeout=10).json()
                assert document["issuer"] == f"{url}/api/v2"
                continue
            response = requests.get(f"http://127.0.0.1:{port}/", timeout=10)
            assert response.status_code == 200, name
            assert BANNER in response.text
    finally:
        stop(process)


def test_serve_port_picks_consecutive_ports() -> None:
    first = free_block(len(SITE_NAMES))
    process = serve("--port", str(first))
    try:
        ports = sorted(int(url.rsplit(":", 1)[1]) for url in read_sites(process).values())
        assert ports == list(range(first, first + len(SITE_NAMES)))
    finally:
        stop(process)


def test_serve_on_a_busy_port_says_so_in_one_line() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        process = serve("--port", str(port))
        out, err = process.communicate(timeout=60)
    assert process.returncode != 0
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"127.0.0.1:{port} : port déjà utilisé" in lines[0]
    assert "--port" in lines[0]


def test_url_rules_build_the_same_urls_when_their_builders_are_compiled_late() -> None:
    from flask import Flask, url_for

    from mock_sites.common.site import SiteApp

    urls = []
    for app in (Flask(__name__), SiteApp(__name__)):
        app.add_url_rule("/demarche/<int:numero>/<etape>", "etape", lambda numero, etape: "")
        app.add_url_rule("/accueil", "accueil", lambda: "")
        with app.test_request_context():
            urls.append(
                [
                    url_for("etape", numero=7, etape="pièce jointe"),
                    url_for("etape", numero=7, etape="a", retour="/accueil?x=1"),  # unknown: query
                    url_for("accueil"),
                    url_for("accueil", _external=True),
                ]
            )
        assert app.url_map.bind("localhost").match("/demarche/7/a") == ("etape", {"numero": 7, "etape": "a"})
    assert urls[0] == urls[1]
    assert urls[1][1] == "/demarche/7/a?retour=/accueil?x%3D1"
    assert {type(rule).__name__ for rule in app.url_map.iter_rules()} == {"LazyBuilderRule"}


def test_every_site_sends_the_security_headers(mock_sites: RunningSites) -> None:
    for name, app in mock_sites.apps.items():
        headers = app.test_client().get("/").headers
        assert headers["X-Content-Type-Options"] == "nosniff", name
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], name
        assert headers["Referrer-Policy"] == "same-origin", name
