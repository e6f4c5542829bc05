"""The ANTS's rules, as the proofreader reads them: each value is the one the site enforces."""

from __future__ import annotations

from ..rules import Rule
from .code_photo import LENGTH
from .demarche_kinds import SPACES
from .recapitulatif import SENDER
from .uploads import MAX_MB

SITE = "ants"
SPACE_NAMES = tuple(space.title for space in SPACES)
HOME_SPACE_NAMES = tuple(space.home_title for space in SPACES)  # the home page's links to them
RULES = (
    Rule(
        SITE,
        "nombre_espaces",
        "compte",
        len(SPACE_NAMES),
        ("espaces",),
        f"l'ANTS propose {len(SPACE_NAMES)} espaces : {', '.join(SPACE_NAMES)}",
        "espaces",
    ),
    Rule(
        SITE,
        "espaces_accueil",
        "compte",
        HOME_SPACE_NAMES,
        ("espaces", "page d'accueil"),
        f"la page d'accueil de l'ANTS donne accès à {len(HOME_SPACE_NAMES)} espaces : "
        f"{', '.join(HOME_SPACE_NAMES)}",
        "espaces",
    ),
    Rule(
        SITE,
        "espaces",
        "compte",
        SPACE_NAMES,
        ("espaces",),
        f"l'ANTS propose {len(SPACE_NAMES)} espaces : {', '.join(SPACE_NAMES)}",
        "espaces",
    ),
    Rule(
        SITE,
        "code_photo_caracteres",
        "format",
        LENGTH,
        ("code photo",),
        f"le code photo compte {LENGTH} chiffres et lettres",
        "caractères",
    ),
    Rule(
        SITE,
        "taille_fichier_mo",
        "format",
        MAX_MB,
        ("mo au plus", "taille"),
        f"un fichier joint pèse {MAX_MB} Mo au plus",
        "Mo",
    ),
    Rule(SITE, "courriel_expediteur", "courriel", SENDER, ("ants.gouv.fr",), f"de {SENDER}"),
)
