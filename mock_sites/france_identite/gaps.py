"""Where France Identité's mock deliberately differs from the bundled tutorials, and why."""

from __future__ import annotations

from mock_sites.rules import KnownGap

KNOWN_GAPS: tuple[KnownGap, ...] = (
    KnownGap(
        "france_identite",
        ("parametres d'affichage",),
        "« Paramètres d'affichage » et le choix d'un thème sont l'habillage de la page web d'où le "
        "tutoriel 003 a été copié, pas une étape de la certification : l'application fictive ne les a pas.",
        "tutoriel 003 ; seeds/france_identite.toml (en-tête)",
    ),
    KnownGap(
        "france_identite",
        ("choisissez un theme",),
        "Le choix d'un thème appartient à l'habillage de la page copiée (« Paramètres d'affichage »), "
        "pas au parcours de certification.",
        "tutoriel 003",
    ),
)
