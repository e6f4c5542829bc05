"""The ANTS personal space: the three spaces Conducteur, Identité and Véhicule."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


class EspaceAnts:
    """ANTS once logged in."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def espace(self, titre: str) -> Locator:
        """The section of one space, by its heading ("Mon espace Conducteur"…)."""
        return self.page.get_by_role("region", name=titre)
