"""Steps of the ANTS journeys: the home page, the three spaces, their shortcuts and blue buttons."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when

from .pages.ants import EspaceAnts, EspacePublicAnts, MonEspace, PortailAnts, est_bleu

QUOTED = re.compile(r'"([^"]+)"')


def quoted(texte: str) -> list[str]:
    """The quoted words of a step ("a", "b" et "c")."""
    mots = QUOTED.findall(texte)
    assert mots, f"aucun mot entre guillemets dans : {texte}"
    return mots


@then(parsers.re(r"ANTS affiche les espaces (?P<espaces>.+)"))
def ants_shows_spaces(page: Page, espaces: str) -> None:
    """Each quoted space ("Mon espace Conducteur"…) is shown with its heading."""
    espace = EspaceAnts(page)
    for titre in quoted(espaces):
        expect(espace.espace(titre)).to_be_visible()


@then(parsers.re(r"la page d'accueil de l'ANTS présente les espaces (?P<espaces>.+)"))
def home_shows_spaces(page: Page, espaces: str) -> None:
    """The home page links to the three spaces, by these names and in this order, before any login."""
    expect(PortailAnts(page).espaces).to_have_text(quoted(espaces))


@then(parsers.re(r"l'espace de l'ANTS présente les démarches (?P<demarches>.+)"))
def public_space_lists_demarches(page: Page, demarches: str) -> None:
    """A space's public page links to its démarches, in this order."""
    expect(EspacePublicAnts(page).demarches).to_have_text(quoted(demarches))


@then("l'ANTS me demande de préparer au format numérique :")
def documents_to_prepare(page: Page, datatable: list[list[str]]) -> None:
    """The list « Avant de commencer », in the tutorial's order."""
    expect(PortailAnts(page).pieces_a_preparer).to_have_text([row[0] for row in datatable])


@when(parsers.parse('je clique sur le raccourci "{lien}" de "{espace}"'))
def click_shortcut(page: Page, lien: str, espace: str) -> None:
    """A shortcut inside one space's section."""
    EspaceAnts(page).raccourci(espace, lien).click()


@when(parsers.parse('je clique sur le bouton bleu "{nom}"'))
def click_blue_button(page: Page, nom: str) -> None:
    """The tutorial's blue button of a space, which shows its démarches en cours."""
    bouton = EspaceAnts(page).bouton_bleu(nom)
    expect(bouton).to_be_visible()
    assert est_bleu(bouton), f"le bouton « {nom} » n'est pas bleu"
    bouton.click()


@then(parsers.parse('ma démarche "{titre}" est en cours, à l\'étape "{etape}", "{etat}"'))
def demarche_in_progress(page: Page, titre: str, etape: str, etat: str) -> None:
    """The space lists it among the démarches en cours, with its step and whether it was saved."""
    ligne = MonEspace(page).demarche_en_cours(titre)
    expect(ligne).to_have_count(1)
    expect(ligne.get_by_role("cell")).to_have_text([titre, etat, etape, "Reprendre"])


@then(parsers.parse('ma démarche "{titre}" n\'est plus en cours'))
def demarche_not_in_progress(page: Page, titre: str) -> None:
    """It left the démarches en cours, and is among the finished ones."""
    espace = MonEspace(page)
    expect(espace.terminees.get_by_role("row").filter(has_text=titre)).to_have_count(1)
    expect(espace.demarche_en_cours(titre)).to_have_count(0)


@when(parsers.parse('je reprends ma démarche "{titre}"'))
def resume(page: Page, titre: str) -> None:
    """« Reprendre » on its row."""
    MonEspace(page).reprendre(titre)


@when("je ferme mon navigateur")
def close_browser(page: Page) -> None:
    """Closing the browser ends its sessions: every session cookie is gone, the page is left."""
    page.context.clear_cookies()
    page.goto("about:blank")


@then("l'ANTS n'affiche aucune démarche en cours")
def no_demarche_in_progress(page: Page) -> None:
    """The space's list of démarches en cours is empty."""
    expect(page.get_by_text("Aucune démarche en cours.")).to_be_visible()
    expect(MonEspace(page).en_cours).to_have_count(0)


@when("je note l'adresse de la page", target_fixture="adresse_notee")
def note_address(page: Page) -> str:
    """The address in the browser's bar, as a person bookmarks it."""
    return page.url


@when("je rouvre l'adresse notée")
def reopen_address(page: Page, adresse_notee: str) -> None:
    """Open the bookmarked address again."""
    page.goto(adresse_notee)
