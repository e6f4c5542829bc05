"""The relying-party side of the federation: a service's client of FranceConnect, and FranceConnect's
client of each identity provider."""

from __future__ import annotations

from ..common.oidc.client import OidcClient
from ..common.oidc.models import IDENTITY_CLAIMS
from ..common.site import SiteConfig
from .registrations import (
    HUB_IDP_CALLBACK_PATH,
    SERVICE_CALLBACK_PATH,
    SERVICE_LOGOUT_CALLBACK_PATH,
    Federation,
    service_client_id,
)

IDENTITY_SCOPE = "openid " + " ".join(IDENTITY_CLAIMS)


def service_client_of_hub(config: SiteConfig) -> OidcClient:
    """This service's OIDC client of FranceConnect."""
    federation = Federation.of(config)
    client_id = service_client_id(config.name)
    return OidcClient(
        issuer=federation.hub_issuer(),
        client_id=client_id,
        client_secret=config.clients.secret(client_id),
        redirect_uri=config.sites.url(config.name, SERVICE_CALLBACK_PATH),
        scope=IDENTITY_SCOPE,
        clock=config.clock,
        backchannel=config.sites.backchannel,
        post_logout_redirect_uri=config.sites.url(config.name, SERVICE_LOGOUT_CALLBACK_PATH),
    )


def hub_client_of_provider(config: SiteConfig, idp: str) -> OidcClient:
    """FranceConnect's OIDC client of the identity provider `idp` (it waits `backchannel_timeout`)."""
    federation = Federation.of(config)
    hub = federation.hub_client()
    return OidcClient(
        issuer=federation.idp_issuer(idp),
        client_id=hub.client_id,
        client_secret=hub.client_secret,
        redirect_uri=config.sites.url(config.name, HUB_IDP_CALLBACK_PATH),
        scope=IDENTITY_SCOPE,
        clock=config.clock,
        backchannel=config.sites.backchannel,
        post_logout_redirect_uri=hub.post_logout_redirect_uris[0],
        timeout=config.backchannel_timeout,
    )
