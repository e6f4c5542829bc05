"""Sending an SMS from a site: a server-to-server call to the phone site's gateway."""

from __future__ import annotations

import requests

from ..common.backchannel import auth
from ..common.kept_session import KeptSession
from ..common.site import SiteConfig

SITE = "telephone"
GATEWAY_PATH = "/api/sms"
HTTP = KeptSession()  # the sites' connection to the gateway, kept from call to call


class SmsNotSent(RuntimeError):
    """The gateway refused the SMS or could not be reached."""


def send_sms(config: SiteConfig, number: str, sender: str, text: str) -> None:
    """Send `text` to the mobile `number`, as `sender`."""
    url = config.sites.backchannel(config.sites.url(SITE, GATEWAY_PATH))
    try:
        response = HTTP.get().post(
            url,
            json={"to": number, "from": sender, "text": text},
            auth=auth(config.sites, config.name),
            timeout=10,
        )
    except requests.RequestException as error:
        raise SmsNotSent(str(error)) from error
    if response.status_code != 201:
        raise SmsNotSent(f"{response.status_code} {response.text}")
