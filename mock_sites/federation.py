"""Who trusts whom: the services registered at FranceConnect and the identity providers it offers."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from .common.oidc.provider import RegisteredClient
from .common.sitemap import SiteMap

HUB = "franceconnect"
HUB_ISSUER_PATH = "/api/v2"
SERVICE_CALLBACK_PATH = "/oidc/callback"
SERVICE_LOGOUT_CALLBACK_PATH = "/oidc/deconnexion"
HUB_IDP_CALLBACK_PATH = "/api/v2/oidc-callback"
IDP_ISSUER_PATH = "/oidc"


@dataclass(frozen=True)
class ServiceProvider:
    """A service that offers "S'identifier avec FranceConnect"."""

    site: str
    display_name: str  # what FranceConnect shows: "Continuer sur <display_name>"


@dataclass(frozen=True)
class IdentityProvider:
    """An account FranceConnect lets a person log in with."""

    site: str
    title: str  # the accessible name of its button on "Choisissez un compte pour vous connecter"
    mail_name: str  # how the connection notification names the account used
    acr: str = "eidas1"  # the eIDAS level its accounts reach (FranceConnect needs eidas1 or above)


SERVICE_PROVIDERS: tuple[ServiceProvider, ...] = (
    ServiceProvider("mesdroitssociaux", "mesdroitssociaux.gouv.fr"),
    ServiceProvider("impots", "votre espace particulier d'impots.gouv.fr"),
    ServiceProvider("ants", "ants.gouv.fr"),
)
# In the tutorial's order: "impots.gouv.fr, ameli.fr, l'Identité Numérique La Poste, Yris, msa.fr".
IDENTITY_PROVIDERS: tuple[IdentityProvider, ...] = (
    IdentityProvider("impots", "impots.gouv.fr", "impots.gouv.fr"),
    IdentityProvider("ameli", "Ameli", "Ameli (l'Assurance Maladie)"),
    IdentityProvider("laposte", "Identité Numérique La Poste", "Identité Numérique La Poste", acr="eidas2"),
    IdentityProvider("yris", "Yris", "Yris"),
    IdentityProvider("msa", "msa.fr", "msa.fr (Mutualité sociale agricole)"),
)


@dataclass
class Federation:
    """The run's client registrations; secrets are drawn per run and never leave the process."""

    sites: SiteMap
    secrets: dict[str, str] = field(default_factory=dict)

    def secret(self, client_id: str) -> str:
        """The client secret of `client_id` for this run."""
        return self.secrets.setdefault(client_id, secrets.token_urlsafe(32))

    def hub_issuer(self) -> str:
        """FranceConnect's issuer URL."""
        return self.sites.url(HUB, HUB_ISSUER_PATH)

    def idp_issuer(self, idp: str) -> str:
        """An identity provider's issuer URL."""
        return self.sites.url(idp, IDP_ISSUER_PATH)

    def service_client(self, service: ServiceProvider) -> RegisteredClient:
        """How a service is registered at FranceConnect."""
        client_id = f"{service.site}-client"
        return RegisteredClient(
            client_id=client_id,
            client_secret=self.secret(client_id),
            name=service.display_name,
            redirect_uris=(self.sites.url(service.site, SERVICE_CALLBACK_PATH),),
            post_logout_redirect_uris=(self.sites.url(service.site, SERVICE_LOGOUT_CALLBACK_PATH),),
        )

    def hub_client(self) -> RegisteredClient:
        """How FranceConnect is registered at every identity provider."""
        client_id = "franceconnect-client"
        return RegisteredClient(
            client_id=client_id,
            client_secret=self.secret(client_id),
            name="FranceConnect",
            redirect_uris=(self.sites.url(HUB, HUB_IDP_CALLBACK_PATH),),
            post_logout_redirect_uris=(self.sites.url(HUB, "/api/v2/client/logout-callback"),),
        )


def service(site: str) -> ServiceProvider:
    """The registered service for a site name."""
    return next(s for s in SERVICE_PROVIDERS if s.site == site)


def identity_provider(site: str) -> IdentityProvider:
    """The identity provider for a site name."""
    return next(p for p in IDENTITY_PROVIDERS if p.site == site)
