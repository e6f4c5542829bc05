"""Steps checking where a tutorial says an element is on the page."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import parsers, then

from .pages.disposition import verifier_place

_GENRE = r"(?P<genre>le lien|le bouton|la rubrique|le titre|l'encadré)"
_PLACE = r"(?P<place>en haut à droite|à gauche|à droite)"


@then(parsers.re(rf'{_GENRE} "(?P<nom>[^"]+)" est {_PLACE} de la page'))
def element_is_placed(page: Page, genre: str, nom: str, place: str) -> None:
    """The element lies wholly in that third of the page."""
    verifier_place(page, genre, nom, place)


@then(parsers.re(rf'{_GENRE} "(?P<nom>[^"]+)" n\'est pas {_PLACE} de la page'))
def element_is_not_placed(page: Page, genre: str, nom: str, place: str) -> None:
    """The element does not lie in that third of the page."""
    verifier_place(page, genre, nom, place, oui=False)
