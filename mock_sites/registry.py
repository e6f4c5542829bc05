"""Every bundled site, by name: the module whose create_app(config) builds it."""

from __future__ import annotations

SITE_MODULES: dict[str, str] = {
    "franceconnect": "mock_sites.franceconnect",
    "ameli": "mock_sites.ameli",
    "impots": "mock_sites.impots",
    "mesdroitssociaux": "mock_sites.mesdroitssociaux",
    "messagerie": "mock_sites.messagerie",
}
