"""Creating an espace particulier at impots.gouv.fr: each rule of the tutorial, through Flask's test
client (the SMS and the mail really travel to the phone site and the webmail)."""

from __future__ import annotations

import random
import re
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date
from html import unescape
from urllib.parse import urlsplit

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from mock_sites.common.identities import (
    Household,
    Person,
    Situation,
    age_on,
    generate_household,
    make_numero_fiscal,
)
from mock_sites.common.storage import connect
from mock_sites.impots.creation import identifiers as msg
from mock_sites.impots.creation.connexion import NOT_ACTIVATED
from mock_sites.impots.creation.notices import SENDER, SUBJECT
from mock_sites.impots.creation.records import LINK_LIFETIME, find_space
from mock_sites.impots.creation.validation import password_error
from mock_sites.impots.foyers import register_household
from mock_sites.messagerie.mailbox import Mail, inbox
from mock_sites.runner import RunningSites
from mock_sites.telephone.inbox import messages

from .browserless import Browserless, login_through_franceconnect


def _household(mock_sites: RunningSites, request: pytest.FixtureRequest, situation: Situation) -> Household:
    today = mock_sites.clock.datetime().date()
    database = mock_sites.app("impots").config["DATABASE"]
    return register_household(database, mock_sites.seed, request.node.nodeid, situation, today)


@dataclass
class Creation:
    """One person creating their space in their own browser (a test client of the impots site)."""

    sites: RunningSites
    person: Person
    client: FlaskClient

    def identifiers(self, **typed: str) -> TestResponse:
        form = {
            "numero_fiscal": self.person.numero_fiscal,
            "numero_acces": self.person.online_access_number,
            "revenu_fiscal": str(self.person.reference_income),
        }
        return self.client.post("/creation/identifiants", data=form | typed)

    def information(self, mobile: bool = True, typed: dict[str, str] | None = None) -> TestResponse:
        form = {
            "courriel": self.person.email,
            "courriel_confirmation": self.person.email,
            "mot_de_passe": self.person.password,
            "mot_de_passe_confirmation": self.person.password,
            "portable": self.person.phone if mobile else "",
        }
        return self.client.post("/creation/informations", data=form | (typed or {}))

    def options(self, *checked: str) -> TestResponse:
        return self.client.post("/creation/options", data=dict.fromkeys(checked, "1"))

    def up_to_confirmation(self, mobile: bool = True) -> None:
        assert self.identifiers().status_code == 302
        assert self.information(mobile).status_code == 302
        assert self.options("zero_papier_revenu", "zero_papier_locaux").status_code == 302

    def confirm(self) -> TestResponse:
        return self.client.post("/creation/confirmation")

    def sms_code(self) -> str:
        with closing(connect(self.sites.app("telephone").config["DATABASE"])) as db:
            received = messages(db, self.person.phone)
        assert received, "aucun SMS reçu"
        found = re.search(r"\b\d{6}\b", received[0].text)
        assert found, received[0].text
        return found.group()

    def mails(self) -> list[Mail]:
        with closing(connect(self.sites.data_dir / "messagerie.sqlite3")) as db:
            return inbox(db, self.person.email)

    def activation_path(self) -> str:
        mails = self.mails()
        assert mails, "aucun courriel reçu"
        found = re.search(r'href="([^"]+/creation/activation/[^"]+)"', mails[0].html_body or "")
        assert found, mails[0].html_body
        return urlsplit(found.group(1)).path

    def create(self, mobile: bool = True) -> None:
        """Every step up to the activation mail."""
        self.up_to_confirmation(mobile)
        assert self.confirm().status_code == 302
        if mobile:
            assert self.client.post("/creation/code-sms", data={"code": self.sms_code()}).status_code == 302

    def login(self, password: str | None = None) -> TestResponse:
        form = {"numero_fiscal": self.person.numero_fiscal, "mot_de_passe": password or self.person.password}
        return self.client.post("/connexion", data=form)

    def space_count(self) -> int:
        with closing(connect(self.sites.app("impots").config["DATABASE"])) as db:
            spaces = db.execute(
                "SELECT COUNT(*) FROM space WHERE numero_fiscal = ?", (self.person.numero_fiscal,)
            )
            accounts = db.execute(
                "SELECT COUNT(*) FROM account WHERE identifier = ?", (self.person.numero_fiscal,)
            )
            return int(spaces.fetchone()[0]) + int(accounts.fetchone()[0])


