"""Ma caisse, a service using FranceConnect: the README's "Adding a site" example, started for real
by tests/test_catalogue.py (in mock_sites/ it would be mock_sites/macaisse/ plus one catalogue line)."""

from __future__ import annotations

from flask import Flask

from mock_sites.catalogue import Role, SiteEntry
from mock_sites.common.site import SiteConfig
from mock_sites.federation.roles import Service
from mock_sites.federation.service_provider import create_service_provider_app

SERVICE = Service(display_name="macaisse.exemple.fr")
SITE = SiteEntry(
    name="macaisse",
    module=__name__,
    role=Role.SERVICE,
    title="Ma caisse",
    phrases=("la caisse",),
    service=SERVICE,
)


def create_app(config: SiteConfig) -> Flask:
    """The Ma caisse site: its home page with the FranceConnect button, and its personal space."""
    return create_service_provider_app(__name__, config, SITE.title, SERVICE)
