"""Where each site lives: its public origin for the browser, its loopback address for servers."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

LOOPBACK = "127.0.0.1"


@dataclass
class SiteMap:
    """Site name → port; every site is its own origin `http://<name>.localhost:<port>`."""

    ports: dict[str, int] = field(default_factory=dict)
    # The run's key, from which each site's back-channel secret is derived (common.backchannel).
    backchannel_key: bytes = field(default_factory=lambda: os.urandom(32), repr=False)

    def url(self, name: str, path: str = "") -> str:
        """Public URL of a site, as the browser sees it (Chromium resolves *.localhost itself)."""
        return f"http://{name}.localhost:{self.ports[name]}{path}"

    def backchannel(self, url: str) -> str:
        """The same URL reachable from Python, which does not resolve *.localhost names."""
        parts = urlsplit(url)
        if parts.hostname and parts.hostname.endswith(".localhost"):
            return urlunsplit(parts._replace(netloc=f"{LOOPBACK}:{parts.port}"))
        return url
