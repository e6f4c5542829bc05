"""The mairies' rules, as the proofreader reads them: where the certification is offered."""

from __future__ import annotations

from ..rules import Rule
from .communes import EXPERIMENT_DEPARTEMENTS, MAIRIES

SITE = "mairie"
NAMES = tuple(EXPERIMENT_DEPARTEMENTS.values())
RULES = (
    Rule(
        SITE,
        "departements_certification",
        "lieu",
        NAMES,
        ("departements", "mairies"),
        f"la certification est proposée dans des mairies de {len(NAMES)} départements : {', '.join(NAMES)}",
    ),
    Rule(
        SITE,
        "nombre_departements_certification",
        "compte",
        len(NAMES),
        ("departements",),
        f"{len(NAMES)} départements expérimentent la certification",
        "départements",
    ),
    Rule(
        SITE,
        "mairies_certification",
        "lieu",
        tuple(mairie.name for mairie in MAIRIES.values() if mairie.offers_certification),
        ("mairie de",),
        "les mairies qui certifient : "
        + ", ".join(mairie.name for mairie in MAIRIES.values() if mairie.offers_certification),
    ),
)
