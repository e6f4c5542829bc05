"""Mails cross real SMTP (aiosmtpd on loopback) and show in the webmail, each person in their own box."""

from __future__ import annotations

import re
import secrets
import smtplib
from email.message import EmailMessage
from email.policy import SMTPUTF8
from html import unescape

import pytest

from mock_sites.common.identities import MAIL_DOMAIN
from mock_sites.common.mail import send_mail
from mock_sites.runner import RunningSites

from .browserless import Browserless, Page

SUBJECT = "Votre démarche « Déclaration de revenus » a été enregistrée — à vérifier"
HTML = (
    '<p>Bonjour Hélène,</p><p>Vérifiez votre démarche : <a href="http://impots.localhost:1/suivi?id=42">'
    'suivre ma démarche</a> ou <a href="http://impots.localhost:1/aide">obtenir de l\'aide</a>.</p>'
)


def new_address(name: str = "usager") -> str:
    """A fresh address at the reserved domain, so tests never read each other's mail."""
    return f"{name}.{secrets.token_hex(4)}@{MAIL_DOMAIN}"


def open_box(browser: Browserless, address: str) -> Page:
    """Type one's address on the webmail's home page."""
    browser.get(browser.sites.url("messagerie", "/"))
    return browser.submit({"adresse": address})


def open_mail(browser: Browserless, box: Page, subject: str) -> Page:
    """Click the mail with this subject in the box listed on `box`."""
    match = re.search(r'<a href="([^"]+)">' + re.escape(subject) + "</a>", box.text)
    assert match, f"no mail {subject!r} in:\n{box.text}"
    return browser.get(browser.sites.url("messagerie", match.group(1)))


def test_a_mail_sent_by_a_site_shows_in_the_webmail(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    address = new_address("helene")
    # Sent from another site than the webmail: the only way between them is the SMTP server.
    with mock_sites.app("impots").app_context():
        send_mail("impots.gouv <ne-pas-repondre@impots.gouv.fr>", address, SUBJECT, "Texte brut.", HTML)

    box = open_box(browserless, address)
    assert box.url == mock_sites.url("messagerie", "/boite")
    assert f"Boîte de réception de {address}" in box.text
    mail = open_mail(browserless, box, SUBJECT)
    assert mail.status == 200
    assert f"<h1>{SUBJECT}</h1>" in mail.text  # accents, guillemets and dash intact
    assert 'href="http://impots.localhost:1/suivi?id=42">suivre ma démarche</a>' in mail.text
    assert "obtenir de l'aide" in mail.text
    assert "Site fictif — environnement de test" in mail.text


def test_the_webmail_reads_what_arrives_over_smtp(mock_sites: RunningSites, browserless: Browserless) -> None:
    assert mock_sites.smtp is not None
    first, second = new_address("premier"), new_address("second")
    message = EmailMessage(policy=SMTPUTF8)
    message["From"] = "Mairie <mairie@parcours.test>"
    message["To"] = f"{first}, {second}"
    message["Subject"] = "Récépissé de dépôt — pièce d'identité"
    message.set_content("Votre rendez-vous est confirmé.\nÀ bientôt.")
    with smtplib.SMTP(mock_sites.smtp.hostname, mock_sites.smtp.port, timeout=10) as smtp:
        refused = smtp.send_message(message)
    assert refused == {}

    for address in (first, second):
        browser = Browserless(mock_sites)
        mail = open_mail(browser, open_box(browser, address), "Récépissé de dépôt — pièce d'identité")
        # SMTP carries CRLF line ends; a <pre> shows them as plain line breaks.
        assert '<pre class="corps">Votre rendez-vous est confirmé.\nÀ bientôt.' in mail.text.replace(
            "\r\n", "\n"
        )


def test_boxes_are_isolated(mock_sites: RunningSites, browserless: Browserless) -> None:
    alice, bob = new_address("alice"), new_address("bob")
    with mock_sites.app("franceconnect").app_context():
        send_mail("FranceConnect <ne-pas-repondre@franceconnect.gouv.fr>", alice, "Pour Alice seulement", "A")

    alice_box = open_box(browserless, alice)
    mail_link = re.search(r'href="(/boite/\d+)">Pour Alice seulement', alice_box.text)
    assert mail_link

    other = Browserless(mock_sites)
    bob_box = open_box(other, bob)
    assert "Aucun courriel." in bob_box.text
    assert "Pour Alice seulement" not in bob_box.text
    # Bob cannot read Alice's mail by its address either.
    assert other.get(mock_sites.url("messagerie", mail_link.group(1))).status == 404


@pytest.mark.parametrize("address", ["  Majuscules.{}@PARCOURS.TEST ", "majuscules.{}@parcours.test"])
def test_an_address_opens_the_same_box_whatever_its_case(
    mock_sites: RunningSites, browserless: Browserless, address: str
) -> None:
    token = secrets.token_hex(4)
    with mock_sites.app("messagerie").app_context():
        send_mail("a@parcours.test", f"Majuscules.{token}@Parcours.test", "Casse", "x")
    box = open_box(browserless, address.format(token))
    assert "Casse</a>" in unescape(box.text)


def test_without_an_address_the_box_stays_closed(mock_sites: RunningSites, browserless: Browserless) -> None:
    page = browserless.get(mock_sites.url("messagerie", "/boite"))
    assert page.url == mock_sites.url("messagerie", "/")
    assert "Ouvrir ma boîte aux lettres" in page.text


def test_an_html_mail_is_sanitised_and_the_webmail_runs_no_script(
    mock_sites: RunningSites, browserless: Browserless
) -> None:
    address = new_address("piege")
    hostile = (
        '<p>Bonjour</p><script>alert(1)</script><img src="x" onerror="alert(2)">'
        '<a href="javascript:x()">lien</a>'
    )
    with mock_sites.app("impots").app_context():
        send_mail("a@parcours.test", address, "Courriel piégé", "Texte brut.", hostile)
    mail = open_mail(browserless, open_box(browserless, address), "Courriel piégé")
    assert "<p>Bonjour</p>" in mail.text
    assert "<script" not in mail.text and "onerror" not in mail.text and "javascript:" not in mail.text
    policy = mock_sites.app("messagerie").test_client().get("/").headers["Content-Security-Policy"]
    assert "script-src 'none'" in policy and "default-src 'none'" in policy
