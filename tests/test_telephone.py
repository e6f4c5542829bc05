"""The phone site: the SMS gateway the sites post to, and the "Mes SMS" page a person reads."""

from __future__ import annotations

import pytest

from mock_sites.common.backchannel import auth
from mock_sites.common.site import SiteConfig
from mock_sites.runner import RunningSites
from mock_sites.telephone.gateway import SmsNotSent, send_sms
from mock_sites.telephone.inbox import normalize_number


def _config(mock_sites: RunningSites) -> SiteConfig:
    config: SiteConfig = mock_sites.app("impots").config["SITE"]
    return config


@pytest.mark.parametrize(
    ("typed", "normalized"),
    [("06 12 34 56 78", "0612345678"), ("+33 7 12.34.56.78", "0712345678"), ("0612345678", "0612345678")],
)
def test_numbers_are_normalized(typed: str, normalized: str) -> None:
    assert normalize_number(typed) == normalized


def test_an_sms_sent_by_a_site_shows_on_the_phone_of_its_number(mock_sites: RunningSites) -> None:
    send_sms(_config(mock_sites), "06 98 76 54 01", "impots.gouv.fr", "Votre code : 123456")
    phone = mock_sites.app("telephone").test_client()
    phone.post("/", data={"numero": "0698765401"})
    page = phone.get("/sms").get_data(as_text=True)
    assert "Mes SMS" in page
    assert "impots.gouv.fr" in page and "Votre code : 123456" in page


def test_another_phone_does_not_see_it(mock_sites: RunningSites) -> None:
    send_sms(_config(mock_sites), "0698765402", "impots.gouv.fr", "Code secret 654321")
    phone = mock_sites.app("telephone").test_client()
    phone.post("/", data={"numero": "0698765403"})
    page = phone.get("/sms").get_data(as_text=True)
    assert "Aucun SMS." in page
    assert "654321" not in page


def test_newest_sms_first(mock_sites: RunningSites) -> None:
    config = _config(mock_sites)
    send_sms(config, "0698765404", "impots.gouv.fr", "premier")
    send_sms(config, "0698765404", "impots.gouv.fr", "second")
    phone = mock_sites.app("telephone").test_client()
    phone.post("/", data={"numero": "0698765404"})
    page = phone.get("/sms").get_data(as_text=True)
    assert page.index("second") < page.index("premier")


@pytest.mark.parametrize(
    "payload",
    [
        {"to": "0123456789", "from": "impots.gouv.fr", "text": "fixe"},  # a landline gets no SMS
        {"to": "06123", "from": "impots.gouv.fr", "text": "trop court"},
        {"to": "0612345678", "from": "", "text": "sans expéditeur"},
        {"to": "0612345678", "from": "impots.gouv.fr", "text": ""},
    ],
)
def test_gateway_refuses_what_no_phone_could_receive(
    mock_sites: RunningSites, payload: dict[str, str]
) -> None:
    impots = auth(mock_sites.sites, "impots")
    response = mock_sites.app("telephone").test_client().post("/api/sms", json=payload, auth=impots)
    assert response.status_code == 400


def test_the_gateway_accepts_only_the_sites(mock_sites: RunningSites) -> None:
    payload = {"to": "0612345678", "from": "impots.gouv.fr", "text": "Votre code : 123456"}
    gateway = mock_sites.app("telephone").test_client()
    assert gateway.post("/api/sms", json=payload).status_code == 401
    assert gateway.post("/api/sms", json=payload, auth=("inconnu", "x")).status_code == 401
    assert gateway.post("/api/sms", json=payload, auth=auth(mock_sites.sites, "inconnu")).status_code == 403
    assert gateway.post("/api/sms", json=payload, auth=auth(mock_sites.sites, "impots")).status_code == 201


def test_a_refused_sms_raises(mock_sites: RunningSites) -> None:
    with pytest.raises(SmsNotSent):
        send_sms(_config(mock_sites), "0123456789", "impots.gouv.fr", "fixe")


def test_sms_page_asks_for_a_number_first(mock_sites: RunningSites) -> None:
    response = mock_sites.app("telephone").test_client().get("/sms")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/")
