"""FranceConnect+: the hub's high-assurance side (eidas2/eidas3, ES256, encrypted tokens).

Its own site, as it is its own platform; built by the FranceConnect package with FRANCECONNECT_PLUS
options (one code path for both hubs).
"""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.site import SiteConfig
from ..federation.hubs import FRANCECONNECT_PLUS
from ..franceconnect import build_hub

SITE = SiteEntry(
    name=FRANCECONNECT_PLUS.site,
    module=__name__,
    role=Role.HUB,
    title=FRANCECONNECT_PLUS.title,
    phrases=("FranceConnect Plus",),
)


def create_app(config: SiteConfig) -> Flask:
    """The FranceConnect+ hub: the same hub, at eidas2/eidas3, its tokens encrypted for the service."""
    return build_hub(config, FRANCECONNECT_PLUS)
