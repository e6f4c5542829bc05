"""Failures an identity provider shows for some accounts, as FranceConnect's own mock providers do.

The account's `behaviour` column says how the provider misbehaves once that person has logged in:
the person types their credentials as usual, and the failure happens between the servers.
"""

from __future__ import annotations

from enum import StrEnum


class Behaviour(StrEnum):
    """How a provider treats an account; the value is stored, the description names it in steps."""

    NORMAL = ""
    SERVER_ERROR = "erreur-serveur"
    SLOW = "lent"
    INCOMPLETE = "identite-incomplete"
    FOREIGN_SIGNATURE = "signature-inconnue"
    WRONG_AUDIENCE = "autre-destinataire"

    @property
    def description(self) -> str:
        """The phrase a scenario uses for this account: `dont le compte Yris "<description>"`."""
        return DESCRIPTIONS[self]


DESCRIPTIONS: dict[Behaviour, str] = {
    Behaviour.NORMAL: "fonctionne normalement",
    Behaviour.SERVER_ERROR: "répond par une erreur serveur",
    Behaviour.SLOW: "ne répond pas à temps",
    Behaviour.INCOMPLETE: "ne transmet pas la date de naissance",
    Behaviour.FOREIGN_SIGNATURE: "signe ses jetons avec une clé inconnue",
    Behaviour.WRONG_AUDIENCE: "adresse ses jetons à un autre destinataire",
}


def behaviour_described(phrase: str) -> Behaviour:
    """The behaviour a scenario names; an unknown phrase lists the known ones."""
    for behaviour, description in DESCRIPTIONS.items():
        if description == phrase:
            return behaviour
    known = ", ".join(f"« {d} »" for d in DESCRIPTIONS.values())
    raise LookupError(f"comportement de compte inconnu : « {phrase} » (connus : {known})")
