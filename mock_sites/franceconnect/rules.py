"""FranceConnect's rules, as the proofreader reads them: each value is the one the hub uses."""

from __future__ import annotations

from ..catalogue import identity_providers
from ..rules import Rule
from .notification import SENDER, SUBJECT_START

SITE = "franceconnect"
ACCOUNTS = tuple(entry.account_label for entry in identity_providers())  # its choice page's buttons, in order
ACCOUNT_WORDS = ("creer un compte", "compte utilisable", "comptes proposes", "comptes pour vous connecter")


def account_rules(accounts: tuple[str, ...]) -> tuple[Rule, ...]:
    """The number and the list of accounts the choice page offers (a dated profile may offer fewer)."""
    text = f"FranceConnect propose {len(accounts)} comptes : {', '.join(accounts)}"
    return (
        Rule(SITE, "nombre_comptes", "compte", len(accounts), ACCOUNT_WORDS, text, "comptes"),
        Rule(SITE, "comptes_proposes", "compte", accounts, ACCOUNT_WORDS, text, "comptes"),
    )


RULES = (
    *account_rules(ACCOUNTS),
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