@pytest.fixture
def creation(mock_sites: RunningSites, request: pytest.FixtureRequest) -> Creation:
    """A person with their own foyer fiscal, at the start of the creation."""
    person = _household(mock_sites, request, Situation.SINGLE).members[0]
    return Creation(mock_sites, person, mock_sites.app("impots").test_client())


def _field_error(page: str, field: str) -> str:
    """The message shown next to a field, checking the field points at it."""
    tag = re.search(rf'<input[^>]*id="{field}"[^>]*>', page, re.S)
    assert tag and 'aria-invalid="true"' in tag.group() and f"{field}-erreur" in tag.group(), tag
    found = re.search(rf'<span class="erreur" id="{field}-erreur">([^<]*)</span>', page)
    assert found, f"pas d'erreur à côté de {field}"
    return unescape(found.group(1))


# --- The tax office's records -------------------------------------------------------------------


def test_households_are_reproducible_from_the_seed() -> None:
    today = date(2021, 4, 8)
    first = generate_household("graine", "foyer A", Situation.PACS, today)
    assert first == generate_household("graine", "foyer A", Situation.PACS, today)
    assert first != generate_household("graine", "foyer B", Situation.PACS, today)
    assert first != generate_household("autre", "foyer A", Situation.PACS, today)


@pytest.mark.parametrize("situation", [Situation.MARRIED, Situation.PACS])
def test_partners_share_the_foyer_but_each_has_a_numero_fiscal(situation: Situation) -> None:
    household = generate_household("graine", f"couple {situation}", situation, date(2021, 4, 8))
    first, second = household.members
    assert first.numero_fiscal != second.numero_fiscal
    assert first.reference_income == second.reference_income == household.reference_income > 0
    assert all(
        len(p.online_access_number) == 7 and p.online_access_number.isdigit() for p in household.members
    )


@pytest.mark.parametrize("label", [f"famille {n}" for n in range(20)])
def test_an_attached_young_adult_is_20_to_25_and_has_rfr_0(label: str) -> None:
    today = date(2021, 4, 8)
    *parents, child = generate_household("graine", label, Situation.ATTACHED, today).members
    assert 20 <= age_on(date.fromisoformat(child.birthdate), today) <= 25
    assert child.reference_income == 0
    assert all(parent.reference_income > 0 for parent in parents)
    assert child.numero_fiscal not in {parent.numero_fiscal for parent in parents}


def test_age_counts_whole_years() -> None:
    assert age_on(date(2001, 4, 9), date(2021, 4, 8)) == 19
    assert age_on(date(2001, 4, 8), date(2021, 4, 8)) == 20


# --- Step 1: the three identifiers --------------------------------------------------------------


def _unknown_number(person: Person) -> str:
    return make_numero_fiscal(random.Random(person.numero_fiscal))


def _wrong_key(person: Person) -> str:
    number = person.numero_fiscal
    return number[:-1] + str((int(number[-1]) + 1) % 10)


IDENTIFIER_CASES = [
    ("numero_fiscal", lambda p: "", "Saisissez votre numéro fiscal (13 chiffres)."),
    ("numero_fiscal", lambda p: p.numero_fiscal[:12], "Le numéro fiscal doit comporter 13 chiffres."),
    (
        "numero_fiscal",
        _wrong_key,
        "Ce numéro fiscal n'est pas valide : vérifiez-le sur votre dernière déclaration.",
    ),
    ("numero_fiscal", _unknown_number, msg.UNKNOWN_NUMBER),
    (
        "numero_acces",
        lambda p: p.online_access_number[:6],
        "Le numéro d'accès en ligne doit comporter 7 chiffres.",
    ),
    ("numero_acces", lambda p: f"{(int(p.online_access_number) + 1) % 10**7:07d}", msg.WRONG_ACCESS_NUMBER),
    ("revenu_fiscal", lambda p: str(p.reference_income + 100), msg.WRONG_INCOME),
    ("revenu_fiscal", lambda p: "0", msg.WRONG_INCOME),  # RFR 0 is only for an attached young adult
    (
        "revenu_fiscal",
        lambda p: "vingt mille",
        "Le revenu fiscal de référence se saisit en euros, en chiffres et sans centimes.",
    ),
]


