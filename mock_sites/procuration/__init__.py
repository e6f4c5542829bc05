"""Ma procuration: the 100 % online procuration, a service that requires FranceConnect+ at eidas3.

The tutorial names « la procuration 100 % dématérialisée » as the first use of the certified France
Identité account; the service asks FranceConnect+ for eidas3 (« élevé ») and checks it in the ID token.
"""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.site import SiteConfig, new_site_app
from ..common.storage import init_storage
from ..federation.hubs import FRANCECONNECT_PLUS
from ..federation.roles import Service
from ..federation.service_provider import SCHEMA as SERVICE_SCHEMA
from ..federation.service_provider import install_service_provider
from . import views
from .records import SCHEMA

SERVICE = Service(display_name="maprocuration.gouv.fr", hub=FRANCECONNECT_PLUS.site, acr_values="eidas3")
SITE = SiteEntry(
    name="procuration",
    module=__name__,
    role=Role.SERVICE,
    title="Ma procuration",
    phrases=("le service de procuration",),
    service=SERVICE,
)


def create_app(config: SiteConfig) -> Flask:
    """The Ma procuration site."""
    app = new_site_app(__name__, config, SITE.title)
    init_storage(app, SERVICE_SCHEMA + SCHEMA)
    install_service_provider(app, config, SERVICE)
    app.register_blueprint(views.bp)
    return app
