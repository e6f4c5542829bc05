"""FranceConnect's rules, as the proofreader reads them: each value is the one the hub uses."""

from __future__ import annotations

from ..catalogue import identity_providers
from ..rules import Rule
from .notification import SENDER, SUBJECT_START

SITE = "franceconnect"
ACCOUNTS = tuple(entry.account_label for entry in identity_providers())  # its choice page's buttons, in order
RULES = (
    Rule(
        SITE,
        "nombre_comptes",
        "compte",
        len(ACCOUNTS),
        ("creer un compte", "compte utilisable", "comptes proposes", "comptes pour vous connecter"),
        f"FranceConnect propose {len(ACCOUNTS)} comptes : {', '.join(ACCOUNTS)}",
        "comptes",
    ),
    Rule(
        SITE,
        "comptes_proposes",
        "compte",
        ACCOUNTS,
        ("creer un compte", "compte utilisable", "comptes proposes", "comptes pour vous connecter"),
        f"FranceConnect propose {len(ACCOUNTS)} comptes : {', '.join(ACCOUNTS)}",
        "comptes",
    ),
    Rule(SITE, "courriel_expediteur", "courriel", SENDER, ("franceconnect.gouv.fr",), f"de {SENDER}"),
    Rule(
        SITE,
        "courriel_objet",
        "courriel",
        SUBJECT_START,
        ("notification de connexion",),
        f"le courriel de connexion a pour objet « {SUBJECT_START} … grâce à FranceConnect »",
    ),
)
