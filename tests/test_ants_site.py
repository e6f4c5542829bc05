"""The ANTS site's pages seen without a browser: who may open a démarche, and files too large."""

from __future__ import annotations

import io

import pytest
from flask.testing import FlaskClient

from mock_sites.ants import MAX_REQUEST_BYTES
from mock_sites.ants.session import LOGIN_FIRST
from mock_sites.runner import RunningSites


@pytest.fixture
def client(mock_sites: RunningSites) -> FlaskClient:
    return mock_sites.app("ants").test_client()


@pytest.mark.parametrize(
    "path",
    ["/mon-espace/identite", "/demarches/nouvelle/cni", "/demarches/1", "/demarches/1/pieces"],
)
def test_without_login_a_demarche_sends_to_mon_compte(
    mock_sites: RunningSites, client: FlaskClient, path: str
) -> None:
    response = client.get(path, base_url=mock_sites.url("ants"), follow_redirects=True)

    assert response.request.path == "/mon-compte"
    page = response.get_data(as_text=True)
    assert LOGIN_FIRST in page
    assert "S'identifier avec FranceConnect" in page


def test_a_request_over_the_limit_gets_a_french_page_saying_what_to_do(
    mock_sites: RunningSites, client: FlaskClient
) -> None:
    with client.session_transaction(base_url=mock_sites.url("ants")) as session:
        session["usager"] = {"sub": "sub-trop-lourd", "given_name": "Alice", "family_name": "Martin"}
    started = client.get("/demarches/nouvelle/cni", base_url=mock_sites.url("ants"))
    pieces = started.headers["Location"].replace("/informations", "/pieces")
    oversized = io.BytesIO(b"%PDF-" + b"0" * MAX_REQUEST_BYTES)
    response = client.post(
        pieces,
        base_url=mock_sites.url("ants"),
        data={"piece_0": (oversized, "enorme.pdf"), "action": "joindre"},
        content_type="multipart/form-data",
    )

    assert response.status_code == 413
    assert "joignez-les un par un, 5 Mo au plus chacun" in response.get_data(as_text=True)
