"""Where an element sits on the page, in a tutorial's words: « en haut à droite », « à gauche »."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

# The tutorial's word for an element → its ARIA role.
ROLES = {
    "le lien": "link",
    "le bouton": "button",
    "la rubrique": "region",
    "le titre": "heading",
    "l'encadré": "complementary",
}


def element(page: Page, genre: str, nom: str) -> Locator:
    """The element a tutorial names: « le lien "Votre espace particulier" », « la rubrique "…" »."""
    return page.get_by_role(ROLES[genre], name=nom, exact=True)  # type: ignore[arg-type]


def places(page: Page, locator: Locator) -> set[str]:
    """Every tutorial word for where the visible element lies: each third it fits in wholly."""
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    viewport = page.viewport_size
    assert box is not None and viewport is not None, "l'élément n'a pas de boîte sur la page"
    third, top_third = viewport["width"] / 3, viewport["height"] / 3
    found = set()
    if box["x"] + box["width"] <= third:
        found.add("à gauche")
    if box["x"] >= 2 * third:
        found.add("à droite")
        if box["y"] + box["height"] <= top_third:
            found.add("en haut à droite")
    return found


def verifier_place(page: Page, genre: str, nom: str, place: str, oui: bool = True) -> None:
    """The element lies (or does not lie) wholly in the third of the page the tutorial names."""
    found = places(page, element(page, genre, nom))
    where = ", ".join(sorted(found)) or "au milieu de la page"
    assert (place in found) == oui, (
        f"{genre} « {nom} » : attendu {'' if oui else 'pas '}{place}, trouvé {where}"
    )
