"""The 2021 online tax return: its validation rules (pure functions), then the site through Flask's test
clients — FranceConnect login with Ameli, the five steps, the calendar, the accusé mailed as a PDF."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime

import pytest
from pypdf import PdfReader

from mock_sites.common.clock import Clock
from mock_sites.common.storage import connect
from mock_sites.impots.declaration.calendrier import NON_RESIDENT, PARIS
from mock_sites.impots.declaration.documents import RECEIPT_SUBJECT
from mock_sites.impots.declaration.formulaire import (
    amount,
    income_errors,
    personal_errors,
    reference_income,
    taxable_salary,
)
from mock_sites.messagerie.mailbox import inbox
from mock_sites.runner import RunningSites
from mock_sites.testing import Person, Situation, TestData

from .browserless import Browserless, login_through_franceconnect

PERSONAL = {
    "nom": "Martin",
    "prenom": "Hélène",
    "rue": "249 rue Vendôme",
    "code_postal": "69003",
    "commune": "Lyon",
    "situation": "célibataire",
    "personnes_a_charge": "0",
}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("23500", 23500), ("23 500", 23500), (" 0 ", 0), ("", 0), ("23500,50", None), ("23.5", None),
     ("-100", None), ("douze", None), ("1e6", None), ("999999999", None)],
)  # fmt: skip
def test_an_amount_is_a_whole_number_of_euros(typed: str, expected: int | None) -> None:
    assert amount(typed) == expected


def test_a_box_that_is_not_an_amount_gets_a_french_message_naming_it() -> None:
    errors = income_errors({"1AJ": "23 500,50", "1BJ": "12000"}, {"1AJ": "", "1BJ": ""})
    assert list(errors) == ["1AJ"]
    assert errors["1AJ"].startswith("Case 1AJ : saisissez un montant en euros")


@pytest.mark.parametrize(
    ("changed", "field"),
    [({"nom": " "}, "nom"), ({"code_postal": "6900"}, "code_postal"),
     ({"code_postal": "69OO3"}, "code_postal"),
     ({"situation": "autre"}, "situation"), ({"personnes_a_charge": "deux"}, "personnes_a_charge"),
     ({"personnes_a_charge": "21"}, "personnes_a_charge")],
)  # fmt: skip
def test_personal_information_is_checked(changed: dict[str, str], field: str) -> None:
    assert personal_errors(PERSONAL, abroad=False) == {}
    assert list(personal_errors(PERSONAL | changed, abroad=False)) == [field]


def test_a_non_resident_has_no_french_postcode() -> None:
    assert personal_errors(PERSONAL | {"code_postal": "1000"}, abroad=True) == {}


@pytest.mark.parametrize(("salary", "taxable"), [(0, 0), (3000, 2552), (30000, 27000), (200000, 187348)])
def test_salaries_lose_the_bounded_10_percent_deduction(salary: int, taxable: int) -> None:
    assert taxable_salary(salary) == taxable


def test_the_rfr_adds_both_declarants() -> None:
    assert reference_income({"1AJ": "30 000", "1BJ": "20000"}, {"1AJ": "", "1BJ": ""}) == 27000 + 18000


# --- Through the sites ------------------------------------------------------------------------------


@pytest.fixture
def clock(mock_sites: RunningSites) -> Iterator[Clock]:
    """The shared clock, back to real time after the test."""
    yield mock_sites.clock
    mock_sites.clock.reset()


def _declarant(mock_sites: RunningSites, request: pytest.FixtureRequest, departement: str) -> Person:
    data = TestData(mock_sites, request.node.nodeid)
    person = data.create_household_living_in(Situation.SINGLE, departement).members[0]
    data.enrol(person, "ameli")
    return person


def _log_in(browser: Browserless, person: Person) -> None:
    page = login_through_franceconnect(browser, "impots", "ameli", person.nir_without_key, person.password)
    assert f"Bienvenue {person.given_name} {person.family_name}" in page.text


def _go(browser: Browserless, path: str, data: dict[str, str] | None = None) -> str:
    url = browser.sites.url("impots", path)
    page = browser.get(url) if data is None else browser.post(url, data)
    return page.text


def test_the_whole_return_then_the_accuse_mailed_as_a_pdf(
    mock_sites: RunningSites, request: pytest.FixtureRequest, clock: Clock, browserless: Browserless
) -> None:
    clock.travel_to(datetime(2021, 5, 10, 14, 0, tzinfo=PARIS))
    person = _declarant(mock_sites, request, "69")
    _log_in(browserless, person)
    assert "Accéder à la déclaration en ligne" in browserless.page.text  # type: ignore[union-attr]
    text = _go(browserless, "/declaration/")
    assert "Commencer" in text and person.family_name in text
    assert "mardi 8 juin 2021 à 23 h 59" in text and "jeudi 20 mai 2021" in text
    assert "Étape 1 sur 5 : étapes préalables" in _go(browserless, "/declaration/commencer", {})
    assert "Étape 2 sur 5 : renseignements personnels" in _go(browserless, "/declaration/etape/1", {})
    assert "Étape 3 sur 5 : revenus et charges" in _go(browserless, "/declaration/etape/2", PERSONAL)
    assert "Saisissez un montant" not in _go(browserless, "/declaration/etape/3", {"1AJ": "30 000"})
    summary = browserless.page.text  # type: ignore[union-attr]
    assert "Étape 4 sur 5 : résumé et signature" in summary and "27 000 €" in summary
    receipt = re.search(
        r"Numéro d'accusé de réception : <strong>([\d-]+)<", _go(browserless, "/declaration/etape/4", {})
    )
    assert receipt, browserless.page.text  # type: ignore[union-attr]
    with closing(connect(mock_sites.app("messagerie").config["DATABASE"])) as db:
        mails = [mail for mail in inbox(db, person.email) if mail.subject == RECEIPT_SUBJECT]
        assert len(mails) == 1
        data = db.execute("SELECT data FROM attachment WHERE mail_id = ?", (mails[0].id,)).fetchone()[0]
    pdf_text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert receipt.group(1) in pdf_text and person.numero_fiscal in pdf_text


def test_an_amount_with_cents_is_refused_and_nothing_moves_on(
    mock_sites: RunningSites, request: pytest.FixtureRequest, clock: Clock, browserless: Browserless
) -> None:
    clock.travel_to(datetime(2021, 4, 20, 9, 0, tzinfo=PARIS))
    person = _declarant(mock_sites, request, "01")
    _log_in(browserless, person)
    _go(browserless, "/declaration/commencer", {})
    _go(browserless, "/declaration/etape/1", {})
    _go(browserless, "/declaration/etape/2", PERSONAL)
    text = _go(browserless, "/declaration/etape/3", {"1AJ": "30000,50"})
    assert browserless.page.status == 400  # type: ignore[union-attr]
    assert "Case 1AJ : saisissez un montant en euros" in text
    # Saved as you go: coming back resumes at step 3, not at the start.
    assert "Étape 3 sur 5 : revenus et charges" in _go(browserless, "/declaration/")


@pytest.mark.parametrize(
    ("departement", "moment", "open_"),
    [("19", datetime(2021, 5, 26, 23, 58), True), ("19", datetime(2021, 5, 27, 0, 0), False),
     ("2A", datetime(2021, 6, 1, 23, 58), True), ("2A", datetime(2021, 6, 2, 0, 0), False),
     ("75", datetime(2021, 4, 7, 23, 59), False)],
)  # fmt: skip
def test_the_return_opens_and_closes_on_the_shared_clock(
    mock_sites: RunningSites,
    request: pytest.FixtureRequest,
    clock: Clock,
    browserless: Browserless,
    departement: str,
    moment: datetime,
    open_: bool,
) -> None:
    clock.travel_to(moment.replace(tzinfo=PARIS))
    person = _declarant(mock_sites, request, departement)
    _log_in(browserless, person)
    text = _go(browserless, "/declaration/")
    assert ("Commencer" in text) is open_
    if not open_:
        assert browserless.page.status == 403  # type: ignore[union-attr]
        assert (
            "ouvrira le jeudi 8 avril 2021" in text
            or "La date limite de déclaration en ligne est dépassée" in text
        )


def _sign(browser: Browserless) -> str:
    for path in ("/declaration/commencer", "/declaration/etape/1", "/declaration/etape/2"):
        _go(browser, path, PERSONAL if path.endswith("2") else {})
    _go(browser, "/declaration/etape/3", {"1AJ": "30000"})
    receipt = re.search(
        r"Numéro d'accusé de réception : <strong>([\d-]+)<", _go(browser, "/declaration/etape/4", {})
    )
    assert receipt, browser.page.text  # type: ignore[union-attr]
    return receipt.group(1)


def test_a_signed_return_is_corrected_until_the_deadline_not_after(
    mock_sites: RunningSites, request: pytest.FixtureRequest, clock: Clock, browserless: Browserless
) -> None:
    clock.travel_to(datetime(2021, 5, 26, 23, 50, tzinfo=PARIS))
    person = _declarant(mock_sites, request, "19")
    _log_in(browserless, person)
    first = _sign(browserless)
    assert "Corriger ma déclaration en ligne" in _go(browserless, "/declaration/")
    assert "Étape 2 sur 5" in _go(browserless, "/declaration/corriger", {})
    _go(browserless, "/declaration/etape/2", PERSONAL)
    _go(browserless, "/declaration/etape/3", {"1AJ": "31000"})
    assert first not in _go(browserless, "/declaration/etape/4", {})  # a new accusé
    clock.advance(10 * 60)  # 00:00 on 27 May
    text = _go(browserless, "/declaration/")
    assert "Corriger ma déclaration en ligne" not in text and "La date limite" in text
    assert "La date limite" in _go(browserless, "/declaration/corriger", {})
    assert browserless.page.status == 403  # type: ignore[union-attr]


def test_the_webmail_serves_an_attachment_to_its_reader_only(
    mock_sites: RunningSites, request: pytest.FixtureRequest, clock: Clock, browserless: Browserless
) -> None:
    clock.travel_to(datetime(2021, 5, 3, 8, 0, tzinfo=PARIS))
    person = _declarant(mock_sites, request, "2B")
    _log_in(browserless, person)
    receipt = _sign(browserless)
    box = browserless.get(mock_sites.url("messagerie", "/"))
    box = browserless.submit({"adresse": person.email})
    mail_link = re.search(r'href="(/boite/\d+)">' + re.escape(RECEIPT_SUBJECT), box.text)
    assert mail_link, box.text
    mail = browserless.get(mock_sites.url("messagerie", mail_link.group(1)))
    file_link = re.search(r'href="([^"]+)" download>accuse-reception-declaration-2021.pdf<', mail.text)
    assert file_link, mail.text
    download = browserless.get(mock_sites.url("messagerie", file_link.group(1)))
    assert download.response.headers["Content-Disposition"].startswith("attachment")
    assert receipt in PdfReader(io.BytesIO(download.response.get_data())).pages[0].extract_text()
    stranger = Browserless(mock_sites)
    stranger.get(mock_sites.url("messagerie", "/"))
    stranger.submit({"adresse": "quelqu.un@parcours.test"})
    assert stranger.get(mock_sites.url("messagerie", file_link.group(1))).status == 404


def test_rubrics_documents_payment_and_messaging(
    mock_sites: RunningSites, request: pytest.FixtureRequest, clock: Clock, browserless: Browserless
) -> None:
    clock.travel_to(datetime(2021, 5, 3, 8, 0, tzinfo=PARIS))
    person = _declarant(mock_sites, request, NON_RESIDENT)
    _log_in(browserless, person)
    avis = browserless.get(mock_sites.url("impots", "/espace/documents/avis-impot-2020.pdf"))
    assert person.numero_fiscal in PdfReader(io.BytesIO(avis.response.get_data())).pages[0].extract_text()
    assert (
        browserless.get(mock_sites.url("impots", "/espace/documents/declaration-revenus-2020.pdf")).status
        == 404
    )
    assert "L'IBAN n'est pas valide" in _go(
        browserless, "/espace/payer", {"iban": "FR76 3000 6000 0112 3456 7890 188"}
    )
    assert "se terminant par 0189" in _go(
        browserless, "/espace/payer", {"iban": "FR76 3000 6000 0112 3456 7890 189"}
    )
    assert "Écrivez votre message" in _go(
        browserless, "/espace/messagerie/ecrire", {"objet": "Question", "message": ""}
    )
    listing = _go(browserless, "/espace/messagerie/ecrire", {"objet": "Question", "message": "Bonjour"})
    assert "Réponse : Question</a></td>\n        <td>Non lu" in listing