@pytest.mark.parametrize(("field", "typed", "message"), IDENTIFIER_CASES)
def test_identifiers_validate_input(creation: Creation, field: str, typed: object, message: str) -> None:
    response = creation.identifiers(**{field: typed(creation.person)})  # type: ignore[operator]
    assert response.status_code == 200  # the same page again, not the next step
    assert _field_error(response.get_data(as_text=True), field) == message
    assert creation.client.get("/creation/informations").status_code == 302  # no creation begun


def test_identifiers_may_be_typed_with_spaces_and_the_euro_sign(creation: Creation) -> None:
    person = creation.person
    spaced = " ".join(person.numero_fiscal[i : i + 2] for i in range(0, 13, 2))
    income = f"{person.reference_income:,} €".replace(",", " ")
    response = creation.identifiers(numero_fiscal=spaced, revenu_fiscal=income)
    assert response.headers["Location"] == "/creation/informations"


# --- Step 2: "Vos informations" -----------------------------------------------------------------

INFORMATION_CASES = [
    (
        {"courriel_confirmation": "quelquun.dautre@parcours.test"},
        "courriel_confirmation",
        "Les deux adresses électroniques ne sont pas identiques.",
    ),
    (
        {"courriel": "pas-une-adresse", "courriel_confirmation": "pas-une-adresse"},
        "courriel",
        "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.",
    ),
    (
        {"mot_de_passe": "Parcours-12", "mot_de_passe_confirmation": "Parcours-12"},
        "mot_de_passe",
        "Le mot de passe doit comporter au moins 12 caractères.",
    ),
    (
        {"mot_de_passe": "ParcoursSansChiffre", "mot_de_passe_confirmation": "ParcoursSansChiffre"},
        "mot_de_passe",
        "Le mot de passe doit contenir au moins 1 chiffre.",
    ),
    (
        {"mot_de_passe": "2021-0408-1234", "mot_de_passe_confirmation": "2021-0408-1234"},
        "mot_de_passe",
        "Le mot de passe doit contenir au moins 1 lettre.",
    ),
    (
        {"mot_de_passe": "Parcours-2021-a", "mot_de_passe_confirmation": "Parcours-2021-b"},
        "mot_de_passe_confirmation",
        "Les deux mots de passe ne sont pas identiques.",
    ),
    (
        {"portable": "01 23 45 67 89"},
        "portable",
        "Le numéro de téléphone portable doit comporter 10 chiffres et commencer par 06 ou 07.",
    ),
]


@pytest.mark.parametrize(("typed", "field", "message"), INFORMATION_CASES)
def test_information_validate_input(
    creation: Creation, typed: dict[str, str], field: str, message: str
) -> None:
    assert creation.identifiers().status_code == 302
    response = creation.information(typed=typed)
    assert response.status_code == 200
    assert _field_error(response.get_data(as_text=True), field) == message
    assert creation.client.get("/creation/options").status_code == 302  # not let through


@pytest.mark.parametrize(
    ("password", "accepted"),
    [
        ("Parcours-123", True),  # exactly 12 characters
        ("abcdefghijk1", True),
        ("Élégant-2021", True),  # accented letters are letters
        ("Abcdefghij1", False),  # 11 characters
        ("Abcdefghijkl", False),  # no digit
        ("123456789012", False),  # no letter
        ("", False),
    ],
)
def test_password_rule(password: str, accepted: bool) -> None:
    assert (password_error(password) is None) is accepted


# --- Step 3 and 4: options, preferences, confirmation ------------------------------------------


def test_zero_paper_options_are_preselected_and_news_are_not(creation: Creation) -> None:
    creation.identifiers()
    creation.information()
    page = creation.client.get("/creation/options").get_data(as_text=True)
    for switch in ("zero_papier_revenu", "zero_papier_locaux"):
        tag = re.search(rf'<input[^>]*id="{switch}"[^>]*>', page, re.S)
        assert tag and 'role="switch"' in tag.group() and "checked" in tag.group()
    for checkbox in ("par_courriel", "par_sms"):
        tag = re.search(rf'<input[^>]*id="{checkbox}"[^>]*>', page, re.S)
        assert tag and "checked" not in tag.group()


