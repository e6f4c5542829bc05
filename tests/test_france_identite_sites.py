"""The app's date gate over HTTP (a clock set before the experiment), and the agent portal's own
checks: its login, the mairies outside the three départements, the images it cannot read."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from mock_sites.common.clock import Clock
from mock_sites.common.documents import qr_png
from mock_sites.common.site import SiteConfig
from mock_sites.common.sitemap import SiteMap
from mock_sites.france_identite import create_app
from mock_sites.france_identite.enrolment import enrol_holder
from mock_sites.france_identite.rules import NOT_YET_OFFERED
from mock_sites.mairie.agents import agent_of
from mock_sites.mairie.views import BAD_LOGIN, NO_IMAGE, NO_QR
from mock_sites.runner import RunningSites

IPHONE_15 = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"


class StoppedClock(Clock):
    """A clock standing at one instant (the run's clock cannot go back to 2023)."""

    def __init__(self, instant: datetime) -> None:
        super().__init__()
        self.instant = instant.timestamp()

    def now(self) -> float:
        return self.instant


def _app_on(day: datetime, tmp_path: Path) -> FlaskClient:
    config = SiteConfig("france_identite", SiteMap({"france_identite": 1}), StoppedClock(day), tmp_path, "s")
    app = create_app(config)
    holder = enrol_holder(config.database, "s", "date", day.date())
    client = app.test_client()
    client.environ_base["HTTP_USER_AGENT"] = IPHONE_15
    client.get(holder.install_path)
    return client


def test_the_day_before_13_november_2023_the_app_does_not_offer_certification(tmp_path: Path) -> None:
    client = _app_on(datetime(2023, 11, 12, 12, tzinfo=UTC), tmp_path)
    page = client.post("/certification/", follow_redirects=True).get_data(as_text=True)
    assert NOT_YET_OFFERED.replace("'", "&#39;") in page


def test_from_13_november_2023_it_does(tmp_path: Path) -> None:
    client = _app_on(datetime(2023, 11, 13, 0, 1, tzinfo=UTC), tmp_path)
    response = client.post("/certification/")
    assert response.status_code == 302 and response.location.endswith("/certification/courriel")


def _agent(mock_sites: RunningSites, commune: str) -> FlaskClient:
    client = mock_sites.app("mairie").test_client()
    agent = agent_of(mock_sites.seed, commune)
    client.post("/", data={"identifiant": agent.login, "mot_de_passe": agent.password})
    return client


def test_an_agent_logs_in_with_their_own_account_only(mock_sites: RunningSites) -> None:
    client = mock_sites.app("mairie").test_client()
    agent = agent_of(mock_sites.seed, "Chartres")
    refused = client.post("/", data={"identifiant": agent.login, "mot_de_passe": "faux"})
    assert refused.status_code == 401 and BAD_LOGIN.replace("'", "&#39;") in refused.get_data(as_text=True)
    assert client.get("/certification").status_code == 302  # not logged in
    assert _agent(mock_sites, "Chartres").get("/certification").status_code == 200


def test_a_mairie_outside_the_experiment_refuses_even_an_upload(mock_sites: RunningSites) -> None:
    client = _agent(mock_sites, "Bordeaux")
    upload = {"qr": (io.BytesIO(qr_png("FRANCE-IDENTITE-CERTIFICATION:x")), "qr.png")}
    response = client.post("/certification", data=upload, content_type="multipart/form-data")
    assert response.status_code == 403
    assert "ne propose pas la certification" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", NO_IMAGE),
        (b"pas une image", NO_QR),
        (qr_png("https://exemple.test"), "n&#39;est pas une demande"),
    ],
)
def test_the_portal_says_what_is_wrong_with_an_image(
    mock_sites: RunningSites, content: bytes, message: str
) -> None:
    client = _agent(mock_sites, "Nanterre")
    upload = {"qr": (io.BytesIO(content), "qr.png")}
    response = client.post("/certification", data=upload, content_type="multipart/form-data")
    assert response.status_code == 400
    assert message.replace("'", "&#39;") in response.get_data(as_text=True)
