"""France Identité's test data: a person whose app is activated (card read, personal code chosen), the
mairie agents who check them, and the words of the app's mails."""

from __future__ import annotations

from contextlib import closing

import requests

from ..common.backchannel import auth
from ..common.storage import connect
from ..france_identite.enrolment import Holder, enrol_holder
from ..france_identite.notices import CONFIRMATION_LINK, CONFIRMATION_SUBJECT, RESULT_SUBJECT
from ..france_identite.records import certify
from ..mairie.agents import Agent, agent_of
from ..runner import RunningSites
from .sites import database_of

__all__ = [
    "CONFIRMATION_LINK",
    "CONFIRMATION_SUBJECT",
    "RESULT_SUBJECT",
    "Agent",
    "Holder",
    "activated_holder",
    "certified_holder",
    "agent_of",
]


def activated_holder(sites: RunningSites, scenario: str) -> Holder:
    """The scenario's holder (the same for the same seed and scenario), their app activated."""
    return enrol_holder(
        database_of(sites, "france_identite"), sites.seed, scenario, sites.clock.datetime().date()
    )


def certified_holder(sites: RunningSites, scenario: str) -> Holder:
    """The scenario's holder, their account already certified (as if a mairie had validated it)."""
    holder = activated_holder(sites, scenario)
    with closing(connect(database_of(sites, "france_identite"))) as db:
        certify(db, holder.email, sites.clock.now())
    return holder


def run_notification_job(sites: RunningSites) -> None:
    """The app's notification job, run as its scheduler would: over the back channel, as the app."""
    app = "france_identite"
    url = sites.sites.backchannel(sites.url(app, "/api/notifications"))
    requests.post(url, auth=auth(sites.sites, app), timeout=10).raise_for_status()
