"""The two hubs of the federation: FranceConnect (eidas1) and FranceConnect+ (eidas2/eidas3).

One hub package serves both (mock_sites/franceconnect), with these options; FranceConnect+ is its own
site as it is its own platform. Levels and algorithms: france-connect/Documentation-FranceConnect-Plus,
fs/technique/technique-eidas.md (acr eidas2 substantiel, eidas3 élevé; eidas1 refused by FC+; the
service checks that the returned acr is at least the one it asked for) and technique-oidc-fc.md
(ES256 signature, tokens encrypted then signed).
"""

from __future__ import annotations

from dataclasses import dataclass

EIDAS_LEVELS = ("eidas1", "eidas2", "eidas3")  # faible, substantiel, élevé


def satisfies(acr: str | None, required: str) -> bool:
    """Whether an identity of level `acr` meets `required` (eidas3 meets eidas2, not the reverse)."""
    if acr not in EIDAS_LEVELS or required not in EIDAS_LEVELS:
        return False
    return EIDAS_LEVELS.index(acr) >= EIDAS_LEVELS.index(required)


@dataclass(frozen=True)
class HubKind:
    """What makes one hub differ from the other: its site, its levels, its algorithms."""

    site: str  # host label: http://<site>.localhost:PORT
    title: str  # its pages' title, and the services' button: "S'identifier avec <title>"
    acr_values: tuple[str, ...]  # the levels a service may ask for
    signing_algs: tuple[str, ...]
    encrypts: bool  # ID token and userinfo encrypted for the service (JWE wrapping a JWS)


FRANCECONNECT = HubKind("franceconnect", "FranceConnect", ("eidas1",), ("ES256", "RS256"), False)
FRANCECONNECT_PLUS = HubKind("franceconnect_plus", "FranceConnect+", ("eidas2", "eidas3"), ("ES256",), True)
HUBS = {hub.site: hub for hub in (FRANCECONNECT, FRANCECONNECT_PLUS)}
