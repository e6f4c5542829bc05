"""Where FranceConnect's mock deliberately differs from the bundled tutorials, and why."""

from __future__ import annotations

from ..rules import KnownGap

KNOWN_GAPS: tuple[KnownGap, ...] = (
    KnownGap(
        "franceconnect",
        ("5 services",),
        "La page de choix montre six comptes : France Identité s'y est ajouté après le tutoriel 000 "
        "(voir les profils par date, --profil).",
        "tutoriel 000 ; profils",
    ),
    KnownGap(
        "franceconnect",
        ("assurance", "maladie", "ameli"),
        "Le bouton du compte se nomme « Ameli » ; le tutoriel le décrit comme « le compte de "
        "l'Assurance Maladie (Compte Ameli) ».",
        "tutoriel 000",
    ),
)
