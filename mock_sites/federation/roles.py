"""What a site declares to take a part in the federation: an identity provider's login form and
level, a service's name at FranceConnect and the way to its button."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..common.identities import Person
from .hubs import FRANCECONNECT


def password_of(person: Person) -> str:
    """The secret most providers ask: the account's password."""
    return person.password


def compact(identifier: str) -> str:
    """What most providers do with a typed identifier: drop the spaces people put in numbers."""
    return identifier.strip().replace(" ", "")


@dataclass(frozen=True)
class ConfirmationStep:
    """A page after the password where the person confirms the login (e.g. in the provider's app)."""

    heading: str
    explanation: str
    label: str
    button: str
    bad_code: str
    code_of: Callable[[Person], str]  # the code this person confirms with


@dataclass(frozen=True)
class LoginForm:
    """What a provider's login page asks, in its own words."""

    heading: str
    identifier_label: str
    secret_label: str
    button: str
    bad_credentials: str  # shown for an unknown account or a wrong secret
    check_identifier: Callable[[str], str | None]  # error message for a malformed identifier
    identifier_of: Callable[[Person], str]  # the identifier a person's account has here
    identifier_hint: str = ""
    normalize: Callable[[str], str] = compact  # what the provider does with the typed identifier
    confirmation: ConfirmationStep | None = None
    secret_of: Callable[[Person], str] = password_of  # the secret a person types here


@dataclass(frozen=True)
class AccountStore:
    """Accounts a site keeps in its own tables (France Identité), instead of the federation's."""

    find: Callable[[str, str], str | None]  # (identifier, secret) -> account, or None
    claims: Callable[[str], dict[str, Any]]  # the identity of an account
    acr: Callable[[str], str]  # the eIDAS level this very account reaches


@dataclass(frozen=True)
class IdentityProvider:
    """A site whose accounts FranceConnect offers (its button bears `account_label`, else the title)."""

    login_form: LoginForm
    mail_name: str  # how the connection notification names the account used
    # FranceConnect's button, in the tutorials' words for the account; empty: the site's title.
    account_label: str = ""
    acr: str = "eidas1"  # the eIDAS level its accounts reach (FranceConnect needs eidas1 or above)
    accounts: AccountStore | None = None  # None: the federation's account table
    # What FranceConnect+ tells a person whose account of this provider is below the level asked.
    low_level_hint: str = ""

    @property
    def enrolled_here(self) -> bool:
        """Whether its accounts are opened through the federation's table (by the test data, `serve`,
        a class); France Identité's are opened in its own app."""
        return self.accounts is None

    def acr_of(self, account: str) -> str:
        """The level `account` reaches: the provider's own, or the account's (France Identité)."""
        return self.accounts.acr(account) if self.accounts else self.acr


@dataclass(frozen=True)
class Service:
    """A site that offers "S'identifier avec FranceConnect"."""

    display_name: str  # what FranceConnect shows: "Continuer sur <display_name>"
    hub: str = FRANCECONNECT.site  # the hub it uses: franceconnect, or franceconnect_plus
    acr_values: str = "eidas1"  # the level it asks for (and checks in the ID token)
    home_path: str = "/"  # the page with the FranceConnect button
    path_to_franceconnect: tuple[str, ...] = ()  # the links a person follows from "/" to that page
