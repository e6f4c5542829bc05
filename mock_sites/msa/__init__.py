"""msa.fr (Mutualité sociale agricole), an identity provider: numéro de sécurité sociale of
13 digits and the password of the espace privé."""

from __future__ import annotations

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.nir import NIR_HINT, check_nir_without_key, nir_without_key_of
from ..common.site import SiteConfig
from ..federation.identity_provider import create_identity_provider_app
from ..federation.roles import IdentityProvider, LoginForm

LOGIN_FORM = LoginForm(
    heading="Connexion à mon espace privé MSA",
    identifier_label="Numéro de sécurité sociale",
    identifier_hint=NIR_HINT,
    secret_label="Mot de passe",
    button="Se connecter",
    bad_credentials="Numéro de sécurité sociale ou mot de passe incorrect.",
    check_identifier=check_nir_without_key,
    identifier_of=nir_without_key_of,  # like Ameli, the MSA knows members by the NIR without key
)
IDENTITY_PROVIDER = IdentityProvider(LOGIN_FORM, mail_name="msa.fr (Mutualité sociale agricole)")
SITE = SiteEntry(
    name="msa",
    module=__name__,
    role=Role.IDENTITY_PROVIDER,
    title="msa.fr",
    identity_provider=IDENTITY_PROVIDER,
)


def create_app(config: SiteConfig) -> Flask:
    """The msa.fr site."""
    return create_identity_provider_app(__name__, config, SITE.title, IDENTITY_PROVIDER)
