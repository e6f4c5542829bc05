"""The walls of the class sandbox: a learner's box and phone open only with the secret of their own
sheet, the trainer's page only with the trainer's code; every refusal answers in French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from mock_sites.formation.classroom import Learner, draw_class
from mock_sites.formation.cli import serve_class
from mock_sites.formation.walls import learner_secret, same_secret, trainer_code
from mock_sites.runner import RunningSites, start_sites
from mock_sites.telephone.inbox import normalize_number


@pytest.fixture(scope="module")
def running() -> Iterator[RunningSites]:
    """A few sites of their own (a class opened on them locks the learners' boxes)."""
    sites = start_sites("murs-classe")
    yield sites
    sites.stop()


@pytest.fixture(scope="module")
def printed(running: RunningSites, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """What `serve --formation=2` prints once it opened the class."""
    return serve_class(running, 2, tmp_path_factory.mktemp("fiches"))


@pytest.fixture(scope="module")
def classe(running: RunningSites, printed: list[str]) -> list[Learner]:
    """The learners of the sheets (their secrets come from the seed, as the sheets' do)."""
    return draw_class(running.seed, 2)


def _client(running: RunningSites, name: str) -> FlaskClient:
    return running.app(name).test_client()


def test_each_learner_has_their_own_secret_the_same_for_the_same_seed() -> None:
    assert learner_secret("graine", 1) == learner_secret("graine", 1)
    assert learner_secret("graine", 1) != learner_secret("graine", 2)
    assert learner_secret("graine", 1) != learner_secret("autre", 1)
    assert same_secret(" " + learner_secret("graine", 1).lower() + " ", learner_secret("graine", 1))


def test_a_learner_typing_another_learners_address_is_refused(
    running: RunningSites, classe: list[Learner]
) -> None:
    first, second = classe
    webmail = _client(running, "messagerie")
    form = {"adresse": second.person.email, "code": first.secret}
    refused = webmail.post("/", data=form)
    assert refused.status_code == 403
    assert "le code saisi n'est pas le sien" in refused.text
    assert "Site fictif — environnement de test" in refused.text
    assert webmail.get("/boite").status_code == 302  # nothing opened
    assert webmail.post("/", data={"adresse": second.person.email}).status_code == 403
    opened = webmail.post("/", data={"adresse": second.person.email, "code": second.secret})
    assert opened.status_code == 302
    assert second.person.email in webmail.get("/boite").text


def test_a_learner_typing_another_learners_number_is_refused(
    running: RunningSites, classe: list[Learner]
) -> None:
    first, second = classe
    phone = _client(running, "telephone")
    assert "Code de votre fiche" in phone.get("/").text
    refused = phone.post("/", data={"numero": second.person.phone, "code": first.secret})
    assert refused.status_code == 403 and "le code saisi n'est pas le sien" in refused.text
    assert phone.get("/sms").status_code == 302
    assert phone.post("/", data={"numero": second.person.phone, "code": second.secret}).status_code == 302
    assert normalize_number(second.person.phone) in phone.get("/sms").text


def test_a_box_of_nobody_in_the_class_opens_as_any_test_box(
    running: RunningSites, classe: list[Learner]
) -> None:
    webmail = _client(running, "messagerie")
    assert webmail.post("/", data={"adresse": "quelquun@example.org"}).status_code == 302


def test_the_trainers_page_needs_the_trainers_code(running: RunningSites, classe: list[Learner]) -> None:
    trainer = _client(running, "formation")
    locked = trainer.get("/")
    assert "Code formateur" in locked.text
    assert classe[0].person.full_name not in locked.text and classe[0].person.email not in locked.text
    refused = trainer.post("/", data={"code": classe[0].secret})
    assert refused.status_code == 403 and "Ce code n'est pas celui de la classe" in refused.text
    code = trainer_code(running.app("formation").config["SITE"])
    assert code is not None
    assert trainer.post("/", data={"code": code}).status_code == 302
    assert classe[1].person.full_name in trainer.get("/").text


def test_serve_prints_the_trainers_code(running: RunningSites, printed: list[str]) -> None:
    code = trainer_code(running.app("formation").config["SITE"])
    assert f"# code formateur (page « Suivi de la classe ») : {code}" in printed


def test_the_webmail_sends_a_strict_content_security_policy(running: RunningSites) -> None:
    policy = _client(running, "messagerie").get("/").headers["Content-Security-Policy"]
    assert "script-src 'none'" in policy and "default-src 'none'" in policy
