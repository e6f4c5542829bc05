"""An example relying party outside the mock sites: a small Flask service logging in with FranceConnect
through Authlib's OpenID Connect client, as a team's own service would.

Settings from the environment: SERVICE_EXEMPLE_EMETTEUR (FranceConnect's issuer as a server reaches
it, http://127.0.0.1:PORT/api/v2), SERVICE_EXEMPLE_CLIENT_ID, SERVICE_EXEMPLE_SECRET, SERVICE_EXEMPLE_PORT.
The browser is sent to the issuer the discovery document names (franceconnect.localhost, which
browsers resolve to loopback); the server's own calls go to the address it was given.
Run: python tests/service_exemple/app.py
"""

from __future__ import annotations

import os
import secrets
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
from authlib.integrations.flask_client import OAuth
from authlib.jose import JsonWebKey, jwt
from flask import Flask, redirect, render_template_string, session, url_for
from werkzeug.wrappers import Response

SCOPE = "openid given_name family_name birthdate email"
HOME = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Service exemple</title></head>
<body><main><h1>Service exemple</h1>
{% if nom %}<h2>Bienvenue {{ nom }}</h2>
{% else %}<form method="post" action="{{ url_for('login') }}">
<button type="submit">S'identifier avec FranceConnect</button></form>{% endif %}
</main></body></html>"""


def create_app(issuer: str, client_id: str, secret: str) -> Flask:
    """The service: a home page with the FranceConnect button, the callback that greets the person."""
    app = Flask(__name__)
    app.secret_key = secrets.token_hex(16)
    oauth = OAuth(app)
    franceconnect = oauth.register(
        "franceconnect",
        client_id=client_id,
        client_secret=secret,
        server_metadata_url=f"{issuer}/.well-known/openid-configuration",
        client_kwargs={"scope": SCOPE, "token_endpoint_auth_method": "client_secret_post"},
    )

    @app.get("/")
    def home() -> str:
        return render_template_string(HOME, nom=session.get("nom"))

    @app.post("/connexion")
    def login() -> Response:
        # FranceConnect asks for an eIDAS level, a state and a nonce of 32 characters at least.
        server_side(franceconnect, issuer)
        callback = url_for("callback", _external=True)
        response: Response = franceconnect.authorize_redirect(
            callback, state=secrets.token_urlsafe(32), nonce=secrets.token_urlsafe(32), acr_values="eidas1"
        )
        return response

    @app.get("/oidc/callback")
    def callback() -> Response:
        token = franceconnect.authorize_access_token()
        claims = signed_userinfo(franceconnect, token)
        session["nom"] = f"{claims['given_name']} {claims['family_name']}"
        return redirect(url_for("home"))

    return app


def server_side(client: Any, issuer: str) -> None:
    """The token, userinfo and keys endpoints called at the address this server reaches."""
    metadata = client.load_server_metadata()
    reachable = urlsplit(issuer)
    for key in ("token_endpoint", "userinfo_endpoint", "jwks_uri"):
        parts = urlsplit(metadata[key])
        metadata[key] = urlunsplit(parts._replace(scheme=reachable.scheme, netloc=reachable.netloc))


def signed_userinfo(client: Any, token: dict[str, Any]) -> dict[str, Any]:
    """FranceConnect's userinfo is a JWT signed with its keys: verified before it is read."""
    bearer = {"Authorization": f"Bearer {token['access_token']}"}
    answer = requests.get(client.load_server_metadata()["userinfo_endpoint"], headers=bearer, timeout=10)
    answer.raise_for_status()
    keys = JsonWebKey.import_key_set(client.fetch_jwk_set())
    claims = jwt.decode(answer.text, keys)
    claims.validate()
    return dict(claims)


if __name__ == "__main__":
    port = int(os.environ.get("SERVICE_EXEMPLE_PORT", "3000"))
    env = os.environ
    service = create_app(
        env["SERVICE_EXEMPLE_EMETTEUR"], env["SERVICE_EXEMPLE_CLIENT_ID"], env["SERVICE_EXEMPLE_SECRET"]
    )
    service.run(host="127.0.0.1", port=port)
