"""How an identity provider's token and userinfo endpoints fail for the accounts that ask for it."""

from __future__ import annotations

import time
from typing import Any

from flask import Response, request
from joserfc import jwt
from joserfc.jwk import ECKey

from ..common.oidc.provider import OidcProvider, current_provider
from ..common.site import site_config
from ..common.storage import get_db
from .accounts import account_behaviour
from .behaviours import Behaviour

SLOW_MARGIN = 0.5  # seconds beyond the hub's backchannel timeout: late enough to be given up on
LEFT_OUT_CLAIM = "birthdate"  # the mandatory claim an incomplete identity lacks
OTHER_AUDIENCE = "un-autre-service"


def misbehave() -> Response | None:
    """Before each request: the failure the account behind this token or code asks for, if any."""
    if request.endpoint == "oidc_api.token":
        return _token_failure()
    if request.endpoint == "oidc_api.userinfo":
        return _userinfo_failure(current_provider(), site_config().backchannel_timeout)
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
