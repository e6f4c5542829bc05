"""The numéro de sécurité sociale (NIR) as the health and farm insurers ask for it: 13 digits, no key."""

from __future__ import annotations

from .identities import Person


def check_nir_without_key(identifier: str) -> str | None:
    """The tutorial: "numéro de sécurité sociale à 13 chiffres (sans les 2 derniers)"."""
    if len(identifier) == 15 and identifier.isdigit():
        return "Saisissez votre numéro de sécurité sociale sans la clé : 13 chiffres."
    if len(identifier) != 13 or not identifier.isdigit():
        return "Le numéro de sécurité sociale doit comporter 13 chiffres."
    return None


def nir_without_key_of(person: Person) -> str:
    """Ameli and the MSA know their members by the NIR without its key."""
    return person.nir_without_key
