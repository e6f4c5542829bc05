"""Start every site on loopback, each in its own thread and on its own port, with one SMTP server."""

from __future__ import annotations

import importlib
import logging
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server

from .common.clock import Clock
from .common.oidc.provider import RegisteredClient
from .common.site import SiteConfig
from .common.sitemap import LOOPBACK, SiteMap
from .federation import Federation
from .messagerie.smtp_server import start_smtp_server
from .registry import SITE_MODULES

# One line per request from every site drowns the test output; errors still show.
logging.getLogger("werkzeug").setLevel(logging.WARNING)


def _placeholder(environ: Any, start_response: Any) -> list[bytes]:
    start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
    return [b"starting"]


@dataclass
class RunningSites:
    """The sites of one run: their addresses, apps, clock and mail server."""

    sites: SiteMap
    clock: Clock
    seed: str
    data_dir: Path
    apps: dict[str, Flask] = field(default_factory=dict)
    servers: dict[str, BaseWSGIServer] = field(default_factory=dict)
    smtp: Controller | None = None
    _tmp: tempfile.TemporaryDirectory[str] | None = None

    def url(self, name: str, path: str = "") -> str:
        """Public URL of a site."""
        return self.sites.url(name, path)

    def app(self, name: str) -> Flask:
        """The Flask app of a site, for fixtures that enrol test data."""
        return self.apps[name]

    def stop(self) -> None:
        """Stop every server and remove the run's databases."""
        for server in self.servers.values():
            server.shutdown()
            server.server_close()
        if self.smtp is not None:
            self.smtp.stop()
        if self._tmp is not None:
            self._tmp.cleanup()


def start_sites(
    seed: str,
    first_port: int | None = None,
    names: Iterable[str] | None = None,
    extra_clients: Iterable[RegisteredClient] = (),
) -> RunningSites:
    """Start the sites; ports are free ones unless `first_port` is given (then consecutive)."""
    selected = list(names or SITE_MODULES)
    tmp = tempfile.TemporaryDirectory(prefix="parcours-")
    running = RunningSites(SiteMap(), Clock(), seed, Path(tmp.name), _tmp=tmp)
    try:
        # Bind every port first, so each app knows where the others are before it is built.
        for offset, name in enumerate(selected):
            port = 0 if first_port is None else first_port + offset
            server = make_server(LOOPBACK, port, _placeholder, threaded=True)
            running.servers[name] = server
            running.sites.ports[name] = server.server_port
        running.smtp = start_smtp_server(running.data_dir / "messagerie.sqlite3", running.clock)
        federation = Federation(running.sites)
        for name in selected:
            config = SiteConfig(
                name=name,
                sites=running.sites,
                clock=running.clock,
                data_dir=running.data_dir,
                seed=seed,
                smtp_port=running.smtp.port,
                extra={"federation": federation, "extra_clients": list(extra_clients)},
            )
            app = importlib.import_module(SITE_MODULES[name]).create_app(config)
            running.apps[name] = app
            running.servers[name].app = app
        for name, server in running.servers.items():
            threading.Thread(target=server.serve_forever, name=f"site-{name}", daemon=True).start()
    except BaseException:
        running.stop()
        raise
    return running
