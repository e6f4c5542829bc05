"""FranceConnect: an OpenID provider for the services, a relying party of the identity providers.

The same package builds FranceConnect+ (mock_sites/franceconnect_plus) with other options (HubKind):
one code path for both hubs.
"""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry, identity_providers, services
from ..common.oidc import endpoints
from ..common.oidc.models import SCHEMA as OIDC_SCHEMA
from ..common.oidc.provider import OidcProvider, RegisteredClient
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from ..federation.clients import hub_client_of_provider
from ..federation.hubs import FRANCECONNECT, HubKind
from ..federation.registrations import HUB_ISSUER_PATH, Federation
from . import identities, views, vitrine
from .hub import EXTENSION, Hub, OfferedAccount, user_claims

SITE = SiteEntry(name=FRANCECONNECT.site, module=__name__, role=Role.HUB, title=FRANCECONNECT.title)


def create_app(config: SiteConfig) -> Flask:
    """The FranceConnect hub: it offers the run's identity providers to the run's services."""
    return build_hub(config, FRANCECONNECT)


def build_hub(config: SiteConfig, kind: HubKind) -> Flask:
    """A hub (FranceConnect or FranceConnect+): its provider, its accounts, its pages."""
    app = new_site_app(__name__, config, kind.title)  # this package's templates, whichever hub
    init_storage(app, OIDC_SCHEMA + identities.SCHEMA)
    OidcProvider(
        app,
        issuer=Federation.of(config).hub_issuer(kind.site),
        # Teams' own services (`serve --client`) register no encryption key: FranceConnect only.
        clients=[*registered_services(config, kind), *(() if kind.encrypts else config.clients.extra)],
        clock=config.clock,
        user_claims=user_claims,
        acr_values=kind.acr_values,
        signing_algs=kind.signing_algs,
        encrypts=kind.encrypts,
    )
    accounts = offered_accounts(config)
    app.extensions[EXTENSION] = Hub(
        kind=kind,
        accounts={account.site: account for account in accounts},
        idp_clients={account.site: hub_client_of_provider(config, account.site) for account in accounts},
    )
    app.register_blueprint(endpoints.bp, url_prefix=HUB_ISSUER_PATH)
    app.register_blueprint(views.bp, url_prefix=HUB_ISSUER_PATH)
    if kind is FRANCECONNECT:  # the public home page and « Nos services » are FranceConnect's
        app.register_blueprint(vitrine.bp)
    return app


def offered_accounts(config: SiteConfig) -> list[OfferedAccount]:
    """The identity providers of the run, in the tutorial's order."""
    return [
        OfferedAccount(entry.name, entry.title, entry.identity_provider, entry.account_label)
        for entry in identity_providers()
        if entry.identity_provider is not None and entry.name in config.sites.ports
    ]


def registered_services(config: SiteConfig, kind: HubKind) -> list[RegisteredClient]:
    """The bundled services of the run that use this hub, as registered at it."""
    federation = Federation.of(config)
    return [
        federation.service_client(entry.name, entry.service.display_name, encrypted=kind.encrypts)
        for entry in services()
        if entry.service is not None and entry.service.hub == kind.site and entry.name in config.sites.ports
    ]
