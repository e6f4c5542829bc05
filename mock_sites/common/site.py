"""What a site receives from the runner, and the Flask app every site starts from."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask
from jinja2 import ChoiceLoader, PackageLoader

from ..rules import rule_value
from .clock import Clock
from .error_pages import register_error_pages
from .headers import BASE_POLICY, add_security_headers
from .lazy_rules import LazyBuilderRule
from .oidc.registry import ClientRegistry
from .sitemap import SiteMap


@dataclass
class SiteConfig:
    """Everything a site needs from the run: where the others are, time, storage, mail."""

    name: str
    sites: SiteMap
    clock: Clock
    data_dir: Path
    seed: str
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 0
    # How long FranceConnect waits for an identity provider's server; short in tests, so the
    # "ne répond pas à temps" accounts fail fast.
    backchannel_timeout: float = 10.0
    clients: ClientRegistry = field(default_factory=ClientRegistry)  # the run's OIDC registrations

    @property
    def url(self) -> str:
        """This site's public origin."""
        return self.sites.url(self.name)

    @property
    def database(self) -> Path:
        """This site's SQLite file for this run."""
        return self.data_dir / f"{self.name}.sqlite3"


class SiteApp(Flask):
    """Flask, with URL builders compiled on first use (LazyBuilderRule)."""

    url_rule_class = LazyBuilderRule


def new_site_app(import_name: str, config: SiteConfig, title: str, policy: str = BASE_POLICY) -> Flask:
    """A Flask app with the shared base template, its own session cookie, the run's settings and the
    security headers (`policy`: its Content-Security-Policy)."""
    app = SiteApp(import_name)
    app.jinja_loader = ChoiceLoader(
        [app.jinja_loader, PackageLoader(__package__, "templates")]  # type: ignore[list-item]
    )
    app.config.update(
        SECRET_KEY=os.urandom(32),
        # One cookie name per site: separate origins already isolate them; the name helps debugging.
        SESSION_COOKIE_NAME=f"session_{config.name}",
        SESSION_COOKIE_SAMESITE="Lax",
        DATABASE=str(config.database),
        SMTP_HOST=config.smtp_host,
        SMTP_PORT=config.smtp_port,
        SITE=config,
    )
    register_error_pages(app)
    app.jinja_env.globals["regle"] = rule_value  # a template's numbers are the site's rules
    add_security_headers(app, policy)

    @app.context_processor
    def site_globals() -> dict[str, Any]:
        return {"site_title": title, "site_name": config.name}

    @app.after_request
    def no_robots(response):  # type: ignore[no-untyped-def]
        response.headers["X-Robots-Tag"] = "noindex"
        return response

    return app


def site_config() -> SiteConfig:
    """The current app's SiteConfig (inside a request or app context)."""
    from flask import current_app

    config: SiteConfig = current_app.config["SITE"]
    return config


def compile_templates(app: Flask) -> int:
    """Compile every template of `app` now, its own and its blueprints' (`serve` does it at start-up,
    so that thirty learners arriving at once never each compile a template on first use); how many."""
    names = app.jinja_env.list_templates()
    for name in names:
        app.jinja_env.get_template(name)
    return len(names)
