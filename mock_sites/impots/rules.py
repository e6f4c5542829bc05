"""impots.gouv.fr's rules, as the proofreader reads them: each value is the one the site enforces."""

from __future__ import annotations

from ..rules import Rule
from .creation.records import LINK_LIFETIME
from .identity import NUMERO_FISCAL_DIGITS

SITE = "impots"
RULES = (
    Rule(
        SITE,
        "numero_fiscal_chiffres",
        "format",
        NUMERO_FISCAL_DIGITS,
        ("numero fiscal",),
        f"le numéro fiscal compte {NUMERO_FISCAL_DIGITS} chiffres",
        "chiffres",
    ),
    Rule(
        SITE,
        "lien_activation_heures",
        "delai",
        LINK_LIFETIME // 3600,
        ("activation",),
        f"le lien d'activation est valable {LINK_LIFETIME // 3600} heures",
        "heures",
    ),
)
