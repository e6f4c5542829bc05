"""The hub's state in its app: the accounts it offers and its client of each identity provider."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import current_app

from ..common.oidc.client import OidcClient
from ..common.oidc.provider import RegisteredClient
from ..common.site import site_config
from ..federation.hubs import FRANCECONNECT, HubKind
from ..federation.roles import IdentityProvider
from ..profiles import FC_ACCOUNTS, setting_in_force
from . import identities

EXTENSION = "franceconnect_hub"


@dataclass(frozen=True)
class OfferedAccount:
    """An identity provider FranceConnect offers: its site, the title on its button, its role."""

    site: str
    title: str
    role: IdentityProvider
    label: str  # the words on its button


@dataclass(frozen=True)
class Hub:
    """What the hub's pages need besides its OpenID provider."""

    kind: HubKind  # FranceConnect or FranceConnect+
    accounts: dict[str, OfferedAccount]  # by site, in the tutorial's order
    idp_clients: dict[str, OidcClient]  # by site


def current_hub() -> Hub:
    """The hub of the current app."""
    hub: Hub = current_app.extensions[EXTENSION]
    return hub


def offered_now() -> list[OfferedAccount]:
    """The accounts the choice page offers under the state in force (FranceConnect's list is dated;
    FranceConnect+ offers every account it has)."""
    hub = current_hub()
    setting = setting_in_force(site_config().data_dir, FC_ACCOUNTS) if hub.kind is FRANCECONNECT else None
    if setting is None or not isinstance(setting.value, tuple):
        return list(hub.accounts.values())
    return [account for site, account in hub.accounts.items() if site in setting.value]


def user_claims(identity_id: str, client: RegisteredClient) -> dict[str, Any]:
    """An identity as one service sees it: its own pairwise `sub`."""
    sub = identities.pairwise_sub(identity_id, client.sector_identifier)
    return {"sub": sub, **identities.load(identity_id)}
