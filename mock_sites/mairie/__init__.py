"""Mairie: the agent portal where the France Identité certification is checked in person."""

from __future__ import annotations

from contextlib import closing

from flask import Flask

from ..common.site import SiteConfig, new_site_app
from ..common.storage import connect, init_storage
from .agents import SCHEMA, enrol_agents
from .views import bp

NAME = "mairie"
TITLE = "Portail des agents de mairie"
PHRASES = ("le portail des agents de mairie",)
ROLE = "portail agent"


def create_app(config: SiteConfig) -> Flask:
    """The agent portal, with one agent per mairie."""
    app = new_site_app(__name__, config, TITLE)
    init_storage(app, SCHEMA)
    with closing(connect(config.database)) as db:
        enrol_agents(db, config.seed)
    app.register_blueprint(bp)
    return app
