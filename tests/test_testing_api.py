"""mock_sites.testing, the test-data API of the steps: enrol, households, mailboxes, records, seeds.

Each test checks the API against what the sites really do: a person enrolled by the API logs in
through FranceConnect, a space created through the impots pages shows up in the records."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from stdnum.fr import nif

from mock_sites.common.identities import PeopleGenerator
from mock_sites.testing import (
    ACTIVATION_SENDER,
    ACTIVATION_SUBJECT,
    Behaviour,
    Person,
    RunningSites,
    Situation,
    TestData,
    behaviour_named,
    identity_provider_named,
)

from .browserless import Browserless, login_through_franceconnect


@pytest.fixture
def data(mock_sites: RunningSites, request: pytest.FixtureRequest) -> TestData:
    """The test data of this test, as the `donnees` fixture gives a scenario its own."""
    return TestData(mock_sites, request.node.nodeid)


# --- Enrolling at an identity provider ----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "site"), [("Ameli", "ameli"), ("impots.gouv.fr", "impots"), ("Yris", "yris")]
)
def test_an_enrolled_person_logs_in_through_franceconnect(
    mock_sites: RunningSites, data: TestData, title: str, site: str
) -> None:
    person = data.new_person()
    identifier = data.enrol(person, identity_provider_named(title))
    assert identity_provider_named(title) == site
    page = login_through_franceconnect(
        Browserless(mock_sites), "mesdroitssociaux", site, identifier, person.password
    )
    assert page.status == 200
    assert f"Bienvenue {person.full_name}" in page.text, page.text


def test_a_person_not_enrolled_is_refused_by_the_provider(mock_sites: RunningSites, data: TestData) -> None:
    person = data.new_person()
    browser = Browserless(mock_sites)
    browser.post(mock_sites.url("mesdroitssociaux", "/connexion/franceconnect"))
    page = browser.post(mock_sites.url("franceconnect", "/api/v2/choisir-compte"), {"idp": "ameli"})
    page = browser.post(page.url, {"identifiant": person.nir_without_key, "secret": person.password})
    assert "Numéro de sécurité sociale ou code confidentiel incorrect." in page.text


def test_a_misbehaving_account_fails_at_franceconnect(mock_sites: RunningSites, data: TestData) -> None:
    person = data.new_person()
    behaviour = behaviour_named("répond par une erreur serveur")
    assert behaviour is Behaviour.SERVER_ERROR
    identifier = data.enrol(person, "ameli", behaviour)
    browser = Browserless(mock_sites)
    browser.post(mock_sites.url("mesdroitssociaux", "/connexion/franceconnect"))
    page = browser.post(mock_sites.url("franceconnect", "/api/v2/choisir-compte"), {"idp": "ameli"})
    page = browser.post(page.url, {"identifiant": identifier, "secret": person.password})
    assert "Continuer sur" not in page.text
    assert person.full_name not in page.text


def test_unknown_phrases_list_the_known_ones() -> None:
    with pytest.raises(LookupError, match=r"fournisseur d'identité inconnu « Facebook » ; connus : .*Ameli"):
        identity_provider_named("Facebook")
    with pytest.raises(
        LookupError, match=r"comportement de compte inconnu : « plante » \(connus : .*ne répond pas à temps"
    ):
        behaviour_named("plante")


# --- Households ---------------------------------------------------------------------------------


def test_an_attached_household_has_parents_then_a_child_with_rfr_0(data: TestData) -> None:
    household = data.create_household(Situation.ATTACHED)
    *parents, child = household.members
    assert len(parents) == 2 and all(isinstance(member, Person) for member in household.members)
    assert all(parent.reference_income == household.reference_income > 0 for parent in parents)
    assert child.reference_income == 0
    for member in household.members:
        assert data.tax_office.knows(member.numero_fiscal)
        assert data.tax_office.household_income(member.numero_fiscal) == household.reference_income


@pytest.mark.parametrize("situation", [Situation.SINGLE, Situation.MARRIED, Situation.PACS])
def test_each_member_has_their_own_valid_numero_fiscal(data: TestData, situation: Situation) -> None:
    members = data.create_household(situation).members
    assert len(members) == (1 if situation is Situation.SINGLE else 2)
    assert len({member.numero_fiscal for member in members}) == len(members)
    assert all(nif.is_valid(member.numero_fiscal) for member in members)


def test_a_person_without_household_has_no_reference_income(data: TestData) -> None:
    person = data.new_person()
    assert person.reference_income is None
    assert not data.tax_office.knows(person.numero_fiscal)


def test_an_unknown_numero_fiscal_is_valid_and_unknown(data: TestData) -> None:
    person = data.create_household(Situation.SINGLE).members[0]
    number = data.unknown_numero_fiscal(person.numero_fiscal)
    assert nif.is_valid(number) and number != person.numero_fiscal
    assert not data.tax_office.knows(number)


# --- Reproducible from the run's seed and the scenario's id -------------------------------------


def test_the_same_scenario_draws_the_same_people_in_the_same_order(mock_sites: RunningSites) -> None:
    first, again = TestData(mock_sites, "scénario A"), TestData(mock_sites, "scénario A")
    assert [first.new_person(), first.new_person()] == [again.new_person(), again.new_person()]
    assert TestData(mock_sites, "scénario B").new_person() != TestData(mock_sites, "scénario A").new_person()


def test_a_recorded_household_is_the_one_the_seed_gives(mock_sites: RunningSites, data: TestData) -> None:
    household = data.create_household(Situation.PACS)
    today = mock_sites.clock.datetime().date()
    assert household == PeopleGenerator(mock_sites.seed, data.scenario).household(Situation.PACS, today)
    assert household != PeopleGenerator("une-autre-graine", data.scenario).household(Situation.PACS, today)


# --- Mailboxes and records, after a creation through the impots pages ---------------------------


def _create_space(browser: Browserless, data: TestData, person: Person) -> None:
    """The creation through the impots site's pages, with a mobile number and SMS news."""
    impots = data.sites.url("impots")
    identifiers = {
        "numero_fiscal": person.numero_fiscal,
        "numero_acces": person.online_access_number,
        "revenu_fiscal": str(person.reference_income),
    }
    browser.post(f"{impots}/creation/identifiants", identifiers)
    information = {"courriel": person.email, "mot_de_passe": person.password, "portable": person.phone}
    information |= {"courriel_confirmation": person.email, "mot_de_passe_confirmation": person.password}
    browser.post(f"{impots}/creation/informations", information)
    browser.post(f"{impots}/creation/options", {"zero_papier_locaux": "1", "par_sms": "1"})
    browser.post(f"{impots}/creation/confirmation")
    sms = data.sms(person.phone)
    assert len(sms) == 1 and sms[0].sender == "impots.gouv.fr", sms
    code = re.search(r"\b\d{6}\b", sms[0].text)
    assert code is not None, sms[0].text
    browser.post(f"{impots}/creation/code-sms", {"code": code.group()})


