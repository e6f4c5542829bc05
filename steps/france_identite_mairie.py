"""Steps at the mairie: the person shows their card and QR code, the agent checks and decides on the
portal (the agent's own computer), and time passes until the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import BrowserContext, Page, expect
from pytest_bdd import parsers, then, when

from parcours.report.secrets import SecretValues
from parcours_mock_sites.testing import Clock, RunningSites
from parcours_mock_sites.testing.france_identite import Holder, agent_of

from .france_identite import run_scheduler
from .pages.ecran import Ecran
from .pages.france_identite import QrCode
from .pages.mairie import ConnexionAgent, DemandeAgent, LectureQrCode


@dataclass(frozen=True)
class Visite:
    """The person at a mairie's desk, with the picture of the QR code their phone shows."""

    commune: str
    qr_code: bytes


@pytest.fixture
def poste_agent(new_context: Callable[..., BrowserContext]) -> Page:
    """The agent's computer: a desktop browser of its own, apart from the person's phone."""
    return new_context().new_page()


@when(
    parsers.parse("je me rends à la mairie de {commune} avec ma carte d'identité et mon QR code"),
    target_fixture="visite",
)
def go_to_mairie(page: Page, commune: str) -> Visite:
    """The QR code the phone shows, as the agent's scanner sees it."""
    return Visite(commune, QrCode(page).montrer())


@when("l'agent de la mairie se connecte au portail des agents")
def agent_logs_in(
    poste_agent: Page, mock_sites: RunningSites, visite: Visite, secret_values: SecretValues
) -> None:
    """The agent's own account at that mairie."""
    agent = agent_of(mock_sites.seed, visite.commune)
    secret_values.add(agent.password)
    ConnexionAgent(poste_agent, mock_sites.url("mairie")).se_connecter(agent.login, agent.password)


@when("l'agent lit mon QR code")
def agent_reads_qr(poste_agent: Page, visite: Visite) -> None:
    """The picture of the QR code, uploaded to the portal."""
    LectureQrCode(poste_agent).lire(visite.qr_code)


@then("l'agent voit ma demande avec les informations de ma carte d'identité")
def agent_sees_request(poste_agent: Page, usager: Holder) -> None:
    """The card the app read: names, birth date, number."""
    demande = DemandeAgent(poste_agent)
    expect(demande.titre).to_be_visible()
    expect(demande.ligne("Nom")).to_have_text(usager.card.family_name)
    expect(demande.ligne("Prénom")).to_have_text(usager.card.given_name)
    year, month, day = usager.card.birthdate.split("-")
    expect(demande.ligne("Date de naissance")).to_have_text(f"{day}/{month}/{year}")
    expect(demande.ligne("Numéro de la carte")).to_have_text(usager.card.number)


@when("l'agent compare ma carte d'identité à la demande et valide mon identité", target_fixture="decision")
def agent_validates(poste_agent: Page, usager: Holder, clock: Clock) -> float:
    """The number of the card shown matches: validated. Returns when, for the 24–48 h."""
    DemandeAgent(poste_agent).valider(usager.card.number)
    expect(Ecran(poste_agent).titre("Décision enregistrée")).to_be_visible()
    return clock.now()


@when("l'agent saisit le numéro d'une autre carte d'identité et valide")
def agent_types_other_card(poste_agent: Page, usager: Holder) -> None:
    """A card that is not the one the app read."""
    other = usager.card.number[::-1] if usager.card.number[::-1] != usager.card.number else "AAAAAAAAA"
    DemandeAgent(poste_agent).valider(other)


@when(parsers.parse('l\'agent refuse la certification avec le motif "{motif}"'), target_fixture="decision")
def agent_refuses(poste_agent: Page, clock: Clock, motif: str) -> float:
    """Refused, with the reason the person will read. Returns when, for the 24–48 h."""
    DemandeAgent(poste_agent).refuser(motif)
    expect(Ecran(poste_agent).titre("Décision enregistrée")).to_be_visible()
    return clock.now()


@then(parsers.parse('le portail des agents affiche le message "{message}"'))
def portal_says(poste_agent: Page, message: str) -> None:
    """The portal shows this sentence."""
    expect(Ecran(poste_agent).texte(message, exact=True)).to_be_visible()


@then("l'agent ne peut pas lire de QR code")
def no_qr_reading(poste_agent: Page) -> None:
    """No upload field on the portal of this mairie."""
    expect(Ecran(poste_agent).champ("Image du QR code de l'usager")).to_have_count(0)


@when(parsers.parse("{heures:d} heures se sont écoulées depuis la décision de l'agent"))
def hours_since_decision(clock: Clock, mock_sites: RunningSites, decision: float, heures: int) -> None:
    """The shared clock moves to that many hours after the decision; the app's scheduler runs."""
    clock.advance(max(0.0, decision + heures * 3600 - clock.now()))
    run_scheduler(mock_sites)
