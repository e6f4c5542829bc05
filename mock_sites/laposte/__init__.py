"""L'Identité Numérique La Poste, an identity provider: e-mail and password, then a confirmation
in the La Poste app (modelled as its secret code typed on the page), at eIDAS level substantial."""

from __future__ import annotations

import hashlib
import re

from flask import Flask

from ..catalogue import Role, SiteEntry
from ..common.identities import Person
from ..common.site import SiteConfig
from ..federation.identity_provider import create_identity_provider_app
from ..federation.roles import ConfirmationStep, IdentityProvider, LoginForm

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_email(identifier: str) -> str | None:
    """An address of the form nom@domaine.fr."""
    if not EMAIL.match(identifier):
        return "Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr."
    return None


def identifier_of(person: Person) -> str:
    """An Identité Numérique is known by the person's e-mail address."""
    return person.email


def app_code(person: Person) -> str:
    """The 4-digit secret code the person chose in the app (derived, so tests and `serve` know it)."""
    digest = hashlib.sha256(f"laposte-app:{person.nir}:{person.password}".encode()).digest()
    return f"{int.from_bytes(digest[:4], 'big') % 10_000:04d}"


LOGIN_FORM = LoginForm(
    heading="Connexion à L'Identité Numérique La Poste",
    identifier_label="Adresse électronique",
    secret_label="Mot de passe",
    button="Se connecter",
    bad_credentials="Adresse électronique ou mot de passe incorrect.",
    check_identifier=check_email,
    identifier_of=identifier_of,
    normalize=lambda typed: typed.strip().lower(),
    confirmation=ConfirmationStep(
        heading="Confirmez votre connexion",
        explanation=(
            "Une demande de confirmation a été envoyée à l'application L'Identité Numérique "
            "sur votre téléphone. Confirmez avec le code secret de l'application."
        ),
        label="Code secret de l'application",
        button="Valider",
        bad_code="Code secret incorrect. Vérifiez le code de votre application L'Identité Numérique.",
        code_of=app_code,
    ),
)
IDENTITY_PROVIDER = IdentityProvider(LOGIN_FORM, mail_name="Identité Numérique La Poste", acr="eidas2")
SITE = SiteEntry(
    name="laposte",
    module=__name__,
    role=Role.IDENTITY_PROVIDER,
    title="Identité Numérique La Poste",
    identity_provider=IDENTITY_PROVIDER,
)


def create_app(config: SiteConfig) -> Flask:
    """The Identité Numérique La Poste site."""
    return create_identity_provider_app(__name__, config, SITE.title, IDENTITY_PROVIDER)
