"""Ameli (l'Assurance Maladie), an identity provider: NIR of 13 digits and code confidentiel."""

from __future__ import annotations

from flask import Flask

from ..common.identities import Person
from ..common.identity_provider import LoginForm, create_identity_provider_app
from ..common.site import SiteConfig
from ..federation import identity_provider


def check_nir_without_key(identifier: str) -> str | None:
    """The tutorial: "numéro de sécurité sociale à 13 chiffres (sans les 2 derniers)"."""
    if len(identifier) == 15 and identifier.isdigit():
        return "Saisissez votre numéro de sécurité sociale sans la clé : 13 chiffres."
    if len(identifier) != 13 or not identifier.isdigit():
        return "Le numéro de sécurité sociale doit comporter 13 chiffres."
    return None


def identifier_of(person: Person) -> str:
    """An Ameli account is known by the NIR without its key."""
    return person.nir_without_key


LOGIN_FORM = LoginForm(
    heading="Connexion à mon compte ameli",
    identifier_label="Numéro de sécurité sociale",
    identifier_hint="13 chiffres, sans la clé",
    secret_label="Code confidentiel",
    button="Me connecter",
    bad_credentials="Numéro de sécurité sociale ou code confidentiel incorrect.",
    check_identifier=check_nir_without_key,
    identifier_of=identifier_of,
)


def create_app(config: SiteConfig) -> Flask:
    """The Ameli site."""
    return create_identity_provider_app(__name__, config, identity_provider("ameli"), LOGIN_FORM)
