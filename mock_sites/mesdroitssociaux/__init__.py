"""mesdroitssociaux, a service using FranceConnect: it greets the person by their verified name."""

from __future__ import annotations

from flask import Flask

from ..common.service_provider import create_service_provider_app
from ..common.site import SiteConfig
from ..federation import service


def create_app(config: SiteConfig) -> Flask:
    """The mesdroitssociaux site."""
    return create_service_provider_app(__name__, config, service("mesdroitssociaux"), "Mes droits sociaux")
