"""Yris, an identity provider known for its mobile app: mobile phone number and password."""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.identities import Person
from ..common.site import SiteConfig
from ..federation.identity_provider import create_identity_provider_app
from ..federation.roles import IdentityProvider, LoginForm


def check_mobile(identifier: str) -> str | None:
    """A French mobile number: 10 digits starting with 06 or 07."""
    if len(identifier) != 10 or not identifier.isdigit() or identifier[:2] not in ("06", "07"):
        return "Le numéro de téléphone mobile doit comporter 10 chiffres et commencer par 06 ou 07."
    return None


def identifier_of(person: Person) -> str:
    """A Yris account is known by the mobile number the app runs on."""
    return person.phone


LOGIN_FORM = LoginForm(
    heading="Connexion à votre compte Yris",
    identifier_label="Numéro de téléphone mobile",
    identifier_hint="10 chiffres, par exemple 06 12 34 56 78",
    secret_label="Mot de passe",
    button="Se connecter",
    bad_credentials="Numéro de téléphone ou mot de passe incorrect.",
    check_identifier=check_mobile,
    identifier_of=identifier_of,
)
IDENTITY_PROVIDER = IdentityProvider(LOGIN_FORM, mail_name="Yris")
SITE = SiteEntry(
    name="yris",
    module=__name__,
    role=Role.IDENTITY_PROVIDER,
    title="Yris",
    identity_provider=IDENTITY_PROVIDER,
)


def create_app(config: SiteConfig) -> Flask:
    """The Yris site."""
    return create_identity_provider_app(__name__, config, SITE.title, IDENTITY_PROVIDER)
