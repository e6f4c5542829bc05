"""msa.fr (Mutualité sociale agricole), an identity provider: numéro de sécurité sociale of
13 digits and the password of the espace privé."""

from __future__ import annotations

from flask import Flask

from ..ameli import check_nir_without_key
from ..ameli import identifier_of as nir_without_key_of
from ..common.identity_provider import LoginForm, create_identity_provider_app
from ..common.site import SiteConfig
from ..federation import identity_provider

LOGIN_FORM = LoginForm(
    heading="Connexion à mon espace privé MSA",
    identifier_label="Numéro de sécurité sociale",
    identifier_hint="13 chiffres, sans la clé",
    secret_label="Mot de passe",
    button="Se connecter",
    bad_credentials="Numéro de sécurité sociale ou mot de passe incorrect.",
    check_identifier=check_nir_without_key,
    identifier_of=nir_without_key_of,  # like Ameli, the MSA knows members by the NIR without key
)


def create_app(config: SiteConfig) -> Flask:
    """The msa.fr site."""
    return create_identity_provider_app(__name__, config, identity_provider("msa"), LOGIN_FORM)