def test_sms_news_are_offered_only_with_a_mobile_number(creation: Creation) -> None:
    creation.identifiers()
    creation.information(mobile=False)
    assert 'id="par_sms"' not in creation.client.get("/creation/options").get_data(as_text=True)
    creation.options("par_sms")  # even forced, it is not recorded
    assert "<td>Non</td></tr>\n</table>" in creation.client.get("/creation/confirmation").get_data(
        as_text=True
    )


def test_choices_are_recorded_with_the_space(creation: Creation) -> None:
    creation.identifiers()
    creation.information()
    creation.options("zero_papier_locaux", "par_sms")  # keeps paper for the income tax notice
    creation.confirm()
    creation.client.post("/creation/code-sms", data={"code": creation.sms_code()})
    with closing(connect(creation.sites.app("impots").config["DATABASE"])) as db:
        space = find_space(db, creation.person.numero_fiscal)
    assert space is not None and not space.activated
    assert space.choices.paperless_income_tax is False
    assert space.choices.paperless_local_taxes is True
    assert space.choices.news_by_email is False
    assert space.choices.news_by_sms is True
    assert space.mobile == creation.person.phone


# --- Step 5: the SMS code -----------------------------------------------------------------------


def test_with_a_mobile_a_6_digit_code_is_texted_and_must_be_typed(creation: Creation) -> None:
    creation.up_to_confirmation(mobile=True)
    assert creation.confirm().headers["Location"] == "/creation/code-sms"
    code = creation.sms_code()
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    response = creation.client.post("/creation/code-sms", data={"code": wrong})
    assert (
        _field_error(response.get_data(as_text=True), "code")
        == "Ce code ne correspond pas à celui envoyé par SMS."
    )
    assert creation.mails() == [] and creation.space_count() == 0
    response = creation.client.post("/creation/code-sms", data={"code": code})
    assert response.headers["Location"] == "/creation/courriel-envoye"
    assert [m.subject for m in creation.mails()] == [SUBJECT]


def test_without_a_mobile_there_is_no_sms_step(creation: Creation) -> None:
    creation.up_to_confirmation(mobile=False)
    assert creation.confirm().headers["Location"] == "/creation/courriel-envoye"
    with closing(connect(creation.sites.app("telephone").config["DATABASE"])) as db:
        assert messages(db, creation.person.phone) == []
    assert creation.client.get("/creation/code-sms").status_code == 302  # no such step now
    assert [m.subject for m in creation.mails()] == [SUBJECT]


def test_steps_cannot_be_skipped(creation: Creation) -> None:
    for path in (
        "/creation/informations",
        "/creation/options",
        "/creation/confirmation",
        "/creation/code-sms",
    ):
        assert creation.client.get(path).headers["Location"] == "/espace-particulier"
    creation.identifiers()
    assert creation.client.get("/creation/confirmation").status_code == 302  # options not chosen yet


# --- The activation mail and its 24-hour link ---------------------------------------------------


def test_activation_mail_has_the_tutorials_sender_subject_and_a_blue_link(creation: Creation) -> None:
    creation.create(mobile=False)
    (mail,) = creation.mails()
    assert mail.sender == SENDER == "ne-pas-repondre@dgfip.finances.gouv.fr"
    assert mail.subject == "impots.gouv.fr - Activation de l'accès à mon espace particulier"
    assert re.search(r'<a href="[^"]+" style="color: blue;[^"]*">Activer l\'accès', mail.html_body or "")
    assert "24 heures" in mail.text_body


def test_the_link_still_works_just_before_24_hours(creation: Creation, mock_sites: RunningSites) -> None:
    creation.create(mobile=False)
    mock_sites.clock.advance(LINK_LIFETIME - 60)
    response = creation.client.get(creation.activation_path())
    assert response.status_code == 200
    assert "Votre espace particulier est activé" in response.get_data(as_text=True)


