"""The relying-party side of the federation: a service's client of FranceConnect, and FranceConnect's
client of each identity provider."""

from __future__ import annotations

from ..common.oidc.client import OidcClient
from ..common.oidc.models import IDENTITY_CLAIMS
from ..common.site import SiteConfig
from .hubs import HUBS
from .registrations import (
    HUB_IDP_CALLBACK_PATH,
    SERVICE_CALLBACK_PATH,
    SERVICE_LOGOUT_CALLBACK_PATH,
    Federation,
    service_client_id,
)
from .roles import Service

IDENTITY_SCOPE = "openid " + " ".join(IDENTITY_CLAIMS)


def service_client_of_hub(config: SiteConfig, role: Service) -> OidcClient:
    """This service's OIDC client of its hub (FranceConnect+: ES256 only, tokens it decrypts)."""
    federation = Federation.of(config)
    client_id = service_client_id(config.name)
    hub = HUBS[role.hub]
    return OidcClient(
        issuer=federation.hub_issuer(hub.site),
        client_id=client_id,
        client_secret=config.clients.secret(client_id),
        redirect_uri=config.sites.url(config.name, SERVICE_CALLBACK_PATH),
        scope=IDENTITY_SCOPE,
        clock=config.clock,
        backchannel=config.sites.backchannel,
        post_logout_redirect_uri=config.sites.url(config.name, SERVICE_LOGOUT_CALLBACK_PATH),
        acr_values=role.acr_values,
        signing_algs=hub.signing_algs,
        decryption_key=config.clients.encryption_key(client_id) if hub.encrypts else None,
    )


def hub_client_of_provider(config: SiteConfig, idp: str) -> OidcClient:
    """The hub's OIDC client of the identity provider `idp` (it waits `backchannel_timeout`)."""
    federation = Federation.of(config)
    hub = federation.hub_client(config.name)
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
