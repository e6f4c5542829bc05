"""mesdroitssociaux, a service using FranceConnect: it greets the person by their verified name."""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.site import SiteConfig
from ..federation.roles import Service
from ..federation.service_provider import create_service_provider_app

SERVICE = Service(display_name="mesdroitssociaux.gouv.fr")
SITE = SiteEntry(
    name="mesdroitssociaux", module=__name__, role=Role.SERVICE, title="Mes droits sociaux", service=SERVICE
)


def create_app(config: SiteConfig) -> Flask:
    """The mesdroitssociaux site."""
    return create_service_provider_app(__name__, config, SITE.title, SERVICE)
