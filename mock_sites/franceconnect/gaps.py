"""Where FranceConnect's mock deliberately differs from the bundled tutorials, and why."""

from __future__ import annotations

from mock_sites.rules import KnownGap

KNOWN_GAPS: tuple[KnownGap, ...] = (
    KnownGap(
        "franceconnect",
        ("assurance", "maladie", "ameli"),
        "Le bouton du compte se nomme « Ameli » ; le tutoriel le décrit comme « le compte de "
        "l'Assurance Maladie (Compte Ameli) ».",
        "tutoriel 000",
    ),
)
