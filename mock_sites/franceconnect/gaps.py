"""Where FranceConnect's mock deliberately differs from the bundled tutorials, and why."""

from __future__ import annotations

from mock_sites.rules import KnownGap

KNOWN_GAPS: tuple[KnownGap, ...] = ()
