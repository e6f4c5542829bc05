"""France Identité as an identity provider of FranceConnect and FranceConnect+.

A person logs in with the e-mail address of their account and the 6-digit personal code they chose
in the app (an assumption of the mock: the real app confirms on the phone with the card). A certified
account reaches eidas3 (identity checked in a mairie, chip card read); an uncertified one eidas1 only,
enough for FranceConnect, refused by FranceConnect+.
"""

from __future__ import annotations

import re
from typing import Any

from ..common.identities import Person
from ..common.storage import get_db
from ..federation.roles import AccountStore, IdentityProvider, LoginForm
from .records import certified_at, person_of, pin_matches

CERTIFIED_LEVEL, UNCERTIFIED_LEVEL = "eidas3", "eidas1"
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def find(email: str, pin: str) -> str | None:
    """The account with this address and personal code."""
    return email if pin_matches(get_db(), email, pin) else None


def claims(email: str) -> dict[str, Any]:
    """The identity of the account's holder."""
    person = person_of(get_db(), email)
    assert person is not None  # `find` found the account
    return person.claims()


def level(email: str) -> str:
    """eidas3 once the account is certified, eidas1 before."""
    return CERTIFIED_LEVEL if certified_at(get_db(), email) is not None else UNCERTIFIED_LEVEL


def check_email(typed: str) -> str | None:
    """A clear message for something that is not an e-mail address."""
    return (
        None
        if EMAIL.fullmatch(typed)
        else "Saisissez l'adresse électronique de votre compte France Identité."
    )


def personal_code(person: Person) -> str:
    """The personal code the holder chose in the app (test data: a Holder carries it)."""
    return str(vars(person)["pin"])


LOGIN_FORM = LoginForm(
    heading="Se connecter avec France Identité",
    identifier_label="Adresse électronique",
    secret_label="Code personnel",
    button="Se connecter",
    bad_credentials="Adresse électronique ou code personnel incorrect.",
    check_identifier=check_email,
    identifier_of=lambda person: person.email,
    identifier_hint="L'adresse de votre compte France Identité",
    normalize=lambda typed: typed.strip().lower(),
    secret_of=personal_code,
)
IDENTITY_PROVIDER = IdentityProvider(
    LOGIN_FORM,
    mail_name="France Identité",
    acr=CERTIFIED_LEVEL,
    accounts=AccountStore(find=find, claims=claims, acr=level),
    low_level_hint=(
        "Votre compte France Identité n'est pas certifié : FranceConnect+ demande un compte certifié."
        " Demandez la certification dans l'application France Identité, puis faites vérifier votre"
        " identité en mairie."
    ),
)
