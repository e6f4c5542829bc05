"""Failures an identity provider shows for some accounts, as FranceConnect's own mock providers do.

The account's `behaviour` column says how the provider misbehaves once that person has logged in:
the person types their credentials as usual, and the failure happens between the servers.
"""

from __future__ import annotations

import time
from enum import StrEnum
from typing import Any

from flask import Flask, Response, request
from joserfc import jwt
from joserfc.jwk import ECKey

from .oidc.provider import OidcProvider
from .storage import get_db

SLOW_MARGIN = 0.5  # seconds beyond the hub's backchannel timeout: late enough to be given up on
LEFT_OUT_CLAIM = "birthdate"  # the mandatory claim an incomplete identity lacks
OTHER_AUDIENCE = "un-autre-service"


class Behaviour(StrEnum):
    """How a provider treats an account; the value is stored, the description names it in steps."""

    NORMAL = ""
    SERVER_ERROR = "erreur-serveur"
    SLOW = "lent"
    INCOMPLETE = "identite-incomplete"
    FOREIGN_SIGNATURE = "signature-inconnue"
    WRONG_AUDIENCE = "autre-destinataire"

    @property
    def description(self) -> str:
        """The phrase a scenario uses for this account: `dont le compte Yris "<description>"`."""
        return DESCRIPTIONS[self]


DESCRIPTIONS: dict[Behaviour, str] = {
    Behaviour.NORMAL: "fonctionne normalement",
    Behaviour.SERVER_ERROR: "répond par une erreur serveur",
    Behaviour.SLOW: "ne répond pas à temps",
    Behaviour.INCOMPLETE: "ne transmet pas la date de naissance",
    Behaviour.FOREIGN_SIGNATURE: "signe ses jetons avec une clé inconnue",
    Behaviour.WRONG_AUDIENCE: "adresse ses jetons à un autre destinataire",
}


def behaviour_described(phrase: str) -> Behaviour:
    """The behaviour a scenario names; an unknown phrase lists the known ones."""
    for behaviour, description in DESCRIPTIONS.items():
        if description == phrase:
            return behaviour
    known = ", ".join(f"« {d} »" for d in DESCRIPTIONS.values())
    raise LookupError(f"comportement de compte inconnu : « {phrase} » (connus : {known})")


def account_behaviour(identifier: str) -> Behaviour:
    """The behaviour of an account of the current site."""
    row = get_db().execute("SELECT behaviour FROM account WHERE identifier = ?", (identifier,)).fetchone()
    return Behaviour(row["behaviour"]) if row else Behaviour.NORMAL


def install_behaviours(app: Flask, provider: OidcProvider, backchannel_timeout: float) -> None:
    """Make the provider's token and userinfo endpoints fail for the accounts that ask for it."""

    @app.before_request
    def misbehave() -> Response | None:
        if request.endpoint == "oidc.token":
            return _token_failure()
        if request.endpoint == "oidc.userinfo":
            return _userinfo_failure(provider, backchannel_timeout)
        return None


def _token_failure() -> Response | None:
    row = (
        get_db()
        .execute("SELECT user_id FROM oidc_code WHERE code = ?", (request.form.get("code", ""),))
        .fetchone()
    )
    if row and account_behaviour(row["user_id"]) is Behaviour.SERVER_ERROR:
        return Response("Erreur interne du fournisseur d'identité.", status=500, mimetype="text/plain")
    return None


def _userinfo_failure(provider: OidcProvider, backchannel_timeout: float) -> Response | None:
    access_token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    row = get_db().execute("SELECT * FROM oidc_token WHERE access_token = ?", (access_token,)).fetchone()
    if row is None:
        return None
    behaviour = account_behaviour(row["user_id"])
    if behaviour is Behaviour.SLOW:
        # Bounded: just past the hub's timeout (short in tests), then the normal answer nobody reads.
        time.sleep(backchannel_timeout + SLOW_MARGIN)
        return None
    if behaviour not in (Behaviour.FOREIGN_SIGNATURE, Behaviour.WRONG_AUDIENCE):
        return None
    client = provider.clients[row["client_id"]]
    claims: dict[str, Any] = provider.identity_claims(row["user_id"], client, row["scope"])
    now = provider.clock.timestamp()
    audience = OTHER_AUDIENCE if behaviour is Behaviour.WRONG_AUDIENCE else client.client_id
    claims |= {"iss": provider.issuer, "aud": audience, "iat": now, "exp": now + 60}
    if behaviour is Behaviour.WRONG_AUDIENCE:
        return Response(provider.sign(claims, client.signing_alg), mimetype="application/jwt")
    foreign = ECKey.generate_key("P-256", {"use": "sig", "alg": "ES256"}, auto_kid=True)
    token = jwt.encode(
        {"alg": "ES256", "kid": foreign.kid, "typ": "JWT"}, claims, foreign, algorithms=["ES256"]
    )
    return Response(token, mimetype="application/jwt")
