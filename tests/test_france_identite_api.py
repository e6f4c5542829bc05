"""France Identité's server-to-server API lets in only the sites it serves, each with its own
credential, and records a validation only from an agent of a mairie of the experiment."""

from __future__ import annotations

import json
import logging
from contextlib import closing
from datetime import date

import pytest

from mock_sites.common.backchannel import credential
from mock_sites.common.storage import connect
from mock_sites.france_identite.certification import QR_PREFIX
from mock_sites.france_identite.enrolment import enrol_holder
from mock_sites.france_identite.records import start_request, update
from mock_sites.runner import RunningSites

ENDPOINTS = [
    ("get", "/api/demandes?qr=" + QR_PREFIX + "x", None),
    ("post", "/api/demandes/decision", {"qr": QR_PREFIX + "x", "decision": "validee"}),
    ("post", "/api/notifications", None),
    ("get", "/api/comptes/a@parcours.test/certification", None),
]


def _basic(mock_sites: RunningSites, caller: str, secret: str | None = None) -> dict[str, str]:
    import base64

    token = secret if secret is not None else credential(mock_sites.sites, caller)
    return {"Authorization": "Basic " + base64.b64encode(f"{caller}:{token}".encode()).decode()}


@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
def test_a_call_without_a_site_credential_is_refused_and_logged(
    mock_sites: RunningSites, caplog: pytest.LogCaptureFixture, method: str, path: str, body: object
) -> None:
    api = mock_sites.app("france_identite").test_client()
    with caplog.at_level(logging.WARNING, logger="mock_sites.backchannel"):
        answer = getattr(api, method)(path, json=body)
        forged = getattr(api, method)(path, json=body, headers=_basic(mock_sites, "mairie", "devine"))
    assert answer.status_code == 401 and forged.status_code == 401
    assert answer.headers["WWW-Authenticate"].startswith("Basic")
    assert "erreur" in answer.get_json()
    assert sum(path.split("?")[0] in record.getMessage() for record in caplog.records) >= 2


def test_a_site_may_call_only_what_it_needs(mock_sites: RunningSites) -> None:
    api = mock_sites.app("france_identite").test_client()
    fcplus = _basic(mock_sites, "franceconnect_plus")
    assert api.get("/api/comptes/a@parcours.test/certification", headers=fcplus).status_code == 200
    assert api.get("/api/demandes?qr=" + QR_PREFIX + "x", headers=fcplus).status_code == 403
    assert api.post("/api/notifications", headers=_basic(mock_sites, "mairie")).status_code == 403


def _pending_qr(mock_sites: RunningSites, label: str) -> str:
    database = mock_sites.app("france_identite").config["DATABASE"]
    holder = enrol_holder(database, mock_sites.seed, label, date(2026, 1, 1))
    with closing(connect(database)) as db:
        request = start_request(db, holder.person.email, 1000.0)
        update(db, request.id, card=json.dumps(holder.card.__dict__))
    return QR_PREFIX + request.id


@pytest.mark.parametrize(
    "who", [{}, {"agent": "agent.rennes", "commune": "Rennes"}, {"agent": "", "commune": "Chartres"}]
)
def test_a_validation_needs_an_agent_of_a_participating_mairie(
    mock_sites: RunningSites, caplog: pytest.LogCaptureFixture, who: dict[str, str]
) -> None:
    api = mock_sites.app("france_identite").test_client()
    qr = _pending_qr(mock_sites, f"sans-agent-{who.get('commune', 'aucune')}-{len(who)}")
    body = {"qr": qr, "decision": "validee", **who}
    with caplog.at_level(logging.WARNING, logger="mock_sites.backchannel"):
        answer = api.post("/api/demandes/decision", json=body, headers=_basic(mock_sites, "mairie"))
    assert answer.status_code == 403 and "agent" in answer.get_json()["erreur"]
    assert any("/api/demandes/decision" in record.getMessage() for record in caplog.records)
    body.update(agent="agent.chartres", commune="Chartres")
    assert (
        api.post("/api/demandes/decision", json=body, headers=_basic(mock_sites, "mairie")).status_code == 201
    )
