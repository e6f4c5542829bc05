"""Ameli (l'Assurance Maladie), an identity provider: NIR without its key and code confidentiel."""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.nir import NIR_HINT, check_nir_without_key, nir_without_key_of
from ..common.site import SiteConfig
from ..federation.identity_provider import create_identity_provider_app
from ..federation.roles import IdentityProvider, LoginForm

LOGIN_FORM = LoginForm(
    heading="Connexion à mon compte ameli",
    identifier_label="Numéro de sécurité sociale",
    identifier_hint=NIR_HINT,
    secret_label="Code confidentiel",
    button="Me connecter",
    bad_credentials="Numéro de sécurité sociale ou code confidentiel incorrect.",
    check_identifier=check_nir_without_key,
    identifier_of=nir_without_key_of,
)

# Tutorial 000 names the account « le Compte de l'Assurance Maladie (Compte Ameli) ».
IDENTITY_PROVIDER = IdentityProvider(
    LOGIN_FORM,
    mail_name="Ameli (l'Assurance Maladie)",
    account_label="Compte de l'Assurance Maladie (Compte Ameli)",
)
SITE = SiteEntry(
    name="ameli",
    module=__name__,
    role=Role.IDENTITY_PROVIDER,
    title="Ameli",
    identity_provider=IDENTITY_PROVIDER,
)


def create_app(config: SiteConfig) -> Flask:
    """The Ameli site."""
    return create_identity_provider_app(__name__, config, SITE.title, IDENTITY_PROVIDER)
