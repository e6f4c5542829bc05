"""Where impots.gouv.fr's mock deliberately differs from the bundled tutorials, and why."""

from __future__ import annotations

from mock_sites.rules import KnownGap

KNOWN_GAPS: tuple[KnownGap, ...] = (
    KnownGap(
        "impots",
        ("application", "impots.gouv", "mobile"),
        "Le tutoriel 000 cite seulement l'application Impots.gouv « sur mobile et tablette », sans en "
        "décrire un écran ni un geste : rien de précis à reproduire, la déclaration se fait sur le site.",
        "tutoriel 000, « Utiliser le site des impôts »",
    ),
)
