"""The MSA's rules, as the proofreader reads them: the NIR its login form checks."""

from __future__ import annotations

from ..common.nir import NIR_DIGITS
from ..rules import Rule

SITE = "msa"
RULES = (
    Rule(
        SITE,
        "nir_chiffres",
        "format",
        NIR_DIGITS,
        ("securite sociale",),
        f"le numéro de sécurité sociale se saisit sur {NIR_DIGITS} chiffres, sans la clé",
        "chiffres",
    ),
)
