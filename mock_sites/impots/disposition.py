"""Where impots.gouv.fr places the things the tutorial locates on the page, read by its templates."""

from __future__ import annotations

# The tutorial's words for a place → the CSS class of impots' layout (mise_en_page.html) that puts
# an element there on a desktop page; a phone's narrow page stacks everything in one column.
CLASSES = {"en haut à droite": "place-haut-droite", "à gauche": "place-gauche", "à droite": "place-droite"}

# What the tutorial locates, by the rule key its place is declared under (see rules.py).
ESPACE_PARTICULIER = "en haut à droite"  # the portal's « Votre espace particulier »
CONNEXION_CREATION = "à gauche"  # the rubrique « Connexion ou Création de votre espace »
VOS_INFORMATIONS = "à gauche"  # the creation's step « Vos informations »
FRANCECONNECT = "à droite"  # « Ou connectez-vous avec FranceConnect », beside the rubrique

PLACES = {
    "position_espace_particulier": ESPACE_PARTICULIER,
    "position_connexion_creation": CONNEXION_CREATION,
    "position_vos_informations": VOS_INFORMATIONS,
    "position_franceconnect": FRANCECONNECT,
}


def place(key: str) -> str:
    """The CSS class putting the element of rule `key` where the site declares it."""
    return CLASSES[PLACES[key]]
