"""The account a usager logs in with at an identity provider, wherever the journey runs.

Steps ask for "the account to use at provider X" and do not care where it comes from: a person the
test-data API enrolled at the bundled sites (`TestData`), or the accounts of an outside environment
read from a cible file (`parcours.cible`). Both give the steps a `Usager`, and sites by address.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..catalogue import identity_provider, identity_provider_role
from ..common.identities import Person


@dataclass(frozen=True)
class Account:
    """What a person types at one identity provider to log in."""

    provider: str  # the provider's site name ("ameli")
    identifier: str
    secret: str
    confirmation_code: str | None = None  # for a provider that asks to confirm (La Poste's app)


@dataclass(frozen=True)
class TargetUsager:
    """The usager of an outside environment: the name services greet them by, and their accounts."""

    full_name: str
    accounts: Mapping[str, Account] = field(default_factory=dict)  # by provider site name


# The usager of a journey: a generated person at the bundled sites, or an outside environment's.
Usager = Person | TargetUsager


class AccountSource(Protocol):
    """Where a journey gets its usager with accounts at some identity providers."""

    def usager_with_accounts(self, providers: Sequence[str]) -> Usager:
        """A usager with an account at each provider (by button title: "Ameli", "msa.fr")."""
        ...


class SiteAddresses(Protocol):
    """Where the sites of a journey are (the bundled sites, or an outside environment's)."""

    def url(self, name: str, path: str = "") -> str:
        """Public URL of the site `name` (a catalogue name)."""
        ...


def account_of(usager: Usager, provider_title: str) -> Account:
    """The account `usager` logs in with at the provider whose button reads `provider_title`."""
    site = identity_provider(provider_title).name
    if isinstance(usager, TargetUsager):
        if site not in usager.accounts:
            raise LookupError(
                f"la cible ne donne aucun compte {provider_title} : ajoutez [comptes.{site}] au fichier "
                "--cible, ou retirez @cible de ce scénario"
            )
        return usager.accounts[site]
    form = identity_provider_role(site).login_form
    code = form.confirmation.code_of(usager) if form.confirmation else None
    return Account(site, form.identifier_of(usager), form.secret_of(usager), code)
