"""Start every site on loopback, each in its own thread and on its own port, with one SMTP server."""

from __future__ import annotations

import errno
import importlib
import logging
import socket
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server

from .catalogue import entries, site
from .common.clock import Clock
from .common.oidc.models import RegisteredClient
from .common.oidc.registry import ClientRegistry
from .common.site import SiteConfig, compile_templates
from .common.sitemap import LOOPBACK, SiteMap
from .messagerie.smtp_server import start_smtp_server
from .site_process import ProcessSite
from .waitress_site import WaitressSite

Server = BaseWSGIServer | WaitressSite | ProcessSite

# One line per request from every site drowns the test output; errors still show.
logging.getLogger("werkzeug").setLevel(logging.WARNING)

# How often a serving site checks whether it must stop (the default 0.5 s made every run end slowly).
SHUTDOWN_POLL_SECONDS = 0.05


class SiteStartError(RuntimeError):
    """A site could not start: the message says which one, why, and what to do."""


def _listen(name: str, port: int, production: bool = False, processes: bool = False) -> Server:
    """A server for `name` listening on 127.0.0.1:`port` (0: a free port): Werkzeug's, or in
    `production` waitress, in this process or (`processes`) in a process of its own.

    The socket is bound here, not by Werkzeug: on a busy port Werkzeug prints English hints and
    calls sys.exit(1), which would end a whole pytest session without saying which site.
    """
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((LOOPBACK, port))
        listener.listen(128)
    except OSError as error:
        listener.close()
        if error.errno == errno.EADDRINUSE:
            raise SiteStartError(
                f"le site {name} ne peut pas écouter sur {LOOPBACK}:{port} : port déjà utilisé ; "
                "choisissez un autre premier port (--port), ou aucun pour des ports libres"
            ) from error
        raise SiteStartError(f"le site {name} ne peut pas écouter sur {LOOPBACK}:{port} : {error}") from error
    if production:
        return ProcessSite(name, listener) if processes else WaitressSite(listener)
    with listener:  # make_server duplicates the descriptor
        return make_server(LOOPBACK, port, _placeholder, threaded=True, fd=listener.fileno())


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
    servers: dict[str, Server] = field(default_factory=dict)
    smtp: Controller | None = None
    serving: set[str] = field(default_factory=set)
    _tmp: tempfile.TemporaryDirectory[str] | None = None

    def url(self, name: str, path: str = "") -> str:
        """Public URL of a site."""
        return self.sites.url(name, path)

    def app(self, name: str) -> Flask:
        """The Flask app of a site, for fixtures that enrol test data."""
        return self.apps[name]

    def stop(self) -> None:
        """Stop every server and remove the run's databases."""
        # shutdown() waits for the server's next poll: ask them all at once, not one after the other.
        stoppers = [
            threading.Thread(target=server.shutdown)
            for name, server in self.servers.items()
            if name in self.serving  # shutdown() waits forever for a server that never served
        ]
        for stopper in stoppers:
            stopper.start()
        for stopper in stoppers:
            stopper.join()
        for server in self.servers.values():
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
    backchannel_timeout: float = 10.0,
    production: bool = False,
    processes: bool = False,
) -> RunningSites:
    """Start the sites (every site of the catalogue unless `names` says which); ports are free ones
    unless `first_port` is given (then consecutive).
    `backchannel_timeout`: how long FranceConnect waits for an identity provider's server;
    `production`: serve on waitress (as `serve` does) rather than Werkzeug's development server;
    `processes` (with `production`, as `serve` does): each site in its own process (site_process.py)."""
    selected = list(names or _catalogue_names())
    tmp = tempfile.TemporaryDirectory(prefix="parcours-")
    running = RunningSites(SiteMap(), Clock(), seed, Path(tmp.name), _tmp=tmp)
    try:
        # Bind every port first, so each app knows where the others are before it is built.
        for offset, name in enumerate(selected):
            server = _listen(name, 0 if first_port is None else first_port + offset, production, processes)
            running.servers[name] = server
            running.sites.ports[name] = server.port
        running.smtp = _start_smtp(running)
        _build_apps(running, ClientRegistry(extra=tuple(extra_clients)), backchannel_timeout, production)
        _serve(running)
    except BaseException:
        running.stop()
        raise
    return running


def _build_apps(running: RunningSites, clients: ClientRegistry, timeout: float, production: bool) -> None:
    """Build each site's app once every port is known (in production, its templates compiled)."""
    assert running.smtp is not None
    for name in running.servers:
        config = SiteConfig(
            name=name,
            sites=running.sites,
            clock=running.clock,
            data_dir=running.data_dir,
            seed=running.seed,
            smtp_port=running.smtp.port,
            backchannel_timeout=timeout,
            clients=clients,
        )
        app = running.apps[name] = running.servers[name].app = _create_app(config)
        if production:
            compile_templates(app)


def _catalogue_names() -> list[str]:
    """Every site of the catalogue, by name."""
    try:
        return [entry.name for entry in entries()]
    except Exception as error:
        raise SiteStartError(
            f"le catalogue des sites ne se charge pas : {_where(error)} ; corrigez le site à cet endroit"
        ) from error


def _start_smtp(running: RunningSites) -> Controller:
    """The run's SMTP server, storing into the webmail's database."""
    try:
        return start_smtp_server(running.data_dir / "messagerie.sqlite3", running.clock)
    except Exception as error:
        raise SiteStartError(f"le serveur SMTP de la messagerie n'a pas démarré : {_where(error)}") from error


def _create_app(config: SiteConfig) -> Flask:
    """The app of one site, built by its package's create_app."""
    try:
        app: Flask = importlib.import_module(site(config.name).module).create_app(config)
    except Exception as error:
        raise SiteStartError(
            f"le site {config.name} n'a pas démarré : {_where(error)} ; corrigez le site à cet endroit"
        ) from error
    return app


def _serve(running: RunningSites) -> None:
    """Serve every site, each in its own thread (or process, forked from this thread)."""
    for name, server in running.servers.items():
        if isinstance(server, ProcessSite):
            server.serve_forever()
            running.serving.add(name)
            continue
        threading.Thread(
            target=server.serve_forever, args=(SHUTDOWN_POLL_SECONDS,), name=f"site-{name}", daemon=True
        ).start()
        running.serving.add(name)


def _where(error: BaseException) -> str:
    """`Type: message (file:line)` of the innermost frame, to say where a site failed."""
    frame = error.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    place = f" ({frame.tb_frame.f_code.co_filename}:{frame.tb_lineno})" if frame is not None else ""
    return f"{type(error).__name__}: {error}{place}"
