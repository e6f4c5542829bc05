"""The numéro de sécurité sociale (NIR) as the health and farm insurers ask for it: no key."""

from __future__ import annotations

from .identities import Person

NIR_DIGITS = 13  # the tutorial: « numéro de sécurité sociale à 13 chiffres (sans les 2 derniers) »
NIR_KEY_DIGITS = 2
NIR_HINT = f"{NIR_DIGITS} chiffres, sans la clé"


def check_nir_without_key(identifier: str) -> str | None:
    """The tutorial: "numéro de sécurité sociale à 13 chiffres (sans les 2 derniers)"."""
    if len(identifier) == NIR_DIGITS + NIR_KEY_DIGITS and identifier.isdigit():
        return f"Saisissez votre numéro de sécurité sociale sans la clé : {NIR_DIGITS} chiffres."
    if len(identifier) != NIR_DIGITS or not identifier.isdigit():
        return f"Le numéro de sécurité sociale doit comporter {NIR_DIGITS} chiffres."
    return None


def nir_without_key_of(person: Person) -> str:
    """Ameli and the MSA know their members by the NIR without its key."""
    return person.nir_without_key
