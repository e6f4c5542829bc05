"""France Identité and the mairie portal without a browser: the départements, the 24–48 h result,
the QR code from the app's PNG to the portal's decoder, the app's gate and its API."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date

import pytest
from flask.testing import FlaskClient
from PIL import Image

from mock_sites.common.backchannel import auth
from mock_sites.common.documents import qr_png
from mock_sites.common.identities import generate_person
from mock_sites.common.storage import connect
from mock_sites.france_identite.cards import is_card_number, make_card
from mock_sites.france_identite.certification import QR_PREFIX
from mock_sites.france_identite.enrolment import Holder, enrol_holder
from mock_sites.france_identite.records import REFUSED, SCHEMA, VALIDATED, certified_at, enrol, start_request
from mock_sites.france_identite.results import EARLIEST, LATEST, deliver_due, record_decision, result_delay
from mock_sites.france_identite.rules import PHONE_TOO_OLD
from mock_sites.mairie.communes import MAIRIES, refusal
from mock_sites.mairie.scan import decode_qr
from mock_sites.runner import RunningSites

IPHONE_15 = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
IPHONE_14 = "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
HOUR = 3600


@pytest.mark.parametrize(
    ("commune", "offers"),
    [("Chartres", True), ("Villeurbanne", True), ("Nanterre", True), ("Rennes", False), ("Bordeaux", False)],
)
def test_only_mairies_of_28_69_92_offer_certification(commune: str, offers: bool) -> None:
    mairie = MAIRIES[commune]
    assert mairie.offers_certification is offers
    assert (
        mairie.departement in {"28", "69", "92"} if offers else mairie.departement not in {"28", "69", "92"}
    )
    message = refusal(mairie)
    assert (message is None) is offers
    if message is not None:
        assert (
            f"La mairie de {commune}" in message and "Eure-et-Loir, du Rhône et des Hauts-de-Seine" in message
        )


@pytest.mark.parametrize("seed", ["a", "b", "42", "graine-longue"])
def test_the_result_is_due_between_24_and_48_hours_and_always_the_same(seed: str) -> None:
    for index in range(50):
        email = f"personne.{index}@parcours.test"
        delay = result_delay(seed, email)
        assert EARLIEST <= delay <= LATEST
        assert delay == result_delay(seed, email)
    assert len({result_delay(seed, f"p{i}@parcours.test") for i in range(20)}) > 1  # not a constant


@pytest.fixture
def database() -> Iterator[sqlite3.Connection]:
    with closing(connect(":memory:")) as db:
        db.executescript(SCHEMA)
        yield db


def _decided(db: sqlite3.Connection, decision: str, reason: str = "") -> tuple[str, float]:
    person = generate_person("s", "titulaire")
    enrol(db, person, make_card("s", "titulaire", person, date(2026, 1, 1)), "123456")
    request = start_request(db, person.email, 1000.0)
    record_decision(db, request, decision, reason, "mairie de Chartres", 2000.0, "s")
    return person.email, 2000.0


def test_nothing_is_notified_before_24_hours_and_everything_by_48(database: sqlite3.Connection) -> None:
    email, decided = _decided(database, VALIDATED)
    notified: list[str] = []

    assert deliver_due(database, decided + 23 * HOUR, lambda r: notified.append(r.id)) == 0
    assert deliver_due(database, decided + 24 * HOUR - 1, lambda r: notified.append(r.id)) == 0
    assert certified_at(database, email) is None
    assert deliver_due(database, decided + 48 * HOUR, lambda r: notified.append(r.id)) == 1
    assert certified_at(database, email) == decided + 48 * HOUR
    assert deliver_due(database, decided + 72 * HOUR, lambda r: notified.append(r.id)) == 0  # once only
    assert len(notified) == 1


def test_a_refusal_is_notified_and_certifies_nothing(database: sqlite3.Connection) -> None:
    email, decided = _decided(database, REFUSED, "Photo non ressemblante")
    reasons: list[str | None] = []
    assert deliver_due(database, decided + 48 * HOUR, lambda r: reasons.append(r.reason)) == 1
    assert reasons == ["Photo non ressemblante"]
    assert certified_at(database, email) is None


def test_the_qr_code_of_the_app_decodes_at_the_mairie() -> None:
    payload = QR_PREFIX + "Zx81-request_id"
    png = qr_png(payload)
    assert decode_qr(png) == payload
    # A phone's screenshot is bigger and in colour: still read.
    big = Image.open(io.BytesIO(png)).convert("RGB").resize((900, 900))
    buffer = io.BytesIO()
    big.save(buffer, format="PNG")
    assert decode_qr(buffer.getvalue()) == payload


@pytest.mark.parametrize("data", [b"pas une image", b""])
def test_no_qr_code_in_what_is_not_an_image(data: bytes) -> None:
    assert decode_qr(data) is None


def test_a_blank_image_has_no_qr_code() -> None:
    buffer = io.BytesIO()
    Image.new("L", (200, 200), 255).save(buffer, format="PNG")
    assert decode_qr(buffer.getvalue()) is None


def test_card_numbers_have_9_capitals_or_digits() -> None:
    person = generate_person("s", "p")
    numbers = {make_card("s", f"p{i}", person, date(2026, 1, 1)).number for i in range(30)}
    assert all(is_card_number(number) for number in numbers) and len(numbers) == 30
    assert not is_card_number("ab12cd34e") and not is_card_number("AB12CD34")


def _holder_client(mock_sites: RunningSites, label: str, user_agent: str) -> tuple[Holder, FlaskClient]:
    app = mock_sites.app("france_identite")
    holder = enrol_holder(app.config["DATABASE"], mock_sites.seed, label, date(2026, 1, 1))
    client = app.test_client()
    client.environ_base["HTTP_USER_AGENT"] = user_agent
    client.get(holder.install_path)
    return holder, client


def test_an_old_phone_cannot_start_a_request(mock_sites: RunningSites) -> None:
    _, client = _holder_client(mock_sites, "vieux-telephone", IPHONE_14)
    page = client.post("/certification/", follow_redirects=True).get_data(as_text=True)
    assert PHONE_TOO_OLD.replace("'", "&#39;") in page
    assert "Confirmez votre adresse" not in page


def test_the_personal_code_waits_for_the_confirmed_address(mock_sites: RunningSites) -> None:
    holder, client = _holder_client(mock_sites, "sans-confirmation", IPHONE_15)
    client.post("/certification/")
    response = client.post("/certification/code", data={"code": holder.pin}, follow_redirects=True)
    assert "Confirmez d&#39;abord votre adresse électronique" in response.get_data(as_text=True)
    assert client.get("/certification/qr-code").status_code == 302


def test_the_api_reads_a_request_and_says_whether_an_account_is_certified(mock_sites: RunningSites) -> None:
    holder, client = _holder_client(mock_sites, "api", IPHONE_15)
    api = mock_sites.app("france_identite").test_client()
    mairie = {"auth": auth(mock_sites.sites, "mairie")}
    assert api.get("/api/demandes", query_string={"qr": "autre chose"}, **mairie).status_code == 400
    assert api.get("/api/demandes", query_string={"qr": QR_PREFIX + "inconnue"}, **mairie).status_code == 404
    fcplus = auth(mock_sites.sites, "franceconnect_plus")
    answer = api.get(f"/api/comptes/{holder.person.email}/certification", auth=fcplus).get_json()
    assert answer == {"certifie": False, "depuis": None}
    with closing(connect(mock_sites.app("france_identite").config["DATABASE"])) as db:
        assert certified_at(db, holder.person.email) is None
