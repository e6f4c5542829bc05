"""Every site, declared once: the one place a site's name or a word of the Gherkin is resolved.

Each site package declares `SITE = SiteEntry(...)` in its `__init__.py`; SITE_PACKAGES lists the
packages, one line each, in the tutorials' order (FranceConnect lists its accounts in that order).
The packages are imported on first use, so a site package may import this module.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from .federation.roles import IdentityProvider, Service

SITE_PACKAGES: tuple[str, ...] = (
    "mock_sites.franceconnect",
    "mock_sites.franceconnect_plus",
    "mock_sites.mesdroitssociaux",
    "mock_sites.impots",
    "mock_sites.ameli",
    "mock_sites.laposte",
    "mock_sites.yris",
    "mock_sites.msa",
    "mock_sites.ants",
    "mock_sites.france_identite",
    "mock_sites.mairie",
    "mock_sites.procuration",
    "mock_sites.messagerie",
    "mock_sites.telephone",
    "mock_sites.formation",
)


class Role(StrEnum):
    """What a site is to the person using it."""

    HUB = "hub"
    IDENTITY_PROVIDER = "fournisseur d'identité"
    SERVICE = "service"
    MAIL = "messagerie"
    PHONE = "téléphone"
    AGENT_PORTAL = "portail agent"
    APP = "application"
    TRAINER = "formateur"


@dataclass(frozen=True)
class SiteEntry:
    """One site: its name in the run, its package, its role, its title and the Gherkin's words for it."""

    name: str  # host label and run name: http://<name>.localhost:PORT
    module: str  # the package whose create_app(config) builds it
    role: Role
    title: str  # its pages' title; an identity provider's button on FranceConnect
    phrases: tuple[str, ...] = ()  # other words the Gherkin uses for it ("impots.gouv", "la messagerie")
    identity_provider: IdentityProvider | None = None  # FranceConnect offers its accounts
    service: Service | None = None  # it offers "S'identifier avec FranceConnect"

    def __post_init__(self) -> None:
        if self.role is Role.IDENTITY_PROVIDER and self.identity_provider is None:
            raise ValueError(f"{self.name} : un fournisseur d'identité déclare identity_provider=")
        if self.role is Role.SERVICE and self.service is None:
            raise ValueError(f"{self.name} : un service déclare service=")

    @property
    def account_label(self) -> str:
        """The words on an identity provider's FranceConnect button (its title unless it declares them)."""
        return (self.identity_provider and self.identity_provider.account_label) or self.title

    @property
    def words(self) -> tuple[str, ...]:
        """Every word naming this site: its title, its name, its phrases (each once, whatever its case)."""
        first: dict[str, str] = {}
        for word in (self.title, self.name, *self.phrases):
            first.setdefault(word.casefold(), word)
        return tuple(first.values())


@cache
def entries() -> tuple[SiteEntry, ...]:
    """Every site, in SITE_PACKAGES' order (each package imported once, here)."""
    found = []
    for package in SITE_PACKAGES:
        entry = getattr(importlib.import_module(package), "SITE", None)
        if not isinstance(entry, SiteEntry) or entry.module != package:
            raise LookupError(f"{package} ne déclare pas SITE = SiteEntry(module=__name__, …)")
        found.append(entry)
    _check_unique(found)
    return tuple(found)


def _check_unique(found: list[SiteEntry]) -> None:
    """Two sites never share a name or a word: a phrase must name one site only."""
    owner: dict[str, str] = {}
    for entry in found:
        for word in entry.words:
            other = owner.setdefault(word.casefold(), entry.name)
            if other != entry.name:
                raise LookupError(f"« {word} » désigne deux sites : {other} et {entry.name}")


def site(phrase_or_name: str) -> SiteEntry:
    """The site a name, a title or a phrase of the Gherkin refers to (case does not matter)."""
    return _find(phrase_or_name, entries(), "site")


def identity_provider(phrase_or_name: str) -> SiteEntry:
    """The identity provider a phrase refers to (e.g. the title on its button, "Ameli")."""
    return _find(phrase_or_name, identity_providers(), "fournisseur d'identité")


def account_label(phrase_or_name: str) -> str:
    """The words on the FranceConnect button of the identity provider a phrase refers to."""
    return identity_provider(phrase_or_name).account_label


def service(phrase_or_name: str) -> SiteEntry:
    """The service a phrase refers to (e.g. "impots.gouv")."""
    return _find(phrase_or_name, services(), "service")


def identity_provider_role(phrase_or_name: str) -> IdentityProvider:
    """What the identity provider a phrase refers to declares: its login form, its level."""
    role = identity_provider(phrase_or_name).identity_provider
    assert role is not None  # identity_provider() finds only sites that have one
    return role


def service_role(phrase_or_name: str) -> Service:
    """What the service a phrase refers to declares: its name at FranceConnect, the way to its button."""
    role = service(phrase_or_name).service
    assert role is not None  # service() finds only sites that have one
    return role


def identity_providers() -> tuple[SiteEntry, ...]:
    """The identity providers, in the tutorial's order (the order of FranceConnect's buttons)."""
    return tuple(entry for entry in entries() if entry.identity_provider is not None)


def services() -> tuple[SiteEntry, ...]:
    """The services that offer FranceConnect."""
    return tuple(entry for entry in entries() if entry.service is not None)


def _find(phrase: str, among: tuple[SiteEntry, ...], kind: str) -> SiteEntry:
    wanted = phrase.strip().casefold()
    for entry in among:
        if any(word.casefold() == wanted for word in entry.words):
            return entry
    known = ", ".join(" / ".join(entry.words) for entry in among)
    raise LookupError(f"{kind} inconnu « {phrase} » ; connus : {known}")
