"""FranceConnect: an OpenID provider for the services, a relying party of the identity providers."""

from __future__ import annotations

from typing import Any

from flask import Flask

from ..common.oidc.client import OidcClient
from ..common.oidc.endpoints import provider_blueprint
from ..common.oidc.provider import IDENTITY_CLAIMS, OidcProvider, RegisteredClient
from ..common.oidc.provider import SCHEMA as OIDC_SCHEMA
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from ..federation import (
    HUB_IDP_CALLBACK_PATH,
    HUB_ISSUER_PATH,
    IDENTITY_PROVIDERS,
    SERVICE_PROVIDERS,
    Federation,
)
from . import identities
from .views import register_views


def create_app(config: SiteConfig) -> Flask:
    """The FranceConnect hub."""
    app = new_site_app(__name__, config, "FranceConnect")
    init_storage(app, OIDC_SCHEMA + identities.SCHEMA)
    federation: Federation = config.extra["federation"]
    clients = [federation.service_client(s) for s in SERVICE_PROVIDERS]
    clients += config.extra.get("extra_clients", [])

    def user_claims(identity_id: str, client: RegisteredClient) -> dict[str, Any]:
        sub = identities.pairwise_sub(identity_id, client.sector_identifier)
        return {"sub": sub, **identities.load(identity_id)}

    provider = OidcProvider(
        app,
        issuer=federation.hub_issuer(),
        clients=clients,
        clock=config.clock,
        user_claims=user_claims,
        acr_values=("eidas1",),
    )
    hub = federation.hub_client()
    idp_clients = {
        idp.site: OidcClient(
            issuer=federation.idp_issuer(idp.site),
            client_id=hub.client_id,
            client_secret=hub.client_secret,
            redirect_uri=config.sites.url(config.name, HUB_IDP_CALLBACK_PATH),
            scope="openid " + " ".join(IDENTITY_CLAIMS),
            clock=config.clock,
            backchannel=config.sites.backchannel,
            post_logout_redirect_uri=hub.post_logout_redirect_uris[0],
            timeout=config.backchannel_timeout,
        )
        for idp in IDENTITY_PROVIDERS
    }
    bp = provider_blueprint(provider, "oidc", HUB_ISSUER_PATH)
    register_views(bp, provider, idp_clients)
    app.register_blueprint(bp)
    app.extensions["oidc_provider"] = provider
    app.extensions["idp_clients"] = idp_clients
    return app
