"""FranceConnect: an OpenID provider for the services, a relying party of the identity providers."""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry, identity_providers, services
from ..common.oidc import endpoints
from ..common.oidc.models import SCHEMA as OIDC_SCHEMA
from ..common.oidc.provider import OidcProvider, RegisteredClient
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from ..federation.clients import hub_client_of_provider
from ..federation.registrations import HUB, HUB_ISSUER_PATH, Federation
from . import identities, views, vitrine
from .hub import EXTENSION, Hub, OfferedAccount, user_claims

SITE = SiteEntry(name=HUB, module=__name__, role=Role.HUB, title="FranceConnect")


def create_app(config: SiteConfig) -> Flask:
    """The FranceConnect hub: it offers the run's identity providers to the run's services."""
    app = new_site_app(__name__, config, SITE.title)
    init_storage(app, OIDC_SCHEMA + identities.SCHEMA)
    OidcProvider(
        app,
        issuer=Federation.of(config).hub_issuer(),
        clients=[*registered_services(config), *config.clients.extra],
        clock=config.clock,
        user_claims=user_claims,
        acr_values=("eidas1",),
    )
    accounts = offered_accounts(config)
    app.extensions[EXTENSION] = Hub(
        accounts={account.site: account for account in accounts},
        idp_clients={account.site: hub_client_of_provider(config, account.site) for account in accounts},
    )
    app.register_blueprint(endpoints.bp, url_prefix=HUB_ISSUER_PATH)
    app.register_blueprint(views.bp, url_prefix=HUB_ISSUER_PATH)
    app.register_blueprint(vitrine.bp)
    return app


def offered_accounts(config: SiteConfig) -> list[OfferedAccount]:
    """The identity providers of the run, in the tutorial's order."""
    return [
        OfferedAccount(entry.name, entry.title, entry.identity_provider)
        for entry in identity_providers()
        if entry.identity_provider is not None and entry.name in config.sites.ports
    ]


def registered_services(config: SiteConfig) -> list[RegisteredClient]:
    """The bundled services of the run, as registered at FranceConnect."""
    federation = Federation.of(config)
    return [
        federation.service_client(entry.name, entry.service.display_name)
        for entry in services()
        if entry.service is not None and entry.name in config.sites.ports
    ]
