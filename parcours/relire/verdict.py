"""A claim's verdict and its evidence."""

from __future__ import annotations

from dataclasses import dataclass, replace

from parcours.inventory import Box

from .claims import Claim


@dataclass(frozen=True)
class Verdict:
    """A claim's verdict and its evidence: what the site shows, where, its screenshot."""

    claim: Claim
    verdict: str  # conforme, different, introuvable, non_verifiable
    constate: str | None = None
    site: str | None = None
    capture: str | None = None
    ecart_connu: str | None = None
    raison: str = ""
    boite: Box | None = None  # the element's box on the capture, to outline it

    def with_capture(self, capture: str | None) -> Verdict:
        """The same verdict with the capture that proves it."""
        return replace(self, capture=capture)
