"""impots.gouv.fr as an identity provider: the numéro fiscal and the password of the espace particulier."""

from __future__ import annotations

from stdnum.fr import nif

from ..common.identities import Person
from ..federation.roles import LoginForm

NUMERO_FISCAL_DIGITS = 13  # the tutorial: "Numéro fiscal (13 chiffres)"


def check_numero_fiscal(identifier: str) -> str | None:
    """NUMERO_FISCAL_DIGITS digits whose check digits are right."""
    if len(identifier) != NUMERO_FISCAL_DIGITS or not identifier.isdigit():
        return f"Le numéro fiscal doit comporter {NUMERO_FISCAL_DIGITS} chiffres."
    if not nif.is_valid(identifier):
        return "Ce numéro fiscal n'est pas valide : vérifiez-le sur votre dernière déclaration."
    return None


def identifier_of(person: Person) -> str:
    """An espace particulier is known by the numéro fiscal."""
    return person.numero_fiscal


LOGIN_FORM = LoginForm(
    heading="Connexion à votre espace particulier",
    identifier_label="Numéro fiscal",
    identifier_hint=f"{NUMERO_FISCAL_DIGITS} chiffres",
    secret_label="Mot de passe",
    button="Connexion",
    bad_credentials="Numéro fiscal ou mot de passe incorrect.",
    check_identifier=check_numero_fiscal,
    identifier_of=identifier_of,
)
