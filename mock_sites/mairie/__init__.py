"""Mairie: the agent portal where the France Identité certification is checked in person."""

from __future__ import annotations

from contextlib import closing

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.site import SiteConfig, new_site_app
from ..common.storage import connect, init_storage
from .agents import SCHEMA, enrol_agents
from .views import bp

SITE = SiteEntry(
    name="mairie",
    module=__name__,
    role=Role.AGENT_PORTAL,
    title="Portail des agents de mairie",
    phrases=("le portail des agents de mairie",),
)


def create_app(config: SiteConfig) -> Flask:
    """The agent portal, with one agent per mairie."""
    app = new_site_app(__name__, config, SITE.title)
    init_storage(app, SCHEMA)
    with closing(connect(config.database)) as db:
        enrol_agents(db, config.seed)
    app.register_blueprint(bp)
    return app
