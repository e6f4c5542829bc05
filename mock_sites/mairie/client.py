"""The portal's calls to the France Identité app, server to server."""

from __future__ import annotations

from typing import Any

import requests

from ..common.backchannel import auth
from ..common.kept_session import KeptSession
from ..common.site import SiteConfig

APP = "france_identite"
APP_CALLER = "mairie"
UNREACHABLE = "Le service France Identité ne répond pas : réessayez dans quelques minutes."
HTTP = KeptSession()  # the portal's connection to the app, kept from call to call


def _url(config: SiteConfig, path: str) -> str:
    return config.sites.backchannel(config.sites.url(APP, path))


def fetch_request(config: SiteConfig, qr: str) -> tuple[dict[str, Any] | None, str | None]:
    """The request behind a QR code's text, or the app's reason why not."""
    try:
        response = HTTP.get().get(
            _url(config, "/api/demandes"), params={"qr": qr}, auth=auth(config.sites, "mairie"), timeout=10
        )
    except requests.RequestException:
        return None, UNREACHABLE
    body = response.json()
    return (body, None) if response.ok else (None, str(body.get("erreur", UNREACHABLE)))


def send_decision(
    config: SiteConfig, qr: str, verdict: tuple[str, str], agent: tuple[str, str, str]
) -> str | None:
    """Record an agent's (decision, reason); the app's reason when it refuses it."""
    (decision, reason), (login, commune, mairie) = verdict, agent
    payload = {
        "qr": qr,
        "decision": decision,
        "motif": reason,
        "mairie": mairie,
        "agent": login,
        "commune": commune,
    }
    try:
        response = HTTP.get().post(
            _url(config, "/api/demandes/decision"),
            json=payload,
            auth=auth(config.sites, APP_CALLER),
            timeout=10,
        )
    except requests.RequestException:
        return UNREACHABLE
    return None if response.ok else str(response.json().get("erreur", UNREACHABLE))
