"""The ANTS site's pages seen without a browser: who may open a démarche, and files too large."""

from __future__ import annotations

import io
from html import unescape

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


def _demarche(mock_sites: RunningSites, client: FlaskClient, sub: str) -> str:
    """A new CNI démarche of a logged-in person; its path."""
    with client.session_transaction(base_url=mock_sites.url("ants")) as session:
        session["usager"] = {"sub": sub, "given_name": "Alice", "family_name": "Martin"}
    started = client.get("/demarches/nouvelle/cni", base_url=mock_sites.url("ants"))
    return started.headers["Location"].removesuffix("/informations")


def _join_photo(mock_sites: RunningSites, client: FlaskClient, demarche: str, content: bytes) -> str:
    response = client.post(
        f"{demarche}/photo",
        base_url=mock_sites.url("ants"),
        data={"photo_numerisee": (io.BytesIO(content), "photo.png"), "action": "continuer"},
        content_type="multipart/form-data",
    )
    return unescape(response.get_data(as_text=True))


def test_a_png_header_followed_by_html_is_refused_and_the_photo_is_served_with_nosniff(
    mock_sites: RunningSites, client: FlaskClient
) -> None:
    from PIL import Image

    demarche = _demarche(mock_sites, client, "sub-photo-piegee")
    hostile = b"\x89PNG\r\n\x1a\n<html><script>alert(document.cookie)</script></html>"
    page = _join_photo(mock_sites, client, demarche, hostile)
    assert "Le fichier « photo.png » n'est pas un PNG lisible" in page
    assert client.get(f"{demarche}/photo-identite", base_url=mock_sites.url("ants")).status_code == 404

    buffer = io.BytesIO()
    Image.new("RGB", (35, 45), "white").save(buffer, format="PNG")
    _join_photo(mock_sites, client, demarche, buffer.getvalue())
    photo = client.get(f"{demarche}/photo-identite", base_url=mock_sites.url("ants"))
    assert photo.status_code == 200 and photo.data == buffer.getvalue()
    assert photo.mimetype == "image/png"
    assert photo.headers["X-Content-Type-Options"] == "nosniff"
