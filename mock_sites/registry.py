"""Every bundled site, by name: the module whose create_app(config) builds it."""

from __future__ import annotations

SITE_MODULES: dict[str, str] = {
    "franceconnect": "mock_sites.franceconnect",
    "ameli": "mock_sites.ameli",
    "laposte": "mock_sites.laposte",
    "yris": "mock_sites.yris",
    "msa": "mock_sites.msa",
    "ants": "mock_sites.ants",
    "impots": "mock_sites.impots",
    "mesdroitssociaux": "mock_sites.mesdroitssociaux",
    "messagerie": "mock_sites.messagerie",
    "telephone": "mock_sites.telephone",
    "france_identite": "mock_sites.france_identite",
    "mairie": "mock_sites.mairie",
}