def test_an_expired_link_says_so_and_a_new_link_works(creation: Creation, mock_sites: RunningSites) -> None:
    creation.create(mobile=False)
    expired = creation.activation_path()
    mock_sites.clock.advance(LINK_LIFETIME + 60)
    response = creation.client.get(expired)
    page = response.get_data(as_text=True)
    assert response.status_code == 410
    assert "Ce lien d'activation a expiré : il n'est valable que 24 heures." in page
    assert "Recevoir un nouveau lien d'activation" in page
    assert NOT_ACTIVATED in unescape(creation.login().get_data(as_text=True))
    creation.client.post(f"{expired}/nouveau-lien")
    assert len(creation.mails()) == 2
    assert creation.client.get(expired).status_code == 404  # the old link is replaced
    assert creation.client.get(creation.activation_path()).status_code == 200
    assert creation.login().headers["Location"] == "/mon-espace-particulier"


# --- Once activated: a login at impots.gouv.fr and an identity provider of FranceConnect --------


def test_the_activated_space_logs_in_at_impots_and_through_franceconnect(
    creation: Creation, mock_sites: RunningSites, browserless: Browserless
) -> None:
    creation.create(mobile=True)
    assert creation.login().status_code == 200  # not yet: the link was not followed
    creation.client.get(creation.activation_path())
    assert creation.login("pas-le-bon-mot-de-passe-1").status_code == 200
    assert creation.login().headers["Location"] == "/mon-espace-particulier"
    person = creation.person
    assert f"Bienvenue {person.given_name} {person.family_name}" in creation.client.get(
        "/mon-espace-particulier"
    ).get_data(as_text=True)
    page = login_through_franceconnect(
        browserless, "mesdroitssociaux", "impots", person.numero_fiscal, person.password
    )
    assert f"Bienvenue {person.given_name} {person.family_name}" in page.text


def test_a_space_cannot_be_created_twice(creation: Creation) -> None:
    creation.create(mobile=False)
    creation.client.get(creation.activation_path())
    again = Creation(creation.sites, creation.person, creation.sites.app("impots").test_client())
    response = again.identifiers()
    assert _field_error(response.get_data(as_text=True), "numero_fiscal") == msg.ALREADY_CREATED
    assert again.client.get("/creation/informations").status_code == 302
    assert len(creation.mails()) == 1


def test_starting_again_before_activation_replaces_the_pending_space(creation: Creation) -> None:
    creation.create(mobile=False)
    first_link = creation.activation_path()
    creation.create(mobile=False)
    assert creation.client.get(first_link).status_code == 404
    assert creation.client.get(creation.activation_path()).status_code == 200


# --- Who may create a space -----------------------------------------------------------------------


def test_an_attached_young_adult_creates_a_space_with_rfr_0(
    mock_sites: RunningSites, request: pytest.FixtureRequest
) -> None:
    *parents, child = _household(mock_sites, request, Situation.ATTACHED).members
    young = Creation(mock_sites, child, mock_sites.app("impots").test_client())
    parents_income = str(parents[0].reference_income)
    assert _field_error(
        young.identifiers(revenu_fiscal=parents_income).get_data(as_text=True), "revenu_fiscal"
    )
    young.create(mobile=False)
    young.client.get(young.activation_path())
    assert young.login().headers["Location"] == "/mon-espace-particulier"


@pytest.mark.parametrize("situation", [Situation.MARRIED, Situation.PACS])
def test_each_partner_creates_their_own_space(
    mock_sites: RunningSites, request: pytest.FixtureRequest, situation: Situation
) -> None:
    for partner in _household(mock_sites, request, situation).members:
        own = Creation(mock_sites, partner, mock_sites.app("impots").test_client())
        own.create(mobile=False)
        own.client.get(own.activation_path())
        assert own.login().headers["Location"] == "/mon-espace-particulier"


def test_a_partner_cannot_use_the_other_partners_access_number(
    mock_sites: RunningSites, request: pytest.FixtureRequest
) -> None:
    first, second = _household(mock_sites, request, Situation.PACS).members
    assert first.online_access_number != second.online_access_number
    borrowed = replace(first, online_access_number=second.online_access_number)
    mixed = Creation(mock_sites, borrowed, mock_sites.app("impots").test_client())
    assert _field_error(mixed.identifiers().get_data(as_text=True), "numero_acces") == msg.WRONG_ACCESS_NUMBER