def test_records_and_mailbox_follow_the_creation(mock_sites: RunningSites, data: TestData) -> None:
    person = data.create_household(Situation.SINGLE).members[0]
    assert data.tax_office.space(person.numero_fiscal) is None
    assert data.mailbox(person.email) == []
    browser = Browserless(mock_sites)
    _create_space(browser, data, person)
    space = data.tax_office.space(person.numero_fiscal)
    assert space is not None and not space.activated and space.mobile == person.phone
    assert (space.choices.paperless_income_tax, space.choices.paperless_local_taxes) == (False, True)
    assert (space.choices.news_by_email, space.choices.news_by_sms) == (False, True)
    assert not data.tax_office.account_exists(person.numero_fiscal)
    (mail,) = data.mailbox(person.email)
    assert (mail.sender, mail.subject) == (ACTIVATION_SENDER, ACTIVATION_SUBJECT)
    assert "24 heures" in mail.text
    link = mail.link("Activer l'accès à mon espace particulier")
    assert urlsplit(link.url).netloc == urlsplit(mock_sites.url("impots")).netloc
    browser.get(link.url)
    assert data.tax_office.account_exists(person.numero_fiscal)
    assert data.tax_office.space(person.numero_fiscal).activated  # type: ignore[union-attr]


def test_a_missing_link_lists_the_links_of_the_mail(mock_sites: RunningSites, data: TestData) -> None:
    person = data.create_household(Situation.SINGLE).members[0]
    _create_space(Browserless(mock_sites), data, person)
    (mail,) = data.mailbox(person.email)
    with pytest.raises(LookupError, match=r"lien « Se désabonner » absent .* \(liens : « Activer"):
        mail.link("Se désabonner")
