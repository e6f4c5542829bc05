"""Who trusts whom in a run: where each issuer lives and how each client is registered.

Built from a site's SiteConfig (where the sites are, the run's client secrets), so FranceConnect, the
services and the identity providers agree without sharing anything else.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..common.oidc.models import RegisteredClient
from ..common.oidc.registry import ClientRegistry
from ..common.site import SiteConfig
from ..common.sitemap import SiteMap

HUB = "franceconnect"
HUB_PLUS = "franceconnect_plus"
HUB_ISSUER_PATH = "/api/v2"
HUB_IDP_CALLBACK_PATH = "/api/v2/oidc-callback"
HUB_LOGOUT_CALLBACK_PATH = "/api/v2/client/logout-callback"
SERVICE_CALLBACK_PATH = "/oidc/callback"
SERVICE_LOGOUT_CALLBACK_PATH = "/oidc/deconnexion"
IDP_ISSUER_PATH = "/oidc"
HUB_CLIENT_ID = "franceconnect-client"


def service_client_id(site: str) -> str:
    """The client id a bundled service is registered under at FranceConnect."""
    return f"{site}-client"


@dataclass(frozen=True)
class Federation:
    """The run's registrations, seen from any of its sites."""

    sites: SiteMap
    clients: ClientRegistry

    @classmethod
    def of(cls, config: SiteConfig) -> Federation:
        """The federation a site takes part in."""
        return cls(config.sites, config.clients)

    def hub_issuer(self, hub: str = HUB) -> str:
        """The issuer URL of FranceConnect (or of FranceConnect+, `hub`)."""
        return self.sites.url(hub, HUB_ISSUER_PATH)

    def idp_issuer(self, idp: str) -> str:
        """An identity provider's issuer URL."""
        return self.sites.url(idp, IDP_ISSUER_PATH)

    def service_client(self, site: str, display_name: str, encrypted: bool = False) -> RegisteredClient:
        """How a service is registered at FranceConnect (at FranceConnect+: with its encryption key)."""
        client_id = service_client_id(site)
        return RegisteredClient(
            client_id=client_id,
            client_secret=self.clients.secret(client_id),
            name=display_name,
            redirect_uris=(self.sites.url(site, SERVICE_CALLBACK_PATH),),
            post_logout_redirect_uris=(self.sites.url(site, SERVICE_LOGOUT_CALLBACK_PATH),),
            encryption_jwk=self.clients.encryption_jwk(client_id) if encrypted else (),
        )

    def hub_client(self, hub: str = HUB) -> RegisteredClient:
        """How FranceConnect (or FranceConnect+, `hub`) is registered at every identity provider."""
        client_id = HUB_CLIENT_ID if hub == HUB else f"{hub}-client"
        return RegisteredClient(
            client_id=client_id,
            client_secret=self.clients.secret(client_id),
            name=hub,
            redirect_uris=(self.sites.url(hub, HUB_IDP_CALLBACK_PATH),),
            post_logout_redirect_uris=(self.sites.url(hub, HUB_LOGOUT_CALLBACK_PATH),),
        )

    def hub_clients(self) -> list[RegisteredClient]:
        """Both hubs, as every identity provider registers them (those of the run only)."""
        return [self.hub_client(hub) for hub in (HUB, HUB_PLUS) if hub in self.sites.ports]
