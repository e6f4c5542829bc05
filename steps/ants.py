"""Steps of the ANTS journeys: the personal space and its three spaces."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then

from .pages.ants import EspaceAnts

QUOTED = re.compile(r'"([^"]+)"')


@then(parsers.re(r"ANTS affiche les espaces (?P<espaces>.+)"))
def ants_shows_spaces(page: Page, espaces: str) -> None:
    """Each quoted space ("Mon espace Conducteur"…) is shown with its heading."""
    titres = QUOTED.findall(espaces)
    assert titres, f"aucun espace entre guillemets dans : {espaces}"
    espace = EspaceAnts(page)
    for titre in titres:
        expect(espace.espace(titre)).to_be_visible()
